/**
 * Time limits (限时办结) of a sub-case: the clock starts on the day of acceptance (day 0), counts the
 * matter's committed working days, and stops while the sub-case waits on the family (returned for
 * more information); the days stopped are added back. A sub-case turns yellow when a configurable
 * share of its time is used, and red when it is overdue.
 */
import type { WorkingDayCalendar } from './working-days.ts';

export type LimitStatus = 'on-track' | 'due-soon' | 'overdue' | 'paused' | 'ended';

export interface ClockState {
  /** Acceptance date (YYYY-MM-DD), day 0. */
  startedOn: string;
  committedWorkingDays: number;
  /** Working days the clock was stopped for, in earlier pauses. */
  pausedWorkingDays: number;
  /** Set while stopped: the date the current pause began. */
  pausedSince: string | null;
  /** Set once the sub-case has ended. */
  endedOn: string | null;
}

export interface LimitView {
  due: string;
  status: LimitStatus;
  usedWorkingDays: number;
  /** Working days left before the due date (negative when overdue). */
  remainingWorkingDays: number;
  provisional: boolean;
}

export function dueDate(calendar: WorkingDayCalendar, clock: ClockState, regionCode: string) {
  return calendar.dueDate(clock.startedOn, clock.committedWorkingDays + clock.pausedWorkingDays, regionCode);
}

export function limitView(
  calendar: WorkingDayCalendar,
  clock: ClockState,
  regionCode: string,
  today: string,
  warnShare: number,
): LimitView {
  const { due, provisional } = dueDate(calendar, clock, regionCode);
  const until = clock.endedOn ?? clock.pausedSince ?? today;
  const used = Math.max(
    calendar.workingDaysBetween(clock.startedOn, until, regionCode) - clock.pausedWorkingDays,
    0,
  );
  const remaining = clock.committedWorkingDays - used;
  let status: LimitStatus;
  if (clock.endedOn) status = 'ended';
  else if (clock.pausedSince) status = 'paused';
  else if (today > due) status = 'overdue';
  else if (clock.committedWorkingDays === 0 || used / clock.committedWorkingDays >= warnShare)
    status = 'due-soon';
  else status = 'on-track';
  return { due, status, usedWorkingDays: used, remainingWorkingDays: remaining, provisional };
}

/** Resuming after a pause: the working days stopped are added to the clock. */
export function resume(
  calendar: WorkingDayCalendar,
  clock: ClockState,
  regionCode: string,
  today: string,
): ClockState {
  if (!clock.pausedSince) return clock;
  const stopped = calendar.workingDaysBetween(clock.pausedSince, today, regionCode);
  return { ...clock, pausedWorkingDays: clock.pausedWorkingDays + stopped, pausedSince: null };
}
