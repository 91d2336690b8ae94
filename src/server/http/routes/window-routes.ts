import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { rateAtWindow } from '../../commands/family-actions.ts';
import {
  acceptCase,
  caseAtWindow,
  deliverAtWindow,
  frontDeskQueue,
  handOver,
  readCaseMaterialAtWindow,
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
import { authorizeStaff } from '../../identity/authorize.ts';
import type { FileStore } from '../../materials/file-store.ts';
import { nameUploadRefusal } from '../../materials/store-upload.ts';
import { readSingleUpload, sendPrivateFile } from '../files.ts';
import { MATERIAL_MEDIA_TYPES, SIGNED_IN } from '../openapi.ts';
import {
  CorrectionNoticeRequest,
  errors,
  HandOverRequest,
  PendingSupplementFiles,
  RatingRequest,
  RejectCaseRequest,
  SupplementAnswerRequest,
  VersionRequest,
  WindowCase,
  WindowQueue,
} from '../schemas.ts';

const Id = z.object({ id: z.uuid() });

export async function windowRoutes(app: FastifyInstance, context: AppContext, files: FileStore) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const clerkOf = (request: FastifyRequest) => authorizeStaff(request, 'window.desk');

  routes.get(
    '/api/v1/window/queue',
    {
      schema: {
        operationId: 'listWindowQueue',
        tags: ['window'],
        summary: "Cases of the clerk's region in one state, oldest first, with how long each has waited",
        security: SIGNED_IN,
        querystring: z.object({
          state: z
            .enum(['submitted', 'correction_requested', 'in_progress', 'ready_for_delivery'])
            .default('submitted'),
        }),
        response: { 200: WindowQueue },
      },
    },
    async (request) => ({ items: await frontDeskQueue(context, clerkOf(request), request.query.state) }),
  );

  routes.get(
    '/api/v1/window/cases/:id',
    {
      schema: {
        operationId: 'getWindowCase',
        tags: ['window'],
        summary: 'The whole application with its materials (the view is audited)',
        security: SIGNED_IN,
        params: Id,
        response: { 200: WindowCase },
      },
    },
    async (request) => caseAtWindow(context, clerkOf(request), request.params.id),
  );

  routes.post(
    '/api/v1/window/cases/:id/accept',
    {
      schema: {
        operationId: 'acceptCase',
        tags: ['window'],
        summary: 'Accept (受理): the sub-cases go to their departments and their clocks start',
        security: SIGNED_IN,
        params: Id,
        body: VersionRequest,
        response: { 200: WindowCase, ...errors(409) },
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
        operationId: 'rejectCase',
        tags: ['window'],
        summary: 'Do not accept (不予受理), with the reason given to the family in writing',
        security: SIGNED_IN,
        params: Id,
        body: RejectCaseRequest,
        response: { 200: WindowCase, ...errors(409) },
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
        operationId: 'requestCaseCorrection',
        tags: ['window'],
        summary: 'One correction notice (补正告知) listing every item to put right, at once',
        security: SIGNED_IN,
        params: Id,
        body: CorrectionNoticeRequest,
        response: { 200: WindowCase, ...errors(409) },
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
        operationId: 'handOverCase',
        tags: ['window'],
        summary: 'Hand the case to another clerk of the region, with a reason (首问负责 moves with it)',
        security: SIGNED_IN,
        params: Id,
        body: HandOverRequest,
        response: { 200: WindowCase, ...errors(409) },
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
        operationId: 'deliverCase',
        tags: ['window'],
        summary: 'Hand the results over at the window (出件)',
        security: SIGNED_IN,
        params: Id,
        body: VersionRequest,
        response: { 200: WindowCase, ...errors(409) },
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
        operationId: 'attachWindowSupplementFile',
        tags: ['window'],
        summary:
          'Attach one file (multipart field "file") to the answer to a returned sub-case, for the applicant at the counter; returns the files waiting to be sent',
        security: SIGNED_IN,
        consumes: ['multipart/form-data'],
        params: Id,
        response: { 200: PendingSupplementFiles, ...errors(409) },
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
        operationId: 'removeWindowSupplementFile',
        tags: ['window'],
        summary: 'Take a file back out of the answer before it is sent',
        security: SIGNED_IN,
        params: z.object({ id: z.uuid(), itemId: z.uuid() }),
        response: { 200: PendingSupplementFiles, ...errors(409) },
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
        operationId: 'sendWindowSupplementAnswer',
        tags: ['window'],
        summary:
          'Send the answer to a returned sub-case (the text and the files attached) for the applicant at the counter; its clock runs again',
        security: SIGNED_IN,
        params: Id,
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
        operationId: 'getWindowCaseMaterial',
        tags: ['window'],
        summary: 'One uploaded material of the case (audited)',
        security: SIGNED_IN,
        params: z.object({ id: z.uuid(), itemId: z.uuid() }),
        produces: MATERIAL_MEDIA_TYPES,
      },
    },
    async (request, reply) => {
      const clerk = clerkOf(request);
      const file = await readCaseMaterialAtWindow(context, clerk, request.params.id, request.params.itemId);
      return sendPrivateFile(reply, file.mediaType, await files.get(file.digest));
    },
  );

  routes.post(
    '/api/v1/window/cases/:id/ratings',
    {
      schema: {
        operationId: 'recordWindowRating',
        tags: ['window'],
        summary:
          'Record the rating the family gives at the window (好差评; once per case and per department, any channel)',
        security: SIGNED_IN,
        params: Id,
        body: RatingRequest,
        response: { 204: z.null(), ...errors(409) },
        responseDescriptions: { 204: 'Recorded' },
      },
    },
    async (request, reply) => {
      await rateAtWindow(context, clerkOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );
}
