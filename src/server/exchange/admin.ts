/**
 * The administrator's side of the exchange: parties (adapter, endpoint), their credentials
 * (issued, rotated with an overlap, revoked — a secret is shown once), the push signing key,
 * pausing a party, replaying dead-lettered messages, and the delivery monitor. Every change is
 * audited; secrets never are.
 */
import { randomBytes } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, like, or, sql } from 'drizzle-orm';
import { isDepartmentCode } from '../../domain/departments.ts';
import { type Adapter, departmentPartyCode, type MessageState, PARTY_CODE } from '../../domain/exchange.ts';
import { problem } from '../../domain/field-problems.ts';
import { regionPrefix } from '../../domain/regions.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { AppContext } from '../context.ts';
import { queryRows, type Transaction } from '../db/database.ts';
import { exchangeCredentials, exchangeMessages, exchangeParties, regions } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { actorOf, type StaffPrincipal } from '../identity/principal.ts';
import { encryptField } from '../security/national-crypto.ts';
import { newKeyId } from './dispatcher.ts';

export interface PartyInput {
  code?: string | undefined;
  kind: 'department' | 'bank';
  departmentCode: string;
  regionCode: string;
  bankName?: string | undefined;
  nameZh: string;
  nameEn: string;
  adapter: Adapter;
  endpointUrl?: string | undefined;
}

function inAdminRegion(staff: StaffPrincipal, regionCode: string | null) {
  return regionCode?.startsWith(regionPrefix(staff.regionCode)) ?? false;
}

async function lockParty(tx: Transaction, staff: StaffPrincipal, code: string) {
  const [party] = await tx
    .select()
    .from(exchangeParties)
    .where(eq(exchangeParties.code, code))
    .for('update')
    .limit(1);
  if (!party || !inAdminRegion(staff, party.regionCode)) throw new AppError('EXCHANGE_PARTY_NOT_FOUND');
  return party;
}

/** Creates a party, or changes one; pending messages follow a change of adapter. */
export async function saveParty(context: AppContext, staff: StaffPrincipal, input: PartyInput) {
  const code =
    input.code ??
    (input.kind === 'department' ? departmentPartyCode(input.departmentCode, input.regionCode) : '');
  const problems = [];
  if (!PARTY_CODE.test(code))
    problems.push(
      problem(
        'code',
        '交换方编码由小写字母、数字和 . : - 组成（2–63 位），如 medical-insurance:530102',
        'A party code is 2–63 lower-case letters, digits, ".", ":" or "-", such as medical-insurance:530102',
      ),
    );
  if (!isDepartmentCode(input.departmentCode))
    problems.push(problem('departmentCode', '部门编码不正确', 'Unknown department'));
  if (input.kind === 'bank' && !input.bankName)
    problems.push(problem('bankName', '银行交换方须填写银行名称', 'A bank party needs the bank name'));
  if (input.adapter === 'push' && !input.endpointUrl)
    problems.push(problem('endpointUrl', '推送方式须填写接收地址', 'A push party needs an endpoint URL'));
  if (!inAdminRegion(staff, input.regionCode))
    problems.push(
      problem('regionCode', '只能配置本辖区的交换方', 'Only parties in your region can be configured'),
    );
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fieldErrors: problems });
  return context.database.db.transaction(async (tx) => {
    const [region] = await tx.select().from(regions).where(eq(regions.code, input.regionCode)).limit(1);
    if (!region) {
      throw new AppError('VALIDATION_FAILED', {
        fieldErrors: [problem('regionCode', '没有这个行政区划', 'No such region')],
      });
    }
    const [existing] = await tx
      .select()
      .from(exchangeParties)
      .where(eq(exchangeParties.code, code))
      .for('update')
      .limit(1);
    if (existing && !inAdminRegion(staff, existing.regionCode))
      throw new AppError('EXCHANGE_PARTY_NOT_FOUND');
    const values = {
      kind: input.kind,
      departmentCode: input.departmentCode,
      regionCode: input.regionCode,
      bankName: input.kind === 'bank' ? (input.bankName ?? null) : null,
      nameZh: input.nameZh,
      nameEn: input.nameEn,
      adapter: input.adapter,
      endpointUrl: input.adapter === 'push' ? (input.endpointUrl ?? null) : null,
      updatedAt: new Date(),
    };
    if (existing) {
      await tx
        .update(exchangeParties)
        .set({ ...values, version: existing.version + 1 })
        .where(eq(exchangeParties.code, code));
      if (existing.adapter !== input.adapter) {
        await tx
          .update(exchangeMessages)
          .set({ adapter: input.adapter, state: 'pending', leaseUntil: null, nextAttemptAt: new Date() })
          .where(
            and(
              eq(exchangeMessages.partyCode, code),
              inArray(exchangeMessages.state, ['pending', 'in_flight']),
            ),
          );
      }
    } else {
      await tx.insert(exchangeParties).values({ code, ...values });
      // Messages already addressed to this office's workbench under the same code now go its new way.
      await tx
        .update(exchangeMessages)
        .set({ adapter: input.adapter })
        .where(and(eq(exchangeMessages.partyCode, code), eq(exchangeMessages.state, 'pending')));
    }
    await appendAudit(tx, context.keys, {
      actor: actorOf(staff),
      action: existing ? 'exchange.party.changed' : 'exchange.party.created',
      objectType: 'exchange_party',
      objectId: code,
      details: {
        adapter: input.adapter,
        endpointUrl: values.endpointUrl,
        previousAdapter: existing?.adapter ?? null,
      },
    });
    return { code };
  });
}

