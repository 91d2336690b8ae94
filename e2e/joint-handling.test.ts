/**
 * Joint handling in a real browser, beyond the straight path: a correction loop (the window sends
 * one notice listing a field and a material → the family puts right only those, uploads and
 * resubmits → a second clerk sees whose case it is → the first clerk accepts it); a sub-case
 * returned for more information (the housing fund asks → the family answers → the fund completes
 * it with a payment); a case the window does not accept (不予受理, with the reason and the notice
 * as PDF); and a poor rating (不满意) that reaches the supervisor's follow-ups, where the call-back
 * and the rectification are recorded and the follow-up is closed. The cases are seeded through
 * the API with the family's own session (the application form is application-portal's story);
 * every step under test happens in the browser, is screenshotted into
 * test-results/e2e/joint-handling/ and checked with axe-core.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT } from '../src/domain/consent.ts';
import { isValidResidentIdNumber } from '../src/domain/identity-numbers.ts';
import { startTestApp, type TestApp } from '../tests/support/test-app.ts';
import { prepareDraft, submitDraft } from '../tests/support/workflow.ts';
import { launchBrowser, stepRecorder } from './support/browser.ts';
import { settle } from './support/settle.ts';
import { newDeviceContext, PC, PHONE, TIMEOUT, tellAsOneStory } from './support/story.ts';
import { ensureWebBuild } from './support/web-build.ts';

const FLOW = 'joint-handling';

/** 王建国 is known to the sandbox registry; the family answers only what shared data cannot. */
const DECEASED_ID = '530102194001050019';
const ANSWERS = { notarisedWill: 'no', deposits: 'no', companyShares: 'no', relationship: 'child' };
const FUND_MATTER = '住房公积金提取（职工死亡或被宣告死亡）';

const BANK_REASON = '开户银行与银行卡不一致，请核对';
const CARD_REASON = '银行卡照片不清晰，请重新拍照上传';
const FUND_ASKS = '请说明逝者住房公积金最后缴存单位名称';
const FAMILY_ANSWERS = '最后缴存单位为昆明市五华区某某有限公司';
const REJECT_REASON = '逝者户籍不在本县，请到户籍所在地办理';

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];
let phone: Page;
let clerk: Page;
let fund: Page;
let mainCase = { id: '', code: '' };
let refusedCase = { id: '', code: '' };
const recordStep = stepRecorder(FLOW);

async function record(page: Page, name: string): Promise<void> {
  await settle(page);
  await recordStep(page, name);
}

async function expectText(page: Page, testId: string, text: string): Promise<void> {
  await expect
    .poll(async () => (await page.getByTestId(testId).first().textContent())?.trim(), { timeout: TIMEOUT })
    .toBe(text);
}

async function newContext(device: typeof PHONE | typeof PC): Promise<BrowserContext> {
  const context = await newDeviceContext(browser, device);
  contexts.push(context);
  return context;
}

