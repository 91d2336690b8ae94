/**
 * Supervision (监管): sub-cases past or near their time limits, and the follow-ups of poor ratings
 * with their call-back and rectification record — for supervisors and department supervisors,
 * within their region (and department).
 */
import { and, asc, eq, inArray, like } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { regionCovers, regionPrefix } from '../../../domain/regions.ts';
import { appendAudit } from '../../audit/audit-log.ts';
import type { AppContext } from '../../context.ts';
import { cases, followUps, ratings, subCases } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { actorOf, requireStaff, type StaffPrincipal } from '../../identity/principal.ts';
import { subCaseLimit } from '../../queries/case-views.ts';
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
    callBackNote: z.string().nullable(),
    rectificationNote: z.string().nullable(),
    createdAt: z.string(),
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
        .select({ f: followUps, r: ratings, code: cases.code })
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
        items: rows.map(({ f, r, code }) => ({
          id: f.id,
          caseCode: code,
          target: r.target,
          level: r.level,
          comment: r.comment,
          state: f.state,
          dueOn: f.dueOn,
          callBackNote: f.callBackNote,
          rectificationNote: f.rectificationNote,
          createdAt: f.createdAt.toISOString(),
        })),
      };
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
          throw new AppError('VALIDATION_FAILED', {
            details: { close: 'record the call-back and the rectification first' },
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
        await appendAudit(tx, {
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
