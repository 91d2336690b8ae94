/**
 * Supervision (监管): sub-cases past or near their time limits, and the follow-ups of poor ratings
 * with their call-back and rectification record — for supervisors and department supervisors,
 * within their region (and department).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { recordFollowUp, revealFollowUpContact } from '../../commands/follow-ups.ts';
import type { AppContext } from '../../context.ts';
import { authorizeStaff } from '../../identity/authorize.ts';
import { listFollowUps, listTimeLimitWatch } from '../../queries/supervision.ts';
import { SIGNED_IN } from '../openapi.ts';
import { FollowUpContact, FollowUpList, FollowUpUpdateRequest, TimeLimitAlertList } from '../schemas.ts';

export async function supervisionRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/v1/supervision/time-limits',
    {
      schema: {
        operationId: 'listTimeLimitAlerts',
        tags: ['supervision'],
        summary: 'Open sub-cases that are due soon (yellow) or overdue (red)',
        security: SIGNED_IN,
        response: { 200: TimeLimitAlertList },
      },
    },
    async (request) => {
      const staff = authorizeStaff(request, 'supervision.read');
      return { items: await listTimeLimitWatch(context, staff) };
    },
  );

  routes.get(
    '/api/v1/supervision/follow-ups',
    {
      schema: {
        operationId: 'listFollowUps',
        tags: ['supervision'],
        summary: 'Follow-ups of poor ratings (不满意 or worse)',
        security: SIGNED_IN,
        response: { 200: FollowUpList },
      },
    },
    async (request) => {
      const staff = authorizeStaff(request, 'supervision.read');
      return { items: await listFollowUps(context, staff) };
    },
  );

  routes.post(
    '/api/v1/supervision/follow-ups/:id/contact',
    {
      schema: {
        operationId: 'revealFollowUpContact',
        tags: ['supervision'],
        summary: "The applicant's full name and mobile number, to call back (the view is audited)",
        security: SIGNED_IN,
        params: z.object({ id: z.uuid() }),
        response: { 200: FollowUpContact },
      },
    },
    async (request) => {
      const staff = authorizeStaff(request, 'follow_up.act');
      return revealFollowUpContact(context, staff, request.params.id);
    },
  );

  routes.post(
    '/api/v1/supervision/follow-ups/:id',
    {
      schema: {
        operationId: 'updateFollowUp',
        tags: ['supervision'],
        summary: 'Record the call-back and the rectification; close when done',
        security: SIGNED_IN,
        params: z.object({ id: z.uuid() }),
        body: FollowUpUpdateRequest,
        response: { 204: z.null() },
        responseDescriptions: { 204: 'Recorded' },
      },
    },
    async (request, reply) => {
      const staff = authorizeStaff(request, 'follow_up.act');
      await recordFollowUp(context, staff, request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );
}
