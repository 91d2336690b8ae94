/**
 * Opens the database: embedded PostgreSQL (PGlite) in DATA_DIR when DATABASE_URL is unset, else a
 * PostgreSQL server through a connection pool. Both are driven through the same Drizzle schema
 * and the same SQL migrations.
 */
import { chmodSync, closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { drizzleClient } from './embedded-client.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction or the database itself: commands accept either. */
export type Executor = Pick<Db, 'select' | 'insert' | 'update' | 'delete' | 'execute'>;
export type Transaction = Parameters<Parameters<Db['transaction']>[0]>[0];

export const MIGRATIONS_FOLDER = resolve(dirname(fileURLToPath(import.meta.url)), '../../../drizzle');

/** Advisory lock key that serialises migrations when several instances start at once. */
const MIGRATION_LOCK = 7_231_001;

export type Database =
  | { kind: 'pglite'; db: Db; pglite: PGlite; close(): Promise<void>; describe: string }
  | {
      kind: 'postgres';
      db: Db;
      pool: pg.Pool;
      connectionString: string;
      close(): Promise<void>;
      describe: string;
    };

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
  /** Give up on a connection not made within this time (default: wait as long as the network does). */
  connectTimeoutMs?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      ...(options.connectTimeoutMs ? { connectionTimeoutMillis: options.connectTimeoutMs } : {}),
    });
    pool.on('error', () => {
      // An idle client lost its connection; the pool replaces it. Health checks report outages.
    });
    const db = drizzleNodePg(pool, { schema }) as unknown as Db;
    const url = new URL(options.databaseUrl);
    return {
      kind: 'postgres',
      db,
      pool,
      connectionString: options.databaseUrl,
      describe: `PostgreSQL server ${url.hostname}:${url.port || 5432}${url.pathname}`,
      close: () => pool.end(),
    };
  }
  const folder = join(options.dataDir, 'pgdata');
  // The data folder holds personal data: only the service's own user may enter it.
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  chmodSync(options.dataDir, 0o700);
  chmodSync(folder, 0o700);
  const release = lockEmbeddedDatabase(options.dataDir);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(folder);
  } catch (error) {
    release();
    throw error;
  }
  const db = drizzlePglite({ client: drizzleClient(pglite) as unknown as PGlite, schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite,
    describe: `embedded PostgreSQL (PGlite) in ${folder}`,
    close: async () => {
      await pglite.close();
      release();
    },
  };
}

/**
 * The embedded database is one process's: a second process opening the same files would corrupt
 * them. A lock file with the owner's process id refuses a second opener with a clear message; a
 * lock left by a process that no longer runs is taken over.
 */
export function lockEmbeddedDatabase(dataDir: string): () => void {
  const path = join(dataDir, 'pgdata.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) {
        throw new Error(
          `the embedded database in ${dataDir} is in use by another Lianban process (pid ${owner}); ` +
            'stop it first, or run several instances on a PostgreSQL server (DATABASE_URL)',
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`could not lock the embedded database in ${dataDir}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** An in-memory PGlite database, for tests. */
export async function openMemoryDatabase(): Promise<Database> {
  const pglite = await PGlite.create();
  const db = drizzlePglite({ client: drizzleClient(pglite) as unknown as PGlite, schema }) as unknown as Db;
  return { kind: 'pglite', db, pglite, describe: 'in-memory PGlite', close: () => pglite.close() };
}

/**
 * Applies the SQL migrations that have not run yet. On a PostgreSQL server this is done under an
 * advisory lock, so that instances starting together migrate one after the other; `alsoUnderLock`
 * (the job queue's schema) runs before the lock is released, for the same reason. It needs a role
 * that may create schemas in the database (the owner): Drizzle's migrator begins with
 * `CREATE SCHEMA IF NOT EXISTS drizzle`, which PostgreSQL refuses to any other role.
 */
export async function migrateDatabase(
  database: Database,
  alsoUnderLock?: () => Promise<void>,
): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    await alsoUnderLock?.();
    return;
  }
  const client = await database.pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migrateNodePg(drizzleNodePg(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
      await alsoUnderLock?.();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

/** Whether the connected role may create schemas in this database, which migrating requires. */
export async function canMigrate(database: Database): Promise<boolean> {
  if (database.kind === 'pglite') return true;
  const [row] = await queryRows<{ allowed: boolean }>(
    database.db,
    sql`SELECT has_database_privilege(current_database(), 'CREATE') AS allowed`,
  );
  return row?.allowed === true;
}

export interface MigrationStatus {
  /** False when the migrations table exists but this role may not read it (grants missing). */
  readable: boolean;
  /** Journal tags not yet applied, oldest first. */
  pending: string[];
}

/**
 * Which of this release's migrations the database has not had, read without changing anything.
 * Drizzle's migrator records each migration it applies in `drizzle.__drizzle_migrations` with
 * the journal entry's time (`created_at`) and applies every journal entry newer than the latest
 * recorded one; this applies the same rule. Catalog queries first, so that a role without access
 * to the table learns that rather than getting a permission error.
 */
export async function migrationStatus(database: Database): Promise<MigrationStatus> {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  const [table] = await queryRows<{ readable: boolean }>(
    database.db,
    sql`SELECT has_schema_privilege(n.oid, 'USAGE') AND has_table_privilege(c.oid, 'SELECT') AS readable
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'drizzle' AND c.relname = '__drizzle_migrations'`,
  );
  const all = journal.entries.map((entry) => entry.tag);
  if (!table) return { readable: true, pending: all };
  if (!table.readable) return { readable: false, pending: [] };
  const [last] = await queryRows<{ created_at: string | number | null }>(
    database.db,
    sql`SELECT created_at FROM drizzle.__drizzle_migrations ORDER BY created_at DESC LIMIT 1`,
  );
  const appliedUpTo = last?.created_at == null ? null : Number(last.created_at);
  return {
    readable: true,
    pending: journal.entries
      .filter((entry) => appliedUpTo === null || appliedUpTo < entry.when)
      .map((entry) => entry.tag),
  };
}

export async function pingDatabase(database: Database): Promise<boolean> {
  try {
    await database.db.execute(sql`SELECT 1`);
    return true;
  } catch {
    return false;
  }
}

export { schema };

/** Run raw SQL and return its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(executor: Pick<Db, 'execute'>, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
