/**
 * Who is signed in, sign-in and sign-out, reference lists, and the family's cases. Calls go
 * through the typed client (api/client.ts); the types are the server's OpenAPI schemas, under
 * the names pages import.
 */
import { ApiError, type CallOptions, client, done, ok, type Schemas } from './api/client.ts';

export type { FieldProblem } from './api/client.ts';
export { ApiError, CLIENT_ERROR_CODES, isAbort, onSessionExpired } from './api/client.ts';

/** The server's case states, and `completed`, which cases closed by the first release still show. */
export type CaseState = Schemas['CaseState'] | 'completed';
/** The server's sub-case states, and the first release's `approved`. */
export type SubCaseState = Schemas['SubCaseState'] | 'approved';
export type StaffRole = Schemas['StaffRole'];
export type StaffMe = Schemas['StaffMe'];
export type CitizenMe = Schemas['CitizenMe'];
export type Me = Schemas['AnonymousMe'] | StaffMe | CitizenMe;
export type Region = Schemas['Region'];
export type Matter = Schemas['MatterSummary'];
export type SubCaseSummary = Schemas['SubCaseSummary'];
export type CaseDetail = Schemas['CaseDetail'];

/**
 * The case that already stands for a deceased (error CASE_EXISTS, in `details.existing`); the
 * document describes `details` only as an open object, so its shape is stated here.
 */
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

/** The "who am I" probe: an expired session there just means nobody is signed in. */
const probe: CallOptions = { reportSessionExpiry: false };

export const api = {
  me: (signal?: AbortSignal): Promise<Me> => ok(client.GET('/api/v1/me', { signal }), probe),
  staffSignIn: (username: string, password: string) =>
    ok(client.POST('/api/v1/auth/staff/sign-in', { body: { username, password } })),
  signOut: () => done(client.POST('/api/v1/auth/sign-out')),
  regions: (signal?: AbortSignal) =>
    ok(client.GET('/api/v1/regions', { params: { query: { level: 'county' } }, signal })),
  matters: (signal?: AbortSignal) => ok(client.GET('/api/v1/matters', { signal })),
  joinCase: (code: string, body: Schemas['JoinCaseRequest']) =>
    ok(client.POST('/api/v1/cases/{code}/join', { params: { path: { code } }, body })),
  myCases: (signal?: AbortSignal) => ok(client.GET('/api/v1/cases', { signal })),
  getCase: (code: string, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/cases/{code}', { params: { path: { code } }, signal })),
};
