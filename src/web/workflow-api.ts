/**
 * The joint-handling calls (前台综合受理、后台分类审批、综合窗口出件): the window's queue and whole
 * case with its answers (accept, reject, one correction notice, hand over, deliver), the
 * department's sub-cases with their time limits and typed results, the family's tracking with
 * correction, supplement, receipt and rating (好差评), and supervision. Types are the server's
 * OpenAPI schemas; every call goes through the typed client (api/client.ts).
 */
import { DEPARTMENTS } from '../domain/departments.ts';
import { fieldLabel } from '../domain/fields.ts';
import type { ResultLabels } from '../domain/result-labels.ts';
import { ApiError, client, done, fileForm, ok, type Schemas } from './api/client.ts';
import type { paths } from './api/openapi.d.ts';
import type { MatterGuide, Text } from './guide/catalog-api.ts';
import { type Language, type MessageKey, pick } from './i18n.ts';

const enc = encodeURIComponent;

/** The query parameters of a GET route, as the document lists them. */
type OperationQuery<P extends keyof paths> = paths[P] extends { get: { parameters: { query?: infer Q } } }
  ? NonNullable<Q>
  : never;

// ---- shared ----

export type ResultType = Schemas['ResultType'];

export type { ResultLabels };

/** A field of the application at the window: `value` as stored, `text` in words (null if empty). */
export type ShownFormField = Schemas['WindowCase']['form'][number]['fields'][number];

/**
 * A department's result as recorded; the server adds `accountMasked` to a payment. Responses
 * describe a result only as an object, so it is read back through `resultOf`.
 */
export type SubCaseResult =
  | Exclude<Schemas['CompletionResult'], { type: 'payment' }>
  | (Extract<Schemas['CompletionResult'], { type: 'payment' }> & { accountMasked?: string });

const RESULT_TYPES: readonly string[] = [
  'certificate',
  'cancellation',
  'payment',
  'inquiry-result',
  'termination',
] satisfies ResultType[];

/** A recorded result as its type says it is (null for none, or one of no known type). */
export function resultOf(result: Record<string, unknown> | null | undefined): SubCaseResult | null {
  if (!result || typeof result.type !== 'string' || !RESULT_TYPES.includes(result.type)) return null;
  return result as SubCaseResult;
}

/** A response with its `result` read as a typed result. */
type WithResult<T extends { result: Record<string, unknown> | null }> = Omit<T, 'result'> & {
  result: SubCaseResult | null;
};
function withResult<T extends { result: Record<string, unknown> | null }>(value: T): WithResult<T> {
  return { ...value, result: resultOf(value.result) };
}

export type NoticeKind = Schemas['NoticeKind'];
export type CaseDocument = Schemas['CaseDetail']['documents'][number];
export type CorrectionItem = Schemas['CorrectionItem'];
/** A file sent (or waiting to be sent) with an answer to a department's request. */
export type SupplementFile = Schemas['SupplementFile'];
/** A department's request for more information (退回补充) and the answer to it, if any. */
export type SupplementRequest = Schemas['SupplementRequest'];
/** The upload a newer one replaced (a correction of the same material). */
export type ReplacedItem = Schemas['ReplacedItem'];

/** How an upload stands: new (after the application), and what it replaced. */
export type MaterialTrace = Pick<
  Schemas['WindowCase']['materials'][number]['items'][number],
  'fileName' | 'addedAt' | 'isNew' | 'replaces'
>;

/** An upload a correction replaced: kept on record, no longer current. */
export type ReplacedMaterial = Schemas['WindowCase']['materials'][number]['replaced'][number];

/** The calls that build and send an answer, the same for the family and the window. */
export interface SupplementCalls {
  attach(subCaseId: string, file: File): Promise<Schemas['PendingSupplementFiles']>;
  remove(subCaseId: string, itemId: string): Promise<Schemas['PendingSupplementFiles']>;
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
  const loading =
    mattersOnce ??
    ok(client.GET('/api/v1/catalog/matters')).then(
      (body) => body.items,
      (error: unknown) => {
        mattersOnce = undefined;
        throw error;
      },
    );
  mattersOnce = loading;
  return loading;
}

/** The result type of a matter, as the catalog publishes it. */
export function resultTypeOf(matter: MatterGuide | undefined): ResultType | undefined {
  return matter?.resultTypeCode;
}

