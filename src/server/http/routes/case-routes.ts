/** The family's routes: submit an application, list their cases, track one case. */

import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isValidCaseCode } from '../../../domain/case-code.ts';
import { CONSENT } from '../../../domain/consent.ts';
import { regionCovers } from '../../../domain/regions.ts';
import { supplementSubCase } from '../../commands/department-actions.ts';
import {
  correctFields,
  correctMaterial,
  rateCase,
  receiveOnline,
  resubmitCase,
} from '../../commands/family-actions.ts';
import { submitApplication } from '../../commands/submit-application.ts';
import type { AppContext } from '../../context.ts';
import { caseDocuments, cases } from '../../db/schema.ts';
import type { NoticeContent, NoticeKind } from '../../documents/notices.ts';
import { renderNoticePdf } from '../../documents/render-notice.ts';
import { AppError } from '../../errors.ts';
import { actorOf, requireCitizen } from '../../identity/principal.ts';
import type { FileStore } from '../../materials/file-store.ts';
import { getCitizenCase, listCitizenCases } from '../../queries/case-views.ts';
import { readSingleUpload, sendPrivateFile } from '../files.ts';
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

export async function caseRoutes(app: FastifyInstance, context: AppContext, files: FileStore) {
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

  const Code = z.object({ code: z.string().max(32) });
  const ownCaseCode = (request: { params: { code: string } }) => {
    if (!isValidCaseCode(request.params.code)) throw new AppError('CASE_NOT_FOUND');
    return request.params.code;
  };

  routes.patch(
    '/api/v1/cases/:code/correction',
    {
      schema: {
        tags: ['cases'],
        summary: 'Put right the fields a correction notice lists (only those)',
        params: Code,
        body: z.object({ values: z.record(z.string().max(64), z.string().max(200)) }),
        response: { 200: CaseDetail, ...errorResponses },
      },
    },
    async (request) => {
      const citizen = requireCitizen(request);
      const code = ownCaseCode(request);
      await correctFields(context, citizen, code, request.body.values);
      return getCitizenCase(db, context.catalog, citizen.id, code);
    },
  );

  routes.post(
    '/api/v1/cases/:code/correction/materials/:materialCode',
    {
      schema: {
        tags: ['cases'],
        summary: 'Upload a material the correction notice asks for (multipart field "file")',
        consumes: ['multipart/form-data'],
        params: z.object({ code: z.string().max(32), materialCode: z.string().max(64) }),
        response: { 200: CaseDetail, ...errorResponses },
      },
    },
    async (request) => {
      const citizen = requireCitizen(request);
      const code = ownCaseCode(request);
      await correctMaterial(
        context,
        files,
        citizen,
        code,
        request.params.materialCode,
        await readSingleUpload(request),
      );
      return getCitizenCase(db, context.catalog, citizen.id, code);
    },
  );

  routes.post(
    '/api/v1/cases/:code/resubmit',
    {
      schema: {
        tags: ['cases'],
        summary: 'Resubmit after a correction; the case goes back to the window',
        params: Code,
        body: z.object({ version: z.number().int().min(1) }),
        response: { 200: CaseDetail, ...errorResponses },
      },
    },
    async (request) => {
      const citizen = requireCitizen(request);
      const code = ownCaseCode(request);
      await resubmitCase(context, citizen, code, request.body.version);
      return getCitizenCase(db, context.catalog, citizen.id, code);
    },
  );

  routes.post(
    '/api/v1/sub-cases/:id/supplement',
    {
      schema: {
        tags: ['cases'],
        summary: 'Answer a department that returned a sub-case for more information',
        params: z.object({ id: z.uuid() }),
        body: z.object({ version: z.number().int().min(1), note: z.string().trim().min(2).max(1000) }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await supplementSubCase(
        context,
        requireCitizen(request),
        request.params.id,
        request.body.version,
        request.body.note,
      );
      return reply.status(204).send(null);
    },
  );

  routes.post(
    '/api/v1/cases/:code/receive',
    {
      schema: {
        tags: ['cases'],
        summary: 'Confirm the results were received online (出件, online channel)',
        params: Code,
        body: z.object({ version: z.number().int().min(1) }),
        response: { 200: CaseDetail, ...errorResponses },
      },
    },
    async (request) => {
      const citizen = requireCitizen(request);
      const code = ownCaseCode(request);
      await receiveOnline(context, citizen, code, request.body.version);
      return getCitizenCase(db, context.catalog, citizen.id, code);
    },
  );

  routes.post(
    '/api/v1/cases/:code/ratings',
    {
      schema: {
        tags: ['cases'],
        summary:
          'Rate the service (好差评): 5 非常满意 … 1 非常不满意, once for the case and once per department',
        params: Code,
        body: z.object({
          target: z.string().regex(/^(case|department:[a-z-]+)$/),
          level: z.number().int().min(1).max(5),
          comment: z.string().max(500).optional(),
        }),
        response: { 200: CaseDetail, ...errorResponses },
      },
    },
    async (request) => {
      const citizen = requireCitizen(request);
      const code = ownCaseCode(request);
      await rateCase(context, citizen, code, request.body);
      return getCitizenCase(db, context.catalog, citizen.id, code);
    },
  );

  routes.get(
    '/api/v1/cases/:code/documents/:token',
    {
      schema: {
        tags: ['cases'],
        summary: 'A notice of the case as PDF (受理通知书, 不予受理告知书, 补正材料告知书, 办结通知书)',
        params: z.object({ code: z.string().max(32), token: z.string().max(64) }),
      },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (!principal) throw new AppError('UNAUTHENTICATED');
      const [row] = await db
        .select({ doc: caseDocuments, c: cases })
        .from(caseDocuments)
        .innerJoin(cases, eq(cases.id, caseDocuments.caseId))
        .where(and(eq(caseDocuments.token, request.params.token), eq(cases.code, request.params.code)))
        .limit(1);
      const allowed =
        row &&
        (principal.kind === 'citizen'
          ? row.c.applicantCitizenId === principal.id
          : principal.role === 'window_clerk' && regionCovers(principal.regionCode, row.c.regionCode));
      if (!row || !allowed) throw new AppError('NOT_FOUND');
      const pdf = await renderNoticePdf(
        row.doc.kind as NoticeKind,
        row.doc.content as NoticeContent,
        `${context.publicUrl()}/verify/${row.doc.token}`,
      );
      return sendPrivateFile(reply, 'application/pdf', pdf, `${row.doc.kind}-${row.c.code}.pdf`);
    },
  );
}
