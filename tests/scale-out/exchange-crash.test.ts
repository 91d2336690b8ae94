/**
 * Crash safety of department exchange: the platform runs as its own process (`node src/cli.ts
 * start`) on a PostgreSQL database, pushes routed sub-cases to a slow department system on
 * loopback, and is killed with SIGKILL while deliveries are in flight. Started again on the same
 * database, it delivers everything: no message is lost, none is written twice, none is left in
 * flight, and the receiver — which keeps each message by its Idempotency-Key — has every one.
 * A message the dead process had sent but not yet recorded is sent again (the receipts count
 * those repeats; the Idempotency-Key lets the receiver ignore them).
 * Runs only with LIANBAN_TEST_BACKEND=postgres (skipped otherwise).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Database, openDatabase, queryRows } from '../../src/server/db/database.ts';
import { citizens } from '../../src/server/db/schema.ts';
import { createSession } from '../../src/server/identity/sessions.ts';
import { DEMO_STAFF_PASSWORD } from '../../src/server/seed/demo-data.ts';
import { seedDemo } from '../../src/server/seed/seed.ts';
import { freePort } from '../support/postgres-server.ts';
import { type PushReceiver, sleep, startPushReceiver, waitFor } from '../support/push-receiver.ts';
import { apiClient, createServerDatabase, TEST_DATA_KEY } from '../support/test-app.ts';
import { prepareDraft, submitDraft } from '../support/workflow.ts';

const postgresUrl = inject('postgresUrl');
const ROOT = resolve(import.meta.dirname, '../..');
const PARTY = 'public-security:530102';
const SUB_CASES = 16;
const RECEIVER_DELAY_MS = 300;
const LEASE_SECONDS = 3;

interface Platform {
  url: string;
  child: ChildProcess;
  output: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  api: ReturnType<typeof apiClient>;
}

/** The platform as an operator starts it, in a process of its own; resolves once it answers. */
async function startPlatform(databaseUrl: string, dataDir: string): Promise<Platform> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['src/cli.ts', 'start'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      HOME: process.env.HOME ?? tmpdir(),
      DATABASE_URL: databaseUrl,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      NODE_ENV: 'test',
      LIANBAN_DATA_KEY: TEST_DATA_KEY,
      DEMO_SEED: 'never',
      DEMO_SIMULATOR: 'never',
      LOG_LEVEL: 'warn',
      RATE_LIMIT_SIGN_IN_PER_MINUTE: '10000',
      RATE_LIMIT_SIGN_IN_PER_ACCOUNT_PER_MINUTE: '10000',
      RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: '10000',
      EXCHANGE_POLL_MS: '100',
      EXCHANGE_RETRY_BASE_MS: '50',
      EXCHANGE_RETRY_CAP_MS: '200',
      EXCHANGE_MAX_ATTEMPTS: '10',
      EXCHANGE_BREAKER_FAILURES: '5',
      EXCHANGE_BREAKER_HALF_OPEN_MS: '300',
      EXCHANGE_PUSH_TIMEOUT_MS: '3000',
      EXCHANGE_LEASE_SECONDS: String(LEASE_SECONDS),
    },
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (output.length > 200) output.splice(0, output.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => done({ code, signal })),
  );
  let gone = false;
  void exited.then(() => {
    gone = true;
  });
  const platform = { url, child, output, exited, api: apiClient(url) };
  await waitFor(
    'the platform to answer /healthz',
    async () => {
      if (gone) throw new Error(`the platform exited while starting:\n${output.join('\n')}`);
      try {
        return (await fetch(`${url}/healthz`)).status === 200;
      } catch {
        return false;
      }
    },
    60_000,
    100,
  );
  return platform;
}

async function kill(platform: Platform | undefined) {
  if (!platform || platform.child.exitCode !== null || platform.child.signalCode !== null) return;
  platform.child.kill('SIGKILL');
  await platform.exited;
}

