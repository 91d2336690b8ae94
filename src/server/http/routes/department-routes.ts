import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Permission } from '../../../domain/permissions.ts';
import { SUB_CASE_STATES } from '../../../domain/workflow.ts';
import { type DepartmentDecision, decideSubCase } from '../../commands/department-actions.ts';
import type { AppContext } from '../../context.ts';
import { authorizeStaff } from '../../identity/authorize.ts';
import type { FileStore } from '../../materials/file-store.ts';
import {
  DEPARTMENT_PAGE_DEFAULT,
  DEPARTMENT_PAGE_MAX,
  listDepartmentSubCases,
  readDepartmentMaterial,
  viewDepartmentSubCase,
} from '../../queries/case-views.ts';
import { decodeCursor } from '../../queries/list-cursor.ts';
import { sendPrivateFile } from '../files.ts';
import { MATERIAL_MEDIA_TYPES, SIGNED_IN } from '../openapi.ts';
import {
  CompleteSubCaseRequest,
  DepartmentSubCase,
  DepartmentSubCasePage,
  errors,
  SubCaseReasonRequest,
  TransferSubCaseRequest,
  VersionRequest,
} from '../schemas.ts';

const Id = z.object({ id: z.uuid() });

export async function departmentRoutes(app: FastifyInstance, context: AppContext, files: FileStore) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = context.database;

  routes.get(
    '/api/v1/department/sub-cases',
    {
      schema: {
        operationId: 'listDepartmentSubCases',
        tags: ['department'],
        summary: "The department's sub-cases in its region (personal data masked), a page at a time",
        description:
          'Oldest submission first, then by sub-case id. Keyset pagination: pass the `nextCursor` of a page as `cursor` to get the page after it, until `nextCursor` is null. The cursor is opaque; the scope of the signed-in staff member and the state filter apply to every page.',
        security: SIGNED_IN,
        querystring: z.object({
          state: z
            .enum([...SUB_CASE_STATES, 'all'])
            .default('pending')
            .describe('A sub-case state, or `all`'),
          limit: z.coerce
            .number()
            .int()
            .min(1)
            .max(DEPARTMENT_PAGE_MAX)
            .default(DEPARTMENT_PAGE_DEFAULT)
            .describe(`Rows per page, 1 to ${DEPARTMENT_PAGE_MAX}`),
          cursor: z
            .string()
            .max(512)
            .optional()
            .describe('The `nextCursor` of the page before; none for the first page'),
        }),
        response: { 200: DepartmentSubCasePage },
      },
    },
    async (request) => {
      const staff = authorizeStaff(request, 'sub_case.read');
      const { state, limit, cursor } = request.query;
      const after = cursor === undefined ? null : decodeCursor(cursor);
      return listDepartmentSubCases(db, context.catalog, context.calendar, context.keys, staff, state, {
        limit,
        after,
      });
    },
  );

  routes.get(
    '/api/v1/department/sub-cases/:id',
    {
      schema: {
        operationId: 'getDepartmentSubCase',
        tags: ['department'],
        summary: 'Open one sub-case with its fields in full (the view is audited)',
        security: SIGNED_IN,
        params: Id,
        response: { 200: DepartmentSubCase },
      },
    },
    async (request) => {
      const staff = authorizeStaff(request, 'sub_case.read');
      return viewDepartmentSubCase(
        db,
        context.catalog,
        context.calendar,
        context.keys,
        staff,
        request.params.id,
      );
    },
  );

  const actions = [
    {
      path: 'claim',
      operationId: 'claimSubCase',
      summary: 'Claim (认领) a pending sub-case',
      body: VersionRequest,
    },
    {
      path: 'complete',
      operationId: 'completeSubCase',
      summary: "Complete (办结) with the typed result of the matter's result type",
      body: CompleteSubCaseRequest,
    },
    {
      path: 'reject',
      operationId: 'rejectSubCase',
      summary: 'Refuse (不予办理) with a reason',
      body: SubCaseReasonRequest,
    },
    {
      path: 'return',
      operationId: 'returnSubCase',
      summary: 'Return for more information (goes to the family through the window; the clock stops)',
      body: SubCaseReasonRequest,
    },
    {
      path: 'transfer',
      operationId: 'transferSubCase',
      summary: 'Hand to the competent office of another county (远程协办)',
      body: TransferSubCaseRequest,
    },
  ] as const;
  const SUB_CASE_PERMISSIONS: Record<(typeof actions)[number]['path'], Permission> = {
    claim: 'sub_case.claim',
    complete: 'sub_case.complete',
    reject: 'sub_case.reject',
    return: 'sub_case.return',
    transfer: 'sub_case.transfer',
  };

  for (const action of actions) {
    routes.post(
      `/api/v1/department/sub-cases/:id/${action.path}`,
      {
        schema: {
          operationId: action.operationId,
          tags: ['department'],
          summary: action.summary,
          security: SIGNED_IN,
          params: Id,
          body: action.body,
          response: { 200: DepartmentSubCase, ...errors(409) },
        },
      },
      async (request) => {
        const staff = authorizeStaff(request, SUB_CASE_PERMISSIONS[action.path]);
        const body = request.body as { version: number } & Record<string, unknown>;
        const decision = { action: action.path, ...body } as unknown as DepartmentDecision;
        await decideSubCase(context, staff, request.params.id, body.version, decision);
        return viewDepartmentSubCase(
          db,
          context.catalog,
          context.calendar,
          context.keys,
          staff,
          request.params.id,
        );
      },
    );
  }

  routes.get(
    '/api/v1/department/sub-cases/:id/materials/:itemId',
    {
      schema: {
        operationId: 'getDepartmentSubCaseMaterial',
        tags: ['department'],
        summary: "An uploaded material of the case, if the department's matter needs it (audited)",
        security: SIGNED_IN,
        params: z.object({ id: z.uuid(), itemId: z.uuid() }),
        produces: MATERIAL_MEDIA_TYPES,
      },
    },
    async (request, reply) => {
      const staff = authorizeStaff(request, 'material.read');
      const file = await readDepartmentMaterial(
        db,
        context.catalog,
        context.keys,
        staff,
        request.params.id,
        request.params.itemId,
      );
      return sendPrivateFile(reply, file.mediaType, await files.get(file.digest));
    },
  );
}
