/**
 * The guide and the questionnaire (情形引导) in a real browser, on a phone: a family reads the
 * printable service guide of 建水县 (a burial-area pilot county), answers the questions one screen
 * at a time and gets the matters and the deduplicated material list; 岳阳县 says plainly when it
 * does not cover a case; and a signed-in family gives the deceased's ID number so shared data
 * answers what it knows. Every recorded step is screenshotted into test-results/e2e/guide-me/ and
 * checked with axe-core (any violation fails the test).
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../tests/support/test-app.ts';
import { launchBrowser, stepRecorder } from './support/browser.ts';
import { settle } from './support/settle.ts';
import { newDeviceContext, PHONE, TIMEOUT, tellAsOneStory } from './support/story.ts';
import { ensureWebBuild } from './support/web-build.ts';

const FLOW = 'guide-me';

const JIANSHUI = '532524';
const YUEYANG = '430621';
const WUHUA = '530102';
const DECEASED_ID_NUMBER = '530102194001050019'; // in the sandbox registry, with facts to share

let app: TestApp;
let browser: Browser;
let family: BrowserContext;
let phone: Page;
const recordStep = stepRecorder(FLOW);

/** Screenshot and axe check of the page once it has stopped moving. */
async function record(page: Page, name: string): Promise<void> {
  await settle(page);
  await recordStep(page, name);
}

/** The question on screen, as its heading. */
function question(page: Page, text: string): Locator {
  return page.getByRole('heading', { level: 2, name: text, exact: true });
}

/** Answers the question on screen and waits until the next screen replaces it. */
async function answer(page: Page, text: string, option: string, recordAs?: string): Promise<void> {
  await question(page, text).waitFor();
  await page.getByRole('radio', { name: option, exact: true }).check();
  if (recordAs) await record(page, recordAs);
  await page.getByRole('button', { name: '下一步' }).click();
  await question(page, text).waitFor({ state: 'detached' });
}

/** The names of the matter cards listed under a result heading. */
async function matterNames(section: Locator): Promise<string[]> {
  return (await section.getByRole('heading', { level: 4 }).allTextContents()).map((name) => name.trim());
}

/** The material names of the result's list, in order. */
async function materialNames(section: Locator): Promise<string[]> {
  return (await section.locator('.lb-material-name .lb-strong').allTextContents()).map((name) => name.trim());
}

