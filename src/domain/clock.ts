/**
 * Dates of the service. Every business date — the day a case was filed, "today" for a time limit,
 * the date on a notice, the day a draft expires — is a calendar date in China, whatever time zone
 * the server runs in. China keeps one zone all year (UTC+8, no daylight saving since 1991), so a
 * date there is the instant shifted by eight hours.
 *
 * These functions are pure: they are given the instant. Only the server's clock
 * (`server/clock.ts`) reads the time, so tests can set it.
 */

/** The time zone business dates are counted in. */
export const SERVICE_TIME_ZONE = 'Asia/Shanghai';

/** Its offset from UTC, the same all year. */
export const SERVICE_UTC_OFFSET = '+08:00';

const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** A calendar date written YYYY-MM-DD. */
export type IsoDate = string;

/** Whether a text is a real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function checkDate(date: IsoDate): void {
  if (!isIsoDate(date)) throw new RangeError(`not a date: ${date}`);
}

/** The date in China at an instant: 2026-12-31T16:30:00Z is 2027-01-01 there. */
export function serviceDate(at: Date): IsoDate {
  const time = at.getTime();
  if (Number.isNaN(time)) throw new RangeError('not an instant');
  return new Date(time + OFFSET_MS).toISOString().slice(0, 10);
}

/** The first instant of a date in China (00:00 there, 16:00 UTC the day before). */
export function startOfServiceDay(date: IsoDate): Date {
  checkDate(date);
  return new Date(`${date}T00:00:00${SERVICE_UTC_OFFSET}`);
}

/** The end of a date in China: the first instant of the next day, not part of the date itself. */
export function endOfServiceDay(date: IsoDate): Date {
  return new Date(startOfServiceDay(date).getTime() + DAY_MS);
}

/** The date a number of calendar days after a date (before it, for a negative number). */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  checkDate(date);
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The day of the week of a date: 0 for Sunday to 6 for Saturday. */
export function dayOfWeek(date: IsoDate): number {
  checkDate(date);
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The date as eight digits, YYYYMMDD, as it stands in a case code. */
export function compactDate(date: IsoDate): string {
  checkDate(date);
  return date.replaceAll('-', '');
}

/** The instant a number of whole days (24 hours each) after another: a draft's life, a waiting period. */
export function daysAfter(at: Date, days: number): Date {
  return new Date(at.getTime() + days * DAY_MS);
}
