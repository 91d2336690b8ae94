/**
 * Watching time limits: a sub-case past its due date is escalated once — to the supervisors of its
 * department in its region (in-app) — and the family receives an apology with the department's
 * name. Run by a scheduled job.
 */
import { and, eq, inArray, isNull, lt } from 'drizzle-orm';
import { serviceDate } from '../../domain/clock.ts';
import { departmentName } from '../../domain/departments.ts';
import { regionCovers } from '../../domain/regions.ts';
import { appendAudit, SYSTEM_ACTOR } from '../audit/audit-log.ts';
import * as clock from '../clock.ts';
import type { AppContext } from '../context.ts';
import { cases, notifications, staffAccounts, subCases } from '../db/schema.ts';
import { queueNotification } from '../notifications/notify.ts';
import { recipientOf } from './case-transitions.ts';

export async function escalateOverdue(context: AppContext): Promise<number> {
  const { db } = context.database;
  const now = clock.now();
  const today = serviceDate(now);
  const overdue = await db
    .select({ sub: subCases, c: cases })
    .from(subCases)
    .innerJoin(cases, eq(cases.id, subCases.caseId))
    .where(
      and(
        inArray(subCases.state, ['pending', 'in_review']),
        lt(subCases.dueOn, today),
        isNull(subCases.escalatedAt),
      ),
    )
    .limit(500);
  if (overdue.length === 0) return 0;
  const supervisors = await db
    .select()
    .from(staffAccounts)
    .where(eq(staffAccounts.role, 'department_supervisor'));
  for (const { sub, c } of overdue) {
    const catalog = await context.catalog.get(c.catalogVersion ?? (await context.catalog.currentVersion()));
    const matter = catalog.matters.find((m) => m.code === sub.matterCode)?.name ?? sub.matterCode;
    const department = departmentName(sub.departmentCode).zh;
    await db.transaction(async (tx) => {
      await tx.update(subCases).set({ escalatedAt: now }).where(eq(subCases.id, sub.id));
      for (const supervisor of supervisors.filter(
        (s) => s.departmentCode === sub.departmentCode && regionCovers(s.regionCode, sub.regionCode),
      )) {
        await tx.insert(notifications).values({
          caseId: c.id,
          recipientKind: 'staff',
          recipientId: supervisor.id,
          channel: 'in-app',
          template: 'sub_case.escalated',
          body: `办件${c.code}的“${matter}”已超过承诺时限（${sub.dueOn}），请督促办理。`,
          status: 'sent',
          createdAt: now,
          sentAt: now,
        });
      }
      await queueNotification(tx, context.keys, {
        template: 'sub_case.overdue',
        params: { matter, caseCode: c.code, department },
        caseId: c.id,
        recipient: recipientOf(context, c),
      });
      await appendAudit(tx, context.keys, {
        actor: SYSTEM_ACTOR,
        action: 'sub_case.escalated',
        objectType: 'sub_case',
        objectId: sub.id,
        details: { due: sub.dueOn, department: sub.departmentCode, region: sub.regionCode },
      });
    });
  }
  return overdue.length;
}
