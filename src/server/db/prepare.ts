/**
 * Bringing a database to what this release needs. `migrateAll` — the work of `lianban migrate`,
 * and of the start of an instance whose role may change the schema (the owner; PGlite, which has
 * one role) — applies the SQL migrations, installs or migrates pg-boss's schema and creates the
 * job queues. On a PostgreSQL server the application runs as a role that may change no schema
 * (docs/OPERATIONS.md): at start it only checks, and refuses to start, naming what to run, when
 * the database is behind or the role lacks what it needs.
 */
import { sql } from 'drizzle-orm';
import { installJobQueue, JOB_SCHEMA, jobQueueStatus } from '../jobs/job-queue.ts';
import { canMigrate, type Database, migrateDatabase, migrationStatus, queryRows } from './database.ts';

/** The grant script in the repository, run by the owner after each migration. */
export const GRANT_SCRIPT = 'deploy/postgres/grant-app-role.sql';

/**
 * Everything that needs DDL, under the migration lock: Drizzle migrations, pg-boss's schema and
 * the queues. `waitForIndexBuilds` (the command line) also waits for the index builds a pg-boss
 * migration leaves for later, since instances of the application's role cannot run them.
 */
export async function migrateAll(
  database: Database,
  options: { waitForIndexBuilds?: boolean; onProgress?: (message: string) => void } = {},
): Promise<void> {
  if (!(await canMigrate(database))) {
    const [who] = await queryRows<{ role: string }>(database.db, sql`SELECT current_user AS role`);
    throw new DatabaseNotReadyError(
      `role "${who?.role}" may not create schemas in this database, so it cannot migrate it: ` +
        'run `lianban migrate` with DATABASE_URL set to the database owner',
    );
  }
  await migrateDatabase(database, () => installJobQueue(database, options));
}

/** The database is behind this release, or the role lacks privileges; the message says what to run. */
export class DatabaseNotReadyError extends Error {
  override name = 'DatabaseNotReadyError';
}

/**
 * What an instance does at start. A role that may change the schema migrates, as it always did;
 * any other role runs no DDL: it checks, and throws DatabaseNotReadyError if something is missing.
 * The answer says which it was, so that pg-boss is started the same way (`migrate`).
 */
export async function prepareForStart(
  database: Database,
  onProgress: (message: string) => void = () => {},
): Promise<{ migrated: boolean }> {
  if (await canMigrate(database)) {
    await migrateAll(database, { onProgress });
    onProgress('database migrations applied');
    return { migrated: true };
  }
  const { missingQueues } = await assertReady(database);
  onProgress('database schema is current (this role does not change it)');
  if (missingQueues.length > 0) onProgress(`job queues to create: ${missingQueues.join(', ')}`);
  return { migrated: false };
}

/** Throws DatabaseNotReadyError unless this release can run on the database as the current role. */
export async function assertReady(database: Database): Promise<{ missingQueues: string[] }> {
  const [who] = await queryRows<{ role: string }>(database.db, sql`SELECT current_user AS role`);
  const role = who?.role ?? '?';
  const { behind, unreadable, missingQueues } = await schemaProblemsOf(database);
  if (behind.length > 0) {
    throw new DatabaseNotReadyError(
      [
        `the database is not ready for this release, and role "${role}" may not change its schema:`,
        ...behind.map((problem) => `  - ${problem}`),
        'Run `lianban migrate` with DATABASE_URL set to the database owner, then, as the owner,',
        `  psql -v app_role=${role} -f ${GRANT_SCRIPT}`,
        'and start again (docs/OPERATIONS.md, "A PostgreSQL server").',
      ].join('\n'),
    );
  }
  const grantProblems = [...unreadable, ...(unreadable.length > 0 ? [] : await grantProblemsOf(database))];
  if (grantProblems.length > 0) {
    throw new DatabaseNotReadyError(
      [
        `role "${role}" does not have the privileges this release needs, or has more than it may:`,
        ...grantProblems.map((problem) => `  - ${problem}`),
        'The grant script is run again after each migration. As the database owner, run',
        `  psql -v app_role=${role} -f ${GRANT_SCRIPT}`,
        'and start again (docs/OPERATIONS.md, "A PostgreSQL server").',
      ].join('\n'),
    );
  }
  return { missingQueues };
}

