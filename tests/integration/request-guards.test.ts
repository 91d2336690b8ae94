/**
 * What an attacker tries first, answered with a 4xx in the documented shape and nothing stored:
 * NUL characters and lone surrogates (which would break the audit chain's hash of what it stored),
 * absurdly nested bodies, requests from another site, form-encoded bodies, a spoofed
 * X-Forwarded-For to dodge the sign-in rate limit, and parallel password guessing. Personal data
 * is never cached.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { verifyAudit } from '../../src/server/audit/verify.ts';
import { loadConfig } from '../../src/server/config.ts';
import { openDatabase, queryRows } from '../../src/server/db/database.ts';
import { staffAccounts } from '../../src/server/db/schema.ts';
import { startServices } from '../../src/server/services.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { accept, DEFAULT_ANSWERS, hukouOf, newDeceasedIdNumber, submit } from '../support/workflow.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({
    postgresUrl: inject('postgresUrl'),
    env: {
      LOGIN_MAX_FAILURES: '5',
      RATE_LIMIT_SIGN_IN_PER_MINUTE: '10000',
      RATE_LIMIT_SIGN_IN_PER_ACCOUNT_PER_MINUTE: '10',
    },
  });
});
afterAll(async () => {
  await app?.stop();
});

/** A raw request, so the body can hold exactly the bytes an attacker would send. */
async function raw(path: string, init: { method?: string; body?: string; headers?: Record<string, string> }) {
  const response = await fetch(app.url + path, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.body ?? null,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

describe('text the database cannot store faithfully', () => {
  it('refuses a NUL or a lone surrogate in the sign-in user name, and the audit chain stays intact', async () => {
    for (const username of ['\ud800', 'admin\u0000', '\udc00x']) {
      const response = await raw('/api/v1/auth/staff/sign-in', {
        body: JSON.stringify({ username, password: 'x' }),
      });
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ code: 'VALIDATION_FAILED' });
      expect(response.body.error.fields[0]).toMatchObject({ field: 'username' });
      expect(response.body.error.fields[0].zh).toContain('无法识别的字符');
    }
    // A lone surrogate as the JSON escape an attacker would type.
    const escaped = await raw('/api/v1/auth/staff/sign-in', {
      body: '{"username":"\\ud800","password":"x"}',
    });
    expect(escaped.status).toBe(400);
    const chain = await verifyAudit(app.database.db, app.services.context.keys);
    expect(chain.ok).toBe(true);
  });

  it('refuses them in form values, answer keys, query strings and paths, naming where', async () => {
    const family = await app.citizenCookie(0);
    const inValue = await raw('/api/v1/drafts', {
      headers: { cookie: family },
      body: JSON.stringify({
        regionCode: '530102',
        answers: { ...DEFAULT_ANSWERS, relationship: 'child\u0000' },
        deceasedIdNumber: newDeceasedIdNumber(),
      }),
    });
    expect(inValue.status).toBe(400);
    expect(inValue.body.error.fields[0].field).toBe('answers.relationship');
    const inKey = await raw('/api/v1/drafts', {
      headers: { cookie: family },
      body: JSON.stringify({
        regionCode: '530102',
        answers: { ...DEFAULT_ANSWERS, '\ud83d': 'x' },
        deceasedIdNumber: newDeceasedIdNumber(),
      }),
    });
    expect(inKey.status).toBe(400);
    expect(inKey.body.error.fields[0].field).toBe('answers');
    const inQuery = await app.api('/api/v1/calendar/due-date?start=2026-11-02%00&workingDays=1');
    expect(inQuery.status).toBe(400);
    const inPath = await app.api('/api/v1/cases/%00', { cookie: family });
    expect(inPath.status).toBe(400);
    expect(inPath.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('refuses a body nested absurdly deep', async () => {
    let nested: unknown = 'x';
    for (let i = 0; i < 40; i++) nested = { a: nested };
    const response = await raw('/api/v1/auth/staff/sign-in', {
      body: JSON.stringify({ username: 'admin', password: 'x', extra: nested }),
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
  });
});

describe('requests from another site', () => {
  it('refuses a state change a page of another site sends with the victim’s cookie', async () => {
    const clerk = await app.signInStaff('window-530102');
    const foreign: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'null' },
    ];
    for (const headers of foreign) {
      const response = await raw('/api/v1/auth/sign-out', {
        headers: { cookie: clerk, ...headers },
        body: '{}',
      });
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('CROSS_SITE_REFUSED');
    }
    // The session is still there: nothing was done.
    expect((await app.api('/api/v1/me', { cookie: clerk })).body.kind).toBe('staff');
    // The platform's own pages are same-origin and go through.
    const own = await raw('/api/v1/auth/sign-out', {
      headers: { cookie: clerk, origin: app.url, 'sec-fetch-site': 'same-origin' },
      body: '{}',
    });
    expect(own.status).toBe(204);
  });

  it('takes no form-encoded body on the API, so a cross-site form cannot sign a victim in', async () => {
    const response = await raw('/api/v1/auth/staff/sign-in', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=admin&password=Lianban%232026',
    });
    expect(response.status).toBe(415);
    expect(response.body.error.code).toBe('UNSUPPORTED_CONTENT_TYPE');
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});

describe('answers with personal data', () => {
  it('are never cached', async () => {
    const family = await app.citizenCookie(0);
    const mine = await fetch(`${app.url}/api/v1/cases`, { headers: { cookie: family } });
    expect(mine.headers.get('cache-control')).toBe('no-store');
  });
});

describe('password guessing', () => {
  it('counts parallel wrong passwords one by one and locks the account', async () => {
    // More than the five failures that lock, fewer than the per-account attempt limit.
    const attempts = await Promise.all(
      Array.from({ length: 9 }, (_, i) =>
        app.api('/api/v1/auth/staff/sign-in', {
          body: { username: 'window-532524', password: `guess-${i}` },
        }),
      ),
    );
    expect(attempts.every((a) => a.status === 401 && a.body.error.code === 'INVALID_CREDENTIALS')).toBe(true);
    const [row] = await app.database.db
      .select()
      .from(staffAccounts)
      .where(eq(staffAccounts.username, 'window-532524'));
    expect(row?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    const locks = await queryRows<{ n: number }>(
      app.database.db,
      sql`SELECT count(*)::int AS n FROM audit_event WHERE action = 'staff.locked' AND object_id = ${row?.id as string}`,
    );
    expect(locks[0]?.n).toBeGreaterThanOrEqual(1);
    // The right password, now, gets the same answer as a wrong one.
    const right = await app.api('/api/v1/auth/staff/sign-in', {
      body: { username: 'window-532524', password: 'Lianban#2026' },
    });
    expect(right.status).toBe(401);
  });
});

describe('a spoofed X-Forwarded-For', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp({ env: { RATE_LIMIT_SIGN_IN_PER_MINUTE: '5' } });
  });
  afterAll(async () => {
    await limited?.stop();
  });

  it('does not give each guess a new address: the sign-in limit still applies', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await fetch(`${limited.url}/api/v1/auth/staff/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i}` },
        body: JSON.stringify({ username: 'nobody', password: 'x' }),
      });
      statuses.push(response.status);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(3);
  });
});

