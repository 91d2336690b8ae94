/** The department workbench: its own sub-cases in its own region, the full view, and decisions. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SUB_CASE_STATES } from '../../../domain/case-workflow.ts';
import { DEPARTMENT_ROLES } from '../../../domain/roles.ts';
import { decideSubCase } from '../../commands/decide-sub-case.ts';
import type { AppContext } from '../../context.ts';
import { requireStaff } from '../../identity/principal.ts';
import type { FileStore } from '../../materials/file-store.ts';
import {
  listDepartmentSubCases,
  readDepartmentMaterial,
  viewDepartmentSubCase,
} from '../../queries/case-views.ts';
import { errorResponses } from '../schemas.ts';

const SubCaseListItem = z.object({
  id: z.string(),
  caseCode: z.string(),
  matterCode: z.string(),
  matterNameZh: z.string(),
  matterNameEn: z.string(),
  state: z.string(),
  version: z.number(),
  submittedAt: z.string(),
  deceasedNameMasked: z.string(),
  deceasedIdNumberMasked: z.string().nullable(),
  regionCode: z.string(),
  regionNameZh: z.string(),
});

const SubCaseView = z.object({
  id: z.string(),
  caseCode: z.string(),
  matterCode: z.string(),
  matterNameZh: z.string(),
  matterNameEn: z.string(),
  state: z.string(),
  version: z.number(),
  allowedActions: z.array(z.string()),
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  regionNameZh: z.string(),
  fields: z.array(z.object({ key: z.string(), labelZh: z.string(), labelEn: z.string(), value: z.string() })),
  materials: z.array(
    z.object({
      id: z.string(),
      materialCode: z.string(),
      name: z.object({ zh: z.string(), en: z.string() }),
      kind: z.string(),
      reference: z.string().nullable(),
      mediaType: z.string().nullable(),
    }),
  ),
});

const Id = z.object({ id: z.uuid() });

export async function departmentRoutes(app: FastifyInstance, context: AppContext, files: FileStore) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = context.database;

  routes.get(
    '/api/v1/department/sub-cases',
    {
      schema: {
        tags: ['department'],
        summary: "The department's sub-cases in its region (personal data masked)",
        querystring: z.object({ state: z.enum([...SUB_CASE_STATES, 'all']).default('pending') }),
        response: { 200: z.object({ items: z.array(SubCaseListItem) }), ...errorResponses },
      },
    },
    async (request) => {
      const staff = requireStaff(request, DEPARTMENT_ROLES);
      return {
        items: await listDepartmentSubCases(db, context.catalog, context.keys, staff, request.query.state),
      };
    },
  );

  routes.get(
    '/api/v1/department/sub-cases/:id',
    {
      schema: {
        tags: ['department'],
        summary: 'Open one sub-case with its fields in full (the view is audited)',
        params: Id,
        response: { 200: SubCaseView, ...errorResponses },
      },
    },
    async (request) => {
      const staff = requireStaff(request, DEPARTMENT_ROLES);
      return viewDepartmentSubCase(db, context.catalog, context.keys, staff, request.params.id);
    },
  );

  routes.post(
    '/api/v1/department/sub-cases/:id/approve',
    {
      schema: {
        tags: ['department'],
        summary: 'Approve (办结) a sub-case',
        params: Id,
        body: z.object({ version: z.number().int().min(1), note: z.string().max(500).optional() }),
        response: { 200: SubCaseView, ...errorResponses },
      },
    },
    async (request) => {
      const staff = requireStaff(request, DEPARTMENT_ROLES);
      await decideSubCase(db, {
        staff,
        subCaseId: request.params.id,
        action: 'approve',
        expectedVersion: request.body.version,
        note: request.body.note,
      });
      return viewDepartmentSubCase(db, context.catalog, context.keys, staff, request.params.id);
    },
  );

  routes.post(
    '/api/v1/department/sub-cases/:id/reject',
    {
      schema: {
        tags: ['department'],
        summary: 'Reject (不予办理) a sub-case with a reason',
        params: Id,
        body: z.object({ version: z.number().int().min(1), reason: z.string().trim().min(2).max(500) }),
        response: { 200: SubCaseView, ...errorResponses },
      },
    },
    async (request) => {
      const staff = requireStaff(request, DEPARTMENT_ROLES);
      await decideSubCase(db, {
        staff,
        subCaseId: request.params.id,
        action: 'reject',
        expectedVersion: request.body.version,
        note: request.body.reason,
      });
      return viewDepartmentSubCase(db, context.catalog, context.keys, staff, request.params.id);
    },
  );

  routes.get(
    '/api/v1/department/sub-cases/:id/materials/:itemId',
    {
      schema: {
        tags: ['department'],
        summary: "An uploaded material of the case, if the department's matter needs it (audited)",
        params: z.object({ id: z.uuid(), itemId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const staff = requireStaff(request, DEPARTMENT_ROLES);
      const file = await readDepartmentMaterial(
        db,
        context.catalog,
        staff,
        request.params.id,
        request.params.itemId,
      );
      return reply
        .header('content-type', file.mediaType)
        .header('cache-control', 'private, no-store')
        .header('content-disposition', 'inline')
        .send(await files.get(file.digest));
    },
  );
}
