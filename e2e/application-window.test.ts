/**
 * The assisted application (帮办代办) in a real browser, on a PC: a window clerk signs in, opens
 * 代办申请, runs the questionnaire for the family at the desk, enters the deceased's and the
 * applicant's ID numbers, fills the applicant's contact and the payee account on the one dense
 * form, uploads the bank card scan, is told the applicant's in-person consent is missing, ticks
 * it and gets the case code. The administrator then reads the acknowledgement SMS, number
 * masked, in 短信（开发）. Every recorded screen is screenshotted into
 * test-results/e2e/application-window/ and checked with axe-core (any violation fails the test).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../tests/support/test-app.ts';
import { launchBrowser, stepRecorder } from './support/browser.ts';
import { settle } from './support/settle.ts';
import { newDeviceContext, PC, TIMEOUT, tellAsOneStory } from './support/story.ts';
import { ensureWebBuild } from './support/web-build.ts';

const FLOW = 'application-window';

const DECEASED_ID = '530102194001050019';
const APPLICANT_ID = '530102198503140020';

/** What the family tells the clerk; shared data answers everything else. */
const ANSWERS: Record<string, string> = {
  '逝者是否办理过遗嘱公证？': '没有',
  '逝者是否有银行小额存款需要提取？': '否',
  '是否需要查询逝者持有的公司股权？': '不需要',
  '您与逝者是什么关系？': '子女',
};

let app: TestApp;
let browser: Browser;
let staff: BrowserContext;
let pc: Page;
let caseCode = '';
const recordStep = stepRecorder(FLOW);

async function record(page: Page, name: string): Promise<void> {
  await settle(page);
  await recordStep(page, name);
}

async function signInStaff(page: Page, username: string): Promise<void> {
  await page.goto(`${app.url}/staff/sign-in`);
  await page.getByRole('heading', { name: '工作人员登录' }).waitFor();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill('Lianban#2026');
  await page.getByRole('button', { name: '登录' }).click();
}

