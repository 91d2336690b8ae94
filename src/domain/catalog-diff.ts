/**
 * The difference between two catalog versions, as a reviewer wants to read it: per part
 * (matters, materials, questions, profiles), which entries were added or removed, and for each
 * changed entry the paths that changed with their old and new values.
 */
import type { CatalogContent } from './catalog.ts';

export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

export interface EntryDiff {
  key: string;
  change: 'added' | 'removed' | 'changed';
  changes: FieldChange[];
}

export interface CatalogDiff {
  from: string;
  to: string;
  meta: FieldChange[];
  matters: EntryDiff[];
  materials: EntryDiff[];
  questions: EntryDiff[];
  profiles: EntryDiff[];
  unchanged: boolean;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function diffValues(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => diffValues(before[k], after[k], path ? `${path}.${k}` : k));
  }
  if (
    Array.isArray(before) &&
    Array.isArray(after) &&
    before.every((v) => !isObject(v)) &&
    after.every((v) => !isObject(v))
  ) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ path, before, after }];
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => diffValues(before[i], after[i], `${path}[${i}]`)).flat();
  }
  return JSON.stringify(before) === JSON.stringify(after)
    ? []
    : [{ path, before: before ?? null, after: after ?? null }];
}

function diffEntries<T>(before: readonly T[], after: readonly T[], key: (t: T) => string): EntryDiff[] {
  const old = new Map(before.map((e) => [key(e), e]));
  const now = new Map(after.map((e) => [key(e), e]));
  const result: EntryDiff[] = [];
  for (const [k, entry] of now) {
    const previous = old.get(k);
    if (!previous) result.push({ key: k, change: 'added', changes: [] });
    else {
      const changes = diffValues(previous, entry);
      if (changes.length > 0) result.push({ key: k, change: 'changed', changes });
    }
  }
  for (const k of old.keys()) if (!now.has(k)) result.push({ key: k, change: 'removed', changes: [] });
  return result;
}

export function diffCatalogs(before: CatalogContent, after: CatalogContent): CatalogDiff {
  const diff = {
    from: before.meta.version,
    to: after.meta.version,
    meta: diffValues(before.meta, after.meta),
    matters: diffEntries(before.matters, after.matters, (m) => m.code),
    materials: diffEntries(before.materials, after.materials, (m) => m.code),
    questions: diffEntries(before.questions, after.questions, (q) => q.id),
    profiles: diffEntries(before.profiles, after.profiles, (p) => p.code),
  };
  const unchanged =
    diff.matters.length + diff.materials.length + diff.questions.length + diff.profiles.length === 0 &&
    diff.meta.every((c) => c.path === 'version' || c.path === 'effective');
  return { ...diff, unchanged };
}
