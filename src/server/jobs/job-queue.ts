/**
 * Background jobs and the outbox, on pg-boss over the same database as everything else: its
 * PGlite adapter for the embedded backend, its own pool for a PostgreSQL server. A job enqueued
 * inside a transaction (`enqueueInTransaction`) exists only if that transaction commits, so
 * nothing leaves before commit and nothing is lost after it.
 */
import { sql } from 'drizzle-orm';
import { fromDrizzle, fromPglite, PgBoss } from 'pg-boss';
import type { Database, Executor } from '../db/database.ts';

export const QUEUES = {
  /** Tells the department's system that a sub-case is waiting (exchange adapters subscribe). */
  subCaseRouted: 'sub-case-routed',
  /** Send one queued SMS through the gateway (or the development sink). */
  sendNotification: 'send-notification',
  /** Tell the family a saved draft will expire soon, and remove expired drafts. */
  draftExpiry: 'draft-expiry',
  /** Escalate sub-cases past their time limit and apologise to the family. */
  timeLimits: 'time-limits',
  /** Housekeeping: remove idle sessions and stale sign-in attempts. */
  purgeSessions: 'purge-sessions',
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

export function createJobQueue(database: Database): JobQueue {
  const boss =
    database.kind === 'pglite'
      ? new PgBoss({ db: fromPglite(database.pglite), backend: 'pglite', schema: 'pgboss' })
      : new PgBoss({ connectionString: database.connectionString, max: 4, schema: 'pgboss' });
  boss.on('error', () => {
    // pg-boss retries its own maintenance; health checks surface persistent failures.
  });
  let started = false;
  return {
    boss,
    async start() {
      await boss.start();
      for (const name of Object.values(QUEUES)) {
        // A message or a delivery that fails is tried again with growing pauses, not dropped.
        await boss.createQueue(name, { retryLimit: 8, retryDelay: 15, retryBackoff: true });
      }
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
