/**
 * Supervision reads from a reporting replica: the platform runs on a PostgreSQL primary with
 * DATABASE_READ_URL naming a real streaming replica of it (pg_basebackup over loopback). The
 * provincial supervisor's dashboard is served from the replica: while the replica's replay is
 * held, a newly submitted case is on the primary but not yet in the figures, and intake goes on
 * undisturbed; once replay resumes, the case is counted within seconds and the lag shown is small.
 * A replica that cannot be reached answers 503, and intake still goes on.
 * Runs only with LIANBAN_TEST_BACKEND=postgres (skipped otherwise).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { queryRows } from '../../src/server/db/database.ts';
import { AppError } from '../../src/server/errors.ts';
import { onReadDatabase } from '../../src/server/supervision/read-database.ts';
import { readSource } from '../../src/server/supervision/read-source.ts';
import { type PostgresReplica, startPostgresReplica } from '../support/postgres-replica.ts';
import { type PostgresServer, startPostgresServer } from '../support/postgres-server.ts';
import { createServerDatabase, startTestApp, type TestApp } from '../support/test-app.ts';
import { prepareDraft, submitDraft } from '../support/workflow.ts';

const postgresUrl = inject('postgresUrl');
const PROVINCE = '530000';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('DATABASE_READ_URL configuration', () => {
  const base = { DATA_DIR: '/tmp/lianban-config-check', NODE_ENV: 'test' };

  it('takes a replica beside a PostgreSQL primary, with a pool of its own', () => {
    const config = loadConfig({
      ...base,
      DATABASE_URL: 'postgres://app@db-primary/lianban',
      DATABASE_READ_URL: 'postgres://app@db-replica/lianban',
      DATABASE_READ_POOL_SIZE: '3',
    } as NodeJS.ProcessEnv);
    expect(config.databaseReadUrl).toBe('postgres://app@db-replica/lianban');
    expect(config.databaseReadPoolSize).toBe(3);
    const unset = loadConfig({
      ...base,
      DATABASE_URL: 'postgres://app@db-primary/lianban',
    } as NodeJS.ProcessEnv);
    expect(unset.databaseReadUrl).toBeUndefined();
  });

  it('refuses a replica without a primary server, and an address that is not PostgreSQL', () => {
    expect(() =>
      loadConfig({ ...base, DATABASE_READ_URL: 'postgres://app@db-replica/lianban' } as NodeJS.ProcessEnv),
    ).toThrow(/DATABASE_READ_URL: .*set DATABASE_URL/);
    expect(() =>
      loadConfig({
        ...base,
        DATABASE_URL: 'postgres://app@db-primary/lianban',
        DATABASE_READ_URL: 'mysql://db-replica/lianban',
      } as NodeJS.ProcessEnv),
    ).toThrow(/DATABASE_READ_URL: a postgres:\/\/ URL/);
  });
});

describe.skipIf(!postgresUrl)('supervision reads from a streaming replica', () => {
  let primary: PostgresServer;
  let replica: PostgresReplica;
  let app: TestApp;
  let supervisor: string;
  let family: string;

  beforeAll(async () => {
    primary = await startPostgresServer();
    const databaseUrl = await createServerDatabase(primary.url());
    replica = await startPostgresReplica(primary);
    const database = new URL(databaseUrl).pathname.slice(1);
    app = await startTestApp({
      databaseUrl,
      env: { DATABASE_READ_URL: replica.url(database), SUPERVISION_FOLD_SECONDS: '0.2' },
    });
    // The schema and the demo data reach the replica by streaming, as everything else does.
    await replica.catchUp();
    supervisor = await app.signInStaff('supervisor-yunnan');
    family = await app.citizenCookie(0);
  });

  afterAll(async () => {
    await app?.stop();
    await replica?.stop();
    primary?.stop();
  });

  const dashboard = async () => {
    const reply = await app.api(`/api/v1/supervision/dashboard?region=${PROVINCE}`, { cookie: supervisor });
    if (reply.status !== 200) throw new Error(`dashboard: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body as {
      source: 'primary' | 'replica';
      replicaLagSeconds: number | null;
      cases: { total: number };
    };
  };

  /** The province's case count as the primary has it now (folded counts plus pending deltas). */
  const primaryTotal = async () => {
    const [row] = await queryRows<{ n: string | number | null }>(
      app.database.db,
      sql`SELECT sum(n) AS n FROM (
            SELECT n FROM supervision_count WHERE metric = 'case.state' AND region_code = ${PROVINCE}
            UNION ALL
            SELECT n FROM supervision_delta WHERE metric = 'case.state' AND region_code = ${PROVINCE}
          ) AS figures`,
    );
    return Number(row?.n ?? 0);
  };

  /** A family applies online through the ordinary routes; resolves with the submission's reply and how long it took. */
  const apply = async () => {
    const draft = await prepareDraft(app, family);
    const started = performance.now();
    const reply = await submitDraft(app, family, draft);
    return { reply, ms: performance.now() - started };
  };

  it('reads through a read-only pool on the replica', async () => {
    expect(app.services.context.readDatabase).not.toBe(app.services.context.database);
    const [row] = await queryRows<{ recovering: boolean; read_only: string }>(
      app.services.context.readDatabase.db,
      sql`SELECT pg_is_in_recovery() AS recovering, current_setting('default_transaction_read_only') AS read_only`,
    );
    expect(row).toEqual({ recovering: true, read_only: 'on' });
  });

  it('serves the dashboard from the replica, which holds back what it has not replayed', async () => {
    const first = await apply();
    expect(first.reply.status).toBe(201);
    await replica.catchUp();
    const before = await dashboard();
    expect(before.source).toBe('replica');
    expect(before.cases.total).toBe(await primaryTotal());
    expect(before.cases.total).toBeGreaterThanOrEqual(1);

    await replica.pause();
    try {
      // Intake on the primary does not wait for the replica.
      const second = await apply();
      expect(second.reply.status).toBe(201);
      expect(second.ms).toBeLessThan(10_000);
      const tracked = await app.api(`/api/v1/cases/${second.reply.body.code}`, { cookie: family });
      expect(tracked.status).toBe(200);
      expect(await primaryTotal()).toBe(before.cases.total + 1);
      expect(await replica.lagBytes()).toBeGreaterThan(0);

      // The replica has not replayed it: the figures are the ones from before, and say so.
      await sleep(500);
      const held = await dashboard();
      expect(held.source).toBe('replica');
      expect(held.cases.total).toBe(before.cases.total);
      expect(held.replicaLagSeconds).not.toBeNull();
      expect(held.replicaLagSeconds as number).toBeGreaterThan(0);
    } finally {
      await replica.resume();
    }

    // Replay resumed: the case is counted within the replica's (small) lag.
    const deadline = Date.now() + 10_000;
    let after = await dashboard();
    while (after.cases.total !== before.cases.total + 1 && Date.now() < deadline) {
      await sleep(100);
      after = await dashboard();
    }
    expect(after.source).toBe('replica');
    expect(after.cases.total).toBe(before.cases.total + 1);
    expect(after.replicaLagSeconds).not.toBeNull();
    expect(after.replicaLagSeconds as number).toBeLessThan(5);
  });

  it('answers 503 while the replica cannot be reached, and intake goes on', async () => {
    await replica.stop();

    await expect(readSource(app.services.context)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    const direct = onReadDatabase(app.services.context, (db) => db.execute(sql`SELECT 1`));
    await expect(direct).rejects.toBeInstanceOf(AppError);

    const during = await apply();
    expect(during.reply.status).toBe(201);
    const health = await app.api('/healthz');
    expect(health.status).toBe(200);

    const refused = await app.api(`/api/v1/supervision/dashboard?region=${PROVINCE}`, { cookie: supervisor });
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('SERVICE_UNAVAILABLE');
  });
});
