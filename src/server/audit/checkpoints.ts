/**
 * Keyed checkpoints of the audit trail. Every few minutes (a scheduled job on whichever instance
 * takes it) the head of every stream is sealed with the audit key and chained to the checkpoint
 * before. Events deleted from the end of a stream, or a whole stream emptied, then fall short of
 * the last checkpoint; a checkpoint deleted in turn breaks the checkpoint chain, and the last ones
 * are caught by the copies an outside witness keeps (AUDIT_WITNESS_FILE, or `lianban
 * audit-checkpoints` exported to wherever the province keeps evidence).
 */
import { appendFileSync, closeSync, fsyncSync, openSync, readFileSync } from 'node:fs';
import { asc, desc, gt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Db, type Executor, queryRows } from '../db/database.ts';
import { auditCheckpoints } from '../db/schema.ts';
import { AUDIT_STREAMS, type AuditSealer } from './audit-log.ts';
import { GENESIS_HASH, LEGACY_STREAM, type StreamHead, sealCheckpoint } from './seal.ts';

/** Serialises checkpoint writers (rare, so one lock is fine); not taken by event writers. */
const CHECKPOINT_LOCK = 7_231_003;

export const exportedCheckpointSchema = z.object({
  number: z.number().int().min(1),
  createdAt: z.string(),
  heads: z.array(
    z.object({
      stream: z.union([z.number().int().min(0), z.literal(LEGACY_STREAM)]),
      sequence: z.number().int().min(1),
      hash: z.string(),
    }),
  ),
  events: z.number().int().min(0),
  previousMac: z.string(),
  keyId: z.string(),
  mac: z.string(),
});
export type ExportedCheckpoint = z.infer<typeof exportedCheckpointSchema>;

/** The head of every stream now (and of the first release's chain, if there is one). */
export async function currentHeads(tx: Executor): Promise<StreamHead[]> {
  const rows = await queryRows<{ stream: number; stream_sequence: string | number; hash: string }>(
    tx,
    sql`SELECT s.stream, h.stream_sequence, h.hash
          FROM generate_series(0, ${AUDIT_STREAMS - 1}::int) AS s(stream)
          CROSS JOIN LATERAL (
            SELECT stream_sequence, hash FROM audit_event
             WHERE stream = s.stream ORDER BY stream_sequence DESC LIMIT 1
          ) AS h
         ORDER BY s.stream`,
  );
  const [legacy] = await queryRows<{ sequence: string | number; hash: string }>(
    tx,
    sql`SELECT sequence, hash FROM audit_event WHERE stream IS NULL ORDER BY sequence DESC LIMIT 1`,
  );
  const heads: StreamHead[] = rows.map((r) => ({
    stream: Number(r.stream),
    sequence: Number(r.stream_sequence),
    hash: r.hash,
  }));
  if (legacy) heads.unshift({ stream: LEGACY_STREAM, sequence: Number(legacy.sequence), hash: legacy.hash });
  return heads;
}

function sameHeads(a: unknown, b: StreamHead[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function toExported(row: typeof auditCheckpoints.$inferSelect): ExportedCheckpoint {
  return {
    number: Number(row.number),
    createdAt: row.createdAt.toISOString(),
    heads: row.heads as StreamHead[],
    events: Number(row.events),
    previousMac: row.previousMac,
    keyId: row.keyId,
    mac: row.mac,
  };
}

/**
 * Seal the current heads in a new checkpoint, unless nothing was written since the last one
 * (`force` writes one anyway). Hands the new checkpoint to the witness file when one is set.
 */
export async function writeCheckpoint(
  db: Db,
  keys: AuditSealer,
  options: { witnessFile?: string | undefined; force?: boolean } = {},
): Promise<ExportedCheckpoint | null> {
  const written = await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${CHECKPOINT_LOCK})`);
    const [last] = await tx.select().from(auditCheckpoints).orderBy(desc(auditCheckpoints.number)).limit(1);
    const heads = await currentHeads(tx);
    if (heads.length === 0 || (!options.force && last && sameHeads(last.heads, heads))) return null;
    // Stream places run 1, 2, 3 … and the first release's sequence did too, so the heads count the events.
    const events = heads.reduce((sum, head) => sum + head.sequence, 0);
    const content = {
      number: last ? Number(last.number) + 1 : 1,
      createdAt: new Date(),
      heads,
      events,
      previousMac: last?.mac ?? GENESIS_HASH,
    };
    const [row] = await tx
      .insert(auditCheckpoints)
      .values({
        ...content,
        keyId: keys.audit.current.id,
        mac: sealCheckpoint(keys.audit.current.key, content),
      })
      .returning();
    return row ?? null;
  });
  if (!written) return null;
  const exported = toExported(written);
  if (options.witnessFile) appendToWitness(options.witnessFile, exported);
  return exported;
}

/** One JSON line per checkpoint, flushed to disk before the job counts as done. */
function appendToWitness(file: string, checkpoint: ExportedCheckpoint) {
  appendFileSync(file, `${JSON.stringify(checkpoint)}\n`, { mode: 0o600 });
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Checkpoints after `after`, oldest first, in the witness file's format. */
export async function listCheckpoints(db: Executor, after = 0, limit = 1000): Promise<ExportedCheckpoint[]> {
  const rows = await db
    .select()
    .from(auditCheckpoints)
    .where(gt(auditCheckpoints.number, after))
    .orderBy(asc(auditCheckpoints.number))
    .limit(limit);
  return rows.map(toExported);
}

/** Read a witness file (JSON lines); a line that is not a checkpoint is named, not skipped. */
export function readWitnessFile(file: string): ExportedCheckpoint[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const checkpoints: ExportedCheckpoint[] = [];
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new Error(`${file}:${index + 1} is not JSON`);
    }
    const result = exportedCheckpointSchema.safeParse(parsed);
    if (!result.success) throw new Error(`${file}:${index + 1} is not an audit checkpoint`);
    checkpoints.push(result.data);
  });
  return checkpoints;
}
