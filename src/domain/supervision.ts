/**
 * Supervision's figures (全闭环监测), as pure functions over the counts the database keeps.
 *
 * The database keeps, for every region level (county, prefecture, province), counts under these
 * metrics (period and dimensions k1…k4):
 *
 * | metric            | period             | k1           | k2       | k3                 | k4               |
 * |-------------------|--------------------|--------------|----------|--------------------|------------------|
 * | `case.state`      | —                  | channel      | state    |                    |                  |
 * | `case.received`   | month submitted    | channel      |          |                    |                  |
 * | `case.completed`  | month completed    | channel      |          |                    |                  |
 * | `savings`         | month              | kind         |          |                    |                  |
 * | `sub.state`       | —                  | department   | matter   | state              |                  |
 * | `sub.open`        | due date           | department   | matter   | committed days     |                  |
 * | `sub.ended`       | month ended        | department   | matter   | working days taken | late / on_time   |
 * | `rating`          | month rated        | department ('' = the case) | level | channel   |                  |
 * | `follow_up.state` | —                  | department   | state    |                    |                  |
 * | `follow_up.open`  | due date           | department   |          |                    |                  |
 *
 * The channel is `online`, `window` or `proactive` (begun from a proactive offer). "Overdue" and
 * "at risk" are not stored — they change as days pass — but read from `sub.open` for any day.
 */
import type { WorkingDayCalendar } from './working-days.ts';

export const SUPERVISION_METRICS = [
  'case.state',
  'case.received',
  'case.completed',
  'savings',
  'sub.state',
  'sub.open',
  'sub.ended',
  'rating',
  'follow_up.state',
  'follow_up.open',
] as const;
export type SupervisionMetric = (typeof SUPERVISION_METRICS)[number];

/** Metrics whose k1 is a department: a department supervisor sees only their own rows. */
export const DEPARTMENT_KEYED: ReadonlySet<SupervisionMetric> = new Set([
  'sub.state',
  'sub.open',
  'sub.ended',
  'rating',
  'follow_up.state',
  'follow_up.open',
]);

export interface MetricRow {
  regionCode: string;
  period: string;
  k1: string;
  k2: string;
  k3: string;
  k4: string;
  n: number;
}

export const SUPERVISION_CHANNELS = ['online', 'window', 'proactive'] as const;
export type SupervisionChannel = (typeof SUPERVISION_CHANNELS)[number];

export const SAVINGS_KINDS = [
  'materialsNotDemanded',
  'fieldsPrefilled',
  'visitsAvoided',
  'benefitsStopped',
] as const;
export type SavingsKind = (typeof SAVINGS_KINDS)[number];

/**
 * What a submission saved the family, recorded on the case: the materials it did not have to
 * bring (shared data and e-licences stood in), the fields it did not have to type, and the visits
 * it did not make — one per department it would otherwise have gone to, less the one visit to
 * the window when it applied there.
 */
export function savingsAtSubmission(input: {
  channel: 'online' | 'window';
  departments: number;
  materialsNotDemanded: number;
  fieldsPrefilled: number;
}): Partial<Record<SavingsKind, number>> {
  const visitsAvoided = Math.max(input.departments - (input.channel === 'window' ? 1 : 0), 0);
  const savings: Partial<Record<SavingsKind, number>> = {};
  if (input.materialsNotDemanded > 0) savings.materialsNotDemanded = input.materialsNotDemanded;
  if (input.fieldsPrefilled > 0) savings.fieldsPrefilled = input.fieldsPrefilled;
  if (visitsAvoided > 0) savings.visitsAvoided = visitsAvoided;
  return savings;
}

// ── Periods ──────────────────────────────────────────────────────────────────────────────────

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

