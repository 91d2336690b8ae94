/**
 * Supervision's dashboard in a real browser. A year of synthetic history gives the figures volume;
 * through the API, four real cases take distinct states: one waiting at the window in 五华区, one
 * accepted whose household sub-case is long overdue, one ready for delivery, and one overdue in
 * 麒麟区 (another prefecture).
 *
 * The provincial supervisor sees the key figures (the same numbers the API gives), the charts —
 * each an image named by its summary, with its numbers in a table — goes down to 昆明市 and to
 * 五华区 by links, opens the overdue list (the late case comes first) and the case (masked, and
 * the view recorded), exports the dashboard and downloads the monthly report; the dashboard also
 * reads in English and on a narrow window. The county supervisor of 五华区 sees only 五华区: no
 * other county's figures or cases, and a calm refusal when the address asks for another county.
 * Each step is screenshotted into test-results/e2e/supervision-dashboard/ and checked with axe-core.
 */
import { eq, sql } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, serviceDate } from '../src/domain/clock.ts';
import { maskName } from '../src/domain/identity-numbers.ts';
import { queryRows } from '../src/server/db/database.ts';
import { subCases } from '../src/server/db/schema.ts';
import { seedSynthetic } from '../src/server/seed/synthetic.ts';
import { startTestApp, type TestApp } from '../tests/support/test-app.ts';
import { accept, completeAll, hukouOf, type SubmittedCase, submit } from '../tests/support/workflow.ts';
import { launchBrowser } from './support/browser.ts';
import { settle } from './support/settle.ts';
import { newDeviceContext, PC, settledRecorder, TIMEOUT, tellAsOneStory } from './support/story.ts';
import { ensureWebBuild } from './support/web-build.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies of many shapes
type Json = any;

const FLOW = 'supervision-dashboard';
const record = settledRecorder(FLOW);
const number = (n: number) => new Intl.NumberFormat('zh-CN').format(n);

/** Long before the synthetic history (one year), so the late case heads the overdue list. */
const LONG_AGO = addCalendarDays(serviceDate(new Date()), -500);

let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];
const cookies = new Map<string, string>();
let late: SubmittedCase;
let ready: SubmittedCase;
let elsewhere: SubmittedCase;
const LATE_DECEASED = '欧阳明';
let province: Page;

async function staff(username: string): Promise<string> {
  let cookie = cookies.get(username);
  if (!cookie) {
    cookie = await app.signInStaff(username);
    cookies.set(username, cookie);
  }
  return cookie;
}

async function dashboardFor(username: string, query = ''): Promise<Json> {
  const response = await app.api(`/api/v1/supervision/dashboard${query}`, { cookie: await staff(username) });
  expect(response.status).toBe(200);
  return response.body;
}

async function supervisorPage(username: string): Promise<Page> {
  const context = await newDeviceContext(browser, PC);
  contexts.push(context);
  const page = await context.newPage();
  // Charts draw at once, so a screenshot and axe see them finished.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${app.url}/staff/sign-in`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill('Lianban#2026');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(`${app.url}/supervision`);
  return page;
}

/** The household sub-case of a case, due long ago: overdue by many working days. */
async function makeLate(detail: SubmittedCase): Promise<void> {
  await app.database.db
    .update(subCases)
    .set({ clockStartedOn: addCalendarDays(LONG_AGO, -7), dueOn: LONG_AGO })
    .where(eq(subCases.id, hukouOf(detail).id));
}

function figure(page: Page, testId: string) {
  return page.getByTestId(testId).locator('.lb-figure-value');
}

