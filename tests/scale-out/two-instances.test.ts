/**
 * Scale-out: two application instances, each with its own connection pool, on ONE PostgreSQL
 * database. Proves that sessions work across instances, that submissions spread over both give
 * exactly one case per idempotency key with unique case codes, that every routed sub-case's job
 * runs exactly once, and that signing out on one instance ends the session on the other.
 * Runs only with LIANBAN_TEST_BACKEND=postgres (skipped otherwise).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { type Database, openDatabase, queryRows } from '../../src/server/db/database.ts';
import { citizens } from '../../src/server/db/schema.ts';
import { createSession } from '../../src/server/identity/sessions.ts';
import { DEMO_STAFF_PASSWORD } from '../../src/server/seed/demo-data.ts';
import { seedDemo } from '../../src/server/seed/seed.ts';
import { type Services, startServices } from '../../src/server/services.ts';
import { freePort } from '../support/postgres-server.ts';
import { apiClient, createServerDatabase, TEST_DATA_KEY } from '../support/test-app.ts';
import { prepareDraft, submitDraft } from '../support/workflow.ts';

/** Answers that give a case two sub-cases: the household cancellation (公安) and the will check (司法). */
const TWO_MATTERS = { notarisedWill: 'unknown' };

const postgresUrl = inject('postgresUrl');

interface Reply {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies of many shapes
  body: any;
}