export function addMonths(month: string, delta: number): string {
  const match = MONTH.exec(month);
  if (!match) throw new Error(`not a month: ${month}`);
  const index = Number(match[1]) * 12 + Number(match[2]) - 1 + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, inclusive (at most 120). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to && months.length < 120; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** The default view: the twelve months up to and including today's. */
export function defaultPeriod(today: string): { from: string; to: string } {
  const to = today.slice(0, 7);
  return { from: addMonths(to, -11), to };
}

// ── Open sub-cases against their limits ──────────────────────────────────────────────────────

export type OpenStatus = 'overdue' | 'at-risk' | 'on-track';

/**
 * Where an open sub-case with a running clock stands today, from its due date and committed
 * working days alone (the same rule as the case views: overdue after the due date; at risk once
 * the share of the committed days used reaches `warnShare`).
 */
export function openStatus(
  calendar: WorkingDayCalendar,
  open: { due: string; committedWorkingDays: number },
  today: string,
  regionCode: string,
  warnShare: number,
): OpenStatus {
  if (today > open.due) return 'overdue';
  if (open.committedWorkingDays <= 0) return 'at-risk';
  const remaining = calendar.workingDaysBetween(today, open.due, regionCode);
  const used = open.committedWorkingDays - remaining;
  return used / open.committedWorkingDays >= warnShare ? 'at-risk' : 'on-track';
}

// ── Handling time ────────────────────────────────────────────────────────────────────────────

/**
 * The p-th percentile (0 < p ≤ 1, nearest rank) of a histogram of whole working days: the
 * smallest value with at least p of the observations at or below it. Null when empty.
 */
export function percentileOfHistogram(histogram: ReadonlyMap<number, number>, p: number): number | null {
  const total = [...histogram.values()].reduce((sum, n) => sum + n, 0);
  if (total <= 0) return null;
  const rank = Math.max(Math.ceil(p * total), 1);
  let seen = 0;
  for (const value of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(value) ?? 0;
    if (seen >= rank) return value;
  }
  return null;
}

export interface HandlingFigure {
  departmentCode: string;
  matterCode: string;
  ended: number;
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
  /** Share ended within the committed limit, of those that had one. */
  onTimeShare: number | null;
}

export function handlingFigures(rows: readonly MetricRow[]): HandlingFigure[] {
  const groups = new Map<
    string,
    { departmentCode: string; matterCode: string; hist: Map<number, number>; late: number; onTime: number }
  >();
  for (const row of rows) {
    const key = `${row.k1}\u0000${row.k2}`;
    let group = groups.get(key);
    if (!group) {
      group = { departmentCode: row.k1, matterCode: row.k2, hist: new Map(), late: 0, onTime: 0 };
      groups.set(key, group);
    }
    const days = Number(row.k3);
    if (Number.isFinite(days)) group.hist.set(days, (group.hist.get(days) ?? 0) + row.n);
    if (row.k4 === 'late') group.late += row.n;
    if (row.k4 === 'on_time') group.onTime += row.n;
  }
  return [...groups.values()]
    .map((g) => ({
      departmentCode: g.departmentCode,
      matterCode: g.matterCode,
      ended: [...g.hist.values()].reduce((a, b) => a + b, 0),
      medianWorkingDays: percentileOfHistogram(g.hist, 0.5),
      p90WorkingDays: percentileOfHistogram(g.hist, 0.9),
      onTimeShare: g.late + g.onTime > 0 ? g.onTime / (g.late + g.onTime) : null,
    }))
    .sort(
      (a, b) => a.departmentCode.localeCompare(b.departmentCode) || a.matterCode.localeCompare(b.matterCode),
    );
}

// ── Ratings ──────────────────────────────────────────────────────────────────────────────────

/** 满意 or better (4 and 5 of five levels). */
export function isSatisfied(level: number): boolean {
  return level >= 4;
}

/** 不满意 or worse (1 and 2): these open a follow-up. */
export function isPoor(level: number): boolean {
  return level <= 2;
}

// ── Sums ─────────────────────────────────────────────────────────────────────────────────────

/** Sums `n` over rows grouped by a key; keys with a zero sum are dropped. */
export function sumBy<K extends string>(
  rows: readonly MetricRow[],
  key: (row: MetricRow) => K,
): Map<K, number> {
  const sums = new Map<K, number>();
  for (const row of rows) sums.set(key(row), (sums.get(key(row)) ?? 0) + row.n);
  for (const [k, n] of sums) if (n === 0) sums.delete(k);
  return sums;
}

export function total(rows: readonly MetricRow[]): number {
  return rows.reduce((sum, row) => sum + row.n, 0);
}
