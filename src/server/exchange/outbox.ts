/**
 * The exchange outbox: a message is written in the transaction of the state change it reports
 * (a sub-case routed to its department, a verified death told to a benefit's payer), addressed to
 * the party that acts on it. The unique index (party, kind, subject) means a message is written
 * once however often the writer runs; delivery is the dispatcher's business.
 */
import { type Adapter, type MessageKind, regionAncestors, resolveParty } from '../../domain/exchange.ts';
import type { Executor } from '../db/database.ts';
import { exchangeMessages, exchangeParties } from '../db/schema.ts';

/** The configured parties, as the pure resolver reads them. */
export async function partyCandidates(tx: Executor) {
  const rows = await tx
    .select({
      code: exchangeParties.code,
      kind: exchangeParties.kind,
      departmentCode: exchangeParties.departmentCode,
      regionCode: exchangeParties.regionCode,
      bankName: exchangeParties.bankName,
      adapter: exchangeParties.adapter,
    })
    .from(exchangeParties);
  return rows.map((row) => ({
    ...row,
    kind: row.kind as 'department' | 'bank',
    adapter: row.adapter as Adapter,
  }));
}

/** The party that acts for `departmentCode` in `regionCode` (a bank for its own deposits). */
export async function partyFor(
  tx: Executor,
  target: { departmentCode: string; regionCode: string; bankName?: string | undefined },
) {
  return resolveParty(await partyCandidates(tx), {
    departmentCode: target.departmentCode,
    regionCode: target.regionCode,
    regionAncestors: regionAncestors(target.regionCode),
    ...(target.bankName ? { bankName: target.bankName } : {}),
  });
}

/** Writes the message unless the same party already has it for this subject. */
export async function enqueueExchangeMessage(
  tx: Executor,
  message: { partyCode: string; adapter: Adapter; kind: MessageKind; subjectId: string },
): Promise<void> {
  await tx
    .insert(exchangeMessages)
    .values(message)
    .onConflictDoNothing({
      target: [exchangeMessages.partyCode, exchangeMessages.kind, exchangeMessages.subjectId],
    });
}
