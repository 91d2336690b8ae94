/**
 * The family's first pages arrive already drawn (docs/ARCHITECTURE.md, "Prerendered family pages"):
 * the front door and the portal, as a browser without a session sees them in Chinese at the usual
 * size, are rendered when the app is built. Such a browser shows them, and can follow their ways
 * in, before any script has run; the app then takes the page over without drawing it again. A
 * browser with a session, or with a language or large-text choice, gets the app's plain page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodedBody, rawRequest, varyTokens } from '../tests/support/raw-http.ts';
import { startTestApp, type TestApp } from '../tests/support/test-app.ts';
import { expectAccessible, launchBrowser } from './support/browser.ts';
import { settle } from './support/settle.ts';
import { newDeviceContext, PHONE } from './support/story.ts';
import { ensureWebBuild } from './support/web-build.ts';

const WEB = resolve('dist/web');
const built = (file: string) => readFileSync(resolve(WEB, file));

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  await ensureWebBuild();
  app = await startTestApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Whether React has taken over the page (it keeps its own properties on the elements it owns). */
async function appRunning(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const first = document.querySelector('#root > *');
    return first !== null && Object.keys(first).some((key) => key.startsWith('__reactFiber'));
  });
}

describe('the pages a server sends', () => {
  it('sends the front door and the portal drawn to a browser with no session and no choices', async () => {
    const pages = JSON.parse(built('prerendered/pages.json').toString('utf8')) as Record<string, string>;
    expect(pages).toEqual({ '/': 'prerendered/home.html', '/portal': 'prerendered/portal.html' });
    for (const [path, file] of Object.entries(pages)) {
      const answer = await rawRequest(app.url + path, { headers: { 'accept-encoding': 'br, gzip' } });
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(answer.headers['content-encoding'], path).toBe('br');
      expect(answer.headers['cache-control'], path).toBe('no-cache');
      expect(varyTokens(answer), path).toEqual(expect.arrayContaining(['accept-encoding', 'cookie']));
      const html = decodedBody(answer);
      expect(html.equals(built(file)), path).toBe(true);
      expect(html.toString('utf8'), path).toContain('data-prerendered="zh"');
    }
    const home = built('prerendered/home.html').toString('utf8');
    expect(home).toContain('<h1');
    expect(home).toContain('群众办事');
    expect(built('prerendered/portal.html').toString('utf8')).toContain(
      'href="/auth/citizen/sign-in?returnTo=/portal"',
    );
  });

  it("sends the app's plain page to a signed-in browser, to one with a choice made, and elsewhere", async () => {
    const index = built('index.html');
    const cases: [string, string | undefined][] = [
      ['/', 'lb_session=anything'],
      ['/portal', 'lb_session=anything'],
      ['/', 'lb_prefs=en'],
      ['/portal', 'lb_prefs=large'],
      ['/portal/drafts/x', undefined],
      ['/guide', undefined],
    ];
    for (const [path, cookie] of cases) {
      const label = `${path} ${cookie ?? ''}`;
      const answer = await rawRequest(app.url + path, {
        headers: { 'accept-encoding': 'br, gzip', ...(cookie ? { cookie } : {}) },
      });
      expect(answer.status, label).toBe(200);
      expect(answer.headers['cache-control'], label).toBe('no-cache');
      expect(varyTokens(answer), label).toContain('cookie');
      expect(decodedBody(answer).equals(index), label).toBe(true);
    }
  });
});

describe('a prerendered page in a phone', () => {
  it('shows the front door and its ways in before any script has run, and passes axe', async () => {
    const context = await newDeviceContext(browser, PHONE);
    // A slow network: the app's scripts have not arrived.
    await context.route('**/assets/*.js', (route) => route.abort());
    const page = await context.newPage();
    try {
      await page.goto(`${app.url}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await settle(page);
      await expectAccessible(page, 'the front door before its scripts');
      expect(await appRunning(page)).toBe(false);

      // Its ways in are links that work as they are.
      await page.getByRole('link', { name: '群众办事' }).click();
      await page.waitForURL(`${app.url}/portal`);
      const signIn = page.getByRole('link', { name: '使用统一身份认证登录' });
      expect(await signIn.getAttribute('href')).toBe('/auth/citizen/sign-in?returnTo=/portal');
      await settle(page);
      await expectAccessible(page, 'the portal before its scripts');
    } finally {
      await context.close();
    }
  });

  it('is taken over by the app without being drawn again, then keeps the family’s choice', async () => {
    const context = await newDeviceContext(browser, PHONE);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    // Hold the script that starts the app until the page as sent has been looked at.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolveHeld) => {
      release = resolveHeld;
    });
    await context.route('**/assets/after-paint-*.js', async (route: Route) => {
      await held;
      await route.continue();
    });
    try {
      await page.goto(`${app.url}/portal`, { waitUntil: 'commit' });
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.evaluate(() => {
        (window as unknown as { sentHeading: Element | null }).sentHeading = document.querySelector('h1');
      });
      release();
      await page.waitForFunction(() => {
        const first = document.querySelector('#root > *');
        return first !== null && Object.keys(first).some((key) => key.startsWith('__reactFiber'));
      });
      await settle(page);
      // The very heading the server sent is still there: the app took it over rather than drawing anew.
      expect(
        await page.evaluate(
          () => document.querySelector('h1') === (window as unknown as { sentHeading: Element }).sentHeading,
        ),
      ).toBe(true);
      await expectAccessible(page, 'the portal, taken over by the app');

      const largeText = page.getByRole('button', { name: '大字模式' });
      const sizeBefore = await largeText.evaluate((button) =>
        Number.parseFloat(getComputedStyle(button).fontSize),
      );
      await largeText.click();
      await expect.poll(() => largeText.getAttribute('aria-pressed')).toBe('true');
      const sizeAfter = await largeText.evaluate((button) =>
        Number.parseFloat(getComputedStyle(button).fontSize),
      );
      expect(sizeAfter).toBeGreaterThan(sizeBefore);
      expect((await context.cookies(app.url)).find((c) => c.name === 'lb_prefs')?.value).toBe('large');

      // Next time the server knows of the choice and sends the plain page, drawn large by the app.
      await page.reload();
      await page.getByRole('link', { name: '使用统一身份认证登录' }).waitFor();
      expect(await page.locator('#root').getAttribute('data-prerendered')).toBeNull();
      await expect.poll(() => largeText.getAttribute('aria-pressed')).toBe('true');

      // Back to the usual size: the cookie goes, and the drawn page comes again.
      await largeText.click();
      await expect.poll(() => largeText.getAttribute('aria-pressed')).toBe('false');
      expect((await context.cookies(app.url)).some((c) => c.name === 'lb_prefs')).toBe(false);
      await page.reload();
      expect(await page.locator('#root').getAttribute('data-prerendered')).toBe('zh');

      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