describe('a window clerk applies for a family', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp();
    browser = await launchBrowser();
    staff = await newDeviceContext(browser, PC);
    pc = await staff.newPage();
  });

  tellAsOneStory();

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('runs the questionnaire for the family in 代办申请', async () => {
    await signInStaff(pc, 'window-530102');
    await pc.waitForURL(`${app.url}/window`);
    await pc.getByRole('tab', { name: '代办申请（帮办代办）' }).click();
    const panel = pc.getByRole('tabpanel', { name: '代办申请（帮办代办）' });
    await panel.getByLabel('逝者的公民身份号码（选填）').fill(DECEASED_ID);
    await record(pc, 'assisted-start');
    await panel.getByRole('button', { name: '下一步' }).click();

    const heading = panel.locator('#question-heading');
    const summary = panel.getByTestId('result-summary');
    for (let asked = 0; ; asked++) {
      await heading.or(summary).first().waitFor();
      if (await summary.isVisible()) break;
      expect(asked).toBeLessThan(Object.keys(ANSWERS).length);
      const question = ((await heading.textContent()) ?? '').trim();
      const answer = ANSWERS[question];
      if (!answer) throw new Error(`a question shared data should have answered: ${question}`);
      await panel.getByRole('radio', { name: answer, exact: true }).check();
      await panel.getByRole('button', { name: '下一步' }).click();
      // The next question, or the result: the question asked is no longer on screen.
      await expect
        .poll(async () => (await heading.allTextContents()).map((text) => text.trim()), { timeout: TIMEOUT })
        .not.toEqual([question]);
    }
    await record(pc, 'assisted-result');
  });

  it('takes both ID numbers and opens the one form with shared data filled in', async () => {
    await pc.getByRole('button', { name: '为申请人代办申请' }).click();
    await pc.getByRole('heading', { name: '逝者和申请人的身份' }).waitFor();
    expect(await pc.getByLabel('逝者公民身份号码', { exact: true }).inputValue()).toBe(DECEASED_ID);
    await pc.getByLabel('申请人公民身份号码', { exact: true }).fill(APPLICANT_ID);
    await record(pc, 'assisted-ids');
    await pc.getByRole('button', { name: '开始填写' }).click();

    await pc.getByRole('heading', { name: '填写申请表' }).waitFor();
    // Every group on one screen.
    for (const group of ['逝者信息', '去世情况', '您的信息', '收款账户', '其他信息']) {
      await pc.getByRole('heading', { level: 3, name: group }).waitFor();
    }
    const name = pc.getByRole('group', { name: '逝者姓名' });
    await name.getByText('王建国', { exact: true }).waitFor();
    await name.getByText('来自人口信息库，不能修改').waitFor();
    expect(await pc.getByLabel('申请人公民身份号码', { exact: true }).inputValue()).toBe(APPLICANT_ID);
    // The applicant is on the deceased's household register as his child: certified from it.
    const relationship = pc.getByRole('group', { name: '与逝者关系' });
    await relationship.getByText('子女', { exact: true }).waitFor();
    await relationship.getByText('来自电子证照库，不能修改').waitFor();
  });

  it('fills the applicant and the payee, and uploads the bank card scan', async () => {
    await pc.getByLabel('申请人姓名', { exact: true }).fill('张伟');
    await pc.getByLabel('申请人手机号码', { exact: true }).fill('13800000001');
    await pc.getByLabel('收款账户户名', { exact: true }).fill('张伟');
    await pc.getByLabel('开户银行', { exact: true }).fill('中国建设银行');
    await pc.getByLabel('收款银行账号', { exact: true }).fill('6222021234567890128');
    await pc.getByLabel('收款银行账号', { exact: true }).press('Tab');
    await expect
      .poll(() => pc.getByTestId('save-status').textContent(), { timeout: TIMEOUT })
      .toBe('已自动保存');

    const scan = await sharp({ create: { width: 1200, height: 760, channels: 3, background: '#d8dde3' } })
      .jpeg()
      .toBuffer();
    const bankCard = pc.locator('[data-material="payee-bank-card"]');
    await bankCard
      .getByLabel('上传扫描件：收款人银行卡')
      .setInputFiles({ name: 'bank-card-scan.jpg', mimeType: 'image/jpeg', buffer: scan });
    const thumbnail = bankCard.getByRole('img', { name: '已上传的收款人银行卡照片' });
    await thumbnail.waitFor();
    await expect
      .poll(() => thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: TIMEOUT })
      .toBe(1200);
    await record(pc, 'assisted-form-filled');
  });

  it('is told the applicant’s consent is missing, then submits with it', async () => {
    await pc.getByLabel(/^本人承诺：所填写的信息和提交的材料真实/).check();
    await pc.getByRole('button', { name: '代为提交' }).click();
    const consentProblem = '请确认申请人已当面同意由工作人员代为办理';
    const assisted = pc.getByLabel(/^申请人已当面阅读/);
    await pc.locator('.lb-consent').getByText(consentProblem).waitFor();
    expect(await assisted.getAttribute('aria-invalid')).toBe('true');
    await pc.locator('#assisted-problems').getByText(consentProblem).waitFor();
    await record(pc, 'assisted-consent-missing');

    await assisted.check();
    await pc.getByRole('button', { name: '代为提交' }).click();
    await pc.getByRole('heading', { name: '已为申请人提交申请' }).waitFor();
    caseCode = ((await pc.getByTestId('case-code').textContent()) ?? '').trim();
    expect(caseCode).toHaveLength(21);
    expect(caseCode.startsWith('530102')).toBe(true);
    await record(pc, 'assisted-submitted');
  });

  it('the administrator reads the acknowledgement SMS, number masked, in 短信（开发）', async () => {
    await pc.getByRole('button', { name: '退出' }).click();
    await pc.waitForURL(`${app.url}/`);
    await signInStaff(pc, 'admin');
    await pc.waitForURL(`${app.url}/admin`);
    await pc.getByRole('tab', { name: '短信（开发）' }).click();
    const row = pc.getByRole('row').filter({ hasText: caseCode });
    await row.waitFor();
    await row.getByText('138****0001').waitFor();
    expect(await pc.getByText('13800000001').count()).toBe(0);
    await record(pc, 'admin-dev-sms');
  });
});
