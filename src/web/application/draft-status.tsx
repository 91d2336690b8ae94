/**
 * The small, calm lines around a draft: whether what was typed is saved (已自动保存), how long the
 * draft is kept, and — after a submission the server refused — every remaining problem at once,
 * each a button that goes to the field or material concerned.
 */
import { Alert, Button } from 'antd';
import { problemWithLabel, useAppState } from '../app-state.tsx';
import type { Language } from '../i18n.ts';
import { chinaDate, type DraftProblem } from './draft-api.ts';
import { LINK_STYLE } from './link-style.ts';
import type { SaveState } from './use-draft.ts';

export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useAppState();
  const text =
    state === 'saved'
      ? t('saveSaved')
      : state === 'saving' || state === 'pending'
        ? t('saveSaving')
        : state === 'offline'
          ? t('saveOffline')
          : t('saveIdle');
  return (
    <span className={`lb-save-status lb-save-${state}`} role="status" data-testid="save-status">
      {text}
    </span>
  );
}

export function DraftExpiry({ expiresAt }: { expiresAt: string }) {
  const { t } = useAppState();
  return (
    <span className="lb-draft-expiry" data-testid="draft-expiry">
      {t('draftKeptUntil', { date: chinaDate(expiresAt) })}
    </span>
  );
}

/** One line for a problem: "label：message", or the message alone when it names the field already. */
export function problemLine(language: Language, problem: DraftProblem): string {
  return problemWithLabel(language, problem);
}

interface ProblemSummaryProps {
  id: string;
  title: string;
  problems: DraftProblem[];
  onGo(problem: DraftProblem): void;
}

export function ProblemSummary({ id, title, problems, onGo }: ProblemSummaryProps) {
  const { t, language } = useAppState();
  return (
    <div id={id} tabIndex={-1} className="lb-gap lb-problem-summary">
      <Alert
        type="error"
        showIcon
        role="alert"
        title={title}
        description={
          problems.length > 0 ? (
            <>
              <p className="lb-paragraph">{t('problemsIntro', { count: problems.length })}</p>
              <ul className="lb-error-list">
                {problems.map((problem) => (
                  <li key={problem.field}>
                    <Button
                      type="link"
                      className="lb-link-button lb-problem-link"
                      style={LINK_STYLE}
                      onClick={() => onGo(problem)}
                    >
                      {problemLine(language, problem)}
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          ) : undefined
        }
      />
    </div>
  );
}
