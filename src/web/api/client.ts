/**
 * The browser's one client of the server, typed by the OpenAPI description (openapi.d.ts, from
 * `npm run api:types`): a server change that breaks a call here fails the type check. `ok` and
 * `done` turn openapi-fetch's `{ data, error, response }` into what pages expect — the body, or
 * an ApiError carrying the server's code, bilingual message and per-field problems, so forms can
 * put each problem on its own field.
 */
import createClient from 'openapi-fetch';
import type { Language } from '../i18n.ts';
import type { components, paths } from './openapi.d.ts';

export type Schemas = components['schemas'];

/** One field to correct, as a VALIDATION_FAILED refusal lists it. */
export type FieldProblem = Schemas['FieldError'];

/** A refusal's body as this side reads it: anything may be missing when no server answered. */
interface ErrorFields {
  code?: string;
  message?: string;
  messageZh?: string;
  messageEn?: string;
  fields?: FieldProblem[];
  details?: Record<string, unknown>;
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

  constructor(status: number, body: ErrorFields = {}) {
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

/**
 * No language header: the server's refusals carry both languages (messageZh, messageEn) and the
 * page picks one, so a switch of language needs no new request.
 */
export const client = createClient<paths>({
  credentials: 'same-origin',
  headers: { Accept: 'application/json' },
});

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `error` object of a refusal's body, if the body is the documented one. */
function errorFields(body: unknown): ErrorFields | undefined {
  if (!isRecord(body) || !isRecord(body.error)) return undefined;
  const e = body.error;
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return {
    code: text(e.code),
    message: text(e.message),
    messageZh: text(e.messageZh),
    messageEn: text(e.messageEn),
    fields: Array.isArray(e.fields) ? (e.fields as FieldProblem[]) : undefined,
    details: isRecord(e.details) ? e.details : undefined,
  };
}

export interface CallOptions {
  /** False for the "who am I" probe: an expired session there just means nobody is signed in. */
  reportSessionExpiry?: boolean;
}

interface Outcome<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

async function settle<T>(call: Promise<Outcome<T>>, options: CallOptions): Promise<Outcome<T>> {
  let outcome: Outcome<T>;
  try {
    outcome = await call;
  } catch (error) {
    if (isAbort(error)) throw error;
    // No answer, or one that is not the JSON it should be: the same as before this client.
    throw new ApiError(0);
  }
  if (!outcome.response.ok) {
    const error = new ApiError(outcome.response.status, errorFields(outcome.error));
    if (error.status === 401 && error.code === 'SESSION_EXPIRED' && options.reportSessionExpiry !== false) {
      sessionExpiredListener?.();
    }
    throw error;
  }
  return outcome;
}

/** The body of a successful answer; an ApiError for a refusal or no answer. */
export async function ok<T>(call: Promise<Outcome<T>>, options: CallOptions = {}): Promise<T> {
  const { data, response } = await settle(call, options);
  if (data === undefined) throw new ApiError(response.status);
  return data;
}

/** For calls answered with no content (204): resolves, or throws the refusal as an ApiError. */
export async function done(call: Promise<Outcome<unknown>>, options: CallOptions = {}): Promise<void> {
  await settle(call, options);
}

/** A multipart body with the one `file` part the server's uploads read. */
export function fileForm(body: { file: Blob }): FormData {
  const form = new FormData();
  if (body.file instanceof File) form.append('file', body.file, body.file.name);
  else form.append('file', body.file);
  return form;
}
