/**
 * Region names and levels, read once per database and kept. GB/T 2260 codes name a region for
 * good and the regions table is reference data written by the seed, so the hot paths (a
 * submission's county check, every case view's region name) need not ask the database each time.
 * A code not yet kept is read on first use, so regions seeded after start are found too.
 */
import { inArray } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { regions } from '../db/schema.ts';

export interface RegionName {
  code: string;
  nameZh: string;
  nameEn: string;
  level: string;
}

const kept = new WeakMap<object, Map<string, RegionName>>();

/** The regions among `codes` that exist, by code. `db` keys the cache: one per database handle. */
export async function regionsByCode(
  db: Executor,
  codes: readonly string[],
): Promise<Map<string, RegionName>> {
  let known = kept.get(db);
  if (!known) {
    known = new Map();
    kept.set(db, known);
  }
  const wanted = [...new Set(codes)];
  const missing = wanted.filter((code) => !known.has(code));
  if (missing.length > 0) {
    const rows = await db
      .select({ code: regions.code, nameZh: regions.nameZh, nameEn: regions.nameEn, level: regions.level })
      .from(regions)
      .where(inArray(regions.code, missing));
    for (const row of rows) known.set(row.code, row);
  }
  const found = new Map<string, RegionName>();
  for (const code of wanted) {
    const region = known.get(code);
    if (region) found.set(code, region);
  }
  return found;
}
