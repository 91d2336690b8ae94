/** The comprehensive window's routes (综合窗口): queue, whole case, accept / reject / correct, hand over, deliver. */
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { regionCovers } from '../../../domain/regions.ts';
import { appendAudit } from '../../audit/audit-log.ts';
import { rateAtWindow } from '../../commands/family-actions.ts';
import {
  acceptCase,
  caseAtWindow,
  deliverAtWindow,
  frontDeskQueue,
  handOver,
  rejectCase,
  requestCorrection,
} from '../../commands/front-desk.ts';
import {
  attachSupplementFile,
  removeSupplementFile,
  SUPPLEMENT_FILES_FIELD,
  supplementSubCase,
} from '../../commands/supplement.ts';
import type { AppContext } from '../../context.ts';
import { cases, materialFiles, materialItems } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { actorOf, requireStaff } from '../../identity/principal.ts';
import type { FileStore } from '../../materials/file-store.ts';
import { nameUploadRefusal } from '../../materials/store-upload.ts';
import { readSingleUpload, sendPrivateFile } from '../files.ts';
import { errorResponses, PendingSupplementFiles, ReplacedItem, SupplementRequest } from '../schemas.ts';

const Text = z.object({ zh: z.string(), en: z.string() });
const Id = z.object({ id: z.uuid() });
const Version = z.object({ version: z.number().int().min(1) });

const QueueItem = z.object({
  id: z.string(),
  code: z.string(),
  state: z.string(),
  channel: z.string(),
  deceasedNameMasked: z.string(),
  applicantNameMasked: z.string(),
  submittedAt: z.string(),
  waitedMinutes: z.number(),
  ownerName: z.string().nullable(),
  ownedByMe: z.boolean(),
  version: z.number(),
});

