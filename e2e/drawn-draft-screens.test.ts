/**
 * A family opening their application on a phone, signed in, at a screen of certified values — the
 * first, 逝者信息, and 去世情况 after it (docs/ARCHITECTURE.md, "Screens of the form the server
 * draws"): the server sends the screen already drawn with their draft, and the page works without
 * the app. They read it, say a value is wrong (信息有误？, sent through the draft's autosave, kept,
 * and withdrawn), go on and back with 下一步 and 上一步, and reach the first screen to type in, which
 * the app draws and saves as it always has. Signing out and the display switches work there too;
 * without a script the screens still go on.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../tests/support/raw-http.ts';
import { startTestApp, type TestApp } from '../tests/support/test-app.ts';
import { startDemoDraft } from '../tests/support/workflow.ts';
import { launchBrowser } from './support/browser.ts';
import { appRunning, entryScript, watchProblems } from './support/built-app.ts';
import { newDeviceContext, PHONE, settledRecorder, TIMEOUT, tellAsOneStory } from './support/story.ts';
import { ensureWebBuild } from './support/web-build.ts';

let app: TestApp;
let browser: Browser;
let context: BrowserContext;
let phone: Page;
let cookie = '';
let draftId = '';
let draftUrl = '';
/** Every script the phone asked for, and the problems its console reported. */
const scripts: string[] = [];
let problems: string[] = [];
const record = settledRecorder('drawn-draft-screens');

beforeAll(async () => {
  await ensureWebBuild();
  app = await startTestApp();
  browser = await launchBrowser();
  cookie = await app.citizenCookie(0);
  draftId = await startDemoDraft(app, cookie);
  draftUrl = `${app.url}/portal/drafts/${draftId}`;
  context = await newDeviceContext(browser, PHONE);
  const [name, value] = cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: app.url }]);
  phone = await context.newPage();
  phone.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  problems = watchProblems(phone);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.stop();
});

async function onScreen(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { level: 2, name: title }).waitFor();
}

async function flagOf(key: string): Promise<string | undefined> {
  const draft = (await app.api(`/api/v1/drafts/${draftId}`, { cookie })).body as {
    form: { fields: { key: string; flagged?: string | null }[] }[];
  };
  return draft.form.flatMap((group) => group.fields).find((field) => field.key === key)?.flagged ?? undefined;
}

