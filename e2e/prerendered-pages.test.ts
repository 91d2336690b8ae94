/**
 * The family's first pages arrive already drawn (docs/ARCHITECTURE.md, "Prerendered family pages"):
 * the front door and the portal, as a browser without a session sees them in Chinese at the usual
 * size, are rendered when the app is built. Such a browser shows them, and can follow their ways
 * in, without the app: the page loads only its own small script, for the two display switches. A
 * browser with a session, or with a language or large-text choice, gets the app's plain page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodedBody, rawRequest, varyTokens } from '../tests/support/raw-http.ts';
import { startTestApp, type TestApp } from '../tests/support/test-app.ts';
import { expectAccessible, expectAntdStyled, launchBrowser } from './support/browser.ts';
import { appRunning, watchProblems } from './support/built-app.ts';
import { settle } from './support/settle.ts';
import { newDeviceContext, PHONE, TIMEOUT } from './support/story.ts';
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

/** A drawn page's own script and the modules it imports, as its head names them; not the app. */
function ownScripts(): Set<string> {
  const head = built('prerendered/portal.html').toString('utf8');
  const named = /<(?:script type="module"|link rel="modulepreload") crossorigin (?:src|href)="([^"]+)"/g;
  return new Set([...head.matchAll(named)].map((found) => found[1] as string));
}

/** Waits, through a page load if need be, for a switch to show the state given. */
async function pressed(button: Locator, state: boolean): Promise<void> {
  await button.and(button.page().locator(`[aria-pressed="${state}"]`)).waitFor();
}

async function fontSize(locator: Locator): Promise<number> {
  return locator.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize));
}

async function prefsCookie(context: BrowserContext): Promise<string | undefined> {
  return (await context.cookies(app.url)).find((cookie) => cookie.name === 'lb_prefs')?.value;
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
      ['/portal/guide-me', undefined],
      ['/guide', 'lb_session=anything'],
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
      await expectAntdStyled(page, 'the front door before its scripts');
      await expectAccessible(page, 'the front door before its scripts');
      expect(await appRunning(page)).toBe(false);

      // Its ways in are links that work as they are.
      await page.getByRole('link', { name: '群众办事' }).click();
      await page.waitForURL(`${app.url}/portal`);
      const signIn = page.getByRole('link', { name: '使用统一身份认证登录' });
      expect(await signIn.getAttribute('href')).toBe('/auth/citizen/sign-in?returnTo=/portal');
      await settle(page);
      await expectAntdStyled(page, 'the portal before its scripts');
      await expectAccessible(page, 'the portal before its scripts');
    } finally {
      await context.close();
    }
  });

  it('loads none of the app, and the large-text switch brings the app’s page drawn large', async () => {
    const context = await newDeviceContext(browser, PHONE);
    const page = await context.newPage();
    const problems = watchProblems(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    try {
      await page.goto(`${app.url}/portal`);
      await page.getByRole('link', { name: '使用统一身份认证登录' }).waitFor();
      await settle(page);
      // Only the page's own small script and what it imports; not the app.
      expect(scripts.length).toBeGreaterThan(0);
      const own = ownScripts();
      expect(
        scripts.every((script) => own.has(script)),
        scripts.join(' '),
      ).toBe(true);
      expect(await appRunning(page)).toBe(false);

      const largeText = page.getByRole('button', { name: '大字模式' });
      const sizeBefore = await fontSize(largeText);
      await largeText.click();
      // The page comes again, now the app's, drawn large.
      await page.locator('#root:not([data-prerendered])').waitFor();
      await pressed(largeText, true);
      expect(await fontSize(largeText)).toBeGreaterThan(sizeBefore);
      expect(await prefsCookie(context)).toBe('large');
      await settle(page);
      await expectAntdStyled(page, 'the portal drawn large by the app');
      await expectAccessible(page, 'the portal drawn large by the app');

      await page.reload();
      await pressed(largeText, true);
      expect(await page.locator('#root').getAttribute('data-prerendered')).toBeNull();

      // Back to the usual size: the cookie goes, and the drawn page comes again.
      await largeText.click();
      await pressed(largeText, false);
      expect(await prefsCookie(context)).toBeUndefined();
      await page.reload();
      expect(await page.locator('#root').getAttribute('data-prerendered')).toBe('zh');

      // The language switch goes the same way.
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'After-death "one thing"' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      expect(await prefsCookie(context)).toBe('en');
      await page.getByRole('button', { name: '中文' }).click();
      await page.getByRole('heading', { level: 1, name: '个人身后“一件事”' }).waitFor();
      await page.reload();
      expect(await page.locator('#root').getAttribute('data-prerendered')).toBe('zh');

      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('carries over a choice kept before the cookie, and starts the app where the cookie is refused', async () => {
    const context = await newDeviceContext(browser, PHONE);
    const page = await context.newPage();
    const problems = watchProblems(page);
    try {
      // Large text chosen on this phone before the cookie existed: kept in storage only.
      await page.goto(`${app.url}/portal`);
      await page.evaluate(() => window.localStorage.setItem('lianban.largeText', 'on'));
      await page.reload();
      const largeText = page.getByRole('button', { name: '大字模式' });
      await pressed(largeText, true);
      expect(await page.locator('#root').getAttribute('data-prerendered')).toBeNull();
      expect(await prefsCookie(context)).toBe('large');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }

    const refusing = await newDeviceContext(browser, PHONE);
    // A browser that keeps no lb_prefs cookie (other cookies as usual).
    await refusing.addInitScript(() => {
      const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
      Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true,
        get() {
          return cookie?.get?.call(this);
        },
        set(value: string) {
          if (!value.startsWith('lb_prefs=')) cookie?.set?.call(this, value);
        },
      });
    });
    const phone = await refusing.newPage();
    const phoneProblems = watchProblems(phone);
    let loads = 0;
    phone.on('load', () => {
      loads += 1;
    });
    try {
      await phone.goto(`${app.url}/`);
      await phone.getByRole('heading', { level: 1 }).waitFor();
      expect(loads).toBe(1);
      const largeText = phone.getByRole('button', { name: '大字模式' });
      await largeText.click();
      // Not loaded again (the server would send the same page): the app draws it large instead.
      await expect.poll(() => appRunning(phone), { timeout: TIMEOUT }).toBe(true);
      await pressed(largeText, true);
      expect(loads).toBe(1);
      expect(await prefsCookie(refusing)).toBeUndefined();
      await settle(phone);
      await expectAntdStyled(phone, 'the front door drawn large by the app, without the cookie');
      await expectAccessible(phone, 'the front door drawn large by the app, without the cookie');
      expect(phoneProblems).toEqual([]);
    } finally {
      await refusing.close();
    }
  });
});

