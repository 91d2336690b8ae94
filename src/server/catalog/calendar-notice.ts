/**
 * The working-day calendar knows a year's holidays only once the State Council's notice for it is
 * in catalog/calendar/national/. A due date in a year without one counts weekends only and is
 * provisional (暂定); the operator is told at start when a due date counted today could land there.
 */
import type { WorkingDayCalendar } from '../../domain/working-days.ts';

/** One line for the operator, or null when this year's and next year's notices are both loaded. */
export function calendarStartWarning(calendar: WorkingDayCalendar, today: string): string | null {
  const missing = calendar.missingNoticeYears(today);
  if (missing.length === 0) return null;
  const years = missing.join(', ');
  return `working-day calendar: no official holiday notice loaded for ${years}; due dates falling in ${years} are provisional (weekends only) — add catalog/calendar/national/<year>.yaml from the State Council notice and restart`;
}
