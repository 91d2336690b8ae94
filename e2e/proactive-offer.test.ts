/**
 * The death registry from the family's side, on a phone. The clinic certifies 陈淑芬's death and
 * the funeral home records her cremation (through the API, as their desks would); the registry
 * verifies the death and her son 陈明 gets one SMS. He opens its link, signs in, and finds what is
 * already known — where and when she died, her certificates, issued — and only the questions nobody
 * could answer for him; 开始申请 opens the form with her date of death from the registry, and once
 * submitted, the case shows the certificates as done. 李国强 answers his mother's offer with
 * 暂不办理 and is not asked again. 李娜 reports a death at home to the clinic, which sees it in its
 * queue. Every recorded screen is screenshotted into test-results/e2e/proactive-offer/ and
 * checked with axe-core (any violation fails the test), the offer also in large-text mode.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceDate } from '../src/domain/clock.ts';
import { startTestApp, type TestApp } from '../tests/support/test-app.ts';
import {
  DEFAULT_VALUES,
  newDeceasedIdNumber,
  submitDraft,
  uploadToDraft,
} from '../tests/support/workflow.ts';
import { launchBrowser } from './support/browser.ts';
import { newDeviceContext, PHONE, settledRecorder, TIMEOUT, tellAsOneStory } from './support/story.ts';
import { ensureWebBuild } from './support/web-build.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies of many shapes
type Json = any;

const record = settledRecorder('proactive-offer');

const CHEN = { idNumber: '530102194203150042', name: '陈淑芬', gender: 'female' as const };
const LI = { idNumber: '532502193809120031', name: '李秀英', gender: 'female' as const };
const CHEN_PLACE = '昆明市五华区演示路9号家中';
const OFFER_LINK = /\/portal\/offers\/[0-9a-f-]{36}\?from=sms/;

/**
 * The only questions left for 陈明, with his answers: the registry says how and where she died
 * and that she was cremated, shared data the rest (his relationship to her included).
 */
const REMAINING: Record<string, string> = {
  '逝者是否办理过遗嘱公证？': '没有',
  '逝者是否有银行小额存款需要提取？': '否',
  '是否需要查询逝者持有的公司股权？': '不需要',
};

let app: TestApp;
let browser: Browser;
const staffCookies = new Map<string, string>();

async function staff(username: string): Promise<string> {
  let cookie = staffCookies.get(username);
  if (!cookie) {
    cookie = await app.signInStaff(username);
    staffCookies.set(username, cookie);
  }
  return cookie;
}

/** A date `days` before today in China. */
function daysAgo(days: number): string {
  return serviceDate(new Date(Date.now() - days * 86_400_000));
}

