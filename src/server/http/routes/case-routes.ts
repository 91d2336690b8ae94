/**
 * The family's routes: their cases (applied for, or joined as another heir), tracking, corrections,
 * answers, delivery and ratings. Applications themselves come in through drafts (draft-routes.ts):
 * one door for the portal, the window and machine clients.
 */

import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isValidCaseCode } from '../../../domain/case-code.ts';
import { regionCovers } from '../../../domain/regions.ts';
import { joinCase } from '../../commands/existing-case.ts';
import {
  correctFields,
  correctMaterial,
  rateCase,
  receiveOnline,
  resubmitCase,
} from '../../commands/family-actions.ts';
import {
  attachSupplementFile,
  removeSupplementFile,
  SUPPLEMENT_FILES_FIELD,
  supplementSubCase,
} from '../../commands/supplement.ts';
import type { AppContext } from '../../context.ts';
import { caseDocuments, cases } from '../../db/schema.ts';
import type { NoticeContent, NoticeKind } from '../../documents/notices.ts';
import { renderNoticePdf } from '../../documents/render-notice.ts';
import { AppError } from '../../errors.ts';
import { actorOf, requireCitizen } from '../../identity/principal.ts';
import type { FileStore } from '../../materials/file-store.ts';
import { materialUploadField, nameUploadRefusal } from '../../materials/store-upload.ts';
import { getCitizenCase, listCitizenCases } from '../../queries/case-views.ts';
import { readSingleUpload, sendPrivateFile } from '../files.ts';
import { CaseDetail, errorResponses, PendingSupplementFiles } from '../schemas.ts';

export async function caseRoutes(app: FastifyInstance, context: AppContext, files: FileStore) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = context.database;

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

  routes.post(
    '/api/v1/cases/:code/join',
    {
      config: { rateLimit: { max: context.config.rateLimits.publicWritesPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['cases'],
        summary:
          "Join an existing case as another heir instead of applying again (code and the deceased's ID number, as told by CASE_EXISTS)",
        params: Code,
        body: z.object({
          deceasedIdNumber: z.string().max(32),
          relationship: z.string().max(32),
        }),
        response: { 200: CaseDetail, ...errorResponses },
      },
    },
    async (request) => {
      const citizen = requireCitizen(request);
      const code = ownCaseCode(request);
      await joinCase(
        { db, keys: context.keys, jobs: context.jobs },
        { id: citizen.id, actor: actorOf(citizen) },
        {
          code,
          deceasedIdNumber: request.body.deceasedIdNumber,
          relationship: request.body.relationship,
        },
      );
      return getCitizenCase(db, context.catalog, citizen.id, code);
    },
  );

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
      const materialCode = request.params.materialCode;
      const upload = await readSingleUpload(request).catch(async (error: unknown) => {
        const catalog = await context.catalog.current();
        throw nameUploadRefusal(
          error,
          materialUploadField(
            materialCode,
            catalog.materials.find((m) => m.code === materialCode),
          ),
        );
      });
      await correctMaterial(context, files, citizen, code, materialCode, upload);
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
    '/api/v1/sub-cases/:id/supplement/files',
    {
      schema: {
        tags: ['cases'],
        summary:
          'Attach one file (multipart field "file") to the answer to a department that returned a sub-case; sending the same file again adds nothing. Returns the files waiting to be sent',
        consumes: ['multipart/form-data'],
        params: z.object({ id: z.uuid() }),
        response: { 200: PendingSupplementFiles, ...errorResponses },
      },
    },
    async (request) => {
      const citizen = requireCitizen(request);
      const upload = await readSingleUpload(request).catch((error: unknown) => {
        throw nameUploadRefusal(error, SUPPLEMENT_FILES_FIELD);
      });
      return {
        pendingFiles: await attachSupplementFile(context, files, citizen, request.params.id, upload),
      };
    },
  );

  routes.delete(
    '/api/v1/sub-cases/:id/supplement/files/:itemId',
    {
      schema: {
        tags: ['cases'],
        summary: 'Take a file back out of the answer before it is sent',
        params: z.object({ id: z.uuid(), itemId: z.uuid() }),
        response: { 200: PendingSupplementFiles, ...errorResponses },
      },
    },
    async (request) => ({
      pendingFiles: await removeSupplementFile(
        context,
        requireCitizen(request),
        request.params.id,
        request.params.itemId,
      ),
    }),
  );

  routes.post(
    '/api/v1/sub-cases/:id/supplement',
    {
      schema: {
        tags: ['cases'],
        summary:
          'Answer a department that returned a sub-case for more information: the text, with the files attached so far',
        params: z.object({ id: z.uuid() }),
        body: z.object({ version: z.number().int().min(1), note: z.string().max(2000).default('') }),
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
