/**
 * The audit trail against an insider: someone with the database (its owner, able to switch the
 * append-only triggers off) but not the audit key. Each tamper — edit, edit and re-chain without
 * the key, delete, insert, reorder, truncate, truncate and delete the checkpoints — is found by
 * `verifyAudit` and by `lianban verify-audit`, which name the event. Writers in different streams
 * do not wait for each other.
 */
import { execFile } from 'node:child_process';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { AUDIT_STREAMS, appendAudit } from '../../src/server/audit/audit-log.ts';
import { listCheckpoints, writeCheckpoint } from '../../src/server/audit/checkpoints.ts';
import { canonicalJson, GENESIS_HASH, legacyHash } from '../../src/server/audit/seal.ts';
import { verifyAudit } from '../../src/server/audit/verify.ts';
import {
  type Database,
  type Db,
  migrateDatabase,
  openDatabase,
  openMemoryDatabase,
  queryRows,
} from '../../src/server/db/database.ts';
import * as schema from '../../src/server/db/schema.ts';
import { deriveDataKeys } from '../../src/server/security/national-crypto.ts';
import { createServerDatabase, TEST_DATA_KEY } from '../support/test-app.ts';

const run = promisify(execFile);
const keys = deriveDataKeys(Buffer.from(TEST_DATA_KEY, 'hex'));
const server = inject('postgresUrl');
const opened: Database[] = [];
const folders: string[] = [];

