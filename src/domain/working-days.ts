/**
 * The working-day calendar (工作日). National holidays and make-up working days (调休) come from
 * data, one file per year as published by the State Council; a region may add local rest days or
 * working days that apply to it and every region beneath it.
 *
 * Counting convention for time limits: the start day itself is day 0 and never counts; the due
 * date is the end of the Nth working day after it. So a matter accepted on a Friday with a limit of
 * 1 working day is due at the end of the next Monday (if that Monday is a working day). With N = 0
 * the due date is the first working day on or after the start day.
 *
 * For a year whose notice is not in the data, only weekends are known: such answers are marked
 * provisional, so nobody mistakes a guess for the official calendar.
 */
import { z } from 'zod';
import { addCalendarDays, dayOfWeek, isIsoDate } from './clock.ts';
import { regionCovers } from './regions.ts';

const isoDate = z.string().refine(isIsoDate, 'a date written YYYY-MM-DD');

export const NationalYearSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    source: z.string().min(1),
    published: isoDate,
    holidays: z.array(z.object({ name: z.string(), nameEn: z.string(), from: isoDate, to: isoDate })).min(1),
    makeUpWorkdays: z.array(z.object({ date: isoDate, for: z.string() })),
  })
  .superRefine((value, ctx) => {
    value.holidays.forEach((h, i) => {
      if (h.from > h.to)
        ctx.addIssue({ code: 'custom', path: ['holidays', i, 'to'], message: 'ends before it starts' });
      if (!h.from.startsWith(String(value.year)) && !h.to.startsWith(String(value.year))) {
        ctx.addIssue({ code: 'custom', path: ['holidays', i], message: `not in ${value.year}` });
      }
    });
    value.makeUpWorkdays.forEach((w, i) => {
      const weekday = isIsoDate(w.date) ? dayOfWeek(w.date) : 0;
      if (weekday !== 0 && weekday !== 6) {
        ctx.addIssue({
          code: 'custom',
          path: ['makeUpWorkdays', i, 'date'],
          message: 'a make-up working day must fall on a Saturday or Sunday',
        });
      }
    });
  });

export const LocalDaysSchema = z.object({
  region: z.string().regex(/^\d{6}$/, 'a six-digit GB/T 2260 code'),
  name: z.string(),
  source: z.string(),
  days: z.array(z.object({ date: isoDate, kind: z.enum(['holiday', 'workday']), name: z.string() })),
});

export type NationalYear = z.infer<typeof NationalYearSchema>;
export type LocalDays = z.infer<typeof LocalDaysSchema>;

export interface DayInfo {
  date: string;
  working: boolean;
  /** Why the day is (not) a working day: weekend, holiday name, make-up working day, local day. */
  reason: 'weekday' | 'weekend' | 'holiday' | 'make-up-workday' | 'local-holiday' | 'local-workday';
  name?: string;
  /** False when the year's official notice is not in the data. */
  official: boolean;
}

export interface DueDate {
  start: string;
  workingDays: number;
  due: string;
  /** True when some day counted lies in a year whose notice is not in the data. */
  provisional: boolean;
  /** Non-working days skipped between start and due, with their reasons. */
  skipped: { date: string; reason: string; name?: string }[];
}

function expand(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) days.push(d);
  return days;
}

export class WorkingDayCalendar {
  private readonly holidays = new Map<string, string>();
  private readonly workdays = new Map<string, string>();
  private readonly years = new Set<number>();
  private readonly local: LocalDays[];

  constructor(national: readonly NationalYear[], local: readonly LocalDays[] = []) {
    for (const year of national) {
      this.years.add(year.year);
      for (const h of year.holidays) for (const d of expand(h.from, h.to)) this.holidays.set(d, h.name);
      for (const w of year.makeUpWorkdays) this.workdays.set(w.date, w.for);
    }
    this.local = [...local];
  }

  coveredYears(): number[] {
    return [...this.years].sort();
  }

  /** Whether the State Council's holiday notice for the year is in the data. */
  hasNotice(year: number): boolean {
    return this.years.has(year);
  }

  /**
   * Whether a date (a due date) lies in a year without its notice, so that only weekends are
   * known there and the date is provisional (暂定).
   */
  isProvisional(date: string): boolean {
    return !this.years.has(Number(date.slice(0, 4)));
  }

  /**
   * The years from `today`'s to the next one whose notice is missing: a due date counted from
   * today can fall in them (time limits run at most a few months).
   */
  missingNoticeYears(today: string): number[] {
    const year = Number(today.slice(0, 4));
    return [year, year + 1].filter((y) => !this.years.has(y));
  }

  dayInfo(date: string, regionCode?: string): DayInfo {
    if (!isIsoDate(date)) throw new RangeError(`not a date: ${date}`);
    const official = this.years.has(Number(date.slice(0, 4)));
    if (regionCode) {
      for (const profile of this.local) {
        if (!regionCovers(profile.region, regionCode)) continue;
        const day = profile.days.find((d) => d.date === date);
        if (day) {
          return day.kind === 'holiday'
            ? { date, working: false, reason: 'local-holiday', name: day.name, official }
            : { date, working: true, reason: 'local-workday', name: day.name, official };
        }
      }
    }
    const holiday = this.holidays.get(date);
    if (holiday) return { date, working: false, reason: 'holiday', name: holiday, official };
    const makeUp = this.workdays.get(date);
    if (makeUp) return { date, working: true, reason: 'make-up-workday', name: makeUp, official };
    const weekday = dayOfWeek(date);
    if (weekday === 0 || weekday === 6) return { date, working: false, reason: 'weekend', official };
    return { date, working: true, reason: 'weekday', official };
  }

  isWorkingDay(date: string, regionCode?: string): boolean {
    return this.dayInfo(date, regionCode).working;
  }

  dueDate(start: string, workingDays: number, regionCode?: string): DueDate {
    if (!Number.isInteger(workingDays) || workingDays < 0 || workingDays > 3650) {
      throw new RangeError('workingDays must be an integer from 0 to 3650');
    }
    const skipped: DueDate['skipped'] = [];
    let provisional = false;
    let date = start;
    let info = this.dayInfo(date, regionCode);
    if (workingDays === 0) {
      while (!info.working) {
        skipped.push({ date, reason: info.reason, ...(info.name ? { name: info.name } : {}) });
        provisional ||= !info.official;
        date = addCalendarDays(date, 1);
        info = this.dayInfo(date, regionCode);
      }
      return { start, workingDays, due: date, provisional: provisional || !info.official, skipped };
    }
    let counted = 0;
    while (counted < workingDays) {
      date = addCalendarDays(date, 1);
      info = this.dayInfo(date, regionCode);
      provisional ||= !info.official;
      if (info.working) counted++;
      else skipped.push({ date, reason: info.reason, ...(info.name ? { name: info.name } : {}) });
    }
    return { start, workingDays, due: date, provisional, skipped };
  }

  /** Working days after `start` up to and including `end` (0 when end ≤ start). */
  workingDaysBetween(start: string, end: string, regionCode?: string): number {
    let count = 0;
    for (let date = addCalendarDays(start, 1); date <= end; date = addCalendarDays(date, 1)) {
      if (this.dayInfo(date, regionCode).working) count++;
    }
    return count;
  }
}
