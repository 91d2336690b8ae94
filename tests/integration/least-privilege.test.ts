/**
 * The two-role setup of docs/OPERATIONS.md ("A PostgreSQL server"), step by step as written
 * there: a superuser creates an owner role, an application role and a database the owner owns;
 * `lianban migrate` runs as the owner; the owner runs deploy/postgres/grant-app-role.sql with
 * psql; instances run as the application role. Such an instance starts without DDL and takes a
 * family's application, and its role can change neither the schema nor the audit trail. On a
 * database that was never migrated it refuses to start and names the command to run.
 * Runs only on a PostgreSQL server (LIANBAN_TEST_BACKEND=postgres); PGlite has one role.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { openDatabase } from '../../src/server/db/database.ts';
import { GRANT_SCRIPT, migrateAll } from '../../src/server/db/prepare.ts';
import { QUEUES } from '../../src/server/jobs/job-queue.ts';
import { startServices } from '../../src/server/services.ts';
import { startTestApp, TEST_DATA_KEY, type TestApp } from '../support/test-app.ts';
import { submit } from '../support/workflow.ts';

const postgresUrl = inject('postgresUrl');
const run = randomBytes(4).toString('hex');
const OWNER = `lianban_owner_${run}`;
const APP = `lianban_app_${run}`;
const DATABASE = `lianban_lp_${run}`;
const UNMIGRATED = `lianban_lp_new_${run}`;

function urlFor(role: string, database: string): string {
  const url = new URL(postgresUrl as string);
  url.username = role;
  url.pathname = `/${database}`;
  return url.toString();
}

async function asSuperuser(statements: string[]) {
  const client = new pg.Client({ connectionString: postgresUrl as string });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** `lianban migrate` as the role of `databaseUrl`: the function the command runs. */
async function migrateAs(databaseUrl: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'lianban-migrate-'));
  const database = await openDatabase({ databaseUrl, dataDir, poolSize: 2 });
  try {
    await migrateAll(database, { waitForIndexBuilds: true });
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The grant script exactly as the operations guide runs it: psql, as the owner, with -v. */
function runGrantScript(ownerUrl: string): string {
  const psql =
    ['/usr/lib/postgresql/15/bin/psql', '/usr/bin/psql'].find((path) => existsSync(path)) ?? 'psql';
  return execFileSync(psql, [ownerUrl, '-v', `app_role=${APP}`, '-f', resolve(GRANT_SCRIPT)], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 30_000,
  });
}

