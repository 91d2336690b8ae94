/**
 * Supervision's figures: kept as cases move (statement triggers append deltas, a fold moves them
 * into counts), read per region level, scoped to the reader — and equal, after any sequence of
 * transitions (through the routes, or a database owner editing rows), to a recount from the case
 * tables written here independently of the database's own counting.
 */
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SUPERVISION_METRICS, type SupervisionMetric } from '../../src/domain/supervision.ts';
import { setClockForTests } from '../../src/server/clock.ts';
import { queryRows } from '../../src/server/db/database.ts';
import { readMetric } from '../../src/server/supervision/dashboard.ts';
import { foldAll } from '../../src/server/supervision/fold.ts';
import { rebuildSupervision, verifySupervision } from '../../src/server/supervision/verify.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import {
  APPROVER,
  accept,
  completeAll,
  newDeceasedIdNumber,
  resultFor,
  submit,
} from '../support/workflow.ts';

let app: TestApp;
const cookies = new Map<string, string>();

async function staff(username: string): Promise<string> {
  let cookie = cookies.get(username);
  if (!cookie) {
    cookie = await app.signInStaff(username);
    cookies.set(username, cookie);
  }
  return cookie;
}

async function dashboard(username: string, query: Record<string, string> = {}) {
  const response = await app.api(`/api/v1/supervision/dashboard?${new URLSearchParams(query)}`, {
    cookie: await staff(username),
  });
  return response;
}

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
});

afterAll(async () => {
  setClockForTests(null);
  await app?.stop();
});

// ── An independent recount ───────────────────────────────────────────────────────────────────

