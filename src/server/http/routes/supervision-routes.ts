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
import { listSupervisedSubCases, readDashboard, readSupervisedCase } from '../../supervision/dashboard.ts';
import { onReadDatabase } from '../../supervision/read-database.ts';
import { SIGNED_IN } from '../openapi.ts';
import { FollowUpContact, FollowUpList, FollowUpUpdateRequest, TimeLimitAlertList } from '../schemas.ts';
import {
  DashboardQuery,
  SupervisedCase,
  SupervisedSubCaseList,
  SupervisedSubCaseQuery,
  SupervisionDashboard,
} from '../supervision-schemas.ts';

export async function supervisionRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/v1/supervision/dashboard',
    {
      schema: {
        operationId: 'getSupervisionDashboard',
        tags: ['supervision'],
        summary: "Supervision's figures for a region within your scope and a period of months",
        description:
          'Cases by state, channel, month and region; overdue and at-risk sub-cases by department, region and matter; handling time (median, p90) beside the committed limit; ratings; follow-ups; savings. Read from figures kept as cases move (and from the reporting replica when one is configured), never by counting the case tables.',
        security: SIGNED_IN,
        querystring: DashboardQuery,
        response: { 200: SupervisionDashboard },
      },
    },
    async (request) => {
      const staff = authorizeStaff(request, 'supervision.read');
      return onReadDatabase(context, () => readDashboard(context, staff, request.query), request.log);
    },
  );

  routes.get(
    '/api/v1/supervision/sub-cases',
    {
      schema: {
        operationId: 'listSupervisedSubCases',
        tags: ['supervision'],
        summary: 'The open sub-cases behind a figure: overdue, at risk, or all open — soonest due first',
        security: SIGNED_IN,
        querystring: SupervisedSubCaseQuery,
        response: { 200: SupervisedSubCaseList },
      },
    },
    async (request) => {
      const staff = authorizeStaff(request, 'supervision.read');
      return onReadDatabase(
        context,
        () => listSupervisedSubCases(context, staff, request.query),
        request.log,
      );
    },
  );

  routes.get(
    '/api/v1/supervision/cases/:code',
    {
      schema: {
        operationId: 'getSupervisedCase',
        tags: ['supervision'],
        summary: "One case's progress, with the family's details masked (the view is audited)",
        security: SIGNED_IN,
        params: z.object({ code: z.string().min(1).max(40) }),
        response: { 200: SupervisedCase },
      },
    },
    async (request) => {
      const staff = authorizeStaff(request, 'supervision.read');
      return readSupervisedCase(context, staff, request.params.code);
    },
  );

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
