/**
 * One real application instance (`startServices`, the code `lianban start` runs) on a fresh
 * database of a backend, listening on a loopback port, with the demo reference data, and citizen
 * sessions made directly in the database (so the identity service and argon2 are not on the path).
 */
import { sql } from 'drizzle-orm';
import { loadConfig } from '../../src/server/config.ts';
import { type Database, queryRows } from '../../src/server/db/database.ts';
import { citizens } from '../../src/server/db/schema.ts';
import { createSession } from '../../src/server/identity/sessions.ts';
import { QUEUES } from '../../src/server/jobs/job-queue.ts';
import { seedDemo } from '../../src/server/seed/seed.ts';
import { type Services, startServices } from '../../src/server/services.ts';
import { freePort } from '../../tests/support/postgres-server.ts';
import { type Backend, openFresh, POOL_SIZE, tempDir } from './backends.ts';

export interface AppInstance {
  url: string;
  database: Database;
  services: Services;
  /** The server's main thread (its id on Linux), whose CPU time the harness reads. */
  serverThread: number | null;
  /** The server's PostgreSQL version (PGlite's engine, or the cluster's). */
  postgresVersion: string;
  stop(): Promise<void>;
}

export interface AppOptions {
  /** LIANBAN_DATA_KEY, hex; the harness may need it to seal values as the app does. */
  dataKey: string;
  /**
   * Hold background work still (exchange dispatcher and SMS outbox loops, supervision folding, job
   * workers), so that what the database sees comes from the requests alone. For counting, never
   * for timing.
   */
  quiet?: boolean;
}

export async function startApp(backend: Backend, options: AppOptions): Promise<AppInstance> {
  const dataDir = tempDir('lianban-bench-app-');
  const database = await openFresh(backend, dataDir.path);
  const port = await freePort();
  const config = loadConfig({
    DATA_DIR: dataDir.path,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'never',
    LIANBAN_DATA_KEY: options.dataKey,
    NODE_ENV: 'development',
    DATABASE_POOL_SIZE: String(POOL_SIZE),
    RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: '100000000',
    ...(options.quiet
      ? { EXCHANGE_POLL_MS: '60000', SMS_POLL_MS: '60000', SUPERVISION_FOLD_SECONDS: '3600' }
      : {}),
    ...(database.kind === 'postgres' ? { DATABASE_URL: database.connectionString } : {}),
  } as NodeJS.ProcessEnv);
  let services: Services;
  try {
    services = await startServices(config, {
      database,
      logger: false,
      ...(options.quiet ? { exchangeLoop: false } : {}),
    });
  } catch (error) {
    await database.close();
    dataDir.remove();
    throw error;
  }
  const stop = async () => {
    await services.stop();
    await database.close();
    dataDir.remove();
  };
  try {
    await seedDemo(database.db);
    await services.app.listen({ port, host: '127.0.0.1' });
    if (options.quiet) {
      for (const queue of Object.values(QUEUES)) await services.context.jobs.boss.offWork(queue);
    }
    const [version] = await queryRows<{ v: string }>(
      database.db,
      sql`SELECT current_setting('server_version') AS v`,
    );
    return {
      url: `http://127.0.0.1:${port}`,
      database,
      services,
      serverThread: process.platform === 'linux' ? process.pid : null,
      postgresVersion: version?.v ?? 'unknown',
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** `count` citizens, each with a session cookie; `name(k)` is the k-th one's name in their identity. */
export async function makeCitizens(
  database: Database,
  count: number,
  tag: string,
  name: (k: number) => string,
): Promise<{ id: string; cookie: string }[]> {
  const rows = [];
  for (let k = 0; k < count; k++) {
    const [row] = await database.db
      .insert(citizens)
      .values({ issuer: 'bench', subject: `bench-${tag}-${k}`, name: name(k) })
      .returning({ id: citizens.id });
    const id = row?.id as string;
    rows.push({ id, cookie: `lb_session=${await createSession(database.db, 'citizen', id, 60)}` });
  }
  return rows;
}
