/**
 * Starts a real application instance for a test: on in-memory PGlite, or — when the run has a
 * PostgreSQL server — on a fresh database of that server. Listens on a free loopback port and
 * offers small helpers to sign in and call the API with a cookie.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../../src/server/config.ts';
import { type Database, openDatabase, openMemoryDatabase } from '../../src/server/db/database.ts';
import { citizens } from '../../src/server/db/schema.ts';
import { DEMO_CITIZENS } from '../../src/server/identity/demo-citizens.ts';
import { createSession } from '../../src/server/identity/sessions.ts';
import { encryptField } from '../../src/server/security/national-crypto.ts';
import { DEMO_STAFF_PASSWORD } from '../../src/server/seed/demo-data.ts';
import { seedDemo } from '../../src/server/seed/seed.ts';
import { type Services, startServices } from '../../src/server/services.ts';
import { freePort } from './postgres-server.ts';

export const TEST_DATA_KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

/** Create an empty database on the server and return its URL. */
export async function createServerDatabase(serverUrl: string): Promise<string> {
  const name = `lianban_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface TestApp {
  url: string;
  services: Services;
  database: Database;
  backend: 'pglite' | 'postgres';
  signInStaff(username: string, password?: string): Promise<string>;
  /** A session for a demo citizen, made directly (sign-in itself is tested over OIDC elsewhere). */
  citizenCookie(index?: number): Promise<string>;
  api(
    path: string,
    init?: { method?: string; cookie?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<{
    status: number;
    // biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies of many shapes
    body: any;
  }>;
  stop(): Promise<void>;
}

export async function startTestApp(
  options: { postgresUrl?: string | null; databaseUrl?: string; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'lianban-test-'));
  const databaseUrl =
    options.databaseUrl ??
    (options.postgresUrl ? await createServerDatabase(options.postgresUrl) : undefined);
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'never',
    LIANBAN_DATA_KEY: TEST_DATA_KEY,
    NODE_ENV: 'test',
    // Tests sign many staff in quickly; the limit itself is tested with its own setting.
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '10000',
    RATE_LIMIT_SIGN_IN_PER_ACCOUNT_PER_MINUTE: '10000',
    RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: '10000',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...options.env,
  } as NodeJS.ProcessEnv);
  const database = databaseUrl
    ? await openDatabase({ databaseUrl, dataDir, poolSize: 10 })
    : await openMemoryDatabase();
  const services = await startServices(config, { database, logger: false });
  await seedDemo(database.db);
  await services.app.listen({ port, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${port}`;

  const api = apiClient(url);

  return {
    url,
    services,
    database,
    backend: database.kind,
    api,
    async signInStaff(username, password = DEMO_STAFF_PASSWORD) {
      const response = await fetch(`${url}/api/v1/auth/staff/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (response.status !== 200)
        throw new Error(`sign-in of ${username} failed: ${response.status} ${await response.text()}`);
      return (response.headers.get('set-cookie') ?? '').split(';')[0] as string;
    },
    async citizenCookie(index = 0) {
      const person = DEMO_CITIZENS[index];
      if (!person) throw new Error('no such demo citizen');
      // As the identity service would share them: name, ID number and phone.
      const identity = {
        name: person.name,
        idNumberEncrypted: encryptField(services.context.keys, person.idNumber),
        phoneEncrypted: encryptField(services.context.keys, person.phone),
      };
      const [row] = await database.db
        .insert(citizens)
        .values({ issuer: 'test', subject: person.subject, ...identity })
        .onConflictDoUpdate({ target: [citizens.issuer, citizens.subject], set: identity })
        .returning({ id: citizens.id });
      const token = await createSession(database.db, 'citizen', row?.id as string, 30);
      return `lb_session=${token}`;
    },
    async stop() {
      await services.stop();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A JSON client for one instance: cookie in, status and parsed body out, redirects not followed. */
export function apiClient(url: string): TestApp['api'] {
  return async (path, init = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.cookie) headers.cookie = init.cookie;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(url + path, {
      method: init.method ?? (init.body !== undefined ? 'POST' : 'GET'),
      headers,
      body: init.body !== undefined ? JSON.stringify(init.body) : null,
      redirect: 'manual',
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // not JSON; keep the text
    }
    return { status: response.status, body };
  };
}
