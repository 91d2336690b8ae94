/**
 * How audit events and checkpoints are sealed — pure functions, no I/O.
 *
 * An event's seal is HMAC-SM3, under the audit key, of the seal before it in its stream and the
 * event's canonical content, which includes its stream, its place in the stream and its global
 * sequence. Without the key nobody can make a seal that fits, so an edited, inserted, moved or
 * re-chained event shows. A checkpoint seals the head of every stream the same way, chained to
 * the checkpoint before, so a stream cut short (events deleted from its end) shows too.
 *
 * Every string is normalised before it is sealed and stored — lone surrogates and NUL become
 * U+FFFD, text is NFC and bounded — so what is stored is exactly what was sealed, whatever
 * anyone typed.
 */
import { createHash, createHmac } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);
/** The first release's events: an unkeyed SM3 chain by global sequence. */
export const LEGACY_STREAM = 'legacy';
const MAX_TEXT = 2000;

export interface AuditKey {
  /** Stored with each event and checkpoint, so a rotated key still verifies old ones. */
  id: string;
  key: Buffer;
}

/** The key that seals new events and every key that may have sealed old ones. */
export interface AuditKeyring {
  current: AuditKey;
  byId: ReadonlyMap<string, Buffer>;
}

export function auditKeyId(key: Buffer): string {
  return createHmac('sm3', key).update('lianban/audit-key-id').digest('hex').slice(0, 16);
}

export function makeKeyring(current: Buffer, retired: Buffer[] = []): AuditKeyring {
  const byId = new Map<string, Buffer>();
  for (const key of [current, ...retired]) byId.set(auditKeyId(key), key);
  return { current: { id: auditKeyId(current), key: current }, byId };
}

/** Text as PostgreSQL will store it and give it back: well-formed, no NUL, NFC, bounded. */
export function normaliseText(text: string): string {
  const clean = text.toWellFormed().replaceAll('\u0000', '\uFFFD').normalize('NFC');
  return clean.length > MAX_TEXT ? `${clean.slice(0, MAX_TEXT)}…` : clean;
}

/**
 * A value as jsonb will store it and give it back: strings and keys normalised, numbers finite,
 * dates as ISO text, bigints as text, undefined members dropped.
 */
export function normaliseValue(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return normaliseText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (depth > 16) return '…';
  if (Array.isArray(value)) return value.map((item) => normaliseValue(item, depth + 1));
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value as Record<string, unknown>)) {
      if (member === undefined || typeof member === 'function') continue;
      out[normaliseText(key)] = normaliseValue(member, depth + 1);
    }
    return out;
  }
  return null;
}

/** JSON with object keys sorted at every level, so a value hashes the same after a jsonb round trip. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface EventContent {
  sequence: number;
  occurredAt: Date;
  actorKind: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  objectType: string;
  objectId: string | null;
  outcome: string;
  details: unknown;
}

export interface SealedEvent extends EventContent {
  stream: number;
  streamSequence: number;
  keyId: string;
  previousHash: string;
  hash: string;
}

function contentJson(event: EventContent, extra: Record<string, unknown> = {}): string {
  return canonicalJson({
    sequence: event.sequence,
    occurredAt: event.occurredAt.toISOString(),
    actorKind: event.actorKind,
    actorId: event.actorId,
    actorLabel: event.actorLabel,
    action: event.action,
    objectType: event.objectType,
    objectId: event.objectId,
    outcome: event.outcome,
    details: event.details,
    ...extra,
  });
}

/** The seal of an event in a stream. */
export function sealEvent(
  key: Buffer,
  event: EventContent & { stream: number; streamSequence: number; previousHash: string },
): string {
  const content = contentJson(event, { stream: event.stream, streamSequence: event.streamSequence });
  return createHmac('sm3', key).update(`${event.previousHash}\n${content}`).digest('hex');
}

/** The first release's unkeyed hash (kept to verify events written before streams). */
export function legacyHash(event: EventContent & { previousHash: string }): string {
  return createHash('sm3')
    .update(`${event.previousHash}\n${contentJson(event)}`)
    .digest('hex');
}

export interface StreamHead {
  stream: number | typeof LEGACY_STREAM;
  /** The head's place: stream sequence, or global sequence for the legacy chain. */
  sequence: number;
  hash: string;
}

export interface CheckpointContent {
  number: number;
  createdAt: Date;
  heads: StreamHead[];
  events: number;
  previousMac: string;
}

export function sealCheckpoint(key: Buffer, checkpoint: CheckpointContent): string {
  const content = canonicalJson({
    number: checkpoint.number,
    createdAt: checkpoint.createdAt.toISOString(),
    heads: checkpoint.heads,
    events: checkpoint.events,
    previousMac: checkpoint.previousMac,
  });
  return createHmac('sm3', key).update(`lianban/audit-checkpoint\n${content}`).digest('hex');
}
