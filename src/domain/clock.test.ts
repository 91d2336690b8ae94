import { describe, expect, it } from 'vitest';
import { chinaDateStamp } from './case-code.ts';
import {
  addCalendarDays,
  compactDate,
  dayOfWeek,
  daysAfter,
  endOfServiceDay,
  isIsoDate,
  SERVICE_TIME_ZONE,
  serviceDate,
  startOfServiceDay,
} from './clock.ts';

describe('the date in China at an instant', () => {
  it('is already the next day in China while it is still the evening before in UTC', () => {
    expect(serviceDate(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(serviceDate(new Date('2026-09-29T16:30:00Z'))).toBe('2026-09-30');
  });

  it('turns at 16:00 UTC, which is midnight in China', () => {
    expect(serviceDate(new Date('2026-12-31T15:59:59.999Z'))).toBe('2026-12-31');
    expect(serviceDate(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01-01');
  });

  it('is the same day in UTC and in China in the Chinese daytime', () => {
    expect(serviceDate(new Date('2026-10-08T01:00:00Z'))).toBe('2026-10-08');
    expect(serviceDate(new Date('2026-10-08T15:00:00Z'))).toBe('2026-10-08');
  });

  it('does not depend on the time zone the instant was written in', () => {
    expect(serviceDate(new Date('2026-09-30T00:30:00+08:00'))).toBe('2026-09-30');
    expect(serviceDate(new Date('2026-09-29T12:30:00-04:00'))).toBe('2026-09-30');
  });

  it('agrees with the time-zone database for Asia/Shanghai through a year', () => {
    const inShanghai = new Intl.DateTimeFormat('en-CA', {
      timeZone: SERVICE_TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    for (let month = 0; month < 12; month++) {
      for (const hour of [0, 15, 16, 23]) {
        const at = new Date(Date.UTC(2026, month, 15, hour, 59));
        expect(serviceDate(at)).toBe(inShanghai.format(at));
      }
    }
  });

  it('refuses an invalid instant', () => {
    expect(() => serviceDate(new Date('not a date'))).toThrow(RangeError);
  });

  it('gives the filing date of a case code', () => {
    expect(chinaDateStamp(new Date('2026-12-31T16:30:00Z'))).toBe('20270101');
  });
});

describe('the bounds of a day in China', () => {
  it('starts at 16:00 UTC the day before', () => {
    expect(startOfServiceDay('2027-01-01').toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(startOfServiceDay('2026-03-01').toISOString()).toBe('2026-02-28T16:00:00.000Z');
  });

  it('ends where the next day starts', () => {
    expect(endOfServiceDay('2026-12-31').toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(endOfServiceDay('2028-02-29').toISOString()).toBe('2028-02-29T16:00:00.000Z');
  });

  it('holds exactly the instants whose date is that day', () => {
    const start = startOfServiceDay('2026-10-01');
    const end = endOfServiceDay('2026-10-01');
    expect(serviceDate(start)).toBe('2026-10-01');
    expect(serviceDate(new Date(end.getTime() - 1))).toBe('2026-10-01');
    expect(serviceDate(end)).toBe('2026-10-02');
  });

  it('refuses a date that does not exist', () => {
    expect(() => startOfServiceDay('2026-02-29')).toThrow(RangeError);
    expect(() => endOfServiceDay('2026-13-01')).toThrow(RangeError);
  });
});

describe('calendar dates', () => {
  it('knows which dates exist', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
    expect(isIsoDate('20260201')).toBe(false);
  });

  it('adds days across the ends of months and years', () => {
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addCalendarDays('2026-09-30', 8)).toBe('2026-10-08');
  });

  it('names the day of the week (0 = Sunday)', () => {
    expect(dayOfWeek('2026-10-01')).toBe(4);
    expect(dayOfWeek('2026-10-10')).toBe(6);
    expect(dayOfWeek('2027-01-03')).toBe(0);
  });

  it('writes a date as eight digits', () => {
    expect(compactDate('2026-09-30')).toBe('20260930');
  });

  it('counts whole days of 24 hours from an instant', () => {
    expect(daysAfter(new Date('2026-12-02T03:04:05Z'), 30).toISOString()).toBe('2027-01-01T03:04:05.000Z');
    expect(daysAfter(new Date('2026-12-02T03:04:05Z'), -1).toISOString()).toBe('2026-12-01T03:04:05.000Z');
  });
});
