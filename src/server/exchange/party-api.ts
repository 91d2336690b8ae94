/**
 * What a party's own system does through the exchange API, each in one transaction with its
 * audit event: page through its queue (pull), acknowledge what it took, read a sub-case or one of
 * its materials, return a sub-case's result, answer a death notice. Results and answers honour
 * an Idempotency-Key: the same key with the same request has one effect and gets the first
 * answer again; the same key with another request is refused.
 */
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { SubCaseResult } from '../../domain/workflow.ts';
import { appendAudit, canonicalJson } from '../audit/audit-log.ts';
import { type DepartmentDecision, decideInTransaction } from '../commands/department-actions.ts';
import type { AppContext } from '../context.ts';
import type { Transaction } from '../db/database.ts';
import {
  exchangeIdempotency,
  exchangeMessages,
  materialFiles,
  materialItems,
  subCases,
} from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { sm3Hex } from '../security/national-crypto.ts';
import { exchangeUse } from './auth.ts';
import type { ExchangeCaller } from './caller.ts';
import { acknowledgeDeathNotice, type NoticeAnswer } from './death-notices.ts';
import { partyFor } from './outbox.ts';
import { disclosedFields, type MessageEnvelope, messageEnvelope, subCasePayload } from './payloads.ts';

/** An opaque cursor: the sequence of the last message a page held. */
export function encodeCursor(sequence: number): string {
  return Buffer.from(`s:${sequence}`).toString('base64url');
}

export function decodeCursor(cursor: string): number | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^s:(\d{1,15})$/.exec(text);
  return match ? Number(match[1]) : null;
}

/**
 * A page of the party's messages it has not acknowledged, oldest first, after the cursor. Every
 * page is audited with what it disclosed (an empty poll too: every use of a credential is).
 */
export async function pullMessages(
  context: AppContext,
  caller: ExchangeCaller,
  request: FastifyRequest,
  page: { after: number; limit: number },
) {
  return context.database.db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(exchangeMessages)
      .where(
        and(
          eq(exchangeMessages.partyCode, caller.partyCode),
          inArray(exchangeMessages.state, ['pending', 'in_flight', 'dead']),
          gt(exchangeMessages.sequence, page.after),
        ),
      )
      .orderBy(asc(exchangeMessages.sequence))
      .limit(page.limit + 1);
    const more = rows.length > page.limit;
    const taken = rows.slice(0, page.limit);
    const items: MessageEnvelope[] = [];
    for (const row of taken) {
      const envelope = await messageEnvelope(tx, context, row);
      if (envelope) items.push(envelope);
    }
    if (taken.length > 0) {
      await tx
        .update(exchangeMessages)
        .set({ attempts: sql`${exchangeMessages.attempts} + 1`, lastAttemptAt: new Date() })
        .where(
          inArray(
            exchangeMessages.id,
            taken.map((r) => r.id),
          ),
        );
    }
    await appendAudit(
      tx,
      context.keys,
      exchangeUse(caller, request, {
        operation: 'pull',
        messages: items.map((m) => m.id),
        disclosed: [...new Set(items.flatMap(disclosedFields))],
      }),
    );
    const last = taken.at(-1);
    // No cursor to "resume from" later: on a server, a message can commit after one with a higher
    // sequence was read. A party polls from the start each time (the queue holds only what it has
    // not acknowledged) and pages within a poll with `nextCursor`.
    return { items, nextCursor: more && last ? encodeCursor(last.sequence) : null };
  });
}

