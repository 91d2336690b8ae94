/**
 * A department's work on its sub-case (后台分类审批): claim it, then complete it with a typed result
 * (办结), refuse it with a reason (不予办理), or return it for more information, which goes to the
 * family through the window and stops the clock; or hand it to the competent office of another
 * region (远程协办). The answer to a return is in supplement.ts.
 */
import { eq } from 'drizzle-orm';
import { serviceDate } from '../../domain/clock.ts';
import { departmentName } from '../../domain/departments.ts';
import { problem } from '../../domain/field-problems.ts';
import { RESULT_TYPE_LABELS } from '../../domain/guide.ts';
import { maskBankCard } from '../../domain/identity-numbers.ts';
import { isRegionCode } from '../../domain/regions.ts';
import { limitView } from '../../domain/time-limits.ts';
import type { SubCaseResult, SubCaseState } from '../../domain/workflow.ts';
import type { Actor } from '../audit/audit-log.ts';
import * as clock from '../clock.ts';
import type { AppContext } from '../context.ts';
import type { Transaction } from '../db/database.ts';
import { regions, type subCases } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { type ExchangeCaller, exchangeActor } from '../exchange/caller.ts';
import { partyFor } from '../exchange/outbox.ts';
import { actorOf, type StaffPrincipal } from '../identity/principal.ts';
import { queueNotification } from '../notifications/notify.ts';
import { departmentMaySee, HIDDEN_FROM_DEPARTMENTS, WARN_SHARE } from '../queries/case-views.ts';
import { decryptField } from '../security/national-crypto.ts';
import {
  catalogOfCase,
  lockCase,
  lockSubCase,
  readyWhenAllEnded,
  recipientOf,
  type SubCaseRow,
  sendToParty,
  transitionSubCase,
} from './case-transitions.ts';
import { recordSupplementRequest } from './supplement.ts';

export type DepartmentDecision =
  | { action: 'claim' }
  | { action: 'complete'; result: SubCaseResult; note?: string }
  | { action: 'reject'; reason: string }
  | { action: 'return'; reason: string }
  | { action: 'transfer'; toRegion: string; reason: string };

async function messageFamily(
  context: AppContext,
  tx: Transaction,
  row: SubCaseRow,
  template: 'sub_case.result' | 'sub_case.refused' | 'sub_case.returned',
) {
  const caseRow = await lockCase(tx, row.caseId);
  const catalog = await catalogOfCase(context, tx, caseRow);
  const matter = catalog.matters.find((m) => m.code === row.matterCode)?.name ?? row.matterCode;
  const department = departmentName(row.departmentCode).zh;
  await queueNotification(tx, context.keys, {
    template,
    params: { department, matter, caseCode: caseRow.code },
    caseId: caseRow.id,
    recipient: recipientOf(context, caseRow),
  });
}

/**
 * Who decides: a department's staff member at the workbench, or the department's (or bank's) own
 * system through the exchange API, held to the sub-cases routed to its party.
 */
export type Decider = { kind: 'staff'; staff: StaffPrincipal } | ExchangeCaller;

export async function decideSubCase(
  context: AppContext,
  staff: StaffPrincipal,
  subCaseId: string,
  expectedVersion: number,
  decision: DepartmentDecision,
): Promise<void> {
  await context.database.db.transaction((tx) =>
    decideInTransaction(context, tx, { kind: 'staff', staff }, subCaseId, expectedVersion, decision),
  );
}

/** Whether the decider may see the sub-case at all; one it may not is reported as absent. */
async function deciderMaySee(tx: Transaction, who: Decider, row: SubCaseRow): Promise<boolean> {
  if (who.kind === 'staff') return departmentMaySee(who.staff, row);
  if (HIDDEN_FROM_DEPARTMENTS.includes(row.state as SubCaseState)) return false;
  const bankName = (row.fields as Record<string, string> | null)?.['deposit.bankName'];
  const party = await partyFor(tx, {
    departmentCode: row.departmentCode,
    regionCode: row.regionCode,
    bankName,
  });
  return party.code === who.partyCode;
}

/**
 * The one command for a department's decision, in the caller's transaction. A department's own
 * system answers with the result directly: a sub-case still waiting for it is claimed in the same
 * transaction (both steps audited). Staff must name the version they saw; a system's request is
 * made safe to repeat by its Idempotency-Key instead.
 */
/** The working days the department took, clock stops excluded: what supervision's handling time counts. */
function handledWorkingDays(
  context: AppContext,
  row: typeof subCases.$inferSelect,
  today: string,
): number | null {
  if (!row.clockStartedOn || row.committedWorkingDays === null) return null;
  return limitView(
    context.calendar,
    {
      startedOn: row.clockStartedOn,
      committedWorkingDays: row.committedWorkingDays,
      pausedWorkingDays: row.pausedWorkingDays,
      pausedSince: row.pausedSince,
      endedOn: today,
    },
    row.regionCode,
    today,
    WARN_SHARE,
  ).usedWorkingDays;
}

