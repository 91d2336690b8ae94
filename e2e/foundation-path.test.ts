/**
 * The foundation path in a real browser, through the joint-handling flow: a family member signs
 * in on a phone through the embedded identity service and finds the application for household
 * registration cancellation (户口注销) waiting for the window; a window clerk accepts it at the
 * front desk (前台综合受理) on a PC; the police approver finds it masked in the workbench, opens it
 * in full, claims it and completes it with the cancellation date (后台分类审批); the family sees
 * the result, confirms receipt online (出件) and rates the service (好差评). Every recorded step is
 * screenshotted into test-results/e2e/foundation-path/ and checked with axe-core (any violation
 * fails the test). The application form itself is the story of application-portal.test.ts; here
 * the family's application goes through a draft by the API with the family's own session; the
 * police's death proof and the funeral home's cremation record are filed into the death registry
 * through the API (the issuers' own acts, not sub-cases), so the
 * browser follows the household cancellation.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskIdNumber } from '../src/domain/identity-numbers.ts';
import { startTestApp, type TestApp } from '../tests/support/test-app.ts';
import {
  newDeceasedIdNumber,
  prepareDraft,
  type SubmittedCase,
  submitDraft,
} from '../tests/support/workflow.ts';
import { launchBrowser, stepRecorder } from './support/browser.ts';
import { settle } from './support/settle.ts';
import { newDeviceContext, PC, PHONE, TIMEOUT, tellAsOneStory } from './support/story.ts';
import { ensureWebBuild } from './support/web-build.ts';

const FLOW = 'foundation-path';

/** A person the registries do not know: the family types the name, and uploads the ID card and household register. */
const DECEASED = { name: '王建国', idNumber: newDeceasedIdNumber() };
const CANCELLED_ON = '2026-11-20';

let app: TestApp;
let browser: Browser;
let family: BrowserContext;
let staff: BrowserContext;
let phone: Page;
let pc: Page;
let caseCode = '';
let familyCookie = '';
let submittedCase: SubmittedCase;
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

async function staffSignIn(page: Page, username: string, area: string): Promise<void> {
  await page.goto(`${app.url}/staff/sign-in`);
  await page.getByRole('heading', { name: '工作人员登录' }).waitFor();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill('Lianban#2026');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(`${app.url}${area}`);
}

async function staffSignOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: '退出' }).click();
  await page.waitForURL(`${app.url}/`);
  await page.getByRole('button', { name: '退出' }).waitFor({ state: 'detached' });
}