/** The party took these messages: they leave its queue. Another party's ids are ignored, not revealed. */
export async function acknowledgeMessages(
  context: AppContext,
  caller: ExchangeCaller,
  request: FastifyRequest,
  ids: string[],
) {
  return context.database.db.transaction(async (tx) => {
    const updated = await tx
      .update(exchangeMessages)
      .set({
        state: 'delivered',
        deliveredAt: new Date(),
        deliveredBy: `pull:${caller.keyId}`,
        leaseUntil: null,
      })
      .where(
        and(
          eq(exchangeMessages.partyCode, caller.partyCode),
          inArray(exchangeMessages.id, ids),
          inArray(exchangeMessages.state, ['pending', 'in_flight', 'dead']),
        ),
      )
      .returning({ id: exchangeMessages.id });
    const known = await tx
      .select({ id: exchangeMessages.id })
      .from(exchangeMessages)
      .where(and(eq(exchangeMessages.partyCode, caller.partyCode), inArray(exchangeMessages.id, ids)));
    await appendAudit(
      tx,
      context.keys,
      exchangeUse(caller, request, { operation: 'ack', acknowledged: updated.map((r) => r.id) }),
    );
    const knownIds = new Set(known.map((r) => r.id));
    return {
      acknowledged: updated.map((r) => r.id),
      unknown: ids.filter((id) => !knownIds.has(id)),
    };
  });
}

/** Whether the sub-case is (currently) routed to the calling party. */
async function partyHolds(tx: Transaction, caller: ExchangeCaller, subCaseId: string) {
  const [row] = await tx.select().from(subCases).where(eq(subCases.id, subCaseId)).limit(1);
  if (!row || row.state === 'waiting' || row.state === 'cancelled') return null;
  const bankName = (row.fields as Record<string, string> | null)?.['deposit.bankName'];
  const party = await partyFor(tx, {
    departmentCode: row.departmentCode,
    regionCode: row.regionCode,
    bankName,
  });
  return party.code === caller.partyCode ? row : null;
}

/** One sub-case as the party's system sees it (audited). */
export async function readSubCase(
  context: AppContext,
  caller: ExchangeCaller,
  request: FastifyRequest,
  subCaseId: string,
) {
  return context.database.db.transaction(async (tx) => {
    if (!(await partyHolds(tx, caller, subCaseId))) throw new AppError('SUB_CASE_NOT_FOUND');
    const payload = await subCasePayload(tx, context, subCaseId);
    if (!payload) throw new AppError('SUB_CASE_NOT_FOUND');
    await appendAudit(
      tx,
      context.keys,
      exchangeUse(caller, request, {
        operation: 'read-sub-case',
        subCase: subCaseId,
        disclosed: payload.fields.map((f) => f.key),
      }),
    );
    return payload;
  });
}

/** One material file of a sub-case its matter needs (audited). */
export async function readSubCaseMaterial(
  context: AppContext,
  caller: ExchangeCaller,
  request: FastifyRequest,
  subCaseId: string,
  itemId: string,
) {
  return context.database.db.transaction(async (tx) => {
    if (!(await partyHolds(tx, caller, subCaseId))) throw new AppError('NOT_FOUND');
    const payload = await subCasePayload(tx, context, subCaseId);
    const listed = payload?.materials.find((m) => m.id === itemId && m.href);
    if (!listed) throw new AppError('NOT_FOUND');
    const [row] = await tx
      .select({ digest: materialFiles.digest, mediaType: materialFiles.mediaType })
      .from(materialItems)
      .innerJoin(materialFiles, eq(materialFiles.digest, materialItems.fileDigest))
      .where(eq(materialItems.id, itemId))
      .limit(1);
    if (!row) throw new AppError('NOT_FOUND');
    await appendAudit(tx, context.keys, {
      ...exchangeUse(caller, request, { operation: 'read-material', materialCode: listed.materialCode }),
      action: 'material.viewed',
      objectType: 'sub_case',
      objectId: subCaseId,
    });
    return row;
  });
}

/**
 * Runs `effect` once per (party, key): the request's digest and the answer are stored in the same
 * transaction as the effect. A concurrent twin waits on the key's row, then gets the stored answer.
 */