const newSecret = () => randomBytes(32).toString('base64url');

/** A new credential for the party; the secret is in this answer only. */
export async function issueCredential(
  context: AppContext,
  staff: StaffPrincipal,
  partyCode: string,
  rotate: boolean,
) {
  return context.database.db.transaction(async (tx) => {
    await lockParty(tx, staff, partyCode);
    const keyId = newKeyId();
    const secret = newSecret();
    const overlapUntil = new Date(Date.now() + context.config.exchange.credentialOverlapDays * 86_400_000);
    let retiring: string[] = [];
    if (rotate) {
      const rows = await tx
        .update(exchangeCredentials)
        .set({ expiresAt: overlapUntil })
        .where(
          and(
            eq(exchangeCredentials.partyCode, partyCode),
            isNull(exchangeCredentials.revokedAt),
            or(
              isNull(exchangeCredentials.expiresAt),
              sql`${exchangeCredentials.expiresAt} > ${overlapUntil}`,
            ),
          ),
        )
        .returning({ keyId: exchangeCredentials.keyId });
      retiring = rows.map((r) => r.keyId);
    }
    await tx.insert(exchangeCredentials).values({
      keyId,
      partyCode,
      secretEncrypted: encryptField(context.keys, secret),
      issuedBy: staff.id,
    });
    await appendAudit(tx, context.keys, {
      actor: actorOf(staff),
      action: rotate ? 'exchange.credential.rotated' : 'exchange.credential.issued',
      objectType: 'exchange_party',
      objectId: partyCode,
      details: { keyId, retiring, retiringUntil: rotate ? overlapUntil.toISOString() : null },
    });
    return { keyId, secret, partyCode, retiring, retiringUntil: rotate ? overlapUntil.toISOString() : null };
  });
}

export async function revokeCredential(
  context: AppContext,
  staff: StaffPrincipal,
  partyCode: string,
  keyId: string,
) {
  return context.database.db.transaction(async (tx) => {
    await lockParty(tx, staff, partyCode);
    const rows = await tx
      .update(exchangeCredentials)
      .set({ revokedAt: new Date() })
      .where(
        and(
          eq(exchangeCredentials.keyId, keyId),
          eq(exchangeCredentials.partyCode, partyCode),
          isNull(exchangeCredentials.revokedAt),
        ),
      )
      .returning({ keyId: exchangeCredentials.keyId });
    if (rows.length === 0) throw new AppError('NOT_FOUND');
    await appendAudit(tx, context.keys, {
      actor: actorOf(staff),
      action: 'exchange.credential.revoked',
      objectType: 'exchange_party',
      objectId: partyCode,
      details: { keyId },
    });
  });
}

/** A new key the platform signs its pushes to the party with; shown once, the old one stops at once. */
export async function newPushKey(context: AppContext, staff: StaffPrincipal, partyCode: string) {
  return context.database.db.transaction(async (tx) => {
    await lockParty(tx, staff, partyCode);
    const keyId = newKeyId();
    const secret = newSecret();
    await tx
      .update(exchangeParties)
      .set({ pushKeyId: keyId, pushKeyEncrypted: encryptField(context.keys, secret), updatedAt: new Date() })
      .where(eq(exchangeParties.code, partyCode));
    await appendAudit(tx, context.keys, {
      actor: actorOf(staff),
      action: 'exchange.push_key.issued',
      objectType: 'exchange_party',
      objectId: partyCode,
      details: { keyId },
    });
    return { keyId, secret, partyCode };
  });
}

