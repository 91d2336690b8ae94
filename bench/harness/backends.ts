/**
 * The databases a workload runs on: PGlite in a temp data directory, or a throwaway PostgreSQL
 * cluster on a loopback port (fsync off), optionally with pg_stat_statements loaded so statements
 * can be counted. Everything made here is removed at the end, also on Ctrl-C: register it with
 * `onCleanup`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { type Database, openDatabase } from '../../src/server/db/database.ts';
import {
  findBinDir,
  freePort,
  type PostgresServer,
  runPostgresProgram,
  serverTempDir,
  stopPostgresCluster,
} from '../../tests/support/postgres-server.ts';
import { createServerDatabase } from '../../tests/support/test-app.ts';
import type { BackendKind } from './cli.ts';

// ---------------------------------------------------------------------------------------------
// Clean-up on exit, Ctrl-C or a failure.

const cleanups = new Set<() => void>();
let hooked = false;

/** Run `fn` (synchronous) when the process ends, unless the returned function runs it first. */
export function onCleanup(fn: () => void): () => void {
  if (!hooked) {
    hooked = true;
    const runAll = () => {
      for (const cleanup of [...cleanups].reverse()) {
        try {
          cleanup();
        } catch {
          // Keep cleaning up what else there is.
        }
      }
      cleanups.clear();
    };
    process.once('exit', runAll);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        runAll();
        process.exit(130);
      });
    }
  }
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    cleanups.delete(once);
    fn();
  };
  cleanups.add(once);
  return once;
}

/** A temp directory removed at the end; the returned function removes it earlier. */
export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(os.tmpdir(), prefix));
  return { path, remove: onCleanup(() => rmSync(path, { recursive: true, force: true })) };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL.

export interface PostgresCluster extends PostgresServer {
  /** Whether pg_stat_statements is loaded (statements can be counted). */
  statements: boolean;
}

/** Where the server keeps pg_stat_statements, when the package installed it. */
function statementsAvailable(binDir: string): boolean {
  const version = binDir.split('/').at(-2) ?? '';
  return (
    existsSync(join(binDir, '..', 'lib', 'pg_stat_statements.so')) &&
    existsSync(`/usr/share/postgresql/${version}/extension/pg_stat_statements.control`)
  );
}

/**
 * initdb and start a cluster in a temp directory on a free loopback port. With `statements`, and
 * when the extension is installed, it is preloaded with `pg_stat_statements.track=all` (statements
 * run inside functions and triggers are counted too, marked not top-level).
 */
export async function startPostgres(options: { statements?: boolean } = {}): Promise<PostgresCluster> {
  const bin = findBinDir();
  const dir = serverTempDir('lianban-bench-pg-');
  const removeDir = onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  const data = join(dir, 'data');
  const run = (command: string, args: string[]) => runPostgresProgram(bin, command, args);
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const statements = options.statements === true && statementsAvailable(bin);
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c max_connections=200',
    '-c fsync=off',
    ...(statements
      ? ['-c shared_preload_libraries=pg_stat_statements', '-c pg_stat_statements.track=all']
      : []),
  ];
  const stopCluster = onCleanup(() => stopPostgresCluster(bin, data));
  run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', settings.join(' '), 'start']);
  return {
    port,
    binDir: bin,
    dataDir: data,
    dir,
    statements,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop() {
      stopCluster();
      removeDir();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// A backend, and fresh databases on it.

export type Backend = { kind: 'pglite' } | { kind: 'postgres'; server: PostgresCluster };

export async function openBackend(
  kind: BackendKind,
  options: { statements?: boolean } = {},
): Promise<Backend> {
  if (kind === 'pglite') return { kind };
  process.stdout.write('starting a throwaway PostgreSQL server…\n');
  return { kind, server: await startPostgres(options) };
}

export function closeBackend(backend: Backend) {
  if (backend.kind === 'postgres') backend.server.stop();
}

/** The app's default DATABASE_POOL_SIZE; the baselines use a pool of the same size. */
export const POOL_SIZE = 10;

/**
 * A new, empty database on the backend: a new database in the cluster, or PGlite in `dataDir`.
 * Not migrated.
 */
export async function openFresh(backend: Backend, dataDir: string, poolSize = POOL_SIZE): Promise<Database> {
  const databaseUrl =
    backend.kind === 'postgres' ? await createServerDatabase(backend.server.url()) : undefined;
  return openDatabase({ databaseUrl, dataDir, poolSize });
}

/** Run a statement with parameters on either backend, without Drizzle. */
export async function rawQuery<T = Record<string, unknown>>(
  database: Database,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  if (database.kind === 'pglite') return (await database.pglite.query<T>(text, params)).rows;
  return (await database.pool.query(text, params)).rows as T[];
}
