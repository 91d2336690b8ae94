/**
 * The browser's only door to the server: a small JSON fetch wrapper, the response types of the
 * API contract, and ApiError, which carries the server's error code, bilingual message and
 * per-field problems so forms can put each problem on its own field.
 */
import type { Language } from './i18n.ts';

/** Case states as the workflow names them (src/domain/workflow.ts); `completed` is the first release's. */
export type CaseState =
  | 'submitted'
  | 'correction_requested'
  | 'rejected'
  | 'in_progress'
  | 'ready_for_delivery'
  | 'delivered'
  | 'completed';
/** Sub-case states as the workflow names them; `approved` is the first release's. */
export type SubCaseState =
  | 'waiting'
  | 'pending'
  | 'in_review'
  | 'returned'
  | 'completed'
  | 'rejected'
  | 'cancelled'
  | 'approved';
export type StaffRole =
  | 'window_clerk'
  | 'department_approver'
  | 'department_supervisor'
  | 'supervisor'
  | 'admin';

export interface StaffMe {
  kind: 'staff';
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  roleLabelZh: string;
  roleLabelEn: string;
  departmentCode: string | null;
  departmentNameZh: string | null;
  departmentNameEn: string | null;
  regionCode: string;
  regionNameZh: string;
  regionNameEn: string;
}

export interface CitizenMe {
  kind: 'citizen';
  id: string;
  name: string;
}

export type Me = { kind: 'anonymous' } | StaffMe | CitizenMe;

export interface Region {
  code: string;
  nameZh: string;
  nameEn: string;
  level: string;
  parentCode: string | null;
  parentNameZh: string | null;
  parentNameEn: string | null;
  funeralMode: 'cremation' | 'burial' | string | null;
  pilot: boolean;
}

export interface Matter {
  code: string;
  nameZh: string;
  nameEn: string;
  departmentCode: string;
  departmentNameZh: string;
  departmentNameEn: string;
  committedWorkingDays: number;
}

export interface SubCaseSummary {
  id: string;
  matterCode: string;
  matterNameZh: string;
  matterNameEn: string;
  departmentCode: string;
  departmentNameZh: string;
  departmentNameEn: string;
  state: SubCaseState;
  decidedAt: string | null;
  decisionNote: string | null;
}

export interface CaseDetail {
  id: string;
  code: string;
  state: CaseState;
  regionCode: string;
  regionNameZh: string;
  regionNameEn: string;
  submittedAt: string;
  completedAt: string | null;
  deceasedName: string;
  subCases: SubCaseSummary[];
  /** `heir`: the signed-in person joined this case as another heir; they follow it only. */
  yourRole: 'applicant' | 'heir';
  heirs: { nameMasked: string; relationship: string; joinedAt: string }[];
}

/** The case that already stands for a deceased (error CASE_EXISTS, in `details.existing`). */
export interface ExistingCase {
  code: string;
  state: CaseState;
  stateLabel: { zh: string; en: string };
  regionCode: string;
  channel: string;
  submittedAt: string;
  deliveredAt: string | null;
  applicantNameMasked: string;
  applicantPhoneMasked: string;
  yours: boolean;
  joined: boolean;
  reapplyFrom: string | null;
}

/** The existing case an error names, if the error is CASE_EXISTS. */
export function existingCaseOf(error: unknown): ExistingCase | null {
  if (!(error instanceof ApiError) || error.code !== 'CASE_EXISTS') return null;
  const existing = error.details?.existing as ExistingCase | undefined;
  return existing && typeof existing.code === 'string' ? existing : null;
}

export interface FieldProblem {
  field: string;
  labelZh: string;
  labelEn: string;
  zh: string;
  en: string;
}

interface ErrorBody {
  error?: {
    code?: string;
    message?: string;
    messageZh?: string;
    messageEn?: string;
    fields?: FieldProblem[];
    details?: Record<string, unknown>;
  };
}

/** Codes made up on this side, for failures that never produced a server error body. */
export const CLIENT_ERROR_CODES = { network: 'NETWORK_ERROR', unreadable: 'UNREADABLE_RESPONSE' } as const;

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageZh: string | undefined;
  readonly messageEn: string | undefined;
  readonly fields: FieldProblem[];
  readonly details: Record<string, unknown> | undefined;

  constructor(status: number, body: ErrorBody['error'] = {}) {
    super(body.messageEn ?? body.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code ?? (status === 0 ? CLIENT_ERROR_CODES.network : CLIENT_ERROR_CODES.unreadable);
    this.messageZh = body.messageZh;
    this.messageEn = body.messageEn;
    this.fields = body.fields ?? [];
    this.details = body.details;
  }

  /** The server's message in the UI language, if the server sent one. */
  localMessage(language: Language): string | undefined {
    return language === 'en' ? (this.messageEn ?? this.messageZh) : (this.messageZh ?? this.messageEn);
  }
}

let sessionExpiredListener: (() => void) | undefined;

/** One listener (the app shell) decides where a user whose session ran out is sent. */
export function onSessionExpired(listener: (() => void) | undefined): void {
  sessionExpiredListener = listener;
}

interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** False for the "who am I" probe: an expired session there just means nobody is signed in. */
  reportSessionExpiry?: boolean;
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!response.ok) {
    const error = new ApiError(response.status, (parsed as ErrorBody | undefined)?.error);
    if (error.status === 401 && error.code === 'SESSION_EXPIRED' && options.reportSessionExpiry !== false) {
      sessionExpiredListener?.();
    }
    throw error;
  }
  return parsed as T;
}

function query(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}

export const api = {
  me: (signal?: AbortSignal) => request<Me>('GET', '/api/v1/me', { signal, reportSessionExpiry: false }),
  staffSignIn: (username: string, password: string) =>
    request<StaffMe>('POST', '/api/v1/auth/staff/sign-in', { body: { username, password } }),
  signOut: () => request<void>('POST', '/api/v1/auth/sign-out'),
  regions: (signal?: AbortSignal) =>
    request<{ items: Region[] }>('GET', `/api/v1/regions?${query({ level: 'county' })}`, { signal }),
  matters: (signal?: AbortSignal) => request<{ items: Matter[] }>('GET', '/api/v1/matters', { signal }),
  joinCase: (code: string, body: { deceasedIdNumber: string; relationship: string }) =>
    request<CaseDetail>('POST', `/api/v1/cases/${encodeURIComponent(code)}/join`, { body }),
  myCases: (signal?: AbortSignal) => request<{ items: CaseDetail[] }>('GET', '/api/v1/cases', { signal }),
  getCase: (code: string, signal?: AbortSignal) =>
    request<CaseDetail>('GET', `/api/v1/cases/${encodeURIComponent(code)}`, { signal }),
};

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
