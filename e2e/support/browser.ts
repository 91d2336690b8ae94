/**
 * Browser-test support: Debian's Chromium driven by playwright-core (never a downloaded browser),
 * an axe-core check that fails on any violation, a check that every antd component shown has its
 * styles, and one screenshot per step kept under test-results/e2e/ as the run's artifact.
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

/**
 * Fails if an antd component on the page has no rule in the page's stylesheets. The family's pages
 * take antd's rules from the app's stylesheet, made at build time for the components they use
 * (src/web/antd-family-styles.ts); a component left out there would show unstyled, with nothing
 * else failing. A component is known by its root class (`ant-btn`, `ant-card`: no further dash).
 */
export async function expectAntdStyled(page: Page, label: string): Promise<void> {
  const unstyled = await page.evaluate(() => {
    const ruled = new Set<string>();
    const visit = (rules: CSSRuleList) => {
      for (const rule of Array.from(rules)) {
        if (rule instanceof CSSStyleRule) {
          for (const match of rule.selectorText.matchAll(/\.(ant-[a-z]+)(?![\w-])/g))
            ruled.add(match[1] ?? '');
        }
        if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of Array.from(document.styleSheets)) visit(sheet.cssRules);
    const shown = new Set<string>();
    for (const element of Array.from(document.querySelectorAll('[class*="ant-"]'))) {
      for (const name of Array.from(element.classList)) if (/^ant-[a-z]+$/.test(name)) shown.add(name);
    }
    return [...shown].filter((name) => !ruled.has(name)).sort();
  });
  if (unstyled.length > 0) {
    throw new Error(`antd components without styles on "${label}": ${unstyled.join(', ')}`);
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
    await expectAntdStyled(page, `${flow}/${name}`);
    if (options.axe !== false) await expectAccessible(page, `${flow}/${name}`);
  };
}
