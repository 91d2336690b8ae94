/**
 * Messages: a family member's in-app messages (acknowledgements, reminders, results), and — on a
 * development or demo install with no SMS gateway — the development sink, where administrators
 * read the SMS the platform would have sent.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { markMessageRead } from '../../commands/messages.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { authorizeCitizen, authorizeStaff } from '../../identity/authorize.ts';
import { listDevelopmentSms, listMessages } from '../../queries/messages.ts';
import { SIGNED_IN } from '../openapi.ts';
import { DevelopmentSmsList, errors, MessageList } from '../schemas.ts';

export async function messageRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();

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
      return listMessages(context, citizen);
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
      await markMessageRead(context, citizen, request.params.id);
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
      return { items: await listDevelopmentSms(context) };
    },
  );
}
