/**
 * The shared mechanics of every workflow change: lock the row, check the optimistic version and
 * the state table, write the change and its audit event — always inside the caller's transaction,
 * together with whatever jobs and messages the change causes.
 */
import { eq, sql } from 'drizzle-orm';
import type { CatalogContent } from '../../domain/catalog.ts';
import { serviceDate } from '../../domain/clock.ts';
import { dueDate } from '../../domain/time-limits.ts';
import {
  allowedCaseActions,
  allowedSubCaseActions,
  allSubCasesEnded,
  type CaseAction,
  type CaseState,
  nextCaseState,
  nextSubCaseState,
  type SubCaseAction,
  type SubCaseState,
  type Actor as WorkflowActor,
} from '../../domain/workflow.ts';
import { type Actor, type AuditSealer, appendAudit, SYSTEM_ACTOR } from '../audit/audit-log.ts';
import * as clock from '../clock.ts';
import type { AppContext } from '../context.ts';
import { type Executor, queryRows, type Transaction } from '../db/database.ts';
import { cases, subCases } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { enqueueExchangeMessage, partyFor } from '../exchange/outbox.ts';
import { queueNotification } from '../notifications/notify.ts';
import { decryptField } from '../security/national-crypto.ts';

export type CaseRow = typeof cases.$inferSelect;
export type SubCaseRow = typeof subCases.$inferSelect;

export async function lockCase(tx: Transaction, caseId: string): Promise<CaseRow> {
  await tx.execute(sql`SELECT id FROM "case" WHERE id = ${caseId} FOR UPDATE`);
  const [row] = await tx.select().from(cases).where(eq(cases.id, caseId)).limit(1);
  if (!row) throw new AppError('CASE_NOT_FOUND');
  return row;
}

export async function lockSubCase(tx: Transaction, subCaseId: string): Promise<SubCaseRow> {
  await tx.execute(sql`SELECT id FROM sub_case WHERE id = ${subCaseId} FOR UPDATE`);
  const [row] = await tx.select().from(subCases).where(eq(subCases.id, subCaseId)).limit(1);
  if (!row) throw new AppError('SUB_CASE_NOT_FOUND');
  return row;
}

function refuse(
  state: string,
  action: string,
  allowed: string[],
  reason: 'action_not_allowed' | 'role_not_allowed',
): never {
  if (reason === 'role_not_allowed') throw new AppError('FORBIDDEN');
  throw new AppError('ACTION_NOT_ALLOWED', { details: { state, action, allowedActions: allowed } });
}

export async function transitionCase(
  tx: Transaction,
  keys: AuditSealer,
  row: CaseRow,
  change: {
    action: CaseAction;
    role: WorkflowActor;
    actor: Actor;
    expectedVersion?: number;
    patch?: Partial<typeof cases.$inferInsert>;
    details?: Record<string, unknown>;
  },
): Promise<CaseState> {
  const state = row.state as CaseState;
  const result = nextCaseState(state, change.action, change.role);
  if (!result.ok) refuse(state, change.action, allowedCaseActions(state, change.role), result.reason);
  if (change.expectedVersion !== undefined && change.expectedVersion !== row.version) {
    throw new AppError('STALE_VERSION', { details: { currentVersion: row.version, state } });
  }
  await tx
    .update(cases)
    .set({ ...change.patch, state: result.to, version: row.version + 1, updatedAt: clock.now() })
    .where(eq(cases.id, row.id));
  await appendAudit(tx, keys, {
    actor: change.actor,
    action: `case.${change.action}`,
    objectType: 'case',
    objectId: row.id,
    details: { code: row.code, from: state, to: result.to, ...change.details },
  });
  return result.to;
}

export async function transitionSubCase(
  tx: Transaction,
  keys: AuditSealer,
  row: SubCaseRow,
  change: {
    action: SubCaseAction;
    role: WorkflowActor;
    actor: Actor;
    expectedVersion?: number;
    patch?: Partial<typeof subCases.$inferInsert>;
    details?: Record<string, unknown>;
  },
): Promise<SubCaseState> {
  const state = row.state as SubCaseState;
  const result = nextSubCaseState(state, change.action, change.role);
  if (!result.ok) refuse(state, change.action, allowedSubCaseActions(state, change.role), result.reason);
  if (change.expectedVersion !== undefined && change.expectedVersion !== row.version) {
    throw new AppError('STALE_VERSION', { details: { currentVersion: row.version, state } });
  }
  const updated = await tx
    .update(subCases)
    .set({ ...change.patch, state: result.to, version: row.version + 1, updatedAt: clock.now() })
    .where(sql`${subCases.id} = ${row.id} AND ${subCases.version} = ${row.version}`)
    .returning({ id: subCases.id });
  if (updated.length === 0) throw new AppError('STALE_VERSION');
  await appendAudit(tx, keys, {
    actor: change.actor,
    action: `sub_case.${change.action}`,
    objectType: 'sub_case',
    objectId: row.id,
    details: { matter: row.matterCode, from: state, to: result.to, ...change.details },
  });
  return result.to;
}

