/**
 * Request signing for the provincial data-sharing service: HMAC-SM3 over the method, path,
 * timestamp, nonce and the SM3 digest of the body. The same function signs (connector) and
 * verifies (simulator), so both sides read the protocol from one place.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { sm3Hex } from '../security/national-crypto.ts';

export const SIGNATURE_HEADERS = {
  appId: 'x-lianban-app-id',
  timestamp: 'x-lianban-timestamp',
  nonce: 'x-lianban-nonce',
  signature: 'x-lianban-signature',
} as const;

/** Requests older or newer than this are refused, so a captured request cannot be replayed later. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

export function signatureBase(
  method: string,
  path: string,
  timestamp: string,
  nonce: string,
  body: string,
): string {
  return [method.toUpperCase(), path, timestamp, nonce, sm3Hex(body)].join('\n');
}

export function sign(
  secret: string,
  method: string,
  path: string,
  timestamp: string,
  nonce: string,
  body: string,
): string {
  return createHmac('sm3', secret)
    .update(signatureBase(method, path, timestamp, nonce, body))
    .digest('hex');
}

export function verifySignature(
  secret: string,
  request: {
    method: string;
    path: string;
    timestamp: string;
    nonce: string;
    body: string;
    signature: string;
  },
  now = Date.now(),
): boolean {
  const age = Math.abs(now - Number(request.timestamp));
  if (!Number.isFinite(age) || age > MAX_CLOCK_SKEW_MS) return false;
  const expected = Buffer.from(
    sign(secret, request.method, request.path, request.timestamp, request.nonce, request.body),
    'hex',
  );
  const given = Buffer.from(request.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
