/**
 * Browser-test support: Debian's Chromium driven by playwright-core (never a downloaded browser),
 * an axe-core check that fails on any violation, and one screenshot per step kept under
 * test-results/e2e/ as the run's artifact.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';

export const ARTIFACTS = resolve('test-results/e2e');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium fonts-noto-cjk');
  return found;
}

/** How Debian's Chromium is started here: headless, offline, nothing updated or synced. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_FLAGS, '--disable-dev-shm-usage'],
  });
}

/** Fails with the list of violations if axe-core finds any on the page as it is now. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  if (results.violations.length > 0) {
    const summary = results.violations
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 5)
            .join('\n    ')}`,
      )
      .join('\n  ');
    throw new Error(`axe-core found ${results.violations.length} violation(s) on "${label}":\n  ${summary}`);
  }
}

export function stepRecorder(flow: string) {
  const folder = join(ARTIFACTS, flow);
  mkdirSync(folder, { recursive: true });
  let step = 0;
  return async (page: Page, name: string, options: { axe?: boolean } = {}) => {
    step++;
    await page.screenshot({
      path: join(folder, `${String(step).padStart(2, '0')}-${name}.png`),
      fullPage: true,
    });
    if (options.axe !== false) await expectAccessible(page, `${flow}/${name}`);
  };
}
