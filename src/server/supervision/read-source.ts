/**
 * Where supervision's figures were read: the database itself, or its reporting replica — and,
 * on a replica, how far behind the primary it was.
 */
import { sql } from 'drizzle-orm';
import type { AppContext } from '../context.ts';
import { queryRows } from '../db/database.ts';
import { onReadDatabase } from './read-database.ts';

export interface ReadSource {
  source: 'primary' | 'replica';
  lagSeconds: number | null;
}

/**
 * A replica that has replayed all the WAL it received, while still receiving, is not behind: its
 * lag is 0 however long ago the primary last wrote. Otherwise (replay paused or slower than the
 * primary, or the stream broken) the lag is the time since the last transaction it replayed was
 * committed on the primary. A replica that has replayed nothing since it started has no lag to
 * tell (null).
 */
export async function readSource(
  context: Pick<AppContext, 'database' | 'readDatabase'>,
  log?: Parameters<typeof onReadDatabase>[2],
): Promise<ReadSource> {
  if (context.readDatabase === context.database) return { source: 'primary', lagSeconds: null };
  const [row] = await onReadDatabase(
    context,
    (db) =>
      queryRows<{ recovering: boolean; lag: string | number | null }>(
        db,
        sql`SELECT pg_is_in_recovery() AS recovering,
                   CASE
                     WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()
                          AND EXISTS (SELECT 1 FROM pg_stat_wal_receiver) THEN 0
                     ELSE extract(epoch FROM now() - pg_last_xact_replay_timestamp())
                   END AS lag`,
      ),
    log,
  );
  if (!row?.recovering) return { source: 'primary', lagSeconds: null };
  return { source: 'replica', lagSeconds: row.lag === null ? null : Math.max(Number(row.lag), 0) };
}