describe('foundation path in the browser', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp();
    browser = await launchBrowser();
    family = await newDeviceContext(browser, PHONE);
    staff = await newDeviceContext(browser, PC);
    phone = await family.newPage();
    pc = await staff.newPage();
  });

  tellAsOneStory();

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('the family signs in through unified identity authentication', async () => {
    await phone.goto(`${app.url}/portal`);
    const signIn = phone.getByRole('link', { name: '使用统一身份认证登录' });
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

  it('the family’s application waits for the window, and the tracking page says so', async () => {
    // The application goes through a draft, as every application does, with the family's session.
    const session = (await family.cookies()).find((c) => c.name === 'lb_session');
    familyCookie = `lb_session=${session?.value}`;
    const draft = await prepareDraft(app, familyCookie, { deceasedIdNumber: DECEASED.idNumber });
    const submitted = await submitDraft(app, familyCookie, draft);
    expect(submitted.status).toBe(201);
    caseCode = submitted.body.code;
    submittedCase = submitted.body;
    expect(caseCode).toHaveLength(21);
    expect(caseCode.startsWith('530102')).toBe(true);

    await phone.reload();
    const card = phone.getByRole('listitem').filter({ hasText: caseCode });
    await card.getByRole('link', { name: /查看办理进度/ }).click();
    await phone.waitForURL(`${app.url}/portal/cases/${caseCode}`);
    await phone.getByRole('heading', { level: 1, name: '办件进度' }).waitFor();
    await phone.getByText('死亡人员户口注销').waitFor();
    await phone.getByText(caseCode).waitFor();
    await expectText(phone, 'case-state', '待受理');
    await expectText(phone, 'sub-case-state', '待受理后办理');
    await phone.getByRole('heading', { name: '等待综合窗口受理' }).waitFor();
    await phone
      .getByTestId('contact')
      .getByText(/如有疑问，请咨询：/)
      .waitFor();
    await record(phone, 'tracking-submitted');
  });

  it('a window clerk accepts the case at the front desk', async () => {
    await staffSignIn(pc, 'window-530102', '/window');
    await pc.getByRole('heading', { level: 1, name: '综合窗口' }).waitFor();
    // The front desk is the first tab, and the queue shows 待受理 first.
    expect(await pc.getByRole('tab', { selected: true }).textContent()).toBe('综合受理');
    const open = pc.getByRole('button', { name: caseCode });
    await open.waitFor();
    const row = pc.getByRole('row').filter({ has: open });
    await row.getByText('王**', { exact: true }).waitFor();
    await row.getByText(/^已等待 \d+ 分钟$/).waitFor();
    expect(await pc.getByText(DECEASED.idNumber).count()).toBe(0);
    await record(pc, 'front-desk-queue');

    await open.click();
    const drawer = pc.getByRole('dialog', { name: '办件详情' });
    await drawer.getByRole('heading', { name: '申请表' }).waitFor();
    await drawer.getByText(DECEASED.idNumber, { exact: true }).waitFor();
    await drawer.getByText('子女', { exact: true }).waitFor(); // a coded answer, in words
    await record(pc, 'front-desk-case');

    await drawer.getByRole('button', { name: '受理', exact: true }).click();
    await pc.getByText('已受理，各部门开始办理').waitFor();
    await expectText(pc, 'window-case-state', '办理中');
    const notice = drawer.getByRole('link', { name: /^受理通知书（PDF）/ });
    await notice.waitFor();
    const pdf = await staff.request.get(`${app.url}${await notice.getAttribute('href')}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await drawer.getByRole('button', { name: '受理', exact: true }).waitFor({ state: 'detached' });
    await record(pc, 'front-desk-accepted');

    await drawer.getByRole('button', { name: /关闭|Close/ }).click();
    await drawer.waitFor({ state: 'hidden' });
    await staffSignOut(pc);

    // The police's death proof and the funeral home's cremation record are the issuers' own acts:
    // filed into the death registry (through the API here), they are never the family's to apply
    // for, and the story follows the household cancellation.
    const deceased = {
      idNumber: DECEASED.idNumber,
      name: DECEASED.name,
      gender: Number(DECEASED.idNumber[16]) % 2 === 1 ? 'male' : 'female',
    };
    const filings = [
      [
        'officer-530102',
        {
          kind: 'police-proof',
          deceased,
          dateOfDeath: '2026-11-01',
          timeOfDeath: '21:10',
          placeOfDeath: '昆明市五华区演示路口',
          manner: 'accident',
          incidentNumber: 'JQ-DEMO-20261101-07',
          officer: '赵警官',
        },
      ],
      [
        'funeral-530102',
        {
          kind: 'cremation',
          deceased,
          dateOfDeath: '2026-11-01',
          cremationDate: '2026-11-04',
          officer: '李师傅',
        },
      ],
    ] as const;
    for (const [who, body] of filings) {
      const filed = await app.api('/api/v1/death-reports', { cookie: await app.signInStaff(who), body });
      expect(filed.status).toBe(201);
    }
    expect(submittedCase.subCases.map((s) => s.matterCode)).toEqual(['household-registration-cancellation']);
  });

  it('the police approver finds the case masked, claims it and completes it with the date', async () => {
    await staffSignIn(pc, 'police-530102', '/department');
    await pc.getByRole('heading', { name: '部门工作台' }).waitFor();

    const open = pc.getByRole('button', { name: caseCode });
    await open.waitFor();
    const row = pc.getByRole('row').filter({ has: open });
    await row.getByText('王**', { exact: true }).waitFor();
    await row.getByText(maskIdNumber(DECEASED.idNumber), { exact: true }).waitFor();
    // The due date is said in words, not only in colour.
    await row.getByText(/^(正常，剩|即将到期，剩) \d+ 个工作日$/).waitFor();
    expect(await pc.getByText(DECEASED.idNumber).count()).toBe(0);
    await record(pc, 'workbench-pending');

    await open.click();
    const drawer = pc.getByRole('dialog', { name: '子件详情' });
    await drawer.getByText(DECEASED.idNumber, { exact: true }).waitFor();
    await drawer.getByText(DECEASED.name, { exact: true }).waitFor();
    await drawer.getByText('查看个人信息将被记录').waitFor();
    await record(pc, 'workbench-sub-case-open');

    await drawer.getByRole('button', { name: '认领' }).click();
    await pc.getByText('已认领，可以开始办理').waitFor();
    await expectText(pc, 'department-sub-case-state', '办理中');
    const cancelledOn = drawer.getByLabel('注销日期');
    await cancelledOn.fill(CANCELLED_ON);
    await record(pc, 'workbench-claimed');

    await drawer.getByRole('button', { name: '办结', exact: true }).click();
    await expectText(pc, 'department-sub-case-state', '已办结');
    await drawer.getByText(CANCELLED_ON, { exact: true }).waitFor();
    await drawer.getByRole('button', { name: '办结', exact: true }).waitFor({ state: 'detached' });
    await record(pc, 'workbench-completed');

    // Completed sub-cases leave the pending list and are found under 已办结.
    await drawer.getByRole('button', { name: /关闭|Close/ }).click();
    await drawer.waitFor({ state: 'hidden' });
    await pc.getByRole('button', { name: caseCode }).waitFor({ state: 'detached' });
    await pc.locator('.ant-segmented').getByText('已办结', { exact: true }).click();
    await pc.waitForURL(`${app.url}/department?state=completed`);
    const done = pc
      .getByRole('row')
      .filter({ has: pc.getByRole('button', { name: caseCode }) })
      .filter({ hasText: '死亡人员户口注销' });
    await done.getByText('已办结').waitFor();
    await done.getByText('已结束').waitFor();
    await record(pc, 'workbench-completed-list');
  });

  it('the family sees the result, confirms receipt, and it reads well in large text', async () => {
    await phone.reload();
    await expectText(phone, 'sub-case-state', '已办结');
    await expectText(phone, 'case-state', '待出件');
    const results = phone.getByTestId('results');
    await results.getByText('死亡人员户口注销').waitFor();
    await results.getByText(CANCELLED_ON, { exact: true }).waitFor();
    await record(phone, 'tracking-ready');

    const largeText = phone.getByRole('button', { name: '大字模式' });
    await largeText.click();
    expect(await largeText.getAttribute('aria-pressed')).toBe('true');
    await record(phone, 'tracking-ready-large-text');
    await largeText.click();
    expect(await largeText.getAttribute('aria-pressed')).toBe('false');

    await phone.getByRole('button', { name: '确认已收到' }).click();
    await expectText(phone, 'case-state', '已办结');
    await phone.getByRole('button', { name: '确认已收到' }).waitFor({ state: 'detached' });
    await record(phone, 'tracking-delivered');
  });

  it('the family rates the service 满意 and is thanked', async () => {
    const rating = phone.locator('[data-testid="rating"][data-target="case"]');
    await rating.getByRole('radio', { name: '满意', exact: true }).check();
    await rating.getByLabel('意见和建议（选填）').fill('一次就办好了，谢谢');
    await record(phone, 'rating-chosen');
    await rating.getByRole('button', { name: /^提交评价/ }).click();
    await rating.getByText('感谢您的评价！').waitFor();
    await rating.getByText('您的评价：满意').waitFor();
    expect(await rating.getByText(/回电话/).count()).toBe(0);
    await record(phone, 'rating-thanks');

    // 我的办件 lists the case with every department's state at a glance.
    await phone.getByRole('button', { name: '返回我的办件' }).click();
    await phone.waitForURL(`${app.url}/portal`);
    const card = phone.getByRole('listitem').filter({ hasText: caseCode });
    await card.getByText('死亡人员户口注销').waitFor();
    // The case and its one matter for a department (the death proof and the cremation are the
    // issuers' own acts, not matters the family applied for).
    expect(await card.getByText('已办结', { exact: true }).count()).toBe(2);
    await record(phone, 'portal-my-cases');
  });

  it('the approver signs out', async () => {
    await staffSignOut(pc);
    // The workbench is closed to the signed-out browser.
    await pc.goto(`${app.url}/department`);
    await pc.getByRole('heading', { name: '工作人员登录' }).waitFor();
  });
});
