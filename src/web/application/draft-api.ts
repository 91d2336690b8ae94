/**
 * The application draft (草稿) endpoints the family's portal and the window share: start from the
 * questionnaire, read, autosave, attach and remove materials, submit; and the family's in-app
 * messages and the development SMS sink. Uploads are multipart and fail with the same ApiError
 * (with the refusal on `materials.<code>`).
 */

import { serviceDate } from '../../domain/clock.ts';
import { client, done, fileForm, ok, type Schemas } from '../api/client.ts';
import type { CaseDetail } from '../api.ts';

export type Text = Schemas['Bilingual'];
export type DraftField = Schemas['DraftField'];
export type DraftMaterial = Schemas['DraftMaterial'];
export type DraftMaterialItem = DraftMaterial['items'][number];
export type DraftProblem = Schemas['FieldError'];
export type DraftView = Schemas['Draft'];
export type DraftSummary = Schemas['DraftSummary'];
export type StartDraftBody = Schemas['StartDraftRequest'];
export type SubmitDraftBody = Schemas['SubmitDraftRequest'];
export type Message = Schemas['Message'];
export type DevSms = Schemas['DevelopmentSmsList']['items'][number];

/** The case as the server answers a submission. */
export type SubmittedCase = CaseDetail;

const draft = (id: string) => ({ params: { path: { id } } });

/** The draft's key in PreloadedData, where the server draws its first screen (prerender.tsx). */
export const draftDataKey = (id: string) => `draft:${id}`;

export const draftApi = {
  start: (body: StartDraftBody) => ok(client.POST('/api/v1/drafts', { body })),
  list: (signal?: AbortSignal) => ok(client.GET('/api/v1/drafts', { signal })),
  get: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/drafts/{id}', { ...draft(id), signal })),
  save: (id: string, body: Schemas['SaveDraftRequest']) =>
    ok(client.PATCH('/api/v1/drafts/{id}', { ...draft(id), body })),
  upload: (draftId: string, materialCode: string, file: File) =>
    ok(
      client.POST('/api/v1/drafts/{id}/materials/{materialCode}', {
        params: { path: { id: draftId, materialCode } },
        body: { file },
        bodySerializer: fileForm,
      }),
    ),
  removeItem: (id: string, itemId: string) =>
    ok(client.DELETE('/api/v1/drafts/{id}/items/{itemId}', { params: { path: { id, itemId } } })),
  fileUrl: (id: string, digest: string) =>
    `/api/v1/drafts/${encodeURIComponent(id)}/files/${encodeURIComponent(digest)}`,
  submit: (id: string, body: SubmitDraftBody, idempotencyKey: string) =>
    ok(
      client.POST('/api/v1/drafts/{id}/submit', {
        params: { path: { id }, header: { 'idempotency-key': idempotencyKey } },
        body,
      }),
    ),
};

export const messageApi = {
  list: (signal?: AbortSignal) => ok(client.GET('/api/v1/messages', { signal })),
  markRead: (id: string) => done(client.POST('/api/v1/messages/{id}/read', { params: { path: { id } } })),
};

export const devSmsApi = {
  list: (signal?: AbortSignal) => ok(client.GET('/api/v1/dev/sms', { signal })),
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

/**
 * A date (YYYY-MM-DD) in China, where drafts expire and cases are handled: the service's own rule
 * (domain/clock.ts), which needs no time-zone data. Intl's Asia/Shanghai would load it on first use,
 * a 70 ms pause on a fast machine and several times that on an old phone.
 */
export function chinaDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : serviceDate(date);
}