describe('the guide, drawn by the server', () => {
  it('shows a county’s guide with none of the app, changes county, remembers it, and prints', async () => {
    const context = await newDeviceContext(browser, PHONE);
    await context.addInitScript(() => {
      (window as unknown as { prints: number }).prints = 0;
      window.print = () => {
        (window as unknown as { prints: number }).prints += 1;
      };
    });
    const page = await context.newPage();
    const problems = watchProblems(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    try {
      // The first visit: 五华区, whole, from the HTML.
      const sent = await rawRequest(`${app.url}/guide`, { headers: { 'accept-encoding': 'br' } });
      expect(sent.headers['content-encoding']).toBe('br');
      expect(decodedBody(sent).toString('utf8')).toContain('五华区个人身后“一件事”办事指南');

      await page.goto(`${app.url}/guide`);
      await page.getByRole('heading', { level: 1, name: /五华区/ }).waitFor();
      await page.locator('#matter-household-registration-cancellation').waitFor();
      await settle(page);
      const own = ownScripts();
      expect(
        scripts.every((script) => own.has(script)),
        scripts.join(' '),
      ).toBe(true);
      expect(await appRunning(page)).toBe(false);
      await expectAntdStyled(page, 'the guide drawn by the server');
      await expectAccessible(page, 'the guide drawn by the server');

      await page.getByRole('button', { name: /打\s?印/ }).click();
      expect(await page.evaluate(() => (window as unknown as { prints: number }).prints)).toBe(1);

      // Another county: its own address, drawn the same way, and remembered.
      await page.getByLabel('办理地区').selectOption({ label: '岳阳县' });
      await page.waitForURL(`${app.url}/guide/430621`);
      await page.getByRole('heading', { level: 1, name: /岳阳县/ }).waitFor();
      await page.goto(`${app.url}/guide`);
      await page.waitForURL(`${app.url}/guide/430621`);
      await page.getByRole('heading', { level: 1, name: /岳阳县/ }).waitFor();

      // One matter's guide, drawn too; then the questionnaire, which is the app's.
      await page.goto(`${app.url}/guide/430621/matters/household-registration-cancellation`);
      await page.getByRole('heading', { level: 1, name: '办事指南：死亡人员户口注销' }).waitFor();
      expect(await appRunning(page)).toBe(false);
      await settle(page);
      await expectAntdStyled(page, 'a matter’s guide drawn by the server');
      await expectAccessible(page, 'a matter’s guide drawn by the server');
      await page.goto(`${app.url}/guide/430621`);
      await page.getByRole('link', { name: /回答几个问题/ }).click();
      await page.waitForURL(`${app.url}/portal/guide-me?region=430621`);
      await page.getByRole('heading', { level: 1, name: '情形引导' }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
