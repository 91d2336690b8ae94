/**
 * Storage for the embedded OpenID provider in the `oidc_payload` table, so that any instance can
 * continue a flow another instance began (interaction, session, code, tokens, grants). Expired
 * rows are invisible to reads; `purgeExpiredOidcPayloads` removes them for good.
 */
import { and, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';
import type { Executor } from '../../db/database.ts';
import { oidcPayloads } from '../../db/schema.ts';

/** Kinds whose rows belong to a grant and go when it is revoked (as in oidc-provider's own adapter). */
const GRANTABLE = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
  'PreAuthorizedCode',
]);

function notExpired(now: Date) {
  return or(isNull(oidcPayloads.expiresAt), gt(oidcPayloads.expiresAt, now));
}

class DrizzleAdapter implements Adapter {
  readonly #db: Executor;
  readonly #kind: string;

  constructor(db: Executor, kind: string) {
    this.#db = db;
    this.#kind = kind;
  }

  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    const expiresAt = typeof expiresIn === 'number' ? new Date(Date.now() + expiresIn * 1000) : null;
    const row = {
      payload,
      grantId: GRANTABLE.has(this.#kind) ? (payload.grantId ?? null) : null,
      userCode: payload.userCode ?? null,
      uid: payload.uid ?? null,
      expiresAt,
    };
    await this.#db
      .insert(oidcPayloads)
      .values({ kind: this.#kind, id, ...row })
      // A re-saved object starts afresh, like a replaced entry in the in-memory adapter.
      .onConflictDoUpdate({
        target: [oidcPayloads.kind, oidcPayloads.id],
        set: { ...row, consumedAt: null },
      });
  }

  async #findWhere(condition: ReturnType<typeof eq>): Promise<AdapterPayload | undefined> {
    const [row] = await this.#db
      .select()
      .from(oidcPayloads)
      .where(and(eq(oidcPayloads.kind, this.#kind), condition, notExpired(new Date())))
      .limit(1);
    if (!row) return undefined;
    const payload = row.payload as AdapterPayload;
    return row.consumedAt ? { ...payload, consumed: Math.floor(row.consumedAt.getTime() / 1000) } : payload;
  }

  find(id: string) {
    return this.#findWhere(eq(oidcPayloads.id, id));
  }

  findByUid(uid: string) {
    return this.#findWhere(eq(oidcPayloads.uid, uid));
  }

  findByUserCode(userCode: string) {
    return this.#findWhere(eq(oidcPayloads.userCode, userCode));
  }

  async consume(id: string): Promise<void> {
    await this.#db
      .update(oidcPayloads)
      .set({ consumedAt: new Date() })
      .where(and(eq(oidcPayloads.kind, this.#kind), eq(oidcPayloads.id, id)));
  }

  async destroy(id: string): Promise<void> {
    await this.#db
      .delete(oidcPayloads)
      .where(and(eq(oidcPayloads.kind, this.#kind), eq(oidcPayloads.id, id)));
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    await this.#db.delete(oidcPayloads).where(eq(oidcPayloads.grantId, grantId));
  }
}

export function drizzleAdapter(db: Executor): AdapterFactory {
  return (kind: string) => new DrizzleAdapter(db, kind);
}

/** Delete provider rows past their expiry; for a periodic housekeeping job. */
export async function purgeExpiredOidcPayloads(db: Executor, now = new Date()): Promise<number> {
  const removed = await db
    .delete(oidcPayloads)
    .where(lt(oidcPayloads.expiresAt, now))
    .returning({ id: oidcPayloads.id });
  return removed.length;
}
