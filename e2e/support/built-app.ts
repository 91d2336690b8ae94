/**
 * What the browser tests ask of the built web app (dist/web): the app's entry script, whether the
 * app is running a page or the page is one the server drew and left to its own small script, and
 * what the page's console reported.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** The app's entry script, as the built index.html names it. */
export function entryScript(): string {
  const index = readFileSync(resolve('dist/web/index.html'), 'utf8');
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(index)?.[1];
  if (!entry) throw new Error('the built index.html names no module script');
  return entry;
}

/** Whether the app is running the page (React keeps its own properties on the elements it owns). */
export async function appRunning(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const first = document.querySelector('#root > *');
    return first !== null && Object.keys(first).some((key) => key.startsWith('__reactFiber'));
  });
}

/** Console errors and warnings, and uncaught errors, as they happen. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  return problems;
}
