/**
 * Case codes under parallel submissions in one county, on PGlite and (with
 * LIANBAN_TEST_BACKEND=postgres) on a PostgreSQL server: every code is unique, valid and in the
 * documented format; nothing in a county waits on one counter row for the length of a submission;
 * a submission refused after its number was reserved leaves at most a gap, never a code used twice.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chinaDateStamp, isValidCaseCode, parseCaseCode } from '../../src/domain/case-code.ts';
import { CaseCodeReserver } from '../../src/server/commands/case-codes.ts';
import { type Db, queryRows } from '../../src/server/db/database.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { newDeceasedIdNumber, prepareDraft, submitDraft } from '../support/workflow.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
});
afterAll(async () => {
  await app?.stop();
});

const COUNTY = '530102';

/** Runs `work` over `items` with at most `limit` at a time. */
async function inBatches<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += limit)
    results.push(...(await Promise.all(items.slice(i, i + limit).map(work))));
  return results;
}

/** A database handle that counts the statements sent through `execute`. */
function counting(db: Db): { db: Db; statements: () => number } {
  let statements = 0;
  const counted = Object.create(db) as Db;
  counted.execute = ((query: Parameters<Db['execute']>[0]) => {
    statements++;
    return db.execute(query);
  }) as Db['execute'];
  return { db: counted, statements: () => statements };
}

describe(`case codes in one county (${process.env.LIANBAN_TEST_BACKEND ?? 'pglite'})`, () => {
  it('stay unique and gap-free when a county’s families submit at the same moment', async () => {
    const families = await Promise.all([0, 1, 2, 3].map((i) => app.citizenCookie(i)));
    const drafts = await inBatches(
      Array.from({ length: 24 }, (_, i) => i),
      6,
      async (i) => {
        const cookie = families[i % families.length] as string;
        return { cookie, draft: await prepareDraft(app, cookie, { regionCode: COUNTY }) };
      },
    );
    const before = await queryRows<{ last_sequence: number }>(
      app.database.db,
      sql`SELECT last_sequence FROM case_code_sequence WHERE region_code = ${COUNTY} AND day = ${chinaDateStamp(new Date())}`,
    );
    const first = Number(before[0]?.last_sequence ?? 0) + 1;

    const answers = await Promise.all(drafts.map(({ cookie, draft }) => submitDraft(app, cookie, draft)));

    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    const codes = answers.map((a) => a.body.code as string);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) {
      expect(isValidCaseCode(code)).toBe(true);
      expect(parseCaseCode(code)).toMatchObject({ regionCode: COUNTY, date: chinaDateStamp(new Date()) });
    }
    // None failed, so none left a gap: the numbers are the next 24 of the day, each used once.
    const numbers = codes.map((code) => parseCaseCode(code)?.sequence as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 24 }, (_, i) => first + i));
  });

  it('reserves numbers for every waiting submission in one statement, unique across instances', async () => {
    const day = new Date('2031-05-04T02:00:00Z');
    const one = counting(app.database.db);
    const other = counting(app.database.db);
    const instances = [new CaseCodeReserver(one.db), new CaseCodeReserver(other.db)];

    const codes = await Promise.all(
      Array.from({ length: 200 }, (_, i) => (instances[i % 2] as CaseCodeReserver).next(COUNTY, day)),
    );

    expect(new Set(codes).size).toBe(200);
    expect(codes.every(isValidCaseCode)).toBe(true);
    const numbers = codes.map((code) => parseCaseCode(code)?.sequence as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    // A hundred requests on each instance, a handful of statements: the ones that arrived while a
    // reservation was on its way shared the next.
    expect(one.statements()).toBeLessThan(10);
    expect(other.statements()).toBeLessThan(10);
    // Another county and another day count on their own.
    expect(parseCaseCode((await instances[0]?.next('530302', day)) as string)?.sequence).toBe(1);
  });

  it('makes one case when two relatives submit for the same person at once; later codes stay new', async () => {
    // Two relatives start an application for the same person before either submits; both
    // submissions pass their checks, the database lets one case through.
    const deceasedIdNumber = newDeceasedIdNumber(COUNTY);
    const [first, second] = await Promise.all([app.citizenCookie(1), app.citizenCookie(2)]);
    const drafts = [
      { cookie: first as string, draft: await prepareDraft(app, first as string, { deceasedIdNumber }) },
      { cookie: second as string, draft: await prepareDraft(app, second as string, { deceasedIdNumber }) },
    ];
    const answers = await Promise.all(drafts.map(({ cookie, draft }) => submitDraft(app, cookie, draft)));

    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const refused = answers.find((a) => a.status === 409);
    expect(refused?.body.error.code).toBe('CASE_EXISTS');
    const made = answers.find((a) => a.status === 201)?.body.code as string;

    const next = await submitDraft(app, first as string, await prepareDraft(app, first as string));
    expect(next.status).toBe(201);
    const rows = await queryRows<{ code: string }>(
      app.database.db,
      sql`SELECT code FROM "case" WHERE code IN (${made}, ${next.body.code as string})`,
    );
    expect(rows).toHaveLength(2);
    expect(parseCaseCode(next.body.code)?.sequence).toBeGreaterThan(parseCaseCode(made)?.sequence as number);
  });
});
