/**
 * The foundation path in a real browser: a family member signs in on a phone through the embedded
 * identity service, applies for household registration cancellation (户口注销) and follows it; a
 * police approver signs in on a PC, finds the case masked in the workbench, opens it in full and
 * approves it; the family then sees it completed. Every recorded step is screenshotted into
 * test-results/e2e/foundation-path/ and checked with axe-core (any violation fails the test).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../tests/support/test-app.ts';
import { launchBrowser, stepRecorder } from './support/browser.ts';
import { settle } from './support/settle.ts';
import { ensureWebBuild } from './support/web-build.ts';

const FLOW = 'foundation-path';
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const PC = { viewport: { width: 1366, height: 900 } };
const TIMEOUT = 15_000;

const DECEASED = { name: '王建国', idNumber: '530102194001050019', dateOfDeath: '2026-11-01' };
const WRONG_ID_NUMBER = '530102194001050018'; // right shape, wrong check digit

let app: TestApp;
let browser: Browser;
let family: BrowserContext;
let staff: BrowserContext;
let phone: Page;
let pc: Page;
let caseCode = '';
const recordStep = stepRecorder(FLOW);

/** Screenshot and axe check of the page once it has stopped moving. */
async function record(page: Page, name: string): Promise<void> {
  await settle(page);
  await recordStep(page, name);
}

/** Waits until the element's visible text is exactly `text` (it may change after a reload). */
async function expectText(page: Page, testId: string, text: string): Promise<void> {
  await expect
    .poll(async () => (await page.getByTestId(testId).first().textContent())?.trim(), { timeout: TIMEOUT })
    .toBe(text);
}

