/**
 * Machine callers of the exchange API sign every request with HMAC-SM3 (as the provincial
 * exchange systems do, and as the platform signs its own calls to the data-sharing service):
 * key id, timestamp, nonce and signature headers over the method, the path with its query, the
 * timestamp, the nonce and the SM3 digest of the body. A request is accepted only with a current
 * credential (not revoked, not past the end of its rotation overlap), a timestamp within five
 * minutes, a nonce not seen before, and a signature that matches. Every use and every refusal
 * is audited; a refusal says only that the signature is not valid.
 */
import { and, eq, lt } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { appendAudit } from '../audit/audit-log.ts';
import type { AppContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { exchangeCredentials, exchangeNonces } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { decryptField } from '../security/national-crypto.ts';
import { MAX_CLOCK_SKEW_MS, SIGNATURE_HEADERS, verifySignature } from '../shared-data/signing.ts';
import type { ExchangeCaller } from './caller.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The body exactly as received (the signature covers it), on exchange API routes. */
    rawBody?: string;
    /** The party whose credential signed this exchange API request. */
    exchangeCaller?: ExchangeCaller | null;
  }
}

const header = (request: FastifyRequest, name: string) => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
};

async function refuse(
  context: AppContext,
  request: FastifyRequest,
  reason: string,
  keyId: string | undefined,
  code: 'EXCHANGE_UNAUTHENTICATED' | 'EXCHANGE_REPLAYED' = 'EXCHANGE_UNAUTHENTICATED',
): Promise<never> {
  await appendAudit(context.database.db, context.keys, {
    actor: { kind: 'exchange', id: null, label: `exchange:${(keyId ?? 'unknown').slice(0, 40)}` },
    action: 'exchange.request.refused',
    objectType: 'exchange_api',
    objectId: null,
    outcome: 'denied',
    details: {
      reason,
      method: request.method,
      path: request.url.split('?')[0]?.slice(0, 200),
      ip: request.ip,
    },
  });
  throw new AppError(code);
}

/** Checks the signed request and answers who sent it; refuses (audited) anything else. */
export async function authenticateExchange(
  context: AppContext,
  request: FastifyRequest,
): Promise<ExchangeCaller> {
  const keyId = header(request, SIGNATURE_HEADERS.appId);
  const timestamp = header(request, SIGNATURE_HEADERS.timestamp);
  const nonce = header(request, SIGNATURE_HEADERS.nonce);
  const signature = header(request, SIGNATURE_HEADERS.signature);
  if (!keyId || !timestamp || !nonce || !signature) return refuse(context, request, 'missing-headers', keyId);
  if (
    !/^[A-Za-z0-9_-]{4,64}$/.test(keyId) ||
    !/^[A-Za-z0-9_-]{8,64}$/.test(nonce) ||
    !/^\d{10,16}$/.test(timestamp)
  ) {
    return refuse(context, request, 'malformed-headers', keyId);
  }
  const db = context.database.db;
  const [credential] = await db
    .select()
    .from(exchangeCredentials)
    .where(eq(exchangeCredentials.keyId, keyId))
    .limit(1);
  const now = new Date();
  if (!credential) return refuse(context, request, 'unknown-key', keyId);
  if (credential.revokedAt) return refuse(context, request, 'revoked-key', keyId);
  if (credential.expiresAt && credential.expiresAt <= now)
    return refuse(context, request, 'expired-key', keyId);
  const secret = decryptField(context.keys, credential.secretEncrypted);
  const valid = verifySignature(secret, {
    method: request.method,
    path: request.url,
    timestamp,
    nonce,
    body: request.rawBody ?? '',
    signature,
  });
  if (!valid) return refuse(context, request, 'bad-signature-or-clock', keyId);
  const fresh = await db
    .insert(exchangeNonces)
    .values({ keyId, nonce })
    .onConflictDoNothing()
    .returning({ nonce: exchangeNonces.nonce });
  if (fresh.length === 0) return refuse(context, request, 'replayed-nonce', keyId, 'EXCHANGE_REPLAYED');
  await db.update(exchangeCredentials).set({ lastUsedAt: now }).where(eq(exchangeCredentials.keyId, keyId));
  return { kind: 'exchange', partyCode: credential.partyCode, keyId };
}

/** The audit event of an accepted request (written with its effect where there is one). */
export function exchangeUse(
  caller: ExchangeCaller,
  request: FastifyRequest,
  details: Record<string, unknown> = {},
) {
  return {
    actor: {
      kind: 'exchange' as const,
      id: caller.partyCode,
      label: `exchange:${caller.partyCode}:${caller.keyId}`,
    },
    action: 'exchange.request',
    objectType: 'exchange_api',
    objectId: null,
    details: { method: request.method, path: request.url.split('?')[0]?.slice(0, 200), ...details },
  };
}

/** Nonces older than the clock-skew window can no longer be replayed anyway: forget them. */
export async function purgeExchangeNonces(database: Database): Promise<void> {
  await database.db
    .delete(exchangeNonces)
    .where(and(lt(exchangeNonces.seenAt, new Date(Date.now() - 2 * MAX_CLOCK_SKEW_MS))));
}