describe('the supervision dashboard in the browser', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp();
    browser = await launchBrowser();
    const context = app.services.context;
    await seedSynthetic(app.database, context.keys, {
      cases: 400,
      years: 1,
      catalog: context.catalog,
      calendar: context.calendar,
    });

    const family = await app.citizenCookie(0);
    // Waiting at the window (待受理).
    await submit(app, family);
    // Accepted, and its household sub-case long overdue.
    late = await submit(app, family, { values: { 'deceased.name': LATE_DECEASED } });
    await accept(app, late.id);
    await makeLate(late);
    // Every department done: ready for delivery (待出件).
    ready = await submit(app, family);
    await accept(app, ready.id);
    await completeAll(app, ready);
    // Overdue in another prefecture's county.
    elsewhere = await submit(app, family, { regionCode: '530302' });
    await accept(app, elsewhere.id, '530302');
    await makeLate(elsewhere);
  }, 180_000);

  tellAsOneStory();

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.stop();
  });

  it('the provincial supervisor reads the key figures at a glance, the same numbers as the API', async () => {
    const figures = await dashboardFor('supervisor-yunnan');
    province = await supervisorPage('supervisor-yunnan');
    await province.getByRole('tab', { name: '监管总览', selected: true }).waitFor();
    await province.getByRole('heading', { name: '云南省监管总览', level: 2 }).waitFor();
    await province
      .getByTestId('dashboard-as-of')
      .getByText(`统计期间 ${figures.period.from} 至 ${figures.period.to}`)
      .waitFor();
    await province
      .getByTestId('dashboard-as-of')
      .getByText(/数据读取于 \d{4}\/\d\d\/\d\d \d\d:\d\d/)
      .waitFor();
    // Read from the database itself: no replica note.
    expect(await province.getByTestId('dashboard-replica').count()).toBe(0);

    expect(figures.timeLimits.overdue).toBeGreaterThanOrEqual(2);
    await expect
      .poll(() => figure(province, 'figure-received').textContent())
      .toBe(`${number(figures.cases.received)}件`);
    expect(await figure(province, 'figure-completed').textContent()).toBe(
      `${number(figures.cases.completed)}件`,
    );
    expect(await figure(province, 'figure-overdue').textContent()).toBe(
      `${number(figures.timeLimits.overdue)}件`,
    );
    expect(await figure(province, 'figure-at-risk').textContent()).toBe(
      `${number(figures.timeLimits.atRisk)}件`,
    );
    expect(await figure(province, 'figure-follow-ups').textContent()).toBe(
      `${number(figures.followUps.open)}件`,
    );
    expect(await figure(province, 'figure-visits').textContent()).toBe(
      `${number(figures.savings.visitsAvoided)}次`,
    );
    // Overdue says so in words and with an icon, not by its red alone.
    await province.getByTestId('figure-overdue').getByText('逾期', { exact: true }).waitFor();
    await province.getByTestId('figure-overdue').getByRole('link', { name: '查看逾期清单' }).waitFor();
    await record(province, 'province');
  });

  it('each chart is an image named by its summary, drawn on a canvas, with its numbers in a table', async () => {
    const figures = await dashboardFor('supervisor-yunnan');
    for (const chart of [
      'chart-trend',
      'chart-states',
      'chart-channels',
      'chart-limits-departments',
      'chart-limits-regions',
      'chart-handling',
      'chart-ratings',
      'chart-satisfaction-departments',
    ]) {
      const card = province.getByTestId(chart);
      await card.getByRole('heading', { level: 3 }).waitFor();
      const image = card.getByRole('img');
      expect((await image.getAttribute('aria-label'))?.length, chart).toBeGreaterThan(10);
      expect(await image.locator('canvas').count(), chart).toBeGreaterThan(0);
      await card.getByText('查看数据表').waitFor();
    }
    const trend = province.getByTestId('chart-trend');
    expect(await trend.getByRole('img').getAttribute('aria-label')).toContain(
      `共收件 ${number(figures.cases.received)} 件`,
    );
    await trend.getByText('查看数据表').click();
    const thisMonth = figures.cases.byMonth.at(-1);
    const row = trend
      .getByRole('row')
      .filter({ has: province.getByRole('rowheader', { name: thisMonth.month }) });
    await row.getByRole('cell').last().getByText(number(thisMonth.completed), { exact: true }).waitFor();

    // Every region beneath, in the table too, with its overdue count linking to its list.
    const regions = province.getByTestId('chart-limits-regions');
    await regions.getByText('查看数据表').click();
    const kunming = figures.timeLimits.byRegion.find((r: Json) => r.regionCode === '530100');
    const kunmingRow = regions
      .getByRole('row')
      .filter({ has: province.getByRole('link', { name: '昆明市' }) });
    if (kunming.overdue > 0)
      await kunmingRow
        .getByRole('link', { name: new RegExp(`^${number(kunming.overdue)} 件逾期，昆明市`) })
        .waitFor();
    await record(province, 'province-tables');
  });

  it('goes down to 昆明市 and to 五华区 by their links, and back up by the breadcrumb', async () => {
    await province
      .getByRole('navigation', { name: '进入下辖地区' })
      .getByRole('link', { name: '进入昆明市' })
      .click();
    await province.waitForURL(/\/supervision\?region=530100/);
    await province.getByRole('heading', { name: '昆明市监管总览', level: 2 }).waitFor();
    const crumbs = province.getByRole('navigation', { name: '地区层级' });
    await crumbs.getByRole('link', { name: '云南省', exact: true }).waitFor();
    const kunming = await dashboardFor('supervisor-yunnan', '?region=530100');
    await expect
      .poll(() => figure(province, 'figure-overdue').textContent())
      .toBe(`${number(kunming.timeLimits.overdue)}件`);
    await record(province, 'kunming');

    await province.getByRole('link', { name: '进入五华区' }).click();
    await province.waitForURL(/region=530102/);
    await province.getByRole('heading', { name: '五华区监管总览', level: 2 }).waitFor();
    await crumbs.getByRole('link', { name: '昆明市', exact: true }).waitFor();
    // A county has no regions beneath it.
    await province.getByTestId('chart-trend').waitFor();
    expect(await province.getByTestId('chart-limits-regions').count()).toBe(0);
    const wuhua = await dashboardFor('supervisor-yunnan', '?region=530102');
    await expect
      .poll(() => figure(province, 'figure-overdue').textContent())
      .toBe(`${number(wuhua.timeLimits.overdue)}件`);
    await record(province, 'wuhua');
  });

  it('opens the overdue list, the late case first, and the case masked — the view recorded', async () => {
    const wuhua = await dashboardFor('supervisor-yunnan', '?region=530102');
    await province.getByTestId('figure-overdue').getByRole('link', { name: '查看逾期清单' }).click();
    await province.waitForURL(/\/supervision\/sub-cases\?status=overdue&region=530102/);
    await province.getByRole('heading', { name: '逾期子件清单', level: 1 }).waitFor();
    await province.getByTestId('sub-list-scope').getByText('五华区').waitFor();
    const shown = Math.min(wuhua.timeLimits.overdue, 50);
    await province
      .getByTestId('sub-list-count')
      .getByText(`共 ${wuhua.timeLimits.overdue} 件，已显示 ${shown} 件`)
      .waitFor();
    const first = province.getByTestId('sub-list').locator('.ant-table-tbody tr.ant-table-row').first();
    await first.getByRole('button', { name: late.code }).waitFor();
    await first.getByText('死亡人员户口注销').waitFor();
    await first.getByText(/^已超期 \d+ 个工作日$/).waitFor();
    expect(await province.getByText(elsewhere.code).count()).toBe(0);
    await record(province, 'overdue-list');

    await first.getByRole('button', { name: late.code }).click();
    const drawer = province.getByRole('dialog', { name: `办件 ${late.code}` });
    await drawer.getByText('您查看本办件的记录将被留存。').waitFor();
    await drawer
      .getByTestId('case-view-deceased')
      .getByText(maskName(LATE_DECEASED), { exact: true })
      .waitFor();
    expect(await drawer.getByText(LATE_DECEASED).count()).toBe(0);
    const hukou = drawer.getByRole('row').filter({ hasText: '死亡人员户口注销' });
    await hukou.getByText('已超期').waitFor();
    await hukou.getByText(LONG_AGO).waitFor();
    await settle(province);
    await record(province, 'case-view');
    const audit = await queryRows<{ n: number }>(
      app.database.db,
      sql`SELECT count(*)::int AS n FROM audit_event
          WHERE action = 'personal_data.viewed' AND details->>'caseCode' = ${late.code}
            AND details->>'purpose' = 'supervision'`,
    );
    expect(audit[0]?.n).toBe(1);

    await drawer
      .getByRole('button', { name: /关闭|Close/ })
      .first()
      .click();
    await drawer.waitFor({ state: 'hidden' });
    expect(new URL(province.url()).searchParams.get('case')).toBeNull();
  });

  it('exports the dashboard and downloads the monthly report', async () => {
    await province.getByRole('link', { name: '返回监管总览' }).click();
    await province.getByRole('heading', { name: '五华区监管总览', level: 2 }).waitFor();
    await settle(province);

    const [exported] = await Promise.all([
      province.waitForEvent('download'),
      province.getByRole('link', { name: '导出Excel' }).click(),
    ]);
    expect(exported.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(await exported.failure()).toBeNull();
    expect(exported.url()).toContain('view=dashboard');
    expect(exported.url()).toContain('region=530102');

    const [report] = await Promise.all([
      province.waitForEvent('download'),
      province.getByRole('link', { name: '月报（PDF）' }).click(),
    ]);
    expect(report.suggestedFilename()).toMatch(/\.pdf$/);
    expect(await report.failure()).toBeNull();
    await record(province, 'downloads');
  });

  it('reads in English, and on a narrow window nothing is wider than the window', async () => {
    await province.goto(`${app.url}/supervision`);
    await province.getByRole('button', { name: 'English' }).click();
    await province.getByRole('heading', { name: 'Yunnan Province: overview', level: 2 }).waitFor();
    await province.getByTestId('figure-overdue').getByText('Overdue', { exact: true }).waitFor();
    await province.getByTestId('chart-trend').getByRole('heading', { name: 'Cases over time' }).waitFor();
    await record(province, 'province-english');
    await province.getByRole('button', { name: '中文' }).click();
    await province.getByRole('heading', { name: '云南省监管总览', level: 2 }).waitFor();

    await province.setViewportSize({ width: 390, height: 844 });
    await settle(province);
    expect(await province.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The charts followed their cards.
    const widths = await province
      .locator('.lb-chart canvas')
      .evaluateAll((canvases) => canvases.map((c) => c.getBoundingClientRect().right));
    expect(widths.length).toBeGreaterThan(0);
    expect(Math.max(...widths)).toBeLessThanOrEqual(390);
    await record(province, 'province-narrow');
    await province.setViewportSize(PC.viewport);
  });

  it('the county supervisor of 五华区 sees only 五华区, and is calmly refused another county', async () => {
    const own = await dashboardFor('supervisor-530102');
    expect(own.scope.regionCode).toBe('530102');
    const county = await supervisorPage('supervisor-530102');
    await county.getByRole('heading', { name: '五华区监管总览', level: 2 }).waitFor();
    await expect
      .poll(() => figure(county, 'figure-overdue').textContent())
      .toBe(`${number(own.timeLimits.overdue)}件`);
    // Nothing above or beside: no way up, no regions beneath, no other county named.
    expect(await county.getByRole('navigation', { name: '地区层级' }).count()).toBe(0);
    expect(await county.getByTestId('chart-limits-regions').count()).toBe(0);
    const text = (await county.locator('main').textContent()) ?? '';
    for (const other of ['麒麟区', '盘龙区', '昆明市', '云南省监管总览']) expect(text).not.toContain(other);
    await record(county, 'county');

    await county.getByTestId('figure-overdue').getByRole('link', { name: '查看逾期清单' }).click();
    await county.getByRole('heading', { name: '逾期子件清单', level: 1 }).waitFor();
    await county.getByRole('button', { name: late.code }).waitFor();
    expect(await county.getByText(elsewhere.code).count()).toBe(0);

    // Another county by the address: a calm refusal and the way back, not an error page.
    for (const region of ['530302', '530103']) {
      await county.goto(`${app.url}/supervision?region=${region}`);
      const refusal = county.getByTestId('supervision-out-of-scope');
      await refusal.getByRole('heading', { name: '无法查看这个地区' }).waitFor();
      await refusal.getByText('您可以查看五华区及其下辖地区的监管数据。').waitFor();
      await refusal.getByRole('link', { name: '返回五华区监管总览' }).waitFor();
      expect(await county.getByRole('alert').count()).toBe(0);
    }
    await record(county, 'county-refused');

    await county.goto(`${app.url}/supervision/sub-cases?status=overdue&region=530302`);
    await county
      .getByTestId('supervision-out-of-scope')
      .getByRole('heading', { name: '无法查看这个地区' })
      .waitFor();
    await county.goto(`${app.url}/supervision/sub-cases?status=overdue&case=${elsewhere.code}`);
    const drawer = county.getByRole('dialog', { name: `办件 ${elsewhere.code}` });
    await drawer.getByText('没有找到这个办件，或它不在您的监管范围内。').waitFor();
    expect(await drawer.getByText(maskName(LATE_DECEASED)).count()).toBe(0);
    await settle(county);
    await record(county, 'county-case-refused');

    await county.goto(`${app.url}/supervision?region=530302`);
    await county.getByRole('link', { name: '返回五华区监管总览' }).click();
    await county.getByRole('heading', { name: '五华区监管总览', level: 2 }).waitFor();
  });

  it('the ready case is counted among cases ready for delivery', async () => {
    const wuhua = await dashboardFor('supervisor-530102');
    const readyCount = wuhua.cases.byState.find((s: Json) => s.state === 'ready_for_delivery').count;
    expect(readyCount).toBeGreaterThanOrEqual(1);
    expect(ready.code).toMatch(/^530102/);
    const page = await supervisorPage('supervisor-530102');
    const states = page.getByTestId('chart-states');
    await states.getByText('查看数据表').click();
    await states
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: '待出件' }) })
      .getByRole('cell')
      .first()
      .getByText(number(readyCount), { exact: true })
      .waitFor({ timeout: TIMEOUT });
    await record(page, 'county-states-table');
  });
});
