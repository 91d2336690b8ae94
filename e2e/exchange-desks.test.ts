/**
 * Department exchange and information use (信息应用) in a real browser. Through the API: the 残联
 * office of 五华 is connected to a system by push but without a push key (so what is sent to it is
 * dead-lettered at once), a clinic certifies 赵秀兰's death and the funeral home records her
 * cremation — the death is verified and every benefit payer of 五华 is told — and her family
 * applies for her. In the browser: the administrator opens 部门系统对接, sees the delivery monitor
 * with the dead-lettered message marked in words, replays it, is refused a party outside the
 * province on its field, adds the Kunming provident fund centre as a pulling party, issues a
 * credential and sees its secret once (it then signs a real request), rotates and revokes; the
 * medical insurance approver opens 死亡信息推送 from the header, opens the notice (full identity,
 * recorded), is refused a stop before the death on its field, answers with a stop five days after
 * the death and sees the probable overpayment; the supervisor sees it under 死亡后多发待遇; the
 * family sees the stopped benefit on the tracking page — on a phone, also in large text and in
 * English — and nothing about overpayment. Each step is screenshotted into
 * test-results/e2e/exchange-desks/ and checked with axe-core.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, serviceDate } from '../src/domain/clock.ts';
import { maskIdNumber, maskName } from '../src/domain/identity-numbers.ts';
import { createExchangeClient } from '../src/simulator/client.ts';
import { startTestApp, type TestApp } from '../tests/support/test-app.ts';
import { newDeceasedIdNumber, submit } from '../tests/support/workflow.ts';
import { launchBrowser } from './support/browser.ts';
import { settle } from './support/settle.ts';
import { newDeviceContext, PC, PHONE, settledRecorder, TIMEOUT, tellAsOneStory } from './support/story.ts';
import { ensureWebBuild } from './support/web-build.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies of many shapes
type Json = any;

const FLOW = 'exchange-desks';
const record = settledRecorder(FLOW);

const daysAgo = (days: number) => serviceDate(new Date(Date.now() - days * 86_400_000));
const DATE_OF_DEATH = daysAgo(10);
/** The medical insurance bureau stops the benefits five days after the death: four days too late. */
const EFFECTIVE_ON = addCalendarDays(DATE_OF_DEATH, 5);
const OVERPAID = {
  days: 4,
  from: addCalendarDays(DATE_OF_DEATH, 1),
  through: addCalendarDays(DATE_OF_DEATH, 4),
};

const ID_NUMBER = newDeceasedIdNumber('530102');
const DECEASED = {
  idNumber: ID_NUMBER,
  name: '赵秀兰',
  gender: Number(ID_NUMBER.charAt(16)) % 2 === 1 ? ('male' as const) : ('female' as const),
};
/** The office whose system is connected by push, but without the key to sign with. */
const BROKEN_PARTY = 'disabled-federation:530102';
/** The party the administrator adds in the browser. */
const NEW_PARTY = 'housing-fund:530100';

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];
const staffCookies = new Map<string, string>();
let familyCookie = '';
let caseCode = '';
let admin: Page;
let issued = { keyId: '', secret: '' };

