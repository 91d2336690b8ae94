/**
 * The words and colours for case and sub-case states, used alike by the family's tracking pages
 * and the department workbench so both sides name a state the same way.
 */
import type { CaseState, SubCaseState } from '../api.ts';
import type { MessageKey, Translate } from '../i18n.ts';
import { TONES, type Tone } from '../theme.ts';

const CASE_STATE: Record<CaseState, { key: MessageKey; tone: Tone }> = {
  submitted: { key: 'caseSubmitted', tone: 'neutral' },
  in_progress: { key: 'caseInProgress', tone: 'info' },
  completed: { key: 'caseCompleted', tone: 'success' },
};

const SUB_CASE_STATE: Record<SubCaseState, { key: MessageKey; tone: Tone }> = {
  pending: { key: 'subPending', tone: 'info' },
  approved: { key: 'subApproved', tone: 'success' },
  rejected: { key: 'subRejected', tone: 'error' },
};

export function caseStateLabel(t: Translate, state: CaseState): string {
  return t(CASE_STATE[state]?.key ?? 'notSet');
}

export function subCaseStateLabel(t: Translate, state: SubCaseState): string {
  return t(SUB_CASE_STATE[state]?.key ?? 'notSet');
}

interface StateTagProps {
  kind: 'case' | 'sub-case';
  state: CaseState | SubCaseState;
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