const WindowCase = z.object({
  id: z.string(),
  code: z.string(),
  state: z.string(),
  version: z.number(),
  channel: z.string(),
  regionCode: z.string(),
  submittedAt: z.string(),
  owner: z.object({ id: z.string(), name: z.string(), isMe: z.boolean() }).nullable(),
  allowedActions: z.array(z.string()),
  correction: z
    .array(
      z.object({
        kind: z.enum(['field', 'material']),
        key: z.string(),
        reason: z.string(),
        label: z.string().optional(),
        labelEn: z.string().optional(),
      }),
    )
    .nullable(),
  decisionReason: z.string().nullable(),
  sameDeceased: z
    .array(
      z.object({
        id: z.string(),
        code: z.string(),
        state: z.string(),
        stateLabel: Text,
        channel: z.string(),
        submittedAt: z.string(),
        regionCode: z.string(),
      }),
    )
    .describe('Other cases for the same deceased (earlier or later), newest first'),
  heirs: z
    .array(z.object({ nameMasked: z.string(), relationship: z.string(), joinedAt: z.string() }))
    .describe('Other heirs who joined this case instead of applying again'),
  form: z.array(
    z.object({
      id: z.string(),
      title: Text,
      fields: z.array(
        z.object({
          key: z.string(),
          label: Text,
          value: z.string(),
          text: Text.nullable().describe('The value in words (option labels), null when left empty'),
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
      items: z.array(
        z.object({
          id: z.string(),
          kind: z.string(),
          reference: z.string().nullable(),
          mediaType: z.string().nullable(),
          fileName: z.string().nullable(),
          addedAt: z.string(),
          isNew: z.boolean().describe('Came after the application (a correction)'),
          replaces: z.array(ReplacedItem),
        }),
      ),
      replaced: z
        .array(
          z.object({
            id: z.string(),
            mediaType: z.string().nullable(),
            fileName: z.string().nullable(),
            addedAt: z.string(),
            supersededAt: z.string().nullable(),
            replacedBy: z.string(),
          }),
        )
        .describe('Uploads a correction replaced: kept for the record, not current'),
    }),
  ),
  subCases: z.array(
    z.object({
      id: z.string(),
      matter: z.object({ code: z.string(), zh: z.string(), en: z.string() }),
      department: z.object({ code: z.string(), zh: z.string(), en: z.string() }),
      state: z.string(),
      stateLabel: Text,
      dueOn: z.string().nullable(),
      dueProvisional: z
        .boolean()
        .describe("The due date's year has no official holiday notice loaded (暂定)"),
      regionCode: z.string(),
      version: z.number(),
      decisionNote: z.string().nullable(),
      requests: z.array(SupplementRequest),
    }),
  ),
  documents: z.array(z.object({ id: z.string(), kind: z.string(), token: z.string(), issuedAt: z.string() })),
});

export async function windowRoutes(app: FastifyInstance, context: AppContext, files: FileStore) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const clerkOf = (request: Parameters<typeof requireStaff>[0]) => requireStaff(request, ['window_clerk']);

  routes.get(
    '/api/v1/window/queue',
    {
      schema: {
        tags: ['window'],
        summary: "Cases of the clerk's region in one state, oldest first, with how long each has waited",
        querystring: z.object({
          state: z
            .enum(['submitted', 'correction_requested', 'in_progress', 'ready_for_delivery'])
            .default('submitted'),
        }),
        response: { 200: z.object({ items: z.array(QueueItem) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await frontDeskQueue(context, clerkOf(request), request.query.state) }),
  );

  routes.get(
    '/api/v1/window/cases/:id',
    {
      schema: {
        tags: ['window'],
        summary: 'The whole application with its materials (the view is audited)',
        params: Id,
        response: { 200: WindowCase, ...errorResponses },
      },
    },
    async (request) => caseAtWindow(context, clerkOf(request), request.params.id),
  );

  routes.post(
    '/api/v1/window/cases/:id/accept',
    {
      schema: {
        tags: ['window'],
        summary: 'Accept (受理): the sub-cases go to their departments and their clocks start',
        params: Id,
        body: Version,
        response: { 200: WindowCase, ...errorResponses },
      },
    },
    async (request) => {
      const clerk = clerkOf(request);
      await acceptCase(context, clerk, request.params.id, request.body.version);
      return caseAtWindow(context, clerk, request.params.id);
    },
  );

  routes.post(
    '/api/v1/window/cases/:id/reject',
    {
      schema: {
        tags: ['window'],
        summary: 'Do not accept (不予受理), with the reason given to the family in writing',
        params: Id,
        body: Version.extend({ reason: z.string().trim().min(4).max(1000) }),
        response: { 200: WindowCase, ...errorResponses },
      },
    },
    async (request) => {
      const clerk = clerkOf(request);
      await rejectCase(context, clerk, request.params.id, request.body.version, request.body.reason);
      return caseAtWindow(context, clerk, request.params.id);
    },
  );

  routes.post(
    '/api/v1/window/cases/:id/correction',
    {
      schema: {
        tags: ['window'],
        summary: 'One correction notice (补正告知) listing every item to put right, at once',
        params: Id,
        body: Version.extend({
          items: z
            .array(
              z.object({
                kind: z.enum(['field', 'material']),
                key: z.string().max(64),
                reason: z.string().trim().min(2).max(300),
              }),
            )
            .min(1)
            .max(40),
        }),
        response: { 200: WindowCase, ...errorResponses },
      },
    },
    async (request) => {
      const clerk = clerkOf(request);
      await requestCorrection(context, clerk, request.params.id, request.body.version, request.body.items);
      return caseAtWindow(context, clerk, request.params.id);
    },
  );

  routes.post(
    '/api/v1/window/cases/:id/hand-over',
    {
      schema: {
        tags: ['window'],
        summary: 'Hand the case to another clerk of the region, with a reason (首问负责 moves with it)',
        params: Id,
        body: z.object({ toUsername: z.string().max(64), reason: z.string().trim().min(2).max(300) }),
        response: { 200: WindowCase, ...errorResponses },
      },
    },
    async (request) => {
      const clerk = clerkOf(request);
      await handOver(context, clerk, request.params.id, request.body.toUsername, request.body.reason);
      return caseAtWindow(context, clerk, request.params.id);
    },
  );

  routes.post(
    '/api/v1/window/cases/:id/deliver',
    {
      schema: {
        tags: ['window'],
        summary: 'Hand the results over at the window (出件)',
        params: Id,
        body: Version,
        response: { 200: WindowCase, ...errorResponses },
      },
    },
    async (request) => {
      const clerk = clerkOf(request);
      await deliverAtWindow(context, clerk, request.params.id, request.body.version);
      return caseAtWindow(context, clerk, request.params.id);
    },
  );

  routes.post(
    '/api/v1/window/sub-cases/:id/supplement/files',
    {
      schema: {
        tags: ['window'],
        summary:
          'Attach one file (multipart field "file") to the answer to a returned sub-case, for the applicant at the counter; returns the files waiting to be sent',
        consumes: ['multipart/form-data'],
        params: Id,
        response: { 200: PendingSupplementFiles, ...errorResponses },
      },
    },
    async (request) => {
      const clerk = clerkOf(request);
      const upload = await readSingleUpload(request).catch((error: unknown) => {
        throw nameUploadRefusal(error, SUPPLEMENT_FILES_FIELD);
      });
      return {
        pendingFiles: await attachSupplementFile(context, files, clerk, request.params.id, upload),
      };
    },
  );

  routes.delete(
    '/api/v1/window/sub-cases/:id/supplement/files/:itemId',
    {
      schema: {
        tags: ['window'],
        summary: 'Take a file back out of the answer before it is sent',
        params: z.object({ id: z.uuid(), itemId: z.uuid() }),
        response: { 200: PendingSupplementFiles, ...errorResponses },
      },
    },
    async (request) => ({
      pendingFiles: await removeSupplementFile(
        context,
        clerkOf(request),
        request.params.id,
        request.params.itemId,
      ),
    }),
  );

  routes.post(
    '/api/v1/window/sub-cases/:id/supplement',
    {
      schema: {
        tags: ['window'],
        summary:
          'Send the answer to a returned sub-case (the text and the files attached) for the applicant at the counter; its clock runs again',
        params: Id,
        body: Version.extend({ note: z.string().max(2000).default('') }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await supplementSubCase(
        context,
        clerkOf(request),
        request.params.id,
        request.body.version,
        request.body.note,
      );
      return reply.status(204).send(null);
    },
  );

  routes.get(
    '/api/v1/window/cases/:id/materials/:itemId',
    {
      schema: {
        tags: ['window'],
        summary: 'One uploaded material of the case (audited)',
        params: z.object({ id: z.uuid(), itemId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const clerk = clerkOf(request);
      const { db } = context.database;
      const [row] = await db
        .select({ c: cases, file: materialFiles })
        .from(materialItems)
        .innerJoin(cases, eq(cases.id, materialItems.caseId))
        .innerJoin(materialFiles, eq(materialFiles.digest, materialItems.fileDigest))
        .where(and(eq(materialItems.id, request.params.itemId), eq(materialItems.caseId, request.params.id)))
        .limit(1);
      if (!row || !regionCovers(clerk.regionCode, row.c.regionCode)) throw new AppError('NOT_FOUND');
      await db.transaction((tx) =>
        appendAudit(tx, context.keys, {
          actor: actorOf(clerk),
          action: 'material.viewed',
          objectType: 'case',
          objectId: row.c.id,
          details: { digest: row.file.digest },
        }),
      );
      return sendPrivateFile(reply, row.file.mediaType, await files.get(row.file.digest));
    },
  );

  routes.post(
    '/api/v1/window/cases/:id/ratings',
    {
      schema: {
        tags: ['window'],
        summary:
          'Record the rating the family gives at the window (好差评; once per case and per department, any channel)',
        params: Id,
        body: z.object({
          target: z.string().regex(/^(case|department:[a-z-]+)$/),
          level: z.number().int().min(1).max(5),
          comment: z.string().max(500).optional(),
        }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await rateAtWindow(context, clerkOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );
}
