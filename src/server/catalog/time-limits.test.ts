import { describe, expect, it } from 'vitest';
import { limitView, resume } from '../../domain/time-limits.ts';
import { loadCalendarFromFolder } from './catalog-files.ts';

const calendar = loadCalendarFromFolder();
const clock = {
  startedOn: '2026-11-16',
  committedWorkingDays: 5,
  pausedWorkingDays: 0,
  pausedSince: null,
  endedOn: null,
};

describe('time limits', () => {
  it('is on track early, yellow late, red when overdue', () => {
    expect(limitView(calendar, clock, '530102', '2026-11-17', 0.7)).toMatchObject({
      due: '2026-11-23',
      status: 'on-track',
      usedWorkingDays: 1,
    });
    expect(limitView(calendar, clock, '530102', '2026-11-20', 0.7)).toMatchObject({
      status: 'due-soon',
      usedWorkingDays: 4,
    });
    expect(limitView(calendar, clock, '530102', '2026-11-24', 0.7)).toMatchObject({
      status: 'overdue',
      remainingWorkingDays: -1,
    });
  });

  it('stops the clock while waiting on the family and adds the days back', () => {
    const paused = { ...clock, pausedSince: '2026-11-18' };
    expect(limitView(calendar, paused, '530102', '2026-11-27', 0.7)).toMatchObject({
      status: 'paused',
      usedWorkingDays: 2,
    });
    const resumed = resume(calendar, paused, '530102', '2026-11-20');
    expect(resumed).toMatchObject({ pausedWorkingDays: 2, pausedSince: null });
    expect(limitView(calendar, resumed, '530102', '2026-11-20', 0.7)).toMatchObject({
      due: '2026-11-25',
      usedWorkingDays: 2,
    });
  });

  it('never counts holidays', () => {
    const golden = { ...clock, startedOn: '2026-09-30', committedWorkingDays: 2 };
    expect(limitView(calendar, golden, '530102', '2026-10-07', 0.7)).toMatchObject({
      due: '2026-10-09',
      status: 'on-track',
      usedWorkingDays: 0,
    });
  });
});
