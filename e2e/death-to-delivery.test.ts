/**
 * The whole promise, in a real browser, from a death to the family's receipt: the village clinic
 * of 五华 issues 陈淑芬's medical death certificate at its desk (she died at home a few days ago),
 * the funeral home records her cremation, and the death registry — verified — texts her son 陈明
 * (the administrator's 短信（开发） page shows the SMS and its link). 陈明 opens the link on his phone,
 * signs in, sees what is already known and her certificates, answers only what nobody could answer
 * for him (the will 不清楚 → a check by 司法), starts the application and finds it filled in: her
 * name from the population registry, her date of death from the certificate, his relationship from
 * the household register, the death proof held by the platform (the issuer's own), and nothing to
 * upload for the certificates. He adds the bank account and a photo of the card, accepts the
 * declaration and submits. The window accepts the case (its drawer shows the registry's
 * certificates); every department of the case, as the window lists them, claims and completes its
 * sub-cases with a fitting result; 陈明 sees the case ready with the certificates, confirms receipt
 * online and rates the service. The staff take turns on one PC. Every recorded step is
 * screenshotted into test-results/e2e/death-to-delivery/ and checked with axe-core.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceDate } from '../src/domain/clock.ts';
import { DEPARTMENTS, type DepartmentCode } from '../src/domain/departments.ts';
import { startTestApp, type TestApp } from '../tests/support/test-app.ts';
import { launchBrowser } from './support/browser.ts';
import { newDeviceContext, PC, PHONE, settledRecorder, TIMEOUT, tellAsOneStory } from './support/story.ts';
import { ensureWebBuild } from './support/web-build.ts';

const record = settledRecorder('death-to-delivery');

const daysAgo = (days: number) => serviceDate(new Date(Date.now() - days * 86_400_000));
const DATE_OF_DEATH = daysAgo(4);
const CREMATION_DATE = daysAgo(2);

const CHEN = { idNumber: '530102194203150042', name: '陈淑芬' };
const CHEN_MASKED = '5301**********0042';
const PLACE = '昆明市五华区演示路9号家中';
const CARD = '6222021234567890128';
const SON_PHONE_MASKED = '139****9000';
const OFFER_LINK = /\/portal\/offers\/[0-9a-f-]{36}\?from=sms/;

/** What 陈明 answers; the registry and shared data answer everything else. */
const ANSWERS: Record<string, string> = {
  '逝者是否办理过遗嘱公证？': '不清楚，需要核查',
  '逝者是否有银行小额存款需要提取？': '否',
  '是否需要查询逝者持有的公司股权？': '不需要',
};

/** The demo approvers of each department, by the prefix of their user names. */
const APPROVER_PREFIX: Record<Exclude<DepartmentCode, 'health'>, string> = {
  'public-security': 'police',
  'civil-affairs': 'civil',
  justice: 'justice',
  'human-resources': 'hrss',
  'housing-fund': 'fund',
  'medical-insurance': 'medins',
  'market-regulation': 'market',
  'financial-regulation': 'bank',
  'disabled-federation': 'cdpf',
  'veterans-affairs': 'veterans',
};

let app: TestApp;
let browser: Browser;
let staff: BrowserContext;
let pc: Page;
let family: BrowserContext;
let phone: Page;
let medicalNumber = '';
let cremationNumber = '';
let offerPath = '';
let caseCode = '';
/** The case's sub-cases as the window's drawer lists them: matter and department (in Chinese). */
let subCases: { matter: string; department: string }[] = [];

/**
 * One staff PC, where each person signs in in turn (and the one before signs out): the clinic, the
 * funeral home, the administrator, the window and each department.
 */
async function signInAs(username: string, area: string): Promise<Page> {
  const signOut = pc.getByRole('button', { name: '退出' });
  if ((await signOut.count()) > 0) {
    await signOut.click();
    await pc.waitForURL(`${app.url}/`);
    await signOut.waitFor({ state: 'detached' });
  }
  await pc.goto(`${app.url}/staff/sign-in`);
  await pc.getByRole('heading', { name: '工作人员登录' }).waitFor();
  await pc.getByLabel('用户名').fill(username);
  await pc.getByLabel('密码', { exact: true }).fill('Lianban#2026');
  await pc.getByRole('button', { name: '登录' }).click();
  await pc.waitForURL(`${app.url}${area}`);
  return pc;
}