describe('foundation path in the browser', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp();
    browser = await launchBrowser();
    family = await browser.newContext({ ...PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    staff = await browser.newContext({ ...PC, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    for (const context of [family, staff]) {
      context.setDefaultTimeout(TIMEOUT);
      // Loopback only: the app is self-contained, so any other request is a bug.
      await context.route(
        (url) => url.hostname !== '127.0.0.1',
        (route) => route.abort(),
      );
    }
    phone = await family.newPage();
    pc = await staff.newPage();
  });

  // One story told in steps: once a step fails, the later ones would only fail for that reason.
  let broken = false;
  beforeEach(({ skip, onTestFailed }) => {
    if (broken) skip();
    onTestFailed(() => {
      broken = true;
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('the family signs in through unified identity authentication', async () => {
    await phone.goto(`${app.url}/portal`);
    const signIn = phone.getByRole('button', { name: '使用统一身份认证登录' });
    await signIn.waitFor();
    await record(phone, 'portal-signed-out');

    await signIn.click();
    await phone.getByRole('heading', { name: '统一身份认证（演示）' }).waitFor();
    await record(phone, 'identity-provider-login');

    await phone.getByLabel('用户名').fill('zhangwei');
    await phone.getByLabel('密码').fill('Demo#2026');
    await phone.getByRole('button', { name: '登录' }).click();
    await phone.waitForURL(`${app.url}/portal`);
    await phone.getByText('您好，张伟').waitFor();
    await phone.getByText('张伟', { exact: true }).waitFor(); // the header names who is signed in
    await record(phone, 'portal-signed-in');
  });

  it('the family applies, and a wrong ID number is put right on its field', async () => {
    await phone.getByRole('button', { name: '申请办理' }).click();
    await phone.waitForURL(`${app.url}/portal/apply`);
    await phone.getByRole('heading', { name: '申请办理：户口注销' }).waitFor();

    await phone.getByLabel('办理地区').selectOption('530102');
    await phone
      .getByText(/五华区/)
      .filter({ visible: true })
      .first()
      .waitFor();
    await record(phone, 'apply-1-region');
    await phone.getByRole('button', { name: '下一步' }).click();

    const idNumber = phone.getByLabel('公民身份号码');
    await phone.getByLabel('逝者姓名').fill(DECEASED.name);
    await idNumber.fill(WRONG_ID_NUMBER);
    await phone.getByLabel('死亡日期').fill(DECEASED.dateOfDeath);
    await phone.getByRole('button', { name: '下一步' }).click();
    // The problem is said in Chinese, right under the field, and the field is marked invalid.
    const idProblem = '公民身份号码不正确，请核对18位号码（最后一位可能是X）';
    await phone.getByText(idProblem).waitFor();
    expect(await idNumber.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await idNumber.getAttribute('aria-describedby')) ?? '';
    const description = await phone.evaluate(
      (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
      describedBy.split(/\s+/).filter(Boolean),
    );
    expect(description).toContain(idProblem);
    await phone.getByRole('heading', { name: '逝者信息' }).waitFor(); // still on this step
    await record(phone, 'apply-2-wrong-id-number');

    await idNumber.fill(DECEASED.idNumber);
    await phone.getByText(idProblem).waitFor({ state: 'hidden' });
    await record(phone, 'apply-2-deceased');
    await phone.getByRole('button', { name: '下一步' }).click();

    await phone.getByLabel('申请人姓名').fill('张伟');
    await phone.getByLabel('手机号码').fill('13800000001');
    await phone.getByLabel('与逝者关系').selectOption({ label: '子女' });
    await record(phone, 'apply-3-applicant');
    await phone.getByRole('button', { name: '下一步' }).click();

    // The review repeats what was entered before the family commits to it.
    await phone.getByRole('heading', { name: '确认提交' }).waitFor();
    await phone.getByText(DECEASED.idNumber).waitFor();
    await phone.getByLabel(/^本人承诺/).check();
    await record(phone, 'apply-4-review');
    await phone.getByRole('button', { name: '提交' }).click();

    await phone.getByRole('heading', { name: '申请已提交' }).waitFor();
    caseCode = ((await phone.getByTestId('case-code').textContent()) ?? '').trim();
    expect(caseCode).toHaveLength(21);
    expect(caseCode.startsWith('530102')).toBe(true);
    await record(phone, 'apply-submitted');
  });

  it('the tracking page shows the police matter waiting', async () => {
    await phone.getByRole('link', { name: '查看办理进度' }).click();
    await phone.waitForURL(`${app.url}/portal/cases/${caseCode}`);
    await phone.getByText('死亡人员户口注销').waitFor();
    await phone.getByText(/公安/).first().waitFor();
    await expectText(phone, 'sub-case-state', '待办理');
    await phone.getByText(caseCode).waitFor();
    await record(phone, 'tracking-pending');
  });

  it('the police approver finds the case masked, opens it in full and approves it', async () => {
    await pc.goto(`${app.url}/staff/sign-in`);
    await pc.getByRole('heading', { name: '工作人员登录' }).waitFor();
    await pc.getByLabel('用户名').fill('police-530102');
    await pc.getByLabel('密码', { exact: true }).fill('Lianban#2026');
    await pc.getByRole('button', { name: '登录' }).click();
    await pc.waitForURL(`${app.url}/department`);
    await pc.getByRole('heading', { name: '部门工作台' }).waitFor();

    const open = pc.getByRole('button', { name: caseCode });
    await open.waitFor();
    const row = pc.getByRole('row').filter({ has: open });
    await row.getByText('王**', { exact: true }).waitFor();
    await row.getByText('5301**********0019', { exact: true }).waitFor();
    expect(await pc.getByText(DECEASED.idNumber).count()).toBe(0);
    await record(pc, 'workbench-pending');

    await open.click();
    const drawer = pc.getByRole('dialog', { name: '子件详情' });
    await drawer.getByText(DECEASED.idNumber, { exact: true }).waitFor();
    await drawer.getByText(DECEASED.name, { exact: true }).waitFor();
    await record(pc, 'workbench-sub-case-open');

    await drawer.getByRole('button', { name: '审批通过' }).click();
    await pc.getByText('已审批通过').waitFor(); // the confirmation message
    await expectText(pc, 'department-sub-case-state', '已办结');
    await drawer.getByRole('button', { name: '审批通过' }).waitFor({ state: 'detached' });
    await record(pc, 'workbench-approved');

    // Decided sub-cases leave the pending list and are found under 已办结.
    await drawer.getByRole('button', { name: /关闭|Close/ }).click();
    await drawer.waitFor({ state: 'hidden' });
    await pc.getByRole('button', { name: caseCode }).waitFor({ state: 'detached' });
    await pc.getByText('已办结', { exact: true }).first().click();
    await pc.waitForURL(`${app.url}/department?state=approved`);
    await pc
      .getByRole('row')
      .filter({ has: pc.getByRole('button', { name: caseCode }) })
      .getByText('已办结')
      .waitFor();
    await record(pc, 'workbench-completed');
  });

  it('the family sees the matter and the case completed, also in large text', async () => {
    await phone.reload();
    await expectText(phone, 'sub-case-state', '已办结');
    await expectText(phone, 'case-state', '已办结');
    await record(phone, 'tracking-completed');

    const largeText = phone.getByRole('button', { name: '大字模式' });
    await largeText.click();
    expect(await largeText.getAttribute('aria-pressed')).toBe('true');
    await record(phone, 'tracking-completed-large-text');
    await largeText.click();
    expect(await largeText.getAttribute('aria-pressed')).toBe('false');

    // 我的办件 lists the case with every department's state at a glance.
    await phone.getByRole('button', { name: '返回我的办件' }).click();
    await phone.waitForURL(`${app.url}/portal`);
    const card = phone.getByRole('listitem').filter({ hasText: caseCode });
    await card.getByText('死亡人员户口注销').waitFor();
    expect(await card.getByText('已办结', { exact: true }).count()).toBe(2); // the case and its matter
    await record(phone, 'portal-my-cases');
  });

  it('the approver signs out', async () => {
    await pc.getByRole('button', { name: '退出' }).click();
    await pc.waitForURL(`${app.url}/`);
    await pc.getByRole('button', { name: '退出' }).waitFor({ state: 'detached' });
    // The workbench is closed to the signed-out browser.
    await pc.goto(`${app.url}/department`);
    await pc.getByRole('heading', { name: '工作人员登录' }).waitFor();
  });
});
