/**
 * Loads reference data (departments) on every start and, on request, the demo data. Safe to run
 * repeatedly: existing rows are left as they are.
 */
import { sql } from 'drizzle-orm';
import type { CatalogContent } from '../../domain/catalog.ts';
import { DEPARTMENTS } from '../../domain/departments.ts';
import { type Db, queryRows } from '../db/database.ts';
import { departments, institutions, regions, staffAccounts } from '../db/schema.ts';
import { hashPassword } from '../identity/staff-sign-in.ts';
import { DEMO_INSTITUTIONS, DEMO_STAFF, DEMO_STAFF_PASSWORD } from './demo-data.ts';

export async function seedReferenceData(db: Db): Promise<void> {
  await db
    .insert(departments)
    .values(DEPARTMENTS.map((d) => ({ code: d.code, nameZh: d.nameZh, nameEn: d.nameEn })))
    .onConflictDoNothing();
}

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ n: number | string }>(db, sql`SELECT count(*) AS n FROM staff_account`);
  return Number(row?.n ?? 0) === 0;
}

/** The regions where the service runs, from the catalog's region profiles; kept in step at every start. */
export async function syncRegions(db: Db, catalog: CatalogContent): Promise<number> {
  const rows = catalog.profiles.flatMap((profile) =>
    profile.regions.map((r) => ({
      code: r.code,
      nameZh: r.name,
      nameEn: r.nameEn,
      level: r.level,
      parentCode: r.parent ?? null,
      funeralMode: r.funeralMode ?? null,
      pilot: r.pilot ?? false,
    })),
  );
  for (const row of rows) {
    await db
      .insert(regions)
      .values(row)
      .onConflictDoUpdate({
        target: regions.code,
        set: {
          nameZh: row.nameZh,
          nameEn: row.nameEn,
          level: row.level,
          parentCode: row.parentCode,
          funeralMode: row.funeralMode,
          pilot: row.pilot,
        },
      });
  }
  return rows.length;
}

/** Demo staff accounts (the regions come from the catalog). */
export async function seedDemo(db: Db, onProgress: (message: string) => void = () => {}): Promise<void> {
  await seedReferenceData(db);
  const passwordHash = await hashPassword(DEMO_STAFF_PASSWORD);
  await db
    .insert(institutions)
    .values(
      DEMO_INSTITUTIONS.map((i) => ({
        code: i.code,
        nameZh: i.nameZh,
        nameEn: i.nameEn,
        kind: i.kind,
        regionCode: i.regionCode,
        isDemo: true,
      })),
    )
    .onConflictDoNothing();
  let done = 0;
  for (const staff of DEMO_STAFF) {
    await db
      .insert(staffAccounts)
      .values({ ...staff, passwordHash, isDemo: true })
      .onConflictDoNothing();
    done++;
    if (done % 20 === 0 || done === DEMO_STAFF.length)
      onProgress(`staff accounts: ${done}/${DEMO_STAFF.length}`);
  }
}
