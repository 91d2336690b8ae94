/**
 * Staff identity: argon2id hashes, lockout after repeated failures, idle timeout, demo accounts
 * refused in production, and sessions that end on sign-out.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { staffAccounts } from '../../src/server/db/schema.ts';
import { AppError } from '../../src/server/errors.ts';
import { signInStaff } from '../../src/server/identity/staff-sign-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({
    postgresUrl: inject('postgresUrl'),
    env: { LOGIN_MAX_FAILURES: '3', SESSION_IDLE_MINUTES: '5' },
  });
});
afterAll(async () => {
  await app?.stop();
});

describe('staff identity', () => {
  it('stores argon2id hashes only', async () => {
    const [row] = await app.database.db
      .select()
      .from(staffAccounts)
      .where(eq(staffAccounts.username, 'admin'));
    expect(row?.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('answers a wrong password plainly, then locks the account after repeated failures', async () => {
    const attempt = (password: string) =>
      app.api('/api/v1/auth/staff/sign-in', { body: { username: 'window-530302', password } });
    const first = await attempt('wrong-1');
    expect(first.status).toBe(401);
    expect(first.body.error.code).toBe('INVALID_CREDENTIALS');
    expect(first.body.error.messageZh).toContain('用户名或密码不正确');
    await attempt('wrong-2');
    const third = await attempt('wrong-3');
    // Locked now; the answer is the same as for a wrong password or an unknown user, so a guesser
    // learns nothing, and it says that repeated failures lock the account.
    expect(third.status).toBe(401);
    expect(third.body.error.code).toBe('INVALID_CREDENTIALS');
    expect(third.body.error.messageZh).toContain('暂时锁定');
    const [row] = await app.database.db
      .select()
      .from(staffAccounts)
      .where(eq(staffAccounts.username, 'window-530302'));
    expect(row?.lockedUntil?.getTime()).toBeGreaterThan(Date.now());
    // Even the right password is refused while locked.
    const right = await attempt('Lianban#2026');
    expect(right.status).toBe(401);
    expect(right.body.error.code).toBe('INVALID_CREDENTIALS');
    const events = await app.database.db.execute(
      sql`SELECT count(*)::int AS n FROM audit_event WHERE action IN ('staff.sign_in', 'staff.locked') AND outcome <> 'success'`,
    );
    expect(Number((events as unknown as { rows: { n: number }[] }).rows[0]?.n)).toBeGreaterThanOrEqual(4);
  });

  it('does not reveal whether a user name exists', async () => {
    const unknown = await app.api('/api/v1/auth/staff/sign-in', {
      body: { username: 'nobody', password: 'x' },
    });
    expect(unknown.status).toBe(401);
    expect(unknown.body.error.code).toBe('INVALID_CREDENTIALS');
  });

  it('signs a session out after the idle limit', async () => {
    const cookie = await app.signInStaff('admin');
    expect((await app.api('/api/v1/me', { cookie })).body.kind).toBe('staff');
    await app.database.db.execute(sql`UPDATE session SET last_seen_at = now() - interval '6 minutes'`);
    const expired = await app.api('/api/v1/department/sub-cases', { cookie });
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('SESSION_EXPIRED');
    expect((await app.api('/api/v1/me', { cookie })).body.kind).toBe('anonymous');
  });

  it('ends the session on sign-out', async () => {
    const cookie = await app.signInStaff('police-530102');
    expect((await app.api('/api/v1/auth/sign-out', { method: 'POST', cookie })).status).toBe(204);
    expect((await app.api('/api/v1/me', { cookie })).body.kind).toBe('anonymous');
  });

  it('refuses demo accounts when NODE_ENV=production', async () => {
    const production = loadConfig({
      NODE_ENV: 'production',
      LIANBAN_DATA_KEY: 'x'.repeat(32),
    } as NodeJS.ProcessEnv);
    await expect(
      signInStaff(
        app.database.db,
        app.services.context.keys,
        production,
        'supervisor-yunnan',
        'Lianban#2026',
      ),
    ).rejects.toSatisfy(
      (error: unknown) => error instanceof AppError && error.code === 'DEMO_ACCOUNTS_DISABLED',
    );
  });

  it('rate-limits sign-in attempts', async () => {
    const limited = await startTestApp({ env: { RATE_LIMIT_SIGN_IN_PER_MINUTE: '3' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push(
          (await limited.api('/api/v1/auth/staff/sign-in', { body: { username: 'nobody', password: 'x' } }))
            .status,
        );
      }
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      const last = await limited.api('/api/v1/auth/staff/sign-in', {
        body: { username: 'nobody', password: 'x' },
      });
      expect(last.status).toBe(429);
      expect(last.body.error.code).toBe('RATE_LIMITED');
    } finally {
      await limited.stop();
    }
  });
});
