/**
 * The joint-handling calls (前台综合受理、后台分类审批、综合窗口出件): the window's queue and whole
 * case with its answers (accept, reject, one correction notice, hand over, deliver), the
 * department's sub-cases with their time limits and typed results, the family's tracking with
 * correction, supplement, receipt and rating (好差评), and supervision. Response types follow the
 * server's route schemas; every call goes through `request` in api.ts.
 */
import { DEPARTMENTS } from '../domain/departments.ts';
import { fieldLabel } from '../domain/fields.ts';
import { RESULT_TYPE_LABELS } from '../domain/guide.ts';
import type { ResultLabels } from '../domain/result-labels.ts';
import { ApiError, type CaseDetail, request, type SubCaseSummary } from './api.ts';
import type { MatterGuide, Text } from './guide/catalog-api.ts';
import { type Language, type MessageKey, pick } from './i18n.ts';

const enc = encodeURIComponent;

// ---- shared ----

export type ResultType = 'certificate' | 'cancellation' | 'payment' | 'inquiry-result' | 'termination';

export type { ResultLabels };

/** A field of the application at the window: `value` as stored, `text` in words (null if empty). */
export interface ShownFormField {
  key: string;
  label: Text;
  value: string;
  text: Text | null;
}

/** A department's result as recorded; the server adds `accountMasked` to a payment. */
export type SubCaseResult =
  | { type: 'certificate'; documentNumber: string; issuedOn: string }
  | { type: 'cancellation'; cancelledOn: string; documentNumber?: string }
  | { type: 'payment'; amountYuan: string; paidOn: string; accountMasked?: string }
  | { type: 'inquiry-result'; documentNumber: string; summary: string }
  | { type: 'termination'; effectiveOn: string };

export type NoticeKind = 'acceptance' | 'rejection' | 'correction' | 'completion';

export interface CaseDocument {
  kind: NoticeKind | string;
  token: string;
  issuedAt: string;
}

export interface CorrectionItem {
  kind: 'field' | 'material';
  key: string;
  reason: string;
  /** The item's name in Chinese and English, as the notice gives it. */
  label?: string;
  labelEn?: string;
}

/** A file sent (or waiting to be sent) with an answer to a department's request. */
export interface SupplementFile {
  id: string;
  name: string;
  mediaType: string | null;
  size: number | null;
  addedAt: string;
}

/** A department's request for more information (退回补充) and the answer to it, if any. */
export interface SupplementRequest {
  id: string;
  reason: string;
  requestedAt: string;
  answer: {
    note: string;
    answeredAt: string;
    /** `online`: the family; `window`: the clerk, for the applicant at the counter. */
    channel: 'online' | 'window' | string;
    files: SupplementFile[];
  } | null;
  /** Files attached to the answer and not sent yet (only whoever answers sees them). */
  pendingFiles: SupplementFile[];
}

/** The upload a newer one replaced (a correction of the same material). */
export interface ReplacedItem {
  id: string;
  fileName: string | null;
  addedAt: string;
}

/** How an upload stands: new (after the application), and what it replaced. */
export interface MaterialTrace {
  fileName?: string | null;
  addedAt?: string;
  isNew?: boolean;
  replaces?: ReplacedItem[];
}

/** An upload a correction replaced: kept on record, no longer current. */
export interface ReplacedMaterial {
  id: string;
  mediaType: string | null;
  fileName: string | null;
  addedAt: string;
  supersededAt: string | null;
  replacedBy: string;
}

/** The calls that build and send an answer, the same for the family and the window. */
export interface SupplementCalls {
  attach(subCaseId: string, file: File): Promise<{ pendingFiles: SupplementFile[] }>;
  remove(subCaseId: string, itemId: string): Promise<{ pendingFiles: SupplementFile[] }>;
}

/** What a correction item is called for a person: the field's label or the material's name. */
export function correctionItemName(language: Language, entry: CorrectionItem): string {
  if (entry.kind === 'field') {
    const label = fieldLabel(entry.key);
    return pick(language, label.zh, label.en);
  }
  return pick(language, entry.label ?? '材料', entry.labelEn ?? entry.label ?? 'Material');
}

/** The words for each notice (受理通知书, 不予受理告知书, 补正材料告知书, 办结通知书). */
export const NOTICE_LABEL_KEYS: Record<string, MessageKey> = {
  acceptance: 'noticeAcceptance',
  rejection: 'noticeRejection',
  correction: 'noticeCorrection',
  completion: 'noticeCompletion',
};

/** Where a notice's PDF is served (the family and the county's window clerks may read it). */
export function documentUrl(caseCode: string, token: string): string {
  return `/api/v1/cases/${enc(caseCode)}/documents/${enc(token)}`;
}

