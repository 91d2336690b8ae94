/**
 * `lianban seed --synthetic N`: N cases of realistic history (see `synthetic-history.ts`) written
 * in bulk, for load tests and for trying supervision at volume. Refused in production.
 *
 * - Rows go in with COPY, one transaction per batch of cases with their sub-cases, supplement
 *   requests, ratings and follow-ups: on a PostgreSQL server through `pg-copy-streams` on pooled
 *   connections, on PGlite from a blob. A worker thread makes the next batch meanwhile
 *   (`synthetic-worker.ts`, `synthetic-rows.ts`).
 * - Supervision's triggers are statement triggers, so a batch adds one grouped set of deltas; on
 *   a server they are folded as batches commit, on a connection of its own, and what is left at
 *   the end (`foldAll`).
 * - Personal data is sealed as a submission seals it: the deceased's ID number SM4-encrypted
 *   (`encryptField`) with its blind index, the phone and every sensitive sub-case field encrypted
 *   (one ciphertext per value and case, shared by the case's sub-cases).
 * - Case codes come from the same per-county, per-day counter as real submissions: a batch
 *   reserves a block of sequence numbers for each county and day it files cases on, so a real
 *   submission — later, or the same day in the same county — never gets a code a synthetic case
 *   has, and the other way round.
 * - Idempotent: case i has submitter `synthetic` and idempotency key i; cases already there are
 *   skipped, so a second run adds nothing and a larger N adds only the missing ones.
 */
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import { from as copyFrom } from 'pg-copy-streams';
import { formatCaseCode } from '../../domain/case-code.ts';
import { endOfServiceDay, type IsoDate, serviceDate } from '../../domain/clock.ts';
import type { WorkingDayCalendar } from '../../domain/working-days.ts';
import type { CatalogStore } from '../catalog/catalog-store.ts';
import * as clock from '../clock.ts';
import { type Database, queryRows } from '../db/database.ts';
import type { DataKeys } from '../security/national-crypto.ts';
import { foldAll, foldSupervision } from '../supervision/fold.ts';
import { MAX_SYNTHETIC_CASES, type SyntheticCounty, SyntheticHistory } from './synthetic-history.ts';
import {
  append,
  type Batch,
  COPY_TABLES,
  emptyBatch,
  SYNTHETIC_SUBMITTER,
  serialise,
  TABLES,
  type TableName,
} from './synthetic-rows.ts';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './synthetic-worker.ts';

export { SYNTHETIC_SUBMITTER };

export const SYNTHETIC_REFUSED_IN_PRODUCTION =
  'synthetic history is refused when NODE_ENV=production: it would mix made-up cases with real ones';

export interface SyntheticProgress {
  /** Case numbers looked at so far (added or already there), of `total`. */
  done: number;
  total: number;
  added: number;
  subCases: number;
}

export interface SyntheticOptions {
  /** How many cases (deaths) there should be: case numbers 1…cases. */
  cases: number;
  catalog: CatalogStore;
  calendar: WorkingDayCalendar;
  /** The present, as a date in China (default: the service clock's today). */
  today?: IsoDate;
  /** How far back deaths go, in years (default 3). */
  years?: number;
  /**
   * Cases per transaction (default a tenth of the cases, from 1 000 to 10 000; 10 000 cases are
   * about 50 MB of COPY text, and a few batches are in hand at once). A batch adds at most one delta per figure it touches, so larger batches add fewer
   * per case — for supervision's triggers and its fold, most of the database's work after the
   * rows themselves.
   */
  batchSize?: number;
  /**
   * Make the batches in a worker thread while this one writes (default); false makes them here,
   * between writes.
   */
  workerThread?: boolean;
  onProgress?: (progress: SyntheticProgress) => void;
}

export interface SyntheticSummary {
  cases: number;
  subCases: number;
  ratings: number;
  followUps: number;
  /** Case numbers that were there already. */
  alreadyPresent: number;
  elapsedMs: number;
  databaseBytes: number;
}

// ── Writing ──────────────────────────────────────────────────────────────────────────────────

const EXISTING_SQL = `SELECT idempotency_key FROM "case" WHERE submitter_key = $1 AND idempotency_key = ANY($2::text[])`;

/**
 * Reserves `n` sequence numbers per county and day from the counter real submissions use, and
 * returns the last number of each block. It commits on its own, before the batch's transaction,
 * so that writers (and real submissions) wait on a counter row only for this one statement; a
 * batch that fails leaves a gap in the sequence, never a code used twice.
 */
