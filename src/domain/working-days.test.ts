import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LocalDaysSchema, NationalYearSchema, WorkingDayCalendar } from './working-days.ts';

const folder = join(import.meta.dirname, '../../catalog/calendar');
const national = readdirSync(join(folder, 'national')).map((f) =>
  NationalYearSchema.parse(parse(readFileSync(join(folder, 'national', f), 'utf8'))),
);
const local = readdirSync(join(folder, 'local')).map((f) =>
  LocalDaysSchema.parse(parse(readFileSync(join(folder, 'local', f), 'utf8'))),
);
const calendar = new WorkingDayCalendar(national, local);

describe('working-day calendar', () => {
  it('ships every year whose notice is published', () => {
    expect(calendar.coveredYears()).toEqual(expect.arrayContaining([2024, 2025, 2026]));
  });

  it('knows the 2026 Spring Festival and its make-up days', () => {
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false);
    expect(calendar.isWorkingDay('2026-02-23')).toBe(false);
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // Saturday, 调休上班
    expect(calendar.isWorkingDay('2026-02-28')).toBe(true);
    expect(calendar.isWorkingDay('2026-01-04')).toBe(true); // Sunday after 元旦
  });

  it('counts from the day after the start', () => {
    // Friday 2026-11-20 + 1 working day = Monday 2026-11-23
    expect(calendar.dueDate('2026-11-20', 1).due).toBe('2026-11-23');
    // Accepted the day before the 2026 National Day holiday
    const due = calendar.dueDate('2026-09-30', 1);
    expect(due.due).toBe('2026-10-08');
    expect(due.skipped.map((s) => s.date)).toContain('2026-10-01');
    // 2026-02-13 (Fri) + 1 = 2026-02-14 (Saturday make-up working day)
    expect(calendar.dueDate('2026-02-13', 1).due).toBe('2026-02-14');
  });

  it('adds local rest days for the region and the counties beneath it only', () => {
    expect(calendar.isWorkingDay('2026-12-21', '533324')).toBe(false);
    expect(calendar.isWorkingDay('2026-12-21', '530102')).toBe(true);
    expect(calendar.dueDate('2026-12-18', 1, '533324').due).toBe('2026-12-22');
  });

  it('marks a due date in a year without an official notice as provisional', () => {
    expect(calendar.dueDate('2026-12-30', 5).provisional).toBe(true);
    expect(calendar.dueDate('2026-11-02', 5).provisional).toBe(false);
  });

  it('says which dates are provisional and which coming years still lack their notice', () => {
    const only2026 = new WorkingDayCalendar(national.filter((y) => y.year === 2026));
    expect(only2026.isProvisional('2026-12-31')).toBe(false);
    expect(only2026.isProvisional('2027-01-04')).toBe(true);
    expect(only2026.hasNotice(2027)).toBe(false);
    expect(only2026.missingNoticeYears('2026-12-01')).toEqual([2027]);
    expect(only2026.missingNoticeYears('2027-03-01')).toEqual([2027, 2028]);
    expect(new WorkingDayCalendar(national).missingNoticeYears('2025-06-01')).toEqual([]);
  });

  const dates = fc.integer({ min: 0, max: 365 * 3 - 1 }).map((n) => {
    const d = new Date(Date.UTC(2024, 0, 1));
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  });
  const regions = fc.constantFrom(undefined, '530102', '533324');

  it('property: the due date is always a working day', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 60 }), regions, (start, n, region) => {
        return calendar.isWorkingDay(calendar.dueDate(start, n, region).due, region);
      }),
    );
  });

  it('property: a larger N is never due earlier', () => {
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 30 }),
        regions,
        (start, n, extra, region) => {
          return calendar.dueDate(start, n + extra, region).due >= calendar.dueDate(start, n, region).due;
        },
      ),
    );
  });

  it('property: holidays never count — exactly N working days lie after the start up to the due date', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 40 }), regions, (start, n, region) => {
        const { due } = calendar.dueDate(start, n, region);
        let working = 0;
        const d = new Date(`${start}T00:00:00Z`);
        for (;;) {
          d.setUTCDate(d.getUTCDate() + 1);
          const iso = d.toISOString().slice(0, 10);
          if (calendar.isWorkingDay(iso, region)) working++;
          if (iso === due) break;
        }
        return working === n;
      }),
    );
  });
});
