/**
 * The append-only audit trail. Every state change and every view of personal data writes one
 * event, in the same transaction as the change it records, sealed with the audit key (see
 * seal.ts for what the seal covers).
 *
 * Writers do not queue behind one lock: the trail is AUDIT_STREAMS chains, and a transaction
 * takes whichever stream is free (a transaction-scoped advisory lock per stream, tried without
 * waiting), keeps it for all its events and releases it at commit. A stream is still a line, not
 * a tree — a unique index on (stream, place) makes a fork impossible even if locking failed.
 */
import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { type Executor, queryRows } from '../db/database.ts';
import { auditEvents } from '../db/schema.ts';
import {
  type AuditKeyring,
  type EventContent,
  GENESIS_HASH,
  normaliseText,
  normaliseValue,
  type SealedEvent,
  sealEvent,
} from './seal.ts';

export { canonicalJson, GENESIS_HASH } from './seal.ts';

/** How many chains the trail is written in; more streams, fewer writers waiting for one. */
export const AUDIT_STREAMS = 16;
/** The advisory-lock class of the stream locks (the stream number is the second key). */
const AUDIT_STREAM_LOCK = 7_231_002;

export interface Actor {
  /** `exchange`: a department's or bank's own system, by its party code. */
  kind: 'staff' | 'citizen' | 'system' | 'exchange';
  id: string | null;
  label: string;
}

export const SYSTEM_ACTOR: Actor = { kind: 'system', id: null, label: 'system' };

export interface AuditInput {
  actor: Actor;
  action: string;
  objectType: string;
  objectId?: string | null;
  outcome?: 'success' | 'failure' | 'denied';
  details?: Record<string, unknown>;
}

/** What appending needs: the audit keyring (part of the platform's keys). */
export interface AuditSealer {
  audit: AuditKeyring;
}

/** The stream a transaction holds, and its head as this transaction last wrote it. */
interface HeldStream {
  stream: number;
  streamSequence: number;
  hash: string;
}
const held = new WeakMap<object, HeldStream>();

/** Append one event. Call inside the transaction that makes the change being recorded. */
export async function appendAudit(tx: Executor, keys: AuditSealer, input: AuditInput): Promise<SealedEvent> {
  if (!(tx instanceof PgTransaction)) {
    // The stream lock lives as long as a transaction: outside one, make one.
    const db = tx as unknown as { transaction<T>(run: (inner: Executor) => Promise<T>): Promise<T> };
    return db.transaction((inner) => appendAudit(inner, keys, input));
  }
  let stream = held.get(tx);
  let sequence: number;
  if (stream) {
    const [next] = await queryRows<{ sequence: string | number }>(
      tx,
      sql`SELECT nextval('audit_event_sequence') AS sequence`,
    );
    sequence = Number(next?.sequence);
  } else {
    ({ stream, sequence } = await takeStream(tx));
  }
  const content: EventContent = {
    sequence,
    occurredAt: new Date(),
    actorKind: input.actor.kind,
    actorId: input.actor.id === null ? null : normaliseText(input.actor.id),
    actorLabel: normaliseText(input.actor.label),
    action: normaliseText(input.action),
    objectType: normaliseText(input.objectType),
    objectId: input.objectId == null ? null : normaliseText(input.objectId),
    outcome: input.outcome ?? 'success',
    details: normaliseValue(input.details ?? {}),
  };
  const placed = {
    ...content,
    stream: stream.stream,
    streamSequence: stream.streamSequence + 1,
    previousHash: stream.hash,
  };
  const record: SealedEvent = {
    ...placed,
    keyId: keys.audit.current.id,
    hash: sealEvent(keys.audit.current.key, placed),
  };
  await tx.insert(auditEvents).values({ ...record, details: record.details as Record<string, unknown> });
  held.set(tx, { stream: record.stream, streamSequence: record.streamSequence, hash: record.hash });
  return record;
}

/**
 * Lock a free stream for this transaction, read its head and number the first event. Streams are
 * tried from a random start without waiting; only when all are busy does the transaction wait,
 * for one of them.
 */
async function takeStream(tx: Executor): Promise<{ stream: HeldStream; sequence: number }> {
  const start = Math.floor(Math.random() * AUDIT_STREAMS);
  const [free] = await queryRows<{ stream: number }>(
    tx,
    sql`SELECT (g % ${AUDIT_STREAMS})::int AS stream
          FROM generate_series(${start}::int, ${start + AUDIT_STREAMS - 1}::int) AS g
         WHERE pg_try_advisory_xact_lock(${AUDIT_STREAM_LOCK}::int, (g % ${AUDIT_STREAMS})::int)
         LIMIT 1`,
  );
  let stream = free?.stream;
  if (stream === undefined) {
    stream = start;
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_STREAM_LOCK}::int, ${stream}::int)`);
  }
  // A statement after the lock sees every event committed before it was granted.
  const [head] = await queryRows<{
    sequence: string | number;
    stream_sequence: string | number | null;
    hash: string | null;
  }>(
    tx,
    sql`SELECT nextval('audit_event_sequence') AS sequence, h.stream_sequence, h.hash
          FROM (SELECT 1) AS one
          LEFT JOIN LATERAL (
            SELECT stream_sequence, hash FROM audit_event
             WHERE stream = ${stream} ORDER BY stream_sequence DESC LIMIT 1
          ) AS h ON true`,
  );
  return {
    stream: {
      stream,
      streamSequence: head?.stream_sequence == null ? 0 : Number(head.stream_sequence),
      hash: head?.hash ?? GENESIS_HASH,
    },
    sequence: Number(head?.sequence),
  };
}
