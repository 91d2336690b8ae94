/**
 * The issuer desk and the death registry in a real browser: the village clinic of 五华 issues a
 * medical death certificate (a wrong ICD-10 code is refused and said by its field, in Chinese)
 * and sees the certificate number and the QR code; it corrects the certificate (a new version, a
 * new QR code) and certifies a death at home a family reported; the police station issues a death
 * proof for the same person, which puts the registry in conflict, and the funeral home records the
 * cremation; the supervisor reviews the conflict and says which report stands, and the death is
 * verified. Last, the QR codes on a phone, not signed in: the police proof and the corrected
 * certificate are valid, the first version says it was corrected, and an unknown code is not
 * found. Each step is screenshotted into test-results/e2e/issuer-desk/ and checked with axe-core,
 * the desk also at a phone's width and the check in large-text mode.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceDate } from '../src/domain/clock.ts';
import { startTestApp, type TestApp } from '../tests/support/test-app.ts';
import { newDeceasedIdNumber } from '../tests/support/workflow.ts';
import { launchBrowser, stepRecorder } from './support/browser.ts';
import { settle } from './support/settle.ts';
import { newDeviceContext, PC, PHONE, TIMEOUT, tellAsOneStory } from './support/story.ts';
import { ensureWebBuild } from './support/web-build.ts';

const FLOW = 'issuer-desk';

const daysAgo = (days: number) => serviceDate(new Date(Date.now() - days * 86_400_000));
const DATE_OF_DEATH = daysAgo(3);
const CREMATION_DATE = daysAgo(1);

/** The first deceased (the clinic's certificate, the police proof and the cremation). */
const DECEASED = { idNumber: newDeceasedIdNumber('530102'), name: '周桂芳' };
/** A death at home the family reports to the clinic. */
const AT_HOME = { idNumber: newDeceasedIdNumber('530102'), name: '钱玉兰' };
const PLACE = '昆明市五华区某某社区卫生室';
const CORRECTED_PLACE = '昆明市五华区某某街道卫生服务站';
const CORRECTION_REASON = '死亡地点名称填写有误，按机构登记名称更正';
const REVIEW_REASON = '经核实，逝者在卫生室救治后死亡，以医学证明为准';

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];
let clinic: Page;
let firstVerifyUrl = '';
let firstCertificate = '';
let correctedVerifyUrl = '';
let policeVerifyUrl = '';
let policeCertificate = '';
const recordStep = stepRecorder(FLOW);

async function record(page: Page, name: string): Promise<void> {
  await settle(page);
  await recordStep(page, name);
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

/** The gender an ID number records, as the form's radio button names it. */
const genderOf = (idNumber: string) => (Number(idNumber.charAt(16)) % 2 === 1 ? '男' : '女');

async function fillIdentity(page: Page, person: { idNumber: string; name: string }): Promise<void> {
  await page.getByLabel('逝者公民身份号码').fill(person.idNumber);
  await page.getByLabel('逝者姓名').fill(person.name);
  await page.getByRole('radio', { name: genderOf(person.idNumber) }).check();
}

/** The antd form item around a control, where its error is said. */
function fieldOf(page: Page, label: string) {
  return page.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) });
}

async function openVerifyPage(url: string): Promise<Page> {
  const page = await (await newContext(PHONE)).newPage();
  const response = await page.goto(url);
  // The QR code's address must open the web app, not an API answer.
  expect(response?.headers()['content-type'] ?? '', `page at ${new URL(url).pathname}`).toContain(
    'text/html',
  );
  await page.getByRole('heading', { name: '证明核验' }).waitFor();
  await page.getByTestId('verify-status').waitFor();
  return page;
}

