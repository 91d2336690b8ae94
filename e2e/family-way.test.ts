/**
 * The family's way through, on a phone: a case waiting for their correction has a 去补正 button
 * that lands on the items to put right; a message opens what it is about and is read once opened;
 * a due date in a year whose holiday notice is not loaded says 暂定 in words; and the administrator
 * is told which notice is missing and what to do. Every recorded step is screenshotted into
 * test-results/e2e/family-way/ and checked with axe-core (any violation fails the test).
 */
import { eq } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subCases } from '../src/server/db/schema.ts';
import { startTestApp, type TestApp } from '../tests/support/test-app.ts';
import { type SubmittedCase, submit } from '../tests/support/workflow.ts';
import { launchBrowser } from './support/browser.ts';
import { newDeviceContext, PC, PHONE, settledRecorder, TIMEOUT, tellAsOneStory } from './support/story.ts';
import { ensureWebBuild } from './support/web-build.ts';

const record = settledRecorder('family-way');

let app: TestApp;
let browser: Browser;
let family: BrowserContext;
let phone: Page;
let familyCookie = '';
let waiting: SubmittedCase; // sent back for a correction
let accepted: SubmittedCase; // accepted, one sub-case due in 2027

/** Whether the element is inside the visible part of the page. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => {
    const box = document.querySelector(css)?.getBoundingClientRect();
    return Boolean(box && box.top >= -1 && box.bottom <= window.innerHeight + 1);
  }, selector);
}

describe('the family’s way through', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    app = await startTestApp();
    browser = await launchBrowser();

    // Two cases of 张伟's, each for a deceased of its own: one the window sends back for a
    // correction, one it accepts.
    familyCookie = await app.citizenCookie(0);
    waiting = await submit(app, familyCookie);
    accepted = await submit(app, familyCookie);
    const clerk = await app.signInStaff('window-530102');
    const first = await app.api(`/api/v1/window/cases/${waiting.id}`, { cookie: clerk });
    const correction = await app.api(`/api/v1/window/cases/${waiting.id}/correction`, {
      cookie: clerk,
      body: {
        version: first.body.version,
        items: [{ kind: 'field', key: 'applicant.phone', reason: '号码无法接通，请核对后重新填写' }],
      },
    });
    expect(correction.status).toBe(200);
    const second = await app.api(`/api/v1/window/cases/${accepted.id}`, { cookie: clerk });
    const accept = await app.api(`/api/v1/window/cases/${accepted.id}/accept`, {
      cookie: clerk,
      body: { version: second.body.version },
    });
    expect(accept.status).toBe(200);

    family = await newDeviceContext(browser, PHONE);
    await family.addCookies([
      { name: 'lb_session', value: familyCookie.split('=')[1] ?? '', url: app.url, httpOnly: true },
    ]);
    phone = await family.newPage();
  });

  tellAsOneStory();

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('a case waiting for the family’s correction has 去补正, which lands on the items to fix', async () => {
    await phone.goto(`${app.url}/portal`);
    await phone.getByText('您好，张伟').waitFor();
    const card = phone.locator('.lb-case-card').filter({ hasText: waiting.code });
    const go = card.getByRole('button', { name: `去补正 ${waiting.code}` });
    await go.waitFor();
    // Only the case waiting for the family has it.
    expect(
      await phone
        .locator('.lb-case-card')
        .filter({ hasText: accepted.code })
        .getByTestId('correction-go')
        .count(),
    ).toBe(0);
    await record(phone, 'home-correction-button');

    await go.click();
    await phone.waitForURL(`${app.url}/portal/cases/${waiting.code}#correction`);
    // Focus on the correction's heading, in view; the listed field right under it.
    await expect
      .poll(() => phone.evaluate(() => document.activeElement?.id), { timeout: TIMEOUT })
      .toBe('correction');
    expect(await inView(phone, '#correction')).toBe(true);
    const items = phone.getByTestId('correction');
    await items.getByText('号码无法接通，请核对后重新填写').waitFor();
    await items.getByLabel('申请人手机号码').waitFor();
    await record(phone, 'landed-on-correction');
  });

  it('a message opens what it is about and is read once opened', async () => {
    await phone.goto(`${app.url}/portal/messages`);
    const unread = phone.getByTestId('unread-count');
    await expect.poll(() => unread.textContent(), { timeout: TIMEOUT }).toMatch(/\d+ 条未读/);
    const before = Number(((await unread.textContent()) ?? '').match(/\d+/)?.[0]);
    const message = phone
      .getByTestId('message')
      .filter({ hasText: `您的申请（办件编码${waiting.code}）需要补正` });
    await message.getByText('未读', { exact: true }).waitFor();
    // Every message says where it leads: the acknowledgement opens its case.
    await phone
      .getByTestId('message')
      .filter({ hasText: `办件编码${accepted.code}` })
      .first()
      .getByRole('link', { name: new RegExp(`^查看办件\\s*（办件 ${accepted.code}）$`) })
      .waitFor();
    await record(phone, 'messages-with-links');

    await message.getByRole('link', { name: new RegExp(`^去补正\\s*（办件 ${waiting.code}）$`) }).click();
    await phone.waitForURL(`${app.url}/portal/cases/${waiting.code}#correction`);
    await expect
      .poll(() => phone.evaluate(() => document.activeElement?.id), { timeout: TIMEOUT })
      .toBe('correction');

    await phone.goto(`${app.url}/portal/messages`);
    await message.getByText('已读', { exact: true }).waitFor();
    await expect.poll(() => unread.textContent(), { timeout: TIMEOUT }).toBe(`${before - 1} 条未读`);
    const listed = await app.api('/api/v1/messages', { cookie: familyCookie });
    const read = listed.body.items.find(
      (m: { template: string; about: { caseCode: string } }) => m.template === 'case.correction',
    );
    expect(read).toMatchObject({ about: { kind: 'correction', caseCode: waiting.code } });
    expect(read.readAt).not.toBeNull();
    await record(phone, 'message-read');
  });

  it('a due date in a year without its holiday notice says 暂定, in words', async () => {
    // As shipped, the catalog has no notice for 2027.
    const notices = await app.api('/api/v1/calendar/notices');
    expect(notices.body.years).not.toContain(2027);
    // One department's clock started on 28 December: its due date falls in 2027.
    const [sub] = accepted.subCases;
    if (!sub) throw new Error('the accepted case has no sub-case');
    await app.database.db
      .update(subCases)
      .set({ clockStartedOn: '2026-12-28', dueOn: '2027-01-05' })
      .where(eq(subCases.id, sub.id));

    await phone.goto(`${app.url}/portal/cases/${accepted.code}`);
    const entry = phone.getByTestId('track-entry').filter({ hasText: '2027-01-05' });
    await entry.getByText(/预计 2027-01-05（暂定） 前办结/).waitFor();
    await phone
      .getByTestId('provisional-note')
      .getByText(/2027 年节假日安排尚未载入/)
      .waitFor();
    // Dates in years with a notice carry no mark.
    expect(await phone.getByText(/2026-\d\d-\d\d（暂定）/).count()).toBe(0);
    await record(phone, 'tracking-provisional-due-date');
  });

  it('the administrator is told which notice is missing and how to add it; the SMS list is reachable by keyboard', async () => {
    const staff = await newDeviceContext(browser, PC);
    const pc = await staff.newPage();
    try {
      await pc.goto(`${app.url}/staff/sign-in`);
      await pc.getByLabel('用户名').fill('admin');
      await pc.getByLabel('密码', { exact: true }).fill('Lianban#2026');
      await pc.getByRole('button', { name: '登录' }).click();
      await pc.waitForURL(`${app.url}/admin`);
      const notice = pc.getByTestId('calendar-notice');
      await notice.getByText('2027 年节假日安排尚未载入，涉及 2027 年的办理时限为暂定').waitFor();
      await notice.getByText(/新增 catalog\/calendar\/national\/2027\.yaml/).waitFor();
      await record(pc, 'admin-calendar-notice');

      await pc.getByRole('tab', { name: '短信（开发）' }).click();
      const list = pc.getByRole('region', { name: '短信列表' });
      await list.getByRole('row').filter({ hasText: waiting.code }).first().waitFor();
      expect(await list.getAttribute('tabindex')).toBe('0');
      await record(pc, 'admin-sms-sink');
    } finally {
      await staff.close();
    }
  });
});
