/**
 * Messages: a family member's in-app messages (acknowledgements, reminders, results), and — on a
 * development or demo install with no SMS gateway — the development sink, where administrators
 * read the SMS the platform would have sent.
 */
import { and, desc, eq, inArray, isNull, like } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as clock from '../../clock.ts';
import type { AppContext } from '../../context.ts';
import { cases, notifications, subCases } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { authorizeCitizen, authorizeStaff } from '../../identity/authorize.ts';
import { messageSubject, type SubCaseForSubject } from '../../notifications/message-subject.ts';
import { SIGNED_IN } from '../openapi.ts';
import { DevelopmentSmsList, errors, MessageList } from '../schemas.ts';

export async function messageRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = context.database;

  routes.get(
    '/api/v1/messages',
    {
      schema: {
        operationId: 'listMessages',
        tags: ['messages'],
        summary: 'My in-app messages, newest first',
        security: SIGNED_IN,
        response: { 200: MessageList },
      },
    },
    async (request) => {
      const citizen = authorizeCitizen(request, 'message.read');
      const rows = await db
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.recipientKind, 'citizen'),
            eq(notifications.recipientId, citizen.id),
            eq(notifications.channel, 'in-app'),
          ),
        )
        .orderBy(desc(notifications.createdAt))
        .limit(100);
      const caseIds = [...new Set(rows.flatMap((r) => (r.caseId ? [r.caseId] : [])))];
      const caseRows =
        caseIds.length > 0
          ? await db.select({ id: cases.id, code: cases.code }).from(cases).where(inArray(cases.id, caseIds))
          : [];
      const subRows =
        caseIds.length > 0
          ? await db
              .select({
                id: subCases.id,
                caseId: subCases.caseId,
                matterCode: subCases.matterCode,
                state: subCases.state,
              })
              .from(subCases)
              .where(inArray(subCases.caseId, caseIds))
          : [];
      const catalog = subRows.length > 0 ? await context.catalog.current() : null;
      const matterName = (code: string) => catalog?.matters.find((m) => m.code === code)?.name ?? code;
      const codes = new Map(caseRows.map((c) => [c.id, c.code]));
      const subsOf = (caseId: string | null): SubCaseForSubject[] =>
        subRows
          .filter((s) => s.caseId === caseId)
          .map((s) => ({ id: s.id, matterName: matterName(s.matterCode), state: s.state }));
      return {
        items: rows.map((r) => ({
          id: r.id,
          template: r.template,
          body: r.body,
          createdAt: r.createdAt.toISOString(),
          readAt: r.readAt?.toISOString() ?? null,
          about: messageSubject(
            r.template,
            r.body,
            r.caseId ? (codes.get(r.caseId) ?? null) : null,
            subsOf(r.caseId),
          ),
        })),
        unread: rows.filter((r) => !r.readAt).length,
      };
    },
  );

  routes.post(
    '/api/v1/messages/:id/read',
    {
      schema: {
        operationId: 'markMessageRead',
        tags: ['messages'],
        summary: 'Mark a message read',
        security: SIGNED_IN,
        params: z.object({ id: z.uuid() }),
        response: { 204: z.null() },
        responseDescriptions: {
          204: 'Marked (a message already read, or not the caller’s, is left as it is)',
        },
      },
    },
    async (request, reply) => {
      const citizen = authorizeCitizen(request, 'message.read');
      await db
        .update(notifications)
        .set({ readAt: clock.now() })
        .where(
          and(
            eq(notifications.id, request.params.id),
            eq(notifications.recipientId, citizen.id),
            isNull(notifications.readAt),
          ),
        );
      return reply.status(204).send(null);
    },
  );

  routes.get(
    '/api/v1/dev/sms',
    {
      schema: {
        operationId: 'listDevelopmentSms',
        tags: ['messages'],
        summary:
          'SMS held by the development sink (only when no SMS gateway is configured, never in production)',
        security: SIGNED_IN,
        response: { 200: DevelopmentSmsList, ...errors(404) },
        responseDescriptions: {
          404: 'There is no development sink here (a gateway is configured, or production)',
        },
      },
    },
    async (request) => {
      authorizeStaff(request, 'sms.outbox.read');
      if (context.config.sms.url || context.config.env === 'production') throw new AppError('NOT_FOUND');
      const rows = await db
        .select()
        .from(notifications)
        .where(like(notifications.channel, 'sms%'))
        .orderBy(desc(notifications.createdAt))
        .limit(200);
      return {
        items: rows.map((r) => ({
          id: r.id,
          to: r.phoneMasked,
          body: r.body,
          status: r.status,
          createdAt: r.createdAt.toISOString(),
        })),
      };
    },
  );
}