const RESERVE_SQL = `INSERT INTO case_code_sequence AS s (region_code, day, last_sequence)
  SELECT r, d, n FROM unnest($1::text[], $2::text[], $3::int[]) AS x (r, d, n) ORDER BY r, d
  ON CONFLICT (region_code, day) DO UPDATE SET last_sequence = s.last_sequence + excluded.last_sequence
  RETURNING region_code, day, last_sequence`;

/** A text array literal of digits-only strings (county codes, days, case numbers, counts). */
const arrayLiteral = (items: readonly (string | number)[]) => `{${items.join(',')}}`;

/** One connection: plain statements, COPY, and a transaction around a batch. */
interface Connection {
  query<T>(text: string, params: unknown[]): Promise<T[]>;
  transaction(
    work: (copy: (table: TableName, chunks: Uint8Array[]) => Promise<void>) => Promise<void>,
  ): Promise<void>;
  release(): void;
}

const copyStatement = (name: TableName, source: string) =>
  `COPY ${TABLES[name].table} (${TABLES[name].columns.join(', ')}) FROM ${source}`;

async function connect(database: Database): Promise<Connection> {
  if (database.kind === 'pglite') {
    const pglite = database.pglite;
    return {
      query: async <T>(text: string, params: unknown[]) => (await pglite.query<T>(text, params)).rows,
      transaction: (work) =>
        pglite.transaction((tx) =>
          work(async (table, chunks) => {
            await tx.query(copyStatement(table, "'/dev/blob'"), [], {
              blob: new Blob(chunks as Uint8Array<ArrayBuffer>[]),
            });
          }),
        ),
      release: () => {},
    };
  }
  const client = await database.pool.connect();
  return {
    query: async <T>(text: string, params: unknown[]) => (await client.query(text, params)).rows as T[],
    async transaction(work) {
      await client.query('BEGIN');
      try {
        // A batch lost in a crash is written again by the next run: no need to wait for the disk.
        await client.query('SET LOCAL synchronous_commit = off');
        await work(async (table, chunks) => {
          await pipeline(
            Readable.from(chunks.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength))),
            client.query(copyFrom(copyStatement(table, 'STDIN'))),
          );
        });
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
    },
    release: () => client.release(),
  };
}

async function existingCases(connection: Connection, indices: readonly number[]): Promise<Set<number>> {
  const rows = await connection.query<{ idempotency_key: string }>(EXISTING_SQL, [
    SYNTHETIC_SUBMITTER,
    arrayLiteral(indices),
  ]);
  return new Set(rows.map((r) => Number(r.idempotency_key)));
}

async function writeBatch(connection: Connection, batch: Batch): Promise<void> {
  const groups = new Map<string, { n: number; next: number }>();
  for (const key of batch.codeKeys) {
    const group = groups.get(key);
    if (group) group.n++;
    else groups.set(key, { n: 1, next: 0 });
  }
  const keys = [...groups.keys()];
  const reserved = await connection.query<{ region_code: string; day: string; last_sequence: number }>(
    RESERVE_SQL,
    [
      arrayLiteral(keys.map((k) => k.slice(0, 6))),
      arrayLiteral(keys.map((k) => k.slice(6))),
      arrayLiteral(keys.map((k) => (groups.get(k) as { n: number }).n)),
    ],
  );
  for (const row of reserved) {
    const group = groups.get(row.region_code + row.day);
    if (group) group.next = Number(row.last_sequence) - group.n + 1;
  }
  // Each case's code over the placeholder that begins its line (a raw newline ends a line: one
  // inside a value is escaped, and UTF-8 never has the byte within another character).
  let index = 0;
  for (const chunk of batch.cases) {
    const text = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    for (let at = 0; at < text.length; at = text.indexOf(10, at) + 1) {
      const key = batch.codeKeys[index++] as string;
      const group = groups.get(key);
      if (!group || group.next < 1) throw new Error(`no case codes reserved for ${key}`);
      text.write(formatCaseCode(key.slice(0, 6), key.slice(6), group.next++), at, 'latin1');
      if (text.indexOf(10, at) < 0) break;
    }
  }
  if (index !== batch.codeKeys.length) throw new Error('a batch has more codes than case lines');
  await connection.transaction(async (copy) => {
    await copy('case', batch.cases);
    for (const table of COPY_TABLES) if (batch[table].length > 0) await copy(table, batch[table]);
  });
}

/** A bounded queue between the batch maker and the writers. */
class BatchQueue {
  private readonly items: Batch[] = [];
  private readonly waiting: ((batch: Batch | null) => void)[] = [];
  private spaceWaiter: (() => void) | null = null;
  private closed = false;
  private readonly capacity: number;
  constructor(capacity: number) {
    this.capacity = capacity;
  }

