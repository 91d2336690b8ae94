import { describe, expect, it } from 'vitest';
import { WorkingDayCalendar } from '../../domain/working-days.ts';
import { calendarStartWarning } from './calendar-notice.ts';
import { loadCalendarFromFolder } from './catalog-files.ts';

describe('the start-up warning about missing holiday notices', () => {
  it('names next year when its notice is not loaded yet (2027, as shipped)', () => {
    const warning = calendarStartWarning(loadCalendarFromFolder(), '2026-12-01');
    expect(warning).toBe(
      'working-day calendar: no official holiday notice loaded for 2027; due dates falling in 2027 are provisional (weekends only) — add catalog/calendar/national/<year>.yaml from the State Council notice and restart',
    );
  });

  it('says nothing when this year and the next are loaded', () => {
    expect(calendarStartWarning(loadCalendarFromFolder(), '2025-06-01')).toBeNull();
  });

  it('names both years when neither is loaded', () => {
    expect(calendarStartWarning(new WorkingDayCalendar([]), '2027-03-01')).toContain('for 2027, 2028;');
  });
});