/**
 * Supplements a returned sub-case. The family's and the window's views of a case do not carry
 * the sub-case's version yet, so when it is unknown the server's answer to a stale version — which
 * names the current version and state — is used for one retry, and only while the sub-case is
 * still returned (so nobody answers a question that is no longer asked).
 */
async function supplementWithVersion(
  send: (body: Schemas['SupplementAnswerRequest']) => Promise<void>,
  version: number | undefined,
  note: string,
): Promise<void> {
  try {
    await send({ version: version ?? 1, note });
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
      await send({ version: current, note });
      return;
    }
    throw error;
  }
}

// ---- the window (综合窗口) ----

export type QueueState = NonNullable<OperationQuery<'/api/v1/window/queue'>['state']>;
export type QueueItem = Schemas['WindowQueueItem'];
export type WindowCase = Schemas['WindowCase'];

const windowCase = (id: string) => ({ params: { path: { id } } });

export const windowApi = {
  queue: (state: QueueState, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/window/queue', { params: { query: { state } }, signal })),
  getCase: (id: string, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/window/cases/{id}', { ...windowCase(id), signal })),
  accept: (id: string, version: number) =>
    ok(client.POST('/api/v1/window/cases/{id}/accept', { ...windowCase(id), body: { version } })),
  reject: (id: string, version: number, reason: string) =>
    ok(client.POST('/api/v1/window/cases/{id}/reject', { ...windowCase(id), body: { version, reason } })),
  requestCorrection: (id: string, version: number, items: CorrectionItem[]) =>
    ok(client.POST('/api/v1/window/cases/{id}/correction', { ...windowCase(id), body: { version, items } })),
  handOver: (id: string, toUsername: string, reason: string) =>
    ok(
      client.POST('/api/v1/window/cases/{id}/hand-over', { ...windowCase(id), body: { toUsername, reason } }),
    ),
  deliver: (id: string, version: number) =>
    ok(client.POST('/api/v1/window/cases/{id}/deliver', { ...windowCase(id), body: { version } })),
  supplement: (subCaseId: string, version: number | undefined, note: string) =>
    supplementWithVersion(
      (body) =>
        done(client.POST('/api/v1/window/sub-cases/{id}/supplement', { ...windowCase(subCaseId), body })),
      version,
      note,
    ),
  supplementFiles: {
    attach: (subCaseId, file) =>
      ok(
        client.POST('/api/v1/window/sub-cases/{id}/supplement/files', {
          ...windowCase(subCaseId),
          body: { file },
          bodySerializer: fileForm,
        }),
      ),
    remove: (subCaseId, itemId) =>
      ok(
        client.DELETE('/api/v1/window/sub-cases/{id}/supplement/files/{itemId}', {
          params: { path: { id: subCaseId, itemId } },
        }),
      ),
  } satisfies SupplementCalls,
  materialUrl: (caseId: string, itemId: string) =>
    `/api/v1/window/cases/${enc(caseId)}/materials/${enc(itemId)}`,
};

// ---- the department (后台分类审批) ----

export type LimitStatus = Schemas['TimeLimitStatus'];
export type TimeLimit = Schemas['TimeLimit'];
export type DepartmentFilter = NonNullable<OperationQuery<'/api/v1/department/sub-cases'>['state']>;
export type DepartmentSubCaseRow = Schemas['DepartmentSubCaseListItem'];
export type DepartmentSubCasePage = Schemas['DepartmentSubCasePage'];
/** Where a page of the list starts (the `nextCursor` of the page before) and how many rows it holds. */
export type DepartmentPageRequest = { cursor?: string; limit?: number };
export type DepartmentAction = Schemas['SubCaseAction'];
export type DepartmentSubCase = WithResult<Schemas['DepartmentSubCase']>;

const subCase = (id: string) => ({ params: { path: { id } } });

export const departmentApi = {
  list: (state: DepartmentFilter, page: DepartmentPageRequest = {}, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/department/sub-cases', { params: { query: { state, ...page } }, signal })),
  get: (id: string, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/department/sub-cases/{id}', { ...subCase(id), signal })).then(withResult),
  claim: (id: string, version: number) =>
    ok(client.POST('/api/v1/department/sub-cases/{id}/claim', { ...subCase(id), body: { version } })).then(
      withResult,
    ),
  complete: (id: string, version: number, result: Schemas['CompletionResult'], note?: string) =>
    ok(
      client.POST('/api/v1/department/sub-cases/{id}/complete', {
        ...subCase(id),
        body: note ? { version, result, note } : { version, result },
      }),
    ).then(withResult),
  reject: (id: string, version: number, reason: string) =>
    ok(
      client.POST('/api/v1/department/sub-cases/{id}/reject', { ...subCase(id), body: { version, reason } }),
    ).then(withResult),
  returnForMore: (id: string, version: number, reason: string) =>
    ok(
      client.POST('/api/v1/department/sub-cases/{id}/return', { ...subCase(id), body: { version, reason } }),
    ).then(withResult),
  transfer: (id: string, version: number, toRegion: string, reason: string) =>
    ok(
      client.POST('/api/v1/department/sub-cases/{id}/transfer', {
        ...subCase(id),
        body: { version, toRegion, reason },
      }),
    ).then(withResult),
  materialUrl: (id: string, itemId: string) =>
    `/api/v1/department/sub-cases/${enc(id)}/materials/${enc(itemId)}`,
};

// ---- the family (tracking, correction, supplement, receipt, rating) ----

export type TrackedSubCase = WithResult<Schemas['SubCaseSummary']>;
export type TrackedCase = Omit<Schemas['CaseDetail'], 'subCases'> & { subCases: TrackedSubCase[] };

function tracked(body: Schemas['CaseDetail']): TrackedCase {
  return { ...body, subCases: body.subCases.map(withResult) };
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

const familyCase = (code: string) => ({ params: { path: { code } } });
const familySubCase = (id: string) => ({ params: { path: { id } } });

export const familyApi = {
  get: (code: string, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/cases/{code}', { ...familyCase(code), signal })).then(tracked),
  correctFields: (code: string, values: Record<string, string>) =>
    ok(client.PATCH('/api/v1/cases/{code}/correction', { ...familyCase(code), body: { values } })).then(
      tracked,
    ),
  correctMaterial: (code: string, materialCode: string, file: File) =>
    ok(
      client.POST('/api/v1/cases/{code}/correction/materials/{materialCode}', {
        params: { path: { code, materialCode } },
        body: { file },
        bodySerializer: fileForm,
      }),
    ).then(tracked),
  resubmit: (code: string, version: number) =>
    ok(client.POST('/api/v1/cases/{code}/resubmit', { ...familyCase(code), body: { version } })).then(
      tracked,
    ),
  supplement: (subCaseId: string, version: number | undefined, note: string) =>
    supplementWithVersion(
      (body) => done(client.POST('/api/v1/sub-cases/{id}/supplement', { ...familySubCase(subCaseId), body })),
      version,
      note,
    ),
  supplementFiles: {
    attach: (subCaseId, file) =>
      ok(
        client.POST('/api/v1/sub-cases/{id}/supplement/files', {
          ...familySubCase(subCaseId),
          body: { file },
          bodySerializer: fileForm,
        }),
      ),
    remove: (subCaseId, itemId) =>
      ok(
        client.DELETE('/api/v1/sub-cases/{id}/supplement/files/{itemId}', {
          params: { path: { id: subCaseId, itemId } },
        }),
      ),
  } satisfies SupplementCalls,
  receive: (code: string, version: number) =>
    ok(client.POST('/api/v1/cases/{code}/receive', { ...familyCase(code), body: { version } })).then(tracked),
  rate: (code: string, target: string, level: number, comment?: string) =>
    ok(
      client.POST('/api/v1/cases/{code}/ratings', {
        ...familyCase(code),
        body: comment ? { target, level, comment } : { target, level },
      }),
    ).then(tracked),
};

// ---- supervision (监管) ----

export type TimeLimitAlert = Schemas['TimeLimitAlert'];
export type FollowUp = Schemas['FollowUp'];

export const supervisionApi = {
  contact: (id: string) =>
    ok(client.POST('/api/v1/supervision/follow-ups/{id}/contact', { params: { path: { id } } })),
  timeLimits: (signal?: AbortSignal) => ok(client.GET('/api/v1/supervision/time-limits', { signal })),
  followUps: (signal?: AbortSignal) => ok(client.GET('/api/v1/supervision/follow-ups', { signal })),
  updateFollowUp: (id: string, body: Schemas['FollowUpUpdateRequest']) =>
    done(client.POST('/api/v1/supervision/follow-ups/{id}', { params: { path: { id } }, body })),
};