/** A department's name by its code, from the shared department list. */
export function departmentName(code: string): Text {
  const department = DEPARTMENTS.find((d) => d.code === code);
  return department ? { zh: department.nameZh, en: department.nameEn } : { zh: code, en: code };
}

let mattersOnce: Promise<MatterGuide[]> | undefined;

/** The catalog's matters, loaded once per page load (names and result types for staff pages). */
export function catalogMatters(): Promise<MatterGuide[]> {
  mattersOnce ??= request<{ items: MatterGuide[] }>('GET', '/api/v1/catalog/matters').then(
    (body) => body.items,
    (error: unknown) => {
      mattersOnce = undefined;
      throw error;
    },
  );
  return mattersOnce;
}

/** The result type of a matter, read back from the label the catalog publishes for it. */
export function resultTypeOf(matter: MatterGuide | undefined): ResultType | undefined {
  if (!matter) return undefined;
  const entry = Object.entries(RESULT_TYPE_LABELS).find(([, label]) => label.zh === matter.resultType.zh);
  return entry?.[0] as ResultType | undefined;
}

async function upload<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      body: form,
    });
  } catch {
    throw new ApiError(0);
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    throw new ApiError(
      response.status,
      (parsed as { error?: ConstructorParameters<typeof ApiError>[1] })?.error,
    );
  }
  return parsed as T;
}

/**
 * Supplements a returned sub-case. The family's and the window's views of a case do not carry
 * the sub-case's version yet, so when it is unknown the server's answer to a stale version — which
 * names the current version and state — is used for one retry, and only while the sub-case is
 * still returned (so nobody answers a question that is no longer asked).
 */
async function supplementWithVersion(path: string, version: number | undefined, note: string): Promise<void> {
  try {
    await request<void>('POST', path, { body: { version: version ?? 1, note } });
  } catch (error) {
    const current = error instanceof ApiError ? error.details?.currentVersion : undefined;
    const state = error instanceof ApiError ? error.details?.state : undefined;
    if (
      version === undefined &&
      error instanceof ApiError &&
      error.code === 'STALE_VERSION' &&
      typeof current === 'number' &&
      state === 'returned'
    ) {
      await request<void>('POST', path, { body: { version: current, note } });
      return;
    }
    throw error;
  }
}

// ---- the window (综合窗口) ----

export type QueueState = 'submitted' | 'correction_requested' | 'in_progress' | 'ready_for_delivery';

export interface QueueItem {
  id: string;
  code: string;
  state: string;
  channel: string;
  deceasedNameMasked: string;
  applicantNameMasked: string;
  submittedAt: string;
  waitedMinutes: number;
  ownerName: string | null;
  ownedByMe: boolean;
  version: number;
}

export interface WindowCase {
  id: string;
  code: string;
  state: string;
  version: number;
  channel: string;
  regionCode: string;
  submittedAt: string;
  owner: { id: string; name: string; isMe: boolean } | null;
  allowedActions: string[];
  correction: CorrectionItem[] | null;
  decisionReason: string | null;
  /** Other cases for the same deceased (earlier or later), newest first. */
  sameDeceased: {
    id: string;
    code: string;
    state: string;
    stateLabel: Text;
    channel: string;
    submittedAt: string;
    regionCode: string;
  }[];
  /** Other heirs who joined this case instead of applying again. */
  heirs: { nameMasked: string; relationship: string; joinedAt: string }[];
  form: { id: string; title: Text; fields: ShownFormField[] }[];
  materials: {
    code: string;
    name: Text;
    neededBy: string[];
    replaceableBy: 'shared-data' | 'e-licence' | null;
    items: ({
      id: string;
      kind: string;
      reference: string | null;
      mediaType: string | null;
    } & MaterialTrace)[];
    replaced?: ReplacedMaterial[];
  }[];
  subCases: {
    id: string;
    version?: number;
    matter: { code: string; zh: string; en: string };
    department: { code: string; zh: string; en: string };
    state: string;
    stateLabel: Text;
    dueOn: string | null;
    dueProvisional?: boolean;
    regionCode: string;
    decisionNote?: string | null;
    requests?: SupplementRequest[];
  }[];
  documents: (CaseDocument & { id: string })[];
}

const windowCase = (id: string) => `/api/v1/window/cases/${enc(id)}`;

