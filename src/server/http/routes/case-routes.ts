/** The family's routes: submit an application, list their cases, track one case. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isValidCaseCode } from '../../../domain/case-code.ts';
import { CONSENT } from '../../../domain/consent.ts';
import { submitApplication } from '../../commands/submit-application.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { actorOf, requireCitizen } from '../../identity/principal.ts';
import { getCitizenCase, listCitizenCases } from '../../queries/case-views.ts';
import { CaseDetail, errorResponses } from '../schemas.ts';

/** The application as canonical field values of the merged form (the general shape). */
const Application = z.object({
  regionCode: z.string().max(12),
  matterCodes: z.array(z.string().max(64)).min(1).max(30),
  answers: z.record(z.string().max(64), z.string().max(64)).default({}),
  values: z.record(z.string().max(64), z.string().max(200)),
  declaration: z.object({ version: z.string().max(32), accepted: z.boolean() }),
});

/** The short form of the first release (one matter, fixed fields), still accepted. */
const SimpleApplication = z.object({
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

function toGeneral(
  body: z.infer<typeof Application> | z.infer<typeof SimpleApplication>,
): z.infer<typeof Application> {
  if ('values' in body) return body;
  return {
    regionCode: body.regionCode,
    matterCodes: body.matterCodes,
    answers: {},
    values: {
      'deceased.name': body.deceased.name,
      'deceased.idNumber': body.deceased.idNumber,
      'deceased.dateOfDeath': body.deceased.dateOfDeath,
      'applicant.name': body.applicant.name,
      'applicant.phone': body.applicant.phone,
      'applicant.relationship': body.applicant.relationship,
    },
    declaration: { version: CONSENT.version, accepted: body.declarationAccepted },
  };
}

export async function caseRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = context.database;

  routes.post(
    '/api/v1/cases',
    {
      config: { rateLimit: { max: context.config.rateLimits.publicWritesPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['cases'],
        summary:
          'Submit an application as merged-form values (family); repeat-safe with an Idempotency-Key header',
        headers: z.object({ 'idempotency-key': z.string().min(8).max(128) }),
        body: z.union([Application, SimpleApplication]),
        response: { 200: CaseDetail, 201: CaseDetail, ...errorResponses },
      },
    },
    async (request, reply) => {
      const citizen = requireCitizen(request);
      const application = toGeneral(request.body);
      const result = await submitApplication(
        { db, keys: context.keys, jobs: context.jobs, catalog: context.catalog },
        {
          submitter: { kind: 'citizen', citizenId: citizen.id },
          actor: actorOf(citizen),
          idempotencyKey: request.headers['idempotency-key'],
          channel: 'online',
          regionCode: application.regionCode,
          matterCodes: application.matterCodes,
          answers: application.answers,
          values: application.values,
          consent: application.declaration,
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
