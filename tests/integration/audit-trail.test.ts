/**
 * The audit trail: a chain of SM3 hashes that `lianban verify-audit` checks, naming the first
 * event that was altered; and the database refusing changes to it.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../../src/server/audit/audit-log.ts';
import { type Database, migrateDatabase, openDatabase } from '../../src/server/db/database.ts';
import { createServerDatabase } from '../support/test-app.ts';

const run = promisify(execFile);
let database: Database;
let dataDir: string;
let databaseUrl: string | undefined;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lianban-audit-'));
  const server = inject('postgresUrl');
  databaseUrl = server ? await createServerDatabase(server) : undefined;
  database = await openDatabase({ databaseUrl, dataDir });
  await migrateDatabase(database);
  for (let i = 0; i < 25; i++) {
    await database.db.transaction((tx) =>
      appendAudit(tx, {
        actor: { kind: 'staff', id: null, label: `tester-${i}` },
        action: 'test.event',
        objectType: 'test',
        objectId: String(i),
        details: { i, nested: { b: 2, a: 1 } },
      }),
    );
  }
});

afterAll(async () => {
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function cli(...args: string[]) {
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  };
  try {
    const { stdout } = await run(process.execPath, ['src/cli.ts', ...args], { env });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('audit trail', () => {
  it('chains every event to the one before', async () => {
    const result = await verifyAuditChain(database.db, undefined, 7);
    expect(result).toMatchObject({ ok: true, checked: 25 });
  });

  it('cannot be changed by the application', async () => {
    const refused = (error: unknown) =>
      /append-only/.test(String((error as { cause?: Error }).cause?.message ?? (error as Error).message));
    await expect(
      database.db.execute(sql`UPDATE audit_event SET actor_label = 'x' WHERE sequence = 3`),
    ).rejects.toSatisfy(refused);
    await expect(database.db.execute(sql`DELETE FROM audit_event`)).rejects.toSatisfy(refused);
    await expect(database.db.execute(sql`TRUNCATE audit_event`)).rejects.toSatisfy(refused);
  });

  it('names the first altered event when an owner bypasses the guard', async () => {
    if (database.kind === 'pglite') {
      // The embedded database is one process; the CLI needs it to itself.
      await database.db.execute(sql`ALTER TABLE audit_event DISABLE TRIGGER USER`);
      await database.db.execute(sql`UPDATE audit_event SET actor_label = 'forged' WHERE sequence = 12`);
      await database.db.execute(sql`ALTER TABLE audit_event ENABLE TRIGGER USER`);
      const direct = await verifyAuditChain(database.db);
      expect(direct).toMatchObject({ ok: false, brokenAt: 12, checked: 11 });
      await database.close();
      const result = await cli('verify-audit');
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('BROKEN at event 12');
      database = await openDatabase({ dataDir });
      return;
    }
    const intact = await cli('verify-audit');
    expect(intact.code).toBe(0);
    expect(intact.stdout).toContain('audit trail intact: 25 events');
    await database.db.execute(sql`ALTER TABLE audit_event DISABLE TRIGGER USER`);
    await database.db.execute(sql`UPDATE audit_event SET actor_label = 'forged' WHERE sequence = 12`);
    await database.db.execute(sql`ALTER TABLE audit_event ENABLE TRIGGER USER`);
    const result = await cli('verify-audit');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('BROKEN at event 12');
  });

  it.runIf(inject('postgresUrl'))(
    'cannot be changed or unguarded by a non-owner application role on a server',
    async () => {
      const url = new URL(databaseUrl as string);
      const role = `lianban_app_${Math.random().toString(36).slice(2, 8)}`;
      await database.db.execute(sql.raw(`CREATE ROLE ${role} LOGIN PASSWORD 'app'`));
      await database.db.execute(
        sql.raw(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`),
      );
      await database.db.execute(sql.raw(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${role}`));
      url.username = role;
      url.password = 'app';
      const asApp = await openDatabase({ databaseUrl: url.toString(), dataDir });
      try {
        const message = (error: unknown) =>
          String((error as { cause?: Error }).cause?.message ?? (error as Error).message);
        await expect(asApp.db.execute(sql`UPDATE audit_event SET outcome = 'x'`)).rejects.toSatisfy((e) =>
          /permission denied|append-only/.test(message(e)),
        );
        await expect(asApp.db.execute(sql`DELETE FROM audit_event`)).rejects.toSatisfy((e) =>
          /permission denied|append-only/.test(message(e)),
        );
        await expect(asApp.db.execute(sql`ALTER TABLE audit_event DISABLE TRIGGER USER`)).rejects.toSatisfy(
          (e) => /must be owner/.test(message(e)),
        );
        const [count] = await asApp.db
          .execute(sql`SELECT count(*)::int AS n FROM audit_event`)
          .then((r) => (r as unknown as { rows: { n: number }[] }).rows);
        expect(count?.n).toBe(25);
      } finally {
        await asApp.close();
      }
    },
  );
});