export const windowApi = {
  queue: (state: QueueState, signal?: AbortSignal) =>
    request<{ items: QueueItem[] }>('GET', `/api/v1/window/queue?${new URLSearchParams({ state })}`, {
      signal,
    }),
  getCase: (id: string, signal?: AbortSignal) => request<WindowCase>('GET', windowCase(id), { signal }),
  accept: (id: string, version: number) =>
    request<WindowCase>('POST', `${windowCase(id)}/accept`, { body: { version } }),
  reject: (id: string, version: number, reason: string) =>
    request<WindowCase>('POST', `${windowCase(id)}/reject`, { body: { version, reason } }),
  requestCorrection: (id: string, version: number, items: CorrectionItem[]) =>
    request<WindowCase>('POST', `${windowCase(id)}/correction`, { body: { version, items } }),
  handOver: (id: string, toUsername: string, reason: string) =>
    request<WindowCase>('POST', `${windowCase(id)}/hand-over`, { body: { toUsername, reason } }),
  deliver: (id: string, version: number) =>
    request<WindowCase>('POST', `${windowCase(id)}/deliver`, { body: { version } }),
  supplement: (subCaseId: string, version: number | undefined, note: string) =>
    supplementWithVersion(`/api/v1/window/sub-cases/${enc(subCaseId)}/supplement`, version, note),
  supplementFiles: {
    attach: (subCaseId, file) => upload(`/api/v1/window/sub-cases/${enc(subCaseId)}/supplement/files`, file),
    remove: (subCaseId, itemId) =>
      request('DELETE', `/api/v1/window/sub-cases/${enc(subCaseId)}/supplement/files/${enc(itemId)}`),
  } satisfies SupplementCalls,
  materialUrl: (caseId: string, itemId: string) => `${windowCase(caseId)}/materials/${enc(itemId)}`,
};

// ---- the department (后台分类审批) ----

export type LimitStatus = 'on-track' | 'due-soon' | 'overdue' | 'paused' | 'ended';

export interface TimeLimit {
  due: string;
  status: LimitStatus;
  remainingWorkingDays: number;
  provisional?: boolean;
}

export type DepartmentFilter = 'pending' | 'in_review' | 'returned' | 'completed' | 'rejected' | 'all';

export interface DepartmentSubCaseRow {
  id: string;
  caseCode: string;
  matterCode: string;
  matterNameZh: string;
  matterNameEn: string;
  state: string;
  version: number;
  submittedAt: string;
  deceasedNameMasked: string;
  deceasedIdNumberMasked: string | null;
  regionCode: string;
  regionNameZh: string;
  limit: TimeLimit | null;
  /** When the answer to a return came in, while the sub-case is back in review. */
  answeredAt?: string | null;
}

export type DepartmentAction = 'claim' | 'complete' | 'reject' | 'return' | 'transfer';

export interface DepartmentSubCase {
  id: string;
  caseCode: string;
  matterCode: string;
  matterNameZh: string;
  matterNameEn: string;
  state: string;
  version: number;
  allowedActions: string[];
  limit: TimeLimit | null;
  result: SubCaseResult | null;
  /** The matter's result type and what each value of its result is called. */
  resultType: ResultType | null;
  resultLabels: ResultLabels;
  submittedAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
  regionNameZh: string;
  /** `value` as stored (a code for a choice); `text` in words, as the family saw it. */
  fields: { key: string; labelZh: string; labelEn: string; value: string; text: Text | null }[];
  materials: ({
    id: string;
    materialCode: string;
    name: Text;
    kind: string;
    reference: string | null;
    mediaType: string | null;
  } & MaterialTrace)[];
  /** Uploads a correction replaced: kept on record, not current. */
  replacedMaterials?: (ReplacedMaterial & { materialCode: string; name: Text })[];
  /** Requests for more information and their answers, oldest first. */
  requests?: SupplementRequest[];
}

const subCase = (id: string) => `/api/v1/department/sub-cases/${enc(id)}`;

export const departmentApi = {
  list: (state: DepartmentFilter, signal?: AbortSignal) =>
    request<{ items: DepartmentSubCaseRow[] }>(
      'GET',
      `/api/v1/department/sub-cases?${new URLSearchParams({ state })}`,
      { signal },
    ),
  get: (id: string, signal?: AbortSignal) => request<DepartmentSubCase>('GET', subCase(id), { signal }),
  claim: (id: string, version: number) =>
    request<DepartmentSubCase>('POST', `${subCase(id)}/claim`, { body: { version } }),
  complete: (id: string, version: number, result: SubCaseResult, note?: string) =>
    request<DepartmentSubCase>('POST', `${subCase(id)}/complete`, {
      body: note ? { version, result, note } : { version, result },
    }),
  reject: (id: string, version: number, reason: string) =>
    request<DepartmentSubCase>('POST', `${subCase(id)}/reject`, { body: { version, reason } }),
  returnForMore: (id: string, version: number, reason: string) =>
    request<DepartmentSubCase>('POST', `${subCase(id)}/return`, { body: { version, reason } }),
  transfer: (id: string, version: number, toRegion: string, reason: string) =>
    request<DepartmentSubCase>('POST', `${subCase(id)}/transfer`, { body: { version, toRegion, reason } }),
  materialUrl: (id: string, itemId: string) => `${subCase(id)}/materials/${enc(itemId)}`,
};

