/**
 * Supervision's dashboard, drill-down and case view, read from the figures the case tables keep
 * (`supervision_count` plus unfolded `supervision_delta`, see `domain/supervision.ts`) — never by
 * counting the case tables — through `context.readDatabase` (a reporting replica when configured).
 *
 * Scope: a supervisor sees their region and the regions beneath it; a department supervisor only
 * their department's figures. Asking for a region outside the scope is refused.
 */
import { and, asc, eq, gt, inArray, isNotNull, isNull, like, lt, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { problem } from '../../domain/field-problems.ts';
import { maskName, maskPhone } from '../../domain/identity-numbers.ts';
import { listScope } from '../../domain/permissions.ts';
import { regionCovers, regionPrefix } from '../../domain/regions.ts';
import {
  addMonths,
  DEPARTMENT_KEYED,
  defaultPeriod,
  handlingFigures,
  isMonth,
  isPoor,
  isSatisfied,
  type MetricRow,
  monthsBetween,
  type OpenStatus,
  openStatus,
  SAVINGS_KINDS,
  SUPERVISION_CHANNELS,
  type SupervisionMetric,
  sumBy,
  total,
} from '../../domain/supervision.ts';
import { CASE_STATES, OPEN_CASE_STATES } from '../../domain/workflow.ts';
import { appendAudit } from '../audit/audit-log.ts';
import * as clock from '../clock.ts';
import type { AppContext } from '../context.ts';
import { type Executor, queryRows } from '../db/database.ts';
import { cases, departments, ratings, regions, subCases } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type {
  DashboardQuery,
  SupervisedCase,
  SupervisedSubCaseList,
  SupervisedSubCaseQuery,
  SupervisionDashboard,
} from '../http/supervision-schemas.ts';
import { subjectOf } from '../identity/authorize.ts';
import { actorOf, type StaffPrincipal } from '../identity/principal.ts';
import { subCaseLimit, WARN_SHARE } from '../queries/case-views.ts';
import { decryptField } from '../security/national-crypto.ts';
import { readSource } from './read-source.ts';

export type Dashboard = z.infer<typeof SupervisionDashboard>;
export type DashboardRequest = z.input<typeof DashboardQuery>;

// ── Scope ────────────────────────────────────────────────────────────────────────────────────

export interface SupervisionScope {
  region: { code: string; nameZh: string; nameEn: string; level: 'province' | 'prefecture' | 'county' };
  parentCode: string | null;
  children: { code: string; nameZh: string; nameEn: string; level: string }[];
  /** Only this department's figures (a department supervisor's own, or a chosen filter). */
  departmentCode: string | null;
}

/**
 * The region and department the caller may read: their own region unless they ask for one
 * beneath it; a department supervisor is held to their department.
 */
export async function resolveScope(
  context: AppContext,
  staff: StaffPrincipal,
  request: { region?: string | undefined; department?: string | undefined },
): Promise<SupervisionScope> {
  const scope = listScope(subjectOf(staff), 'supervision.read');
  if (scope?.kind !== 'staff') throw new AppError('FORBIDDEN');
  const code = request.region ?? staff.regionCode;
  if (!regionCovers(staff.regionCode, code)) throw new AppError('FORBIDDEN', { details: { region: code } });
  if (scope.departmentCode !== null && request.department && request.department !== scope.departmentCode) {
    throw new AppError('FORBIDDEN', { details: { department: request.department } });
  }
  const db = context.readDatabase.db;
  const [region] = await db.select().from(regions).where(eq(regions.code, code)).limit(1);
  if (!region || region.level === 'township') throw new AppError('NOT_FOUND', { details: { region: code } });
  const children = await db
    .select({ code: regions.code, nameZh: regions.nameZh, nameEn: regions.nameEn, level: regions.level })
    .from(regions)
    .where(eq(regions.parentCode, region.code))
    .orderBy(asc(regions.code));
  const parentCode =
    region.parentCode && regionCovers(staff.regionCode, region.parentCode) ? region.parentCode : null;
  return {
    region: {
      code: region.code,
      nameZh: region.nameZh,
      nameEn: region.nameEn,
      level: region.level as SupervisionScope['region']['level'],
    },
    parentCode,
    children: children.filter((c) => c.level !== 'township'),
    departmentCode: scope.departmentCode ?? request.department ?? null,
  };
}

// ── Reading one metric ───────────────────────────────────────────────────────────────────────

export interface MetricFilter {
  regions: readonly string[];
  /** Inclusive period bounds (months compare as text). */
  from?: string;
  to?: string;
  departmentCode?: string | null;
}

/** The current value of a metric's rows for the given regions: folded counts plus pending deltas. */
export async function readMetric(
  db: Executor,
  metric: SupervisionMetric,
  filter: MetricFilter,
): Promise<MetricRow[]> {
  if (filter.regions.length === 0) return [];
  const where = (table: 'supervision_count' | 'supervision_delta'): SQL => {
    const t = sql.raw(table);
    const parts: SQL[] = [
      sql`${t}.metric = ${metric}`,
      sql`${t}.region_code IN (${sql.join(
        filter.regions.map((r) => sql`${r}`),
        sql`, `,
      )})`,
    ];
    if (filter.from !== undefined) parts.push(sql`${t}.period >= ${filter.from}`);
    if (filter.to !== undefined) parts.push(sql`${t}.period <= ${filter.to}`);
    if (filter.departmentCode && DEPARTMENT_KEYED.has(metric))
      parts.push(sql`${t}.k1 = ${filter.departmentCode}`);
    return sql.join(parts, sql` AND `);
  };
  const rows = await queryRows<{
    region_code: string;
    period: string;
    k1: string;
    k2: string;
    k3: string;
    k4: string;
    n: string | number;
  }>(
    db,
    sql`
    SELECT region_code, period, k1, k2, k3, k4, sum(n) AS n FROM (
      SELECT region_code, period, k1, k2, k3, k4, n FROM supervision_count WHERE ${where('supervision_count')}
      UNION ALL
      SELECT region_code, period, k1, k2, k3, k4, n FROM supervision_delta WHERE ${where('supervision_delta')}
    ) AS x
    GROUP BY region_code, period, k1, k2, k3, k4
    HAVING sum(n) <> 0`,
  );
  return rows.map((r) => ({
    regionCode: r.region_code,
    period: r.period,
    k1: r.k1,
    k2: r.k2,
    k3: r.k3,
    k4: r.k4,
    n: Number(r.n),
  }));
}

// ── The dashboard ────────────────────────────────────────────────────────────────────────────

function checkedPeriod(request: DashboardRequest, today: string): { from: string; to: string } {
  const to = request.to ?? defaultPeriod(today).to;
  const from = request.from ?? addMonths(to, -11);
  if (!isMonth(from) || !isMonth(to) || from > to) {
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: [
        problem('from', '开始月份不能晚于结束月份', 'The first month must not be after the last'),
      ],
    });
  }
  if (from < addMonths(to, -119)) {
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: [problem('from', '统计期间最长十年', 'A period is at most ten years')],
    });
  }
  return { from, to };
}

