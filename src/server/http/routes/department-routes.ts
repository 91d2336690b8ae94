/** The department workbench: its own sub-cases in its own region, the full view, and decisions. */
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { RESULT_TYPES } from '../../../domain/catalog.ts';
import { problem } from '../../../domain/field-problems.ts';
import { RESULT_TYPE_LABELS } from '../../../domain/guide.ts';
import { maskBankCard } from '../../../domain/identity-numbers.ts';
import { DEPARTMENT_ROLES } from '../../../domain/roles.ts';
import { SUB_CASE_STATES, type SubCaseResult } from '../../../domain/workflow.ts';
import { type DepartmentDecision, decideSubCase } from '../../commands/department-actions.ts';
import type { AppContext } from '../../context.ts';
import { cases, subCases } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { requireStaff, type StaffPrincipal } from '../../identity/principal.ts';
import type { FileStore } from '../../materials/file-store.ts';
import {
  departmentMaySee,
  listDepartmentSubCases,
  readDepartmentMaterial,
  viewDepartmentSubCase,
} from '../../queries/case-views.ts';
import { decryptField } from '../../security/national-crypto.ts';
import { sendPrivateFile } from '../files.ts';
import { errorResponses, ReplacedItem, ResultLabels, ShownField, SupplementRequest } from '../schemas.ts';

const Limit = z
  .object({
    due: z.string(),
    status: z.enum(['on-track', 'due-soon', 'overdue', 'paused', 'ended']),
    remainingWorkingDays: z.number(),
    provisional: z.boolean(),
  })
  .nullable();

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
  limit: Limit,
  answeredAt: z
    .string()
    .nullable()
    .describe('When the answer to a return came in, while the sub-case is back in review'),
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
  limit: Limit,
  result: z.record(z.string(), z.unknown()).nullable(),
  resultType: z.enum(RESULT_TYPES).nullable(),
  resultLabels: ResultLabels,
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  regionNameZh: z.string(),
  fields: z.array(ShownField),
  materials: z.array(
    z.object({
      id: z.string(),
      materialCode: z.string(),
      name: z.object({ zh: z.string(), en: z.string() }),
      kind: z.string(),
      reference: z.string().nullable(),
      mediaType: z.string().nullable(),
      fileName: z.string().nullable(),
      addedAt: z.string(),
      isNew: z.boolean().describe('Came after the application (a correction)'),
      replaces: z.array(ReplacedItem),
    }),
  ),
  replacedMaterials: z.array(
    z.object({
      id: z.string(),
      materialCode: z.string(),
      name: z.object({ zh: z.string(), en: z.string() }),
      mediaType: z.string().nullable(),
      fileName: z.string().nullable(),
      addedAt: z.string(),
      supersededAt: z.string().nullable(),
      replacedBy: z.string(),
    }),
  ),
  requests: z.array(SupplementRequest),
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
        items: await listDepartmentSubCases(
          db,
          context.catalog,
          context.calendar,
          context.keys,
          staff,
          request.query.state,
        ),
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

  const Version = z.number().int().min(1);
  const Reason = z.string().trim().min(2).max(500);
  const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
  const Result = z.discriminatedUnion('type', [
    z.object({
      type: z.literal('certificate'),
      documentNumber: z.string().trim().min(1).max(64),
      issuedOn: isoDate,
    }),
    z.object({
      type: z.literal('cancellation'),
      cancelledOn: isoDate,
      documentNumber: z.string().max(64).optional(),
    }),
    z.object({
      type: z.literal('payment'),
      amountYuan: z.string().regex(/^\d{1,9}(\.\d{1,2})?$/),
      paidOn: isoDate,
    }),
    z.object({
      type: z.literal('inquiry-result'),
      documentNumber: z.string().trim().min(1).max(64),
      summary: z.string().trim().min(1).max(500),
    }),
    z.object({ type: z.literal('termination'), effectiveOn: isoDate }),
  ]);
  const actions = [
    { path: 'claim', summary: 'Claim (认领) a pending sub-case', body: z.object({ version: Version }) },
    {
      path: 'complete',
      summary: "Complete (办结) with the typed result of the matter's result type",
      body: z.object({ version: Version, result: Result, note: z.string().max(500).optional() }),
    },
    {
      path: 'reject',
      summary: 'Refuse (不予办理) with a reason',
      body: z.object({ version: Version, reason: Reason }),
    },
    {
      path: 'return',
      summary: 'Return for more information (goes to the family through the window; the clock stops)',
      body: z.object({ version: Version, reason: Reason }),
    },
    {
      path: 'transfer',
      summary: 'Hand to the competent office of another county (远程协办)',
      body: z.object({ version: Version, toRegion: z.string().regex(/^\d{6}$/), reason: Reason }),
    },
  ] as const;

  for (const action of actions) {
    routes.post(
      `/api/v1/department/sub-cases/:id/${action.path}`,
      {
        schema: {
          tags: ['department'],
          summary: action.summary,
          params: Id,
          body: action.body,
          response: { 200: SubCaseView, ...errorResponses },
        },
      },
      async (request) => {
        const staff = requireStaff(request, ['department_approver', 'department_supervisor']);
        const body = request.body as { version: number } & Record<string, unknown>;
        const decision = { action: action.path, ...body } as unknown as DepartmentDecision;
        if (decision.action === 'complete') {
          decision.result = await checkedResult(context, staff, request.params.id, decision.result);
        }
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
        context.keys,
        staff,
        request.params.id,
        request.params.itemId,
      );
      return sendPrivateFile(reply, file.mediaType, await files.get(file.digest));
    },
  );
}

/** The result must be of the matter's own result type; a payment names the account it went to. */
async function checkedResult(
  context: AppContext,
  staff: StaffPrincipal,
  subCaseId: string,
  result: SubCaseResult,
): Promise<SubCaseResult> {
  const [row] = await context.database.db
    .select({ sub: subCases, catalogVersion: cases.catalogVersion })
    .from(subCases)
    .innerJoin(cases, eq(cases.id, subCases.caseId))
    .where(eq(subCases.id, subCaseId))
    .limit(1);
  // Someone else's sub-case does not exist for this caller: no hint from the result check either.
  if (!row || !departmentMaySee(staff, row.sub)) throw new AppError('SUB_CASE_NOT_FOUND');
  const catalog = await context.catalog.get(row.catalogVersion ?? (await context.catalog.currentVersion()));
  const expected = catalog.matters.find((m) => m.code === row.sub.matterCode)?.resultType;
  if (expected !== result.type) {
    const kind = expected ? RESULT_TYPE_LABELS[expected] : { zh: '目录中的', en: "the catalog's" };
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: [
        problem(
          'result',
          `此事项的办理结果应为“${kind.zh}”，请按此填写`,
          `This matter's result is a ${kind.en.toLowerCase()}; record it as such`,
        ),
      ],
    });
  }
  if (result.type === 'payment') {
    const sealed = (row.sub.fields as Record<string, string>)['payee.accountNumber'];
    const account = sealed ? decryptField(context.keys, sealed) : '';
    return { ...result, accountMasked: account ? maskBankCard(account) : '' };
  }
  return result;
}