describe('guide and questionnaire in the browser', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp();
    browser = await launchBrowser();
    family = await newDeviceContext(browser, PHONE);
    phone = await family.newPage();
  });

  tellAsOneStory();

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('the guide of 建水县 tells the whole flow and every matter, on screen and on paper', async () => {
    await phone.goto(`${app.url}/guide/${JIANSHUI}`);
    const heading = phone.getByRole('heading', { level: 1 });
    await expect.poll(async () => await heading.textContent(), { timeout: TIMEOUT }).toContain('建水县');
    expect(await heading.textContent()).toContain('办事指南');
    await phone
      .getByText(/土葬区/)
      .first()
      .waitFor(); // the county is a burial area …
    await phone.getByText(/试点/).first().waitFor(); // … and a pilot

    // The flow, as numbered steps.
    const flow = phone.getByRole('region', { name: '办理流程' });
    const steps = flow.getByRole('listitem');
    await steps.first().waitFor();
    expect(await steps.count()).toBeGreaterThanOrEqual(3);

    // The household registration cancellation, with its committed time limit; free of charge.
    const card = phone.locator('#matter-household-registration-cancellation');
    await card.getByRole('heading', { name: '死亡人员户口注销' }).waitFor();
    await card.getByText('承诺 1 个工作日办结（法定时限 5 个工作日）').waitFor();
    await card.getByText('不收费', { exact: true }).waitFor();
    await phone
      .getByRole('region', { name: '在哪里办、找谁问' })
      .getByText('不收费', { exact: true })
      .waitFor();
    // Burial is a matter here (a burial-area county).
    await phone.getByRole('heading', { name: '遗体安葬（土葬）登记' }).waitFor();
    await record(phone, 'guide-jianshui');

    // On paper: the toolbar (county chooser, print button, questionnaire link) is left out.
    await phone.emulateMedia({ media: 'print' });
    await phone.getByRole('button', { name: /打\s?印/ }).waitFor({ state: 'hidden' });
    await phone.getByLabel('办理地区').waitFor({ state: 'hidden' });
    await card.getByText('承诺 1 个工作日办结（法定时限 5 个工作日）').waitFor();
    await record(phone, 'guide-jianshui-print');
    await phone.emulateMedia({ media: 'screen' });
    await phone.getByRole('button', { name: /打\s?印/ }).waitFor();
  });

  it('an anonymous family answers the questions for 建水县 one screen at a time', async () => {
    await phone.getByRole('link', { name: /回答几个问题/ }).click();
    await phone.waitForURL(`${app.url}/portal/guide-me?region=${JIANSHUI}`);
    await phone.getByRole('heading', { level: 1, name: '情形引导' }).waitFor();

    await answer(
      phone,
      '逝者是在哪里、怎样去世的？',
      '在家或养老机构自然去世，未经医院救治',
      'question-death',
    );
    await answer(phone, '遗体是火化还是土葬？', '土葬');

    // 上一步 goes back to the funeral question with the answer given still chosen.
    await question(phone, '逝者生前参加的是哪一类养老保险？').waitFor();
    await phone.getByRole('button', { name: '上一步' }).click();
    await question(phone, '遗体是火化还是土葬？').waitFor();
    expect(await phone.getByRole('radio', { name: '土葬', exact: true }).isChecked()).toBe(true);
    expect(await phone.getByRole('radio', { name: '火化', exact: true }).isChecked()).toBe(false);
    await record(phone, 'question-funeral-after-back');
    await phone.getByRole('button', { name: '下一步' }).click();

    await answer(phone, '逝者生前参加的是哪一类养老保险？', '企业退休人员', 'question-pension');
    await answer(phone, '逝者参加的是哪种医疗保险？', '职工基本医疗保险');
    await answer(phone, '逝者是否缴存过住房公积金？', '是');
    await answer(phone, '逝者生前是否享受低保、特困供养等社会救助？', '否');
    await answer(phone, '逝者生前是否领取残疾人生活补贴或护理补贴？', '否');
    await answer(phone, '逝者是否为退役军人等优抚对象？', '否');
    await answer(phone, '逝者是否持有机动车驾驶证？', '是');
    await answer(phone, '逝者是否办理过遗嘱公证？', '没有');
    await answer(phone, '逝者是否有银行小额存款需要提取？', '是');
    await answer(phone, '是否需要查询逝者持有的公司股权？', '不需要');
    await phone.getByText('这是最后一题').waitFor();
    await answer(phone, '您与逝者是什么关系？', '子女', 'question-relationship-last');

    // The matters that apply: burial, not cremation; the driving licence; the small deposits.
    const included = phone.getByRole('region', { name: '您需要办理的事项' });
    await included.waitFor();
    const matters = await matterNames(included);
    expect(matters).toContain('遗体安葬（土葬）登记');
    expect(matters).toContain('机动车驾驶证注销');
    expect(matters).toContain('死亡人员户口注销');
    expect(matters.some((name) => name.startsWith('已故存款人小额存款提取'))).toBe(true);
    expect(matters).not.toContain('出具火化证明');
    expect(matters.some((name) => name.startsWith('逝者遗嘱公证信息核查'))).toBe(false);
    await included.getByText('承诺 1 个工作日内办结').first().waitFor();

    // Each material once, the death proof marked as not to be brought, and the summary agreeing.
    const materialsSection = phone.getByRole('region', { name: '需要准备的材料' });
    const materials = await materialNames(materialsSection);
    expect(materials.length).toBeGreaterThan(0);
    expect(new Set(materials).size).toBe(materials.length);
    const deathProof = materialsSection.getByRole('listitem').filter({ hasText: /^死亡证明/ });
    expect(await deathProof.count()).toBe(1);
    await deathProof.getByText('免提交', { exact: true }).waitFor();
    const summary = (await phone.getByTestId('result-summary').textContent()) ?? '';
    expect(summary).toContain('建水县');
    expect(summary).toContain(`准备 ${materials.length} 项材料`);
    expect(summary).toContain(`需要办理 ${matters.length} 件事`);

    // The cremation certificate is among the matters not needed, with its reason, once unfolded.
    const excluded = phone.getByRole('region', { name: '无需办理的事项' });
    await excluded.getByRole('button', { name: /展开查看/ }).click();
    const cremation = excluded.getByRole('listitem').filter({ hasText: '出具火化证明' });
    await cremation.getByText(/不需要火化证明/).waitFor();
    await record(phone, 'result-jianshui');

    // Large text, for a family member who needs it: still accessible.
    const largeText = phone.getByRole('button', { name: '大字模式' });
    await largeText.click();
    expect(await largeText.getAttribute('aria-pressed')).toBe('true');
    await included.getByRole('heading', { level: 4, name: '机动车驾驶证注销' }).waitFor();
    await record(phone, 'result-jianshui-large-text');
    await largeText.click();
    expect(await largeText.getAttribute('aria-pressed')).toBe('false');
  });

  it('岳阳县 says plainly that a deceased registered elsewhere is not covered, and where to go', async () => {
    await phone.getByRole('button', { name: '重新开始' }).click();
    await phone.getByRole('heading', { level: 2, name: '先选择办理地区' }).waitFor();
    await phone.getByLabel('办理地区').selectOption(YUEYANG);
    await phone.getByRole('button', { name: '下一步' }).click();

    await answer(phone, '逝者是在哪里、怎样去世的？', '在医院或送医途中去世');
    await answer(
      phone,
      '逝者在医院（或送医途中）去世，是否属于刑事案件？',
      '不是，属于正常病故等非案件类死亡',
    );
    await answer(phone, '遗体是否在本县殡仪馆火化？', '是');
    await answer(phone, '逝者是否在县中心城区参加社会保险？', '是');
    await answer(phone, '逝者的户籍是否在本县？', '否');

    await phone.getByRole('heading', { level: 2, name: '暂时不能通过联办办理' }).waitFor();
    await phone.getByText(/岳阳县的身后“一件事”联办暂时不能受理这种情形/).waitFor();
    await phone.getByText(/非岳阳县户籍/).waitFor(); // the reason
    await phone.getByText('您可以这样办：').waitFor(); // where to go instead
    await phone.getByText(/到公安、人社、民政、医保、住房公积金等部门窗口分别办理/).waitFor();
    // No matters, no materials, and nothing to apply for.
    expect(await phone.getByRole('region', { name: '您需要办理的事项' }).count()).toBe(0);
    expect(await phone.getByRole('region', { name: '需要准备的材料' }).count()).toBe(0);
    expect(await phone.getByRole('button', { name: '开始申请' }).count()).toBe(0);
    await record(phone, 'result-yueyang-not-covered');
  });

  it('岳阳县 lets the family say a death in hospital is a criminal case, and says where to go', async () => {
    await phone.getByRole('button', { name: '重新开始' }).click();
    await phone.getByRole('heading', { level: 2, name: '先选择办理地区' }).waitFor();
    await phone.getByLabel('办理地区').selectOption(YUEYANG);
    await phone.getByRole('button', { name: '下一步' }).click();

    await answer(phone, '逝者是在哪里、怎样去世的？', '在医院或送医途中去世');
    await answer(
      phone,
      '逝者在医院（或送医途中）去世，是否属于刑事案件？',
      '是，属于刑事案件（公安机关已立案）',
      'question-yueyang-criminal-case',
    );

    // Not covered at once, with the county's own words, and where to go for a criminal case.
    await phone.getByRole('heading', { level: 2, name: '暂时不能通过联办办理' }).waitFor();
    await phone.getByText(/在医院死亡但属于刑事案件的暂不纳入联办/).waitFor();
    await phone.getByText(/死亡证明事宜请先与办理案件的公安机关联系/).waitFor();
    expect(await phone.getByRole('region', { name: '您需要办理的事项' }).count()).toBe(0);
    expect(await phone.getByRole('button', { name: '开始申请' }).count()).toBe(0);
    await record(phone, 'result-yueyang-criminal-case');
  });

  it('a signed-in family gives the ID number and answers only what shared data does not know', async () => {
    await phone.goto(`${app.url}/portal`);
    await phone.getByRole('link', { name: '使用统一身份认证登录' }).click();
    await phone.getByRole('heading', { name: '统一身份认证（演示）' }).waitFor();
    await phone.getByLabel('用户名').fill('zhangwei');
    await phone.getByLabel('密码').fill('Demo#2026');
    await phone.getByRole('button', { name: '登录' }).click();
    await phone.waitForURL(`${app.url}/portal`);
    await phone.getByText('您好，张伟').waitFor();

    await phone.getByRole('link', { name: '看看要办哪些事' }).click();
    await phone.waitForURL(`${app.url}/portal/guide-me`);
    await phone.getByRole('heading', { level: 2, name: '先选择办理地区' }).waitFor();
    await phone.getByLabel('办理地区').selectOption(WUHUA);
    await phone.getByLabel('逝者的公民身份号码（选填）').fill(DECEASED_ID_NUMBER);
    await record(phone, 'signed-in-start');
    await phone.getByRole('button', { name: '下一步' }).click();

    // The first question left is the will: shared data answered the rest, and says from where.
    await question(phone, '逝者是否办理过遗嘱公证？').waitFor();
    const shared = phone.getByRole('region', { name: '已从共享数据获取' });
    const death = shared.getByRole('listitem').filter({ hasText: '逝者是在哪里、怎样去世的？' });
    await death.getByText('在家或养老机构自然去世，未经医院救治').waitFor();
    await death.getByText('来源：死亡医学证明信息（演示数据）').waitFor();
    const pension = shared.getByRole('listitem').filter({ hasText: '逝者生前参加的是哪一类养老保险？' });
    await pension.getByText('企业退休人员', { exact: true }).waitFor();
    await pension.getByText(/^来源：人社部门/).waitFor();
    const licence = shared.getByRole('listitem').filter({ hasText: '逝者是否持有机动车驾驶证？' });
    await licence.getByText(/^来源：公安交管/).waitFor();
    // 五华区 is a cremation area: the funeral question is settled by the county.
    await phone.getByRole('region', { name: '根据办理地区确定' }).getByText('遗体是火化还是土葬？').waitFor();
    await record(phone, 'signed-in-question-will');

    await answer(phone, '逝者是否办理过遗嘱公证？', '不清楚，需要核查');
    await answer(phone, '逝者是否有银行小额存款需要提取？', '是');
    // The last question asked: the relationship is not asked — the deceased's household
    // register e-licence lists 张伟 as his child.
    await answer(phone, '是否需要查询逝者持有的公司股权？', '需要');

    const included = phone.getByRole('region', { name: '您需要办理的事项' });
    await included.waitFor();
    const matters = await matterNames(included);
    expect(matters).toContain('出具火化证明');
    expect(matters).toContain('机动车驾驶证注销'); // from the shared driving-licence record
    expect(matters).toContain('死亡人员户口注销');
    expect(matters).not.toContain('遗体安葬（土葬）登记');
    expect(matters.some((name) => name.startsWith('逝者遗嘱公证信息核查'))).toBe(true);
    expect(matters.some((name) => name.startsWith('已故人员股权登记信息查询'))).toBe(true);
    expect(matters.some((name) => name.startsWith('退休企业职工死亡个人账户一次性待遇申领'))).toBe(true);
    const materials = await materialNames(phone.getByRole('region', { name: '需要准备的材料' }));
    expect(new Set(materials).size).toBe(materials.length);
    // The answers taken from shared data stay listed under the result.
    await phone
      .getByRole('region', { name: '已从共享数据获取' })
      .getByText('来源：死亡医学证明信息（演示数据）')
      .waitFor();
    const relationship = phone
      .getByRole('region', { name: '已从共享数据获取' })
      .getByRole('listitem')
      .filter({ hasText: '您与逝者是什么关系？' });
    await relationship.getByText('子女', { exact: true }).waitFor();
    await relationship.getByText('来源：居民户口簿电子证照（五华区演示派出所）').waitFor();

    // A long result on a phone, and still the way on is in view: 开始申请 without scrolling.
    const startButton = phone.getByRole('button', { name: '开始申请' });
    await startButton.waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollHeight > 2 * window.innerHeight)).toBe(
      true,
    );
    await expect
      .poll(
        async () =>
          startButton.evaluate((button) => {
            const box = button.getBoundingClientRect();
            return box.top >= 0 && box.bottom <= window.innerHeight;
          }),
        { timeout: TIMEOUT },
      )
      .toBe(true);
    await record(phone, 'signed-in-result');
  });
});