/** An instance as the application role on `databaseUrl`; its start is expected to fail. */
async function startAsApp(databaseUrl: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'lianban-refused-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: '0',
    HOST: '127.0.0.1',
    PUBLIC_URL: 'http://127.0.0.1',
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'never',
    LIANBAN_DATA_KEY: TEST_DATA_KEY,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
  } as NodeJS.ProcessEnv);
  const database = await openDatabase({ databaseUrl, dataDir, poolSize: 2 });
  try {
    const services = await startServices(config, { database, logger: false });
    await services.stop();
    return null;
  } catch (error) {
    return error as Error;
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Schemas and tables in `database`, read by the superuser: what a refused start left behind. */
async function schemaOf(database: string) {
  const client = new pg.Client({ connectionString: urlFor('postgres', database) });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT nspname AS name FROM pg_namespace WHERE nspname IN ('drizzle', 'pgboss')
       UNION ALL SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
    );
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

describe.skipIf(!postgresUrl)('an owner role that migrates and an application role that cannot', () => {
  let app: TestApp | undefined;

  beforeAll(async () => {
    // As in docs/OPERATIONS.md, step 1 (a superuser).
    await asSuperuser([
      `CREATE ROLE ${OWNER} LOGIN`,
      `CREATE ROLE ${APP} LOGIN`,
      `CREATE DATABASE ${DATABASE} OWNER ${OWNER}`,
      `CREATE DATABASE ${UNMIGRATED} OWNER ${OWNER}`,
    ]);
    // Step 2: `lianban migrate` as the owner. Step 3: the grant script, as the owner.
    await migrateAs(urlFor(OWNER, DATABASE));
    runGrantScript(urlFor(OWNER, DATABASE));
    // Step 4: an instance as the application role.
    app = await startTestApp({ databaseUrl: urlFor(APP, DATABASE) });
  });

  afterAll(async () => {
    await app?.stop();
    if (!postgresUrl) return;
    await asSuperuser([
      `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`,
      `DROP DATABASE IF EXISTS ${UNMIGRATED} WITH (FORCE)`,
      `DROP ROLE IF EXISTS ${APP}`,
      `DROP ROLE IF EXISTS ${OWNER}`,
    ]);
  });

  it('starts as the application role, which owns nothing, and takes a family’s application', async () => {
    const target = app as TestApp;
    const client = new pg.Client({ connectionString: urlFor(APP, DATABASE) });
    await client.connect();
    try {
      const { rows: who } = await client.query('SELECT current_user AS role');
      expect(who[0].role).toBe(APP);
      const { rows: owned } = await client.query(
        'SELECT count(*)::int AS n FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)',
      );
      expect(owned[0].n).toBe(0);
      // Every queue is there, and the instance is healthy (database and job queue answer).
      const { rows: queues } = await client.query('SELECT name FROM pgboss.queue');
      expect(queues.map((row) => row.name)).toEqual(expect.arrayContaining(Object.values(QUEUES)));
    } finally {
      await client.end();
    }
    expect((await target.api('/healthz')).status).toBe(200);
    // The job queue's maintenance (expiry, retention, statistics) runs as this role too.
    const errors: unknown[] = [];
    target.services.context.jobs.boss.on('error', (error) => errors.push(error));
    await target.services.context.jobs.boss.supervise();
    expect(errors).toEqual([]);

    const family = await target.citizenCookie(0);
    const detail = await submit(target, family);
    expect(detail.state).toBe('submitted');
    expect(detail.subCases.length).toBeGreaterThan(0);
    // The submission appended its audit events, as the application role.
    const check = new pg.Client({ connectionString: urlFor(APP, DATABASE) });
    await check.connect();
    try {
      const { rows } = await check.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE object_type = 'case' AND object_id = $1`,
        [detail.id],
      );
      expect(rows[0].n).toBeGreaterThan(0);
    } finally {
      await check.end();
    }
  });

  it('refuses the application role any change to the schema or to the audit trail', async () => {
    const client = new pg.Client({ connectionString: urlFor(APP, DATABASE) });
    await client.connect();
    try {
      const before = (await client.query('SELECT count(*)::int AS n FROM audit_event')).rows[0].n;
      expect(before).toBeGreaterThan(0);
      const refusals: [string, RegExp][] = [
        ['ALTER TABLE audit_event DISABLE TRIGGER ALL', /must be owner of table audit_event/],
        ["UPDATE audit_event SET outcome = 'changed'", /permission denied for table audit_event/],
        ['DELETE FROM audit_event', /permission denied for table audit_event/],
        ['TRUNCATE audit_event', /permission denied for table audit_event/],
        ['DROP TABLE "case"', /must be owner of table case/],
        ['CREATE TABLE x (id integer)', /permission denied for schema public/],
        ['CREATE TEMPORARY TABLE y (id integer)', /permission denied to create temporary tables/],
        ['CREATE SCHEMA z', /permission denied for database/],
        ['ALTER TABLE pgboss.job DISABLE TRIGGER ALL', /must be owner of table job/],
      ];
      for (const [statement, message] of refusals) {
        const error = await client.query(statement).then(
          () => null,
          (e: unknown) => e as { code?: string; message: string },
        );
        expect(error, statement).not.toBeNull();
        // 42501: insufficient_privilege. The message shows it is the privilege that refuses, not
        // the append-only trigger (which refuses every role, with the same code).
        expect(error?.code, statement).toBe('42501');
        expect(error?.message, statement).toMatch(message);
      }
      const after = (await client.query('SELECT count(*)::int AS n FROM audit_event')).rows[0].n;
      expect(after).toBe(before);
    } finally {
      await client.end();
    }
  });

  it('refuses to start as the application role on a database never migrated, naming what to run', async () => {
    const refused = await startAsApp(urlFor(APP, UNMIGRATED));
    expect(refused?.name).toBe('DatabaseNotReadyError');
    expect(refused?.message).toMatch(/migrations are pending/);
    expect(refused?.message).toMatch(/job queue's schema \(pgboss\) is not installed/);
    expect(refused?.message).toContain('lianban migrate');
    expect(refused?.message).toContain(GRANT_SCRIPT);
    // It tried nothing: no schema, no table.
    expect(await schemaOf(UNMIGRATED)).toEqual([]);

    // Migrated, but the grant script not run yet: refused again, now naming the grant script.
    await migrateAs(urlFor(OWNER, UNMIGRATED));
    const ungranted = await startAsApp(urlFor(APP, UNMIGRATED));
    expect(ungranted?.name).toBe('DatabaseNotReadyError');
    expect(ungranted?.message).not.toMatch(/pending/);
    expect(ungranted?.message).toContain(`psql -v app_role=${APP} -f ${GRANT_SCRIPT}`);
  });

  it('narrows an audit table a later migration adds once the grant script runs again, and refuses to start until then', async () => {
    // What a migration run by the owner does: a new table, which default privileges hand to the
    // application role in full.
    const owner = new pg.Client({ connectionString: urlFor(OWNER, DATABASE) });
    await owner.connect();
    const privileges = async () =>
      (
        await owner.query<{ privilege: string }>(
          `SELECT privilege_type AS privilege FROM information_schema.role_table_grants
           WHERE grantee = $1 AND table_name = 'audit_probe' ORDER BY 1`,
          [APP],
        )
      ).rows.map((row) => row.privilege);
    try {
      await owner.query('CREATE TABLE audit_probe (id integer PRIMARY KEY)');
      expect(await privileges()).toEqual(['DELETE', 'INSERT', 'SELECT', 'UPDATE']);

      const refused = await startAsApp(urlFor(APP, DATABASE));
      expect(refused?.name).toBe('DatabaseNotReadyError');
      expect(refused?.message).toMatch(/may UPDATE, DELETE public\.audit_probe/);
      expect(refused?.message).toContain(GRANT_SCRIPT);

      runGrantScript(urlFor(OWNER, DATABASE));
      expect(await privileges()).toEqual(['INSERT', 'SELECT']);
      expect(await startAsApp(urlFor(APP, DATABASE))).toBeNull();
    } finally {
      await owner.query('DROP TABLE IF EXISTS audit_probe');
      await owner.end();
    }
  });
});
