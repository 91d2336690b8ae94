/**
 * The application draft (草稿) endpoints the family's portal and the window share: start from the
 * questionnaire, read, autosave, attach and remove materials, submit; and the family's in-app
 * messages and the development SMS sink. Uploads are multipart, so they bypass the JSON wrapper
 * but fail with the same ApiError (with the refusal on `materials.<code>`).
 */
import { ApiError, type CaseDetail, request } from '../api.ts';

export interface Text {
  zh: string;
  en: string;
}

export type DraftInput = 'text' | 'id-number' | 'date' | 'phone' | 'select' | 'bank-card' | 'bank-name';

export interface DraftField {
  key: string;
  label: Text;
  input: DraftInput | string;
  options: { value: string; zh: string; en: string }[];
  hint: Text | null;
  optional: boolean;
  value: string;
  source: string | null;
  sourceLabel: Text | null;
  certified: boolean;
  flagged: string | null;
  neededBy: string[];
}

export interface DraftGroup {
  id: string;
  title: Text;
  fields: DraftField[];
}

export interface DraftMaterialItem {
  id: string;
  kind: 'upload' | 'e-licence' | 'shared-data';
  label: Text;
  mediaType: string | null;
  fileDigest: string | null;
  originalName: string | null;
}

export interface DraftMaterial {
  code: string;
  name: Text;
  neededBy: string[];
  replaceableBy: 'shared-data' | 'e-licence' | null;
  satisfied: boolean;
  items: DraftMaterialItem[];
}

export interface DraftProblem {
  field: string;
  labelZh: string;
  labelEn: string;
  zh: string;
  en: string;
}

export interface DraftView {
  id: string;
  version: number;
  channel: string;
  regionCode: string;
  catalogVersion: string;
  expiresAt: string;
  updatedAt: string;
  matters: { code: string; name: Text; department: string }[];
  form: DraftGroup[];
  materials: DraftMaterial[];
  sharedData: Record<string, 'used' | 'not-found' | 'unavailable'>;
  problems: DraftProblem[];
  consent: { version: string; zh: string; en: string; assistedZh: string; assistedEn: string };
  maxUploadBytes: number;
}

export interface DraftSummary {
  id: string;
  regionCode: string;
  deceasedName: string | null;
  updatedAt: string;
  expiresAt: string;
  matterCount: number;
}

export interface StartDraftBody {
  regionCode: string;
  answers: Record<string, string>;
  deceasedIdNumber: string;
  /** The window only: the applicant's ID number as shown at the desk. */
  applicantIdNumber?: string;
}

export interface SubmitDraftBody {
  version: number;
  declaration: { version: string; accepted: boolean };
  /** The window only: the applicant agreed in person to the clerk's help. */
  assistedConsent?: boolean;
}

/** The case as the server answers a submission; newer servers also name its state. */
export type SubmittedCase = CaseDetail & { stateLabel?: Text };

export interface Message {
  id: string;
  template: string;
  body: string;
  createdAt: string;
  readAt: string | null;
  /** What the message is about, to open it there. */
  about?: {
    kind: 'case' | 'correction' | 'returned' | 'progress' | 'results' | 'drafts';
    caseCode: string | null;
    subCaseId: string | null;
  };
}

export interface DevSms {
  id: string;
  to: string | null;
  body: string;
  status: string;
  createdAt: string;
}

const BASE = '/api/v1/drafts';
const path = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

async function upload(draftId: string, materialCode: string, file: File): Promise<DraftView> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`${path(draftId)}/materials/${encodeURIComponent(materialCode)}`, {
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
  return parsed as DraftView;
}

export const draftApi = {
  start: (body: StartDraftBody) => request<DraftView>('POST', BASE, { body }),
  list: (signal?: AbortSignal) => request<{ items: DraftSummary[] }>('GET', BASE, { signal }),
  get: (id: string, signal?: AbortSignal) => request<DraftView>('GET', path(id), { signal }),
  save: (
    id: string,
    body: { version: number; values?: Record<string, string>; flags?: Record<string, string> },
  ) => request<DraftView>('PATCH', path(id), { body }),
  upload,
  removeItem: (id: string, itemId: string) =>
    request<DraftView>('DELETE', `${path(id)}/items/${encodeURIComponent(itemId)}`),
  fileUrl: (id: string, digest: string) => `${path(id)}/files/${encodeURIComponent(digest)}`,
  submit: (id: string, body: SubmitDraftBody, idempotencyKey: string) =>
    request<SubmittedCase>('POST', `${path(id)}/submit`, {
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
};

export const messageApi = {
  list: (signal?: AbortSignal) =>
    request<{ items: Message[]; unread: number }>('GET', '/api/v1/messages', { signal }),
  markRead: (id: string) => request<void>('POST', `/api/v1/messages/${encodeURIComponent(id)}/read`),
};

export const devSmsApi = {
  list: (signal?: AbortSignal) => request<{ items: DevSms[] }>('GET', '/api/v1/dev/sms', { signal }),
};

/** crypto.randomUUID exists only in secure contexts; an intranet deployment over plain HTTP lacks it. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Every field of a draft, in form order. */
export function draftFields(draft: DraftView): DraftField[] {
  return draft.form.flatMap((group) => group.fields);
}

/** A date (YYYY-MM-DD) in China, where drafts expire and cases are handled. */
export function chinaDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(date);
}
