/**
 * The relying party for citizen sign-in: starts an authorization-code flow with PKCE, state and
 * nonce against the configured issuer (or the embedded demo provider), and on the way back
 * exchanges the code, checks the ID token, records the citizen and opens a session.
 *
 * Flow state lives in `sign_in_attempt`, not in memory, so the callback can land on any instance;
 * each attempt is deleted as it is read, so a callback URL works once.
 */
import { eq, sql } from 'drizzle-orm';
import * as client from 'openid-client';
import { type Actor, appendAudit } from '../../audit/audit-log.ts';
import type { AppContext } from '../../context.ts';
import { citizens, signInAttempts } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { encryptField } from '../../security/national-crypto.ts';
import { createSession, destroySession } from '../sessions.ts';
import { CITIZEN_CALLBACK_PATH, embeddedIssuer, LIANBAN_SCOPE } from './embedded-provider.ts';
import { embeddedClientSecret } from './installation-secrets.ts';

export const DEFAULT_RETURN_TO = '/portal';
export const SIGN_IN_ERROR_LOCATION = '/portal?signInError=1';
export const CITIZEN_SCOPES = `openid profile ${LIANBAN_SCOPE}`;
/** Matches the provider's interaction lifetime; older attempts are abandoned. */
const ATTEMPT_MAX_AGE_MS = 10 * 60_000;
const HTTP_TIMEOUT_SECONDS = 10;
/** Used only when the identity service shares no name; a citizen row must have one. */
const UNNAMED_CITIZEN = '市民';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Only same-site relative paths: '/x' but never '//host' or '/\host' (browsers read both as
 * another origin), nothing with control characters, and nothing that resolves off-site.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 1024) return DEFAULT_RETURN_TO;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return DEFAULT_RETURN_TO;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(value)) return DEFAULT_RETURN_TO;
  const base = 'https://lianban.invalid';
  const resolved = new URL(value, base);
  if (resolved.origin !== base) return DEFAULT_RETURN_TO;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

/** Plain HTTP is tolerated only for an issuer on this machine (the embedded provider in development). */
export function allowsInsecureIssuer(issuer: URL): boolean {
  return issuer.protocol === 'http:' && LOCAL_HOSTS.has(issuer.hostname);
}

function stringClaim(value: unknown, maxLength: number): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed.length > 0 && trimmed.length <= maxLength ? trimmed : null;
}

function audienceIncludes(aud: string | string[] | undefined, clientId: string): boolean {
  return Array.isArray(aud) ? aud.includes(clientId) : aud === clientId;
}

function signInFailed(reason: string): AppError {
  return new AppError('SIGN_IN_FAILED', { details: { reason } });
}

export interface SignInStart {
  authorizationUrl: URL;
  state: string;
}

export interface SignInResult {
  token: string;
  citizenId: string;
  returnTo: string;
}

export interface CitizenSignIn {
  readonly issuer: string;
  readonly redirectUri: string;
  start(returnTo: unknown): Promise<SignInStart>;
  /**
   * Completes the flow for the callback request `requestUrl` (path and query). Throws
   * AppError SIGN_IN_FAILED with `details.reason` for anything that is not a clean success.
   */
  finish(requestUrl: string, previousSessionToken?: string): Promise<SignInResult>;
  /** Forget the discovered configuration, e.g. after the issuer rotated something. */
  reset(): void;
}

