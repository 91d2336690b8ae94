/**
 * Staff sign-in with argon2id password hashes; a limit on attempts per account name and per
 * address, and lockout after repeated failures, all counted atomically in the database so that
 * parallel guesses on any instance count; one answer for an unknown user, a wrong password and a
 * locked account; an audit event for every attempt. Demo accounts are refused when
 * NODE_ENV=production.
 */
import { createHmac } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import { type AuditSealer, appendAudit } from '../audit/audit-log.ts';
import * as clock from '../clock.ts';
import type { Config } from '../config.ts';
import { type Db, queryRows } from '../db/database.ts';
import { staffAccounts } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { DataKeys } from '../security/national-crypto.ts';
import { createSession } from './sessions.ts';

type SignInConfig = Pick<
  Config,
  'env' | 'loginMaxFailures' | 'loginLockMinutes' | 'sessionIdleMinutes' | 'rateLimits'
>;

/**
 * Count one attempt against a key for the current minute; true while within the limit. One
 * statement, so parallel attempts on any instance each count.
 */
export async function countAttempt(db: Db, key: string, limit: number, now: Date): Promise<boolean> {
  const windowStart = new Date(now.getTime() - 60_000).toISOString();
  const [row] = await queryRows<{ attempts: number }>(
    db,
    sql`INSERT INTO sign_in_throttle (key, window_start, attempts)
        VALUES (${key}, ${now.toISOString()}::timestamptz, 1)
        ON CONFLICT (key) DO UPDATE SET
          attempts = CASE WHEN sign_in_throttle.window_start <= ${windowStart}::timestamptz
                          THEN 1 ELSE sign_in_throttle.attempts + 1 END,
          window_start = CASE WHEN sign_in_throttle.window_start <= ${windowStart}::timestamptz
                              THEN ${now.toISOString()}::timestamptz ELSE sign_in_throttle.window_start END
        RETURNING attempts`,
  );
  return Number(row?.attempts ?? 0) <= limit;
}

/** The throttle key of an account name: keyed, so the table does not list who tried to sign in. */
function accountKey(keys: Pick<DataKeys, 'mac'>, username: string): string {
  const name = username.normalize('NFC').toLowerCase();
  return `account:${createHmac('sm3', keys.mac).update(`staff-sign-in\n${name}`).digest('hex').slice(0, 32)}`;
}

/** argon2id (the library's default algorithm) with OWASP's suggested memory and time costs. */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
let dummyHash: string | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function signInStaff(
  db: Db,
  keys: AuditSealer & Pick<DataKeys, 'mac'>,
  config: SignInConfig,
  username: string,
  password: string,
  options: { address?: string } = {},
): Promise<{ token: string; staffId: string }> {
  const now = clock.now();
  // Limits before any password work: per account name (known or not) and per address.
  const withinAccount = await countAttempt(
    db,
    accountKey(keys, username),
    config.rateLimits.signInPerAccountPerMinute,
    now,
  );
  const withinAddress =
    options.address === undefined ||
    (await countAttempt(db, `address:${options.address}`, config.rateLimits.signInPerMinute, now));
  if (!withinAccount || !withinAddress) {
    await db.transaction((tx) =>
      appendAudit(tx, keys, {
        actor: { kind: 'staff', id: null, label: username.slice(0, 64) },
        action: 'staff.sign_in',
        objectType: 'staff_account',
        outcome: 'denied',
        details: { reason: withinAccount ? 'address_rate_limited' : 'account_rate_limited' },
      }),
    );
    throw new AppError('RATE_LIMITED');
  }
  const [account] = await db
    .select()
    .from(staffAccounts)
    .where(eq(staffAccounts.username, username))
    .limit(1);
  const actor = { kind: 'staff' as const, id: account?.id ?? null, label: username.slice(0, 64) };

  if (!account) {
    // Spend the same time as a real check so user names cannot be probed by timing.
    dummyHash ??= await hashPassword('not-a-real-password');
    await verify(dummyHash, password);
    await db.transaction((tx) =>
      appendAudit(tx, keys, {
        actor,
        action: 'staff.sign_in',
        objectType: 'staff_account',
        outcome: 'failure',
        details: { reason: 'unknown_user' },
      }),
    );
    throw new AppError('INVALID_CREDENTIALS');
  }

  if (account.isDemo && config.env === 'production') {
    await db.transaction((tx) =>
      appendAudit(tx, keys, {
        actor,
        action: 'staff.sign_in',
        objectType: 'staff_account',
        objectId: account.id,
        outcome: 'denied',
        details: { reason: 'demo_account_in_production' },
      }),
    );
    throw new AppError('DEMO_ACCOUNTS_DISABLED');
  }

  // The password is checked even for a locked account, so a locked, an unknown and a wrong
  // account all take the same time and get the same answer.
  const valid = await verify(account.passwordHash, password).catch(() => false);
  const lockedAtStart = account.lockedUntil !== null && account.lockedUntil > now;
  if (!valid || lockedAtStart) {
    // Counted in one statement: parallel guesses each add one, on any instance.
    const lockUntil = new Date(now.getTime() + config.loginLockMinutes * 60_000);
    const counted = lockedAtStart
      ? []
      : await db
          .update(staffAccounts)
          .set({
            failedAttempts: sql`case when ${staffAccounts.failedAttempts} + 1 >= ${config.loginMaxFailures} then 0 else ${staffAccounts.failedAttempts} + 1 end`,
            lockedUntil: sql`case when ${staffAccounts.failedAttempts} + 1 >= ${config.loginMaxFailures} then ${lockUntil.toISOString()}::timestamptz else ${staffAccounts.lockedUntil} end`,
          })
          .where(eq(staffAccounts.id, account.id))
          .returning({
            failedAttempts: staffAccounts.failedAttempts,
            lockedUntil: staffAccounts.lockedUntil,
          });
    const lockedNow = counted[0]?.lockedUntil?.getTime() === lockUntil.getTime();
    await db.transaction((tx) =>
      appendAudit(tx, keys, {
        actor,
        action: lockedNow ? 'staff.locked' : 'staff.sign_in',
        objectType: 'staff_account',
        objectId: account.id,
        outcome: lockedAtStart ? 'denied' : 'failure',
        details: lockedAtStart
          ? { reason: 'locked' }
          : { reason: 'wrong_password', failures: counted[0]?.failedAttempts ?? null },
      }),
    );
    throw new AppError('INVALID_CREDENTIALS');
  }

  const token = await db.transaction(async (tx) => {
    // Only if no parallel guess locked the account meanwhile.
    const cleared = await tx
      .update(staffAccounts)
      .set({ failedAttempts: 0, lockedUntil: null })
      .where(
        and(
          eq(staffAccounts.id, account.id),
          or(isNull(staffAccounts.lockedUntil), lte(staffAccounts.lockedUntil, now)),
        ),
      )
      .returning({ id: staffAccounts.id });
    if (cleared.length === 0) return null;
    await appendAudit(tx, keys, {
      actor,
      action: 'staff.sign_in',
      objectType: 'staff_account',
      objectId: account.id,
    });
    return createSession(tx, 'staff', account.id, config.sessionIdleMinutes);
  });
  if (!token) throw new AppError('INVALID_CREDENTIALS');
  return { token, staffId: account.id };
}