async function expectText(page: Page, testId: string, text: string): Promise<void> {
  await expect
    .poll(async () => (await page.getByTestId(testId).first().textContent())?.trim(), { timeout: TIMEOUT })
    .toBe(text);
}

/** The screen heading of the application flow (the page's h1 stays 填写申请). */
async function onScreen(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
}

async function screenTitle(page: Page): Promise<string> {
  return ((await page.locator('h2.lb-step-heading').first().textContent()) ?? '').trim();
}

/** 下一步, and the next screen's heading once it has replaced this one. */
async function next(page: Page): Promise<string> {
  const before = await screenTitle(page);
  await page.getByRole('button', { name: '下一步' }).click();
  await expect.poll(() => screenTitle(page), { timeout: TIMEOUT }).not.toBe(before);
  return screenTitle(page);
}

const photo = () =>
  sharp({ create: { width: 900, height: 570, channels: 3, background: '#3a6ea5' } })
    .jpeg()
    .toBuffer();

/** 司法's answer on the will: no notarised will on record. */
const WILL_CHECK = {
  documentNumber: '（2026）云五华证查字第0417号',
  summary: '经查询全省公证信息系统，未发现逝者办理遗嘱公证的记录',
};
/** A fitting result for each matter with its own; the others by the fields their type asks for. */
const RESULTS: Record<string, { amount?: string; documentNumber?: string; summary?: string }> = {
  逝者遗嘱公证信息核查: WILL_CHECK,
};
const FALLBACK = {
  amount: '12680.5',
  documentNumber: '五华-2026-0417',
  summary: '经查询，未发现相关记录',
};

/** Claims one sub-case in the open drawer and completes it with a result that fits its type. */
async function claimAndComplete(page: Page, matter: string): Promise<void> {
  const drawer = page.getByRole('dialog', { name: '子件详情' });
  await drawer.getByText(CHEN.idNumber, { exact: true }).first().waitFor();
  // The registry's certificates are there for the department too: nothing to ask the family.
  const registry = drawer.getByTestId('death-certificates');
  await registry.getByText(medicalNumber).waitFor();
  await registry.getByText(cremationNumber).waitFor();
  await drawer.getByRole('button', { name: '认领' }).click();
  await expectText(page, 'department-sub-case-state', '办理中');

  const form = drawer.locator('.lb-result-form');
  await form.waitFor();
  const wanted = { ...FALLBACK, ...RESULTS[matter] };
  const amount = form.getByLabel('支付金额（元）', { exact: true });
  if ((await amount.count()) > 0) await amount.fill(wanted.amount);
  const documentNumber = form.getByLabel('文书编号', { exact: true });
  if ((await documentNumber.count()) > 0) await documentNumber.fill(wanted.documentNumber);
  const summary = form.getByLabel('查询结果摘要', { exact: true });
  if ((await summary.count()) > 0) await summary.fill(wanted.summary);
  // Every date the result records is today's, as the form offers it.
  for (const date of await form.locator('input[type="date"]').all()) {
    expect(await date.inputValue()).toBe(serviceDate(new Date()));
  }
  await drawer.getByRole('button', { name: '办结', exact: true }).click();
  await expectText(page, 'department-sub-case-state', '已办结');
  await drawer.getByRole('button', { name: '办结', exact: true }).waitFor({ state: 'detached' });
}