/** The named queries the dashboard runs: the benchmark measures each. */
export function dashboardQueries(scope: SupervisionScope, period: { from: string; to: string }) {
  const here = [scope.region.code];
  const all = [scope.region.code, ...scope.children.map((c) => c.code)];
  const department = scope.departmentCode;
  return {
    caseStates: (db: Executor) => readMetric(db, 'case.state', { regions: all }),
    caseReceived: (db: Executor) => readMetric(db, 'case.received', { regions: all, ...period }),
    caseCompleted: (db: Executor) => readMetric(db, 'case.completed', { regions: all, ...period }),
    subStates: (db: Executor) => readMetric(db, 'sub.state', { regions: here, departmentCode: department }),
    subOpen: (db: Executor) => readMetric(db, 'sub.open', { regions: all, departmentCode: department }),
    subEnded: (db: Executor) =>
      readMetric(db, 'sub.ended', { regions: here, ...period, departmentCode: department }),
    ratings: (db: Executor) =>
      readMetric(db, 'rating', { regions: all, ...period, departmentCode: department }),
    followUpStates: (db: Executor) =>
      readMetric(db, 'follow_up.state', { regions: here, departmentCode: department }),
    followUpsOpen: (db: Executor) =>
      readMetric(db, 'follow_up.open', { regions: here, departmentCode: department }),
    savings: (db: Executor) => readMetric(db, 'savings', { regions: here, ...period }),
  };
}

