/**
 * The department workbench list a page at a time (keyset pagination): a county's police with a
 * backlog pages through every sub-case exactly once, oldest submission first (then by sub-case
 * id, also across pages where submissions share a time), with the total on every page and no
 * cursor after the last; a malformed cursor or page size is a field error; and neither a cursor
 * nor paging shows anyone a sub-case outside their scope, or one the front desk has not accepted.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { accept, departmentSubCases, submit } from '../support/workflow.ts';

let app: TestApp;
/** The police sub-cases of 五华区 (530102) the front desk accepted, in the order the list must give. */
let expected: string[] = [];
/** A case of 五华区 still waiting at the front desk: no department sees its sub-cases. */
let waitingSubCases: string[] = [];
/** The police sub-cases of 建水县 (532524). */
const jianshui: string[] = [];

const PAGE = 10;
const CASES = 18;
// Every third case also asks for the driving licence to be cancelled: a second police sub-case
// submitted at the same moment as the first.
const withLicence = (i: number) => i % 3 === 0;

type Row = { id: string; caseCode: string; submittedAt: string; regionCode: string; state: string };
type Page = { items: Row[]; nextCursor: string | null; total: number };

async function page(cookie: string, query: Record<string, string>) {
  const response = await app.api(`/api/v1/department/sub-cases?${new URLSearchParams(query)}`, { cookie });
  return response as { status: number; body: Page };
}

/** Every page of the list, following the cursor; the pages as they came. */
async function pageThrough(cookie: string, state: string, limit: number): Promise<Page[]> {
  const pages: Page[] = [];
  let cursor: string | null = null;
  while (pages.length < 100) {
    const got = await page(cookie, { state, limit: String(limit), ...(cursor ? { cursor } : {}) });
    expect(got.status).toBe(200);
    pages.push(got.body);
    cursor = got.body.nextCursor;
    if (!cursor) return pages;
  }
  throw new Error('the list did not end');
}

const policeOf = (detail: { subCases: { id: string; departmentCode: string }[] }) =>
  detail.subCases.filter((s) => s.departmentCode === 'public-security').map((s) => s.id);

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
  const family = await app.citizenCookie(0);
  const wuhua: { caseId: string; subCases: string[] }[] = [];
  for (let i = 0; i < CASES; i++) {
    const detail = await submit(
      app,
      family,
      withLicence(i)
        ? {
            answers: { drivingLicence: 'yes' },
            values: { 'deceased.drivingLicenceNumber': `530102${i}0001234` },
          }
        : {},
    );
    await accept(app, detail.id);
    wuhua.push({ caseId: detail.id, subCases: policeOf(detail) });
  }
  // Submissions four at a time in one microsecond, and two of those a microsecond apart within
  // one millisecond: the order then rests on the sub-case id, and on the database's microseconds.
  const times = ['2026-11-02T01:00:00.000100Z', '2026-11-02T01:00:00.000101Z', '2026-11-02T01:00:00.002Z'];
  const at = (i: number) => times[Math.floor(i / 4) % times.length] as string;
  for (const [i, { caseId }] of wuhua.entries()) {
    await app.database.db.execute(
      sql`UPDATE "case" SET submitted_at = ${at(i)}::timestamptz WHERE id = ${caseId}`,
    );
  }
  expected = wuhua
    .flatMap(({ subCases }, i) => subCases.map((id) => ({ at: at(i), id })))
    .sort((a, b) => (a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1))
    .map((s) => s.id);

  waitingSubCases = policeOf(await submit(app, family));
  for (let i = 0; i < 2; i++) {
    const detail = await submit(app, family, { regionCode: '532524' });
    await accept(app, detail.id, '532524');
    jianshui.push(...policeOf(detail));
  }
}, 300_000);

afterAll(async () => {
  await app?.stop();
});

