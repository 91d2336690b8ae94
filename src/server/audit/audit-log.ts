/**
 * The append-only audit trail. Every state change and every view of personal data writes one
 * event, in the same transaction as the change it records. Each event's SM3 hash covers its
 * content and the previous event's hash, so any later edit breaks the chain at that event.
 *
 * Appends are serialised by a transaction-scoped advisory lock: the chain must be a line, not a
 * tree, even when several application instances write at once.
 */
import { asc, gt, sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../db/database.ts';
import { auditEvents } from '../db/schema.ts';
import { sm3Hex } from '../security/national-crypto.ts';

const AUDIT_CHAIN_LOCK = 7_231_002;
export const GENESIS_HASH = '0'.repeat(64);

export interface Actor {
  kind: 'staff' | 'citizen' | 'system';
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

export interface AuditRecord {
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
  previousHash: string;
  hash: string;
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

export function hashAuditEvent(event: Omit<AuditRecord, 'hash'>): string {
  const content = canonicalJson({
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
  });
  return sm3Hex(`${event.previousHash}\n${content}`);
}

/** Append one event. Call inside the transaction that makes the change being recorded. */
export async function appendAudit(tx: Executor, input: AuditInput): Promise<AuditRecord> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [lastRow] = await queryRows<{ sequence: string | number; hash: string }>(
    tx,
    sql`SELECT sequence, hash FROM audit_event ORDER BY sequence DESC LIMIT 1`,
  );
  const occurredAt = new Date();
  const base = {
    sequence: lastRow ? Number(lastRow.sequence) + 1 : 1,
    occurredAt,
    actorKind: input.actor.kind,
    actorId: input.actor.id,
    actorLabel: input.actor.label,
    action: input.action,
    objectType: input.objectType,
    objectId: input.objectId ?? null,
    outcome: input.outcome ?? 'success',
    details: JSON.parse(JSON.stringify(input.details ?? {})) as unknown,
    previousHash: lastRow?.hash ?? GENESIS_HASH,
  };
  const record: AuditRecord = { ...base, hash: hashAuditEvent(base) };
  await tx.insert(auditEvents).values({ ...record, details: record.details as Record<string, unknown> });
  return record;
}

export type VerifyResult =
  | { ok: true; checked: number; lastHash: string }
  | { ok: false; checked: number; brokenAt: number; reason: string };

/** Walk the chain in order, recomputing every hash; name the first event that does not fit. */
export async function verifyAuditChain(
  db: Executor,
  onProgress?: (checked: number) => void,
  batchSize = 1000,
): Promise<VerifyResult> {
  let previousHash = GENESIS_HASH;
  let expectedSequence = 1;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.sequence, expectedSequence - 1))
      .orderBy(asc(auditEvents.sequence))
      .limit(batchSize);
    if (rows.length === 0) return { ok: true, checked, lastHash: previousHash };
    for (const row of rows) {
      if (row.sequence !== expectedSequence) {
        return {
          ok: false,
          checked,
          brokenAt: expectedSequence,
          reason: `event ${expectedSequence} is missing`,
        };
      }
      if (row.previousHash !== previousHash) {
        return {
          ok: false,
          checked,
          brokenAt: row.sequence,
          reason: 'previous_hash does not match the event before',
        };
      }
      const recomputed = hashAuditEvent({ ...row, occurredAt: new Date(row.occurredAt) });
      if (recomputed !== row.hash) {
        return { ok: false, checked, brokenAt: row.sequence, reason: 'content does not match its hash' };
      }
      previousHash = row.hash;
      expectedSequence++;
      checked++;
    }
    onProgress?.(checked);
  }
}