describe('the issuer desk in the browser', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp();
    browser = await launchBrowser();
  });

  tellAsOneStory();

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  it('the clinic signs in to its desk and a wrong ICD-10 code is said by its field', async () => {
    clinic = await staffPage('clinic-530102', '/issuer');
    await clinic.getByRole('heading', { name: '出具工作台', level: 1 }).waitFor();
    await expect
      .poll(() => clinic.getByTestId('issuer-institution').textContent())
      .toContain('五华区演示社区卫生服务站');
    await clinic.getByRole('heading', { name: '出具居民死亡医学证明（推断）书' }).waitFor();
    await record(clinic, 'clinic-desk');

    await fillIdentity(clinic, DECEASED);
    await clinic.getByLabel('死亡日期').fill(DATE_OF_DEATH);
    await clinic.getByLabel('死亡时间').fill('06:40');
    await clinic.getByLabel('死亡地点', { exact: true }).fill(PLACE);
    await clinic.getByLabel('死亡地点类别').selectOption({ label: '医疗机构内' });
    await clinic.getByLabel('死亡原因（a）疾病名称').fill('急性心肌梗死');
    await clinic.getByLabel('死亡原因（a）ICD-10编码').fill('XYZ');
    await clinic.getByLabel('死亡原因（a）发病到死亡的大概间隔').fill('约2小时');
    await clinic.getByRole('button', { name: '添加一行（b）' }).click();
    await clinic.getByLabel('死亡原因（b）疾病名称').fill('冠状动脉粥样硬化性心脏病');
    await clinic.getByLabel('死亡原因（b）ICD-10编码').fill('I25.1');
    await clinic.getByLabel('死亡原因（b）发病到死亡的大概间隔').fill('10年');
    await clinic.getByLabel('医师签名').fill('王医生');
    await clinic.getByRole('button', { name: '出具证明', exact: true }).click();

    const icd = fieldOf(clinic, '死亡原因（a）ICD-10编码');
    await icd.getByText('ICD-10编码格式不正确，如 I21.9').waitFor();
    // Only that field is marked; the others are as they were.
    expect(await clinic.locator('.ant-form-item-explain-error').count()).toBe(1);
    await record(clinic, 'icd10-refused');
  });

  it('the clinic issues the certificate and sees its number and QR code', async () => {
    await clinic.getByLabel('死亡原因（a）ICD-10编码').fill('I21.9');
    await clinic.getByRole('button', { name: '出具证明', exact: true }).click();
    const issued = clinic.getByTestId('issued');
    await issued.waitFor();
    firstCertificate = ((await issued.getByTestId('certificate-number').textContent()) ?? '').trim();
    expect(firstCertificate).toMatch(/^YX530102\d{14}$/);
    await issued.getByText(`证明已出具，编号 ${firstCertificate}`).waitFor();
    await issued.getByRole('img', { name: `证明 ${firstCertificate} 的核验二维码` }).waitFor();
    await issued.getByRole('button', { name: '打印' }).waitFor();
    expect(await issued.getByTestId('registry-state').textContent()).toBe('已报告');
    firstVerifyUrl = (await issued.getByTestId('verify-link').getAttribute('href')) ?? '';
    expect(firstVerifyUrl).toMatch(new RegExp(`^${app.url}/verify/death/[A-Za-z0-9_-]{16,64}$`));
    await record(clinic, 'certificate-issued');
  });

  it('the clinic corrects the certificate and the old QR code says it was corrected', async () => {
    await clinic.getByRole('tab', { name: '本机构出具的证明' }).click();
    const list = clinic.getByTestId('issuer-reports');
    await list.getByRole('button', { name: firstCertificate }).click();
    const drawer = clinic.getByRole('dialog', { name: '证明详情' });
    await drawer.getByTestId('report-facts').getByText(PLACE).waitFor();
    await record(clinic, 'report-detail');

    await drawer.getByRole('button', { name: '更正' }).click();
    await drawer.getByRole('heading', { name: `更正证明 ${firstCertificate}` }).waitFor();
    // The form comes filled in with the report as it stands.
    expect(await drawer.getByLabel('死亡地点', { exact: true }).inputValue()).toBe(PLACE);
    expect(await drawer.getByLabel('死亡原因（b）ICD-10编码').inputValue()).toBe('I25.1');
    await drawer.getByLabel('死亡地点', { exact: true }).fill(CORRECTED_PLACE);
    // A correction needs its reason.
    await drawer.getByRole('button', { name: '提交更正' }).click();
    await fieldOf(clinic, '更正原因').getByText('请填写更正原因').waitFor();
    await record(clinic, 'correction-form');
    await drawer.getByLabel('更正原因').fill(CORRECTION_REASON);
    await drawer.getByRole('button', { name: '提交更正' }).click();

    await drawer.getByText('已更正为第 2 版').waitFor();
    await drawer.getByTestId('report-facts').getByText(CORRECTED_PLACE).waitFor();
    const versions = drawer.getByTestId('report-versions');
    await versions.locator('[data-version="1"]').getByText('已被更正').waitFor();
    await versions.locator('[data-version="2"]').getByText(`更正原因：${CORRECTION_REASON}`).waitFor();
    expect(await drawer.getByTestId('certificate-number').textContent()).toBe(firstCertificate);
    const newVerifyUrl = (await drawer.getByTestId('verify-link').getAttribute('href')) ?? '';
    expect(newVerifyUrl).not.toBe(firstVerifyUrl);
    await record(clinic, 'corrected');
    await drawer
      .getByRole('button', { name: /关闭|Close/ })
      .first()
      .click();
    await drawer.waitFor({ state: 'hidden' });

    correctedVerifyUrl = newVerifyUrl;
  });

  it('the clinic certifies a death at home that the family reported', async () => {
    const family = await app.citizenCookie(0);
    const reported = await app.api('/api/v1/home-death-reports', {
      cookie: family,
      body: {
        deceasedIdNumber: AT_HOME.idNumber,
        deceasedName: AT_HOME.name,
        regionCode: '530102',
        address: '昆明市五华区某某路8号2单元301室',
        dateOfDeath: DATE_OF_DEATH,
      },
    });
    expect(reported.status).toBe(201);

    await clinic.reload();
    await clinic.getByRole('tab', { name: /^居家死亡报告/ }).click();
    const queue = clinic.getByTestId('home-death-queue');
    await queue.getByText(AT_HOME.idNumber).waitFor();
    await record(clinic, 'home-death-queue');
    await queue.getByRole('button', { name: `为${AT_HOME.name}出具证明` }).click();

    await clinic.getByText(`根据家属报告出具：${AT_HOME.name}`).waitFor();
    expect(await clinic.getByLabel('逝者公民身份号码').inputValue()).toBe(AT_HOME.idNumber);
    expect(await clinic.getByLabel('死亡日期').inputValue()).toBe(DATE_OF_DEATH);
    expect(await clinic.getByLabel('死亡地点类别').inputValue()).toBe('home');
    expect(await clinic.getByRole('radio', { name: genderOf(AT_HOME.idNumber) }).isChecked()).toBe(true);
    await clinic.getByLabel('死亡时间').fill('23:10');
    await clinic.getByLabel('死亡原因（a）疾病名称').fill('脑出血');
    await clinic.getByLabel('死亡原因（a）ICD-10编码').fill('I61.9');
    await clinic.getByLabel('医师签名').fill('李医生');
    await record(clinic, 'home-death-form');
    await clinic.getByRole('button', { name: '出具证明', exact: true }).click();
    await clinic.getByTestId('issued').getByTestId('certificate-number').waitFor();

    await clinic.getByRole('tab', { name: /^居家死亡报告/ }).click();
    await queue.getByText('没有待处理的居家死亡报告').waitFor();
  });

  it('the desk fits a phone’s width', async () => {
    await clinic.getByRole('tab', { name: '出具证明' }).click();
    await clinic.getByRole('button', { name: '继续出具' }).click();
    await clinic.setViewportSize(PHONE.viewport);
    await clinic.getByLabel('死亡原因（a）ICD-10编码').waitFor();
    const overflow = await clinic.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await record(clinic, 'clinic-desk-phone');
    await clinic.setViewportSize(PC.viewport);
  });

  it('the police station issues a death proof for the same person', async () => {
    const police = await staffPage('officer-530102', '/issuer');
    await police.getByRole('heading', { name: '出具公安机关死亡证明' }).waitFor();
    await fillIdentity(police, DECEASED);
    await police.getByLabel('死亡日期').fill(DATE_OF_DEATH);
    await police.getByLabel('死亡时间').fill('06:40');
    await police.getByLabel('死亡地点', { exact: true }).fill(CORRECTED_PLACE);
    await police.getByLabel('死亡方式').selectOption({ label: '意外' });
    await police.getByLabel('案（事）件编号').fill('A5301020000002026001');
    await police.getByLabel('经办人').fill('张警官');
    await record(police, 'police-form');
    await police.getByRole('button', { name: '出具证明', exact: true }).click();
    const issued = police.getByTestId('issued');
    await issued.waitFor();
    policeCertificate = ((await issued.getByTestId('certificate-number').textContent()) ?? '').trim();
    expect(policeCertificate).toMatch(/^GA530102\d{14}$/);
    policeVerifyUrl = (await issued.getByTestId('verify-link').getAttribute('href')) ?? '';
    // A medical certificate and a police proof for one death: a reviewer must say which stands.
    expect(await issued.getByTestId('registry-state').getAttribute('data-state')).toBe('conflict');
    await record(police, 'police-issued');
  });

  it('the funeral home records the cremation', async () => {
    const funeral = await staffPage('funeral-530102', '/issuer');
    await funeral.getByRole('heading', { name: '出具火化证明' }).waitFor();
    await fillIdentity(funeral, DECEASED);
    await funeral.getByLabel('死亡日期').fill(DATE_OF_DEATH);
    await funeral.getByLabel('火化日期').fill(CREMATION_DATE);
    await funeral.getByLabel('经办人').fill('赵师傅');
    await record(funeral, 'cremation-form');
    await funeral.getByRole('button', { name: '出具证明', exact: true }).click();
    const issued = funeral.getByTestId('issued');
    await issued.waitFor();
    expect(await issued.getByTestId('certificate-number').textContent()).toMatch(/^HH530102\d{14}$/);
    await issued.getByRole('img', { name: /核验二维码/ }).waitFor();
    await record(funeral, 'cremation-issued');

    await funeral.getByRole('tab', { name: '本机构出具的证明' }).click();
    await funeral.getByTestId('issuer-reports').getByText(DECEASED.name).waitFor();
    await record(funeral, 'funeral-reports');
  });

  it('the village committee registers a burial in a burial area', async () => {
    const buried = { idNumber: newDeceasedIdNumber('532524'), name: '杨秀珍' };
    const committee = await staffPage('committee-532524', '/issuer');
    await committee.getByRole('heading', { name: /^出具.*土葬/ }).waitFor();
    await fillIdentity(committee, buried);
    await committee.getByLabel('死亡日期').fill(DATE_OF_DEATH);
    await committee.getByLabel('安葬日期').fill(CREMATION_DATE);
    await committee.getByLabel('安葬地点').fill('建水县演示村公墓');
    await committee.getByLabel('经办人').fill('孙主任');
    await record(committee, 'burial-form');
    await committee.getByRole('button', { name: '出具证明', exact: true }).click();
    const issued = committee.getByTestId('issued');
    await issued.waitFor();
    expect(await issued.getByTestId('certificate-number').textContent()).toMatch(/^TZ532524\d{14}$/);
    await record(committee, 'burial-issued');
  });

  it('the supervisor reviews the conflict and says which report stands', async () => {
    const supervisor = await staffPage('supervisor-yunnan', '/supervision');
    await supervisor
      .getByRole('navigation', { name: '工作区' })
      .getByRole('link', { name: '死亡登记核查' })
      .click();
    await supervisor.waitForURL(`${app.url}/registry`);
    await supervisor.getByRole('heading', { name: '死亡登记核查', level: 1 }).waitFor();
    const conflict = supervisor.locator('[data-field="certifier"]');
    await conflict.getByRole('heading', { name: '同时存在医学证明和公安死亡证明' }).waitFor();
    await conflict.getByText(firstCertificate).waitFor();
    await record(supervisor, 'registry-conflict');

    // Nothing chosen: nothing is recorded.
    await conflict.getByRole('button', { name: '确定' }).click();
    await conflict.getByText('请选择以哪一份证明为准').waitFor();
    await conflict.getByRole('radio', { name: new RegExp(firstCertificate) }).check();
    await conflict.getByLabel('核查理由').fill(REVIEW_REASON);
    await conflict.getByRole('button', { name: '确定' }).click();
    await supervisor.getByText('已记录核查结果').waitFor();
    await supervisor.getByTestId('registry-empty').waitFor();
    await record(supervisor, 'registry-resolved');

    // With the conflict settled and the cremation recorded, the death is verified.
    await clinic.getByRole('tab', { name: '本机构出具的证明' }).click();
    await clinic.getByTestId('issuer-reports').getByRole('button', { name: '刷新' }).click();
    const row = clinic.getByTestId('issuer-reports').getByRole('row').filter({ hasText: firstCertificate });
    await expect
      .poll(() => row.getByTestId('registry-state').getAttribute('data-state'), { timeout: TIMEOUT })
      .toBe('verified');
    await record(clinic, 'clinic-reports-verified');
  });

  it('the QR codes lead to the public check: valid, corrected, or not found', async () => {
    // Anyone holding the paper, on a phone and not signed in.
    const phone = await openVerifyPage(policeVerifyUrl);
    const status = phone.getByTestId('verify-status');
    expect(await status.getAttribute('data-status')).toBe('current');
    await status.getByText('这是有效的证明').waitFor();
    const facts = phone.getByTestId('verify-facts');
    await facts.getByText(policeCertificate).waitFor();
    await facts.getByText('公安机关死亡证明').waitFor();
    await facts.getByText('五华区演示派出所').waitFor();
    await facts.getByText(DATE_OF_DEATH).waitFor();
    // The name is masked: never the whole name to whoever holds the paper.
    expect(await facts.textContent()).not.toContain(DECEASED.name);
    await record(phone, 'verify-current');
    // 大字模式: the check reads as well with everything larger.
    await phone.getByRole('button', { name: '大字模式' }).click();
    await record(phone, 'verify-large-text');
    await phone.getByRole('button', { name: '大字模式' }).click();

    await phone.goto(correctedVerifyUrl);
    await phone.getByTestId('verify-facts').getByText('第 2 版').waitFor();
    expect(await phone.getByTestId('verify-status').getAttribute('data-status')).toBe('current');
    await phone.getByText('这是有效的证明').waitFor();

    // The first version of the corrected certificate: its QR code now says it was replaced.
    await phone.goto(firstVerifyUrl);
    await phone.getByTestId('verify-facts').getByText(firstCertificate).waitFor();
    expect(await phone.getByTestId('verify-status').getAttribute('data-status')).toBe('superseded');
    await phone.getByText('此证明已被更正，这一版本已作废').waitFor();
    await record(phone, 'verify-superseded');

    await phone.goto(`${app.url}/verify/death/no-such-certificate-token`);
    await phone.getByText('未找到该证明').waitFor();
    await record(phone, 'verify-not-found');
  });
});
