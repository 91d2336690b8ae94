/**
 * Checking supervision's figures against the case tables, and rebuilding them. The figures are
 * derived data: a count edited by hand, or lost, shows up here as a difference, and a rebuild
 * recounts them from the case tables (under a lock that holds writers back for its duration).
 */
import { sql } from 'drizzle-orm';
import { type Db, type Executor, queryRows } from '../db/database.ts';

export interface FigureDifference {
  metric: string;
  regionCode: string;
  period: string;
  keys: string[];
  kept: number;
  recounted: number;
}

/** Every figure whose kept value (counts plus unfolded deltas) differs from a recount; at most `limit`. */
export async function verifySupervision(db: Executor, limit = 100): Promise<FigureDifference[]> {
  const rows = await queryRows<{
    metric: string;
    region_code: string;
    period: string;
    k1: string;
    k2: string;
    k3: string;
    k4: string;
    kept: string | number;
    recounted: string | number;
  }>(
    db,
    sql`
    WITH kept AS (
      SELECT metric, region_code, period, k1, k2, k3, k4, sum(n) AS n FROM (
        SELECT metric, region_code, period, k1, k2, k3, k4, n FROM supervision_count
        UNION ALL
        SELECT metric, region_code, period, k1, k2, k3, k4, n FROM supervision_delta
      ) AS x GROUP BY 1, 2, 3, 4, 5, 6, 7
    ), recounted AS (SELECT * FROM supervision_recount())
    SELECT metric, region_code, period, k1, k2, k3, k4,
           COALESCE(kept.n, 0) AS kept, COALESCE(recounted.n, 0) AS recounted
    FROM kept FULL JOIN recounted USING (metric, region_code, period, k1, k2, k3, k4)
    WHERE COALESCE(kept.n, 0) <> COALESCE(recounted.n, 0)
    ORDER BY 1, 2, 3, 4, 5, 6, 7
    LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    metric: r.metric,
    regionCode: r.region_code,
    period: r.period,
    keys: [r.k1, r.k2, r.k3, r.k4],
    kept: Number(r.kept),
    recounted: Number(r.recounted),
  }));
}

/**
 * Recounts every figure from the case tables in one transaction. Writers that change the case
 * tables wait for it (they append deltas, and the delta table is locked), so nothing is counted
 * twice or missed.
 */
export async function rebuildSupervision(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`LOCK TABLE supervision_delta IN EXCLUSIVE MODE`);
    await tx.execute(sql`LOCK TABLE supervision_count IN EXCLUSIVE MODE`);
    await tx.execute(sql`DELETE FROM supervision_delta`);
    await tx.execute(sql`DELETE FROM supervision_count`);
    const [row] = await queryRows<{ n: string | number }>(
      tx,
      sql`WITH inserted AS (
            INSERT INTO supervision_count (metric, region_code, period, k1, k2, k3, k4, n)
            SELECT * FROM supervision_recount() RETURNING 1
          ) SELECT count(*) AS n FROM inserted`,
    );
    return Number(row?.n ?? 0);
  });
}
