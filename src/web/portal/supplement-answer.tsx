/**
 * The family's side of a department's request for more information (退回补充), on the tracking
 * page: the request in the department's words with when it was made, then one calm form — a text
 * box and photos or PDF files, each sent up as soon as it is chosen so a dropped connection loses
 * nothing — and a single "send" that hands the answer to the department. Answers already sent are
 * shown under the matter, with their files.
 */
import { Alert, Button, Input } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { SupplementFiles } from '../components/supplement-files.tsx';
import { formatDateTime } from '../i18n.ts';
import {
  familyApi,
  type SupplementFile,
  type SupplementRequest,
  type TrackedSubCase,
} from '../workflow-api.ts';

export function SupplementAnswer({
  sub,
  department,
  onChanged,
}: {
  sub: TrackedSubCase;
  department: string;
  onChanged(): void;
}) {
  const { t, language, describeError } = useAppState();
  const request = (sub.requests ?? []).find((r) => r.answer === null);
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<SupplementFile[]>(request?.pendingFiles ?? []);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const noteId = `supplement-${sub.id}`;
  const reason = request?.reason ?? sub.decisionNote ?? t('notSet');

  async function send() {
    if (note.trim().length < 2 && files.length === 0) {
      setProblem(t('answerEmpty'));
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
      const onNote =
        error instanceof ApiError
          ? error.fields.find((f) => f.field === 'supplement.note' || f.field === 'note')
          : undefined;
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
        title={
          <>
            {request ? (
              <span className="lb-supplement-asked-by">
                {t('answerAskedBy', { department, date: formatDateTime(language, request.requestedAt) })}
              </span>
            ) : null}
            <span className="lb-supplement-reason" data-testid="supplement-reason">
              {t('trackAsked', { reason })}
            </span>
          </>
        }
        description={t('trackAskedClock')}
      />
      <p className="lb-field-help lb-gap-top">{t('answerWhatToDo')}</p>
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
          autoSize={{ minRows: 3, maxRows: 8 }}
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
      <SupplementFiles
        subCaseId={sub.id}
        calls={familyApi.supplementFiles}
        files={files}
        onFiles={(next) => {
          setFiles(next);
          if (next.length > 0) setProblem(null);
        }}
        onBusy={setUploading}
      />
      <Button
        type="primary"
        size="large"
        className="lb-answer-send"
        loading={busy}
        disabled={uploading}
        onClick={() => void send()}
      >
        {t('supplementSend')}
      </Button>
    </div>
  );
}

/** The answers the family (or the window for them) already sent, each under its request. */
export function SentAnswers({ requests }: { requests: SupplementRequest[] | undefined }) {
  const { t, language } = useAppState();
  const sent = (requests ?? []).filter((r) => r.answer !== null);
  if (sent.length === 0) return null;
  return (
    <div className="lb-sent-answers" data-testid="sent-answers">
      {sent.map((request) => {
        const answer = request.answer as NonNullable<SupplementRequest['answer']>;
        const time = formatDateTime(language, answer.answeredAt);
        return (
          <div key={request.id} className="lb-sent-answer" data-testid="sent-answer">
            <p className="lb-strong">
              {answer.channel === 'window'
                ? t('answerSentWindowHeading', { time })
                : t('answerSentHeading', { time })}
            </p>
            <p className="lb-aside">
              {t('answerForRequest', {
                date: formatDateTime(language, request.requestedAt),
                reason: request.reason,
              })}
            </p>
            <p className="lb-supplement-note">{answer.note || t('answerNoText')}</p>
            {answer.files.length > 0 ? (
              <>
                <p className="lb-aside">{t('answerFileCount', { count: answer.files.length })}</p>
                <ul className="lb-plain-list">
                  {answer.files.map((file) => (
                    <li key={file.id} className="lb-file-name">
                      {file.name}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
