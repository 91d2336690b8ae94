/**
 * A department's decision on its sub-case (approve or reject), through the sub-case state table.
 * The row is locked, its version compared, the transition checked, and the change, its audit
 * event and — when this was the last open sub-case — the case's completion are written together.
 */
import { and, eq, sql } from 'drizzle-orm';
import {
  allowedSubCaseActions,
  allSubCasesEnded,
  type CaseState,
  nextCaseState,
  nextSubCaseState,
  type SubCaseAction,
  type SubCaseState,
} from '../../domain/case-workflow.ts';
import { scopeCoversSubCase } from '../../domain/roles.ts';
import { appendAudit, SYSTEM_ACTOR } from '../audit/audit-log.ts';
import { type Db, queryRows } from '../db/database.ts';
import { cases, subCases } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { actorOf, type StaffPrincipal } from '../identity/principal.ts';

export interface DecisionRequest {
  staff: StaffPrincipal;
  subCaseId: string;
  action: SubCaseAction;
  expectedVersion: number;
  note?: string | undefined;
}

export async function decideSubCase(db: Db, request: DecisionRequest, now = new Date()): Promise<void> {
  const { staff } = request;
  await db.transaction(async (tx) => {
    const [row] = await queryRows<{
      id: string;
      case_id: string;
      department_code: string;
      region_code: string;
      state: SubCaseState;
      version: number;
    }>(
      tx,
      sql`SELECT id, case_id, department_code, region_code, state, version FROM sub_case WHERE id = ${request.subCaseId} FOR UPDATE`,
    );
    // A sub-case outside the staff member's scope is reported as absent, not as forbidden.
    if (!row || !scopeCoversSubCase(staff.scope, row.department_code, row.region_code)) {
      throw new AppError('SUB_CASE_NOT_FOUND');
    }
    const transition = nextSubCaseState(row.state, request.action, staff.role);
    if (!transition.ok) {
      if (transition.reason === 'role_not_allowed') throw new AppError('FORBIDDEN');
      throw new AppError('ACTION_NOT_ALLOWED', {
        details: {
          state: row.state,
          action: request.action,
          allowedActions: allowedSubCaseActions(row.state),
        },
      });
    }
    if (Number(row.version) !== request.expectedVersion) {
      throw new AppError('STALE_VERSION', {
        details: { currentVersion: Number(row.version), state: row.state },
      });
    }

    await tx
      .update(subCases)
      .set({
        state: transition.to,
        version: sql`${subCases.version} + 1`,
        decidedBy: staff.id,
        decidedAt: now,
        decisionNote: request.note ?? null,
        updatedAt: now,
      })
      .where(and(eq(subCases.id, row.id), eq(subCases.version, request.expectedVersion)));
    await appendAudit(tx, {
      actor: actorOf(staff),
      action: `sub_case.${request.action}`,
      objectType: 'sub_case',
      objectId: row.id,
      details: { from: row.state, to: transition.to, ...(request.note ? { note: request.note } : {}) },
    });

    const siblings = await tx
      .select({ state: subCases.state })
      .from(subCases)
      .where(eq(subCases.caseId, row.case_id));
    if (!allSubCasesEnded(siblings.map((s) => s.state as SubCaseState))) return;
    const [parent] = await tx
      .select({ state: cases.state })
      .from(cases)
      .where(eq(cases.id, row.case_id))
      .for('update');
    if (!parent) return;
    const completed = nextCaseState(parent.state as CaseState, 'complete', 'system');
    if (!completed.ok) return;
    await tx
      .update(cases)
      .set({ state: completed.to, completedAt: now, updatedAt: now, version: sql`${cases.version} + 1` })
      .where(eq(cases.id, row.case_id));
    await appendAudit(tx, {
      actor: SYSTEM_ACTOR,
      action: 'case.completed',
      objectType: 'case',
      objectId: row.case_id,
      details: { from: parent.state, to: completed.to },
    });
  });
}