describe('attempts per account', () => {
  let proxied: TestApp;
  beforeAll(async () => {
    // Behind a trusted proxy each guess may come from a different address; the account's own
    // limit still holds, counted in the database.
    proxied = await startTestApp({
      postgresUrl: inject('postgresUrl'),
      env: {
        TRUST_PROXY: '127.0.0.1',
        RATE_LIMIT_SIGN_IN_PER_MINUTE: '10000',
        RATE_LIMIT_SIGN_IN_PER_ACCOUNT_PER_MINUTE: '3',
        LOGIN_MAX_FAILURES: '50',
      },
    });
  });
  afterAll(async () => {
    await proxied?.stop();
  });

  const guess = (username: string, i: number) =>
    fetch(`${proxied.url}/api/v1/auth/staff/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i}` },
      body: JSON.stringify({ username, password: `guess-${i}` }),
    }).then(async (r) => ({ status: r.status, body: await r.json() }));

  it('limits guesses at one account from many addresses, the same for a name that does not exist', async () => {
    const known = await Promise.all([0, 1, 2, 3, 4].map((i) => guess('police-530102', i)));
    const unknown = await Promise.all([0, 1, 2, 3, 4].map((i) => guess('no-such-clerk', i)));
    for (const answers of [known, unknown]) {
      expect(answers.map((a) => a.status).sort()).toEqual([401, 401, 401, 429, 429]);
      const limited = answers.find((a) => a.status === 429);
      expect(limited?.body.error.code).toBe('RATE_LIMITED');
    }
    // Another account from the same addresses is not held back.
    expect((await guess('fund-530102', 0)).status).toBe(401);
    const denied = await queryRows<{ n: number }>(
      proxied.database.db,
      sql`SELECT count(*)::int AS n FROM audit_event
           WHERE action = 'staff.sign_in' AND details->>'reason' = 'account_rate_limited'`,
    );
    expect(denied[0]?.n).toBe(4);
  });
});

describe('no existence oracle', () => {
  it('answers a result for another department’s sub-case as if it did not exist', async () => {
    const family = await app.citizenCookie(1);
    const submitted = await submit(app, family);
    await accept(app, submitted.id);
    const hrss = await app.signInStaff('hrss-530102');
    const wrongType = { version: 3, result: { type: 'payment', amountYuan: '1', paidOn: '2026-11-20' } };
    const theirs = await app.api(`/api/v1/department/sub-cases/${hukouOf(submitted).id}/complete`, {
      cookie: hrss,
      body: wrongType,
    });
    const unknown = await app.api(`/api/v1/department/sub-cases/${crypto.randomUUID()}/complete`, {
      cookie: hrss,
      body: wrongType,
    });
    expect(theirs.status).toBe(404);
    expect(theirs.body).toEqual(unknown.body);
  });
});

describe('production', () => {
  it('refuses to start on an http:// address, where session cookies could not be Secure', async () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PUBLIC_URL: 'http://lianban.example',
      OIDC_ISSUER: 'https://id.example.gov.cn',
      LIANBAN_DATA_KEY: 'ab'.repeat(32),
    } as NodeJS.ProcessEnv);
    await expect(startServices(config, { database: app.database, logger: false })).rejects.toThrow(
      /PUBLIC_URL must be an https:\/\/ address in production/,
    );
  });
});

describe('the embedded database on disk', () => {
  it('keeps its folder to the service’s own user and refuses a second opener while in use', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lianban-lock-'));
    try {
      const first = await openDatabase({ dataDir });
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      expect(statSync(join(dataDir, 'pgdata')).mode & 0o777).toBe(0o700);
      await expect(openDatabase({ dataDir })).rejects.toThrow(/in use by another Lianban process/);
      await first.close();
      const again = await openDatabase({ dataDir });
      await again.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