  async push(batch: Batch): Promise<void> {
    const taker = this.waiting.shift();
    if (taker) return taker(batch);
    while (this.items.length >= this.capacity) await new Promise<void>((go) => (this.spaceWaiter = go));
    this.items.push(batch);
  }

  take(): Promise<Batch | null> {
    const batch = this.items.shift();
    this.spaceWaiter?.();
    this.spaceWaiter = null;
    if (batch) return Promise.resolve(batch);
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  close(): void {
    this.closed = true;
    for (const taker of this.waiting.splice(0)) taker(null);
  }
}

/** The fold's own batch (`foldSupervision`'s default): a full one means there is more. */
const FOLD_BATCH = 20_000;
/** Cases made at a time in this thread, between which the writers' sockets get a turn. */
const SLICE = 250;

/** Makes the batch of the given case numbers. */
interface BatchMaker {
  make(indices: number[]): Promise<Batch>;
  close(): Promise<void>;
}

function makerInThread(history: SyntheticHistory, keys: DataKeys, catalogVersion: string): BatchMaker {
  return {
    async make(indices) {
      const batch = emptyBatch();
      for (let k = 0; k < indices.length; k += SLICE) {
        append(
          batch,
          serialise(
            indices.slice(k, k + SLICE).map((i) => history.plan(i)),
            keys,
            catalogVersion,
          ),
        );
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      return batch;
    },
    close: async () => {},
  };
}

function makerInWorker(history: SyntheticHistory, keys: DataKeys, catalogVersion: string): BatchMaker {
  const setup: WorkerSetup = {
    snapshot: history.snapshot,
    keys: { encryption: keys.encryption, mac: keys.mac, audit: keys.audit.current.key },
    catalogVersion,
  };
  const worker = new Worker(new URL('./synthetic-worker.ts', import.meta.url), { workerData: setup });
  const waiting = new Map<number, { resolve: (batch: Batch) => void; reject: (error: Error) => void }>();
  let next = 0;
  let broken: Error | null = null;
  const failAll = (error: Error) => {
    broken ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on('message', (reply: WorkerReply) => {
    const waiter = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ('error' in reply) waiter?.reject(new Error(`synthetic history: ${reply.error}`));
    else waiter?.resolve(reply.batch);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the synthetic history worker stopped (exit code ${code})`)));
  return {
    make(indices) {
      if (broken) return Promise.reject(broken);
      const id = next++;
      return new Promise<Batch>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, indices } satisfies WorkerRequest);
      });
    },
    async close() {
      worker.removeAllListeners('exit');
      await worker.terminate();
    },
  };
}

async function loadCounties(database: Database): Promise<SyntheticCounty[]> {
  const rows = await queryRows<{
    code: string;
    name_zh: string;
    pilot: boolean;
    prefecture_zh: string | null;
  }>(
    database.db,
    sql`SELECT c.code, c.name_zh, c.pilot, p.name_zh AS prefecture_zh
        FROM region c LEFT JOIN region p ON p.code = c.parent_code
        WHERE c.level = 'county' ORDER BY c.code`,
  );
  return rows.map((r) => ({
    code: r.code,
    nameZh: r.name_zh,
    prefectureZh: r.prefecture_zh ?? '',
    pilot: r.pilot === true,
  }));
}

/** The present: now, or the last moment of the given day. */
function presentOf(today: IsoDate | undefined): Date {
  const now = clock.now();
  if (today === undefined || today === serviceDate(now)) return now;
  return new Date(endOfServiceDay(today).getTime() - 60_000);
}

export async function seedSynthetic(
  database: Database,
  keys: DataKeys,
  options: SyntheticOptions,
): Promise<SyntheticSummary> {
  if (process.env.NODE_ENV === 'production') throw new Error(SYNTHETIC_REFUSED_IN_PRODUCTION);
  const total = options.cases;
  if (!Number.isInteger(total) || total < 0 || total > MAX_SYNTHETIC_CASES)
    throw new RangeError(`the number of cases must be a whole number from 0 to ${MAX_SYNTHETIC_CASES}`);
  const started = performance.now();
  // Ten batches or more for a small load (so that making and writing overlap), 10 000 at most.
  const batchSize = Math.max(
    1,
    Math.floor(options.batchSize ?? Math.min(10_000, Math.max(1_000, Math.ceil(total / 10)))),
  );
  const catalogVersion = await options.catalog.currentVersion();
  const history = SyntheticHistory.create({
    catalog: await options.catalog.get(catalogVersion),
    calendar: options.calendar,
    counties: await loadCounties(database),
    now: presentOf(options.today),
    ...(options.years === undefined ? {} : { years: options.years }),
  });
  const summary: SyntheticSummary = {
    cases: 0,
    subCases: 0,
    ratings: 0,
    followUps: 0,
    alreadyPresent: 0,
    elapsedMs: 0,
    databaseBytes: 0,
  };
  // Three things at once: a worker thread makes the next batches; the writers copy batches in
  // (on a server two connections, so one copies while the other commits; PGlite has one); and,
  // on a server, the deltas of committed batches are folded meanwhile.
  const server = database.kind === 'postgres';
  const poolSize = server ? (database.pool.options.max ?? 10) : 1;
  const writerCount = server ? Math.max(1, Math.min(2, poolSize - 1)) : 1;
  // The checker (cases already there) and the writers hold a connection each; the fold takes
  // one more from the pool when there is one to spare, else it waits for the end.
  const foldAlong = server && poolSize >= writerCount + 2;
  const connections: Connection[] = [];
  try {
    for (let k = 0; k < (server ? 1 + writerCount : 1); k++) connections.push(await connect(database));
  } catch (error) {
    for (const connection of connections) connection.release();
    throw error;
  }
  const checker = connections[0] as Connection;
  const writers = server ? connections.slice(1) : [checker];
  const maker =
    options.workerThread === false
      ? makerInThread(history, keys, catalogVersion)
      : makerInWorker(history, keys, catalogVersion);
  const queue = new BatchQueue(1);
  let done = 0;
  let failure: unknown = null;
  const progress = () =>
    options.onProgress?.({ done, total, added: summary.cases, subCases: summary.subCases });

  let writingDone = false;
  let foldsWanted = 0;
  const folder: { wake: (() => void) | null } = { wake: null };
  const wantFold = () => {
    foldsWanted++;
    folder.wake?.();
  };
  const folding = foldAlong
    ? (async () => {
        while (!failure) {
          if (foldsWanted === 0) {
            if (writingDone) return;
            await new Promise<void>((resolve) => {
              folder.wake = resolve;
            });
            folder.wake = null;
            continue;
          }
          foldsWanted = 0;
          try {
            while (!failure && (await foldSupervision(database.db)) >= FOLD_BATCH) {}
          } catch (error) {
            failure ??= error;
          }
        }
      })()
    : Promise.resolve();

  const writing = writers.map(async (connection) => {
    for (let batch = await queue.take(); batch; batch = await queue.take()) {
      if (failure) continue;
      try {
        await writeBatch(connection, batch);
      } catch (error) {
        failure ??= error;
        continue;
      }
      summary.cases += batch.counts.cases;
      summary.subCases += batch.counts.subCases;
      summary.ratings += batch.counts.ratings;
      summary.followUps += batch.counts.followUps;
      done += batch.looked;
      progress();
      wantFold();
    }
  });

  // Batches being made, oldest first: one ahead keeps the worker busy while the writers write
  // (it is faster than the database), without holding more batches in memory than needed.
  const making: Promise<Batch | null>[] = [];
  const deliver = async (batch: Batch | null) => {
    if (!batch || failure) return;
    if (batch.cases.length > 0) await queue.push(batch);
    else {
      done += batch.looked;
      progress();
    }
  };
  try {
    for (let first = 1; first <= total && !failure; first += batchSize) {
      const indices: number[] = [];
      for (let i = first; i <= Math.min(total, first + batchSize - 1); i++) indices.push(i);
      const present = await existingCases(checker, indices);
      const missing = indices.filter((i) => !present.has(i));
      summary.alreadyPresent += indices.length - missing.length;
      const looked = indices.length;
      making.push(
        (missing.length > 0 ? maker.make(missing) : Promise.resolve(emptyBatch())).then(
          (batch) => Object.assign(batch, { looked }),
          (error: unknown) => {
            failure ??= error;
            return null;
          },
        ),
      );
      while (making.length > 1) await deliver(await (making.shift() as Promise<Batch | null>));
    }
    while (making.length > 0) await deliver(await (making.shift() as Promise<Batch | null>));
  } finally {
    queue.close();
    await Promise.allSettled(making);
    await Promise.all(writing);
    writingDone = true;
    folder.wake?.();
    await folding;
    await maker.close();
    for (const connection of connections) connection.release();
  }
  if (failure) throw failure;
  await foldAll(database.db);
  const [size] = await queryRows<{ bytes: string | number }>(
    database.db,
    sql`SELECT pg_database_size(current_database()) AS bytes`,
  );
  summary.databaseBytes = Number(size?.bytes ?? 0);
  summary.elapsedMs = Math.round(performance.now() - started);
  return summary;
}