async function staffPage(username: string, area: string): Promise<Page> {
  const page = await (await newContext(PC)).newPage();
  await page.goto(`${app.url}/staff/sign-in`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill('Lianban#2026');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(`${app.url}${area}`);
  return page;
}

/** A valid resident ID number: the 17 digits given and the check digit that fits them. */
function withCheckDigit(first17: string): string {
  const found = [...'0123456789X'].map((d) => first17 + d).find(isValidResidentIdNumber);
  if (!found) throw new Error(`no check digit fits ${first17}`);
  return found;
}

const photo = () =>
  sharp({ create: { width: 900, height: 570, channels: 3, background: '#3a6ea5' } })
    .jpeg()
    .toBuffer();

/** The family's multi-matter application, through the draft API with the family's own session. */
async function applyThroughDrafts(family: BrowserContext): Promise<{ id: string; code: string }> {
  const api = family.request;
  const started = await api.post(`${app.url}/api/v1/drafts`, {
    data: { regionCode: '530102', answers: ANSWERS, deceasedIdNumber: DECEASED_ID },
  });
  expect(started.status()).toBe(201);
  const draft = await started.json();
  const saved = await api.patch(`${app.url}/api/v1/drafts/${draft.id}`, {
    data: {
      version: draft.version,
      values: {
        'payee.accountHolder': '张伟',
        'payee.bankName': '中国建设银行',
        'payee.accountNumber': '6222021234567890128',
      },
    },
  });
  expect(saved.status()).toBe(200);
  const uploaded = await api.post(`${app.url}/api/v1/drafts/${draft.id}/materials/payee-bank-card`, {
    multipart: { file: { name: '银行卡.jpg', mimeType: 'image/jpeg', buffer: await photo() } },
  });
  expect(uploaded.status()).toBe(200);
  const ready = await uploaded.json();
  expect(ready.problems).toEqual([]);
  const submitted = await api.post(`${app.url}/api/v1/drafts/${draft.id}/submit`, {
    headers: { 'idempotency-key': `joint-${crypto.randomUUID()}` },
    data: { version: ready.version, declaration: { version: CONSENT.version, accepted: true } },
  });
  expect(submitted.status()).toBe(201);
  const body = await submitted.json();
  expect(body.subCases.length).toBeGreaterThanOrEqual(4);
  return { id: body.id, code: body.code };
}

async function openCase(page: Page, code: string): Promise<ReturnType<Page['getByRole']>> {
  const open = page.getByRole('button', { name: code });
  await open.waitFor();
  await open.click();
  const drawer = page.getByRole('dialog', { name: '办件详情' });
  await drawer.getByRole('heading', { name: '申请表' }).waitFor();
  return drawer;
}

async function closeDrawer(drawer: ReturnType<Page['getByRole']>): Promise<void> {
  await drawer
    .getByRole('button', { name: /关闭|Close/ })
    .first()
    .click();
  await drawer.waitFor({ state: 'hidden' });
}

describe('joint handling in the browser', () => {
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
    mainCase = await applyThroughDrafts(family);
  });

  tellAsOneStory();

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  it('the clerk sends one correction notice listing a field and a material', async () => {
    clerk = await staffPage('window-530102', '/window');
    const drawer = await openCase(clerk, mainCase.code);
    await drawer
      .locator('[data-material="payee-bank-card"]')
      .getByRole('link', { name: /查看文件 1/ })
      .waitFor();
    await drawer.getByRole('button', { name: '补正告知' }).click();

    const notice = clerk.getByRole('dialog', { name: '补正告知（一次性告知）' });
    // Nothing ticked: the notice is not sent.
    await notice.getByRole('button', { name: /^发送补正告知/ }).click();
    await notice.getByText('请至少勾选一项').waitFor();
    await notice.getByRole('checkbox', { name: '开户银行' }).check();
    await notice.getByLabel('补正原因：开户银行').fill(BANK_REASON);
    await notice.getByRole('checkbox', { name: '收款人银行卡' }).check();
    await notice.getByLabel('补正原因：收款人银行卡').fill(CARD_REASON);
    await notice.getByText('请至少勾选一项').waitFor({ state: 'detached' });
    await record(clerk, 'correction-notice');

    await notice.getByRole('button', { name: '发送补正告知（2 项）' }).click();
    await clerk.getByText('补正告知已发送').waitFor();
    await expectText(clerk, 'window-case-state', '待补正');
    await drawer.getByText(BANK_REASON).waitFor();
    await drawer.getByText(CARD_REASON).waitFor();
    await drawer.getByRole('link', { name: /^补正材料告知书（PDF）/ }).waitFor();
    await record(clerk, 'correction-sent');
    await closeDrawer(drawer);
  });

  it('the family puts right only the listed items and resubmits', async () => {
    await phone.goto(`${app.url}/portal/cases/${mainCase.code}`);
    await expectText(phone, 'case-state', '待补正');
    const items = phone.getByTestId('correction-items');
    await items.getByText(BANK_REASON).waitFor();
    await items.getByText(CARD_REASON).waitFor();
    const correction = phone.getByTestId('correction');
    // Only the two listed items are asked for.
    expect(await correction.locator('[data-fix], [data-fix-material]').count()).toBe(2);

    // Resubmitting before anything is put right is refused on each item.
    await correction.getByRole('button', { name: '重新提交' }).click();
    await correction.getByText('请填写开户银行').waitFor();
    await correction.getByText('请上传这份材料').waitFor();
    await record(phone, 'correction-problems');

    await correction.getByLabel('开户银行').fill('中国工商银行');
    await correction.getByLabel('上传收款人银行卡（照片或 PDF）').setInputFiles({
      name: '银行卡-重拍.jpg',
      mimeType: 'image/jpeg',
      buffer: await photo(),
    });
    await correction.getByText('已上传 1 个文件').waitFor();
    await record(phone, 'correction-filled');

    await correction.getByRole('button', { name: '重新提交' }).click();
    await expectText(phone, 'case-state', '待受理');
    await phone.getByTestId('correction').waitFor({ state: 'detached' });
    await phone.getByRole('heading', { name: '等待综合窗口受理' }).waitFor();
    await record(phone, 'correction-resubmitted');
  });

  it('another clerk sees whose case it is; the clerk who sent the notice accepts it', async () => {
    const other = await staffPage('window-530102-b', '/window');
    const otherDrawer = await openCase(other, mainCase.code);
    await otherDrawer
      .getByTestId('owned-by-other')
      .getByText(/综合窗口（530102）.*首问负责/)
      .waitFor();
    expect(await otherDrawer.getByRole('button', { name: '受理', exact: true }).count()).toBe(0);
    await record(other, 'first-contact-owner');
    await other.context().close();

    await clerk.getByRole('button', { name: '刷新' }).click();
    const drawer = await openCase(clerk, mainCase.code);
    await drawer.getByText('中国工商银行', { exact: true }).waitFor();
    // The re-taken photo is the current one, marked new with what it replaced; the first photo is
    // kept on record only, under 已被替换.
    const card = drawer.locator('[data-material="payee-bank-card"]');
    await card.getByRole('link', { name: /查看文件 1/ }).waitFor();
    expect(await card.getByRole('link', { name: /查看文件 2/ }).count()).toBe(0);
    await card.getByTestId('material-new').getByText('新', { exact: true }).waitFor();
    await card
      .getByTestId('material-new')
      .getByText(/替换了 .+ 上传的文件「银行卡\.jpg」/)
      .waitFor();
    const replaced = card.getByTestId('material-replaced');
    await replaced.getByText('已被替换的材料（仅留档，不作为现行材料）').click();
    await replaced.getByText('已被替换', { exact: true }).waitFor();
    await drawer.getByRole('button', { name: '受理', exact: true }).click();
    await clerk.getByText('已受理，各部门开始办理').waitFor();
    await expectText(clerk, 'window-case-state', '办理中');
    const fundRow = drawer.getByRole('row').filter({ hasText: FUND_MATTER });
    await fundRow.getByText(/^\d{4}-\d{2}-\d{2}$/).waitFor();
    await record(clerk, 'accepted-after-correction');
    await closeDrawer(drawer);
  });

  it('the housing fund claims its sub-case and returns it for more information', async () => {
    fund = await staffPage('fund-530102', '/department');
    const row = fund.getByRole('row').filter({ hasText: mainCase.code }).filter({ hasText: FUND_MATTER });
    await row.getByRole('button', { name: mainCase.code }).click();
    const drawer = fund.getByRole('dialog', { name: '子件详情' });
    await drawer
      .getByRole('link', { name: /查看.*收款人银行卡/ })
      .first()
      .waitFor();
    await drawer.getByRole('button', { name: '认领' }).click();
    await expectText(fund, 'department-sub-case-state', '办理中');
    await drawer.getByRole('button', { name: '退回补充' }).click();
    const ask = fund.getByRole('dialog', { name: '退回补充材料' });
    await ask.getByLabel('需要补充的内容').fill(FUND_ASKS);
    await record(fund, 'fund-return');
    await ask.getByRole('button', { name: '确定' }).click();
    await fund.getByText('已退回，等待申请人补充').waitFor();
    await expectText(fund, 'department-sub-case-state', '待补充材料');
    await drawer.getByText('暂停计时（等待补充）').waitFor();
    await record(fund, 'fund-returned');
    await drawer.getByRole('button', { name: /关闭|Close/ }).click();
    await drawer.waitFor({ state: 'hidden' });
  });

  it('the family answers the fund, and the fund completes it with the payment', async () => {
    await phone.getByRole('button', { name: '刷新' }).click();
    const entry = phone.locator(`[data-testid="track-entry"][data-matter="housing-fund-withdrawal"]`);
    await entry.getByText(`需要您补充：${FUND_ASKS}`).waitFor();
    await entry.getByText('在您补充之前，办理时限暂停计算。').waitFor();
    await record(phone, 'family-asked');
    await entry.getByLabel('补充说明').fill(FAMILY_ANSWERS);
    await entry.getByRole('button', { name: '提交补充' }).click();
    await entry.getByText(/^住房公积金 办理中，预计 \d{4}-\d{2}-\d{2} 前办结$/).waitFor();
    await entry.getByTestId('supplement').waitFor({ state: 'detached' });
    await record(phone, 'family-answered');

    await fund.locator('.ant-segmented').getByText('办理中', { exact: true }).click();
    const row = fund.getByRole('row').filter({ hasText: mainCase.code }).filter({ hasText: FUND_MATTER });
    await row.getByRole('button', { name: mainCase.code }).click();
    const drawer = fund.getByRole('dialog', { name: '子件详情' });
    await expectText(fund, 'department-sub-case-state', '办理中');
    await drawer.getByLabel('支付金额（元）').fill('23456.7');
    await drawer.getByLabel('支付日期').fill('2026-11-25');
    await drawer.getByRole('button', { name: '办结', exact: true }).click();
    await expectText(fund, 'department-sub-case-state', '已办结');
    await drawer.getByText('23,456.70 元').waitFor();
    await drawer.getByText('**** **** **** 0128', { exact: true }).waitFor(); // the masked account
    await record(fund, 'fund-completed');

    await phone.getByRole('button', { name: '刷新' }).click();
    await entry.getByText('住房公积金 已办结').waitFor();
    await entry.getByText('23,456.70 元').waitFor();
    expect(await phone.getByText('6222021234567890128').count()).toBe(0);
    await record(phone, 'family-fund-paid');
  });

  it('the window does not accept another case, and the family sees why with the notice', async () => {
    // Another application, through a draft like every application, with the family's session.
    const session = (await phone.context().cookies()).find((c) => c.name === 'lb_session');
    const cookie = `lb_session=${session?.value}`;
    const draft = await prepareDraft(app, cookie, {
      deceasedIdNumber: withCheckDigit('53010219380301002'),
      values: { 'deceased.name': '李秀英', 'deceased.dateOfDeath': '2026-11-10' },
    });
    const submitted = await submitDraft(app, cookie, draft);
    expect(submitted.status).toBe(201);
    refusedCase = submitted.body;

    await clerk.getByRole('button', { name: '刷新' }).click();
    const drawer = await openCase(clerk, refusedCase.code);
    await drawer.getByRole('button', { name: '不予受理' }).click();
    const refuse = clerk.getByRole('dialog', { name: '不予受理' });
    await refuse.getByLabel('不予受理理由').fill('不符');
    await refuse.getByRole('button', { name: '不予受理' }).click();
    await refuse.getByText('至少填写 4 个字').waitFor();
    await refuse.getByLabel('不予受理理由').fill(REJECT_REASON);
    await record(clerk, 'reject-reason');
    await refuse.getByRole('button', { name: '不予受理' }).click();
    await clerk.getByText('已不予受理，告知书已出具').waitFor();
    await expectText(clerk, 'window-case-state', '不予受理');
    await drawer.getByText(REJECT_REASON).waitFor();
    await drawer.getByRole('link', { name: /^不予受理告知书（PDF）/ }).waitFor();
    await record(clerk, 'rejected');
    await closeDrawer(drawer);

    await phone.goto(`${app.url}/portal/cases/${refusedCase.code}`);
    await expectText(phone, 'case-state', '不予受理');
    await phone.getByTestId('rejection-reason').getByText(`理由：${REJECT_REASON}`).waitFor();
    const link = phone.getByRole('link', { name: /^查看不予受理告知书/ });
    const pdf = await phone.context().request.get(`${app.url}${await link.getAttribute('href')}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await phone
      .getByTestId('documents')
      .getByRole('link', { name: /^不予受理告知书（PDF）/ })
      .waitFor();
    await expectText(phone, 'sub-case-state', '已撤销');
    await record(phone, 'family-rejected');
  });

  it('a poor rating is met with a plain promise of a call-back', async () => {
    const rating = phone.locator('[data-testid="rating"][data-target="case"]');
    await rating.getByRole('radio', { name: '不满意', exact: true }).check();
    await rating.getByText('选择“不满意”或“非常不满意”，监督人员会给您回电话。').waitFor();
    await rating.getByLabel('意见和建议（选填）').fill('提交前没有人告诉我要到户籍地办理');
    await rating.getByRole('button', { name: /^提交评价/ }).click();
    await rating.getByText('感谢您的评价！').waitFor();
    await rating.getByText(/监督人员会在 5 个工作日内给您打电话/).waitFor();
    await rating.getByText('您的评价：不满意').waitFor();
    await record(phone, 'poor-rating');
  });

  it('the supervisor records the call-back and the rectification and closes the follow-up', async () => {
    const supervisor = await staffPage('supervisor-yunnan', '/supervision');
    await supervisor.getByRole('heading', { level: 1, name: '监管' }).waitFor();
    // The dashboard comes first; the lists are the next tab.
    await supervisor.getByRole('tab', { name: '时限预警与回访' }).click();
    await supervisor.getByRole('heading', { level: 2, name: '时限预警' }).waitFor();
    const row = supervisor.getByRole('row').filter({ hasText: refusedCase.code });
    await row.getByText('不满意', { exact: true }).waitFor();
    await row.getByText('整体服务').waitFor();
    await row.getByText('待回访').waitFor();
    await record(supervisor, 'supervision-follow-ups');

    await row.getByRole('button', { name: /^回访整改/ }).click();
    const form = supervisor.getByRole('dialog', { name: '差评回访整改' });
    await form
      .getByLabel('回访记录')
      .fill('11月26日电话回访申请人张伟，申请人反映受理前未被告知需到户籍地办理');
    await form.getByLabel('回访和整改已完成，关闭此工单').check();
    await form.getByRole('button', { name: '保存' }).click();
    await form.getByText('关闭前请先填写回访记录和整改情况').waitFor();
    await form.getByLabel('整改情况').fill('已在办事指南和情形引导中写明户籍地要求，并对窗口人员进行培训');
    await record(supervisor, 'follow-up-form');
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'hidden' });
    await row.getByText('已办结').waitFor();
    await row.getByText(/户籍地要求/).waitFor();
    expect(await row.getByRole('button', { name: /^回访整改/ }).count()).toBe(0);
    await record(supervisor, 'follow-up-closed');
  });
});
