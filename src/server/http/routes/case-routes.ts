/** The family's routes: submit an application, list their cases, track one case. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isValidCaseCode } from '../../../domain/case-code.ts';
import { submitApplication } from '../../commands/submit-application.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { actorOf, requireCitizen } from '../../identity/principal.ts';
import { getCitizenCase, listCitizenCases } from '../../queries/case-views.ts';
import { CaseDetail, errorResponses } from '../schemas.ts';

const Application = z.object({
  regionCode: z.string().max(12),
  matterCodes: z.array(z.string().max(64)).max(20),
  deceased: z.object({
    name: z.string().max(64),
    idNumber: z.string().max(32),
    dateOfDeath: z.string().max(32),
  }),
  applicant: z.object({
    name: z.string().max(64),
    phone: z.string().max(32),
    relationship: z.string().max(32),
  }),
  declarationAccepted: z.boolean(),
});

export async function caseRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = context.database;

  routes.post(
    '/api/v1/cases',
    {
      config: { rateLimit: { max: context.config.rateLimits.publicWritesPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['cases'],
        summary: 'Submit an application (family); repeat-safe with an Idempotency-Key header',
        headers: z.object({ 'idempotency-key': z.string().min(8).max(128) }),
        body: Application,
        response: { 200: CaseDetail, 201: CaseDetail, ...errorResponses },
      },
    },
    async (request, reply) => {
      const citizen = requireCitizen(request);
      const result = await submitApplication(
        { db, keys: context.keys, jobs: context.jobs, catalog: context.catalog },
        {
          citizenId: citizen.id,
          actor: actorOf(citizen),
          idempotencyKey: request.headers['idempotency-key'],
          channel: 'online',
          input: request.body,
        },
      );
      const detail = await getCitizenCase(db, context.catalog, citizen.id, result.code);
      return reply.status(result.created ? 201 : 200).send(detail);
    },
  );

  routes.get(
    '/api/v1/cases',
    {
      schema: {
        tags: ['cases'],
        summary: "The signed-in family member's cases",
        response: { 200: z.object({ items: z.array(CaseDetail) }), ...errorResponses },
      },
    },
    async (request) => {
      const citizen = requireCitizen(request);
      return { items: await listCitizenCases(db, context.catalog, citizen.id) };
    },
  );

  routes.get(
    '/api/v1/cases/:code',
    {
      schema: {
        tags: ['cases'],
        summary: 'Track one case by its unified case code',
        params: z.object({ code: z.string().max(32) }),
        response: { 200: CaseDetail, ...errorResponses },
      },
    },
    async (request) => {
      const citizen = requireCitizen(request);
      if (!isValidCaseCode(request.params.code)) throw new AppError('CASE_NOT_FOUND');
      return getCitizenCase(db, context.catalog, citizen.id, request.params.code);
    },
  );
}
