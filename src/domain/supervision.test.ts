import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  addMonths,
  defaultPeriod,
  handlingFigures,
  type MetricRow,
  monthsBetween,
  openStatus,
  percentileOfHistogram,
  savingsAtSubmission,
} from './supervision.ts';
import { limitView } from './time-limits.ts';
import { LocalDaysSchema, NationalYearSchema, WorkingDayCalendar } from './working-days.ts';

const folder = join(import.meta.dirname, '../../catalog/calendar');
const calendar = new WorkingDayCalendar(
  readdirSync(join(folder, 'national')).map((f) =>
    NationalYearSchema.parse(parse(readFileSync(join(folder, 'national', f), 'utf8'))),
  ),
  readdirSync(join(folder, 'local')).map((f) =>
    LocalDaysSchema.parse(parse(readFileSync(join(folder, 'local', f), 'utf8'))),
  ),
);

const row = (k1: string, k2: string, days: number, k4: string, n: number): MetricRow => ({
  regionCode: '530102',
  period: '2026-11',
  k1,
  k2,
  k3: String(days),
  k4,
  n,
});

describe('supervision figures', () => {
  it('takes percentiles of a histogram by nearest rank', () => {
    const hist = new Map([
      [1, 5],
      [2, 3],
      [9, 2],
    ]);
    expect(percentileOfHistogram(hist, 0.5)).toBe(1);
    expect(percentileOfHistogram(hist, 0.6)).toBe(2);
    expect(percentileOfHistogram(hist, 0.9)).toBe(9);
    expect(percentileOfHistogram(new Map(), 0.5)).toBeNull();
  });

  it('agrees with sorting every observation', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (days, p) => {
          const hist = new Map<number, number>();
          for (const d of days) hist.set(d, (hist.get(d) ?? 0) + 1);
          const sorted = [...days].sort((a, b) => a - b);
          expect(percentileOfHistogram(hist, p)).toBe(sorted[Math.max(Math.ceil(p * days.length), 1) - 1]);
        },
      ),
    );
  });

  it('gives median, p90 and the on-time share per matter', () => {
    const figures = handlingFigures([
      row('public-security', 'household-registration-cancellation', 1, 'on_time', 8),
      row('public-security', 'household-registration-cancellation', 3, 'on_time', 1),
      row('public-security', 'household-registration-cancellation', 7, 'late', 1),
      row('civil-affairs', 'funeral-subsidy', 10, 'on_time', 2),
    ]);
    expect(figures).toEqual([
      {
        departmentCode: 'civil-affairs',
        matterCode: 'funeral-subsidy',
        ended: 2,
        medianWorkingDays: 10,
        p90WorkingDays: 10,
        onTimeShare: 1,
      },
      {
        departmentCode: 'public-security',
        matterCode: 'household-registration-cancellation',
        ended: 10,
        medianWorkingDays: 1,
        p90WorkingDays: 3,
        onTimeShare: 0.9,
      },
    ]);
  });

  it('reads overdue and at risk from the due date exactly as the case views do', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 60 }),
        (startOffset, committed, elapsed) => {
          const start = new Date(Date.UTC(2025, 0, 1) + startOffset * 86_400_000).toISOString().slice(0, 10);
          const today = new Date(Date.parse(start) + elapsed * 86_400_000).toISOString().slice(0, 10);
          const clock = {
            startedOn: start,
            committedWorkingDays: committed,
            pausedWorkingDays: 0,
            pausedSince: null,
            endedOn: null,
          };
          const view = limitView(calendar, clock, '530102', today, 0.7);
          const status = openStatus(
            calendar,
            { due: view.due, committedWorkingDays: committed },
            today,
            '530102',
            0.7,
          );
          const expected =
            view.status === 'overdue' ? 'overdue' : view.status === 'due-soon' ? 'at-risk' : 'on-track';
          expect(status).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts what a submission spared the family', () => {
    expect(
      savingsAtSubmission({ channel: 'online', departments: 4, materialsNotDemanded: 2, fieldsPrefilled: 9 }),
    ).toEqual({ materialsNotDemanded: 2, fieldsPrefilled: 9, visitsAvoided: 4 });
    // At the window the family still came once.
    expect(
      savingsAtSubmission({ channel: 'window', departments: 1, materialsNotDemanded: 0, fieldsPrefilled: 0 }),
    ).toEqual({});
  });

  it('walks months', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-11', 14)).toBe('2028-01');
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(defaultPeriod('2026-12-01')).toEqual({ from: '2026-01', to: '2026-12' });
  });
});
