/**
 * The family's application in a real browser, on a phone: sign in through the embedded identity
 * service, answer the questionnaire for 五华区 with the deceased's ID number (shared data answers
 * most questions), 开始申请, then one form group per screen — the name from the population
 * registry shown with its source and not editable, a certified value reported as wrong, a wrong
 * bank card refused in Chinese on its field, the typed values kept over a reload and found on a
 * second device — the materials (a text file refused, a photo accepted and shown), the review
 * (submitting without the declaration is refused), the acknowledgement with the case code, and
 * the acknowledgement among the messages. Every recorded screen is screenshotted into
 * test-results/e2e/application-portal/ and checked with axe-core (any violation fails the test).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../tests/support/test-app.ts';
import { launchBrowser, stepRecorder } from './support/browser.ts';
import { settle } from './support/settle.ts';
import { newDeviceContext, PHONE, TIMEOUT, tellAsOneStory } from './support/story.ts';
import { ensureWebBuild } from './support/web-build.ts';

const FLOW = 'application-portal';

const DECEASED_ID = '530102194001050019';
const CARD = '6222021234567890128';
const WRONG_CARD = '6222021234567890127'; // fails the Luhn check
const NEW_PHONE = '13900000002';

/**
 * What the family answers; shared data answers everything else — also how 张伟 is related to the
 * deceased, which the deceased's household register e-licence states, so that is never asked.
 */
const ANSWERS: Record<string, string> = {
  '逝者是否办理过遗嘱公证？': '没有',
  '逝者是否有银行小额存款需要提取？': '否',
  '是否需要查询逝者持有的公司股权？': '不需要',
};

let app: TestApp;
let browser: Browser;
let family: BrowserContext;
let phone: Page;
let draftUrl = '';
let caseCode = '';
const recordStep = stepRecorder(FLOW);

async function record(page: Page, name: string): Promise<void> {
  await settle(page);
  await recordStep(page, name);
}

