/**
 * A sub-case's time limit (限时办结) as staff see it: the due date and, in words and in colour,
 * whether it is on track, due soon (黄灯), overdue (红灯), paused while the family brings more, or
 * ended — and 暂定 when its year's holiday notice is not loaded. The words carry the meaning; the
 * colour only repeats it.
 */
import type { MessageKey, Translate } from '../i18n.ts';
import { TONES, type Tone } from '../theme.ts';
import type { LimitStatus, TimeLimit } from '../workflow-api.ts';
import { DueDate } from './due-date.tsx';

const STATUS: Record<LimitStatus, { key: MessageKey; tone: Tone }> = {
  'on-track': { key: 'limitOnTrack', tone: 'success' },
  'due-soon': { key: 'limitDueSoon', tone: 'warning' },
  overdue: { key: 'limitOverdue', tone: 'error' },
  paused: { key: 'limitPaused', tone: 'neutral' },
  ended: { key: 'limitEnded', tone: 'neutral' },
};

/** "即将到期，剩 2 个工作日" and the like. */
export function limitText(t: Translate, limit: Pick<TimeLimit, 'status' | 'remainingWorkingDays'>): string {
  const label = t(STATUS[limit.status]?.key ?? 'notSet');
  const days = limit.remainingWorkingDays;
  if (limit.status === 'overdue') return `${label}${t('limitOverdueDays', { days: Math.max(-days, 0) })}`;
  if (limit.status === 'on-track' || limit.status === 'due-soon')
    return `${label}${t('limitRemaining', { days: Math.max(days, 0) })}`;
  return label;
}

export function TimeLimitTag({
  limit,
  t,
  testId,
}: {
  limit: Pick<TimeLimit, 'due' | 'status' | 'remainingWorkingDays' | 'provisional'> | null;
  t: Translate;
  testId?: string;
}) {
  if (!limit) return <span className="lb-empty">{t('notSet')}</span>;
  const tone = TONES[STATUS[limit.status]?.tone ?? 'neutral'];
  return (
    <span className="lb-limit" data-testid={testId} data-status={limit.status}>
      <span className="lb-limit-due">
        <DueDate date={limit.due} provisional={limit.provisional} />
      </span>
      <span
        className="lb-state-tag"
        style={{ color: tone.color, background: tone.background, borderColor: tone.border }}
      >
        {limitText(t, limit)}
      </span>
    </span>
  );
}