export async function setPartyPaused(
  context: AppContext,
  staff: StaffPrincipal,
  partyCode: string,
  paused: boolean,
) {
  return context.database.db.transaction(async (tx) => {
    await lockParty(tx, staff, partyCode);
    await tx
      .update(exchangeParties)
      .set({ paused, updatedAt: new Date() })
      .where(eq(exchangeParties.code, partyCode));
    await appendAudit(tx, context.keys, {
      actor: actorOf(staff),
      action: paused ? 'exchange.party.paused' : 'exchange.party.resumed',
      objectType: 'exchange_party',
      objectId: partyCode,
    });
  });
}

/** Dead-lettered messages of a party go again, with fresh attempts (all of them, or those named). */
export async function replayMessages(
  context: AppContext,
  staff: StaffPrincipal,
  partyCode: string,
  ids: string[] | undefined,
) {
  return context.database.db.transaction(async (tx) => {
    const [party] = await tx
      .select()
      .from(exchangeParties)
      .where(eq(exchangeParties.code, partyCode))
      .limit(1);
    const regionOfCode = partyCode.split(':')[1] ?? null;
    if (!inAdminRegion(staff, party?.regionCode ?? regionOfCode))
      throw new AppError('EXCHANGE_PARTY_NOT_FOUND');
    const filters = [eq(exchangeMessages.partyCode, partyCode), eq(exchangeMessages.state, 'dead')];
    if (ids) filters.push(inArray(exchangeMessages.id, ids));
    const rows = await tx
      .update(exchangeMessages)
      .set({
        state: 'pending',
        attempts: 0,
        nextAttemptAt: new Date(),
        leaseUntil: null,
        replays: sql`${exchangeMessages.replays} + 1`,
      })
      .where(and(...filters))
      .returning({ id: exchangeMessages.id });
    await appendAudit(tx, context.keys, {
      actor: actorOf(staff),
      action: 'exchange.message.replayed',
      objectType: 'exchange_party',
      objectId: partyCode,
      details: { messages: rows.map((r) => r.id) },
    });
    return { replayed: rows.length };
  });
}

interface PartyStats {
  party_code: string;
  pending: string | number;
  in_flight: string | number;
  failing: string | number;
  dead: string | number;
  delivered: string | number;
  oldest: Date | string | null;
  last_error: string | null;
  last_error_at: Date | string | null;
}

/**
 * The delivery monitor, per party in the administrator's region: configured parties and every
 * workbench office that has messages, with pending, in flight, failing (pending after a failed
 * attempt), dead-lettered and delivered counts, the age of the oldest undelivered message and the
 * last error; the circuit as instances last saw it; the credentials (never their secrets).
 */