async function signIn(platform: Platform, username: string): Promise<string> {
  const response = await fetch(`${platform.url}/api/v1/auth/staff/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_STAFF_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${username} failed: ${response.status}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

describe.skipIf(!postgresUrl)('a platform killed in the middle of delivering', () => {
  let databaseUrl: string;
  let database: Database;
  const dataDirs: string[] = [];
  const platforms: Platform[] = [];
  let receiver: PushReceiver;

  const newDataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'lianban-crash-'));
    dataDirs.push(dir);
    return dir;
  };

  beforeAll(async () => {
    // The platform builds the web app on its first start when there is none; do it here, outside
    // the time the test itself is given.
    if (!existsSync(join(ROOT, 'dist/web/index.html'))) {
      const vite = await import('vite');
      await vite.build({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
    }
    databaseUrl = await createServerDatabase(postgresUrl as string);
    receiver = await startPushReceiver({ status: 200, delayMs: RECEIVER_DELAY_MS });
  });

  afterAll(async () => {
    for (const platform of platforms) await kill(platform);
    await receiver?.close();
    await database?.close();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('loses nothing and writes nothing twice when killed with SIGKILL and started again', async () => {
    const started = Date.now();
    const first = await startPlatform(databaseUrl, newDataDir());
    platforms.push(first);
    const firstStartMs = Date.now() - started;
    // The platform migrated the empty database; the demo data goes in as in the other scale-out tests.
    database = await openDatabase({ databaseUrl, dataDir: newDataDir(), poolSize: 4 });
    await seedDemo(database.db);

    const admin = await signIn(first, 'admin');
    const saved = await first.api(`/api/v1/admin/exchange/parties/${PARTY}`, {
      method: 'PUT',
      cookie: admin,
      body: {
        kind: 'department',
        departmentCode: 'public-security',
        regionCode: '530102',
        nameZh: '五华分局户政系统',
        nameEn: 'Wuhua police household system',
        adapter: 'push',
        endpointUrl: receiver.url,
      },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const key = await first.api(`/api/v1/admin/exchange/parties/${PARTY}/push-key`, {
      method: 'POST',
      cookie: admin,
    });
    expect(key.status).toBe(200);
    receiver.setPushKey({ keyId: key.body.keyId, secret: key.body.secret });
    // Messages gather while the party is paused, so delivery starts with a full batch in flight.
    const paused = await first.api(`/api/v1/admin/exchange/parties/${PARTY}/pause`, {
      cookie: admin,
      body: { paused: true },
    });
    expect(paused.status).toBe(204);

    const [citizen] = await database.db
      .insert(citizens)
      .values({ issuer: 'test', subject: 'crash-citizen', name: '刘芳' })
      .returning({ id: citizens.id });
    const family = `lb_session=${await createSession(database.db, 'citizen', citizen?.id as string, 30)}`;
    const clerk = await signIn(first, 'window-530102');
    const routed: string[] = [];
    for (let i = 0; i < SUB_CASES; i++) {
      const draft = await prepareDraft(first, family);
      const submitted = await submitDraft(first, family, draft);
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
      const detail = await first.api(`/api/v1/cases/${submitted.body.code}`, { cookie: family });
      const view = await first.api(`/api/v1/window/cases/${detail.body.id}`, { cookie: clerk });
      const accepted = await first.api(`/api/v1/window/cases/${detail.body.id}/accept`, {
        cookie: clerk,
        body: { version: view.body.version },
      });
      expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
      const police = detail.body.subCases.filter(
        (s: { departmentCode: string }) => s.departmentCode === 'public-security',
      );
      expect(police).toHaveLength(1);
      routed.push(police[0].id);
    }
    const states = async () =>
      queryRows<{ state: string; n: string | number }>(
        database.db,
        sql`SELECT state, count(*) AS n FROM exchange_message WHERE party_code = ${PARTY} GROUP BY state`,
      ).then((rows) => Object.fromEntries(rows.map((r) => [r.state, Number(r.n)])));
    expect(await states()).toEqual({ pending: SUB_CASES });
    expect(receiver.receipts).toHaveLength(0);

    // Delivery starts; the process is killed after a few pushes, with the rest in flight.
    const resumed = await first.api(`/api/v1/admin/exchange/parties/${PARTY}/pause`, {
      cookie: admin,
      body: { paused: false },
    });
    expect(resumed.status).toBe(204);
    await waitFor('a few pushes to arrive', () => receiver.receipts.length >= 4, 20_000, 10);
    first.child.kill('SIGKILL');
    const death = await first.exited;
    expect(death.signal).toBe('SIGKILL');
    const receivedBeforeKill = receiver.receipts.length;
    const atKill = await states();
    console.info(
      `killed with ${receivedBeforeKill} push(es) received; messages then: ${JSON.stringify(atKill)}`,
    );
    expect(atKill.in_flight ?? 0).toBeGreaterThan(0);
    expect(atKill.delivered ?? 0).toBeLessThan(SUB_CASES);

    const restarted = Date.now();
    const second = await startPlatform(databaseUrl, newDataDir());
    platforms.push(second);
    const secondStartMs = Date.now() - restarted;
    await waitFor(
      'every message delivered after the restart',
      async () => (await states()).delivered === SUB_CASES,
      60_000,
      200,
    );
    const recoveredMs = Date.now() - restarted;
    // Anything sent late would arrive now.
    await sleep(LEASE_SECONDS * 1000);

    const messages = await queryRows<{
      id: string;
      subject_id: string;
      state: string;
      attempts: number;
      lease_until: Date | null;
      delivered_by: string | null;
    }>(
      database.db,
      sql`SELECT id, subject_id, state, attempts, lease_until, delivered_by FROM exchange_message
          WHERE party_code = ${PARTY} ORDER BY sequence`,
    );
    // One message per routed sub-case, each delivered, none left in flight.
    expect(messages.map((m) => m.subject_id).sort()).toEqual([...routed].sort());
    const perSubCase = await queryRows<{ subject_id: string; n: string | number }>(
      database.db,
      sql`SELECT subject_id, count(*) AS n FROM exchange_message WHERE kind = 'sub-case.routed'
          GROUP BY subject_id HAVING count(*) > 1`,
    );
    expect(perSubCase).toEqual([]);
    expect(messages.every((m) => m.state === 'delivered' && m.lease_until === null)).toBe(true);
    const [stray] = await queryRows<{ n: string | number }>(
      database.db,
      sql`SELECT count(*) AS n FROM exchange_message WHERE state IN ('in_flight', 'pending', 'dead')`,
    );
    expect(Number(stray?.n)).toBe(0);

    // The receiver has every message, each answered 2xx at least once, and nothing else.
    const ids = new Set(messages.map((m) => m.id));
    const stored = new Set(receiver.receipts.map((r) => r.id));
    expect([...stored].sort()).toEqual([...ids].sort());
    for (const m of messages) {
      const got = receiver.of(m.id);
      expect(got.some((r) => r.status === 200)).toBe(true);
      expect(got.every((r) => r.valid)).toBe(true);
      expect(got[0]?.body.subCase.id).toBe(m.subject_id);
    }
    const repeats = messages
      .map((m) => ({ id: m.id, times: receiver.of(m.id).length }))
      .filter((m) => m.times > 1);
    const deliveredBy = Object.entries(
      messages.reduce<Record<string, number>>((acc, m) => {
        const who = m.delivered_by ?? 'nobody';
        acc[who] = (acc[who] ?? 0) + 1;
        return acc;
      }, {}),
    );
    console.info(
      `exchange crash: ${SUB_CASES} messages, ${receiver.receipts.length} receipts ` +
        `(${receiver.receipts.length - ids.size} repeat(s): ${JSON.stringify(repeats)}); ` +
        `delivered by ${deliveredBy.map(([who, n]) => `${who}: ${n}`).join(', ')}; ` +
        `first start ${(firstStartMs / 1000).toFixed(1)} s, restart ${(secondStartMs / 1000).toFixed(1)} s, ` +
        `all delivered ${(recoveredMs / 1000).toFixed(1)} s after the restart began`,
    );
    // Every repeat is of a message the killed process had in hand; the new process sent each once.
    const beforeKill = new Set(receiver.receipts.slice(0, receivedBeforeKill).map((r) => r.id));
    for (const repeat of repeats) expect(beforeKill.has(repeat.id)).toBe(true);
    const afterKill = receiver.receipts.slice(receivedBeforeKill).map((r) => r.id);
    expect(new Set(afterKill).size).toBe(afterKill.length);
    expect(deliveredBy.length).toBe(2);

    await kill(second);
  });
});