// ---- the family (tracking, correction, supplement, receipt, rating) ----

export interface TrackedSubCase extends Omit<SubCaseSummary, 'state'> {
  state: string;
  stateLabel: Text;
  dueOn: string | null;
  result: SubCaseResult | null;
  /** What each value of the result is called for this matter (户口注销日期, 终止参保日期). */
  resultLabels?: ResultLabels;
  version?: number;
  /** The department's requests for more information and the answers, oldest first. */
  requests?: SupplementRequest[];
}

export interface TrackedCase extends Omit<CaseDetail, 'state' | 'subCases'> {
  state: string;
  version: number;
  stateLabel: Text;
  channel: string;
  decisionReason: string | null;
  correction: CorrectionItem[] | null;
  documents: CaseDocument[];
  ratings: { target: string; level: number }[];
  subCases: TrackedSubCase[];
}

/** The five levels of 好差评, best first, with their words (5 非常满意 … 1 非常不满意). */
export const RATING_LEVELS = [5, 4, 3, 2, 1] as const;
export const RATING_LEVEL_KEYS: Record<number, MessageKey> = {
  5: 'rating5',
  4: 'rating4',
  3: 'rating3',
  2: 'rating2',
  1: 'rating1',
};
/** Ratings at or below this open a supervisor's follow-up (回访整改). */
export const POOR_RATING = 2;

const familyCase = (code: string) => `/api/v1/cases/${enc(code)}`;

export const familyApi = {
  get: (code: string, signal?: AbortSignal) => request<TrackedCase>('GET', familyCase(code), { signal }),
  correctFields: (code: string, values: Record<string, string>) =>
    request<TrackedCase>('PATCH', `${familyCase(code)}/correction`, { body: { values } }),
  correctMaterial: (code: string, materialCode: string, file: File) =>
    upload<TrackedCase>(`${familyCase(code)}/correction/materials/${enc(materialCode)}`, file),
  resubmit: (code: string, version: number) =>
    request<TrackedCase>('POST', `${familyCase(code)}/resubmit`, { body: { version } }),
  supplement: (subCaseId: string, version: number | undefined, note: string) =>
    supplementWithVersion(`/api/v1/sub-cases/${enc(subCaseId)}/supplement`, version, note),
  supplementFiles: {
    attach: (subCaseId, file) => upload(`/api/v1/sub-cases/${enc(subCaseId)}/supplement/files`, file),
    remove: (subCaseId, itemId) =>
      request('DELETE', `/api/v1/sub-cases/${enc(subCaseId)}/supplement/files/${enc(itemId)}`),
  } satisfies SupplementCalls,
  receive: (code: string, version: number) =>
    request<TrackedCase>('POST', `${familyCase(code)}/receive`, { body: { version } }),
  rate: (code: string, target: string, level: number, comment?: string) =>
    request<TrackedCase>('POST', `${familyCase(code)}/ratings`, {
      body: comment ? { target, level, comment } : { target, level },
    }),
};

// ---- supervision (监管) ----

export interface TimeLimitAlert {
  subCaseId: string;
  caseCode: string;
  matterCode: string;
  departmentCode: string;
  regionCode: string;
  state: string;
  due: string;
  status: LimitStatus;
  remainingWorkingDays: number;
  /** The due date's year has no official holiday notice loaded (暂定). */
  provisional?: boolean;
  escalated: boolean;
}

export interface FollowUp {
  id: string;
  caseCode: string;
  target: string;
  level: number;
  comment: string | null;
  state: 'open' | 'called_back' | 'closed' | string;
  dueOn: string;
  dueProvisional?: boolean;
  callBackNote: string | null;
  rectificationNote: string | null;
  createdAt: string;
  /** The applicant to call back, masked; `contact()` reads it in full (audited). */
  contact: { nameMasked: string; phoneMasked: string };
}

export const supervisionApi = {
  contact: (id: string) =>
    request<{ name: string; phone: string }>('POST', `/api/v1/supervision/follow-ups/${enc(id)}/contact`),
  timeLimits: (signal?: AbortSignal) =>
    request<{ items: TimeLimitAlert[] }>('GET', '/api/v1/supervision/time-limits', { signal }),
  followUps: (signal?: AbortSignal) =>
    request<{ items: FollowUp[] }>('GET', '/api/v1/supervision/follow-ups', { signal }),
  updateFollowUp: (
    id: string,
    body: { callBackNote?: string; rectificationNote?: string; close?: boolean },
  ) => request<void>('POST', `/api/v1/supervision/follow-ups/${enc(id)}`, { body }),
};