describe('a screen of certified values, drawn by the server', () => {
  tellAsOneStory();

  it('is sent drawn with the family’s draft, kept by nobody, and shown without the app', async () => {
    const served = await rawRequest(draftUrl, { headers: { cookie } });
    expect(served.status).toBe(200);
    expect(served.headers['cache-control']).toBe('private, no-store');
    const html = served.body.toString('utf8');
    expect(html).toContain('王建国');
    expect(html).toContain('data-drawn-draft');
    expect(html).not.toContain(`src="${entryScript()}"`);

    await phone.goto(draftUrl);
    await onScreen(phone, '逝者信息');
    await phone.getByText('王建国').waitFor();
    await phone.getByText('第 1 步，共 7 步').waitFor();
    await record(phone, 'first-screen');
    expect(await appRunning(phone)).toBe(false);
    expect(scripts).not.toContain(entryScript());
    expect(scripts.some((script) => /\/drawn-draft-[\w-]+\.js$/.test(script))).toBe(true);
  });

  it('says a value is wrong: the note is sent, kept, shown, and can be withdrawn', async () => {
    const name = phone.locator('[data-field="deceased.name"]');
    const open = name.getByRole('button', { name: '信息有误？：逝者姓名' });
    await open.click();
    expect(await open.getAttribute('aria-expanded')).toBe('true');
    const note = name.getByLabel('请说明逝者姓名哪里有误');
    const send = name.getByRole('button', { name: '提交说明' });
    expect(await note.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await send.isDisabled()).toBe(true);
    await note.fill('名字中间的字写错了');
    expect(await send.isDisabled()).toBe(false);
    await record(phone, 'flag-open');

    // A change made on another device meanwhile: the note goes on top of it (409, then again).
    const meanwhile = (await app.api(`/api/v1/drafts/${draftId}`, { cookie })).body as { version: number };
    const saved = await app.api(`/api/v1/drafts/${draftId}`, {
      method: 'PATCH',
      cookie,
      body: { version: meanwhile.version, values: { 'applicant.phone': '13900000001' } },
    });
    expect(saved.status).toBe(200);
    await send.click();
    await name.getByText('您已说明有误：名字中间的字写错了').waitFor();
    expect(await flagOf('deceased.name')).toBe('名字中间的字写错了');
    // The one refusal the browser reports is that conflict, answered.
    expect(problems).toEqual([
      'Failed to load resource: the server responded with a status of 409 (Conflict)',
    ]);
    problems.length = 0;
    await record(phone, 'flag-sent');

    // Drawn again with the note, the focus back where it was.
    const change = name.getByRole('button', { name: '修改说明：逝者姓名' });
    await expect.poll(() => change.evaluate((element) => element === document.activeElement)).toBe(true);
    await change.click();
    expect(await name.getByLabel('请说明逝者姓名哪里有误').inputValue()).toBe('名字中间的字写错了');
    await name.getByRole('button', { name: '撤回说明' }).click();
    await name.getByRole('button', { name: '信息有误？：逝者姓名' }).waitFor();
    expect(await name.getByText(/您已说明有误/).count()).toBe(0);
    expect(await flagOf('deceased.name')).toBeUndefined();

    // 取消 closes the box and gives the focus back to what opened it.
    const id = phone.locator('[data-field="deceased.idNumber"]');
    await id.getByRole('button', { name: /信息有误/ }).click();
    await id.getByRole('button', { name: '取消' }).click();
    expect(await id.locator('.lb-flag-box').isHidden()).toBe(true);
    expect(
      await id
        .getByRole('button', { name: /信息有误/ })
        .evaluate((element) => element === document.activeElement),
    ).toBe(true);
    expect(await appRunning(phone)).toBe(false);
  });

  it('goes on and back by the browser’s own loads, and the first screen to type in is the app’s', async () => {
    await phone.getByRole('button', { name: '下一步' }).click();
    await phone.waitForURL(`${draftUrl}?step=death`);
    await onScreen(phone, '去世情况');
    expect(await appRunning(phone)).toBe(false);
    await record(phone, 'second-screen');
    await phone.getByRole('link', { name: '上一步' }).click();
    await phone.waitForURL(`${draftUrl}?step=deceased`);
    await onScreen(phone, '逝者信息');
    await phone.getByRole('button', { name: '下一步' }).click();
    await onScreen(phone, '去世情况');
    await phone.getByRole('button', { name: '下一步' }).click();
    await phone.waitForURL(`${draftUrl}?step=applicant`);
    await onScreen(phone, '您的信息');
    expect(await appRunning(phone)).toBe(true);
    expect(scripts).toContain(entryScript());

    const mobile = phone.getByLabel('申请人手机号码');
    expect(await mobile.inputValue()).toBe('13900000001');
    await mobile.fill('13900000002');
    await mobile.press('Tab');
    await expect
      .poll(() => phone.getByTestId('save-status').textContent(), { timeout: TIMEOUT })
      .toBe('已自动保存');
    await record(phone, 'third-screen-app');
    // Back from the app's screen is the app's own move.
    await phone.getByRole('button', { name: '上一步' }).click();
    await onScreen(phone, '去世情况');
    expect(problems).toEqual([]);
  });

  it('is the app’s page once large text is chosen, and signing out there signs out', async () => {
    await phone.goto(draftUrl);
    await onScreen(phone, '逝者信息');
    expect(await appRunning(phone)).toBe(false);
    const largeText = phone.getByRole('button', { name: '大字模式' });
    await largeText.click();
    await phone.locator('[data-pref="large-text"][aria-pressed="true"]').waitFor();
    await onScreen(phone, '逝者信息');
    expect(await appRunning(phone)).toBe(true);
    await largeText.click();
    await phone.locator('[data-pref="large-text"][aria-pressed="false"]').waitFor();

    // Chinese at the usual size again: the drawn screen, whose 退出 signs out.
    await phone.goto(draftUrl);
    await onScreen(phone, '逝者信息');
    expect(await appRunning(phone)).toBe(false);
    await phone.getByRole('button', { name: '退出' }).click();
    await phone.waitForURL(`${app.url}/`);
    expect((await app.api(`/api/v1/drafts/${draftId}`, { cookie })).status).toBe(401);
    await phone.goto(draftUrl);
    await phone.getByRole('link', { name: '使用统一身份认证登录' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('goes on without a script', async () => {
    const fresh = await app.citizenCookie(0);
    const noScript = await browser.newContext({ ...PHONE, locale: 'zh-CN', javaScriptEnabled: false });
    try {
      const [name, value] = fresh.split('=') as [string, string];
      await noScript.addCookies([{ name, value, url: app.url }]);
      const page = await noScript.newPage();
      page.setDefaultTimeout(TIMEOUT);
      await page.goto(draftUrl);
      await onScreen(page, '逝者信息');
      await page.getByRole('button', { name: '下一步' }).click();
      await page.waitForURL(`${draftUrl}?step=death`);
      await onScreen(page, '去世情况');
    } finally {
      await noScript.close();
    }
  });
});