export async function decideInTransaction(
  context: AppContext,
  tx: Transaction,
  who: Decider,
  subCaseId: string,
  expectedVersion: number | undefined,
  decision: DepartmentDecision,
): Promise<void> {
  const now = clock.now();
  const today = serviceDate(now);
  let row = await lockSubCase(tx, subCaseId);
  if (!(await deciderMaySee(tx, who, row))) throw new AppError('SUB_CASE_NOT_FOUND');
  const staffId = who.kind === 'staff' ? who.staff.id : null;
  const base = {
    role: who.kind === 'staff' ? who.staff.role : ('exchange' as const),
    actor: who.kind === 'staff' ? (actorOf(who.staff) as Actor) : exchangeActor(who),
    expectedVersion,
  };
  if (
    who.kind === 'exchange' &&
    row.state === 'pending' &&
    decision.action !== 'claim' &&
    decision.action !== 'transfer'
  ) {
    await transitionSubCase(tx, context.keys, row, { ...base, action: 'claim', patch: { claimedBy: null } });
    row = await lockSubCase(tx, subCaseId);
    base.expectedVersion = undefined;
  }
  switch (decision.action) {
    case 'claim':
      await transitionSubCase(tx, context.keys, row, {
        ...base,
        action: 'claim',
        patch: { claimedBy: staffId },
      });
      return;
    case 'complete': {
      const result = await checkedResult(context, tx, row, decision.result);
      await transitionSubCase(tx, context.keys, row, {
        ...base,
        action: 'complete',
        patch: {
          result,
          decidedBy: staffId,
          decidedAt: now,
          decisionNote: decision.note ?? null,
          endedOn: today,
          handledWorkingDays: handledWorkingDays(context, row, today),
        },
        details: { resultType: result.type },
      });
      await messageFamily(context, tx, row, 'sub_case.result');
      await readyWhenAllEnded(context, tx, row.caseId, now);
      return;
    }
    case 'reject':
      await transitionSubCase(tx, context.keys, row, {
        ...base,
        action: 'reject',
        patch: {
          decidedBy: staffId,
          decidedAt: now,
          decisionNote: decision.reason,
          endedOn: today,
          handledWorkingDays: handledWorkingDays(context, row, today),
        },
        details: { reason: decision.reason },
      });
      await messageFamily(context, tx, row, 'sub_case.refused');
      await readyWhenAllEnded(context, tx, row.caseId, now);
      return;
    case 'return': {
      await transitionSubCase(tx, context.keys, row, {
        ...base,
        action: 'return',
        patch: { decisionNote: decision.reason, pausedSince: today },
        details: { reason: decision.reason },
      });
      await recordSupplementRequest(tx, row, staffId, decision.reason, now);
      await messageFamily(context, tx, row, 'sub_case.returned');
      return;
    }
    case 'transfer': {
      const [target] = isRegionCode(decision.toRegion)
        ? await tx.select().from(regions).where(eq(regions.code, decision.toRegion)).limit(1)
        : [];
      if (target?.level !== 'county' || target.code === row.regionCode) {
        throw new AppError('VALIDATION_FAILED', { details: { toRegion: decision.toRegion } });
      }
      await transitionSubCase(tx, context.keys, row, {
        ...base,
        action: 'transfer',
        patch: {
          regionCode: target.code,
          transferredFrom: row.transferredFrom ?? row.regionCode,
          claimedBy: null,
        },
        details: { from: row.regionCode, to: target.code, reason: decision.reason },
      });
      await sendToParty(tx, { ...row, regionCode: target.code });
      return;
    }
  }
}

/** The result must be of the matter's own result type; a payment names the account it went to. */
async function checkedResult(
  context: AppContext,
  tx: Transaction,
  row: SubCaseRow,
  result: SubCaseResult,
): Promise<SubCaseResult> {
  const catalog = await catalogOfCase(context, tx, await lockCase(tx, row.caseId));
  const expected = catalog.matters.find((m) => m.code === row.matterCode)?.resultType;
  if (expected !== result.type) {
    const kind = expected ? RESULT_TYPE_LABELS[expected] : { zh: '目录中的', en: "the catalog's" };
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: [
        problem(
          'result',
          `此事项的办理结果应为“${kind.zh}”，请按此填写`,
          `This matter's result is a ${kind.en.toLowerCase()}; record it as such`,
        ),
      ],
    });
  }
  if (result.type === 'payment') {
    const sealed = (row.fields as Record<string, string>)['payee.accountNumber'];
    const account = sealed ? decryptField(context.keys, sealed) : '';
    return { ...result, accountMasked: account ? maskBankCard(account) : '' };
  }
  return result;
}