export async function exchangeMonitor(context: AppContext, staff: StaffPrincipal) {
  const db = context.database.db;
  const prefix = regionPrefix(staff.regionCode);
  const stats = await queryRows<PartyStats>(
    db,
    sql`SELECT party_code,
               count(*) FILTER (WHERE state = 'pending') AS pending,
               count(*) FILTER (WHERE state = 'in_flight') AS in_flight,
               count(*) FILTER (WHERE state = 'pending' AND last_error IS NOT NULL) AS failing,
               count(*) FILTER (WHERE state = 'dead') AS dead,
               count(*) FILTER (WHERE state = 'delivered') AS delivered,
               min(created_at) FILTER (WHERE state <> 'delivered') AS oldest,
               (array_agg(last_error ORDER BY last_attempt_at DESC NULLS LAST) FILTER (WHERE last_error IS NOT NULL AND state <> 'delivered'))[1] AS last_error,
               max(last_attempt_at) FILTER (WHERE last_error IS NOT NULL AND state <> 'delivered') AS last_error_at
        FROM exchange_message
        GROUP BY party_code`,
  );
  const parties = await db
    .select()
    .from(exchangeParties)
    .where(like(exchangeParties.regionCode, `${prefix}%`))
    .orderBy(asc(exchangeParties.code));
  const credentials = await db
    .select()
    .from(exchangeCredentials)
    .where(inArray(exchangeCredentials.partyCode, parties.length > 0 ? parties.map((p) => p.code) : ['-']))
    .orderBy(desc(exchangeCredentials.createdAt));
  const byCode = new Map(stats.map((s) => [s.party_code, s]));
  const now = Date.now();
  const view = (code: string, party: (typeof parties)[number] | undefined) => {
    const s = byCode.get(code);
    const oldest = s?.oldest ? new Date(s.oldest) : null;
    const counts: Record<MessageState | 'failing', number> = {
      pending: Number(s?.pending ?? 0),
      in_flight: Number(s?.in_flight ?? 0),
      delivered: Number(s?.delivered ?? 0),
      dead: Number(s?.dead ?? 0),
      failing: Number(s?.failing ?? 0),
    };
    return {
      code,
      configured: Boolean(party),
      kind: (party?.kind ?? 'department') as 'department' | 'bank',
      departmentCode: party?.departmentCode ?? code.split(':')[0] ?? code,
      regionCode: party?.regionCode ?? code.split(':')[1] ?? null,
      bankName: party?.bankName ?? null,
      nameZh: party?.nameZh ?? null,
      nameEn: party?.nameEn ?? null,
      adapter: (party?.adapter ?? 'workbench') as Adapter,
      endpointUrl: party?.endpointUrl ?? null,
      pushKeyId: party?.pushKeyId ?? null,
      paused: party?.paused ?? false,
      circuitState: (party?.circuitState ?? 'closed') as 'closed' | 'open' | 'half_open',
      circuitChangedAt: party?.circuitChangedAt?.toISOString() ?? null,
      counts,
      oldestUndeliveredAt: oldest?.toISOString() ?? null,
      oldestAgeSeconds: oldest ? Math.max(0, Math.round((now - oldest.getTime()) / 1000)) : null,
      lastError: s?.last_error ?? null,
      lastErrorAt: s?.last_error_at ? new Date(s.last_error_at).toISOString() : null,
      credentials: credentials
        .filter((c) => c.partyCode === code)
        .map((c) => ({
          keyId: c.keyId,
          createdAt: c.createdAt.toISOString(),
          expiresAt: c.expiresAt?.toISOString() ?? null,
          revokedAt: c.revokedAt?.toISOString() ?? null,
          lastUsedAt: c.lastUsedAt?.toISOString() ?? null,
          active: !c.revokedAt && (!c.expiresAt || c.expiresAt.getTime() > now),
        })),
    };
  };
  const configured = parties.map((party) => view(party.code, party));
  const known = new Set(parties.map((p) => p.code));
  const workbenchOffices = stats
    .map((s) => s.party_code)
    .filter((code) => !known.has(code) && (code.split(':')[1] ?? '').startsWith(prefix))
    .sort()
    .map((code) => view(code, undefined));
  return { parties: [...configured, ...workbenchOffices] };
}

/** One party's messages in a state (newest first), for the monitor's drill-down. */
export async function partyMessages(
  context: AppContext,
  staff: StaffPrincipal,
  partyCode: string,
  state: MessageState | 'all',
) {
  const db = context.database.db;
  const [party] = await db.select().from(exchangeParties).where(eq(exchangeParties.code, partyCode)).limit(1);
  if (!inAdminRegion(staff, party?.regionCode ?? partyCode.split(':')[1] ?? null)) {
    throw new AppError('EXCHANGE_PARTY_NOT_FOUND');
  }
  const filters = [eq(exchangeMessages.partyCode, partyCode)];
  if (state !== 'all') filters.push(eq(exchangeMessages.state, state));
  const rows = await db
    .select()
    .from(exchangeMessages)
    .where(and(...filters))
    .orderBy(desc(exchangeMessages.sequence))
    .limit(200);
  return rows.map((m) => ({
    id: m.id,
    sequence: m.sequence,
    kind: m.kind as 'sub-case.routed' | 'death.notified',
    subjectId: m.subjectId,
    adapter: m.adapter as Adapter,
    state: m.state as MessageState,
    attempts: m.attempts,
    replays: m.replays,
    createdAt: m.createdAt.toISOString(),
    nextAttemptAt: m.state === 'pending' ? m.nextAttemptAt.toISOString() : null,
    lastAttemptAt: m.lastAttemptAt?.toISOString() ?? null,
    lastError: m.lastError,
    deliveredAt: m.deliveredAt?.toISOString() ?? null,
  }));
}