describe('from a death at home to the family’s receipt, in the browser', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp();
    browser = await launchBrowser();
    family = await newDeviceContext(browser, PHONE);
    phone = await family.newPage();
    staff = await newDeviceContext(browser, PC);
    pc = await staff.newPage();
  });

  tellAsOneStory();

  afterAll(async () => {
    await family?.close().catch(() => undefined);
    await staff?.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  it('the village clinic issues 陈淑芬’s medical death certificate at its desk', async () => {
    const clinic = await signInAs('clinic-530102', '/issuer');
    await clinic.getByRole('heading', { name: '出具工作台', level: 1 }).waitFor();
    await clinic.getByRole('heading', { name: '出具居民死亡医学证明（推断）书' }).waitFor();
    await clinic.getByLabel('逝者公民身份号码').fill(CHEN.idNumber);
    await clinic.getByLabel('逝者姓名').fill(CHEN.name);
    await clinic.getByRole('radio', { name: '女' }).check();
    await clinic.getByLabel('死亡日期').fill(DATE_OF_DEATH);
    await clinic.getByLabel('死亡时间').fill('05:20');
    await clinic.getByLabel('死亡地点', { exact: true }).fill(PLACE);
    await clinic.getByLabel('死亡地点类别').selectOption({ label: '家中' });
    await clinic.getByLabel('死亡原因（a）疾病名称').fill('急性心肌梗死');
    await clinic.getByLabel('死亡原因（a）ICD-10编码').fill('I21.9');
    await clinic.getByLabel('死亡原因（a）发病到死亡的大概间隔').fill('约1小时');
    await clinic.getByLabel('医师签名').fill('杨医生');
    await record(clinic, 'clinic-certificate-form');

    await clinic.getByRole('button', { name: '出具证明', exact: true }).click();
    const issued = clinic.getByTestId('issued');
    await issued.waitFor();
    medicalNumber = ((await issued.getByTestId('certificate-number').textContent()) ?? '').trim();
    expect(medicalNumber).toMatch(/^YX530102\d{14}$/);
    await issued.getByRole('img', { name: `证明 ${medicalNumber} 的核验二维码` }).waitFor();
    // A certificate alone: the death is reported, not yet verified.
    expect(await issued.getByTestId('registry-state').getAttribute('data-state')).toBe('reported');
    await record(clinic, 'clinic-certificate-issued');
  });

  it('the funeral home records the cremation, and the death is verified', async () => {
    const funeral = await signInAs('funeral-530102', '/issuer');
    await funeral.getByRole('heading', { name: '出具火化证明' }).waitFor();
    await funeral.getByLabel('逝者公民身份号码').fill(CHEN.idNumber);
    await funeral.getByLabel('逝者姓名').fill(CHEN.name);
    await funeral.getByRole('radio', { name: '女' }).check();
    await funeral.getByLabel('死亡日期').fill(DATE_OF_DEATH);
    await funeral.getByLabel('火化日期').fill(CREMATION_DATE);
    await funeral.getByLabel('经办人').fill('钱师傅');
    await record(funeral, 'cremation-form');

    await funeral.getByRole('button', { name: '出具证明', exact: true }).click();
    const issued = funeral.getByTestId('issued');
    await issued.waitFor();
    cremationNumber = ((await issued.getByTestId('certificate-number').textContent()) ?? '').trim();
    expect(cremationNumber).toMatch(/^HH530102\d{14}$/);
    expect(await issued.getByTestId('registry-state').getAttribute('data-state')).toBe('verified');
    await record(funeral, 'cremation-issued');
  });

  it('the registry texts her son: the SMS and its link are in 短信（开发）', async () => {
    const admin = await signInAs('admin', '/admin');
    await admin.getByRole('tab', { name: '短信（开发）' }).click();
    const list = admin.getByRole('region', { name: '短信列表' });
    const sms = list.getByRole('row').filter({ hasText: SON_PHONE_MASKED }).filter({ hasText: OFFER_LINK });
    // The SMS goes out from the job queue: look again until it is there.
    const deadline = Date.now() + TIMEOUT;
    while ((await sms.count()) === 0) {
      if (Date.now() > deadline) throw new Error(`no offer SMS to ${SON_PHONE_MASKED}`);
      await admin.getByRole('button', { name: '刷新' }).click();
      await admin.waitForTimeout(300);
    }
    expect(await sms.count()).toBe(1);
    const text = (await sms.textContent()) ?? '';
    // Her name is masked in the SMS too.
    expect(text).toContain('陈**的家属');
    expect(text).not.toContain(CHEN.name);
    offerPath = OFFER_LINK.exec(text)?.[0] as string;
    // The number is masked on the page, never whole.
    expect(await admin.getByText('13900139000').count()).toBe(0);
    await record(admin, 'admin-offer-sms');
  });

  it('陈明 opens the link on his phone, signs in, and sees what is already known', async () => {
    await phone.goto(`${app.url}${offerPath}`);
    await phone.getByRole('heading', { level: 1, name: '身后事项办理' }).waitFor();
    await phone.getByText('为保护逝者和您的个人信息，请先登录再查看。').waitFor();
    await record(phone, 'offer-sign-in');
    await phone.getByRole('link', { name: '使用统一身份认证登录' }).click();
    await phone.getByRole('heading', { name: '统一身份认证（演示）' }).waitFor();
    await phone.getByLabel('用户名').fill('chenming');
    await phone.getByLabel('密码').fill('Demo#2026');
    await phone.getByRole('button', { name: '登录' }).click();
    await phone.waitForURL(`${app.url}${offerPath.split('?')[0]}`);

    await phone
      .getByTestId('offer-condolence')
      .getByText(/陈淑芬离世，请您节哀/)
      .waitFor();
    const known = phone.getByTestId('offer-known');
    await known.getByText(CHEN.name, { exact: true }).waitFor();
    await known.getByText(CHEN_MASKED).waitFor();
    await known.getByText(DATE_OF_DEATH, { exact: true }).waitFor();
    await known.getByText(PLACE, { exact: true }).waitFor();
    const certificates = phone.getByTestId('offer-certificates');
    const medical = certificates.locator('[data-kind="medical-certificate"]');
    await medical.getByText(medicalNumber, { exact: true }).waitFor();
    await medical.getByText('已办理').waitFor();
    const cremation = certificates.locator('[data-kind="cremation"]');
    await cremation.getByText(cremationNumber, { exact: true }).waitFor();
    await cremation.getByText('已办理').waitFor();
    expect(await phone.getByText(CHEN.idNumber).count()).toBe(0);
    await record(phone, 'offer-known');
  });

  it('he answers only what nobody could answer for him', async () => {
    const heading = phone.locator('#question-heading');
    const summary = phone.getByTestId('result-summary');
    const asked: string[] = [];
    for (;;) {
      await heading.or(summary).first().waitFor();
      if (await summary.isVisible()) break;
      const question = ((await heading.textContent()) ?? '').trim();
      const answer = ANSWERS[question];
      if (!answer)
        throw new Error(`a question the registry or shared data should have answered: ${question}`);
      expect(asked).not.toContain(question);
      asked.push(question);
      await phone.getByRole('radio', { name: answer, exact: true }).check();
      if (asked.length === 1) await record(phone, 'offer-first-question');
      await phone.getByRole('button', { name: '下一步' }).click();
      await expect
        .poll(async () => (await heading.allTextContents()).map((text) => text.trim()), { timeout: TIMEOUT })
        .not.toEqual([question]);
    }
    expect(asked.sort()).toEqual(Object.keys(ANSWERS).sort());
    // The will is to be checked by 司法; the household by the police; her pension and medical
    // insurance by their departments (from shared data, never asked).
    await phone.locator('[data-matter="will-notarization-check"]').waitFor();
    await phone.locator('[data-matter="household-registration-cancellation"]').waitFor();
    await record(phone, 'offer-result');
  });

  it('开始申请 opens the form already filled in from the registries', async () => {
    await phone.getByRole('button', { name: '开始申请' }).click();
    await phone.waitForURL(/\/portal\/drafts\/[0-9a-f-]{36}$/);

    await onScreen(phone, '逝者信息');
    const name = phone.getByRole('group', { name: '逝者姓名' });
    await name.getByText(CHEN.name, { exact: true }).waitFor();
    await name.getByText('来自人口信息库，不能修改').waitFor();
    expect(await phone.getByRole('textbox', { name: '逝者姓名' }).count()).toBe(0);
    await record(phone, 'form-deceased');

    expect(await next(phone)).toBe('去世情况');
    const date = phone.getByRole('group', { name: '死亡日期' });
    await date.getByText(DATE_OF_DEATH, { exact: true }).waitFor();
    await date.getByText('来自死亡医学证明，不能修改').waitFor();
    await record(phone, 'form-death');

    expect(await next(phone)).toBe('您的信息');
    const relationship = phone.getByRole('group', { name: '与逝者关系' });
    await relationship.getByText('子女', { exact: true }).waitFor();
    await relationship.getByText('来自电子证照库，不能修改').waitFor();
    await phone.getByRole('group', { name: '申请人姓名' }).getByText('陈明', { exact: true }).waitFor();
    expect(await phone.getByLabel('申请人手机号码').inputValue()).toBe('13900139000');
    await record(phone, 'form-applicant');
  });

  it('he gives the bank account and a photo of the card; the certificates are already held', async () => {
    expect(await next(phone)).toBe('收款账户');
    await phone.getByLabel('收款银行账号').fill(CARD);
    await phone.getByLabel('收款账户户名').fill('陈明');
    await phone.getByLabel('开户银行').fill('中国工商银行');
    await phone.getByLabel('开户银行').press('Tab');
    await expect
      .poll(() => phone.getByTestId('save-status').textContent(), { timeout: TIMEOUT })
      .toBe('已自动保存');
    await record(phone, 'form-payee');

    // Any screen before the materials (其他信息 and the like) has nothing he must type.
    for (let title = await next(phone); title !== '上传材料'; title = await next(phone)) {
      await record(phone, `form-${title}`);
    }

    // The death proof is the clinic's certificate, held by the platform: never asked for. The
    // cremation certificate is the funeral home's act, in the registry; none of her matters asks
    // for it as a material, and it is never asked for either.
    const deathProof = phone.locator('[data-material="death-proof"]');
    await deathProof.getByText('已由出具机构上传').waitFor();
    await deathProof.getByText('（居民死亡医学证明（推断）书）').waitFor();
    expect(await deathProof.locator('input[type="file"]').count()).toBe(0);
    const cremation = phone.locator('[data-material="cremation-certificate"]');
    expect(await cremation.locator('input[type="file"]').count()).toBe(0);
    // Her household register and the relationship come from e-licences.
    await phone
      .locator('[data-material="relationship-proof"]')
      .getByText('已通过电子证照获取，无需提交')
      .waitFor();

    const bankCard = phone.locator('[data-material="payee-bank-card"]');
    await bankCard
      .getByLabel('拍照上传：收款人银行卡')
      .setInputFiles({ name: '银行卡.jpg', mimeType: 'image/jpeg', buffer: await photo() });
    await bankCard.getByRole('img', { name: '已上传的收款人银行卡照片' }).waitFor();
    // Nothing else is left for him to upload.
    const toUpload = phone.locator('[data-material]').filter({ has: phone.locator('input[type="file"]') });
    for (const material of await toUpload.all()) {
      const code = await material.getAttribute('data-material');
      expect(code, 'a material still to upload').toBe('payee-bank-card');
    }
    await record(phone, 'materials');
  });

  it('he accepts the declaration and submits', async () => {
    expect(await next(phone)).toBe('核对并提交');
    const review = phone.locator('.lb-review');
    await review.getByText(CARD).waitFor();
    await review.getByText(DATE_OF_DEATH).first().waitFor();
    await phone.getByLabel(/^本人承诺：所填写的信息和提交的材料真实/).check();
    await record(phone, 'review');
    await phone.getByRole('button', { name: '提交' }).click();
    await phone.waitForURL(/\/portal\/submitted\//);
    await phone.getByRole('heading', { level: 1, name: '申请已提交' }).waitFor();
    caseCode = ((await phone.getByTestId('case-code').textContent()) ?? '').trim();
    expect(caseCode).toHaveLength(21);
    expect(caseCode.startsWith('530102')).toBe(true);
    await record(phone, 'acknowledgement');
  });

  it('the window accepts the case; its drawer shows the death registry’s certificates', async () => {
    const clerk = await signInAs('window-530102', '/window');
    const open = clerk.getByRole('button', { name: caseCode });
    await open.waitFor();
    await open.click();
    const drawer = clerk.getByRole('dialog', { name: '办件详情' });
    await drawer.getByRole('heading', { name: '申请表' }).waitFor();
    const registry = drawer.getByTestId('death-certificates');
    await registry.getByRole('heading', { name: '死亡登记（出具机构上报，已核验）' }).waitFor();
    await registry.locator('[data-certificate="medical-certificate"]').getByText(medicalNumber).waitFor();
    await registry.locator('[data-certificate="cremation"]').getByText(cremationNumber).waitFor();
    await registry.getByText(PLACE).first().waitFor();
    await record(clerk, 'window-case');

    await drawer.getByRole('button', { name: '受理', exact: true }).click();
    await clerk.getByText('已受理，各部门开始办理').waitFor();
    await expectText(clerk, 'window-case-state', '办理中');
    await drawer.getByRole('button', { name: '受理', exact: true }).waitFor({ state: 'detached' });

    const rows = drawer.locator('section[aria-labelledby="sub-cases-heading"] tbody tr');
    await rows.first().waitFor();
    subCases = [];
    for (const row of await rows.all()) {
      const cells = (await row.locator('td').allTextContents()).map((text) => text.trim());
      subCases.push({ matter: cells[0] ?? '', department: cells[1] ?? '' });
    }
    // A small case: the police (her household registration), 司法 (the will he was not sure of),
    // and what her shared data brings — her pension (人社) and her medical insurance (医保). The
    // certificates are the issuers' acts, never a department's sub-case.
    const departments = [...new Set(subCases.map((s) => s.department))].sort();
    expect(departments).toEqual(['人力资源和社会保障', '公安', '医疗保障', '司法'].sort());
    await record(clerk, 'window-accepted');
    await drawer
      .getByRole('button', { name: /关闭|Close/ })
      .first()
      .click();
    await drawer.waitFor({ state: 'hidden' });
  });

  it('every department claims and completes its sub-cases with a fitting result', async () => {
    const byDepartment = new Map<string, string[]>();
    for (const sub of subCases) {
      byDepartment.set(sub.department, [...(byDepartment.get(sub.department) ?? []), sub.matter]);
    }
    for (const [departmentName, matters] of byDepartment) {
      const department = DEPARTMENTS.find((d) => d.nameZh === departmentName);
      if (!department || department.code === 'health') throw new Error(`no approver for ${departmentName}`);
      const approver = await signInAs(`${APPROVER_PREFIX[department.code]}-530102`, '/department');
      await approver.getByRole('heading', { name: '部门工作台' }).waitFor();
      for (const matter of matters) {
        const row = approver.getByRole('row').filter({ hasText: caseCode }).filter({ hasText: matter });
        await row.getByRole('button', { name: caseCode }).click();
        await claimAndComplete(approver, matter);
        await record(approver, `department-${APPROVER_PREFIX[department.code]}-completed`);
        const drawer = approver.getByRole('dialog', { name: '子件详情' });
        await drawer
          .getByRole('button', { name: /关闭|Close/ })
          .first()
          .click();
        await drawer.waitFor({ state: 'hidden' });
        await row.waitFor({ state: 'detached' });
      }
    }
  });

  it('陈明 sees the case ready, with the certificates, and confirms receipt online', async () => {
    await phone.goto(`${app.url}/portal/cases/${caseCode}`);
    await phone.getByRole('heading', { level: 1, name: '办件进度' }).waitFor();
    await expectText(phone, 'case-state', '待出件');
    for (const state of await phone.getByTestId('sub-case-state').allTextContents()) {
      expect(state.trim()).toBe('已办结');
    }
    const results = phone.getByTestId('results');
    for (const { matter } of subCases) await results.getByText(matter).first().waitFor();
    await results.getByText(WILL_CHECK.documentNumber).waitFor();
    await results.getByText('**** **** **** 0128').first().waitFor();
    // The bank card only masked, to the family as well.
    expect(await phone.getByText(CARD).count()).toBe(0);
    const certificates = phone.getByTestId('death-certificates');
    await certificates.getByRole('heading', { name: '死亡证明与火化（安葬）证明' }).waitFor();
    await certificates
      .locator('[data-kind="medical-certificate"]')
      .getByText(medicalNumber, { exact: true })
      .waitFor();
    await certificates
      .locator('[data-kind="cremation"]')
      .getByText(cremationNumber, { exact: true })
      .waitFor();
    await record(phone, 'tracking-ready');

    await phone.getByRole('button', { name: '确认已收到' }).click();
    await expectText(phone, 'case-state', '已办结');
    await phone.getByRole('button', { name: '确认已收到' }).waitFor({ state: 'detached' });
    await record(phone, 'tracking-delivered');
  });

  it('he rates the service 满意 and is thanked', async () => {
    const rating = phone.locator('[data-testid="rating"][data-target="case"]');
    await rating.getByRole('radio', { name: '满意', exact: true }).check();
    await rating.getByLabel('意见和建议（选填）').fill('没有跑一趟，母亲的事都办好了，谢谢');
    await record(phone, 'rating-chosen');
    await rating.getByRole('button', { name: /^提交评价/ }).click();
    await rating.getByText('感谢您的评价！').waitFor();
    await rating.getByText('您的评价：满意').waitFor();
    await record(phone, 'rating-thanks');
  });
});