describe('the department list, a page at a time', () => {
  it('has a backlog of three pages and more', () => {
    expect(expected.length).toBe(CASES + CASES / 3);
    expect(expected.length).toBeGreaterThan(2 * PAGE);
    expect(waitingSubCases.length).toBe(1);
  });

  it('gives every sub-case once, oldest submission first then by id, with the total on every page', async () => {
    const police = await app.signInStaff('police-530102');
    const pages = await pageThrough(police, 'all', PAGE);
    expect(pages.length).toBe(Math.ceil(expected.length / PAGE));
    for (const [i, p] of pages.entries()) {
      expect(p.total).toBe(expected.length);
      expect(p.items.length).toBe(i < pages.length - 1 ? PAGE : expected.length - PAGE * (pages.length - 1));
      if (i < pages.length - 1) expect(p.nextCursor).toEqual(expect.any(String));
    }
    expect(pages.at(-1)?.nextCursor).toBeNull();
    const ids = pages.flatMap((p) => p.items.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expected);
    expect(ids).not.toContain(waitingSubCases[0]);
    for (const row of pages.flatMap((p) => p.items)) expect(row.regionCode).toBe('530102');

    // The same order in one page as across pages, and a page never ends on an empty next page.
    const whole = await page(police, { state: 'all', limit: '200' });
    expect(whole.body.items.map((r) => r.id)).toEqual(expected);
    expect(whole.body).toMatchObject({ nextCursor: null, total: expected.length });
    const exact = await pageThrough(police, 'all', expected.length);
    expect(exact.length).toBe(1);
  });

  it('pages one row at a time through the same order', async () => {
    const police = await app.signInStaff('police-530102');
    const pages = await pageThrough(police, 'all', 1);
    expect(pages.flatMap((p) => p.items.map((r) => r.id))).toEqual(expected);
  });

  it('counts and pages within the state filter', async () => {
    const police = await app.signInStaff('police-530102');
    // Without a limit a page holds 50 rows; all of these fit in one.
    const first = await page(police, {});
    expect(first.body).toMatchObject({ total: expected.length, nextCursor: null });
    expect(first.body.items.map((r) => r.id)).toEqual(expected);

    const claimedIds = [expected[3], expected[PAGE + 1]] as string[];
    for (const id of claimedIds) {
      const opened = await app.api(`/api/v1/department/sub-cases/${id}`, { cookie: police });
      const claimed = await app.api(`/api/v1/department/sub-cases/${id}/claim`, {
        cookie: police,
        body: { version: opened.body.version },
      });
      expect(claimed.status).toBe(200);
    }
    const pending = await pageThrough(police, 'pending', PAGE);
    expect(pending.every((p) => p.total === expected.length - claimedIds.length)).toBe(true);
    expect(pending.flatMap((p) => p.items.map((r) => r.id))).toEqual(
      expected.filter((id) => !claimedIds.includes(id)),
    );
    const inReview = await pageThrough(police, 'in_review', 1);
    expect(inReview.map((p) => p.total)).toEqual([2, 2]);
    expect(inReview.flatMap((p) => p.items.map((r) => r.id))).toEqual(claimedIds);
    // A cursor is only a position: used with another filter, that filter's rows after it.
    const cursor = (await page(police, { state: 'all', limit: String(PAGE) })).body.nextCursor as string;
    const after = await page(police, { state: 'in_review', cursor });
    expect(after.body.items.map((r) => r.id)).toEqual([expected[PAGE + 1]]);
    expect(after.body.total).toBe(2);
  });

  it('refuses a malformed cursor as a field error naming it, in Chinese and English', async () => {
    const police = await app.signInStaff('police-530102');
    const garbage = [
      'not-a-cursor!',
      Buffer.from('hello').toString('base64url'),
      Buffer.from(JSON.stringify(['yesterday', expected[0]])).toString('base64url'),
      Buffer.from(JSON.stringify(['2026-11-02T01:00:00Z', "' OR 1=1 --"])).toString('base64url'),
      'A'.repeat(600),
    ];
    for (const cursor of garbage) {
      const refused = await page(police, { state: 'all', cursor });
      expect(refused.status, cursor).toBe(400);
      const body = refused.body as unknown as {
        error: { code: string; messageZh: string; messageEn: string; fields: Record<string, string>[] };
      };
      expect(Object.keys(body)).toEqual(['error']);
      expect(body.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        messageZh: expect.any(String),
        messageEn: expect.any(String),
      });
      expect(body.error.fields).toEqual([
        {
          field: 'cursor',
          labelZh: '翻页位置',
          labelEn: 'Page cursor',
          zh: expect.stringMatching(/[\u4e00-\u9fff]/),
          en: expect.stringMatching(/[a-z]/),
        },
      ]);
      expect(JSON.stringify(body)).not.toMatch(/ at .*\.ts:\d+/);
    }
  });

  it('refuses a page size outside 1 to 200, naming it', async () => {
    const police = await app.signInStaff('police-530102');
    for (const limit of ['0', '201', '-5', '2.5', 'ten']) {
      const refused = await page(police, { limit });
      expect(refused.status, limit).toBe(400);
      const body = refused.body as unknown as { error: { code: string; fields: Record<string, string>[] } };
      expect(body.error.code).toBe('VALIDATION_FAILED');
      expect(body.error.fields).toEqual([
        expect.objectContaining({ field: 'limit', labelZh: '每页条数', labelEn: 'Rows per page' }),
      ]);
    }
    for (const limit of ['1', '200']) expect((await page(police, { limit })).status, limit).toBe(200);
  });

  it('never shows another county, or another department, these sub-cases, whatever the cursor', async () => {
    const police = await app.signInStaff('police-530102');
    const cursors = (await pageThrough(police, 'all', PAGE)).flatMap((p) =>
      p.nextCursor ? [p.nextCursor] : [],
    );
    expect(cursors.length).toBeGreaterThanOrEqual(2);

    const other = await app.signInStaff('police-532524');
    const theirs = await pageThrough(other, 'all', 1);
    expect(theirs.flatMap((p) => p.items.map((r) => r.id)).sort()).toEqual([...jianshui].sort());
    expect(theirs.every((p) => p.total === jianshui.length)).toBe(true);
    for (const cursor of cursors) {
      const borrowed = await page(other, { state: 'all', cursor, limit: '200' });
      expect(borrowed.status).toBe(200);
      expect(borrowed.body.total).toBe(jianshui.length);
      for (const row of borrowed.body.items) {
        expect(jianshui).toContain(row.id);
        expect(row.regionCode).toBe('532524');
      }
    }

    const hrss = await app.signInStaff('hrss-530102');
    const ids = (await pageThrough(hrss, 'all', PAGE)).flatMap((p) => p.items.map((r) => r.id));
    for (const id of [...expected, ...jianshui]) expect(ids).not.toContain(id);
    for (const cursor of cursors) {
      const borrowed = await page(hrss, { state: 'all', cursor });
      for (const row of borrowed.body.items) expect(expected).not.toContain(row.id);
    }
  });

  it('pages through everything with the helper the other tests use', async () => {
    const police = await app.signInStaff('police-530102');
    const all = await departmentSubCases(app, police, 'all', 7);
    expect(all.map((r: { id: string }) => r.id)).toEqual(expected);
  });
});
