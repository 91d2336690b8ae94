/**
 * A family opening their application form on a phone at a screen the app draws, one to type in
 * (docs/ARCHITECTURE.md, "Hints for a family page"; a first screen of certified values is drawn by
 * the server instead, drawn-draft-screens.test.ts): the page the server sends names the form's code and, being signed in, the form's first
 * reads (who is signed in, the draft), so the browser fetches them while the app's own script is
 * still arriving, not one after the other once it has run. The app's own requests are answered
 * from what the browser fetched: each read reaches the server once, and Chromium has nothing
 * preloaded in vain to warn about. Without a session the page names no reads at all.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../tests/support/raw-http.ts';
import { startTestApp, type TestApp } from '../tests/support/test-app.ts';
import { startDemoDraft } from '../tests/support/workflow.ts';
import { expectAccessible, expectAntdStyled, launchBrowser } from './support/browser.ts';
import { entryScript, watchProblems } from './support/built-app.ts';
import { settle } from './support/settle.ts';
import { newDeviceContext, PHONE } from './support/story.ts';
import { ensureWebBuild } from './support/web-build.ts';

/** How long the app's entry script is held back, as on a slow network. */
const SLOW_ENTRY_MS = 1500;
/** Chromium warns of a preload still unused a few seconds (3) after the load event. */
const UNUSED_PRELOAD_WARNING_MS = 3500;

let app: TestApp;
let browser: Browser;
/** Every request that reached the server, in order: method and path. */
const arrived: string[] = [];

beforeAll(async () => {
  await ensureWebBuild();
  app = await startTestApp();
  app.services.app.server.prependListener('request', (request) => {
    arrived.push(`${request.method} ${request.url}`);
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The draft page's chunks as the build listed them for the server. */
function draftChunks(): string[] {
  const hints = JSON.parse(readFileSync(resolve('dist/prerender/route-hints.json'), 'utf8')) as {
    route: string;
    modules: string[];
  }[];
  return hints.find((hint) => hint.route === '/portal/drafts/:id')?.modules ?? [];
}

/** Long enough after the load event for Chromium to have warned of any preload not used. */
async function pastUnusedPreloadWarnings(page: Page): Promise<void> {
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.waitForTimeout(UNUSED_PRELOAD_WARNING_MS);
}

describe('the draft page on a phone', () => {
  it('names its chunks, none of which index.html names already', () => {
    const chunks = draftChunks();
    const index = readFileSync(resolve('dist/web/index.html'), 'utf8');
    expect(
      chunks.some((chunk) => /\/draft-page-[\w-]+\.js$/.test(chunk)),
      chunks.join(' '),
    ).toBe(true);
    for (const chunk of chunks) {
      expect(index, chunk).not.toContain(chunk);
      expect(readFileSync(resolve('dist/web', `.${chunk}`)).length, chunk).toBeGreaterThan(0);
    }
  });

  it('fetches the form’s code and reads while the entry arrives, each read once, and shows the form', async () => {
    const cookie = await app.citizenCookie(0);
    const id = await startDemoDraft(app, cookie);
    const context = await newDeviceContext(browser, PHONE);
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: app.url }]);
    const entry = entryScript();
    await context.route(`${app.url}${entry}`, async (route) => {
      await new Promise((done) => setTimeout(done, SLOW_ENTRY_MS));
      await route.continue();
    });
    const page = await context.newPage();
    const problems = watchProblems(page);
    const from = arrived.length;
    try {
      const served = await rawRequest(`${app.url}/portal/drafts/${id}?step=applicant`, {
        headers: { cookie },
      });
      expect(served.body.toString('utf8')).toContain(`href="/api/v1/drafts/${id}"`);

      await page.goto(`${app.url}/portal/drafts/${id}?step=applicant`);
      await page.getByRole('heading', { level: 2, name: '您的信息' }).waitFor();
      await pastUnusedPreloadWarnings(page);

      const requests = arrived.slice(from);
      const entryAt = requests.indexOf(`GET ${entry}`);
      expect(entryAt, requests.join('\n')).toBeGreaterThan(0);
      const early = requests.slice(0, entryAt);
      for (const wanted of [...draftChunks(), '/api/v1/me', `/api/v1/drafts/${id}`])
        expect(early, `${wanted} before the entry script`).toContain(`GET ${wanted}`);
      expect(requests.filter((r) => r === 'GET /api/v1/me')).toHaveLength(1);
      expect(requests.filter((r) => r === `GET /api/v1/drafts/${id}`)).toHaveLength(1);
      expect(problems).toEqual([]);

      await settle(page);
      await expectAntdStyled(page, 'the draft page, the applicant’s step');
      await expectAccessible(page, 'the draft page, the applicant’s step');
    } finally {
      await context.close();
    }
  });

  it('asks a browser without a session to fetch no reads, and it asks for sign-in without warnings', async () => {
    const id = await startDemoDraft(app, await app.citizenCookie(0));
    const context = await newDeviceContext(browser, PHONE);
    const page = await context.newPage();
    const problems = watchProblems(page);
    const from = arrived.length;
    try {
      await page.goto(`${app.url}/portal/drafts/${id}`);
      await page.getByRole('link', { name: '使用统一身份认证登录' }).waitFor();
      await pastUnusedPreloadWarnings(page);

      const requests = arrived.slice(from);
      expect(requests.filter((r) => r === 'GET /api/v1/me')).toHaveLength(1);
      expect(requests.filter((r) => r.startsWith('GET /api/v1/drafts'))).toEqual([]);
      expect(problems).toEqual([]);
      await settle(page);
      await expectAntdStyled(page, 'the draft page, signed out');
      await expectAccessible(page, 'the draft page, signed out');
    } finally {
      await context.close();
    }
  });
});
