/**
 * Folding supervision's deltas into its counts. The case tables' triggers append deltas in the
 * writer's own transaction; every instance runs this loop, and the database lets one fold at a
 * time (the others find the lock taken and skip). Readers sum counts and unfolded deltas, so a
 * late fold makes a read slower, never wrong.
 */
import { sql } from 'drizzle-orm';
import { type Executor, queryRows } from '../db/database.ts';

const BATCH = 20_000;

/** Folds up to `batch` deltas, oldest first; returns how many were folded (0 if another instance holds the fold). */
export async function foldSupervision(db: Executor, batch = BATCH): Promise<number> {
  const [row] = await queryRows<{ folded: number }>(db, sql`SELECT supervision_fold(${batch}) AS folded`);
  return Number(row?.folded ?? 0);
}

/** Folds everything there is (tests, the synthetic seed, a rebuild). */
export async function foldAll(db: Executor): Promise<number> {
  let total = 0;
  for (;;) {
    const folded = await foldSupervision(db);
    total += folded;
    if (folded < BATCH) return total;
  }
}

export interface Folder {
  stop(): Promise<void>;
}

export function startSupervisionFolder(
  db: Executor,
  options: { intervalMs: number; onError: (error: unknown) => void },
): Folder {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        // A backlog (after a bulk load) is worked down batch by batch, each its own transaction.
        while (!stopped && (await foldSupervision(db)) >= BATCH) {}
      } catch (error) {
        if (!stopped) options.onError(error);
      }
    });
  }, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