interface Instance {
  name: string;
  url: string;
  services: Services;
  database: Database;
  api(
    path: string,
    init?: { method?: string; cookie?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<Reply>;
  stop(): Promise<void>;
}

async function startInstance(name: string, databaseUrl: string): Promise<Instance> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), `lianban-scale-${name}-`));
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'never',
    LIANBAN_DATA_KEY: TEST_DATA_KEY,
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: '1000',
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '1000',
  } as NodeJS.ProcessEnv);
  // Each instance has a pool of its own, as separate processes would.
  const database = await openDatabase({ databaseUrl, dataDir, poolSize: 10 });
  const services = await startServices(config, { database, logger: false });
  await services.app.listen({ port, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${port}`;
  return {
    name,
    url,
    services,
    database,
    api: apiClient(url),
    async stop() {
      await services.stop();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function signInStaff(instance: Instance, username: string): Promise<string> {
  const response = await fetch(`${instance.url}/api/v1/auth/staff/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_STAFF_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${username} failed: ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

/** A citizen and a session for them, written through this instance's own pool. */
async function citizenCookie(instance: Instance, subject: string, name: string): Promise<string> {
  const [row] = await instance.database.db
    .insert(citizens)
    .values({ issuer: 'test', subject, name })
    .onConflictDoUpdate({ target: [citizens.issuer, citizens.subject], set: { name } })
    .returning({ id: citizens.id });
  const token = await createSession(instance.database.db, 'citizen', row?.id as string, 30);
  return `lb_session=${token}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!postgresUrl)('two instances on one PostgreSQL database', () => {
  let a: Instance;
  let b: Instance;
  const submittedCodes: string[] = [];

  beforeAll(async () => {
    const databaseUrl = await createServerDatabase(postgresUrl as string);
    // Both start at once on the empty database: migrations and the job-queue schema must cope.
    [a, b] = await Promise.all([startInstance('a', databaseUrl), startInstance('b', databaseUrl)]);
    await seedDemo(a.database.db);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it('serves requests on both instances, with sessions valid on either', async () => {
    expect(a.services.instanceId).not.toBe(b.services.instanceId);
    for (const instance of [a, b]) {
      const health = await instance.api('/healthz');
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({ status: 'ok', database: { ok: true, backend: 'postgres' } });
    }

    const police = await signInStaff(a, 'police-530102');
    const onA = await a.api('/api/v1/me', { cookie: police });
    const onB = await b.api('/api/v1/me', { cookie: police });
    expect(onA.status).toBe(200);
    expect(onB.status).toBe(200);
    expect(onB.body).toMatchObject({ kind: 'staff', username: 'police-530102' });
    expect(onB.body.id).toBe(onA.body.id);

    const family = await citizenCookie(b, 'scale-citizen-b', '孙丽');
    // The draft begins on B; it is submitted on A.
    const draft = await prepareDraft(b, family, {
      answers: TWO_MATTERS,
      values: { 'deceased.name': '孙德明' },
    });
    const submitted = await submitDraft(a, family, draft, { idempotencyKey: `scale-${crypto.randomUUID()}` });
    expect(submitted.status).toBe(201);
    submittedCodes.push(submitted.body.code);
    // The case is visible to the family on the other instance too.
    const tracked = await b.api(`/api/v1/cases/${submitted.body.code}`, { cookie: family });
    expect(tracked.status).toBe(200);
    expect(tracked.body.code).toBe(submitted.body.code);
  });

  it('gives exactly one case per idempotency key and unique case codes across instances', async () => {
    const families = await Promise.all([
      citizenCookie(a, 'scale-citizen-1', '周敏'),
      citizenCookie(b, 'scale-citizen-2', '吴刚'),
      citizenCookie(a, 'scale-citizen-3', '郑洁'),
    ]);
    const total = 40;
    const batchSize = 8;
    const jobs = [];
    for (let i = 0; i < total; i++) {
      const cookie = families[i % families.length] as string;
      jobs.push({
        index: i,
        key: `scale-${i}-${crypto.randomUUID()}`,
        cookie,
        draft: await prepareDraft(i % 2 === 0 ? a : b, cookie, { answers: TWO_MATTERS }),
        // Every fifth one is a double submit: the same key sent to both instances at once.
        duplicate: i % 5 === 0,
      });
    }

    const results: { key: string; replies: Reply[] }[] = [];
    for (let start = 0; start < total; start += batchSize) {
      const batch = jobs.slice(start, start + batchSize);
      const settled = await Promise.all(
        batch.map(async (job) => {
          const first = job.index % 2 === 0 ? a : b;
          const second = first === a ? b : a;
          const send = (instance: Instance) =>
            submitDraft(instance, job.cookie, job.draft, { idempotencyKey: job.key });
          const replies = await Promise.all(job.duplicate ? [send(first), send(second)] : [send(first)]);
          return { key: job.key, replies };
        }),
      );
      results.push(...settled);
    }

    for (const { replies } of results) {
      for (const reply of replies) {
        if (reply.status >= 400)
          throw new Error(`submit failed: ${reply.status} ${JSON.stringify(reply.body)}`);
      }
      const statuses = replies.map((r) => r.status).sort();
      expect(statuses).toEqual(replies.length === 2 ? [200, 201] : [201]);
      const codes = new Set(replies.map((r) => r.body.code));
      expect(codes.size).toBe(1);
    }
    const codes = results.map((r) => r.replies[0]?.body.code as string);
    expect(new Set(codes).size).toBe(total);
    submittedCodes.push(...codes);

    const perKey = await queryRows<{ idempotency_key: string; n: string | number }>(
      a.database.db,
      sql`SELECT idempotency_key, count(*) AS n FROM "case" WHERE idempotency_key LIKE 'scale-%' GROUP BY idempotency_key`,
    );
    const keys = new Set(results.map((r) => r.key));
    const ours = perKey.filter((row) => keys.has(row.idempotency_key));
    expect(ours).toHaveLength(total);
    expect(ours.every((row) => Number(row.n) === 1)).toBe(true);

    const [codeCheck] = await queryRows<{ cases: string | number; codes: string | number }>(
      b.database.db,
      sql`SELECT count(*) AS cases, count(DISTINCT code) AS codes FROM "case"`,
    );
    expect(Number(codeCheck?.codes)).toBe(Number(codeCheck?.cases));
  });

  it('delivers every routed sub-case exactly once, from either instance', async () => {
    const [{ n: subCaseCount } = { n: 0 }] = await queryRows<{ n: string | number }>(
      a.database.db,
      sql`SELECT count(*) AS n FROM sub_case`,
    );
    // Each case carries two matters for departments (household cancellation, the will check); the
    // death proof and the cremation certificate are the issuers' own acts, never sub-cases.
    expect(Number(subCaseCount)).toBe(submittedCodes.length * 2);

    // Sub-cases are routed when the front desk accepts; the clerks work on both instances at once.
    const open = await queryRows<{ id: string; region_code: string }>(
      a.database.db,
      sql`SELECT id, region_code FROM "case" WHERE state = 'submitted' ORDER BY submitted_at`,
    );
    const clerks = new Map<string, string>();
    for (const instance of [a, b]) {
      for (const region of new Set(open.map((c) => c.region_code))) {
        clerks.set(`${instance.name}:${region}`, await signInStaff(instance, `window-${region}`));
      }
    }
    const results = await Promise.all(
      open.map(async (c, i) => {
        const instance = i % 2 === 0 ? a : b;
        const cookie = clerks.get(`${instance.name}:${c.region_code}`) as string;
        const view = await instance.api(`/api/v1/window/cases/${c.id}`, { cookie });
        const body = view.body as { version: number };
        return instance.api(`/api/v1/window/cases/${c.id}/accept`, {
          cookie,
          body: { version: body.version },
        });
      }),
    );
    expect(results.map((r) => r.status).every((status) => status === 200)).toBe(true);

    const started = Date.now();
    const deadline = started + 40_000;
    let delivered = 0;
    while (Date.now() < deadline) {
      const [row] = await queryRows<{ n: string | number }>(
        a.database.db,
        sql`SELECT count(DISTINCT subject_id) AS n FROM exchange_message WHERE kind = 'sub-case.routed' AND state = 'delivered'`,
      );
      delivered = Number(row?.n ?? 0);
      if (delivered >= Number(subCaseCount)) break;
      await sleep(250);
    }
    const deliveredAfterMs = Date.now() - started;
    expect(delivered).toBe(Number(subCaseCount));
    // A late second run of a job would land right after the first; give it a moment to show.
    await sleep(1500);

    const duplicates = await queryRows<{ sub_case_id: string; n: string | number }>(
      a.database.db,
      sql`SELECT subject_id AS sub_case_id, count(*) AS n FROM exchange_message WHERE kind = 'sub-case.routed' GROUP BY subject_id HAVING count(*) > 1`,
    );
    expect(duplicates).toEqual([]);
    const missing = await queryRows<{ id: string }>(
      a.database.db,
      sql`SELECT s.id FROM sub_case s LEFT JOIN exchange_message d ON d.subject_id = s.id AND d.state = 'delivered' WHERE d.id IS NULL`,
    );
    expect(missing).toEqual([]);

    const byInstance = await queryRows<{ instance_id: string; n: string | number }>(
      a.database.db,
      sql`SELECT delivered_by AS instance_id, count(*) AS n FROM exchange_message WHERE kind = 'sub-case.routed' GROUP BY delivered_by ORDER BY delivered_by`,
    );
    const known = new Set([a.services.instanceId, b.services.instanceId]);
    expect(byInstance.every((row) => known.has(row.instance_id))).toBe(true);
    const count = (id: string) => Number(byInstance.find((row) => row.instance_id === id)?.n ?? 0);
    console.info(
      `sub-case deliveries: ${subCaseCount} sub-cases, instance a ${count(a.services.instanceId)}, ` +
        `instance b ${count(b.services.instanceId)}; all delivered ${(deliveredAfterMs / 1000).toFixed(1)} s after the last submit`,
    );
  });

  it('ends a session on both instances when it is signed out on one', async () => {
    const police = await signInStaff(a, 'police-530102');
    expect((await b.api('/api/v1/me', { cookie: police })).body.kind).toBe('staff');
    const out = await a.api('/api/v1/auth/sign-out', { method: 'POST', cookie: police });
    expect(out.status).toBe(204);
    const onB = await b.api('/api/v1/me', { cookie: police });
    expect(onB.status).toBe(200);
    expect(onB.body).toEqual({ kind: 'anonymous' });
    const staffOnlyOnB = await b.api('/api/v1/department/sub-cases', { cookie: police });
    expect(staffOnlyOnB.status).toBe(401);

    // The same for a citizen: a session made on B, signed out on A.
    const family = await citizenCookie(b, 'scale-citizen-out', '冯雪');
    expect((await a.api('/api/v1/me', { cookie: family })).body.kind).toBe('citizen');
    expect((await a.api('/api/v1/auth/sign-out', { method: 'POST', cookie: family })).status).toBe(204);
    expect((await b.api('/api/v1/me', { cookie: family })).body).toEqual({ kind: 'anonymous' });
    expect((await b.api('/api/v1/cases', { cookie: family })).status).toBe(401);
  });
});
