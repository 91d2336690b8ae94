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
import { AppError } from '../../errors.ts';
import { actorOf } from '../../identity/principal.ts';
import type { FileStore } from '../../materials/file-store.ts';
import { materialUploadField, nameUploadRefusal } from '../../materials/store-upload.ts';
import { getCaseById } from '../../queries/case-views.ts';
import { readSingleUpload, sendPrivateFile } from '../files.ts';
import { CaseDetail, errorResponses } from '../schemas.ts';

const Text = z.object({ zh: z.string(), en: z.string() });
const Problem = z.object({
  field: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  zh: z.string(),
  en: z.string(),
});
const DraftView = z.object({
  id: z.string(),
  version: z.number(),
  channel: z.string(),
  regionCode: z.string(),
  catalogVersion: z.string(),
  expiresAt: z.string(),
  updatedAt: z.string(),
  matters: z.array(z.object({ code: z.string(), name: Text, department: z.string(), departmentName: Text })),
  form: z.array(
    z.object({
      id: z.string(),
      title: Text,
      fields: z.array(
        z.object({
          key: z.string(),
          label: Text,
          input: z.string(),
          options: z.array(z.object({ value: z.string(), zh: z.string(), en: z.string() })),
          hint: Text.nullable(),
          optional: z.boolean(),
          value: z.string(),
          source: z.string().nullable(),
          sourceLabel: Text.nullable(),
          certified: z.boolean(),
          flagged: z.string().nullable(),
          neededBy: z.array(z.string()),
        }),
      ),
    }),
  ),
  materials: z.array(
    z.object({
      code: z.string(),
      name: Text,
      neededBy: z.array(z.string()),
      replaceableBy: z.enum(['shared-data', 'e-licence']).nullable(),
      satisfied: z.boolean(),
      items: z.array(
        z.object({
          id: z.string(),
          kind: z.enum(['upload', 'e-licence', 'shared-data']),
          label: Text,
          mediaType: z.string().nullable(),
          fileDigest: z.string().nullable(),
          originalName: z.string().nullable(),
        }),
      ),
    }),
  ),
  sharedData: z.record(z.string(), z.enum(['used', 'not-found', 'unavailable'])),
  problems: z.array(Problem),
  consent: z.object({
    version: z.string(),
    zh: z.string(),
    en: z.string(),
    assistedZh: z.string(),
    assistedEn: z.string(),
  }),
  maxUploadBytes: z.number(),
});
const Id = z.object({ id: z.uuid() });

function ownerOf(request: FastifyRequest): DraftOwner {
  const principal = request.principal;
  if (!principal)
    throw new AppError(request.sessionState === 'expired' ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
  if (principal.kind === 'citizen') return { kind: 'citizen', id: principal.id, actor: actorOf(principal) };
  if (principal.role === 'window_clerk')
    return { kind: 'staff', id: principal.id, actor: actorOf(principal), regionCode: principal.regionCode };
  throw new AppError('FORBIDDEN');
}

export async function draftRoutes(app: FastifyInstance, context: AppContext, files: FileStore) {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.post(
    '/api/v1/drafts',
    {
      config: { rateLimit: { max: context.config.rateLimits.publicWritesPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['applications'],
        summary: 'Start an application from the questionnaire; shared data fills what it knows',
        body: z.object({
          regionCode: z.string().regex(/^\d{6}$/),
          answers: z.record(z.string().max(64), z.string().max(64)),
          deceasedIdNumber: z.string().max(32),
          applicantIdNumber: z.string().max(32).optional(),
        }),
        response: { 201: DraftView, ...errorResponses, 410: errorResponses[404], 422: errorResponses[400] },
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
        tags: ['applications'],
        summary: 'My unfinished applications (resume on any device)',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                regionCode: z.string(),
                deceasedName: z.string().nullable(),
                updatedAt: z.string(),
                expiresAt: z.string(),
                matterCount: z.number(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ items: await listDrafts(context, ownerOf(request)) }),
  );

  routes.get(
    '/api/v1/drafts/:id',
    {
      schema: {
        tags: ['applications'],
        summary: 'One draft: the merged form, materials and what is still missing',
        params: Id,
        response: { 200: DraftView, ...errorResponses, 410: errorResponses[404] },
      },
    },
    async (request) => viewDraft(context, ownerOf(request), request.params.id),
  );

  routes.patch(
    '/api/v1/drafts/:id',
    {
      schema: {
        tags: ['applications'],
        summary: 'Autosave typed values and flags on certified values (optimistic version)',
        params: Id,
        body: z.object({
          version: z.number().int().min(1),
          values: z.record(z.string().max(64), z.string().max(200)).optional(),
          flags: z.record(z.string().max(64), z.string().max(200)).optional(),
        }),
        response: { 200: DraftView, ...errorResponses, 410: errorResponses[404] },
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
        tags: ['applications'],
        summary: 'Upload a photo or PDF for one material (multipart/form-data, field "file")',
        consumes: ['multipart/form-data'],
        params: z.object({ id: z.uuid(), materialCode: z.string().max(64) }),
        response: { 200: DraftView, ...errorResponses, 410: errorResponses[404] },
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
        tags: ['applications'],
        summary: 'Remove one attached material (an upload, or an e-licence you prefer to replace)',
        params: z.object({ id: z.uuid(), itemId: z.uuid() }),
        response: { 200: DraftView, ...errorResponses, 410: errorResponses[404] },
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
        tags: ['applications'],
        summary: 'An uploaded file of my own draft',
        params: z.object({ id: z.uuid(), digest: z.string().regex(/^[0-9a-f]{64}$/) }),
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
        tags: ['applications'],
        summary: 'Submit a draft as a case; repeat-safe with an Idempotency-Key header',
        params: Id,
        headers: z.object({ 'idempotency-key': z.string().min(8).max(128) }),
        body: z.object({
          version: z.number().int().min(1),
          declaration: z.object({ version: z.string().max(32), accepted: z.boolean() }),
          assistedConsent: z.boolean().optional(),
        }),
        response: { 201: CaseDetail, 200: CaseDetail, ...errorResponses, 410: errorResponses[404] },
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
      const detail = await getCaseById(context.database.db, context.catalog, result.caseId);
      return reply.status(result.created ? 201 : 200).send(detail);
    },
  );
}