async function issue(username: string, content: Record<string, unknown>): Promise<Json> {
  const response = await app.api('/api/v1/death-reports', { cookie: await staff(username), body: content });
  if (response.status !== 201)
    throw new Error(`issue by ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

function medicalCertificate(
  deceased: { idNumber: string; name: string; gender: 'male' | 'female' },
  dateOfDeath: string,
  placeOfDeath: string,
) {
  return {
    kind: 'medical-certificate',
    deceased,
    dateOfDeath,
    timeOfDeath: '06:40',
    placeOfDeath,
    placeKind: 'home',
    causes: [{ cause: '急性心肌梗死', icd10: 'I21.9', interval: '约2小时' }],
    doctor: '李医生',
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The path of the offer link in the SMS to `to` (masked as the outbox shows it), once it is sent. */
async function offerPathSentTo(to: string): Promise<string> {
  const deadline = Date.now() + TIMEOUT;
  for (;;) {
    const outbox = await app.api('/api/v1/dev/sms', { cookie: await staff('admin') });
    expect(outbox.status).toBe(200);
    const sms = (outbox.body.items as { to: string | null; body: string }[]).find(
      (s) => s.to === to && OFFER_LINK.test(s.body),
    );
    if (sms) return OFFER_LINK.exec(sms.body)?.[0] as string;
    if (Date.now() > deadline) throw new Error(`no offer SMS to ${to}`);
    await sleep(200);
  }
}

/** On the identity service's page (after 使用统一身份认证登录), sign in as a demo citizen. */
async function signInThere(page: Page, username: string): Promise<void> {
  await page.getByRole('heading', { name: '统一身份认证（演示）' }).waitFor();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill('Demo#2026');
  await page.getByRole('button', { name: '登录' }).click();
}

/** The browser's session cookie, for finishing through the API what the browser started. */
async function sessionCookie(context: BrowserContext): Promise<string> {
  const session = (await context.cookies(app.url)).find((c) => c.name === 'lb_session');
  if (!session) throw new Error('the browser has no session');
  return `lb_session=${session.value}`;
}

beforeAll(async () => {
  await ensureWebBuild();
  app = await startTestApp();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('陈明 is offered the application for his mother, already prepared', () => {
  let family: BrowserContext;
  let phone: Page;
  let offerPath = '';
  let certificateNumber = '';
  let draftUrl = '';

  beforeAll(async () => {
    family = await newDeviceContext(browser, PHONE);
    phone = await family.newPage();
  });

  tellAsOneStory();

  it('the clinic and the funeral home report her death; the registry verifies it and texts her son', async () => {
    const certificate = await issue('clinic-530102', medicalCertificate(CHEN, daysAgo(3), CHEN_PLACE));
    expect(certificate.registry.state).toBe('reported');
    certificateNumber = certificate.certificateNumber;
    const cremation = await issue('funeral-530102', {
      kind: 'cremation',
      deceased: CHEN,
      dateOfDeath: daysAgo(3),
      cremationDate: daysAgo(1),
      officer: '钱师傅',
    });
    expect(cremation.registry.state).toBe('verified');
    offerPath = await offerPathSentTo('139****9000');
  });

  it('the link asks him to sign in first, and brings him back to the offer', async () => {
    await phone.goto(`${app.url}${offerPath}`);
    await phone.getByRole('heading', { level: 1, name: '身后事项办理' }).waitFor();
    await phone.getByText('为保护逝者和您的个人信息，请先登录再查看。').waitFor();
    await record(phone, 'offer-sign-in');
    await phone.getByRole('link', { name: '使用统一身份认证登录' }).click();
    await signInThere(phone, 'chenming');
    await phone.waitForURL(`${app.url}${offerPath.split('?')[0]}`);
  });

  it('shows what is already known: her, her date of death, her certificates issued', async () => {
    await phone
      .getByTestId('offer-condolence')
      .getByText(/陈淑芬离世，请您节哀/)
      .waitFor();
    const known = phone.getByTestId('offer-known');
    await known.getByText('陈淑芬', { exact: true }).waitFor();
    await known.getByText('5301**********0042').waitFor();
    await known.getByText(daysAgo(3), { exact: true }).waitFor();
    await known.getByText(CHEN_PLACE, { exact: true }).waitFor();
    await known.getByRole('heading', { name: '已由出具机构办理' }).waitFor();
    const certificates = phone.getByTestId('offer-certificates');
    const medical = certificates.locator('[data-kind="medical-certificate"]');
    await medical.getByText('居民死亡医学证明（推断）书').waitFor();
    await medical.getByText(certificateNumber, { exact: true }).waitFor();
    await medical.getByText('已办理').waitFor();
    await certificates.locator('[data-kind="cremation"]').getByText('火化证明').waitFor();
    // Her full ID number is used for the lookup, never shown.
    expect(await phone.getByText(CHEN.idNumber).count()).toBe(0);
    await phone.getByRole('button', { name: '暂不办理' }).waitFor();
    await record(phone, 'offer-known');

    const largeText = phone.getByRole('button', { name: '大字模式' });
    await largeText.click();
    expect(await largeText.getAttribute('aria-pressed')).toBe('true');
    await record(phone, 'offer-large-text');
    await largeText.click();
    expect(await largeText.getAttribute('aria-pressed')).toBe('false');
  });

  it('asks only what nobody could answer for him', async () => {
    const heading = phone.locator('#question-heading');
    const summary = phone.getByTestId('result-summary');
    const asked: string[] = [];
    for (;;) {
      await heading.or(summary).first().waitFor();
      if (await summary.isVisible()) break;
      const question = ((await heading.textContent()) ?? '').trim();
      const answer = REMAINING[question];
      if (!answer)
        throw new Error(`a question the registry or shared data should have answered: ${question}`);
      expect(asked).not.toContain(question);
      asked.push(question);
      if (asked.length === 1) {
        // Straight at the first open question: no county or ID number to give first.
        expect(await phone.getByText('第 1 题').count()).toBe(1);
        await phone.getByRole('heading', { name: '已从共享数据获取' }).waitFor();
        await record(phone, 'offer-first-question');
      }
      await phone.getByRole('radio', { name: answer, exact: true }).check();
      await phone.getByRole('button', { name: '下一步' }).click();
      await expect
        .poll(async () => (await heading.allTextContents()).map((text) => text.trim()), { timeout: TIMEOUT })
        .not.toEqual([question]);
    }
    expect(asked.sort()).toEqual(Object.keys(REMAINING).sort());

    // The certificates are their own group: issued, not applied for.
    const issued = phone.getByRole('heading', { level: 3, name: /^由出具机构办理，无需申请/ });
    await issued.waitFor();
    // Both are done already: each says who issued it and its number.
    for (const [matter, issuer] of [
      ['medical-death-certificate', '五华区演示社区卫生服务站'],
      ['cremation-certificate', '五华区演示殡仪馆'],
    ] as const) {
      const card = phone.locator(`[data-matter="${matter}"]`);
      await card
        .getByTestId('issued-done')
        .getByText(new RegExp(`^${issuer}已出具，编号 [A-Z]{2}530102\\d{14}$`))
        .waitFor();
    }
    await record(phone, 'offer-result');
  });

  it('开始申请 opens the form with her date of death from the registry', async () => {
    await phone.getByRole('button', { name: '开始申请' }).click();
    await phone.waitForURL(/\/portal\/drafts\/[0-9a-f-]{36}$/);
    draftUrl = phone.url();
    await phone.getByRole('heading', { level: 2, name: '逝者信息', exact: true }).waitFor();
    await phone.getByRole('group', { name: '逝者姓名' }).getByText('陈淑芬', { exact: true }).waitFor();
    await record(phone, 'draft-deceased');

    await phone.getByRole('button', { name: '下一步' }).click();
    await phone.getByRole('heading', { level: 2, name: '去世情况', exact: true }).waitFor();
    const date = phone.getByRole('group', { name: '死亡日期' });
    await date.getByText(daysAgo(3), { exact: true }).waitFor();
    await date.getByText('来自死亡医学证明，不能修改').waitFor();
    await record(phone, 'draft-death');

    // The offer has done its work: it is no longer open.
    const offers = await app.api('/api/v1/offers', { cookie: await sessionCookie(family) });
    expect(offers.body.items).toEqual([]);
  });

  it('once submitted, the case shows her certificates as done, each to check', async () => {
    // The rest of the form and the materials, as the family would finish them.
    const cookie = await sessionCookie(family);
    const draftId = draftUrl.split('/').at(-1) as string;
    let draft = (await app.api(`/api/v1/drafts/${draftId}`, { cookie })).body;
    const values: Record<string, string> = {};
    for (const field of draft.form.flatMap((g: Json) => g.fields)) {
      if (!field.value && DEFAULT_VALUES[field.key]) values[field.key] = DEFAULT_VALUES[field.key] as string;
    }
    values['payee.accountNumber'] = '6222021234567890128';
    values['payee.accountHolder'] = '陈明';
    values['payee.bankName'] = '中国工商银行';
    const known = new Set(draft.form.flatMap((g: Json) => g.fields.map((f: Json) => f.key)));
    for (const key of Object.keys(values)) if (!known.has(key)) delete values[key];
    const saved = await app.api(`/api/v1/drafts/${draftId}`, {
      method: 'PATCH',
      cookie,
      body: { version: draft.version, values },
    });
    expect(saved.status).toBe(200);
    for (const material of saved.body.materials.filter((m: Json) => !m.satisfied)) {
      const uploaded = await uploadToDraft(app, cookie, draftId, material.code);
      expect([200, 201]).toContain(uploaded.status);
    }
    draft = (await app.api(`/api/v1/drafts/${draftId}`, { cookie })).body;
    const submitted = await submitDraft(app, cookie, draft);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    const code = submitted.body.code as string;

    await phone.goto(`${app.url}/portal/cases/${code}`);
    const section = phone.getByTestId('death-certificates');
    await section.getByRole('heading', { name: '死亡证明与火化（安葬）证明' }).waitFor();
    const medical = section.locator('[data-kind="medical-certificate"]');
    await medical.getByText(certificateNumber, { exact: true }).waitFor();
    await medical.getByText('已办理').waitFor();
    const check = medical.getByRole('link', { name: /^查验证明\s*：居民死亡医学证明（推断）书$/ });
    expect(await check.getAttribute('href')).toMatch(/^\/verify\/death\/.+/);
    // The e-certificate itself, as a PDF for whoever follows the case.
    const pdf = medical.getByRole('link', { name: /^查看电子证明\s*：居民死亡医学证明（推断）书/ });
    const pdfResponse = await fetch(`${app.url}${await pdf.getAttribute('href')}`, {
      headers: { cookie: await sessionCookie(family) },
    });
    expect(pdfResponse.status).toBe(200);
    expect(pdfResponse.headers.get('content-type')).toContain('application/pdf');
    await section.locator('[data-kind="cremation"]').getByText('火化证明', { exact: true }).waitFor();
    await record(phone, 'case-certificates');
  });

  it('the guide shows the certificates as their own group, issued and not applied for', async () => {
    await phone.goto(`${app.url}/guide/530102`);
    const group = phone.getByRole('region', { name: /^由出具机构办理，无需申请/ });
    await group.locator('#matter-medical-death-certificate').waitFor();
    await group.locator('#matter-cremation-certificate').waitFor();
    await group.getByText('无需申请，由出具机构办理').first().waitFor();
    const toApply = phone.getByRole('region', { name: /^需要申请的事项/ });
    expect(await toApply.locator('#matter-medical-death-certificate').count()).toBe(0);
    await record(phone, 'guide-issued-group');
  });

  afterAll(async () => {
    await family?.close();
  });
});

describe('李国强 answers “not now”', () => {
  let family: BrowserContext;
  let phone: Page;
  let offerPath = '';

  beforeAll(async () => {
    family = await newDeviceContext(browser, PHONE);
    phone = await family.newPage();
  });

  tellAsOneStory();

  it('the clinic certifies and the village committee registers the burial; he is texted', async () => {
    const certificate = await issue(
      'clinic-532524',
      medicalCertificate(LI, daysAgo(4), '建水县演示村3组家中'),
    );
    expect(certificate.registry.state).toBe('reported');
    const burial = await issue('committee-532524', {
      kind: 'burial',
      deceased: LI,
      dateOfDeath: daysAgo(4),
      burialDate: daysAgo(2),
      burialPlace: '建水县演示村公墓',
      officer: '孙主任',
    });
    expect(burial.registry.state).toBe('verified');
    offerPath = await offerPathSentTo('137****7000');
  });

  it('signs in, sees the offer on his home page, and chooses 暂不办理', async () => {
    await phone.goto(`${app.url}/portal`);
    await phone.getByRole('link', { name: '使用统一身份认证登录' }).click();
    await signInThere(phone, 'liguoqiang');
    await phone.waitForURL(`${app.url}/portal`);
    const card = phone.getByTestId('offer-card');
    await card.getByRole('heading', { name: '我们已为您准备好李秀英的身后事项办理' }).waitFor();
    await record(phone, 'home-offer-card');
    await card.getByRole('button', { name: /查看并办理/ }).click();
    await phone.waitForURL(`${app.url}${offerPath.split('?')[0]}`);
    await phone.getByTestId('offer-known').getByText('李秀英', { exact: true }).waitFor();
    await phone
      .getByTestId('offer-certificates')
      .locator('[data-kind="burial"]')
      .getByText('遗体安葬（土葬）登记证明')
      .waitFor();
    await record(phone, 'offer-burial-area');

    await phone.getByRole('button', { name: '暂不办理' }).click();
    const declined = phone.getByTestId('offer-declined');
    await declined.getByRole('heading', { name: '好的，暂不办理' }).waitFor();
    await declined.getByText(/我们不会再为此事联系您/).waitFor();
    await declined.getByText(/随时可以在本平台“申请办理”/).waitFor();
    await expect
      .poll(() => phone.evaluate(() => document.activeElement?.id), { timeout: TIMEOUT })
      .toBe('offer-declined');
    await record(phone, 'offer-declined');

    const offers = await app.api('/api/v1/offers', { cookie: await sessionCookie(family) });
    expect(offers.status).toBe(200);
    expect(offers.body.items).toEqual([]);

    // Coming back to the link says the same, calmly; the home page no longer offers it.
    await phone.goto(`${app.url}${offerPath}`);
    await phone.getByTestId('offer-declined').getByRole('heading', { name: '好的，暂不办理' }).waitFor();
    await phone.goto(`${app.url}/portal`);
    await phone.getByText('您好，李国强').waitFor();
    await phone.getByRole('heading', { name: '我的办件' }).waitFor();
    expect(await phone.getByTestId('offer-card').count()).toBe(0);
  });

  afterAll(async () => {
    await family?.close();
  });
});

describe('李娜 reports a death at home to the clinic', () => {
  let family: BrowserContext;
  let phone: Page;
  const reported = { idNumber: newDeceasedIdNumber('530102'), name: '周桂兰' };

  beforeAll(async () => {
    family = await newDeviceContext(browser, PHONE);
    phone = await family.newPage();
  });

  tellAsOneStory();

  async function fill(values: { idNumber: string; name: string }) {
    await phone.getByLabel('逝者的公民身份号码').fill(values.idNumber);
    await phone.getByLabel('逝者姓名').fill(values.name);
    await phone.getByLabel('办理地区').selectOption('530102');
    await phone.getByLabel('去世时所在的地址').fill('昆明市五华区演示路12号2单元301室');
    await phone.getByLabel('去世日期').fill(daysAgo(1));
  }

  it('finds the page from the portal home and is told each problem on its field', async () => {
    await phone.goto(`${app.url}/portal`);
    await phone.getByRole('link', { name: '使用统一身份认证登录' }).click();
    await signInThere(phone, 'lina');
    await phone.waitForURL(`${app.url}/portal`);
    await phone.getByRole('link', { name: '亲人在家中去世、还没有死亡证明？向村（社区）卫生室报告' }).click();
    await phone.waitForURL(`${app.url}/portal/report-home-death`);
    await phone.getByRole('heading', { level: 1, name: '报告居家死亡' }).waitFor();
    await phone.getByText('不填时，卫生室会拨打您登录时使用的手机号码。').waitFor();
    await record(phone, 'home-death-form');

    await phone.getByRole('button', { name: '提交报告' }).click();
    await phone.getByText('请填写逝者的公民身份号码').waitFor();
    await phone.getByText('请填写逝者姓名').waitFor();
    await phone.getByText('请选择办理地区').waitFor();
    await phone.getByText('请填写去世时所在的地址').waitFor();
    await phone.getByText('请填写去世日期').waitFor();
    const id = phone.getByLabel('逝者的公民身份号码');
    expect(await id.getAttribute('aria-invalid')).toBe('true');
    expect(await phone.evaluate(() => document.activeElement?.id)).toBe('home-death-id');
    await record(phone, 'home-death-problems');

    // The server's own check, on its field: her own ID number is not the deceased's.
    await fill({ idNumber: '530102198807200045', name: reported.name });
    await phone.getByRole('button', { name: '提交报告' }).click();
    await phone.getByText('请填写逝者的身份号码，而不是您自己的').waitFor();
    expect(await id.getAttribute('aria-invalid')).toBe('true');
  });

  it('reports it; the clinic of the county sees it, with her own number to call', async () => {
    await phone.getByLabel('逝者的公民身份号码').fill(reported.idNumber);
    await phone.getByRole('button', { name: '提交报告' }).click();
    const sent = phone.getByTestId('home-death-sent');
    await sent.getByRole('heading', { name: '已报告给卫生室' }).waitFor();
    await sent.getByText('当地的村（社区）卫生室会尽快与您联系。').waitFor();
    await sent.getByText(/出具《居民死亡医学证明（推断）书》/).waitFor();
    await sent.getByText(/平台会为家属准备好身后事项的申请/).waitFor();
    await record(phone, 'home-death-sent');

    const queue = await app.api('/api/v1/home-death-reports', { cookie: await staff('clinic-530102') });
    expect(queue.status).toBe(200);
    expect(queue.body.items).toContainEqual(
      expect.objectContaining({
        deceasedIdNumber: reported.idNumber,
        deceasedName: reported.name,
        regionCode: '530102',
        dateOfDeath: daysAgo(1),
        phone: '13800000002',
      }),
    );
  });

  it('a death reported already, or certified already, is said so plainly', async () => {
    await phone.reload();
    await fill(reported);
    await phone.getByRole('button', { name: '提交报告' }).click();
    const refused = phone.getByTestId('home-death-refused');
    await refused.getByText('已经有人报告了这位逝者的居家死亡，卫生室正在处理，无需重复报告').waitFor();
    await record(phone, 'home-death-already-reported');

    const certified = {
      idNumber: newDeceasedIdNumber('530102'),
      name: '吴德明',
      gender: 'male' as const,
    };
    await issue('doctor-530102', {
      ...medicalCertificate(certified, daysAgo(2), '昆明市第一人民医院'),
      placeKind: 'hospital',
    });
    await fill(certified);
    await phone.getByRole('button', { name: '提交报告' }).click();
    await refused.getByText('这位逝者的死亡证明已经出具，无需再报告').waitFor();
  });

  afterAll(async () => {
    await family?.close();
  });
});
