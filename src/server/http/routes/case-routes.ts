/**
 * The family's routes: their cases (applied for, or joined as another heir), tracking, corrections,
 * answers, delivery and ratings. Applications themselves come in through drafts (draft-routes.ts):
 * one door for the portal, the window and machine clients.
 */

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isValidCaseCode } from '../../../domain/case-code.ts';
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
import { caseCertificatePdf } from '../../death-registry/queries.ts';
import { AppError } from '../../errors.ts';
import { authorize, authorizeCitizen } from '../../identity/authorize.ts';
import { actorOf } from '../../identity/principal.ts';
import type { FileStore } from '../../materials/file-store.ts';
import { materialUploadField, nameUploadRefusal } from '../../materials/store-upload.ts';
import { getCitizenCase, listCitizenCases } from '../../queries/case-views.ts';
import { readCaseNotice } from '../../queries/notices.ts';
import { readSingleUpload, sendPrivateFile } from '../files.ts';
import { SIGNED_IN } from '../openapi.ts';
import {
  CaseDetail,
  CaseList,
  CorrectFieldsRequest,
  errors,
  JoinCaseRequest,
  PendingSupplementFiles,
  RatingRequest,
  SupplementAnswerRequest,
  VersionRequest,
} from '../schemas.ts';

export async function caseRoutes(app: FastifyInstance, context: AppContext, files: FileStore) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = context.database;

  routes.get(
    '/api/v1/cases',
    {
      schema: {
        operationId: 'listMyCases',
        tags: ['cases'],
        summary: "The signed-in family member's cases",
        security: SIGNED_IN,
        response: { 200: CaseList },
      },
    },
    async (request) => {
      const citizen = authorizeCitizen(request, 'case.read');
      return { items: await listCitizenCases(db, context.catalog, context.keys, citizen.id) };
    },
  );

  routes.get(
    '/api/v1/cases/:code',
    {
      schema: {
        operationId: 'getCase',
        tags: ['cases'],
        summary: 'Track one case by its unified case code',
        security: SIGNED_IN,
        params: z.object({ code: z.string().max(32) }),
        response: { 200: CaseDetail },
      },
    },
    async (request) => {
      const citizen = authorizeCitizen(request, 'case.read');
      if (!isValidCaseCode(request.params.code)) throw new AppError('CASE_NOT_FOUND');
      return getCitizenCase(db, context.catalog, context.keys, citizen.id, request.params.code);
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
        operationId: 'joinCase',
        tags: ['cases'],
        summary:
          "Join an existing case as another heir instead of applying again (code and the deceased's ID number, as told by CASE_EXISTS)",
        security: SIGNED_IN,
        params: Code,
        body: JoinCaseRequest,
        response: { 200: CaseDetail, ...errors(409) },
      },
    },
    async (request) => {
      const citizen = authorizeCitizen(request, 'case.join');
      const code = ownCaseCode(request);
      await joinCase(
        { db, keys: context.keys },
        { id: citizen.id, actor: actorOf(citizen) },
        {
          code,
          deceasedIdNumber: request.body.deceasedIdNumber,
          relationship: request.body.relationship,
        },
      );
      return getCitizenCase(db, context.catalog, context.keys, citizen.id, code);
    },
  );

  routes.patch(
    '/api/v1/cases/:code/correction',
    {
      schema: {
        operationId: 'correctCaseFields',
        tags: ['cases'],
        summary: 'Put right the fields a correction notice lists (only those)',
        security: SIGNED_IN,
        params: Code,
        body: CorrectFieldsRequest,
        response: { 200: CaseDetail, ...errors(409) },
      },
    },
    async (request) => {
      const citizen = authorizeCitizen(request, 'case.resubmit');
      const code = ownCaseCode(request);
      await correctFields(context, citizen, code, request.body.values);
      return getCitizenCase(db, context.catalog, context.keys, citizen.id, code);
    },
  );

  routes.post(
    '/api/v1/cases/:code/correction/materials/:materialCode',
    {
      schema: {
        operationId: 'uploadCorrectionMaterial',
        tags: ['cases'],
        summary: 'Upload a material the correction notice asks for (multipart field "file")',
        security: SIGNED_IN,
        consumes: ['multipart/form-data'],
        params: z.object({ code: z.string().max(32), materialCode: z.string().max(64) }),
        response: { 200: CaseDetail, ...errors(409) },
      },
    },
    async (request) => {
      const citizen = authorizeCitizen(request, 'case.resubmit');
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
      return getCitizenCase(db, context.catalog, context.keys, citizen.id, code);
    },
  );

  routes.post(
    '/api/v1/cases/:code/resubmit',
    {
      schema: {
        operationId: 'resubmitCase',
        tags: ['cases'],
        summary: 'Resubmit after a correction; the case goes back to the window',
        security: SIGNED_IN,
        params: Code,
        body: VersionRequest,
        response: { 200: CaseDetail, ...errors(409) },
      },
    },
    async (request) => {
      const citizen = authorizeCitizen(request, 'case.resubmit');
      const code = ownCaseCode(request);
      await resubmitCase(context, citizen, code, request.body.version);
      return getCitizenCase(db, context.catalog, context.keys, citizen.id, code);
    },
  );

  routes.post(
    '/api/v1/sub-cases/:id/supplement/files',
    {
      schema: {
        operationId: 'attachSupplementFile',
        tags: ['cases'],
        summary:
          'Attach one file (multipart field "file") to the answer to a department that returned a sub-case; sending the same file again adds nothing. Returns the files waiting to be sent',
        security: SIGNED_IN,
        consumes: ['multipart/form-data'],
        params: z.object({ id: z.uuid() }),
        response: { 200: PendingSupplementFiles, ...errors(409) },
      },
    },
    async (request) => {
      const citizen = authorizeCitizen(request, 'supplement.answer');
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
        operationId: 'removeSupplementFile',
        tags: ['cases'],
        summary: 'Take a file back out of the answer before it is sent',
        security: SIGNED_IN,
        params: z.object({ id: z.uuid(), itemId: z.uuid() }),
        response: { 200: PendingSupplementFiles, ...errors(409) },
      },
    },
    async (request) => ({
      pendingFiles: await removeSupplementFile(
        context,
        authorizeCitizen(request, 'supplement.answer'),
        request.params.id,
        request.params.itemId,
      ),
    }),
  );

  routes.post(
    '/api/v1/sub-cases/:id/supplement',
    {
      schema: {
        operationId: 'answerSupplementRequest',
        tags: ['cases'],
        summary:
          'Answer a department that returned a sub-case for more information: the text, with the files attached so far',
        security: SIGNED_IN,
        params: z.object({ id: z.uuid() }),
        body: SupplementAnswerRequest,
        response: { 204: z.null(), ...errors(409) },
        responseDescriptions: {
          204: 'Sent: the sub-case is back with its department, its clock running again',
        },
      },
    },
    async (request, reply) => {
      await supplementSubCase(
        context,
        authorizeCitizen(request, 'supplement.answer'),
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
        operationId: 'confirmCaseReceived',
        tags: ['cases'],
        summary: 'Confirm the results were received online (出件, online channel)',
        security: SIGNED_IN,
        params: Code,
        body: VersionRequest,
        response: { 200: CaseDetail, ...errors(409) },
      },
    },
    async (request) => {
      const citizen = authorizeCitizen(request, 'case.deliver');
      const code = ownCaseCode(request);
      await receiveOnline(context, citizen, code, request.body.version);
      return getCitizenCase(db, context.catalog, context.keys, citizen.id, code);
    },
  );

  routes.post(
    '/api/v1/cases/:code/ratings',
    {
      schema: {
        operationId: 'rateCase',
        tags: ['cases'],
        summary:
          'Rate the service (好差评): 5 非常满意 … 1 非常不满意, once for the case and once per department',
        security: SIGNED_IN,
        params: Code,
        body: RatingRequest,
        response: { 200: CaseDetail, ...errors(409) },
      },
    },
    async (request) => {
      const citizen = authorizeCitizen(request, 'case.rate');
      const code = ownCaseCode(request);
      await rateCase(context, citizen, code, request.body);
      return getCitizenCase(db, context.catalog, context.keys, citizen.id, code);
    },
  );

  routes.get(
    '/api/v1/cases/:code/documents/:token',
    {
      schema: {
        operationId: 'getCaseNotice',
        tags: ['cases'],
        summary: 'A notice of the case as PDF (受理通知书, 不予受理告知书, 补正材料告知书, 办结通知书)',
        description: "For the applicant, and for a window clerk of the case's region.",
        security: SIGNED_IN,
        params: z.object({ code: z.string().max(32), token: z.string().max(64) }),
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const principal = authorize(request, 'notice.download');
      const notice = await readCaseNotice(context, principal, request.params.code, request.params.token);
      return sendPrivateFile(reply, 'application/pdf', notice.pdf, notice.filename);
    },
  );

  routes.get(
    '/api/v1/cases/:code/death-certificates/:token',
    {
      schema: {
        operationId: 'getCaseDeathCertificate',
        tags: ['cases'],
        summary:
          "An e-certificate of the case's deceased as PDF (death certificate, cremation or burial record)",
        description:
          'For whoever may follow the case; the token is the certificate’s verification token from the case’s `deathCertificates`. The view is audited.',
        security: SIGNED_IN,
        params: z.object({ code: z.string().max(32), token: z.string().max(64) }),
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const principal = authorize(request, 'case.read');
      const certificate = await caseCertificatePdf(
        context,
        principal,
        request.params.code,
        request.params.token,
      );
      return sendPrivateFile(reply, 'application/pdf', certificate.pdf, certificate.filename);
    },
  );
}