async function once<T>(
  context: AppContext,
  caller: ExchangeCaller,
  key: string,
  requestDigest: string,
  effect: (tx: Transaction) => Promise<T>,
): Promise<{ replayed: boolean; response: T }> {
  const earlier = async () => {
    const [row] = await context.database.db
      .select()
      .from(exchangeIdempotency)
      .where(and(eq(exchangeIdempotency.partyCode, caller.partyCode), eq(exchangeIdempotency.key, key)))
      .limit(1);
    if (!row) return null;
    if (row.requestDigest !== requestDigest) throw new AppError('IDEMPOTENCY_CONFLICT');
    return { replayed: true, response: row.response as T };
  };
  const first = await earlier();
  if (first) return first;
  try {
    return await context.database.db.transaction(async (tx) => {
      const claimed = await tx
        .insert(exchangeIdempotency)
        .values({ partyCode: caller.partyCode, key, requestDigest, status: 200, response: {} })
        .onConflictDoNothing()
        .returning({ key: exchangeIdempotency.key });
      if (claimed.length === 0) throw new RaceLost();
      const response = await effect(tx);
      await tx
        .update(exchangeIdempotency)
        .set({ response: response as object })
        .where(and(eq(exchangeIdempotency.partyCode, caller.partyCode), eq(exchangeIdempotency.key, key)));
      return { replayed: false, response };
    });
  } catch (error) {
    if (!(error instanceof RaceLost)) throw error;
    const after = await earlier();
    if (!after) throw new AppError('IDEMPOTENCY_CONFLICT');
    return after;
  }
}

class RaceLost extends Error {}

const digestOf = (path: string, body: unknown) => sm3Hex(`${path}\n${canonicalJson(body)}`);

/** A result as a party gives it: a payment's masked account is the platform's to add. */
type ResultInput = SubCaseResult extends infer R
  ? R extends { type: 'payment' }
    ? Omit<R, 'accountMasked'>
    : R
  : never;

export type ExchangeDecision =
  | { decision: 'complete'; result: ResultInput; note?: string | undefined }
  | { decision: 'refuse'; reason: string }
  | { decision: 'return'; reason: string };

/** The party's result for a sub-case: the same command the workbench uses, once per key. */
export async function returnSubCaseResult(
  context: AppContext,
  caller: ExchangeCaller,
  request: FastifyRequest,
  subCaseId: string,
  idempotencyKey: string,
  body: ExchangeDecision,
) {
  return once(context, caller, idempotencyKey, digestOf(`result:${subCaseId}`, body), async (tx) => {
    const decision: DepartmentDecision =
      body.decision === 'complete'
        ? {
            action: 'complete',
            result: body.result as SubCaseResult,
            ...(body.note ? { note: body.note } : {}),
          }
        : body.decision === 'refuse'
          ? { action: 'reject', reason: body.reason }
          : { action: 'return', reason: body.reason };
    await decideInTransaction(context, tx, caller, subCaseId, undefined, decision);
    await appendAudit(
      tx,
      context.keys,
      exchangeUse(caller, request, { operation: 'result', subCase: subCaseId }),
    );
    const [row] = await tx
      .select({ state: subCases.state, version: subCases.version })
      .from(subCases)
      .where(eq(subCases.id, subCaseId));
    return { subCaseId, state: row?.state ?? 'unknown', version: row?.version ?? 0 };
  });
}

/** The party's answer to a death notice, once per key (and once per notice whatever the key). */
export async function answerDeathNotice(
  context: AppContext,
  caller: ExchangeCaller,
  request: FastifyRequest,
  noticeId: string,
  idempotencyKey: string,
  answer: NoticeAnswer,
) {
  return once(context, caller, idempotencyKey, digestOf(`notice:${noticeId}`, answer), async (tx) => {
    const view = await acknowledgeDeathNotice(context, tx, caller, noticeId, answer);
    await appendAudit(
      tx,
      context.keys,
      exchangeUse(caller, request, { operation: 'acknowledge', notice: noticeId }),
    );
    return view;
  });
}
