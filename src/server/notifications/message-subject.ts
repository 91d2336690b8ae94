/**
 * What an in-app message is about, so the family can open it in one tap: the case, its correction
 * items, a department's question (the returned sub-case), the results, or their saved drafts.
 */
import type { TemplateName } from '../../domain/notification-templates.ts';

export type MessageSubjectKind = 'case' | 'correction' | 'returned' | 'progress' | 'results' | 'drafts';

export interface MessageSubject {
  kind: MessageSubjectKind;
  caseCode: string | null;
  /** The sub-case a department message is about, when it can be told. */
  subCaseId: string | null;
}

const KIND: Record<TemplateName, MessageSubjectKind> = {
  'case.submitted': 'case',
  'case.submitted.assisted': 'case',
  'case.accepted': 'case',
  'case.rejected': 'case',
  'case.correction': 'correction',
  'sub_case.result': 'progress',
  'sub_case.refused': 'progress',
  'sub_case.returned': 'returned',
  'sub_case.overdue': 'progress',
  'case.ready': 'results',
  'case.joined': 'case',
  'draft.expiring': 'drafts',
  'death.offer': 'drafts',
  'death.offer.reminder': 'drafts',
};

export interface SubCaseForSubject {
  id: string;
  matterName: string;
  state: string;
}

/**
 * The subject of one message. A department's message names its matter in quotes (“…”); that
 * matter's sub-case of the case is the one it is about — for a question, the one still waiting
 * for an answer.
 */
export function messageSubject(
  template: string,
  body: string,
  caseCode: string | null,
  subCases: readonly SubCaseForSubject[],
): MessageSubject {
  const kind = KIND[template as TemplateName] ?? (caseCode ? 'case' : 'drafts');
  if (!caseCode) return { kind: kind === 'drafts' ? 'drafts' : 'case', caseCode: null, subCaseId: null };
  let subCaseId: string | null = null;
  if (template.startsWith('sub_case.')) {
    const quoted = [...body.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
    const named = subCases.filter((s) => quoted.includes(s.matterName));
    const pick = kind === 'returned' ? (named.find((s) => s.state === 'returned') ?? named[0]) : named[0];
    subCaseId = pick?.id ?? null;
  }
  return { kind, caseCode, subCaseId };
}