async function staff(username: string): Promise<string> {
  let cookie = staffCookies.get(username);
  if (!cookie) {
    cookie = await app.signInStaff(username);
    staffCookies.set(username, cookie);
  }
  return cookie;
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

async function issue(username: string, content: Record<string, unknown>): Promise<Json> {
  const response = await app.api('/api/v1/death-reports', { cookie: await staff(username), body: content });
  if (response.status !== 201)
    throw new Error(`issue by ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>): Promise<T> {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The antd form item around a control, where its error is said. */
function fieldOf(page: Page, label: string) {
  return page.locator('.ant-form-item').filter({ has: page.getByLabel(label, { exact: true }) });
}

async function partyCounts(code: string): Promise<Json | undefined> {
  const monitor = await app.api('/api/v1/admin/exchange', { cookie: await staff('admin') });
  return (monitor.body.parties as Json[]).find((p) => p.code === code)?.counts;
}

describe('department exchange and information use in the browser', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp({ env: { EXCHANGE_POLL_MS: '100' } });
    browser = await launchBrowser();

    // The 残联 office's system takes pushes, but nobody has given the platform a key to sign them.
    const saved = await app.api(`/api/v1/admin/exchange/parties/${BROKEN_PARTY}`, {
      method: 'PUT',
      cookie: await staff('admin'),
      body: {
        kind: 'department',
        departmentCode: 'disabled-federation',
        regionCode: '530102',
        nameZh: '五华区残联业务系统',
        nameEn: 'Wuhua disabled persons federation system',
        adapter: 'push',
        endpointUrl: 'http://127.0.0.1:9/lianban/messages',
      },
    });
    expect(saved.status).toBe(200);

    // The death is certified and the cremation recorded: verified, and the benefit payers are told.
    await issue('doctor-530102', {
      kind: 'medical-certificate',
      deceased: DECEASED,
      dateOfDeath: DATE_OF_DEATH,
      timeOfDeath: '05:20',
      placeOfDeath: '昆明市五华区第一人民医院',
      placeKind: 'hospital',
      causes: [{ cause: '慢性阻塞性肺疾病急性加重', icd10: 'J44.1', interval: '约3天' }],
      doctor: '刘医生',
    });
    const cremated = await issue('funeral-530102', {
      kind: 'cremation',
      deceased: DECEASED,
      dateOfDeath: DATE_OF_DEATH,
      cremationDate: daysAgo(7),
      officer: '钱师傅',
    });
    expect(cremated.registry.state).toBe('verified');

    familyCookie = await app.citizenCookie(0);
    const applied = await submit(app, familyCookie, {
      deceasedIdNumber: DECEASED.idNumber,
      values: { 'deceased.name': DECEASED.name },
    });
    caseCode = applied.code;

    // Veterans affairs answers through its workbench that she had no benefit of theirs.
    const veterans = await staff('veterans-530102');
    const notices = await app.api('/api/v1/department/death-notices', { cookie: veterans });
    const ours = (notices.body.items as Json[]).find(
      (n) => n.deceasedIdNumberMasked === maskIdNumber(ID_NUMBER),
    );
    expect(ours).toBeDefined();
    const answered = await app.api(`/api/v1/department/death-notices/${ours.id}/acknowledgement`, {
      cookie: veterans,
      body: { outcome: 'not-a-beneficiary' },
    });
    expect(answered.status).toBe(200);

    // The dispatcher gives up on the unsigned push at once.
    await until('the dead-lettered notice', async () => (await partyCounts(BROKEN_PARTY))?.dead === 1);
  }, 120_000);

  tellAsOneStory();

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  it('the administrator sees the delivery monitor, with the dead-lettered message said in words', async () => {
    admin = await staffPage('admin', '/admin');
    await admin.getByRole('tab', { name: '部门系统对接' }).click();
    const table = admin.getByTestId('exchange-parties');
    const broken = table.getByRole('row').filter({ has: admin.getByRole('button', { name: BROKEN_PARTY }) });
    await broken.getByText('1 条待处理').waitFor();
    await broken.getByText('五华区残联业务系统').waitFor();
    await broken.getByText('推送至部门系统').waitFor();
    // The workbench office of medical insurance has its notice, delivered to the workbench.
    const workbench = table
      .getByRole('row')
      .filter({ has: admin.getByRole('button', { name: 'medical-insurance:530102' }) });
    await workbench.getByText('工作台（人工办理）').waitFor();
    await workbench.getByText('未配置，使用工作台').waitFor();
    expect(await admin.getByTestId('exchange-docs').getAttribute('href')).toBe('/docs/exchange');
    await record(admin, 'monitor');
  });

  it('opens the party, sees why the message failed, and replays it', async () => {
    await admin.getByRole('button', { name: BROKEN_PARTY }).click();
    const drawer = admin.getByRole('dialog', { name: `交换方 ${BROKEN_PARTY}` });
    const messages = drawer.getByTestId('party-messages');
    await messages.getByText('投递失败（待人工处理）').waitFor();
    await messages.getByText('死亡信息通知').waitFor();
    await messages.getByText('the party has no endpoint or push key configured').waitFor();
    await drawer.getByText('尚未生成推送密钥').waitFor();
    await record(admin, 'party-dead-letter');

    await drawer.getByRole('button', { name: '全部重新投递（1 条）' }).click();
    await admin.getByText('已重新投递 1 条消息').waitFor();
    await drawer
      .getByRole('button', { name: /关闭|Close/ })
      .first()
      .click();
    await drawer.waitFor({ state: 'hidden' });
  });

  it('adds the Kunming provident fund centre as a pulling party; a region outside is refused on its field', async () => {
    await admin.getByRole('button', { name: '新增或修改交换方' }).click();
    const dialog = admin.getByRole('dialog', { name: '新增或修改交换方' });
    await dialog.getByLabel('所属部门').selectOption({ label: '住房公积金' });
    await dialog.getByLabel('行政区划代码').fill('430621');
    await dialog.getByLabel('中文名称').fill('昆明住房公积金管理中心业务系统');
    await dialog.getByLabel('英文名称').fill('Kunming housing provident fund centre system');
    await dialog.getByRole('radio', { name: '部门系统拉取' }).check();
    await dialog.getByRole('button', { name: '保存' }).click();
    await fieldOf(admin, '行政区划代码').getByText('只能配置本辖区的交换方').waitFor();
    await record(admin, 'party-form-refused');

    await dialog.getByLabel('行政区划代码').fill('530100');
    await dialog.getByTestId('derived-code').getByText(NEW_PARTY).waitFor();
    await dialog.getByRole('button', { name: '保存' }).click();
    await admin.getByText(`已保存交换方 ${NEW_PARTY}`).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const drawer = admin.getByRole('dialog', { name: `交换方 ${NEW_PARTY}` });
    await drawer.getByText('部门系统拉取（pull）').waitFor();
    await drawer.getByText('尚未签发凭证').waitFor();
  });

  it('issues a credential and sees its secret once; it signs a real request', async () => {
    const drawer = admin.getByRole('dialog', { name: `交换方 ${NEW_PARTY}` });
    await settle(admin);
    await drawer.getByRole('button', { name: '签发凭证' }).click();
    const shown = admin.getByRole('dialog', { name: '新凭证' });
    await shown.getByText('密钥只显示这一次，关闭后无法再次查看。').waitFor();
    issued = {
      keyId: ((await shown.getByTestId('issued-key-id').textContent()) ?? '').trim(),
      secret: await shown.getByLabel('密钥').inputValue(),
    };
    expect(issued.secret.length).toBeGreaterThanOrEqual(32);
    await record(admin, 'secret-once');
    await shown.getByRole('button', { name: '我已保存，关闭' }).click();
    await shown.waitFor({ state: 'detached' });
    // Gone from the page, and nowhere else to be shown.
    expect(await admin.content()).not.toContain(issued.secret);
    const credentials = drawer.getByTestId('party-credentials');
    const row = credentials.getByRole('row').filter({ hasText: issued.keyId });
    await row.getByText('有效', { exact: true }).waitFor();
    await row.getByText('尚未使用').waitFor();

    const client = createExchangeClient(app.url, issued);
    const me = await client.GET('/api/exchange/v1/me');
    expect(me.response.status).toBe(200);
    expect(me.data).toMatchObject({ party: NEW_PARTY, keyId: issued.keyId, adapter: 'pull' });
    await record(admin, 'credential-issued');
  });

  it('rotates (the old credential keeps working through the overlap) and revokes after confirming', async () => {
    const drawer = admin.getByRole('dialog', { name: `交换方 ${NEW_PARTY}` });
    await drawer.getByText('原有凭证在过渡期内仍可使用').waitFor();
    await settle(admin);
    await drawer.getByRole('button', { name: '轮换凭证' }).click();
    const shown = admin.getByRole('dialog', { name: '新凭证' });
    await shown.getByTestId('rotation-overlap').getByText(issued.keyId, { exact: false }).waitFor();
    // The dialog zooms in; a click while it still moves can land beside the button.
    await settle(admin);
    await shown.getByRole('button', { name: '我已保存，关闭' }).click();
    await shown.waitFor({ state: 'detached' });
    const old = drawer.getByTestId('party-credentials').getByRole('row').filter({ hasText: issued.keyId });
    await old.getByText('过渡期内有效', { exact: true }).waitFor();

    await old.getByRole('button', { name: `吊销 ${issued.keyId}` }).click();
    const confirm = admin.getByRole('dialog', { name: `吊销凭证 ${issued.keyId}？` });
    await confirm.getByText('吊销后，使用这个凭证的请求会立即被拒绝，且不能恢复。').waitFor();
    await record(admin, 'revoke-confirm');
    await confirm.getByRole('button', { name: '吊销' }).click();
    await old.getByText('已吊销', { exact: true }).waitFor();
    const refused = await createExchangeClient(app.url, issued).GET('/api/exchange/v1/me');
    expect(refused.response.status).toBe(401);
    await record(admin, 'revoked');
  });

  it('the medical insurance approver answers the death notice and sees the probable overpayment', async () => {
    const page = await staffPage('medins-530102', '/department');
    const nav = page.getByRole('navigation', { name: '工作区' });
    // The workbench stays first; the death notices are next to it.
    expect((await nav.getByRole('link').allTextContents()).slice(0, 2)).toEqual([
      '部门工作台',
      '死亡信息推送',
    ]);
    await nav.getByRole('link', { name: '死亡信息推送' }).click();
    await page.waitForURL(`${app.url}/department/death-notices`);
    await page.getByRole('heading', { name: '死亡信息推送', level: 1 }).waitFor();

    const row = page
      .getByTestId('death-notices')
      .getByRole('row')
      .filter({ hasText: maskIdNumber(ID_NUMBER) });
    await row.getByText(maskName(DECEASED.name), { exact: true }).waitFor();
    await row
      .getByRole('cell', { name: '医保个人账户划拨、特殊病种门诊、特殊药品待遇终止', exact: true })
      .waitFor();
    await row.getByRole('cell', { name: DATE_OF_DEATH, exact: true }).waitFor();
    await row.getByText('待确认').waitFor();
    await page
      .getByTestId('notice-audit-note')
      .getByText(/^查看将被记录/)
      .waitFor();
    expect(await page.getByText(ID_NUMBER).count()).toBe(0);
    await record(page, 'notices');

    await row.getByRole('button', { name: `查看 ${maskName(DECEASED.name)}的医保个人账户划拨` }).click();
    const drawer = page.getByRole('dialog', { name: '死亡信息详情' });
    await drawer.getByText(ID_NUMBER, { exact: true }).waitFor();
    await drawer.getByText(DECEASED.name, { exact: true }).waitFor();
    await drawer.getByText('本次查看已被记录').waitFor();
    await settle(page);
    await drawer.getByRole('radio', { name: '已终止待遇' }).check();
    // A stop before the death is refused on its field.
    await drawer.getByLabel('待遇终止日期').fill(addCalendarDays(DATE_OF_DEATH, -1));
    await drawer.getByRole('button', { name: '确认' }).click();
    await fieldOf(page, '待遇终止日期').getByText(`终止日期不能早于死亡日期（${DATE_OF_DEATH}）`).waitFor();
    await record(page, 'notice-refused');

    await drawer.getByLabel('待遇终止日期').fill(EFFECTIVE_ON);
    await drawer.getByLabel('本部门业务编号（选填）').fill('YB-2026-0042');
    await drawer.getByRole('button', { name: '确认' }).click();
    const warning = drawer.getByTestId('overpayment-warning');
    await warning
      .getByText(`可能多发 ${OVERPAID.days} 天（自 ${OVERPAID.from} 至 ${OVERPAID.through}），请按规定追回`)
      .waitFor();
    await drawer.getByTestId('notice-answer').getByText(EFFECTIVE_ON).waitFor();
    await record(page, 'notice-answered');

    await drawer
      .getByRole('button', { name: /关闭|Close/ })
      .first()
      .click();
    await drawer.waitFor({ state: 'hidden' });
    await page.locator('.ant-segmented').getByText('已确认', { exact: true }).click();
    await page.waitForURL(`${app.url}/department/death-notices?state=acknowledged`);
    const done = page
      .getByTestId('death-notices')
      .getByRole('row')
      .filter({ hasText: maskIdNumber(ID_NUMBER) });
    await done.getByText(`已终止待遇（待遇终止日期 ${EFFECTIVE_ON}）`).waitFor();
    await done.getByText(`可能多发 ${OVERPAID.days} 天`).waitFor();
    await record(page, 'notices-answered');
  });

  it('the supervisor sees it among benefits paid after death', async () => {
    const page = await staffPage('supervisor-yunnan', '/supervision');
    await page.getByRole('tab', { name: '死亡后多发待遇' }).click();
    await page.getByRole('heading', { name: '死亡后多发待遇', level: 2 }).waitFor();
    const row = page
      .getByTestId('overpayments')
      .getByRole('row')
      .filter({ hasText: maskName(DECEASED.name) })
      .filter({ hasText: '医疗保障' });
    await row.getByText(`${OVERPAID.days} 天（${OVERPAID.from} 至 ${OVERPAID.through}）`).waitFor();
    await row.getByText(EFFECTIVE_ON).waitFor();
    await row.getByText(DATE_OF_DEATH).waitFor();
    await record(page, 'overpayments');
  });

  it('the family sees the benefits stopped for them, on a phone and in large text, and no overpayment', async () => {
    const family = await newContext(PHONE);
    await family.addCookies([
      { name: 'lb_session', value: familyCookie.split('=')[1] ?? '', url: app.url, httpOnly: true },
    ]);
    const phone = await family.newPage();
    await phone.goto(`${app.url}/portal/cases/${caseCode}`);
    const stops = phone.getByTestId('benefit-stops');
    await stops.getByRole('heading', { name: '已为您办理的待遇停发' }).waitFor();
    await stops.getByText('以下待遇由有关部门根据死亡登记信息直接办理，您不需要申请。').waitFor();
    const medical = stops.locator('[data-matter="medical-benefits-termination"]');
    await medical.getByText('医疗保障').waitFor();
    await medical.getByText(`自 ${EFFECTIVE_ON} 起停发`).waitFor();
    await stops.locator('[data-matter="veteran-benefits-termination"]').getByText('无相关待遇').waitFor();
    await stops
      .locator('[data-matter="pension-payment-termination"]')
      .getByText('已通知，待部门确认')
      .waitFor();
    expect(await phone.locator('body').textContent()).not.toContain('多发');
    // Nothing wider than the phone.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await record(phone, 'family-stops');

    await phone.getByRole('button', { name: '大字模式' }).click();
    await stops.getByText(`自 ${EFFECTIVE_ON} 起停发`).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await stops.scrollIntoViewIfNeeded();
    await record(phone, 'family-stops-large-text');

    // The same in English.
    await phone.getByRole('button', { name: 'English' }).click();
    await stops.getByRole('heading', { name: 'Benefits stopped for you' }).waitFor();
    await medical.getByText(`Stopped from ${EFFECTIVE_ON}`).waitFor();
    await stops
      .locator('[data-matter="veteran-benefits-termination"]')
      .getByText('No such benefit')
      .waitFor();
    expect(await phone.locator('body').textContent()).not.toMatch(/overpa/i);
    await record(phone, 'family-stops-english');
  });
});
