/**
 * A streaming replica of a throwaway test server (`startPostgresServer`): `pg_basebackup -R` over
 * loopback into a temp directory, started as a hot standby on a port of its own. WAL replay can be
 * paused and resumed, so that a test can hold the replica behind its primary and watch it catch
 * up. Stopped and removed by `stop()`.
 *
 * The primary needs nothing set up for this: initdb's `-A trust` lets replication connections in
 * from 127.0.0.1, and the default `wal_level` (replica) and `max_wal_senders` (10) suffice.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import {
  freePort,
  type PostgresServer,
  runPostgresProgram,
  serverTempDir,
  stopPostgresCluster,
} from './postgres-server.ts';

export interface PostgresReplica {
  port: number;
  url(database?: string): string;
  /** Holds WAL replay; resolves once the replica reports it paused. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** Bytes of WAL the primary has written that the replica has not replayed yet. */
  lagBytes(): Promise<number>;
  /** Resolves once the replica has replayed all that the primary had written when called. */
  catchUp(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Settings a hot standby must have at least as high as its primary's, or it refuses to start
 * (the test server raises max_connections on its command line, which a base backup does not copy).
 */
const AT_LEAST_PRIMARY = [
  'max_connections',
  'max_worker_processes',
  'max_wal_senders',
  'max_prepared_transactions',
  'max_locks_per_transaction',
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startPostgresReplica(primary: PostgresServer): Promise<PostgresReplica> {
  const primaryClient = new pg.Client({ connectionString: primary.url() });
  await primaryClient.connect();
  let replicaClient: pg.Client | undefined;
  const dir = serverTempDir('lianban-pg-replica-');
  const data = join(dir, 'data');
  const run = (command: string, args: string[]) => runPostgresProgram(primary.binDir, command, args);
  let started = false;
  try {
    const settings = await primaryClient.query<{ name: string; setting: string }>(
      'SELECT name, setting FROM pg_settings WHERE name = ANY($1)',
      [AT_LEAST_PRIMARY],
    );
    // -R writes standby.signal and primary_conninfo; -c fast does not wait for a spread checkpoint.
    run('pg_basebackup', [
      '-D',
      data,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
      '-h',
      '127.0.0.1',
      '-p',
      String(primary.port),
      '-U',
      'postgres',
      '-w',
    ]);
    const port = await freePort();
    const options = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c hot_standby=on',
      '-c fsync=off',
      ...settings.rows.map((row) => `-c ${row.name}=${row.setting}`),
    ];
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', options.join(' '), 'start']);
    started = true;
    const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
    const client = new pg.Client({ connectionString: url() });
    await client.connect();
    replicaClient = client;
    const recovering = await client.query<{ recovering: boolean }>(
      'SELECT pg_is_in_recovery() AS recovering',
    );
    if (!recovering.rows[0]?.recovering) throw new Error('the replica did not start as a standby');

    const replayed = async () =>
      (await client.query<{ lsn: string }>('SELECT pg_last_wal_replay_lsn()::text AS lsn')).rows[0]
        ?.lsn as string;
    const behindBy = async (lsn: string) =>
      Number(
        (
          await primaryClient.query<{ bytes: string }>(
            'SELECT greatest(pg_wal_lsn_diff(pg_current_wal_lsn(), $1::pg_lsn), 0)::bigint AS bytes',
            [lsn],
          )
        ).rows[0]?.bytes,
      );

    let stopped = false;
    return {
      port,
      url,
      async pause() {
        await client.query('SELECT pg_wal_replay_pause()');
        for (let i = 0; i < 200; i++) {
          const state = await client.query<{ state: string }>(
            'SELECT pg_get_wal_replay_pause_state() AS state',
          );
          if (state.rows[0]?.state === 'paused') return;
          await sleep(50);
        }
        throw new Error('WAL replay did not pause within 10 s');
      },
      async resume() {
        await client.query('SELECT pg_wal_replay_resume()');
      },
      async lagBytes() {
        return behindBy(await replayed());
      },
      async catchUp(timeoutMs = 10_000) {
        const target = (
          await primaryClient.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')
        ).rows[0]?.lsn as string;
        const deadline = Date.now() + timeoutMs;
        while (Date.now() < deadline) {
          const done = await client.query<{ done: boolean }>(
            'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done',
            [target],
          );
          if (done.rows[0]?.done) return;
          await sleep(50);
        }
        throw new Error(`the replica did not replay up to ${target} within ${timeoutMs} ms`);
      },
      async stop() {
        if (stopped) return;
        stopped = true;
        await client.end().catch(() => {});
        await primaryClient.end().catch(() => {});
        stopPostgresCluster(primary.binDir, data);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await replicaClient?.end().catch(() => {});
    await primaryClient.end().catch(() => {});
    if (started) stopPostgresCluster(primary.binDir, data);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