type Counts = { open: number; overdue: number; atRisk: number };
const zeroCounts = (): Counts => ({ open: 0, overdue: 0, atRisk: 0 });

/** Classifies `sub.open` rows (due date, committed days) for today, remembering each answer. */
export function openClassifier(context: AppContext, today: string) {
  const seen = new Map<string, OpenStatus>();
  return (row: MetricRow): OpenStatus => {
    const key = `${row.regionCode}|${row.period}|${row.k3}`;
    let status = seen.get(key);
    if (!status) {
      status = openStatus(
        context.calendar,
        { due: row.period, committedWorkingDays: Number(row.k3) },
        today,
        row.regionCode,
        WARN_SHARE,
      );
      seen.set(key, status);
    }
    return status;
  };
}

export async function readDashboard(
  context: AppContext,
  staff: StaffPrincipal,
  request: DashboardRequest,
): Promise<Dashboard> {
  const scope = await resolveScope(context, staff, request);
  const today = clock.today();
  const period = checkedPeriod(request, today);
  const db = context.readDatabase.db;
  const q = dashboardQueries(scope, period);
  const [
    caseStates,
    received,
    completed,
    subStates,
    subOpen,
    subEnded,
    ratingRows,
    followUpStates,
    followUpsOpen,
    savingsRows,
    departmentRows,
    source,
  ] = await Promise.all([
    q.caseStates(db),
    q.caseReceived(db),
    q.caseCompleted(db),
    q.subStates(db),
    q.subOpen(db),
    q.subEnded(db),
    q.ratings(db),
    q.followUpStates(db),
    q.followUpsOpen(db),
    q.savings(db),
    db.select().from(departments).orderBy(asc(departments.code)),
    readSource(context),
  ]);
  const here = scope.region.code;
  const mine = (rows: MetricRow[]) => rows.filter((r) => r.regionCode === here);
  const childCodes = scope.children.map((c) => c.code);

  // Cases.
  const stateCounts = sumBy(mine(caseStates), (r) => r.k2);
  const receivedHere = mine(received);
  const completedHere = mine(completed);
  const byChannel = sumBy(receivedHere, (r) => r.k1);
  const receivedByMonth = sumBy(receivedHere, (r) => `${r.period}|${r.k1}`);
  const completedByMonth = sumBy(completedHere, (r) => r.period);
  const openStates = new Set<string>(OPEN_CASE_STATES);

  // Time limits.
  const classify = openClassifier(context, today);
  const limitTotals = zeroCounts();
  const byDepartment = new Map<string, Counts>();
  const byRegion = new Map<string, Counts>();
  const byMatter = new Map<string, Counts & { departmentCode: string; matterCode: string }>();
  const add = (counts: Counts, status: OpenStatus, n: number) => {
    counts.open += n;
    if (status === 'overdue') counts.overdue += n;
    if (status === 'at-risk') counts.atRisk += n;
  };
  for (const row of subOpen) {
    const status = classify(row);
    if (row.regionCode === here) {
      add(limitTotals, status, row.n);
      const d = byDepartment.get(row.k1) ?? zeroCounts();
      byDepartment.set(row.k1, d);
      add(d, status, row.n);
      const key = `${row.k1}|${row.k2}`;
      const m = byMatter.get(key) ?? { ...zeroCounts(), departmentCode: row.k1, matterCode: row.k2 };
      byMatter.set(key, m);
      add(m, status, row.n);
    } else {
      const r = byRegion.get(row.regionCode) ?? zeroCounts();
      byRegion.set(row.regionCode, r);
      add(r, status, row.n);
    }
  }

  // Handling time, beside the committed limit of the catalog the region runs.
  const catalog = await context.catalog.current();
  const committed = new Map(catalog.matters.map((m) => [m.code, m.committedWorkingDays]));
  const handling = handlingFigures(subEnded).map((h) => ({
    ...h,
    committedWorkingDays: committed.get(h.matterCode) ?? null,
  }));

  // Ratings.
  const ratingsHere = mine(ratingRows);
  const share = (rows: MetricRow[]) => {
    const count = total(rows);
    return count > 0 ? total(rows.filter((r) => isSatisfied(Number(r.k2)))) / count : null;
  };
  const ratingDepartments = [...new Set(ratingsHere.map((r) => r.k1))].sort();

  // Follow-ups.
  const openFollowUps = followUpsOpen.filter((r) => r.n > 0);
  const savings = sumBy(mine(savingsRows), (r) => r.k1);

  return {
    scope: {
      regionCode: scope.region.code,
      nameZh: scope.region.nameZh,
      nameEn: scope.region.nameEn,
      level: scope.region.level,
      departmentCode: scope.departmentCode,
      parentCode: scope.parentCode,
    },
    period,
    today,
    asOf: clock.now().toISOString(),
    source: source.source,
    replicaLagSeconds: source.lagSeconds,
    children: scope.children,
    departments: departmentRows.map((d) => ({ code: d.code, nameZh: d.nameZh, nameEn: d.nameEn })),
    matters: catalog.matters
      .filter((m) => m.needsApplication || handling.some((h) => h.matterCode === m.code))
      .map((m) => ({
        code: m.code,
        nameZh: m.name,
        nameEn: m.nameEn,
        departmentCode: m.department,
        committedWorkingDays: m.committedWorkingDays,
      })),
    cases: {
      total: total(mine(caseStates)),
      byState: CASE_STATES.map((state) => ({ state, count: stateCounts.get(state) ?? 0 })),
      received: total(receivedHere),
      completed: total(completedHere),
      byChannel: SUPERVISION_CHANNELS.map((channel) => ({ channel, count: byChannel.get(channel) ?? 0 })),
      byMonth: monthsBetween(period.from, period.to).map((month) => ({
        month,
        online: receivedByMonth.get(`${month}|online`) ?? 0,
        window: receivedByMonth.get(`${month}|window`) ?? 0,
        proactive: receivedByMonth.get(`${month}|proactive`) ?? 0,
        completed: completedByMonth.get(month) ?? 0,
      })),
      byRegion: childCodes.map((code) => ({
        regionCode: code,
        received: total(received.filter((r) => r.regionCode === code)),
        completed: total(completed.filter((r) => r.regionCode === code)),
        open: total(caseStates.filter((r) => r.regionCode === code && openStates.has(r.k2))),
      })),
    },
    timeLimits: {
      ...limitTotals,
      waitingOnFamily: total(subStates.filter((r) => r.k3 === 'returned')),
      byDepartment: [...byDepartment].map(([departmentCode, c]) => ({ departmentCode, ...c })),
      byRegion: childCodes.map((regionCode) => ({
        regionCode,
        ...(byRegion.get(regionCode) ?? zeroCounts()),
      })),
      byMatter: [...byMatter.values()].sort(
        (a, b) => b.overdue - a.overdue || b.atRisk - a.atRisk || a.matterCode.localeCompare(b.matterCode),
      ),
    },
    handling,
    ratings: {
      total: total(ratingsHere),
      satisfiedShare: share(ratingsHere),
      byLevel: [5, 4, 3, 2, 1].map((level) => ({
        level,
        count: total(ratingsHere.filter((r) => Number(r.k2) === level)),
      })),
      byDepartment: ratingDepartments.map((k1) => {
        const rows = ratingsHere.filter((r) => r.k1 === k1);
        return {
          departmentCode: k1 === '' ? null : k1,
          count: total(rows),
          satisfiedShare: share(rows),
          poor: total(rows.filter((r) => isPoor(Number(r.k2)))),
        };
      }),
      byRegion: childCodes.map((regionCode) => {
        const rows = ratingRows.filter((r) => r.regionCode === regionCode);
        return { regionCode, count: total(rows), satisfiedShare: share(rows) };
      }),
    },
    followUps: {
      open: total(openFollowUps),
      overdue: total(openFollowUps.filter((r) => r.period < today)),
      nextDue: openFollowUps.map((r) => r.period).sort()[0] ?? null,
      byState: [...sumBy(followUpStates, (r) => r.k2)].map(([state, count]) => ({ state, count })),
    },
    savings: {
      cases: total(receivedHere),
      onlineCases: (byChannel.get('online') ?? 0) + (byChannel.get('proactive') ?? 0),
      ...(Object.fromEntries(SAVINGS_KINDS.map((k) => [k, savings.get(k) ?? 0])) as Record<
        (typeof SAVINGS_KINDS)[number],
        number
      >),
    },
  };
}