/** What `lianban migrate` would change (behind), and what this role may not even read. */
async function schemaProblemsOf(
  database: Database,
): Promise<{ behind: string[]; unreadable: string[]; missingQueues: string[] }> {
  const behind: string[] = [];
  const unreadable: string[] = [];
  const migrations = await migrationStatus(database);
  if (!migrations.readable) {
    unreadable.push('may not read drizzle.__drizzle_migrations (which migrations have run)');
  } else if (migrations.pending.length > 0) {
    const { pending } = migrations;
    const which = pending.length === 1 ? pending[0] : `${pending[0]} … ${pending[pending.length - 1]}`;
    behind.push(
      `${pending.length} database migration${pending.length === 1 ? ' is' : 's are'} pending (${which})`,
    );
  }
  const jobs = await jobQueueStatus(database);
  if (!jobs.installed) {
    behind.push(`the job queue's schema (${JOB_SCHEMA}) is not installed`);
  } else if (!jobs.readable) {
    unreadable.push(`may not read the job queue's schema (${JOB_SCHEMA})`);
  } else if (jobs.version !== jobs.expectedVersion) {
    behind.push(
      `the job queue's schema (${JOB_SCHEMA}) is at version ${jobs.version}, this release needs ${jobs.expectedVersion}`,
    );
  }
  // Missing queues are not a problem: creating one (not partitioned) is an insert, which the
  // application's role may do, and the job queue does it at start.
  return { behind, unreadable, missingQueues: jobs.missingQueues };
}

/** Audit tables may be read and appended to, never changed: their names start with `audit_`. */
const AUDIT_TABLE = /^audit_/;

async function grantProblemsOf(database: Database): Promise<string[]> {
  const relations = await queryRows<{
    schema: string;
    name: string;
    kind: string;
    schemaUsage: boolean;
    select: boolean;
    insert: boolean;
    update: boolean;
    delete: boolean;
    truncate: boolean;
    sequenceUsage: boolean;
    owned: boolean;
  }>(
    database.db,
    sql`SELECT n.nspname AS schema, c.relname AS name, c.relkind::text AS kind,
               has_schema_privilege(n.oid, 'USAGE') AS "schemaUsage",
               c.relkind IN ('r', 'p') AND has_table_privilege(c.oid, 'SELECT') AS "select",
               c.relkind IN ('r', 'p') AND has_table_privilege(c.oid, 'INSERT') AS "insert",
               c.relkind IN ('r', 'p') AND has_table_privilege(c.oid, 'UPDATE') AS "update",
               c.relkind IN ('r', 'p') AND has_table_privilege(c.oid, 'DELETE') AS "delete",
               c.relkind IN ('r', 'p') AND has_table_privilege(c.oid, 'TRUNCATE') AS "truncate",
               CASE WHEN c.relkind = 'S' THEN has_sequence_privilege(c.oid, 'USAGE') ELSE false END
                 AS "sequenceUsage",
               pg_has_role(c.relowner, 'USAGE') AS owned
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('public', ${JOB_SCHEMA}) AND c.relkind IN ('r', 'p', 'S')
        ORDER BY n.nspname, c.relname`,
  );
  const problems: string[] = [];
  const noUsage = [...new Set(relations.filter((r) => !r.schemaUsage).map((r) => r.schema))];
  if (noUsage.length > 0) problems.push(`no USAGE on schema ${noUsage.join(', ')}`);
  const lacking: string[] = [];
  const excess: string[] = [];
  for (const r of relations) {
    const name = `${r.schema}.${r.name}`;
    if (r.kind === 'S') {
      if (!r.sequenceUsage) lacking.push(`USAGE on sequence ${name}`);
      continue;
    }
    const audit = r.schema === 'public' && AUDIT_TABLE.test(r.name);
    const needed = audit
      ? { SELECT: r.select, INSERT: r.insert }
      : { SELECT: r.select, INSERT: r.insert, UPDATE: r.update, DELETE: r.delete };
    const missing = Object.entries(needed)
      .filter(([, granted]) => !granted)
      .map(([privilege]) => privilege);
    if (missing.length > 0) lacking.push(`${missing.join(', ')} on ${name}`);
    if (audit) {
      const extra = Object.entries({ UPDATE: r.update, DELETE: r.delete, TRUNCATE: r.truncate })
        .filter(([, granted]) => granted)
        .map(([privilege]) => privilege);
      if (r.owned) excess.push(`owns ${name} (and could disable its triggers)`);
      else if (extra.length > 0)
        excess.push(`may ${extra.join(', ')} ${name}, which may only be read and appended to`);
    }
  }
  if (lacking.length > 0) {
    const shown = lacking.slice(0, 5).join('; ');
    problems.push(`lacks ${shown}${lacking.length > 5 ? ` (and ${lacking.length - 5} more)` : ''}`);
  }
  problems.push(...excess);
  return problems;
}
