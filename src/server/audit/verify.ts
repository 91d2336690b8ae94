/**
 * Checking the audit trail: every stream walked in order, every seal recomputed with the audit
 * keys, every link to the event before checked, every checkpoint's seal and chain checked, and
 * the streams held against the newest checkpoint (the database's or an outside witness's).
 *
 * What each finding means:
 * - `altered`: the event's content, place or order no longer matches its seal — edited, moved,
 *   or re-sealed by someone without the key (an unkeyed recomputation fails here too);
 * - `missing`: places in a stream with no event — deleted;
 * - `unlinked`: the event does not follow the one before it — inserted, or the order changed;
 * - `truncated`: a stream ends before a checkpoint said it reached — events deleted from its end;
 * - `checkpoint`: a checkpoint altered, missing, or absent from the database but held by the witness.
 */
import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { auditCheckpoints, auditEvents } from '../db/schema.ts';
import { AUDIT_STREAMS, type AuditSealer } from './audit-log.ts';
import { type ExportedCheckpoint, toExported } from './checkpoints.ts';
import {
  type AuditKeyring,
  GENESIS_HASH,
  LEGACY_STREAM,
  legacyHash,
  type StreamHead,
  sealCheckpoint,
  sealEvent,
} from './seal.ts';

export type AuditFindingKind = 'altered' | 'missing' | 'unlinked' | 'truncated' | 'checkpoint';

export interface AuditFinding {
  kind: AuditFindingKind;
  /** The stream (a number, or "legacy" for the first release's chain); null for checkpoints. */
  stream: number | typeof LEGACY_STREAM | null;
  /** The place in the stream, or the checkpoint's number. */
  position: number | null;
  /** The event's global sequence number, when there is an event to name. */
  event: number | null;
  message: string;
}

export interface AuditReport {
  ok: boolean;
  events: number;
  checkpoints: number;
  /** The checkpoint the streams were held against (newest valid one, database or witness). */
  heldAgainst: number | null;
  findings: AuditFinding[];
}

const MAX_FINDINGS = 100;

type EventRow = typeof auditEvents.$inferSelect;

