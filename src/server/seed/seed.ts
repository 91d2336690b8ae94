/**
 * Loads reference data (departments) on every start and, on request, the demo data. Safe to run
 * repeatedly: existing rows are left as they are.
 */
import { sql } from 'drizzle-orm';
import { DEPARTMENTS } from '../../domain/departments.ts';
import { type Db, queryRows } from '../db/database.ts';
import { departments, regions, staffAccounts } from '../db/schema.ts';
import { hashPassword } from '../identity/staff-sign-in.ts';
import { DEMO_REGIONS, DEMO_STAFF, DEMO_STAFF_PASSWORD } from './demo-data.ts';

export async function seedReferenceData(db: Db): Promise<void> {
  await db
    .insert(departments)
    .values(DEPARTMENTS.map((d) => ({ code: d.code, nameZh: d.nameZh, nameEn: d.nameEn })))
    .onConflictDoNothing();
}

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ n: number | string }>(
    db,
    sql`SELECT (SELECT count(*) FROM region) + (SELECT count(*) FROM staff_account) AS n`,
  );
  return Number(row?.n ?? 0) === 0;
}

export async function seedDemo(db: Db, onProgress: (message: string) => void = () => {}): Promise<void> {
  await seedReferenceData(db);
  await db
    .insert(regions)
    .values(
      DEMO_REGIONS.map((r) => ({
        code: r.code,
        nameZh: r.nameZh,
        nameEn: r.nameEn,
        level: r.level,
        parentCode: r.parentCode,
        funeralMode: r.funeralMode ?? null,
        pilot: r.pilot ?? false,
      })),
    )
    .onConflictDoNothing();
  onProgress(`regions: ${DEMO_REGIONS.length}`);
  const passwordHash = await hashPassword(DEMO_STAFF_PASSWORD);
  let done = 0;
  for (const staff of DEMO_STAFF) {
    await db
      .insert(staffAccounts)
      .values({ ...staff, passwordHash, isDemo: true })
      .onConflictDoNothing();
    done++;
    if (done % 5 === 0 || done === DEMO_STAFF.length)
      onProgress(`staff accounts: ${done}/${DEMO_STAFF.length}`);
  }
}
