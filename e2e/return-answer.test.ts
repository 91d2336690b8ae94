/**
 * A department's return for more information (退回补充), answered from a phone with a text and a
 * photo, in a real browser: the police claim the household-registration sub-case and return it
 * with what they need → the family (portal, phone viewport) sees the request in plain words, types
 * an answer and uploads a photo → the police workbench shows the answer marked as the answer to
 * that request, with the file, which opens. The case is seeded through the draft API with the
 * family's own session; every step under test happens in the browser, is screenshotted into
 * test-results/e2e/return-answer/ and checked with axe-core.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../tests/support/test-app.ts';
import { accept, hukouOf, submit } from '../tests/support/workflow.ts';
import { launchBrowser } from './support/browser.ts';
import { newDeviceContext, PC, PHONE, settledRecorder, TIMEOUT, tellAsOneStory } from './support/story.ts';
import { ensureWebBuild } from './support/web-build.ts';

const FLOW = 'return-answer';
const HUKOU = '死亡人员户口注销';
const POLICE_ASKS = '请提供逝者生前最后居住地的社区证明';
const FAMILY_ANSWERS = '逝者生前住在五华区华山街道，社区证明已拍照上传。';
const FILE_NAME = '社区证明.jpg';

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];
let phone: Page;
let police: Page;
let theCase = { id: '', code: '' };
const record = settledRecorder(FLOW);

async function newContext(device: typeof PHONE | typeof PC): Promise<BrowserContext> {
  const context = await newDeviceContext(browser, device);
  contexts.push(context);
  return context;
}

async function openSubCase(page: Page): Promise<ReturnType<Page['getByRole']>> {
  const row = page.getByRole('row').filter({ hasText: theCase.code }).filter({ hasText: HUKOU });
  await row.getByRole('button', { name: theCase.code }).click();
  const drawer = page.getByRole('dialog', { name: '子件详情' });
  await drawer.getByRole('heading', { name: '材料', exact: true }).waitFor();
  return drawer;
}

async function currentState(page: Page): Promise<string | undefined> {
  return (await page.getByTestId('department-sub-case-state').first().textContent())?.trim();
}

describe('return → answer with a file → department, in the browser', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp();
    browser = await launchBrowser();
    const family = await newContext(PHONE);
    phone = await family.newPage();
    await phone.goto(`${app.url}/portal`);
    await phone.getByRole('link', { name: '使用统一身份认证登录' }).click();
    await phone.getByLabel('用户名').fill('zhangwei');
    await phone.getByLabel('密码').fill('Demo#2026');
    await phone.getByRole('button', { name: '登录' }).click();
    await phone.getByText('您好，张伟').waitFor();
    // The application itself is another story's: it goes in through drafts with the family's session.
    const cookie = (await family.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const submitted = await submit(app, cookie);
    await accept(app, submitted.id);
    theCase = { id: submitted.id, code: submitted.code };
    expect(hukouOf(submitted).departmentCode).toBe('public-security');
  });

  tellAsOneStory();

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  it('the police claim the sub-case and return it, saying what they need', async () => {
    police = await (await newContext(PC)).newPage();
    await police.goto(`${app.url}/staff/sign-in`);
    await police.getByLabel('用户名').fill('police-530102');
    await police.getByLabel('密码', { exact: true }).fill('Lianban#2026');
    await police.getByRole('button', { name: '登录' }).click();
    await police.waitForURL(`${app.url}/department`);
    const drawer = await openSubCase(police);
    await drawer.getByRole('button', { name: '认领' }).click();
    await expect.poll(() => currentState(police), { timeout: TIMEOUT }).toBe('办理中');
    await drawer.getByRole('button', { name: '退回补充' }).click();
    const ask = police.getByRole('dialog', { name: '退回补充材料' });
    await ask.getByLabel('需要补充的内容').fill(POLICE_ASKS);
    await record(police, 'police-return');
    await ask.getByRole('button', { name: '确定' }).click();
    await expect.poll(() => currentState(police), { timeout: TIMEOUT }).toBe('待补充材料');
    await drawer.getByTestId('supplement-waiting').getByText(POLICE_ASKS, { exact: false }).waitFor();
    await record(police, 'police-returned');
    await drawer
      .getByRole('button', { name: /关闭|Close/ })
      .first()
      .click();
    await drawer.waitFor({ state: 'hidden' });
  });

  it('the family sees the request on the phone, answers with a text and a photo', async () => {
    await phone.goto(`${app.url}/portal/cases/${theCase.code}`);
    const entry = phone.locator(
      '[data-testid="track-entry"][data-matter="household-registration-cancellation"]',
    );
    await entry.getByText(`需要您补充：${POLICE_ASKS}`, { exact: true }).waitFor();
    await entry.getByText(/^公安于 \d{4}.+ 提出：$/).waitFor();
    await entry.getByText('在您补充之前，办理时限暂停计算。').waitFor();
    await record(phone, 'family-asked');

    // Sending nothing at all is refused on the text box.
    await entry.getByRole('button', { name: '提交补充' }).click();
    await entry.getByText('请写几句说明，或添加部门要的材料').waitFor();

    await entry.getByLabel('补充说明').fill(FAMILY_ANSWERS);
    const certificate = await sharp({
      create: { width: 1200, height: 900, channels: 3, background: '#efe9dc' },
    })
      .jpeg()
      .toBuffer();
    await entry.getByLabel('选择照片或文件').setInputFiles({
      name: FILE_NAME,
      mimeType: 'image/jpeg',
      buffer: certificate,
    });
    const pending = entry.getByTestId('answer-pending-files');
    await pending.getByText(FILE_NAME, { exact: true }).waitFor();
    await pending.getByRole('button', { name: new RegExp(`^移除\\s*：${FILE_NAME}$`) }).waitFor();
    await record(phone, 'family-answer-ready');

    await entry.getByRole('button', { name: '提交补充' }).click();
    await entry.getByTestId('supplement').waitFor({ state: 'detached' });
    const sent = entry.getByTestId('sent-answer');
    await sent.getByText(FAMILY_ANSWERS).waitFor();
    await sent.getByText(FILE_NAME, { exact: true }).waitFor();
    await expect
      .poll(async () => (await entry.getByTestId('sub-case-state').textContent())?.trim(), {
        timeout: TIMEOUT,
      })
      .toBe('办理中');
    await record(phone, 'family-answered');
  });

  it('the police workbench shows the answer to its request, with the file, which opens', async () => {
    await police.locator('.ant-segmented').getByText('办理中', { exact: true }).click();
    // The list says the family has answered, before the sub-case is opened.
    await police
      .getByRole('row')
      .filter({ hasText: theCase.code })
      .filter({ hasText: HUKOU })
      .getByTestId('sub-case-answered')
      .getByText('已补充')
      .waitFor();
    const drawer = await openSubCase(police);
    await expect.poll(() => currentState(police), { timeout: TIMEOUT }).toBe('办理中');
    const answer = drawer.getByTestId('supplement-answer');
    await answer
      .getByRole('heading', { name: new RegExp(`^补充材料（答复 .+ 的退回要求：${POLICE_ASKS}）$`) })
      .waitFor();
    await answer.getByText(FAMILY_ANSWERS).waitFor();
    await answer.getByText(/^申请人网上答复，/).waitFor();
    const link = answer.getByRole('link', { name: new RegExp(`^${FILE_NAME}`) });
    await link.waitFor();
    await record(police, 'police-sees-answer');

    const href = await link.getAttribute('href');
    expect(href).toBeTruthy();
    const file = await police.request.get(`${app.url}${href}`);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('image/jpeg');
  });
});
