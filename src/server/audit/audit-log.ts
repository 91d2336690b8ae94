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

/**
 * Each stream's head as this process last wrote it: a guess, checked by the database when the next
 * event is appended (see insertAfter). Another instance writing the stream, a rolled-back
 * transaction or a second database in the same process only make the guess wrong, which costs the
 * append one more statement, never a broken chain.
 */
const lastWritten = new Map<number, { streamSequence: number; hash: string }>();

/** Append one event. Call inside the transaction that makes the change being recorded. */
export async function appendAudit(tx: Executor, keys: AuditSealer, input: AuditInput): Promise<SealedEvent> {
  if (!(tx instanceof PgTransaction)) {
    // The stream lock lives as long as a transaction: outside one, make one.
    const db = tx as unknown as { transaction<T>(run: (inner: Executor) => Promise<T>): Promise<T> };
    return db.transaction((inner) => appendAudit(inner, keys, input));
  }
  const content: Omit<EventContent, 'sequence'> = {
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
  const stream = held.get(tx);
  let record: SealedEvent;
  if (stream) {
    // The transaction holds its stream and knows its head: only the global number is new.
    const [next] = await queryRows<{ sequence: string | number }>(
      tx,
      sql`SELECT nextval('audit_event_sequence') AS sequence`,
    );
    record = seal(keys, { ...content, sequence: Number(next?.sequence) }, stream);
    await tx.insert(auditEvents).values({ ...record, details: record.details as Record<string, unknown> });
  } else {
    const taken = await takeStream(tx);
    const guess = lastWritten.get(taken.stream) ?? { streamSequence: 0, hash: GENESIS_HASH };
    const event = { ...content, sequence: taken.sequence };
    record = seal(keys, event, { stream: taken.stream, ...guess });
    const head = await insertAfter(tx, record);
    if (head) {
      // The guess was wrong: chain the event to the head the database holds.
      record = seal(keys, event, { stream: taken.stream, ...head });
      await tx.insert(auditEvents).values({ ...record, details: record.details as Record<string, unknown> });
    }
  }
  held.set(tx, { stream: record.stream, streamSequence: record.streamSequence, hash: record.hash });
  lastWritten.set(record.stream, { streamSequence: record.streamSequence, hash: record.hash });
  return record;
}

function seal(keys: AuditSealer, content: EventContent, after: HeldStream): SealedEvent {
  const placed = {
    ...content,
    stream: after.stream,
    streamSequence: after.streamSequence + 1,
    previousHash: after.hash,
  };
  return { ...placed, keyId: keys.audit.current.id, hash: sealEvent(keys.audit.current.key, placed) };
}

/**
 * Inserts the event if the stream's head is the one it was chained to, in one statement. Run after
 * the stream's lock is granted, the statement sees every event committed before, and nobody else
 * can append meanwhile. Undefined when the event went in; else the head it should follow.
 */
async function insertAfter(
  tx: Executor,
  record: SealedEvent,
): Promise<{ streamSequence: number; hash: string } | undefined> {
  const [result] = await queryRows<{
    inserted: boolean;
    stream_sequence: string | number | null;
    hash: string | null;
  }>(
    tx,
    sql`WITH head AS (
          SELECT stream_sequence, hash FROM ${auditEvents}
           WHERE stream = ${record.stream} ORDER BY stream_sequence DESC LIMIT 1
        ), placed AS (
          INSERT INTO ${auditEvents} (sequence, occurred_at, actor_kind, actor_id, actor_label, action,
                 object_type, object_id, outcome, details, stream, stream_sequence, key_id,
                 previous_hash, hash)
          SELECT ${record.sequence}::bigint, ${record.occurredAt.toISOString()}::timestamptz,
                 ${record.actorKind}::text, ${record.actorId}::text, ${record.actorLabel}::text,
                 ${record.action}::text, ${record.objectType}::text, ${record.objectId}::text,
                 ${record.outcome}::text, ${JSON.stringify(record.details)}::jsonb, ${record.stream}::int,
                 ${record.streamSequence}::bigint, ${record.keyId}::text, ${record.previousHash}::text,
                 ${record.hash}::text
           WHERE coalesce((SELECT hash FROM head), ${GENESIS_HASH}) = ${record.previousHash}
             AND coalesce((SELECT stream_sequence FROM head), 0) = ${record.streamSequence - 1}
          RETURNING 1
        )
        SELECT EXISTS (SELECT 1 FROM placed) AS inserted,
               (SELECT stream_sequence FROM head) AS stream_sequence, (SELECT hash FROM head) AS hash`,
  );
  if (result?.inserted) return undefined;
  return {
    streamSequence: result?.stream_sequence == null ? 0 : Number(result.stream_sequence),
    hash: result?.hash ?? GENESIS_HASH,
  };
}

/**
 * Lock a free stream for this transaction and number its first event. Streams are tried from a
 * random start without waiting; only when all are busy does the transaction wait, for one of them.
 */
async function takeStream(tx: Executor): Promise<{ stream: number; sequence: number }> {
  const start = Math.floor(Math.random() * AUDIT_STREAMS);
  const [free] = await queryRows<{ stream: number; sequence: string | number }>(
    tx,
    sql`SELECT (g % ${AUDIT_STREAMS})::int AS stream, nextval('audit_event_sequence') AS sequence
          FROM generate_series(${start}::int, ${start + AUDIT_STREAMS - 1}::int) AS g
         WHERE pg_try_advisory_xact_lock(${AUDIT_STREAM_LOCK}::int, (g % ${AUDIT_STREAMS})::int)
         LIMIT 1`,
  );
  if (free) return { stream: free.stream, sequence: Number(free.sequence) };
  const [waited] = await queryRows<{ sequence: string | number }>(
    tx,
    sql`SELECT pg_advisory_xact_lock(${AUDIT_STREAM_LOCK}::int, ${start}::int),
               nextval('audit_event_sequence') AS sequence`,
  );
  return { stream: start, sequence: Number(waited?.sequence) };
}