// ── Drill-down: the open sub-cases behind a figure ───────────────────────────────────────────

type ListQuery = z.infer<typeof SupervisedSubCaseQuery>;

function encodeCursor(dueOn: string, id: string): string {
  return Buffer.from(`${dueOn}|${id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { dueOn: string; id: string } {
  const [dueOn, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!dueOn || !id || !/^\d{4}-\d{2}-\d{2}$/.test(dueOn) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: [problem('cursor', '分页位置无效，请从第一页重新查看', 'The page position is not valid')],
    });
  }
  return { dueOn, id };
}

export async function listSupervisedSubCases(
  context: AppContext,
  staff: StaffPrincipal,
  query: ListQuery,
): Promise<z.infer<typeof SupervisedSubCaseList>> {
  const scope = await resolveScope(context, staff, query);
  const today = clock.today();
  const db = context.readDatabase.db;
  const classify = openClassifier(context, today);
  // The total comes from the figures, classified by the same rule as the dashboard's, so a count
  // and its list agree.
  const openRows = (
    await readMetric(db, 'sub.open', { regions: [scope.region.code], departmentCode: scope.departmentCode })
  ).filter((r) => (!query.matter || r.k2 === query.matter) && r.n > 0);
  const wanted = openRows.filter((r) => query.status === 'open' || classify(r) === query.status);
  const totalCount = total(wanted);
  if (totalCount === 0) return { items: [], total: 0, nextCursor: null };

  // Overdue is every open sub-case due before today; at risk, exactly the (due date, committed
  // days) pairs the figures classified so — not yet due, so there are few.
  const pairs = [...new Set(wanted.map((r) => `${r.period}|${r.k3}`))].map(
    (p) => p.split('|') as [string, string],
  );
  const conditions: (SQL | undefined)[] = [
    inArray(subCases.state, ['pending', 'in_review']),
    isNull(subCases.pausedSince),
    isNotNull(subCases.dueOn),
    like(subCases.regionCode, `${regionPrefix(scope.region.code)}%`),
    scope.departmentCode ? eq(subCases.departmentCode, scope.departmentCode) : undefined,
    query.matter ? eq(subCases.matterCode, query.matter) : undefined,
    query.status === 'overdue'
      ? lt(subCases.dueOn, today)
      : query.status === 'at-risk'
        ? or(
            ...pairs.map(([due, committedDays]) =>
              and(
                eq(subCases.dueOn, due),
                sql`COALESCE(${subCases.committedWorkingDays}, 0) = ${Number(committedDays)}`,
              ),
            ),
          )
        : undefined,
  ];
  if (query.cursor) {
    const after = decodeCursor(query.cursor);
    conditions.push(
      or(gt(subCases.dueOn, after.dueOn), and(eq(subCases.dueOn, after.dueOn), gt(subCases.id, after.id))),
    );
  }
  const rows = await db
    .select({ sub: subCases, code: cases.code })
    .from(subCases)
    .innerJoin(cases, eq(cases.id, subCases.caseId))
    .where(and(...conditions))
    .orderBy(asc(subCases.dueOn), asc(subCases.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(({ sub, code }) => {
      const due = sub.dueOn ?? today;
      const status = classify({
        regionCode: sub.regionCode,
        period: due,
        k1: '',
        k2: '',
        k3: String(sub.committedWorkingDays ?? 0),
        k4: '',
        n: 1,
      });
      const remaining =
        due < today
          ? -context.calendar.workingDaysBetween(due, today, sub.regionCode)
          : context.calendar.workingDaysBetween(today, due, sub.regionCode);
      return {
        subCaseId: sub.id,
        caseCode: code,
        matterCode: sub.matterCode,
        departmentCode: sub.departmentCode,
        regionCode: sub.regionCode,
        state: sub.state,
        dueOn: due,
        status,
        remainingWorkingDays: remaining,
        escalated: sub.escalatedAt !== null,
      };
    }),
    total: totalCount,
    nextCursor:
      rows.length > query.limit && last?.sub.dueOn ? encodeCursor(last.sub.dueOn, last.sub.id) : null,
  };
}

// ── One case, as a supervisor sees it ────────────────────────────────────────────────────────

export async function readSupervisedCase(
  context: AppContext,
  staff: StaffPrincipal,
  code: string,
): Promise<z.infer<typeof SupervisedCase>> {
  const scope = listScope(subjectOf(staff), 'supervision.read');
  if (scope?.kind !== 'staff') throw new AppError('FORBIDDEN');
  // Read from the database itself: the view is audited there, in one transaction with the read.
  return context.database.db.transaction(async (tx) => {
    const [row] = await tx.select().from(cases).where(eq(cases.code, code)).limit(1);
    if (!row || !regionCovers(staff.regionCode, row.regionCode)) throw new AppError('CASE_NOT_FOUND');
    const subs = await tx
      .select()
      .from(subCases)
      .where(eq(subCases.caseId, row.id))
      .orderBy(asc(subCases.createdAt));
    // A department supervisor sees cases their department has a part in, and only that part.
    const visible = scope.departmentCode
      ? subs.filter((s) => s.departmentCode === scope.departmentCode)
      : subs;
    if (scope.departmentCode && visible.length === 0) throw new AppError('CASE_NOT_FOUND');
    const rated = await tx
      .select()
      .from(ratings)
      .where(eq(ratings.caseId, row.id))
      .orderBy(asc(ratings.createdAt));
    await appendAudit(tx, context.keys, {
      actor: actorOf(staff),
      action: 'personal_data.viewed',
      objectType: 'case',
      objectId: row.id,
      details: {
        caseCode: row.code,
        fields: ['deceased.name', 'applicant.name', 'applicant.phone'],
        masked: true,
        purpose: 'supervision',
      },
    });
    return {
      code: row.code,
      state: row.state,
      channel: row.proactive ? 'proactive' : (row.channel as 'online' | 'window'),
      regionCode: row.regionCode,
      submittedAt: row.submittedAt.toISOString(),
      completedAt: row.completedAt?.toISOString() ?? null,
      deceasedNameMasked: maskName(row.deceasedName),
      applicantNameMasked: maskName(row.applicantName),
      applicantPhoneMasked: maskPhone(decryptField(context.keys, row.applicantPhoneEncrypted)),
      subCases: visible.map((s) => ({
        matterCode: s.matterCode,
        departmentCode: s.departmentCode,
        regionCode: s.regionCode,
        state: s.state,
        dueOn: s.dueOn,
        endedOn: s.endedOn,
        handledWorkingDays: s.handledWorkingDays,
        status: subCaseLimit(context.calendar, s)?.status ?? 'not-started',
        escalated: s.escalatedAt !== null,
      })),
      ratings: rated
        .filter((r) => !scope.departmentCode || r.target === `department:${scope.departmentCode}`)
        .map((r) => ({ target: r.target, level: r.level, comment: r.comment })),
    };
  });
}
