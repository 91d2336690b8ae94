/**
 * `lianban seed --synthetic N`: realistic history written in bulk — counted, shaped like real
 * cases (bundles, clocks on the working-day calendar, ratings and their follow-ups, sealed
 * personal data the views can open), idempotent and topped up, supervision's figures equal to a
 * recount, case codes that never meet a real submission's, and refused in production.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { evaluateBundle } from '../../src/domain/bundle.ts';
import { isValidCaseCode, parseCaseCode } from '../../src/domain/case-code.ts';
import { compactDate } from '../../src/domain/clock.ts';
import { isValidResidentIdNumber } from '../../src/domain/identity-numbers.ts';
import * as clock from '../../src/server/clock.ts';
import { queryRows } from '../../src/server/db/database.ts';
import { blindIndex, decryptField } from '../../src/server/security/national-crypto.ts';
import {
  SYNTHETIC_REFUSED_IN_PRODUCTION,
  type SyntheticOptions,
  seedSynthetic,
} from '../../src/server/seed/synthetic.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { submit } from '../support/workflow.ts';

const run = promisify(execFile);
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
});
afterAll(async () => {
  await app?.stop();
});

function seed(cases: number, more: Partial<SyntheticOptions> = {}) {
  const { context } = app.services;
  return seedSynthetic(app.database, context.keys, {
    cases,
    catalog: context.catalog,
    calendar: context.calendar,
    batchSize: 120,
    ...more,
  });
}

const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(app.database.db, query);
const count = async (query: ReturnType<typeof sql>) =>
  Number((await rows<{ n: string | number }>(query))[0]?.n ?? 0);

type CaseRow = {
  id: string;
  code: string;
  region_code: string;
  state: string;
  channel: string;
  proactive: boolean;
  answers: Record<string, string>;
  issuer_acts: string[];
  savings: Record<string, number> | null;
  correction: unknown;
  deceased_id_number_encrypted: string;
  deceased_id_number_index: string;
  applicant_phone_encrypted: string;
  date_of_death: string;
  catalog_version: string;
};

type SubRow = {
  id: string;
  case_id: string;
  matter_code: string;
  department_code: string;
  region_code: string;
  state: string;
  fields: Record<string, string>;
  clock_started_on: string | null;
  committed_working_days: number | null;
  paused_working_days: number;
  paused_since: string | null;
  due_on: string | null;
  ended_on: string | null;
  handled_working_days: number | null;
};

const synthetic = sql`submitter_key = 'synthetic'`;
const dateText = (column: string) => sql.raw(`to_char(${column}, 'YYYY-MM-DD')`);

describe('synthetic history', () => {
  let first: Awaited<ReturnType<typeof seed>>;
  let cases: CaseRow[];
  let subs: SubRow[];

  beforeAll(async () => {
    first = await seed(300);
    cases = await rows<CaseRow>(
      sql`SELECT id, code, region_code, state, channel, proactive, answers, issuer_acts, savings, correction,
                 deceased_id_number_encrypted, deceased_id_number_index, applicant_phone_encrypted,
                 ${dateText('date_of_death')} AS date_of_death, catalog_version
          FROM "case" WHERE ${synthetic}`,
    );
    subs = await rows<SubRow>(
      sql`SELECT s.id, s.case_id, s.matter_code, s.department_code, s.region_code, s.state, s.fields,
                 ${dateText('s.clock_started_on')} AS clock_started_on, s.committed_working_days,
                 s.paused_working_days, ${dateText('s.paused_since')} AS paused_since,
                 ${dateText('s.due_on')} AS due_on, ${dateText('s.ended_on')} AS ended_on, s.handled_working_days
          FROM sub_case s JOIN "case" c ON c.id = s.case_id WHERE c.${synthetic}`,
    );
  });

  it('adds the cases asked for, with their sub-cases, ratings and follow-ups, and says so', async () => {
    expect(first).toMatchObject({ cases: 300, alreadyPresent: 0 });
    expect(cases).toHaveLength(300);
    expect(subs).toHaveLength(first.subCases);
    // Bundles average several matters.
    expect(first.subCases / first.cases).toBeGreaterThan(2.5);
    expect(
      await count(
        sql`SELECT count(*) AS n FROM rating r JOIN "case" c ON c.id = r.case_id WHERE c.${synthetic}`,
      ),
    ).toBe(first.ratings);
    expect(
      await count(
        sql`SELECT count(*) AS n FROM follow_up f JOIN "case" c ON c.id = f.case_id WHERE c.${synthetic}`,
      ),
    ).toBe(first.followUps);
    expect(first.elapsedMs).toBeGreaterThan(0);
    expect(first.databaseBytes).toBeGreaterThan(1_000_000);
  });

  it('spreads deaths over the counties unevenly, over the years, more in winter', async () => {
    const counties = await rows<{ code: string }>(sql`SELECT code FROM region WHERE level = 'county'`);
    const perCounty = new Map<string, number>();
    for (const c of cases) perCounty.set(c.region_code, (perCounty.get(c.region_code) ?? 0) + 1);
    expect([...perCounty.keys()].every((code) => counties.some((c) => c.code === code))).toBe(true);
    expect(perCounty.size).toBeGreaterThanOrEqual(4);
    expect(Math.max(...perCounty.values())).toBeGreaterThan(1.5 * Math.min(...perCounty.values()));
    const years = new Set(cases.map((c) => c.date_of_death.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(3);
    const month = (c: CaseRow) => Number(c.date_of_death.slice(5, 7));
    const winter = cases.filter((c) => [12, 1, 2].includes(month(c))).length;
    const summer = cases.filter((c) => [6, 7, 8].includes(month(c))).length;
    expect(winter).toBeGreaterThan(summer);
  });

  it('applies online, at the window and from proactive offers, about 6 : 3 : 1', () => {
    const share = (f: (c: CaseRow) => boolean) => cases.filter(f).length / cases.length;
    expect(share((c) => c.channel === 'online' && !c.proactive)).toBeGreaterThan(0.45);
    expect(share((c) => c.channel === 'window')).toBeGreaterThan(0.2);
    expect(share((c) => c.channel === 'window')).toBeLessThan(0.4);
    expect(share((c) => c.proactive)).toBeGreaterThan(0.04);
    expect(cases.filter((c) => c.proactive).every((c) => c.channel === 'online')).toBe(true);
    expect(cases.every((c) => c.savings !== null && Object.values(c.savings).every((n) => n > 0))).toBe(true);
  });

  it('gives each case the bundle the catalog gives for its answers', async () => {
    const catalog = await app.services.context.catalog.current();
    for (const c of cases) {
      expect(c.catalog_version).toBe(catalog.meta.version);
      const bundle = evaluateBundle(catalog, c.region_code, c.answers);
      expect(bundle?.covered).toBe(true);
      expect(bundle?.questionnaire.complete).toBe(true);
      const applied = bundle?.matters.filter((m) => m.included === true && m.needsApplication) ?? [];
      const mine = subs.filter((s) => s.case_id === c.id);
      expect(mine.map((s) => s.matter_code).sort()).toEqual(applied.map((m) => m.code).sort());
      for (const s of mine)
        expect(s.department_code).toBe(applied.find((m) => m.code === s.matter_code)?.departmentCode);
      expect([...c.issuer_acts].sort()).toEqual(
        (bundle?.matters.filter((m) => m.included === true && m.issuedBy).map((m) => m.code) ?? []).sort(),
      );
    }
  });

  it('seals personal data as a submission does: valid, distinct ID numbers and their blind index', () => {
    const { keys } = app.services.context;
    const ids = new Set<string>();
    for (const c of cases) {
      const id = decryptField(keys, c.deceased_id_number_encrypted);
      expect(isValidResidentIdNumber(id)).toBe(true);
      expect(blindIndex(keys, id)).toBe(c.deceased_id_number_index);
      expect(decryptField(keys, c.applicant_phone_encrypted)).toMatch(/^1[3-9]\d{9}$/);
      ids.add(id);
      for (const s of subs.filter((x) => x.case_id === c.id)) {
        expect(decryptField(keys, s.fields['deceased.idNumber'] as string)).toBe(id);
        expect(s.fields['deceased.name']).toBeTruthy();
      }
    }
    expect(ids.size).toBe(cases.length);
  });

  it('keeps every sub-case clock on the working-day calendar, some ended late', async () => {
    const { calendar } = app.services.context;
    const clocked = subs.filter((s) => s.clock_started_on !== null);
    expect(clocked.length).toBeGreaterThan(subs.length * 0.8);
    let late = 0;
    for (const s of clocked) {
      const committed = s.committed_working_days as number;
      const start = s.clock_started_on as string;
      expect(s.due_on).toBe(calendar.dueDate(start, committed + s.paused_working_days, s.region_code).due);
      if (s.state === 'completed' || s.state === 'rejected') {
        const ended = s.ended_on as string;
        expect(s.handled_working_days).toBe(
          calendar.workingDaysBetween(start, ended, s.region_code) - s.paused_working_days,
        );
        expect(ended > (s.due_on as string)).toBe((s.handled_working_days as number) > committed);
        if (ended > (s.due_on as string)) late++;
      } else {
        expect(s.ended_on).toBeNull();
        expect(s.paused_since !== null).toBe(s.state === 'returned');
      }
    }
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(clocked.length * 0.3);
    // A return is a request for more information: open while the sub-case waits, answered after.
    const requests = await rows<{ sub_case_id: string; answered: boolean }>(
      sql`SELECT r.sub_case_id, r.answered_at IS NOT NULL AS answered FROM supplement_request r
          JOIN "case" c ON c.id = r.case_id WHERE c.${synthetic}`,
    );
    const returned = subs.filter((s) => s.state === 'returned' || s.paused_working_days > 0);
    expect(returned.length).toBeGreaterThan(0);
    expect(requests).toHaveLength(returned.length);
    for (const s of returned)
      expect(requests.find((r) => r.sub_case_id === s.id)?.answered).toBe(s.state !== 'returned');
    // Waiting and cancelled sub-cases belong to cases the front desk has not accepted.
    for (const s of subs.filter((x) => x.clock_started_on === null)) {
      const state = cases.find((c) => c.id === s.case_id)?.state;
      expect(['submitted', 'correction_requested', 'rejected']).toContain(state);
    }
  });

  it('brings old cases to delivery and leaves recent ones on the way', async () => {
    const states = new Map<string, number>();
    for (const c of cases) states.set(c.state, (states.get(c.state) ?? 0) + 1);
    expect(states.get('delivered') ?? 0).toBeGreaterThan(cases.length * 0.7);
    expect(states.get('rejected') ?? 0).toBeGreaterThan(0);
    const recent = await rows<{ state: string }>(
      sql`SELECT state FROM "case" WHERE ${synthetic} ORDER BY submitted_at DESC LIMIT 10`,
    );
    expect(recent.some((c) => c.state !== 'delivered')).toBe(true);
    for (const c of cases.filter((x) => x.state === 'correction_requested'))
      expect(c.correction).not.toBeNull();
  });

  it('rates a share of delivered cases, mostly well, and follows up every poor rating', async () => {
    const ratings = await rows<{ id: string; target: string; level: number; state: string; rated: number }>(
      sql`SELECT r.id, r.target, r.level, c.state, (SELECT count(*) FROM follow_up f WHERE f.rating_id = r.id) AS rated
          FROM rating r JOIN "case" c ON c.id = r.case_id WHERE c.${synthetic}`,
    );
    expect(ratings.length).toBeGreaterThan(50);
    expect(ratings.every((r) => r.state === 'delivered')).toBe(true);
    expect(ratings.some((r) => r.target.startsWith('department:'))).toBe(true);
    expect(ratings.reduce((sum, r) => sum + r.level, 0) / ratings.length).toBeGreaterThan(3.8);
    for (const r of ratings) expect(Number(r.rated)).toBe(r.level <= 2 ? 1 : 0);
    const followUps = await rows<{ state: string; department_code: string | null; target: string }>(
      sql`SELECT f.state, f.department_code, r.target FROM follow_up f JOIN rating r ON r.id = f.rating_id
          JOIN "case" c ON c.id = f.case_id WHERE c.${synthetic}`,
    );
    for (const f of followUps) {
      expect(['open', 'called_back', 'closed']).toContain(f.state);
      expect(f.department_code).toBe(f.target === 'case' ? null : f.target.slice('department:'.length));
    }
  });

  it('opens in the views like any case: the window and the department read it', async () => {
    const inWuhua = cases.find((c) => c.region_code === '530102' && c.state === 'delivered');
    if (!inWuhua) throw new Error('no delivered synthetic case in 530102');
    const clerk = await app.signInStaff('window-530102');
    const view = await app.api(`/api/v1/window/cases/${inWuhua.id}`, { cookie: clerk });
    expect(view.status).toBe(200);
    expect(view.body.code).toBe(inWuhua.code);
    const hukou = subs.find((s) => s.case_id === inWuhua.id && s.department_code === 'public-security');
    if (!hukou) throw new Error('no public-security sub-case');
    const police = await app.signInStaff('police-530102');
    const opened = await app.api(`/api/v1/department/sub-cases/${hukou.id}`, { cookie: police });
    expect(opened.status).toBe(200);
    const idField = opened.body.fields.find((f: { key: string }) => f.key === 'deceased.idNumber');
    expect(isValidResidentIdNumber(idField.value)).toBe(true);
  });

  it('adds nothing the second time, and only the missing cases for a larger N', async () => {
    const again = await seed(300);
    expect(again).toMatchObject({ cases: 0, subCases: 0, ratings: 0, followUps: 0, alreadyPresent: 300 });
    expect(await count(sql`SELECT count(*) AS n FROM "case" WHERE ${synthetic}`)).toBe(300);
    const more = await seed(360, { workerThread: false });
    expect(more).toMatchObject({ cases: 60, alreadyPresent: 300 });
    const keys = await rows<{ k: string }>(sql`SELECT idempotency_key AS k FROM "case" WHERE ${synthetic}`);
    expect(keys.map((k) => Number(k.k)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 360 }, (_, i) => i + 1),
    );
  });

  it("keeps supervision's figures equal to a recount from the case tables", async () => {
    const differences = await rows<Record<string, unknown>>(
      sql`WITH kept AS (
            SELECT metric, region_code, period, k1, k2, k3, k4, sum(n)::bigint AS n
            FROM (SELECT metric, region_code, period, k1, k2, k3, k4, n FROM supervision_count
                  UNION ALL SELECT metric, region_code, period, k1, k2, k3, k4, n FROM supervision_delta) x
            GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(n) <> 0)
          SELECT * FROM kept k FULL JOIN supervision_recount() r USING (metric, region_code, period, k1, k2, k3, k4)
          WHERE k.n IS DISTINCT FROM r.n LIMIT 10`,
    );
    expect(differences).toEqual([]);
    expect(
      await count(sql`SELECT count(*) AS n FROM supervision_count WHERE metric = 'sub.ended'`),
    ).toBeGreaterThan(0);
  });

  it('gives every case a code of its own, and a real submission the same day still gets one', async () => {
    // Recent history: most of it filed today, in the same counties real applications come to.
    const today = clock.today();
    const recent = await seed(560, { years: 1 / 365 });
    expect(recent.cases).toBe(200);
    const codes = await rows<{ code: string; region_code: string }>(
      sql`SELECT code, region_code FROM "case" WHERE ${synthetic}`,
    );
    expect(new Set(codes.map((c) => c.code)).size).toBe(codes.length);
    expect(codes.every((c) => isValidCaseCode(c.code) && c.code.startsWith(c.region_code))).toBe(true);
    const stamp = compactDate(today);
    const todayInWuhua = codes
      .map((c) => parseCaseCode(c.code))
      .filter((p) => p?.regionCode === '530102' && p.date === stamp)
      .map((p) => p?.sequence as number);
    expect(todayInWuhua.length).toBeGreaterThan(0);
    // Some recent cases wait for the front desk, a few with a correction notice.
    expect(
      await count(
        sql`SELECT count(*) AS n FROM "case" WHERE ${synthetic} AND state IN ('submitted', 'correction_requested')`,
      ),
    ).toBeGreaterThan(0);

    const family = await app.citizenCookie(0);
    const real = await submit(app, family, { regionCode: '530102' });
    expect(isValidCaseCode(real.code)).toBe(true);
    expect(codes.some((c) => c.code === real.code)).toBe(false);
    const parsed = parseCaseCode(real.code);
    expect(parsed).toMatchObject({ regionCode: '530102', date: stamp });
    expect(parsed?.sequence).toBeGreaterThan(Math.max(...todayInWuhua));
    // And synthetic history added after it does not take its code either.
    const after = await seed(600, { years: 1 / 365 });
    expect(after.cases).toBe(40);
    expect(await count(sql`SELECT count(*) AS n FROM "case" WHERE code = ${real.code}`)).toBe(1);
    expect(await count(sql`SELECT count(DISTINCT code) - count(*) AS n FROM "case"`)).toBe(0);
  });
});

describe('history as of another day', () => {
  it('ends on that day', async () => {
    const before = await count(sql`SELECT count(*) AS n FROM "case" WHERE ${synthetic}`);
    const added = await seed(before + 30, { today: '2025-06-30', years: 1 });
    expect(added.cases).toBe(30);
    const rows2 = await rows<{ submitted: string; death: string; last: string }>(
      sql`SELECT to_char(submitted_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS submitted,
                 to_char(date_of_death, 'YYYY-MM-DD') AS death,
                 to_char(updated_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS last
          FROM "case" WHERE ${synthetic} AND idempotency_key::int > ${before}`,
    );
    expect(rows2).toHaveLength(30);
    for (const r of rows2) {
      expect(r.last <= '2025-06-30').toBe(true);
      expect(r.death >= '2024-06-29' && r.death <= r.submitted).toBe(true);
    }
  });
});

describe('in production', () => {
  it('is refused by the seed itself', async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(seed(5)).rejects.toThrow(SYNTHETIC_REFUSED_IN_PRODUCTION);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });

  it('is refused by the command, with a clear message and exit code 1, before touching a database', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lianban-synthetic-'));
    try {
      const refused = await run(process.execPath, ['src/cli.ts', 'seed', '--synthetic', '10'], {
        env: { ...process.env, NODE_ENV: 'production', DATA_DIR: dataDir, DATABASE_URL: '' },
      }).then(
        () => null,
        (error: { code: number; stderr: string }) => error,
      );
      expect(refused?.code).toBe(1);
      expect(refused?.stderr).toContain('refused when NODE_ENV=production');
      expect(existsSync(join(dataDir, 'pgdata'))).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
