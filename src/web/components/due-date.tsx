/**
 * A due date as people see it. When the official holiday notice of the date's year is not loaded,
 * only weekends are known there, so the date is provisional (暂定): said in words beside it, with
 * the reason on hover and for screen readers — never by colour alone.
 */
import { Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { client, ok, type Schemas } from '../api/client.ts';
import { useAppState } from '../app-state.tsx';
import type { Translate } from '../i18n.ts';

/** Years whose official notice is loaded, today, and this year and the next when missing. */
export type CalendarNotices = Schemas['CalendarNotices'];

let loaded: Promise<CalendarNotices> | null = null;

/** The years with a notice, asked once per page load (they change only with a restart). */
export function calendarNotices(): Promise<CalendarNotices> {
  loaded ??= ok(client.GET('/api/v1/calendar/notices')).catch((error: unknown) => {
    loaded = null;
    throw error;
  });
  return loaded;
}

/** Whether a date is provisional; false until the years are known (and for no date). */
export function useProvisional(): (date: string | null | undefined) => boolean {
  const [years, setYears] = useState<Set<number> | null>(null);
  useEffect(() => {
    let live = true;
    calendarNotices().then(
      (notices) => live && setYears(new Set(notices.years)),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  return (date) => Boolean(date && years && !years.has(Number(date.slice(0, 4))));
}

/** "2027-01-05（暂定）" as plain text, for dates inside a sentence. */
export function dueText(t: Translate, date: string, provisional: boolean): string {
  return provisional ? `${date}${t('dueProvisionalSuffix')}` : date;
}

export function ProvisionalMark({ date }: { date: string }) {
  const { t } = useAppState();
  const why = t('dueProvisionalWhy', { year: date.slice(0, 4) });
  return (
    <Tooltip title={why}>
      <span className="lb-provisional" data-testid="due-provisional">
        {t('dueProvisionalSuffix')}
        <span className="lb-visually-hidden">{why}</span>
      </span>
    </Tooltip>
  );
}

/**
 * A due date, marked 暂定 when its year has no notice. `provisional` from the server wins;
 * without it the loaded years decide.
 */
export function DueDate({
  date,
  provisional,
  testId,
}: {
  date: string | null | undefined;
  provisional?: boolean;
  testId?: string;
}) {
  const { t } = useAppState();
  const isProvisional = useProvisional();
  if (!date) return <span className="lb-empty">{t('notSet')}</span>;
  const marked = provisional ?? isProvisional(date);
  return (
    <span className="lb-due-date" data-testid={testId}>
      {date}
      {marked ? <ProvisionalMark date={date} /> : null}
    </span>
  );
}
