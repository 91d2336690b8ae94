/**
 * Staff sign-in with argon2id password hashes, lockout after repeated failures, and an audit
 * event for every attempt. Demo accounts are refused when NODE_ENV=production.
 */
import { hash, verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/audit-log.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import { staffAccounts } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { createSession } from './sessions.ts';

/** argon2id (the library's default algorithm) with OWASP's suggested memory and time costs. */
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
let dummyHash: string | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function signInStaff(
  db: Db,
  config: Pick<Config, 'env' | 'loginMaxFailures' | 'loginLockMinutes' | 'sessionIdleMinutes'>,
  username: string,
  password: string,
  now = new Date(),
): Promise<{ token: string; staffId: string }> {
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
      appendAudit(tx, {
        actor,
        action: 'staff.sign_in',
        objectType: 'staff_account',
        outcome: 'failure',
        details: { reason: 'unknown_user' },
      }),
    );
    throw new AppError('INVALID_CREDENTIALS');
  }

  if (account.lockedUntil && account.lockedUntil > now) {
    await db.transaction((tx) =>
      appendAudit(tx, {
        actor,
        action: 'staff.sign_in',
        objectType: 'staff_account',
        objectId: account.id,
        outcome: 'denied',
        details: { reason: 'locked' },
      }),
    );
    throw new AppError('ACCOUNT_LOCKED', { details: { lockedUntil: account.lockedUntil.toISOString() } });
  }

  if (account.isDemo && config.env === 'production') {
    await db.transaction((tx) =>
      appendAudit(tx, {
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

  const valid = await verify(account.passwordHash, password).catch(() => false);
  if (!valid) {
    const failures = account.failedAttempts + 1;
    const lock = failures >= config.loginMaxFailures;
    const lockedUntil = lock ? new Date(now.getTime() + config.loginLockMinutes * 60_000) : null;
    await db.transaction(async (tx) => {
      await tx
        .update(staffAccounts)
        .set({ failedAttempts: lock ? 0 : failures, lockedUntil })
        .where(eq(staffAccounts.id, account.id));
      await appendAudit(tx, {
        actor,
        action: lock ? 'staff.locked' : 'staff.sign_in',
        objectType: 'staff_account',
        objectId: account.id,
        outcome: 'failure',
        details: { reason: 'wrong_password', failures },
      });
    });
    if (lock) throw new AppError('ACCOUNT_LOCKED', { details: { lockedUntil: lockedUntil?.toISOString() } });
    throw new AppError('INVALID_CREDENTIALS');
  }

  const token = await db.transaction(async (tx) => {
    await tx
      .update(staffAccounts)
      .set({ failedAttempts: 0, lockedUntil: null })
      .where(eq(staffAccounts.id, account.id));
    await appendAudit(tx, {
      actor,
      action: 'staff.sign_in',
      objectType: 'staff_account',
      objectId: account.id,
    });
    return createSession(tx, 'staff', account.id, config.sessionIdleMinutes);
  });
  return { token, staffId: account.id };
}