const levels = (code: string) => [...new Set([code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`])];
const month = (iso: string | Date) => {
  const shanghai = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return shanghai.toISOString().slice(0, 7);
};

type Figures = Map<string, number>;

function put(figures: Figures, metric: string, region: string, period: string, keys: string[], n = 1) {
  for (const level of levels(region)) {
    const key = [metric, level, period, ...keys, '', '', '', ''].slice(0, 7).join('|');
    figures.set(key, (figures.get(key) ?? 0) + n);
  }
}

/** What every figure should be, from the rows of the case tables (not the database's functions). */
async function recount(): Promise<Figures> {
  const db = app.database.db;
  const figures: Figures = new Map();
  const caseRows = await queryRows<{
    region_code: string;
    channel: string;
    proactive: boolean;
    state: string;
    submitted_at: string;
    completed_at: string | null;
    savings: Record<string, number> | null;
  }>(db, sql`SELECT region_code, channel, proactive, state, submitted_at, completed_at, savings FROM "case"`);
  for (const c of caseRows) {
    const channel = c.proactive ? 'proactive' : c.channel;
    put(figures, 'case.state', c.region_code, '', [channel, c.state]);
    put(figures, 'case.received', c.region_code, month(c.submitted_at), [channel]);
    if (c.completed_at) put(figures, 'case.completed', c.region_code, month(c.completed_at), [channel]);
    for (const [kind, n] of Object.entries(c.savings ?? {}))
      if (n > 0) put(figures, 'savings', c.region_code, month(c.submitted_at), [kind], n);
  }
  const subRows = await queryRows<{
    region_code: string;
    department_code: string;
    matter_code: string;
    state: string;
    paused_since: string | null;
    due_on: string | null;
    ended_on: string | null;
    committed_working_days: number | null;
    handled_working_days: number | null;
  }>(
    db,
    sql`SELECT region_code, department_code, matter_code, state, paused_since::text, due_on::text, ended_on::text,
               committed_working_days, handled_working_days FROM sub_case`,
  );
  for (const s of subRows) {
    put(figures, 'sub.state', s.region_code, '', [s.department_code, s.matter_code, s.state]);
    if ((s.state === 'pending' || s.state === 'in_review') && !s.paused_since && s.due_on)
      put(figures, 'sub.open', s.region_code, s.due_on, [
        s.department_code,
        s.matter_code,
        String(s.committed_working_days ?? 0),
      ]);
    if ((s.state === 'completed' || s.state === 'rejected') && s.ended_on && s.handled_working_days !== null)
      put(figures, 'sub.ended', s.region_code, s.ended_on.slice(0, 7), [
        s.department_code,
        s.matter_code,
        String(s.handled_working_days),
        s.due_on === null ? '' : s.ended_on > s.due_on ? 'late' : 'on_time',
      ]);
  }
  const ratingRows = await queryRows<{
    region_code: string;
    target: string;
    level: number;
    channel: string;
    created_at: string;
  }>(
    db,
    sql`SELECT c.region_code, r.target, r.level, r.channel, r.created_at FROM rating r JOIN "case" c ON c.id = r.case_id`,
  );
  for (const r of ratingRows)
    put(figures, 'rating', r.region_code, month(r.created_at), [
      r.target.startsWith('department:') ? r.target.slice('department:'.length) : '',
      String(r.level),
      r.channel,
    ]);
  const followUpRows = await queryRows<{
    region_code: string;
    department_code: string | null;
    state: string;
    due_on: string;
  }>(db, sql`SELECT region_code, department_code, state, due_on::text FROM follow_up`);
  for (const f of followUpRows) {
    put(figures, 'follow_up.state', f.region_code, '', [f.department_code ?? '', f.state]);
    if (f.state !== 'closed')
      put(figures, 'follow_up.open', f.region_code, f.due_on, [f.department_code ?? '']);
  }
  const notices = await queryRows<{ region_code: string; acknowledged_at: string }>(
    db,
    sql`SELECT region_code, acknowledged_at FROM death_notice WHERE outcome = 'terminated' AND acknowledged_at IS NOT NULL`,
  );
  for (const d of notices)
    put(figures, 'savings', d.region_code, month(d.acknowledged_at), ['benefitsStopped']);
  for (const [key, n] of figures) if (n === 0) figures.delete(key);
  return figures;
}

/** What the platform keeps and serves, for every region the recount or the figures mention. */
async function kept(regions: string[]): Promise<Figures> {
  const figures: Figures = new Map();
  for (const metric of SUPERVISION_METRICS) {
    for (const row of await readMetric(app.database.db, metric as SupervisionMetric, { regions })) {
      figures.set([metric, row.regionCode, row.period, row.k1, row.k2, row.k3, row.k4].join('|'), row.n);
    }
  }
  return figures;
}

async function expectFiguresMatchRecount() {
  const expected = await recount();
  const regionRows = await queryRows<{ region_code: string }>(
    app.database.db,
    sql`SELECT DISTINCT region_code FROM supervision_count UNION SELECT DISTINCT region_code FROM supervision_delta`,
  );
  const regions = [
    ...new Set([
      ...regionRows.map((r) => r.region_code),
      ...[...expected.keys()].map((k) => k.split('|')[1] as string),
    ]),
  ];
  const actual = await kept(regions);
  expect(Object.fromEntries([...actual].sort())).toEqual(Object.fromEntries([...expected].sort()));
}

// ── The dashboard, per level ─────────────────────────────────────────────────────────────────

describe('the dashboard', () => {
  it('counts each case at its county, prefecture and province, and only there', async () => {
    const before = {
      province: (await dashboard('supervisor-yunnan')).body,
      prefecture: (await dashboard('supervisor-kunming')).body,
      wuhua: (await dashboard('supervisor-530102')).body,
      qilin: (await dashboard('supervisor-530302')).body,
    };
    expect(before.province.scope).toMatchObject({
      regionCode: '530000',
      level: 'province',
      parentCode: null,
    });
    expect(before.prefecture.scope).toMatchObject({ regionCode: '530100', parentCode: null });
    expect(before.province.children.map((c: { code: string }) => c.code)).toContain('530100');

    const family = await app.citizenCookie(0);
    const first = await submit(app, family);
    const second = await submit(app, family);
    await submit(app, family);
    await submit(app, family, { regionCode: '530302' });
    await accept(app, first.id);
    await accept(app, second.id);
    await completeAll(app, first);

    const after = {
      province: (await dashboard('supervisor-yunnan')).body,
      prefecture: (await dashboard('supervisor-kunming')).body,
      wuhua: (await dashboard('supervisor-530102')).body,
      qilin: (await dashboard('supervisor-530302')).body,
    };
    const state = (d: { cases: { byState: { state: string; count: number }[] } }, s: string) =>
      d.cases.byState.find((x) => x.state === s)?.count ?? 0;
    expect(after.wuhua.cases.total - before.wuhua.cases.total).toBe(3);
    expect(state(after.wuhua, 'submitted') - state(before.wuhua, 'submitted')).toBe(1);
    expect(state(after.wuhua, 'in_progress') - state(before.wuhua, 'in_progress')).toBe(1);
    expect(state(after.wuhua, 'ready_for_delivery') - state(before.wuhua, 'ready_for_delivery')).toBe(1);
    expect(after.wuhua.cases.received - before.wuhua.cases.received).toBe(3);
    expect(after.qilin.cases.total - before.qilin.cases.total).toBe(1);
    expect(after.prefecture.cases.total - before.prefecture.cases.total).toBe(3);
    expect(after.province.cases.total - before.province.cases.total).toBe(4);
    const kunming = (d: { cases: { byRegion: { regionCode: string; received: number }[] } }) =>
      d.cases.byRegion.find((r) => r.regionCode === '530100')?.received ?? 0;
    expect(kunming(after.province) - kunming(before.province)).toBe(3);

    // The second case's sub-cases are with their departments, clocks running.
    expect(after.wuhua.timeLimits.open - before.wuhua.timeLimits.open).toBe(second.subCases.length);
    // The first case's were handled today: each matter shows a handling time within its limit.
    const handled = after.wuhua.handling.filter((h: { matterCode: string }) =>
      first.subCases.some((s) => s.matterCode === h.matterCode),
    );
    expect(handled.length).toBe(new Set(first.subCases.map((s) => s.matterCode)).size);
    for (const h of handled) {
      expect(h.medianWorkingDays).toBe(0);
      expect(h.onTimeShare).toBe(1);
      expect(h.committedWorkingDays).toBeGreaterThan(0);
    }
    // Applying online spared the family every department's visit.
    expect(after.wuhua.savings.visitsAvoided).toBeGreaterThan(before.wuhua.savings.visitsAvoided);
    expect(after.wuhua.savings.onlineCases - before.wuhua.savings.onlineCases).toBe(3);
  });

  it('never shows a county supervisor another county, nor a prefecture another prefecture', async () => {
    const refused = await dashboard('supervisor-530302', { region: '530102' });
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toContain('cases');
    expect((await dashboard('supervisor-kunming', { region: '530300' })).status).toBe(403);
    expect((await dashboard('supervisor-kunming', { region: '530000' })).status).toBe(403);
    const own = await dashboard('supervisor-530302');
    expect(own.status).toBe(200);
    expect(own.body.children).toEqual([]);
    const list = await app.api('/api/v1/supervision/sub-cases?status=open&region=530102', {
      cookie: await staff('supervisor-530302'),
    });
    expect(list.status).toBe(403);
    // A province supervisor drills into Kunming and then 五华区; the way back up stays in scope.
    const down = await dashboard('supervisor-yunnan', { region: '530102' });
    expect(down.body.scope).toMatchObject({ regionCode: '530102', level: 'county', parentCode: '530100' });
  });

  it('names the field of a bad period', async () => {
    const bad = await dashboard('supervisor-yunnan', { from: '2026-13' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0]).toMatchObject({ field: 'from', labelZh: '开始月份' });
    const reversed = await dashboard('supervisor-yunnan', { from: '2026-10', to: '2026-01' });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.fields[0].field).toBe('from');
  });

  it('lists the sub-cases behind an overdue figure, and opens a case with the family masked, audited', async () => {
    const family = await app.citizenCookie(1);
    const deceasedIdNumber = newDeceasedIdNumber();
    const late = await submit(app, family, { deceasedIdNumber });
    await accept(app, late.id);
    // Two months on, nothing done: every sub-case of that case is overdue.
    setClockForTests(new Date(Date.now() + 60 * 86_400_000));
    try {
      const figures = (await dashboard('supervisor-530102')).body;
      expect(figures.timeLimits.overdue).toBeGreaterThanOrEqual(late.subCases.length);
      const cookie = await staff('supervisor-530102');
      const items: { subCaseId: string; caseCode: string; status: string; remainingWorkingDays: number }[] =
        [];
      let cursor: string | null = null;
      let total = 0;
      for (let pages = 0; pages < 50; pages++) {
        const query = new URLSearchParams({ status: 'overdue', limit: '3', ...(cursor ? { cursor } : {}) });
        const page = await app.api(`/api/v1/supervision/sub-cases?${query}`, { cookie });
        expect(page.status).toBe(200);
        items.push(...page.body.items);
        total = page.body.total;
        cursor = page.body.nextCursor;
        if (!cursor) break;
      }
      expect(items.length).toBe(total);
      expect(total).toBe(figures.timeLimits.overdue);
      expect(new Set(items.map((i) => i.subCaseId)).size).toBe(items.length);
      for (const sub of late.subCases) expect(items.map((i) => i.subCaseId)).toContain(sub.id);
      expect(items.every((i) => i.status === 'overdue' && i.remainingWorkingDays < 0)).toBe(true);

      const opened = await app.api(`/api/v1/supervision/cases/${late.code}`, { cookie });
      expect(opened.status).toBe(200);
      expect(opened.body.applicantPhoneMasked).toMatch(/\*{4}/);
      expect(opened.body.deceasedNameMasked).toContain('*');
      expect(JSON.stringify(opened.body)).not.toContain(deceasedIdNumber);
      expect(JSON.stringify(opened.body)).not.toContain('13800000002');
      expect(opened.body.subCases.every((s: { status: string }) => s.status === 'overdue')).toBe(true);
      const audit = await queryRows<{ n: number }>(
        app.database.db,
        sql`SELECT count(*)::int AS n FROM audit_event
            WHERE action = 'personal_data.viewed' AND details->>'caseCode' = ${late.code} AND details->>'purpose' = 'supervision'`,
      );
      expect(audit[0]?.n).toBe(1);
      // Another county's supervisor cannot open it, and learns nothing from trying.
      const other = await app.api(`/api/v1/supervision/cases/${late.code}`, {
        cookie: await staff('supervisor-530302'),
      });
      expect(other.status).toBe(404);
    } finally {
      setClockForTests(null);
    }
  });
});

// ── Figures equal a recount ──────────────────────────────────────────────────────────────────

const REGIONS = ['530102', '530302'] as const;
type Op =
  | { kind: 'submit'; region: 0 | 1; citizen: number }
  | {
      kind: 'accept' | 'claim' | 'complete' | 'reject' | 'return' | 'supplement' | 'transfer' | 'deliver';
      pick: number;
    }
  | { kind: 'rate'; pick: number; level: number }
  | { kind: 'owner-edit' | 'finish' | 'follow-up'; pick: number }
  | { kind: 'fold' };

// Weighted so that sequences reach far into the workflow: more submissions, acceptances and claims.
const WEIGHTS = {
  accept: 3,
  claim: 4,
  complete: 3,
  reject: 1,
  return: 1,
  supplement: 2,
  transfer: 1,
  deliver: 2,
};
const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('submit' as const),
      region: fc.constantFrom(0 as const, 1 as const),
      citizen: fc.integer({ min: 0, max: 2 }),
    }),
  },
  ...Object.entries(WEIGHTS).map(([kind, weight]) => ({
    weight,
    arbitrary: fc.record({ kind: fc.constant(kind as keyof typeof WEIGHTS), pick: fc.nat() }),
  })),
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('rate' as const),
      pick: fc.nat(),
      level: fc.integer({ min: 1, max: 5 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('owner-edit' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('finish' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('follow-up' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('fold' as const) }) },
);

async function pickRow<T>(query: ReturnType<typeof sql>, pick: number): Promise<T | undefined> {
  const rows = await queryRows<T>(app.database.db, query);
  return rows.length === 0 ? undefined : rows[pick % rows.length];
}

type SubRow = { id: string; region_code: string; department_code: string; version: number; case_id: string };
const subIn = (state: string) =>
  sql`SELECT s.id, s.region_code, s.department_code, s.version, s.case_id FROM sub_case s
      WHERE s.state = ${state} AND s.region_code IN ('530102', '530302') ORDER BY (SELECT code FROM "case" WHERE id = s.case_id), s.matter_code, s.region_code`;

async function run(op: Op, owners: Map<string, number>): Promise<void> {
  const approver = async (s: SubRow) => staff(`${APPROVER[s.department_code]}-${s.region_code}`);
  switch (op.kind) {
    case 'submit': {
      const detail = await submit(app, await app.citizenCookie(op.citizen), {
        regionCode: REGIONS[op.region],
      });
      owners.set(detail.id, op.citizen);
      return;
    }
    case 'accept': {
      const c = await pickRow<{ id: string; region_code: string }>(
        sql`SELECT id, region_code FROM "case" WHERE state = 'submitted' AND region_code IN ('530102', '530302') ORDER BY code`,
        op.pick,
      );
      if (c) await accept(app, c.id, c.region_code);
      return;
    }
    case 'claim':
    case 'transfer': {
      const s = await pickRow<SubRow>(subIn('pending'), op.pick);
      if (!s) return;
      const body =
        op.kind === 'claim'
          ? { version: s.version }
          : {
              version: s.version,
              toRegion: s.region_code === '530102' ? '530302' : '530102',
              reason: '户籍地办理',
            };
      await app.api(`/api/v1/department/sub-cases/${s.id}/${op.kind}`, { cookie: await approver(s), body });
      return;
    }
    case 'complete':
    case 'reject':
    case 'return': {
      const s = await pickRow<SubRow & { matter_code: string }>(
        sql`SELECT s.id, s.region_code, s.department_code, s.version, s.case_id, s.matter_code FROM sub_case s
            WHERE s.state = 'in_review' AND s.region_code IN ('530102', '530302') ORDER BY (SELECT code FROM "case" WHERE id = s.case_id), s.matter_code, s.region_code`,
        op.pick,
      );
      if (!s) return;
      const body =
        op.kind === 'complete'
          ? { version: s.version, result: resultFor(s.matter_code) }
          : { version: s.version, reason: '请补充材料说明' };
      await app.api(`/api/v1/department/sub-cases/${s.id}/${op.kind}`, { cookie: await approver(s), body });
      return;
    }
    case 'supplement': {
      const s = await pickRow<SubRow>(subIn('returned'), op.pick);
      const owner = s ? owners.get(s.case_id) : undefined;
      if (!s || owner === undefined) return;
      await app.api(`/api/v1/sub-cases/${s.id}/supplement`, {
        cookie: await app.citizenCookie(owner),
        body: { version: s.version, note: '已补充' },
      });
      return;
    }
    case 'deliver': {
      const c = await pickRow<{ id: string; region_code: string; version: number }>(
        sql`SELECT id, region_code, version FROM "case" WHERE state = 'ready_for_delivery' AND region_code IN ('530102', '530302') ORDER BY code`,
        op.pick,
      );
      if (c)
        await app.api(`/api/v1/window/cases/${c.id}/deliver`, {
          cookie: await staff(`window-${c.region_code}`),
          body: { version: c.version },
        });
      return;
    }
    case 'finish': {
      // A department works through everything it holds of one case.
      const c = await pickRow<{ id: string }>(
        sql`SELECT id FROM "case" WHERE state = 'in_progress' AND region_code IN ('530102', '530302') ORDER BY code`,
        op.pick,
      );
      if (!c) return;
      const subs = await queryRows<SubRow & { matter_code: string; state: string }>(
        app.database.db,
        sql`SELECT id, region_code, department_code, version, case_id, matter_code, state FROM sub_case
            WHERE case_id = ${c.id} AND state IN ('pending', 'in_review') ORDER BY matter_code, region_code`,
      );
      for (const s of subs) {
        const cookie = await approver(s);
        let version = s.version;
        if (s.state === 'pending') {
          const claimed = await app.api(`/api/v1/department/sub-cases/${s.id}/claim`, {
            cookie,
            body: { version },
          });
          if (claimed.status !== 200) continue;
          version = claimed.body.version;
        }
        await app.api(`/api/v1/department/sub-cases/${s.id}/complete`, {
          cookie,
          body: { version, result: resultFor(s.matter_code) },
        });
      }
      return;
    }
    case 'follow-up': {
      const f = await pickRow<{ id: string }>(
        sql`SELECT f.id FROM follow_up f WHERE f.state <> 'closed'
            ORDER BY (SELECT code FROM "case" WHERE id = f.case_id), f.department_code NULLS FIRST, f.created_at`,
        op.pick,
      );
      if (f)
        await app.api(`/api/v1/supervision/follow-ups/${f.id}`, {
          cookie: await staff('supervisor-yunnan'),
          body: { callBackNote: '已电话回访', rectificationNote: '已整改', close: true },
        });
      return;
    }
    case 'rate': {
      const c = await pickRow<{
        id: string;
        code: string;
        state: string;
        region_code: string;
        version: number;
      }>(
        sql`SELECT id, code, state, region_code, version FROM "case"
            WHERE state IN ('ready_for_delivery', 'delivered') ORDER BY code`,
        op.pick,
      );
      const owner = c ? owners.get(c.id) : undefined;
      if (!c || owner === undefined) return;
      if (c.state === 'ready_for_delivery')
        await app.api(`/api/v1/window/cases/${c.id}/deliver`, {
          cookie: await staff(`window-${c.region_code}`),
          body: { version: c.version },
        });
      await app.api(`/api/v1/cases/${c.code}/ratings`, {
        cookie: await app.citizenCookie(owner),
        body: { target: 'case', level: op.level, ...(op.level <= 2 ? { comment: '等待时间太长' } : {}) },
      });
      return;
    }
    case 'owner-edit': {
      // Someone with the database's own rights changes rows behind the application's back.
      const s = await pickRow<SubRow>(
        sql`SELECT s.id, s.region_code, s.department_code, s.version, s.case_id FROM sub_case s ORDER BY (SELECT code FROM "case" WHERE id = s.case_id), s.matter_code, s.region_code`,
        op.pick,
      );
      if (s)
        await app.database.db.execute(
          sql`UPDATE sub_case SET due_on = due_on + 3, committed_working_days = COALESCE(committed_working_days, 0) + 1 WHERE id = ${s.id}`,
        );
      return;
    }
    case 'fold':
      await foldAll(app.database.db);
      return;
  }
}

async function actionCounts(): Promise<Map<string, number>> {
  const rows = await queryRows<{ action: string; n: number }>(
    app.database.db,
    sql`SELECT action, count(*)::int AS n FROM audit_event GROUP BY action`,
  );
  return new Map(rows.map((r) => [r.action, r.n]));
}

describe('figures against a recount', () => {
  it('agree after any sequence of transitions, folded or not', async () => {
    const owners = new Map<string, number>();
    const before = await actionCounts();
    await expectFiguresMatchRecount();
    await fc.assert(
      fc.asyncProperty(fc.array(opArbitrary, { minLength: 8, maxLength: 24 }), async (ops) => {
        for (const op of ops) await run(op, owners);
        await expectFiguresMatchRecount();
      }),
      { numRuns: 8, endOnFailure: true, seed: 20_261_201 },
    );
    // The sequences went deep: sub-cases were claimed and completed, cases delivered and rated.
    const after = await actionCounts();
    for (const action of [
      'case.submitted',
      'case.accept',
      'sub_case.claim',
      'sub_case.complete',
      'case.rated',
    ])
      expect((after.get(action) ?? 0) - (before.get(action) ?? 0), action).toBeGreaterThan(0);
    await foldAll(app.database.db);
    await expectFiguresMatchRecount();
    expect(await verifySupervision(app.database.db)).toEqual([]);
  });

  it('finds a figure edited by hand, and a rebuild puts it right', async () => {
    await foldAll(app.database.db);
    await app.database.db.execute(
      sql`UPDATE supervision_count SET n = n + 5 WHERE metric = 'case.state' AND region_code = '530102'
          AND ctid = (SELECT ctid FROM supervision_count WHERE metric = 'case.state' AND region_code = '530102' LIMIT 1)`,
    );
    const found = await verifySupervision(app.database.db);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ metric: 'case.state', regionCode: '530102' });
    expect((found[0]?.kept ?? 0) - (found[0]?.recounted ?? 0)).toBe(5);
    await rebuildSupervision(app.database.db);
    expect(await verifySupervision(app.database.db)).toEqual([]);
    await expectFiguresMatchRecount();
  });
});
