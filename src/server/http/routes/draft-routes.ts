/**
 * Drafts over HTTP: start from the questionnaire, read, autosave, attach materials (upload or
 * e-licence), read back an uploaded file, submit. Open to the family (online) and to window
 * clerks (assisted, 帮办代办); each sees only their own drafts.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  attachUpload,
  type DraftOwner,
  listDrafts,
  readDraftFile,
  removeMaterialItem,
  saveDraft,
  startDraft,
  submitDraft,
  viewDraft,
} from '../../commands/drafts.ts';
import type { AppContext } from '../../context.ts';
import { authorize, subjectOf } from '../../identity/authorize.ts';
import { actorOf } from '../../identity/principal.ts';
import type { FileStore } from '../../materials/file-store.ts';
import { materialUploadField, nameUploadRefusal } from '../../materials/store-upload.ts';
import { getCaseById, presentSubmittedCase } from '../../queries/case-views.ts';
import { readSingleUpload, sendPrivateFile } from '../files.ts';
import { MATERIAL_MEDIA_TYPES, SIGNED_IN } from '../openapi.ts';
import {
  CaseDetail,
  Draft,
  DraftList,
  errors,
  SaveDraftRequest,
  StartDraftRequest,
  SubmitDraftRequest,
} from '../schemas.ts';

const Id = z.object({ id: z.uuid() });

function ownerOf(request: FastifyRequest): DraftOwner {
  const principal = authorize(request, 'draft.write');
  if (principal.kind === 'citizen') return { kind: 'citizen', id: principal.id, actor: actorOf(principal) };
  return {
    kind: 'staff',
    id: principal.id,
    actor: actorOf(principal),
    subject: subjectOf(principal),
  };
}

export async function draftRoutes(app: FastifyInstance, context: AppContext, files: FileStore) {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.post(
    '/api/v1/drafts',
    {
      config: { rateLimit: { max: context.config.rateLimits.publicWritesPerMinute, timeWindow: '1 minute' } },
      schema: {
        operationId: 'startDraft',
        tags: ['applications'],
        summary: 'Start an application from the questionnaire; shared data fills what it knows',
        description:
          'One case per deceased: if the person already has an open (or recently delivered) case, nothing is started and the answer is CASE_EXISTS with that case in `details`. A region that does not cover the situation answers NOT_COVERED (422) with where to go instead.',
        security: SIGNED_IN,
        body: StartDraftRequest,
        response: { 201: Draft, ...errors(409, 422) },
        responseDescriptions: { 201: 'Started: the new draft' },
      },
    },
    async (request, reply) => {
      const owner = ownerOf(request);
      const { applicantIdNumber, ...rest } = request.body;
      const id = await startDraft(context, owner, {
        ...rest,
        ...(owner.kind === 'staff' && applicantIdNumber ? { applicantIdNumber } : {}),
      });
      return reply.status(201).send(await viewDraft(context, owner, id));
    },
  );

  routes.get(
    '/api/v1/drafts',
    {
      schema: {
        operationId: 'listDrafts',
        tags: ['applications'],
        summary: 'My unfinished applications (resume on any device)',
        security: SIGNED_IN,
        response: { 200: DraftList },
      },
    },
    async (request) => ({ items: await listDrafts(context, ownerOf(request)) }),
  );

  routes.get(
    '/api/v1/drafts/:id',
    {
      schema: {
        operationId: 'getDraft',
        tags: ['applications'],
        summary: 'One draft: the merged form, materials and what is still missing',
        security: SIGNED_IN,
        params: Id,
        response: { 200: Draft, ...errors(410) },
      },
    },
    async (request) => viewDraft(context, ownerOf(request), request.params.id),
  );

  routes.patch(
    '/api/v1/drafts/:id',
    {
      schema: {
        operationId: 'saveDraft',
        tags: ['applications'],
        summary: 'Autosave typed values and flags on certified values (optimistic version)',
        security: SIGNED_IN,
        params: Id,
        body: SaveDraftRequest,
        response: { 200: Draft, ...errors(409, 410) },
      },
    },
    async (request) => {
      const owner = ownerOf(request);
      await saveDraft(context, owner, request.params.id, request.body);
      return viewDraft(context, owner, request.params.id);
    },
  );

  routes.post(
    '/api/v1/drafts/:id/materials/:materialCode',
    {
      config: { rateLimit: { max: context.config.rateLimits.publicWritesPerMinute, timeWindow: '1 minute' } },
      schema: {
        operationId: 'uploadDraftMaterial',
        tags: ['applications'],
        summary: 'Upload a photo or PDF for one material (multipart/form-data, field "file")',
        description:
          'The content decides what the file is: anything but a JPEG, PNG, WebP or PDF within the size limit is refused with UPLOAD_REFUSED.',
        security: SIGNED_IN,
        consumes: ['multipart/form-data'],
        params: z.object({ id: z.uuid(), materialCode: z.string().max(64) }),
        response: { 200: Draft, ...errors(409, 410) },
        responseDescriptions: { 200: 'Attached: the draft with the material' },
      },
    },
    async (request) => {
      const owner = ownerOf(request);
      const { materialCode } = request.params;
      const upload = await readSingleUpload(request).catch(async (error: unknown) => {
        // A file over the limit is refused while it is read: say which material it was for.
        const material = (await context.catalog.current()).materials.find((m) => m.code === materialCode);
        throw nameUploadRefusal(error, materialUploadField(materialCode, material));
      });
      await attachUpload(context, files, owner, request.params.id, materialCode, upload);
      return viewDraft(context, owner, request.params.id);
    },
  );

  routes.delete(
    '/api/v1/drafts/:id/items/:itemId',
    {
      schema: {
        operationId: 'removeDraftItem',
        tags: ['applications'],
        summary: 'Remove one attached material (an upload, or an e-licence you prefer to replace)',
        security: SIGNED_IN,
        params: z.object({ id: z.uuid(), itemId: z.uuid() }),
        response: { 200: Draft, ...errors(409, 410) },
      },
    },
    async (request) => {
      const owner = ownerOf(request);
      await removeMaterialItem(context, owner, request.params.id, request.params.itemId);
      return viewDraft(context, owner, request.params.id);
    },
  );

  routes.get(
    '/api/v1/drafts/:id/files/:digest',
    {
      schema: {
        operationId: 'getDraftFile',
        tags: ['applications'],
        summary: 'An uploaded file of my own draft',
        security: SIGNED_IN,
        params: z.object({ id: z.uuid(), digest: z.string().regex(/^[0-9a-f]{64}$/) }),
        produces: MATERIAL_MEDIA_TYPES,
      },
    },
    async (request, reply) => {
      const file = await readDraftFile(
        context,
        files,
        ownerOf(request),
        request.params.id,
        request.params.digest,
      );
      return sendPrivateFile(reply, file.mediaType, file.content);
    },
  );

  routes.post(
    '/api/v1/drafts/:id/submit',
    {
      config: { rateLimit: { max: context.config.rateLimits.publicWritesPerMinute, timeWindow: '1 minute' } },
      schema: {
        operationId: 'submitDraft',
        tags: ['applications'],
        summary: 'Submit a draft as a case; repeat-safe with an Idempotency-Key header',
        description:
          'The server decides the bundle again and validates everything; what is wrong comes back as VALIDATION_FAILED with every field. The same Idempotency-Key (per submitter) returns the first case.',
        security: SIGNED_IN,
        params: Id,
        headers: z.object({
          'idempotency-key': z
            .string()
            .min(8)
            .max(128)
            .describe('One key per submission; a retry sends the same'),
        }),
        body: SubmitDraftRequest,
        response: { 200: CaseDetail, 201: CaseDetail, ...errors(409, 410, 422) },
        responseDescriptions: {
          200: 'Already submitted with this Idempotency-Key: the case it created',
          201: 'Submitted: the new case',
        },
      },
    },
    async (request, reply) => {
      const owner = ownerOf(request);
      const result = await submitDraft(context, owner, request.params.id, {
        version: request.body.version,
        idempotencyKey: request.headers['idempotency-key'],
        consent: {
          ...request.body.declaration,
          ...(owner.kind === 'staff' ? { assisted: request.body.assistedConsent === true } : {}),
        },
      });
      const { db } = context.database;
      const detail = result.created
        ? await presentSubmittedCase(db, context.catalog, context.keys, result.written)
        : await getCaseById(db, context.catalog, context.keys, result.caseId);
      return reply.status(result.created ? 201 : 200).send(detail);
    },
  );
}