export async function verifyAudit(
  db: Executor,
  keys: AuditSealer,
  options: {
    witness?: ExportedCheckpoint[];
    onProgress?: (checked: number) => void;
    batchSize?: number;
  } = {},
): Promise<AuditReport> {
  const batchSize = options.batchSize ?? 1000;
  const findings: AuditFinding[] = [];
  const note = (finding: AuditFinding) => {
    if (findings.length < MAX_FINDINGS) findings.push(finding);
  };

  const { reference, count: checkpoints } = await checkCheckpoints(
    db,
    keys.audit,
    options.witness ?? [],
    note,
  );
  const expectedHeads = new Map<string, StreamHead>();
  for (const head of reference?.heads ?? []) expectedHeads.set(String(head.stream), head);

  let checked = 0;
  const progress = () => {
    checked++;
    if (checked % batchSize === 0) options.onProgress?.(checked);
  };

  // The first release's chain: unkeyed, by global sequence, from 1 without gaps.
  {
    let previous = GENESIS_HASH;
    let expected = 1;
    let last: EventRow | undefined;
    const head = expectedHeads.get(LEGACY_STREAM);
    for (;;) {
      const rows = await db
        .select()
        .from(auditEvents)
        .where(and(isNull(auditEvents.stream), gt(auditEvents.sequence, expected - 1)))
        .orderBy(asc(auditEvents.sequence))
        .limit(batchSize);
      if (rows.length === 0) break;
      for (const row of rows) {
        if (row.sequence !== expected) {
          note(missing(LEGACY_STREAM, expected, row.sequence - 1, last, row));
        } else if (row.previousHash !== previous) {
          note(unlinked(LEGACY_STREAM, row.sequence, row));
        }
        if (legacyHash({ ...row, occurredAt: new Date(row.occurredAt) }) !== row.hash) {
          note(altered(LEGACY_STREAM, row.sequence, row));
        }
        if (head && head.sequence === row.sequence && head.hash !== row.hash) {
          note(rewritten(LEGACY_STREAM, row, reference));
        }
        previous = row.hash;
        expected = row.sequence + 1;
        last = row;
        progress();
      }
    }
    if (head && (last?.sequence ?? 0) < head.sequence) note(truncated(LEGACY_STREAM, last, head, reference));
  }

  // The keyed streams.
  for (let stream = 0; stream < AUDIT_STREAMS; stream++) {
    let previous = GENESIS_HASH;
    let expected = 1;
    let last: EventRow | undefined;
    const head = expectedHeads.get(String(stream));
    for (;;) {
      const rows = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.stream, stream), gt(auditEvents.streamSequence, expected - 1)))
        .orderBy(asc(auditEvents.streamSequence))
        .limit(batchSize);
      if (rows.length === 0) break;
      for (const row of rows) {
        const position = Number(row.streamSequence);
        if (position !== expected) {
          note(missing(stream, expected, position - 1, last, row));
        } else if (row.previousHash !== previous) {
          note(unlinked(stream, position, row));
        }
        const key = row.keyId ? keys.audit.byId.get(row.keyId) : undefined;
        if (!key) {
          note({
            kind: 'altered',
            stream,
            position,
            event: row.sequence,
            message: `event ${row.sequence} (stream ${stream} #${position}) names an audit key this installation does not hold (${row.keyId}): forged, or sealed with a key that was not kept (LIANBAN_AUDIT_KEYS_RETIRED)`,
          });
        } else if (
          sealEvent(key, {
            ...row,
            occurredAt: new Date(row.occurredAt),
            stream,
            streamSequence: position,
          }) !== row.hash
        ) {
          note(altered(stream, position, row));
        }
        if (head && head.sequence === position && head.hash !== row.hash) {
          note(rewritten(stream, row, reference));
        }
        previous = row.hash;
        expected = position + 1;
        last = row;
        progress();
      }
    }
    if (head && (last ? Number(last.streamSequence) : 0) < head.sequence) {
      note(truncated(stream, last, head, reference));
    }
  }
  options.onProgress?.(checked);
  return {
    ok: findings.length === 0,
    events: checked,
    checkpoints,
    heldAgainst: reference?.number ?? null,
    findings,
  };
}

function describe(stream: number | typeof LEGACY_STREAM, position: number, row?: EventRow): string {
  const place = stream === LEGACY_STREAM ? 'first-release chain' : `stream ${stream} #${position}`;
  return row ? `event ${row.sequence} (${place}, ${row.action} on ${row.objectType})` : place;
}

function altered(stream: number | typeof LEGACY_STREAM, position: number, row: EventRow): AuditFinding {
  return {
    kind: 'altered',
    stream,
    position,
    event: row.sequence,
    message: `${describe(stream, position, row)} does not match its seal: its content, place or order was changed`,
  };
}

function unlinked(stream: number | typeof LEGACY_STREAM, position: number, row: EventRow): AuditFinding {
  return {
    kind: 'unlinked',
    stream,
    position,
    event: row.sequence,
    message: `${describe(stream, position, row)} does not follow the event before it: an event was inserted or the order changed`,
  };
}

function missing(
  stream: number | typeof LEGACY_STREAM,
  from: number,
  to: number,
  before: EventRow | undefined,
  after: EventRow,
): AuditFinding {
  const places = from === to ? `#${from} is` : `#${from}–#${to} are`;
  const where = stream === LEGACY_STREAM ? 'of the first-release chain' : `of stream ${stream}`;
  return {
    kind: 'missing',
    stream,
    position: from,
    event: after.sequence,
    message: `${places} missing ${where} (deleted): between event ${before?.sequence ?? 'start'} and event ${after.sequence}`,
  };
}

