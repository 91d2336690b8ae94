/**
 * What supervisors read: sub-cases near or past their time limit, and the follow-ups of poor
 * ratings — each within the reader's scope for `supervision.read` (their region, and their
 * department for a department supervisor), filtered in SQL from the permission map.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { maskName, maskPhone } from '../../domain/identity-numbers.ts';
import type { AppContext } from '../context.ts';
import { cases, followUps, ratings, subCases } from '../db/schema.ts';
import { scopeCondition } from '../identity/authorize.ts';
import type { StaffPrincipal } from '../identity/principal.ts';
import { decryptField } from '../security/national-crypto.ts';
import { subCaseLimit } from './case-views.ts';

export async function listTimeLimitWatch(context: AppContext, staff: StaffPrincipal) {
  const rows = await context.database.db
    .select({ sub: subCases, code: cases.code })
    .from(subCases)
    .innerJoin(cases, eq(cases.id, subCases.caseId))
    .where(
      and(
        inArray(subCases.state, ['pending', 'in_review', 'returned']),
        scopeCondition(staff, 'supervision.read', {
          region: subCases.regionCode,
          department: subCases.departmentCode,
        }),
      ),
    )
    .orderBy(asc(subCases.dueOn))
    .limit(500);
  return rows.flatMap(({ sub, code }) => {
    const limit = subCaseLimit(context.calendar, sub);
    if (!limit || (limit.status !== 'due-soon' && limit.status !== 'overdue')) return [];
    return [
      {
        subCaseId: sub.id,
        caseCode: code,
        matterCode: sub.matterCode,
        departmentCode: sub.departmentCode,
        regionCode: sub.regionCode,
        state: sub.state,
        due: limit.due,
        status: limit.status,
        remainingWorkingDays: limit.remainingWorkingDays,
        provisional: limit.provisional,
        escalated: sub.escalatedAt !== null,
      },
    ];
  });
}

export async function listFollowUps(context: AppContext, staff: StaffPrincipal) {
  const rows = await context.database.db
    .select({
      f: followUps,
      r: ratings,
      code: cases.code,
      applicantName: cases.applicantName,
      applicantPhone: cases.applicantPhoneEncrypted,
    })
    .from(followUps)
    .innerJoin(ratings, eq(ratings.id, followUps.ratingId))
    .innerJoin(cases, eq(cases.id, followUps.caseId))
    .where(
      scopeCondition(staff, 'supervision.read', {
        region: followUps.regionCode,
        department: followUps.departmentCode,
      }),
    )
    .orderBy(asc(followUps.dueOn));
  return rows.map(({ f, r, code, applicantName, applicantPhone }) => ({
    id: f.id,
    caseCode: code,
    target: r.target,
    level: r.level,
    comment: r.comment,
    state: f.state,
    dueOn: f.dueOn,
    dueProvisional: context.calendar.isProvisional(f.dueOn),
    callBackNote: f.callBackNote,
    rectificationNote: f.rectificationNote,
    createdAt: f.createdAt.toISOString(),
    contact: {
      nameMasked: maskName(applicantName),
      phoneMasked: maskPhone(decryptField(context.keys, applicantPhone)),
    },
  }));
}
