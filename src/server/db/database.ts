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
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
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
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
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
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return { kind: 'pglite', db, pglite, describe: 'in-memory PGlite', close: () => pglite.close() };
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  const client = await database.pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migrateNodePg(drizzleNodePg(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
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