function truncated(
  stream: number | typeof LEGACY_STREAM,
  last: EventRow | undefined,
  head: StreamHead,
  reference: ExportedCheckpoint | null,
): AuditFinding {
  const reached = last ? (stream === LEGACY_STREAM ? last.sequence : Number(last.streamSequence)) : 0;
  const where = stream === LEGACY_STREAM ? 'the first-release chain' : `stream ${stream}`;
  return {
    kind: 'truncated',
    stream,
    position: reached + 1,
    event: null,
    message: `${where} ends at #${reached} but checkpoint ${reference?.number} (${reference?.createdAt}) saw it reach #${head.sequence}: events #${reached + 1}–#${head.sequence} were deleted`,
  };
}

function rewritten(
  stream: number | typeof LEGACY_STREAM,
  row: EventRow,
  reference: ExportedCheckpoint | null,
): AuditFinding {
  const position = stream === LEGACY_STREAM ? row.sequence : Number(row.streamSequence);
  return {
    kind: 'altered',
    stream,
    position,
    event: row.sequence,
    message: `${describe(stream, position, row)} is not the event checkpoint ${reference?.number} sealed at this place: the stream was rewritten`,
  };
}

/**
 * Walk the checkpoint chain, compare it with the witness's copies, and pick the checkpoint to
 * hold the streams against: the newest one whose seal is good, from either side.
 */
async function checkCheckpoints(
  db: Executor,
  keyring: AuditKeyring,
  witness: ExportedCheckpoint[],
  note: (finding: AuditFinding) => void,
): Promise<{ reference: ExportedCheckpoint | null; count: number }> {
  const valid = (c: ExportedCheckpoint) => {
    const key = keyring.byId.get(c.keyId);
    return (
      key !== undefined &&
      sealCheckpoint(key, { ...c, createdAt: new Date(c.createdAt) }) === c.mac &&
      c.heads.every((h) => typeof h.hash === 'string')
    );
  };
  const checkpoint = (number: number, message: string): AuditFinding => ({
    kind: 'checkpoint',
    stream: null,
    position: number,
    event: null,
    message,
  });

  let reference: ExportedCheckpoint | null = null;
  const stored = new Map<number, ExportedCheckpoint>();
  let expected = 1;
  let previousMac = GENESIS_HASH;
  let count = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditCheckpoints)
      .where(gt(auditCheckpoints.number, expected - 1))
      .orderBy(asc(auditCheckpoints.number))
      .limit(1000);
    if (rows.length === 0) break;
    for (const row of rows.map(toExported)) {
      count++;
      if (row.number !== expected) {
        note(checkpoint(expected, `checkpoints ${expected}–${row.number - 1} are missing (deleted)`));
      } else if (row.previousMac !== previousMac) {
        note(checkpoint(row.number, `checkpoint ${row.number} does not follow the checkpoint before it`));
      }
      if (!valid(row)) {
        note(
          checkpoint(
            row.number,
            `checkpoint ${row.number} does not match its seal: it was altered or forged`,
          ),
        );
      } else {
        reference = row;
        // Only the last few matter for the witness comparison; keep the map bounded.
        stored.set(row.number, row);
        if (stored.size > 10_000) stored.delete(stored.keys().next().value as number);
      }
      previousMac = row.mac;
      expected = row.number + 1;
    }
  }

  for (const held of witness) {
    if (!valid(held)) {
      note(checkpoint(held.number, `the witness's checkpoint ${held.number} does not match its seal`));
      continue;
    }
    const mine = stored.get(held.number);
    if (held.number >= expected) {
      note(
        checkpoint(
          held.number,
          `checkpoint ${held.number} (${held.createdAt}) is held by the witness but missing from the database: checkpoints were deleted`,
        ),
      );
    } else if (mine && mine.mac !== held.mac) {
      note(checkpoint(held.number, `checkpoint ${held.number} differs from the witness's copy`));
    }
    if (!reference || held.number > reference.number) reference = held;
  }
  return { reference, count };
}
