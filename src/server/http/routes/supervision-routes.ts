/**
 * Supervision (监管): sub-cases past or near their time limits, and the follow-ups of poor ratings
 * with their call-back and rectification record — for supervisors and department supervisors,
 * within their region (and department).
 */
import { and, asc, eq, inArray, like } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../../domain/field-problems.ts';
import { maskName, maskPhone } from '../../../domain/identity-numbers.ts';
import { regionCovers, regionPrefix } from '../../../domain/regions.ts';
import { appendAudit } from '../../audit/audit-log.ts';
import type { AppContext } from '../../context.ts';
import { cases, followUps, ratings, subCases } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { actorOf, requireStaff, type StaffPrincipal } from '../../identity/principal.ts';
import { subCaseLimit } from '../../queries/case-views.ts';
import { decryptField } from '../../security/national-crypto.ts';
import { errorResponses } from '../schemas.ts';

const SUPERVISORS = ['supervisor', 'department_supervisor', 'admin'] as const;

function departmentFilter(staff: StaffPrincipal) {
  return staff.role === 'department_supervisor' ? staff.departmentCode : null;
}

export async function supervisionRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = context.database;

  routes.get(
    '/api/v1/supervision/time-limits',
    {
      schema: {
        tags: ['supervision'],
        summary: 'Open sub-cases that are due soon (yellow) or overdue (red)',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                subCaseId: z.string(),
                caseCode: z.string(),
                matterCode: z.string(),
                departmentCode: z.string(),
                regionCode: z.string(),
                state: z.string(),
                due: z.string(),
                status: z.string(),
                remainingWorkingDays: z.number(),
                provisional: z
                  .boolean()
                  .describe("The due date's year has no official holiday notice loaded (暂定)"),
                escalated: z.boolean(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const staff = requireStaff(request, SUPERVISORS);
      const department = departmentFilter(staff);
      const rows = await db
        .select({ sub: subCases, code: cases.code })
        .from(subCases)
        .innerJoin(cases, eq(cases.id, subCases.caseId))
        .where(
          and(
            inArray(subCases.state, ['pending', 'in_review', 'returned']),
            like(subCases.regionCode, `${regionPrefix(staff.regionCode)}%`),
            ...(department ? [eq(subCases.departmentCode, department)] : []),
          ),
        )
        .orderBy(asc(subCases.dueOn))
        .limit(500);
      return {
        items: rows.flatMap(({ sub, code }) => {
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
        }),
      };
    },
  );

  const FollowUp = z.object({
    id: z.string(),
    caseCode: z.string(),
    target: z.string(),
    level: z.number(),
    comment: z.string().nullable(),
    state: z.string(),
    dueOn: z.string(),
    dueProvisional: z.boolean().describe("The due date's year has no official holiday notice loaded (暂定)"),
    callBackNote: z.string().nullable(),
    rectificationNote: z.string().nullable(),
    createdAt: z.string(),
    contact: z
      .object({ nameMasked: z.string(), phoneMasked: z.string() })
      .describe('The applicant to call back, masked; the full contact is read (and audited) separately'),
  });

  routes.get(
    '/api/v1/supervision/follow-ups',
    {
      schema: {
        tags: ['supervision'],
        summary: 'Follow-ups of poor ratings (不满意 or worse)',
        response: { 200: z.object({ items: z.array(FollowUp) }), ...errorResponses },
      },
    },
    async (request) => {
      const staff = requireStaff(request, SUPERVISORS);
      const department = departmentFilter(staff);
      const rows = await db
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
          and(
            like(followUps.regionCode, `${regionPrefix(staff.regionCode)}%`),
            ...(department ? [eq(followUps.departmentCode, department)] : []),
          ),
        )
        .orderBy(asc(followUps.dueOn));
      return {
        items: rows.map(({ f, r, code, applicantName, applicantPhone }) => ({
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
        })),
      };
    },
  );

  /** The follow-up a supervisor may see: in their region, and their department's if they have one. */
  async function followUpInScope(staff: StaffPrincipal, id: string) {
    const [row] = await db.select().from(followUps).where(eq(followUps.id, id)).limit(1);
    const department = departmentFilter(staff);
    if (
      !row ||
      !regionCovers(staff.regionCode, row.regionCode) ||
      (department && row.departmentCode !== department)
    ) {
      throw new AppError('NOT_FOUND');
    }
    return row;
  }

  routes.post(
    '/api/v1/supervision/follow-ups/:id/contact',
    {
      schema: {
        tags: ['supervision'],
        summary: "The applicant's full name and mobile number, to call back (the view is audited)",
        params: z.object({ id: z.uuid() }),
        response: { 200: z.object({ name: z.string(), phone: z.string() }), ...errorResponses },
      },
    },
    async (request) => {
      const staff = requireStaff(request, SUPERVISORS);
      const row = await followUpInScope(staff, request.params.id);
      const [owner] = await db
        .select({
          code: cases.code,
          name: cases.applicantName,
          phone: cases.applicantPhoneEncrypted,
        })
        .from(cases)
        .where(eq(cases.id, row.caseId))
        .limit(1);
      if (!owner) throw new AppError('NOT_FOUND');
      await db.transaction((tx) =>
        appendAudit(tx, context.keys, {
          actor: actorOf(staff),
          action: 'personal_data.viewed',
          objectType: 'follow_up',
          objectId: row.id,
          details: {
            fields: ['applicant.name', 'applicant.phone'],
            caseCode: owner.code,
            purpose: 'follow-up call-back',
          },
        }),
      );
      return { name: owner.name, phone: decryptField(context.keys, owner.phone) };
    },
  );

  routes.post(
    '/api/v1/supervision/follow-ups/:id',
    {
      schema: {
        tags: ['supervision'],
        summary: 'Record the call-back and the rectification; close when done',
        params: z.object({ id: z.uuid() }),
        body: z.object({
          callBackNote: z.string().trim().min(2).max(1000).optional(),
          rectificationNote: z.string().trim().min(2).max(1000).optional(),
          close: z.boolean().default(false),
        }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const staff = requireStaff(request, SUPERVISORS);
      await db.transaction(async (tx) => {
        const [row] = await tx.select().from(followUps).where(eq(followUps.id, request.params.id)).limit(1);
        const department = departmentFilter(staff);
        if (
          !row ||
          !regionCovers(staff.regionCode, row.regionCode) ||
          (department && row.departmentCode !== department)
        ) {
          throw new AppError('NOT_FOUND');
        }
        const { callBackNote, rectificationNote, close } = request.body;
        const next = {
          callBackNote: callBackNote ?? row.callBackNote,
          rectificationNote: rectificationNote ?? row.rectificationNote,
        };
        if (close && (!next.callBackNote || !next.rectificationNote)) {
          const missing = [
            ...(next.callBackNote ? [] : ['callBackNote']),
            ...(next.rectificationNote ? [] : ['rectificationNote']),
          ];
          throw new AppError('VALIDATION_FAILED', {
            fieldErrors: missing.map((field) =>
              problem(
                field,
                '关闭前请先填写回访记录和整改情况',
                'Write the call-back and the rectification before closing',
              ),
            ),
          });
        }
        await tx
          .update(followUps)
          .set({
            ...next,
            state: close ? 'closed' : next.callBackNote ? 'called_back' : row.state,
            ...(close ? { closedBy: staff.id, closedAt: new Date() } : {}),
          })
          .where(eq(followUps.id, row.id));
        await appendAudit(tx, context.keys, {
          actor: actorOf(staff),
          action: close ? 'follow_up.closed' : 'follow_up.updated',
          objectType: 'follow_up',
          objectId: row.id,
        });
      });
      return reply.status(204).send(null);
    },
  );
}
