/**
 * Background jobs and the outbox, on pg-boss over the same database as everything else: its
 * PGlite adapter for the embedded backend, its own pool for a PostgreSQL server. A job enqueued
 * inside a transaction (`enqueueInTransaction`) exists only if that transaction commits, so
 * nothing leaves before commit and nothing is lost after it.
 */
import { createRequire } from 'node:module';
import { sql } from 'drizzle-orm';
import { type ConstructorOptions, fromDrizzle, fromPglite, PgBoss } from 'pg-boss';
import { type Database, type Executor, queryRows } from '../db/database.ts';
import { withUsualParsing } from '../db/embedded-client.ts';

export const QUEUES = {
  /** Tell the family a saved draft will expire soon, and remove expired drafts. */
  draftExpiry: 'draft-expiry',
  /** Escalate sub-cases past their time limit and apologise to the family. */
  timeLimits: 'time-limits',
  /** Housekeeping: remove idle sessions and stale sign-in attempts. */
  purgeSessions: 'purge-sessions',
  /** Seal the audit trail's stream heads in a keyed checkpoint (and hand it to the witness). */
  auditCheckpoint: 'audit-checkpoint',
  /** A death has been verified: find the registered next of kin and send them the one offer. */
  proactiveOffer: 'proactive-offer',
  /** One gentle reminder for offers nobody answered. */
  proactiveReminder: 'proactive-reminder',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface JobQueue {
  boss: PgBoss;
  start(): Promise<void>;
  stop(): Promise<void>;
  healthy(): Promise<boolean>;
  enqueueInTransaction(
    tx: Executor,
    queue: QueueName,
    data: object,
    options?: { singletonKey?: string },
  ): Promise<void>;
}

/** The schema pg-boss keeps its tables in. */
export const JOB_SCHEMA = 'pgboss';

/** A message or a delivery that fails is tried again with growing pauses, not dropped. */
const QUEUE_OPTIONS = { retryLimit: 8, retryDelay: 15, retryBackoff: true } as const;

/** The pg-boss schema version this release's pg-boss works with (its own record of it). */
const EXPECTED_SCHEMA_VERSION = (
  createRequire(import.meta.url)('pg-boss/package.json') as { pgboss: { schema: number } }
).pgboss.schema;

function newBoss(database: Database, options: ConstructorOptions): PgBoss {
  const boss =
    database.kind === 'pglite'
      ? new PgBoss({
          db: fromPglite(withUsualParsing(database.pglite) as never),
          backend: 'pglite',
          schema: JOB_SCHEMA,
          ...options,
        })
      : new PgBoss({ connectionString: database.connectionString, max: 4, schema: JOB_SCHEMA, ...options });
  boss.on('error', () => {
    // pg-boss retries its own maintenance; health checks surface persistent failures.
  });
  return boss;
}

/**
 * Creates the queues of QUEUES that do not exist yet. A queue that exists is left as it is (its
 * options are not rewritten at every start). None of QUEUES is partitioned, so creating one only
 * inserts its row: no DDL, which the application's role could not run.
 */
async function createMissingQueues(boss: PgBoss): Promise<QueueName[]> {
  const existing = new Set((await boss.getQueues()).map((queue) => queue.name));
  const missing = Object.values(QUEUES).filter((name) => !existing.has(name));
  for (const name of missing) await boss.createQueue(name, QUEUE_OPTIONS);
  return missing;
}

/**
 * `migrate: true` (the default) lets pg-boss install or migrate its schema at start and run the
 * index builds its migrations leave for later — DDL, for a role that owns the schema. With
 * `migrate: false` pg-boss only checks that its schema is at the version it expects and refuses
 * to start otherwise (see `jobQueueStatus` and `installJobQueue`).
 */
export function createJobQueue(database: Database, options: { migrate?: boolean } = {}): JobQueue {
  const boss = newBoss(database, { migrate: options.migrate ?? true });
  let started = false;
  return {
    boss,
    async start() {
      await boss.start();
      await createMissingQueues(boss);
      started = true;
    },
    async stop() {
      if (!started) return;
      started = false;
      await boss.stop({ graceful: true, timeout: 5000 });
    },
    async healthy() {
      if (!started) return false;
      try {
        await boss.getQueueStats(QUEUES.purgeSessions);
        return true;
      } catch {
        return false;
      }
    },
    async enqueueInTransaction(tx, queue, data, options) {
      await boss.send(queue, data, {
        db: fromDrizzle(tx as never, sql as never),
        ...(options?.singletonKey ? { singletonKey: options.singletonKey } : {}),
      });
    },
  };
}

/**
 * Installs or migrates pg-boss's schema and creates every queue of QUEUES with its options, then
 * stops: the part of `lianban migrate` that is the job queue's. With `waitForIndexBuilds`, it also
 * waits for the index builds a schema migration queued (pg-boss runs them in the background only
 * on instances that may migrate, and the application's role may not).
 */
export async function installJobQueue(
  database: Database,
  options: { waitForIndexBuilds?: boolean; onProgress?: (message: string) => void } = {},
): Promise<void> {
  const progress = options.onProgress ?? (() => {});
  const boss = newBoss(database, {
    migrate: true,
    supervise: false,
    schedule: false,
    registerInstance: false,
    max: 2,
  });
  await boss.start();
  try {
    const created = await createMissingQueues(boss);
    if (created.length > 0) progress(`job queues created: ${created.join(', ')}`);
    if (options.waitForIndexBuilds) await waitForIndexBuilds(boss, progress);
  } finally {
    await boss.stop({ graceful: false });
  }
}

async function waitForIndexBuilds(boss: PgBoss, progress: (message: string) => void) {
  let lastReport = 0;
  for (;;) {
    const status = await boss.getBamStatus();
    const count = (wanted: string[]) =>
      status.filter((row) => wanted.includes(row.status)).reduce((sum, row) => sum + Number(row.count), 0);
    const waiting = count(['pending', 'in_progress']);
    if (waiting === 0) {
      const failed = count(['failed']);
      if (failed > 0)
        progress(`warning: ${failed} job queue index builds failed; see ${JOB_SCHEMA}.bam for the errors`);
      return;
    }
    if (Date.now() - lastReport > 10_000) {
      progress(`waiting for ${waiting} job queue index builds…`);
      lastReport = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

export interface JobQueueStatus {
  /** Whether pg-boss's schema is there at all. */
  installed: boolean;
  /** False when it is there but this role may not read it (the grants are missing). */
  readable: boolean;
  /** The installed schema version (null when not installed or not readable). */
  version: number | null;
  expectedVersion: number;
  /** Queues of QUEUES not created yet (empty when not installed or not readable). */
  missingQueues: QueueName[];
}

/** The state of pg-boss's schema and of the queues, read without changing anything. */
export async function jobQueueStatus(database: Database): Promise<JobQueueStatus> {
  const status: JobQueueStatus = {
    installed: false,
    readable: false,
    version: null,
    expectedVersion: EXPECTED_SCHEMA_VERSION,
    missingQueues: [],
  };
  // The catalog first: a role without access to the schema learns that, not a permission error.
  const tables = await queryRows<{ name: string; readable: boolean }>(
    database.db,
    sql`SELECT c.relname AS name,
               has_schema_privilege(n.oid, 'USAGE') AND has_table_privilege(c.oid, 'SELECT') AS readable
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = ${JOB_SCHEMA} AND c.relname IN ('version', 'queue')`,
  );
  if (!tables.some((table) => table.name === 'version')) return status;
  status.installed = true;
  if (tables.length < 2 || !tables.every((table) => table.readable)) return status;
  status.readable = true;
  const [row] = await queryRows<{ version: string | number }>(
    database.db,
    sql`SELECT version FROM ${sql.identifier(JOB_SCHEMA)}.version`,
  );
  status.version = row ? Number(row.version) : null;
  const queues = await queryRows<{ name: string }>(
    database.db,
    sql`SELECT name FROM ${sql.identifier(JOB_SCHEMA)}.queue`,
  );
  const existing = new Set(queues.map((queue) => queue.name));
  status.missingQueues = Object.values(QUEUES).filter((name) => !existing.has(name));
  return status;
}
