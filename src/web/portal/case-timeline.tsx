/**
 * The family's timeline, one calm entry per department's matter: what is done (with the result in
 * safe words), what is waiting and on whom, the date it is due, and — when a department has asked
 * for more — the question with a box to answer it. Nothing here moves by itself.
 */
import { Timeline } from 'antd';
import { useAppState } from '../app-state.tsx';
import { dueText, useProvisional } from '../components/due-date.tsx';
import { ResultSummary } from '../components/result-summary.tsx';
import { StateTag, stateTone } from '../components/state-tag.tsx';
import { formatDateTime, pick } from '../i18n.ts';
import { TONES } from '../theme.ts';
import type { TrackedSubCase } from '../workflow-api.ts';
import { SentAnswers, SupplementAnswer } from './supplement-answer.tsx';

export function CaseTimeline({
  subCases,
  onChanged,
  canAnswer = true,
}: {
  subCases: TrackedSubCase[];
  onChanged(): void;
  /** Only the applicant answers a department; another heir follows the case. */
  canAnswer?: boolean;
}) {
  return (
    <Timeline
      items={subCases.map((sub) => ({
        key: sub.id,
        color: TONES[stateTone('sub-case', sub.state)].color,
        content: <SubCaseEntry sub={sub} onChanged={onChanged} canAnswer={canAnswer} />,
      }))}
    />
  );
}

function SubCaseEntry({
  sub,
  onChanged,
  canAnswer,
}: {
  sub: TrackedSubCase;
  onChanged(): void;
  canAnswer: boolean;
}) {
  const { t, language } = useAppState();
  const department = pick(language, sub.departmentNameZh, sub.departmentNameEn);
  const provisional = useProvisional();
  const due = sub.dueOn ? dueText(t, sub.dueOn, provisional(sub.dueOn)) : t('notSet');

  let status: string;
  switch (sub.state) {
    case 'waiting':
      status = t('trackWaitingWindow');
      break;
    case 'pending':
      status = t('trackPending', { department, due });
      break;
    case 'in_review':
      status = t('trackInReview', { department, due });
      break;
    case 'returned':
      status = t('trackReturned', { department });
      break;
    case 'completed':
      status = t('trackCompleted', { department });
      break;
    case 'rejected':
      status = t('trackRejected', { department });
      break;
    case 'cancelled':
      status = t('trackCancelled');
      break;
    default:
      status = pick(language, sub.stateLabel?.zh ?? sub.state, sub.stateLabel?.en);
  }

  return (
    <div className="lb-track-entry" data-testid="track-entry" data-matter={sub.matterCode}>
      <p className="lb-matter-name">{pick(language, sub.matterNameZh, sub.matterNameEn)}</p>
      <dl className="lb-facts lb-facts-compact">
        <div>
          <dt>{t('department')}</dt>
          <dd>{department}</dd>
        </div>
        <div>
          <dt>{t('state')}</dt>
          <dd>
            <StateTag kind="sub-case" state={sub.state} t={t} testId="sub-case-state" />
          </dd>
        </div>
        {sub.decidedAt ? (
          <div>
            <dt>{t('decidedAt')}</dt>
            <dd>{formatDateTime(language, sub.decidedAt)}</dd>
          </div>
        ) : null}
      </dl>
      <p className="lb-track-status" data-testid="track-status">
        {status}
      </p>
      {sub.state === 'rejected' && sub.decisionNote ? (
        <p className="lb-track-reason">{t('reasonIs', { reason: sub.decisionNote })}</p>
      ) : null}
      {sub.result && sub.state === 'completed' ? (
        <ResultSummary
          result={sub.result}
          labels={sub.resultLabels}
          withInquirySummary={false}
          testId="sub-case-result"
        />
      ) : null}
      <SentAnswers requests={sub.requests} />
      {sub.state === 'returned' && canAnswer ? (
        <SupplementAnswer sub={sub} department={department} onChanged={onChanged} />
      ) : null}
    </div>
  );
}
