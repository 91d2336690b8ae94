import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { familyEn } from './i18n/family-en.ts';
import { familyZh } from './i18n/family-zh.ts';
import { staffZh } from './i18n/staff.ts';
import { loadLanguage, loadStaffMessages, translator } from './i18n.ts';

const WEB = import.meta.dirname;
/** Folders of pages only staff open; their words load with them (loadStaffMessages in app.tsx). */
const STAFF_FOLDERS = ['admin', 'department', 'issuer', 'registry', 'staff', 'supervision', 'window'];

/**
 * The files a family's pages are built from: what main.tsx imports, and the pages it loads on
 * demand (with what they import), except staff pages.
 */
function familyFiles(): Set<string> {
  const found = new Set<string>();
  const visit = (file: string) => {
    if (found.has(file)) return;
    found.add(file);
    const text = readFileSync(file, 'utf8');
    const statics = [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gms)];
    const dynamics = [...text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)];
    for (const [, target, dynamic] of [
      ...statics.map((m) => [m[0], m[1], false] as const),
      ...dynamics.map((m) => [m[0], m[1], true] as const),
    ]) {
      if (!target || !/\.tsx?$/.test(target)) continue;
      const path = resolve(dirname(file), target);
      const folder = relative(WEB, path).split('/')[0] as string;
      if (dynamic && (STAFF_FOLDERS.includes(folder) || folder === 'i18n')) continue;
      if (existsSync(path)) visit(path);
    }
  };
  visit(join(WEB, 'main.tsx'));
  return found;
}

describe('the words a page can show', () => {
  it('are loaded with the app for every page families open', () => {
    const missing: string[] = [];
    for (const file of familyFiles()) {
      const where = relative(WEB, file);
      if (where.startsWith('..')) continue; // src/domain: field names, not words on a page
      for (const [, literal] of readFileSync(file, 'utf8').matchAll(/'([A-Za-z][A-Za-z0-9]*)'/g)) {
        if (literal && literal in staffZh && !(literal in familyZh)) missing.push(`${where}: ${literal}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('come in English once English is chosen, and staff words once a staff page loads', async () => {
    expect(translator('zh')('landingPortal')).toBe('群众办事');
    await loadLanguage('en');
    expect(translator('en')('landingPortal')).toBe(familyEn.landingPortal);
    await loadStaffMessages();
    const staffKey = Object.keys(staffZh)[0] as keyof typeof staffZh;
    expect(translator('zh')(staffKey)).toBe(staffZh[staffKey]);
  });
});
