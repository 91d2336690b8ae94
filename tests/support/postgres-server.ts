/**
 * A throwaway PostgreSQL server for tests and benchmarks: initdb and pg_ctl in a temp directory,
 * listening on a loopback port, run as the `postgres` user when we are root (initdb refuses root).
 * Stopped and removed by `stop()`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PostgresServer {
  url(database?: string): string;
  port: number;
  /** The server's binaries, its data directory, and the directory of its socket and log. */
  binDir: string;
  dataDir: string;
  dir: string;
  stop(): void;
}

export function findBinDir(): string {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base))
    throw new Error('PostgreSQL server binaries not found: apt-get install -y postgresql');
  const versions = readdirSync(base)
    .map(Number)
    .filter((v) => v >= 15)
    .sort((a, b) => b - a);
  if (versions.length === 0) throw new Error('PostgreSQL 15 or newer is required');
  return join(base, String(versions[0]), 'bin');
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

const asRoot = process.getuid?.() === 0;

/** Runs one of the server's programs, as the `postgres` user when we are root. */
export function runPostgresProgram(bin: string, command: string, args: string[]): void {
  const full = join(bin, command);
  if (asRoot) {
    execFileSync('runuser', ['-u', 'postgres', '--', full, ...args], { stdio: 'pipe' });
  } else {
    execFileSync(full, args, { stdio: 'pipe' });
  }
}

/** A temp directory the server's programs may write (given to `postgres` when we are root). */
export function serverTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), 0);
  return dir;
}

/** Stops a cluster at once (no checkpoint: it is thrown away), whether or not it is running. */
export function stopPostgresCluster(bin: string, data: string): void {
  const pgCtl = join(bin, 'pg_ctl');
  const args = ['-D', data, '-m', 'immediate', '-w', 'stop'];
  if (asRoot) spawnSync('runuser', ['-u', 'postgres', '--', pgCtl, ...args], { stdio: 'ignore' });
  else spawnSync(pgCtl, args, { stdio: 'ignore' });
}

export async function startPostgresServer(): Promise<PostgresServer> {
  const bin = findBinDir();
  const dir = serverTempDir('lianban-pg-');
  const run = (command: string, args: string[]) => runPostgresProgram(bin, command, args);
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off`,
    'start',
  ]);
  let stopped = false;
  return {
    port,
    binDir: bin,
    dataDir: data,
    dir,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop() {
      if (stopped) return;
      stopped = true;
      stopPostgresCluster(bin, data);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