export function createCitizenSignIn(context: AppContext): CitizenSignIn {
  const { config } = context;
  const { db } = context.database;
  const embedded = !config.oidc.issuer;
  const issuer = config.oidc.issuer ?? embeddedIssuer(context);
  const redirectUri = `${context.publicUrl()}${CITIZEN_CALLBACK_PATH}`;
  let cached: Promise<client.Configuration> | undefined;

  async function discover(): Promise<client.Configuration> {
    const issuerUrl = new URL(issuer);
    const secret = embedded ? await embeddedClientSecret(db, config) : config.oidc.clientSecret;
    const configuration = await client.discovery(
      issuerUrl,
      config.oidc.clientId,
      secret ? { client_secret: secret } : undefined,
      secret ? client.ClientSecretBasic(secret) : client.None(),
      {
        execute: allowsInsecureIssuer(issuerUrl) ? [client.allowInsecureRequests] : [],
        timeout: HTTP_TIMEOUT_SECONDS,
      },
    );
    configuration.timeout = HTTP_TIMEOUT_SECONDS;
    return configuration;
  }

  function configuration(): Promise<client.Configuration> {
    if (!cached) {
      const pending = discover();
      cached = pending;
      // A failed discovery is not cached: the next sign-in tries again.
      pending.catch(() => {
        if (cached === pending) cached = undefined;
      });
    }
    return cached;
  }

  async function auditFailure(reason: string, details: Record<string, unknown> = {}) {
    const actor: Actor = { kind: 'citizen', id: null, label: 'citizen:unknown' };
    await db.transaction((tx) =>
      appendAudit(tx, context.keys, {
        actor,
        action: 'citizen.sign_in',
        objectType: 'citizen',
        outcome: 'failure',
        details: { reason, issuer, ...details },
      }),
    );
  }

  async function exchange(callbackUrl: URL, attempt: typeof signInAttempts.$inferSelect) {
    const oidc = await configuration();
    const tokens = await client.authorizationCodeGrant(oidc, callbackUrl, {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedNonce: attempt.nonce,
      expectedState: attempt.state,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    const expectedIssuer = oidc.serverMetadata().issuer;
    // openid-client checks these already; they are the heart of the trust decision, so say them here too.
    if (!claims) throw signInFailed('no_id_token');
    if (claims.iss !== expectedIssuer) throw signInFailed('issuer_mismatch');
    if (!audienceIncludes(claims.aud, config.oidc.clientId)) throw signInFailed('audience_mismatch');

    // Many identity services put profile claims only in userinfo when an access token is issued.
    let profile: Record<string, unknown> = { ...claims };
    if (oidc.serverMetadata().userinfo_endpoint && tokens.access_token) {
      const userinfo = await client.fetchUserInfo(oidc, tokens.access_token, claims.sub);
      profile = { ...claims, ...userinfo };
    }
    return { issuer: expectedIssuer, subject: claims.sub, profile };
  }

  return {
    issuer,
    redirectUri,

    async start(returnTo) {
      const oidc = await configuration();
      const codeVerifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      await db
        .insert(signInAttempts)
        .values({ state, codeVerifier, nonce, returnTo: safeReturnTo(returnTo) });
      const authorizationUrl = client.buildAuthorizationUrl(oidc, {
        redirect_uri: redirectUri,
        response_type: 'code',
        scope: CITIZEN_SCOPES,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      return { authorizationUrl, state };
    },

    async finish(requestUrl, previousSessionToken) {
      // Rebuild the callback URL from our own redirect URI: the token request must repeat it exactly.
      const callbackUrl = new URL(redirectUri);
      callbackUrl.search = new URL(requestUrl, 'http://callback.invalid').search;
      const state = callbackUrl.searchParams.get('state');
      if (!state) throw signInFailed('missing_state');

      const [attempt] = await db.delete(signInAttempts).where(eq(signInAttempts.state, state)).returning();
      // Unknown state: forged, replayed, or already purged. Not audited, as nothing was at stake.
      if (!attempt) throw signInFailed('unknown_state');
      if (Date.now() - attempt.createdAt.getTime() > ATTEMPT_MAX_AGE_MS) {
        await auditFailure('attempt_expired');
        throw signInFailed('attempt_expired');
      }

      let identity: Awaited<ReturnType<typeof exchange>>;
      try {
        identity = await exchange(callbackUrl, attempt);
      } catch (error) {
        const reason =
          error instanceof AppError
            ? String(error.details?.reason ?? error.code)
            : ((error as { code?: string; error?: string }).error ??
              (error as { code?: string }).code ??
              'exchange_failed');
        if (!(error instanceof AppError)) cached = undefined;
        await auditFailure(reason);
        throw Object.assign(signInFailed(reason), { cause: error });
      }

      const { profile } = identity;
      const name = stringClaim(profile.name, 100);
      const idNumber = stringClaim(profile.id_number, 64);
      const phone = stringClaim(profile.phone_number, 32);
      const idNumberEncrypted = idNumber ? encryptField(context.keys, idNumber) : null;
      const phoneEncrypted = phone ? encryptField(context.keys, phone) : null;
      const now = new Date();

      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(citizens)
          .values({
            issuer: identity.issuer,
            subject: identity.subject,
            name: name ?? UNNAMED_CITIZEN,
            idNumberEncrypted,
            phoneEncrypted,
            lastSignInAt: now,
          })
          .onConflictDoUpdate({
            target: [citizens.issuer, citizens.subject],
            // Keep what we had for anything this sign-in did not share.
            set: {
              lastSignInAt: now,
              ...(name ? { name } : {}),
              ...(idNumberEncrypted ? { idNumberEncrypted } : {}),
              ...(phoneEncrypted ? { phoneEncrypted } : {}),
            },
          })
          .returning({ id: citizens.id, inserted: sql<boolean>`(xmax = 0)` });
        if (!row) throw signInFailed('citizen_not_stored');
        if (previousSessionToken) await destroySession(tx, previousSessionToken);
        const token = await createSession(tx, 'citizen', row.id, config.sessionIdleMinutes);
        await appendAudit(tx, context.keys, {
          actor: { kind: 'citizen', id: row.id, label: `citizen:${row.id.slice(0, 8)}` },
          action: 'citizen.sign_in',
          objectType: 'citizen',
          objectId: row.id,
          details: {
            issuer: identity.issuer,
            firstSignIn: row.inserted,
            shared: { name: name !== null, idNumber: idNumber !== null, phone: phone !== null },
          },
        });
        return { token, citizenId: row.id, returnTo: attempt.returnTo };
      });
    },

    reset() {
      cached = undefined;
    },
  };
}
