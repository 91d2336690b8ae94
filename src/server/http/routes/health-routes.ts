/** GET /healthz: database and job-queue health, 200 when both answer, 503 otherwise. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { pingDatabase } from '../../db/database.ts';
import { PUBLIC } from '../openapi.ts';
import { Health } from '../schemas.ts';

export async function healthRoutes(app: FastifyInstance, context: AppContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/healthz',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['operations'],
        summary: 'Health of the database and the job queue',
        security: PUBLIC,
        response: { 200: Health, 503: Health },
        responseDescriptions: { 200: 'Both answer', 503: 'The database or the job queue does not answer' },
      },
    },
    async (_request, reply) => {
      const [database, jobs] = await Promise.all([pingDatabase(context.database), context.jobs.healthy()]);
      const ok = database && jobs;
      return reply.status(ok ? 200 : 503).send({
        status: ok ? 'ok' : 'unavailable',
        database: { ok: database, backend: context.database.kind },
        jobs: { ok: jobs },
      });
    },
  );
}