async function newPhone(): Promise<BrowserContext> {
  return newDeviceContext(browser, PHONE);
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${app.url}/portal`);
  await page.getByRole('link', { name: '使用统一身份认证登录' }).click();
  await page.getByRole('heading', { name: '统一身份认证（演示）' }).waitFor();
  await page.getByLabel('用户名').fill('zhangwei');
  await page.getByLabel('密码').fill('Demo#2026');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(`${app.url}/portal`);
  await page.getByText('您好，张伟').waitFor();
}

/** The screen heading of the application flow (the page's h1 stays 填写申请). */
async function onScreen(page: Page, title: string): Promise<void> {
  await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
}

async function next(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: '下一步' }).click();
  await onScreen(page, title);
}

describe('the family applies on a phone', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp();
    browser = await launchBrowser();
    family = await newPhone();
    phone = await family.newPage();
  });

  tellAsOneStory();

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('signs in and answers the questionnaire with the deceased’s ID number', async () => {
    await signIn(phone);
    await record(phone, 'portal-home');
    await phone.getByRole('button', { name: '申请办理' }).click();
    await phone.waitForURL(`${app.url}/portal/guide-me`);
    await phone.getByLabel('办理地区').selectOption('530102');
    await phone.getByLabel('逝者的公民身份号码（选填）').fill(DECEASED_ID);
    await record(phone, 'questionnaire-start');
    await phone.getByRole('button', { name: '下一步' }).click();

    const heading = phone.locator('#question-heading');
    const summary = phone.getByTestId('result-summary');
    for (let asked = 0; ; asked++) {
      await heading.or(summary).first().waitFor();
      if (await summary.isVisible()) break;
      expect(asked).toBeLessThan(Object.keys(ANSWERS).length);
      const question = ((await heading.textContent()) ?? '').trim();
      const answer = ANSWERS[question];
      if (!answer) throw new Error(`a question shared data should have answered: ${question}`);
      if (asked === 0) await record(phone, 'questionnaire-first-question');
      await phone.getByRole('radio', { name: answer, exact: true }).check();
      await phone.getByRole('button', { name: '下一步' }).click();
      // The next question, or the result: the question asked is no longer on screen.
      await expect
        .poll(async () => (await heading.allTextContents()).map((text) => text.trim()), { timeout: TIMEOUT })
        .not.toEqual([question]);
    }
    await record(phone, 'questionnaire-result');
  });

  it('starts the application: shared data fills in the deceased', async () => {
    await phone.getByRole('button', { name: '开始申请' }).click();
    await phone.waitForURL(`${app.url}/portal/apply`);
    await phone.getByText(DECEASED_ID).waitFor();
    await record(phone, 'apply-start');
    await phone.getByRole('button', { name: '开始填写' }).click();
    await phone.waitForURL(/\/portal\/drafts\/[0-9a-f-]{36}$/);
    draftUrl = phone.url();

    await onScreen(phone, '逝者信息');
    await phone.getByText('第 1 步，共 7 步').waitFor();
    expect(await phone.getByTestId('draft-expiry').textContent()).toMatch(/^草稿保存至 \d{4}-\d{2}-\d{2}$/);
    // The name comes from the population registry: shown with its source, not an input.
    const name = phone.getByRole('group', { name: '逝者姓名' });
    await name.getByText('王建国', { exact: true }).waitFor();
    await name.getByText('来自人口信息库，不能修改').waitFor();
    expect(await phone.getByRole('textbox', { name: '逝者姓名' }).count()).toBe(0);
    await record(phone, 'form-1-deceased');
  });

  it('reports a certified value as wrong instead of changing it', async () => {
    await next(phone, '去世情况');
    const date = phone.getByRole('group', { name: '死亡日期' });
    await date.getByText('来自死亡医学证明，不能修改').waitFor();
    await date.getByRole('button', { name: '信息有误？：死亡日期' }).click();
    await date.getByLabel('请说明死亡日期哪里有误').fill('应为11月1日凌晨，证明上写成了前一天');
    await record(phone, 'form-2-death-flag-open');
    await date.getByRole('button', { name: '提交说明' }).click();
    await date.getByText('您已说明有误：应为11月1日凌晨，证明上写成了前一天').waitFor();
    await expect
      .poll(() => phone.getByTestId('save-status').textContent(), { timeout: TIMEOUT })
      .toBe('已自动保存');
    await record(phone, 'form-2-death-flagged');

    await next(phone, '您的信息');
    expect(await phone.getByLabel('申请人手机号码').inputValue()).toBe('13800000001');
    // From the household register e-licence: certified, shown, not typed.
    const relationship = phone.getByRole('group', { name: '与逝者关系' });
    await relationship.getByText('子女', { exact: true }).waitFor();
    await relationship.getByText('来自电子证照库，不能修改').waitFor();
    await phone.getByRole('group', { name: '申请人姓名' }).getByText('来自统一身份认证，不能修改').waitFor();
    await record(phone, 'form-3-applicant');
  });

  it('puts a wrong bank card right on its field, and keeps what was typed over a reload', async () => {
    await next(phone, '收款账户');
    const card = phone.getByLabel('收款银行账号');
    await card.fill(WRONG_CARD);
    await card.press('Tab');
    const problem = '银行卡号不正确，请核对卡号（16至19位数字）';
    await phone.getByText(problem).waitFor();
    expect(await card.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await card.getAttribute('aria-describedby')) ?? '';
    expect(
      await phone.evaluate(
        (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
        describedBy.split(/\s+/).filter(Boolean),
      ),
    ).toContain(problem);
    await record(phone, 'form-4-payee-wrong-card');

    await card.fill(CARD);
    await phone.getByLabel('收款账户户名').fill('张伟');
    await phone.getByLabel('开户银行').fill('中国工商银行');
    await phone.getByLabel('开户银行').press('Tab');
    await phone.getByText(problem).waitFor({ state: 'hidden' });
    await expect
      .poll(() => phone.getByTestId('save-status').textContent(), { timeout: TIMEOUT })
      .toBe('已自动保存');
    await record(phone, 'form-4-payee');

    await phone.reload();
    await onScreen(phone, '收款账户');
    expect(await phone.getByLabel('收款银行账号').inputValue()).toBe(CARD);
    expect(await phone.getByLabel('收款账户户名').inputValue()).toBe('张伟');
    expect(await phone.getByLabel('开户银行').inputValue()).toBe('中国工商银行');
    await record(phone, 'form-4-payee-after-reload');

    const largeText = phone.getByRole('button', { name: '大字模式' });
    await largeText.click();
    expect(await largeText.getAttribute('aria-pressed')).toBe('true');
    await record(phone, 'form-4-payee-large-text');
    await largeText.click();
  });

  it('finds the unfinished application on another device; changes from both are kept', async () => {
    const other = await newPhone();
    try {
      const page = await other.newPage();
      await signIn(page);
      const draft = page.getByTestId('draft-card').filter({ hasText: '王建国' });
      await draft.waitFor();
      await record(page, 'second-device-continue');
      await draft.getByRole('link', { name: /继续填写/ }).click();
      await page.waitForURL(draftUrl);
      await onScreen(page, '逝者信息');
      await page.goto(`${draftUrl}?step=payee`);
      await onScreen(page, '收款账户');
      expect(await page.getByLabel('收款银行账号').inputValue()).toBe(CARD);
      // A change made there …
      await page.goto(`${draftUrl}?step=applicant`);
      await page.getByLabel('申请人手机号码').fill(NEW_PHONE);
      await page.getByLabel('申请人手机号码').press('Tab');
      await expect
        .poll(() => page.getByTestId('save-status').textContent(), { timeout: TIMEOUT })
        .toBe('已自动保存');
    } finally {
      await other.close();
    }
    // … and one made here on the stale copy afterwards (409, reloaded, typed value applied again).
    let conflicts = 0;
    phone.on('response', (response) => {
      if (response.request().method() === 'PATCH' && response.status() === 409) conflicts++;
    });
    await phone.getByLabel('开户银行').fill('中国建设银行');
    await phone.getByLabel('开户银行').press('Tab');
    await expect
      .poll(() => phone.getByTestId('save-status').textContent(), { timeout: TIMEOUT })
      .toBe('已自动保存');
    expect(conflicts).toBe(1);
    await phone.reload();
    await onScreen(phone, '收款账户');
    expect(await phone.getByLabel('开户银行').inputValue()).toBe('中国建设银行');
  });

  it('uploads the bank card photo once a text file is refused', async () => {
    await next(phone, '其他信息');
    await record(phone, 'form-5-other');
    await next(phone, '上传材料');
    await phone.getByText(/每个文件不超过 15 MB/).waitFor();
    await phone.getByText('已通过电子证照获取，无需提交').first().waitFor();
    await phone.getByText('已由出具机构上传').first().waitFor();

    const bankCard = phone.locator('[data-material="payee-bank-card"]');
    await bankCard.getByLabel('从相册或文件中选择：收款人银行卡').setInputFiles({
      name: '说明.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('这不是照片'),
    });
    await bankCard.getByText('只能上传照片（JPG、PNG、WebP）或 PDF 文件').waitFor();
    await record(phone, 'materials-refused');

    const photo = await sharp({ create: { width: 900, height: 570, channels: 3, background: '#3a6ea5' } })
      .jpeg()
      .toBuffer();
    const camera = bankCard.getByLabel('拍照上传：收款人银行卡');
    expect(await camera.getAttribute('capture')).toBe('environment');
    expect(await camera.getAttribute('accept')).toBe('image/*,application/pdf');
    await camera.setInputFiles({ name: '银行卡.jpg', mimeType: 'image/jpeg', buffer: photo });
    const thumbnail = bankCard.getByRole('img', { name: '已上传的收款人银行卡照片' });
    await thumbnail.waitFor();
    await expect
      .poll(() => thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: TIMEOUT })
      .toBe(900);
    await bankCard.getByText('只能上传照片（JPG、PNG、WebP）或 PDF 文件').waitFor({ state: 'detached' });
    await record(phone, 'materials-uploaded');
  });

  it('reviews, is told the declaration is missing, accepts it and submits', async () => {
    await next(phone, '核对并提交');
    const review = phone.locator('.lb-review');
    await review.getByText(CARD).waitFor();
    await review.getByText('中国建设银行').waitFor();
    await review.getByText(NEW_PHONE).waitFor(); // changed on the other device
    await review.getByText('已上传 1 个文件').waitFor();
    await record(phone, 'review');

    await phone.getByRole('button', { name: '提交' }).click();
    const declarationProblem = '请阅读并勾选承诺与授权后再提交';
    await phone.locator('.lb-consent').getByText(declarationProblem).waitFor();
    const declaration = phone.getByLabel(/^本人承诺：所填写的信息和提交的材料真实/);
    expect(await declaration.getAttribute('aria-invalid')).toBe('true');
    await record(phone, 'review-declaration-missing');

    await declaration.check();
    await phone.locator('.lb-consent').getByText(declarationProblem).waitFor({ state: 'detached' });
    await phone.getByRole('button', { name: '提交' }).click();
    await phone.waitForURL(/\/portal\/submitted\//);
    await phone.getByRole('heading', { level: 1, name: '申请已提交' }).waitFor();
    caseCode = ((await phone.getByTestId('case-code').textContent()) ?? '').trim();
    expect(caseCode).toHaveLength(21);
    expect(caseCode.startsWith('530102')).toBe(true);
    await phone.getByText('王建国').waitFor();
    await record(phone, 'acknowledgement');
  });

  it('finds the acknowledgement among the messages, and the draft gone from 继续填写', async () => {
    await phone.getByRole('link', { name: '查看我的消息' }).click();
    await phone.waitForURL(`${app.url}/portal/messages`);
    const message = phone.getByTestId('message').filter({ hasText: caseCode });
    await message.getByText(/已提交/).waitFor();
    await phone.getByText('1 条未读').waitFor();
    await record(phone, 'messages-unread');
    await message.getByRole('button', { name: '标为已读' }).click();
    await phone.getByText('0 条未读').waitFor();
    await message.getByText('已读', { exact: true }).waitFor();
    await record(phone, 'messages-read');

    await phone.getByRole('link', { name: '返回我的办件' }).click();
    await phone.waitForURL(`${app.url}/portal`);
    await phone.getByRole('listitem').filter({ hasText: caseCode }).waitFor();
    expect(await phone.getByTestId('draft-card').count()).toBe(0);
    await record(phone, 'portal-home-after');
  });

  it('tells another family member that the application already exists, and lets them join it', async () => {
    const other = await newPhone();
    try {
      const page = await other.newPage();
      await page.goto(`${app.url}/portal`);
      await page.getByRole('link', { name: '使用统一身份认证登录' }).click();
      await page.getByRole('heading', { name: '统一身份认证（演示）' }).waitFor();
      await page.getByLabel('用户名').fill('lina');
      await page.getByLabel('密码').fill('Demo#2026');
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForURL(`${app.url}/portal`);
      await page.getByRole('button', { name: '申请办理' }).click();
      await page.getByLabel('办理地区').selectOption('530102');
      await page.getByLabel('逝者的公民身份号码（选填）').fill(DECEASED_ID);
      await page.getByRole('button', { name: '下一步' }).click();
      const heading = page.locator('#question-heading');
      const summary = page.getByTestId('result-summary');
      for (let asked = 0; asked < 12; asked++) {
        await heading.or(summary).first().waitFor();
        if (await summary.isVisible()) break;
        const question = ((await heading.textContent()) ?? '').trim();
        const answer = ANSWERS[question];
        if (answer) await page.getByRole('radio', { name: answer, exact: true }).check();
        else await page.getByRole('radio').first().check();
        await page.getByRole('button', { name: '下一步' }).click();
        await expect
          .poll(async () => (await heading.allTextContents()).map((text) => text.trim()), {
            timeout: TIMEOUT,
          })
          .not.toEqual([question]);
      }
      await page.getByRole('button', { name: '开始申请' }).click();
      await page.waitForURL(`${app.url}/portal/apply`);
      await page.getByRole('button', { name: '开始填写' }).click();

      // Not a second case: the one 张伟 made, with its code and state, and who applied (masked).
      await page.getByRole('heading', { level: 2, name: '这位逝者已经有一件申请' }).waitFor();
      await page.getByText(caseCode).waitFor();
      await page.getByText('待受理').waitFor();
      // The phone the application gives (changed on the second device above), masked.
      await page.getByText(`张*（${NEW_PHONE.slice(0, 3)}****${NEW_PHONE.slice(-4)}）`).waitFor();
      await record(page, 'existing-case');
      await page.getByRole('button', { name: '作为其他继承人加入' }).click();
      await page.getByText('请选择您与逝者的关系').waitFor();
      await page.getByLabel('您与逝者的关系').selectOption('spouse');
      await page.getByRole('button', { name: '作为其他继承人加入' }).click();
      await page.waitForURL(`${app.url}/portal/cases/${caseCode}`);
      await page.getByTestId('heir-note').waitFor();
      await record(page, 'existing-case-joined');
      await page.getByRole('button', { name: '返回我的办件' }).click();
      await page.getByRole('listitem').filter({ hasText: caseCode }).waitFor();
    } finally {
      await other.close();
    }
  });
});
