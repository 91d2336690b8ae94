/**
 * Server-side sessions kept in the database, so a session made on one instance works on every
 * other. The browser holds a random token in an HttpOnly cookie; the database holds only its SM3
 * digest. A session ends after a period without activity (idle timeout).
 */
import { randomBytes } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { preparedFor } from '../db/prepared.ts';
import { citizens, sessions } from '../db/schema.ts';
import { sm3Hex } from '../security/national-crypto.ts';

export const SESSION_COOKIE = 'lb_session';
/** Write last_seen_at at most this often, to keep reads cheap. */
const TOUCH_INTERVAL_MS = 30_000;

export type PrincipalKind = 'staff' | 'citizen';

export interface SessionRecord {
  tokenHash: string;
  principalKind: PrincipalKind;
  principalId: string;
  lastSeenAt: Date;
  idleMinutes: number;
  /** A citizen's session brings the citizen's name, read in the same statement. */
  citizenName: string | null;
}

export async function createSession(
  db: Executor,
  principalKind: PrincipalKind,
  principalId: string,
  idleMinutes: number,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({ tokenHash: sm3Hex(token), principalKind, principalId, idleMinutes });
  return token;
}

export type SessionLookup =
  | { status: 'none' }
  | { status: 'expired' }
  | { status: 'active'; session: SessionRecord };

export async function resolveSession(
  db: Executor,
  token: string | undefined,
  now = new Date(),
): Promise<SessionLookup> {
  if (!token) return { status: 'none' };
  const tokenHash = sm3Hex(token);
  const lookup = preparedFor(db, 'lianban_session_lookup', () =>
    db
      .select({ session: sessions, citizenName: citizens.name })
      .from(sessions)
      .leftJoin(citizens, and(eq(sessions.principalKind, 'citizen'), eq(citizens.id, sessions.principalId)))
      .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
      .limit(1)
      .prepare('lianban_session_lookup'),
  );
  const [found] = await lookup.execute({ tokenHash });
  if (!found) return { status: 'none' };
  const row = found.session;
  const idleMs = row.idleMinutes * 60_000;
  if (now.getTime() - row.lastSeenAt.getTime() > idleMs) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return { status: 'expired' };
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  return {
    status: 'active',
    session: {
      tokenHash,
      principalKind: row.principalKind as PrincipalKind,
      principalId: row.principalId,
      lastSeenAt: row.lastSeenAt,
      idleMinutes: row.idleMinutes,
      citizenName: found.citizenName,
    },
  };
}

export async function destroySession(db: Executor, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, sm3Hex(token)));
}

/** Remove sessions idle past their limit; run periodically by a job. */
export async function purgeIdleSessions(db: Executor, now = new Date()): Promise<number> {
  const removed = await db
    .delete(sessions)
    .where(
      and(
        lt(
          sessions.lastSeenAt,
          sql`${now.toISOString()}::timestamptz - (${sessions.idleMinutes} * interval '1 minute')`,
        ),
      ),
    )
    .returning({ tokenHash: sessions.tokenHash });
  return removed.length;
}
