/**
 * A county police station with a backlog, in a real browser: more pending sub-cases than one page
 * of the workbench holds. The workbench says how many there are and how many it shows, oldest
 * first; "加载更多" (by keyboard) appends the next page and takes the focus to the first row it
 * added; once everything is shown the button is gone. Deciding a row of the appended page keeps
 * every row in view. The cases are seeded through the draft API; every step is screenshotted into
 * test-results/e2e/workbench-paging/ and checked with axe-core.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../tests/support/test-app.ts';
import { accept, hukouOf, submit } from '../tests/support/workflow.ts';
import { launchBrowser } from './support/browser.ts';
import { newDeviceContext, PC, settledRecorder, tellAsOneStory } from './support/story.ts';
import { ensureWebBuild } from './support/web-build.ts';

const FLOW = 'workbench-paging';
/** One page of the workbench, and a backlog a few rows longer. */
const PAGE = 50;
const BACKLOG = PAGE + 4;

let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let pc: Page;
/** The case codes, oldest first: the order the workbench lists their household sub-cases. */
const codes: string[] = [];
const record = settledRecorder(FLOW);

const bodyRows = () => pc.locator('.ant-table-tbody tr.ant-table-row');

describe('the workbench a page at a time, in the browser', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp();
    browser = await launchBrowser();
    const family = await app.citizenCookie(0);
    for (let i = 0; i < BACKLOG; i++) {
      const submitted = await submit(app, family);
      await accept(app, submitted.id);
      expect(hukouOf(submitted).departmentCode).toBe('public-security');
      codes.push(submitted.code);
    }
    context = await newDeviceContext(browser, PC);
    pc = await context.newPage();
  });

  tellAsOneStory();

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  it('shows the first page, oldest first, and says how many there are', async () => {
    await pc.goto(`${app.url}/staff/sign-in`);
    await pc.getByLabel('用户名').fill('police-530102');
    await pc.getByLabel('密码', { exact: true }).fill('Lianban#2026');
    await pc.getByRole('button', { name: '登录' }).click();
    await pc.waitForURL(`${app.url}/department`);
    await pc.getByRole('heading', { name: '部门工作台' }).waitFor();

    const count = pc.getByTestId('sub-case-count');
    await count.getByText(`共 ${BACKLOG} 件，已显示 ${PAGE} 件`).waitFor();
    expect(await count.getAttribute('role')).toBe('status');
    await pc.getByRole('button', { name: codes[0] }).waitFor();
    expect(await bodyRows().count()).toBe(PAGE);
    const shown = await bodyRows().locator('td:first-child').allTextContents();
    expect(shown).toEqual(codes.slice(0, PAGE));
    await pc.getByRole('button', { name: '加载更多' }).waitFor();
    await record(pc, 'first-page');
  });

  it('loads the next page by keyboard, appends it and goes on from its first row', async () => {
    const more = pc.getByRole('button', { name: '加载更多' });
    await more.focus();
    await pc.keyboard.press('Enter');
    await pc.getByTestId('sub-case-count').getByText(`共 ${BACKLOG} 件，已显示 ${BACKLOG} 件`).waitFor();
    await more.waitFor({ state: 'detached' });
    const shown = await bodyRows().locator('td:first-child').allTextContents();
    expect(shown).toEqual(codes);
    const firstAdded = pc.getByRole('button', { name: codes[PAGE] });
    await expect.poll(() => firstAdded.evaluate((button) => button === document.activeElement)).toBe(true);
    await record(pc, 'everything-shown');
  });

  it('keeps every row in view after a decision on the appended page', async () => {
    const last = codes.at(-1) as string;
    await pc.getByRole('button', { name: last }).click();
    const drawer = pc.getByRole('dialog', { name: '子件详情' });
    await drawer.getByRole('button', { name: '认领' }).click();
    await pc.getByText('已认领，可以开始办理').waitFor();
    await drawer.getByRole('button', { name: /关闭|Close/ }).click();
    await drawer.waitFor({ state: 'hidden' });
    // Claimed, it leaves the pending list; the rest of both pages stays.
    await pc
      .getByTestId('sub-case-count')
      .getByText(`共 ${BACKLOG - 1} 件，已显示 ${BACKLOG - 1} 件`)
      .waitFor();
    await pc.getByRole('button', { name: last }).waitFor({ state: 'detached' });
    const shown = await bodyRows().locator('td:first-child').allTextContents();
    expect(shown).toEqual(codes.slice(0, -1));
    await record(pc, 'after-decision');
  });

  it('starts another filter at its first page', async () => {
    await pc.locator('.ant-segmented').getByText('全部', { exact: true }).click();
    await pc.waitForURL(`${app.url}/department?state=all`);
    await pc.getByTestId('sub-case-count').getByText(`共 ${BACKLOG} 件，已显示 ${PAGE} 件`).waitFor();
    expect(await bodyRows().count()).toBe(PAGE);
    await pc.getByRole('button', { name: '加载更多' }).waitFor();
    await record(pc, 'all-first-page');
  });
});