afterAll(async () => {
  for (const database of opened) await database.close().catch(() => {});
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

let template: PGlite | undefined;

/** A migrated in-memory database, cloned from one migrated once. */
async function memoryDatabase(): Promise<Database> {
  if (!template) {
    const first = await openMemoryDatabase();
    opened.push(first);
    await migrateDatabase(first);
    if (first.kind !== 'pglite') throw new Error('an in-memory database is PGlite');
    template = first.pglite;
  }
  const pglite = (await template.clone()) as PGlite;
  const db = drizzle(pglite, { schema }) as unknown as Db;
  return { kind: 'pglite', db, pglite, describe: 'in-memory PGlite', close: () => pglite.close() };
}

interface Row {
  sequence: number;
  stream: number;
  stream_sequence: number;
  hash: string;
  previous_hash: string;
  action: string;
}

/** A fresh database holding `count` events, one transaction each, and then a checkpoint. */
async function freshTrail(count = 30, options: { onDisk?: boolean; checkpoint?: boolean } = {}) {
  let database: Database;
  let dataDir: string | undefined;
  let databaseUrl: string | undefined;
  if (server) {
    databaseUrl = await createServerDatabase(server);
    database = await openDatabase({ databaseUrl, dataDir: tmpdir() });
  } else if (options.onDisk) {
    dataDir = mkdtempSync(join(tmpdir(), 'lianban-audit-'));
    folders.push(dataDir);
    database = await openDatabase({ dataDir });
  } else {
    database = await memoryDatabase();
  }
  opened.push(database);
  await migrateDatabase(database);
  for (let i = 0; i < count; i++) {
    await database.db.transaction((tx) =>
      appendAudit(tx, keys, {
        actor: { kind: 'staff', id: null, label: `clerk-${i}` },
        action: i % 2 ? 'case.accept' : 'case.view_personal_data',
        objectType: 'case',
        objectId: String(i),
        details: { i, nested: { b: 2, a: 1 } },
      }),
    );
  }
  if (options.checkpoint !== false) await writeCheckpoint(database.db, keys);
  return { database, dataDir, databaseUrl };
}

async function rows(database: Database): Promise<Row[]> {
  const all = await queryRows<Row>(
    database.db,
    sql`SELECT sequence::int AS sequence, stream, stream_sequence::int AS stream_sequence, hash, previous_hash, action
          FROM audit_event WHERE stream IS NOT NULL ORDER BY sequence`,
  );
  return all.map((r) => ({ ...r, sequence: Number(r.sequence), stream_sequence: Number(r.stream_sequence) }));
}

/** A stream with at least `n` events, and its events in order. */
async function streamWith(database: Database, n: number) {
  const byStream = new Map<number, Row[]>();
  for (const row of await rows(database))
    byStream.set(row.stream, [...(byStream.get(row.stream) ?? []), row]);
  const found = [...byStream.entries()].find(([, events]) => events.length >= n);
  if (!found) throw new Error(`no stream with ${n} events`);
  return { stream: found[0], events: found[1].sort((a, b) => a.stream_sequence - b.stream_sequence) };
}

/** What an owner can do: switch the guard off, change rows, switch it back on. */
async function asOwner(database: Database, ...statements: ReturnType<typeof sql>[]) {
  await database.db.execute(sql`ALTER TABLE audit_event DISABLE TRIGGER USER`);
  await database.db.execute(sql`ALTER TABLE audit_checkpoint DISABLE TRIGGER USER`);
  for (const statement of statements) await database.db.execute(statement);
  await database.db.execute(sql`ALTER TABLE audit_event ENABLE TRIGGER USER`);
  await database.db.execute(sql`ALTER TABLE audit_checkpoint ENABLE TRIGGER USER`);
}

async function cli(
  trail: { dataDir?: string | undefined; databaseUrl?: string | undefined; env?: Record<string, string> },
  ...args: string[]
) {
  const env = {
    ...process.env,
    ...trail.env,
    DATA_DIR: trail.dataDir ?? tmpdir(),
    LOG_LEVEL: 'silent',
    LIANBAN_DATA_KEY: TEST_DATA_KEY,
    ...(trail.databaseUrl ? { DATABASE_URL: trail.databaseUrl } : {}),
  };
  try {
    const { stdout } = await run(process.execPath, ['src/cli.ts', ...args], { env });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout + failed.stderr };
  }
}

describe('audit trail', () => {
  it('verifies a trail written in several streams, held against its checkpoint', async () => {
    const { database } = await freshTrail(40);
    const report = await verifyAudit(database.db, keys, { batchSize: 7 });
    expect(report).toMatchObject({ ok: true, events: 40, checkpoints: 1, heldAgainst: 1, findings: [] });
    const streams = new Set((await rows(database)).map((r) => r.stream));
    expect(streams.size).toBeGreaterThan(1);
    expect([...streams].every((s) => s >= 0 && s < AUDIT_STREAMS)).toBe(true);
  });

  it('keeps every event of one transaction in one stream, in order', async () => {
    const { database } = await freshTrail(0, { checkpoint: false });
    await database.db.transaction(async (tx) => {
      for (let i = 0; i < 5; i++) {
        await appendAudit(tx, keys, {
          actor: { kind: 'system', id: null, label: 'system' },
          action: `step.${i}`,
          objectType: 'case',
        });
      }
    });
    const written = await rows(database);
    expect(new Set(written.map((r) => r.stream)).size).toBe(1);
    expect(written.map((r) => r.stream_sequence)).toEqual([1, 2, 3, 4, 5]);
    expect((await verifyAudit(database.db, keys)).ok).toBe(true);
  });

  it('chains each event to the head the database holds, whoever wrote the stream last', async () => {
    const { database } = await freshTrail(0, { checkpoint: false });
    // A second instance of the app: its own idea of where each stream ends.
    const other = (await import(
      // @ts-expect-error: a second copy of the module, as another process would hold it
      '../../src/server/audit/audit-log.ts?instance=2'
    )) as typeof import('../../src/server/audit/audit-log.ts');
    const event = (i: number) => ({
      actor: { kind: 'staff' as const, id: null, label: `clerk-${i}` },
      action: 'case.accept',
      objectType: 'case',
      objectId: String(i),
    });
    for (let i = 0; i < 48; i++) {
      const append = i % 3 === 0 ? other.appendAudit : appendAudit;
      if (i % 7 === 3) {
        // Written, then rolled back: the writer's idea of the head is now ahead of the database.
        await expect(
          database.db.transaction(async (tx) => {
            await append(tx, keys, event(-i));
            throw new Error('rolled back');
          }),
        ).rejects.toThrow('rolled back');
      }
      await database.db.transaction((tx) => append(tx, keys, event(i)));
    }
    const written = await rows(database);
    expect(written).toHaveLength(48);
    for (const stream of new Set(written.map((r) => r.stream))) {
      const places = written.filter((r) => r.stream === stream).map((r) => r.stream_sequence);
      expect(places.sort((a, b) => a - b)).toEqual(places.map((_, i) => i + 1));
    }
    expect(await verifyAudit(database.db, keys)).toMatchObject({ ok: true, events: 48, findings: [] });
  });

  it('stores and verifies any text: lone surrogates, NUL, unnormalised and very long strings', async () => {
    const { database } = await freshTrail(0, { checkpoint: false });
    await database.db.transaction((tx) =>
      appendAudit(tx, keys, {
        actor: { kind: 'staff', id: '\u0000id', label: '\ud800' },
        action: 'staff.sign_in',
        objectType: 'staff_account',
        objectId: 'e\u0301',
        details: { '\u0000key': 'a\u0000b', lone: '\udfff', long: 'x'.repeat(10_000), n: Number.NaN },
      }),
    );
    const [stored] = await queryRows<{
      actor_label: string;
      object_id: string;
      details: Record<string, string>;
    }>(database.db, sql`SELECT actor_label, object_id, details FROM audit_event`);
    expect(stored?.actor_label).toBe('\uFFFD');
    expect(stored?.object_id).toBe('é');
    expect(stored?.details['\uFFFDkey']).toBe('a\uFFFDb');
    expect((await verifyAudit(database.db, keys)).ok).toBe(true);
  });

  it('names an edited event', async () => {
    const { database } = await freshTrail();
    const { events } = await streamWith(database, 3);
    const target = events[1] as Row;
    await asOwner(
      database,
      sql`UPDATE audit_event SET actor_label = 'someone else' WHERE sequence = ${target.sequence}`,
    );
    const report = await verifyAudit(database.db, keys);
    expect(report.ok).toBe(false);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ kind: 'altered', event: target.sequence });
  });

  it('names an edited event even when the following seals were recomputed without the key', async () => {
    const { database } = await freshTrail();
    const { stream, events } = await streamWith(database, 3);
    const target = events[0] as Row;
    // The attacker edits, then re-chains the rest of the stream as best they can: with plain
    // SM3 (the first release's scheme) and with a key of their own.
    for (const forge of ['sm3', 'own-key'] as const) {
      const attackerKey = randomBytes(32);
      await asOwner(
        database,
        sql`UPDATE audit_event SET outcome = 'failure' WHERE sequence = ${target.sequence}`,
      );
      const all = await queryRows<Record<string, unknown>>(
        database.db,
        sql`SELECT * FROM audit_event WHERE stream = ${stream} ORDER BY stream_sequence`,
      );
      let previous = GENESIS_HASH;
      const updates = [];
      for (const row of all) {
        const content = canonicalJson({ ...row, previous_hash: undefined, hash: undefined });
        const hash =
          forge === 'sm3'
            ? createHash('sm3').update(`${previous}\n${content}`).digest('hex')
            : createHmac('sm3', attackerKey).update(`${previous}\n${content}`).digest('hex');
        updates.push(
          sql`UPDATE audit_event SET previous_hash = ${previous}, hash = ${hash} WHERE sequence = ${row.sequence as number}`,
        );
        previous = hash;
      }
      await asOwner(database, ...updates);
      const report = await verifyAudit(database.db, keys);
      expect(report.ok).toBe(false);
      const named = report.findings.filter((f) => f.kind === 'altered').map((f) => f.event);
      expect(named).toContain(target.sequence);
    }
  });

  it('names a deleted event', async () => {
    const { database } = await freshTrail();
    const { stream, events } = await streamWith(database, 3);
    const target = events[1] as Row;
    await asOwner(database, sql`DELETE FROM audit_event WHERE sequence = ${target.sequence}`);
    const report = await verifyAudit(database.db, keys);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ kind: 'missing', stream, position: 2 });
    expect(report.findings[0]?.message).toContain(`event ${(events[2] as Row).sequence}`);
  });

  it('names an inserted event, sealed or not', async () => {
    const { database } = await freshTrail();
    const { stream, events } = await streamWith(database, 2);
    const last = events[events.length - 1] as Row;
    const forged = createHmac('sm3', randomBytes(32)).update('forged').digest('hex');
    await asOwner(
      database,
      sql`INSERT INTO audit_event (occurred_at, actor_kind, actor_label, action, object_type, outcome, details,
                                   stream, stream_sequence, key_id, previous_hash, hash)
          VALUES (now(), 'staff', 'clerk-1', 'case.reject', 'case', 'success', '{}'::jsonb,
                  ${stream}, ${last.stream_sequence + 1}, ${keys.audit.current.id}, ${last.hash}, ${forged})`,
    );
    const report = await verifyAudit(database.db, keys);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ kind: 'altered', stream, position: last.stream_sequence + 1 });
  });

  it('names events whose order was changed', async () => {
    const { database } = await freshTrail();
    const { stream, events } = await streamWith(database, 3);
    const [a, b] = [events[0] as Row, events[1] as Row];
    await asOwner(
      database,
      sql`UPDATE audit_event SET stream_sequence = -1 WHERE sequence = ${a.sequence}`,
      sql`UPDATE audit_event SET stream_sequence = ${a.stream_sequence} WHERE sequence = ${b.sequence}`,
      sql`UPDATE audit_event SET stream_sequence = ${b.stream_sequence} WHERE sequence = ${a.sequence}`,
    );
    const report = await verifyAudit(database.db, keys);
    expect(report.ok).toBe(false);
    const named = new Set(report.findings.map((f) => f.event));
    expect(named).toContain(a.sequence);
    expect(named).toContain(b.sequence);
    expect(report.findings.every((f) => f.stream === stream)).toBe(true);
  });

  it('names a stream cut short after a checkpoint', async () => {
    const { database } = await freshTrail();
    const { stream, events } = await streamWith(database, 3);
    const tail = events.slice(-2);
    await asOwner(
      database,
      sql`DELETE FROM audit_event WHERE sequence IN (${sql.join(
        tail.map((r) => sql`${r.sequence}`),
        sql`, `,
      )})`,
    );
    const report = await verifyAudit(database.db, keys);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ kind: 'truncated', stream });
    expect(report.findings[0]?.message).toContain(
      `#${(tail[0] as Row).stream_sequence}–#${(tail[1] as Row).stream_sequence}`,
    );
  });

  it('catches truncation with the checkpoints deleted too, from the witness copy', async () => {
    const { database } = await freshTrail();
    const witness = await listCheckpoints(database.db);
    const { stream, events } = await streamWith(database, 2);
    const last = events[events.length - 1] as Row;
    await asOwner(
      database,
      sql`DELETE FROM audit_event WHERE sequence = ${last.sequence}`,
      sql`DELETE FROM audit_checkpoint`,
    );
    expect((await verifyAudit(database.db, keys)).ok).toBe(true);
    const report = await verifyAudit(database.db, keys, { witness });
    expect(report.ok).toBe(false);
    expect(report.findings.map((f) => f.kind).sort()).toEqual(['checkpoint', 'truncated']);
    expect(report.findings.find((f) => f.kind === 'truncated')).toMatchObject({ stream });
  });

  it('refuses a checkpoint forged or altered without the key', async () => {
    const { database } = await freshTrail();
    await asOwner(database, sql`UPDATE audit_checkpoint SET heads = '[]'::jsonb WHERE number = 1`);
    const report = await verifyAudit(database.db, keys);
    expect(report.findings).toEqual([
      expect.objectContaining({ kind: 'checkpoint', position: 1, message: expect.stringContaining('seal') }),
    ]);
  });

  it('verifies the first release’s unkeyed chain and holds it under the first checkpoint', async () => {
    const { database } = await freshTrail(0, { checkpoint: false });
    let previous = GENESIS_HASH;
    const occurredAt = new Date('2026-06-01T08:00:00.000Z');
    for (let sequence = 1; sequence <= 4; sequence++) {
      const event = {
        sequence,
        occurredAt,
        actorKind: 'system',
        actorId: null,
        actorLabel: 'system',
        action: 'legacy.event',
        objectType: 'case',
        objectId: null,
        outcome: 'success',
        details: { sequence },
        previousHash: previous,
      };
      const hash = legacyHash(event);
      await database.db.execute(
        sql`INSERT INTO audit_event (sequence, occurred_at, actor_kind, actor_label, action, object_type, outcome, details, previous_hash, hash)
            VALUES (${sequence}, ${occurredAt.toISOString()}, 'system', 'system', 'legacy.event', 'case', 'success',
                    ${JSON.stringify({ sequence })}::jsonb, ${previous}, ${hash})`,
      );
      previous = hash;
    }
    await database.db.execute(sql`SELECT setval('audit_event_sequence', 5, false)`);
    await database.db.transaction((tx) =>
      appendAudit(tx, keys, {
        actor: { kind: 'system', id: null, label: 'system' },
        action: 'new',
        objectType: 'case',
      }),
    );
    await writeCheckpoint(database.db, keys);
    expect(await verifyAudit(database.db, keys)).toMatchObject({ ok: true, events: 5 });
    await asOwner(database, sql`DELETE FROM audit_event WHERE sequence = 4`);
    const report = await verifyAudit(database.db, keys);
    expect(report.findings).toEqual([expect.objectContaining({ kind: 'truncated', stream: 'legacy' })]);
  });

  it('cannot be changed by the application', async () => {
    const { database } = await freshTrail(3);
    const refused = (error: unknown) =>
      /append-only/.test(String((error as { cause?: Error }).cause?.message ?? (error as Error).message));
    await expect(database.db.execute(sql`UPDATE audit_event SET actor_label = 'x'`)).rejects.toSatisfy(
      refused,
    );
    await expect(database.db.execute(sql`DELETE FROM audit_event`)).rejects.toSatisfy(refused);
    await expect(database.db.execute(sql`TRUNCATE audit_event`)).rejects.toSatisfy(refused);
    await expect(database.db.execute(sql`DELETE FROM audit_checkpoint`)).rejects.toSatisfy(refused);
    await expect(database.db.execute(sql`TRUNCATE audit_checkpoint`)).rejects.toSatisfy(refused);
  });

  it('is checked by `lianban verify-audit`, which names what it finds and reads a witness file', async () => {
    const trail = await freshTrail(20, { onDisk: true });
    const { database } = trail;
    const { events } = await streamWith(database, 2);
    const target = events[0] as Row;
    const witnessFile = join(mkdtempSync(join(tmpdir(), 'lianban-witness-')), 'checkpoints.jsonl');
    folders.push(join(witnessFile, '..'));
    writeFileSync(
      witnessFile,
      (await listCheckpoints(database.db)).map((c) => `${JSON.stringify(c)}\n`).join(''),
    );
    await asOwner(
      database,
      sql`UPDATE audit_event SET details = '{"i": 99}'::jsonb WHERE sequence = ${target.sequence}`,
      sql`DELETE FROM audit_checkpoint`,
    );
    // The embedded database is one process's: the command needs it to itself.
    if (database.kind === 'pglite') await database.close();
    const plain = await cli(trail, 'verify-audit');
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain('BROKEN');
    expect(plain.stdout).toContain(`event ${target.sequence}`);
    const witnessed = await cli(trail, 'verify-audit', '--witness', witnessFile);
    expect(witnessed.code).toBe(1);
    expect(witnessed.stdout).toContain('missing from the database: checkpoints were deleted');
    // A checkpoint made now starts the chain again and goes to the witness too.
    const sealed = await cli({ ...trail, env: { AUDIT_WITNESS_FILE: witnessFile } }, 'audit-checkpoint');
    expect(sealed.code).toBe(0);
    expect(JSON.parse(sealed.stdout.trim())).toMatchObject({ number: 1 });
    expect(readFileSync(witnessFile, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it.runIf(server)('lets writers in different streams commit without waiting for each other', async () => {
    const { database } = await freshTrail(0, { checkpoint: false });
    let release = () => {};
    const holding = new Promise<void>((resolve) => {
      release = resolve;
    });
    let firstWrote = () => {};
    const wrote = new Promise<void>((resolve) => {
      firstWrote = resolve;
    });
    // The first writer appends and keeps its transaction open.
    const first = database.db.transaction(async (tx) => {
      await appendAudit(tx, keys, {
        actor: { kind: 'system', id: null, label: 'a' },
        action: 'a',
        objectType: 'x',
      });
      firstWrote();
      await holding;
    });
    await wrote;
    // Others append and commit meanwhile: no global lock holds them.
    for (let i = 0; i < 5; i++) {
      await database.db.transaction((tx) =>
        appendAudit(tx, keys, {
          actor: { kind: 'system', id: null, label: 'b' },
          action: 'b',
          objectType: 'x',
        }),
      );
    }
    release();
    await first;
    const written = await rows(database);
    expect(written).toHaveLength(6);
    expect((await verifyAudit(database.db, keys)).ok).toBe(true);
  });
});
