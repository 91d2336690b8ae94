/**
 * The words and colours for case and sub-case states, used alike by the family's tracking pages,
 * the window and the department workbench so every side names a state the same way. The colour
 * only repeats what the word says.
 */
import type { CaseState, SubCaseState } from '../api.ts';
import type { MessageKey, Translate } from '../i18n.ts';
import { TONES, type Tone } from '../theme.ts';

const CASE_STATE: Record<CaseState, { key: MessageKey; tone: Tone }> = {
  submitted: { key: 'caseStateSubmitted', tone: 'neutral' },
  correction_requested: { key: 'caseStateCorrection', tone: 'warning' },
  rejected: { key: 'caseStateRejected', tone: 'error' },
  in_progress: { key: 'caseInProgress', tone: 'info' },
  ready_for_delivery: { key: 'caseStateReady', tone: 'success' },
  delivered: { key: 'caseCompleted', tone: 'success' },
  completed: { key: 'caseCompleted', tone: 'success' },
};

const SUB_CASE_STATE: Record<SubCaseState, { key: MessageKey; tone: Tone }> = {
  waiting: { key: 'subStateWaiting', tone: 'neutral' },
  pending: { key: 'subPending', tone: 'info' },
  in_review: { key: 'subStateInReview', tone: 'info' },
  returned: { key: 'subStateReturned', tone: 'warning' },
  completed: { key: 'subApproved', tone: 'success' },
  approved: { key: 'subApproved', tone: 'success' },
  rejected: { key: 'subRejected', tone: 'error' },
  cancelled: { key: 'subStateCancelled', tone: 'neutral' },
};

export function caseStateLabel(t: Translate, state: CaseState | string): string {
  return t(CASE_STATE[state as CaseState]?.key ?? 'notSet');
}

export function subCaseStateLabel(t: Translate, state: SubCaseState | string): string {
  return t(SUB_CASE_STATE[state as SubCaseState]?.key ?? 'notSet');
}

/** The tone of a state, for timeline dots and borders that go with its tag. */
export function stateTone(kind: 'case' | 'sub-case', state: string): Tone {
  const entry = kind === 'case' ? CASE_STATE[state as CaseState] : SUB_CASE_STATE[state as SubCaseState];
  return entry?.tone ?? 'neutral';
}

interface StateTagProps {
  kind: 'case' | 'sub-case';
  state: CaseState | SubCaseState | string;
  t: Translate;
  testId?: string;
}

export function StateTag({ kind, state, t, testId }: StateTagProps) {
  const entry = kind === 'case' ? CASE_STATE[state as CaseState] : SUB_CASE_STATE[state as SubCaseState];
  const tone = TONES[entry?.tone ?? 'neutral'];
  return (
    <span
      className="lb-state-tag"
      data-testid={testId}
      data-state={state}
      style={{ color: tone.color, background: tone.background, borderColor: tone.border }}
    >
      {entry ? t(entry.key) : state}
    </span>
  );
}