/** On acceptance: every waiting sub-case goes to its department, its clock starting today. */
export async function routeSubCases(
  context: AppContext,
  tx: Transaction,
  caseRow: CaseRow,
  catalog: CatalogContent,
  now: Date,
): Promise<void> {
  const today = serviceDate(now);
  const waiting = await tx.select().from(subCases).where(eq(subCases.caseId, caseRow.id));
  for (const sub of waiting.filter((s) => s.state === 'waiting')) {
    const committed = catalog.matters.find((m) => m.code === sub.matterCode)?.committedWorkingDays ?? 0;
    const due = dueDate(
      context.calendar,
      {
        startedOn: today,
        committedWorkingDays: committed,
        pausedWorkingDays: 0,
        pausedSince: null,
        endedOn: null,
      },
      sub.regionCode,
    );
    await transitionSubCase(tx, context.keys, sub, {
      action: 'route',
      role: 'system',
      actor: SYSTEM_ACTOR,
      patch: { clockStartedOn: today, committedWorkingDays: committed, dueOn: due.due },
      details: {
        caseCode: caseRow.code,
        department: sub.departmentCode,
        region: sub.regionCode,
        due: due.due,
      },
    });
    await sendToParty(tx, sub);
  }
}

/**
 * The outbox message that takes a routed sub-case to its party: the department office of its
 * region (its workbench, or its own system), or the bank that holds the deposits.
 */
export async function sendToParty(
  tx: Transaction,
  sub: { id: string; departmentCode: string; regionCode: string; fields: unknown },
  about: { kind: 'sub-case.routed' | 'sub-case.supplemented'; subjectId: string } = {
    kind: 'sub-case.routed',
    subjectId: sub.id,
  },
): Promise<void> {
  const bankName = (sub.fields as Record<string, string> | null)?.['deposit.bankName'];
  const party = await partyFor(tx, {
    departmentCode: sub.departmentCode,
    regionCode: sub.regionCode,
    bankName,
  });
  await enqueueExchangeMessage(tx, {
    partyCode: party.code,
    adapter: party.adapter,
    kind: about.kind,
    subjectId: about.subjectId,
  });
}

/** The family's phone and citizen id, for messages about their case. */
export function recipientOf(context: AppContext, caseRow: CaseRow) {
  return {
    kind: caseRow.applicantCitizenId ? ('citizen' as const) : ('applicant' as const),
    id: caseRow.applicantCitizenId,
    phone: decryptField(context.keys, caseRow.applicantPhoneEncrypted),
  };
}

/** When the last sub-case ends, the case is ready for delivery and the family is told. */
export async function readyWhenAllEnded(
  context: AppContext,
  tx: Transaction,
  caseId: string,
  now: Date,
): Promise<boolean> {
  const states = await queryRows<{ state: SubCaseState }>(
    tx,
    sql`SELECT state FROM sub_case WHERE case_id = ${caseId}`,
  );
  if (!allSubCasesEnded(states.map((s) => s.state))) return false;
  const caseRow = await lockCase(tx, caseId);
  if (caseRow.state !== 'in_progress') return false;
  await transitionCase(tx, context.keys, caseRow, {
    action: 'all_ended',
    role: 'system',
    actor: SYSTEM_ACTOR,
    patch: { readyAt: now },
  });
  await queueNotification(tx, context.keys, {
    template: 'case.ready',
    params: { caseCode: caseRow.code },
    caseId,
    recipient: recipientOf(context, caseRow),
  });
  return true;
}

/** The catalog version a case began with, read inside the caller's transaction. */
export async function catalogOfCase(
  context: AppContext,
  executor: Executor,
  row: { catalogVersion: string | null },
) {
  return context.catalog.get(
    row.catalogVersion ?? (await context.catalog.currentVersion(executor)),
    executor,
  );
}
