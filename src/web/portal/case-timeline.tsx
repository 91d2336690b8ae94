/**
 * The family's timeline, one calm entry per department's matter: what is done (with the result in
 * safe words), what is waiting and on whom, the date it is due, and — when a department has asked
 * for more — the question with a box to answer it. Nothing here moves by itself.
 */
import { Alert, Button, Input, Timeline } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { ResultSummary } from '../components/result-summary.tsx';
import { StateTag, stateTone } from '../components/state-tag.tsx';
import { formatDateTime, pick } from '../i18n.ts';
import { TONES } from '../theme.ts';
import { familyApi, type TrackedSubCase } from '../workflow-api.ts';

export function CaseTimeline({ subCases, onChanged }: { subCases: TrackedSubCase[]; onChanged(): void }) {
  return (
    <Timeline
      items={subCases.map((sub) => ({
        key: sub.id,
        color: TONES[stateTone('sub-case', sub.state)].color,
        content: <SubCaseEntry sub={sub} onChanged={onChanged} />,
      }))}
    />
  );
}

function SubCaseEntry({ sub, onChanged }: { sub: TrackedSubCase; onChanged(): void }) {
  const { t, language } = useAppState();
  const department = pick(language, sub.departmentNameZh, sub.departmentNameEn);
  const due = sub.dueOn ?? t('notSet');

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
    case 'approved':
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
      {sub.result && (sub.state === 'completed' || sub.state === 'approved') ? (
        <ResultSummary result={sub.result} withInquirySummary={false} testId="sub-case-result" />
      ) : null}
      {sub.state === 'returned' ? <SupplementForm sub={sub} onChanged={onChanged} /> : null}
    </div>
  );
}

/** The department's question and the family's answer (补充); the clock is stopped meanwhile. */
function SupplementForm({ sub, onChanged }: { sub: TrackedSubCase; onChanged(): void }) {
  const { t, language, describeError } = useAppState();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const noteId = `supplement-${sub.id}`;

  async function send() {
    if (note.trim().length < 2) {
      setProblem(t('supplementTooShort'));
      return;
    }
    setBusy(true);
    setProblem(null);
    setFailure(null);
    try {
      await familyApi.supplement(sub.id, sub.version, note.trim());
      setNote('');
      onChanged();
    } catch (error) {
      const onNote = error instanceof ApiError ? error.fields.find((f) => f.field === 'note') : undefined;
      if (onNote) setProblem(language === 'en' ? onNote.en : onNote.zh);
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="lb-supplement" data-testid="supplement">
      <Alert
        type="warning"
        showIcon
        title={t('trackAsked', { reason: sub.decisionNote ?? t('notSet') })}
        description={t('trackAskedClock')}
      />
      {failure ? (
        <Alert className="lb-gap-small" type="error" showIcon role="alert" title={describeError(failure)} />
      ) : null}
      <div className="lb-field lb-gap-top">
        <label htmlFor={noteId} className="lb-label">
          {t('supplementNote')}
        </label>
        <Input.TextArea
          id={noteId}
          value={note}
          maxLength={1000}
          autoSize={{ minRows: 3, maxRows: 6 }}
          status={problem ? 'error' : undefined}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${noteId}-problem` : `${noteId}-help`}
          onChange={(event) => setNote(event.target.value)}
        />
        <p id={`${noteId}-help`} className="lb-field-help">
          {t('supplementFamilyHelp')}
        </p>
        {problem ? (
          <p id={`${noteId}-problem`} className="lb-field-error">
            {problem}
          </p>
        ) : null}
      </div>
      <Button type="primary" loading={busy} onClick={() => void send()}>
        {t('supplementSend')}
      </Button>
    </div>
  );
}
