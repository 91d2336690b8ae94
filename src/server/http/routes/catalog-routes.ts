/**
 * The public side of the catalog: matters, the unified service guide, the questionnaire, the
 * bundle preview and the working-day calendar. The portal, the printable guide and the window
 * all read these same endpoints (同源发布).
 */

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type Bundle, evaluateBundle, type KnownFact, profileFor } from '../../../domain/bundle.ts';
import type { CatalogContent, Question } from '../../../domain/catalog.ts';
import type { ReportKind } from '../../../domain/death-registry.ts';
import { problem } from '../../../domain/field-problems.ts';
import { buildGuide, findMatterGuide } from '../../../domain/guide.ts';
import { maskIdNumber } from '../../../domain/identity-numbers.ts';
import { appendAudit } from '../../audit/audit-log.ts';
import * as clock from '../../clock.ts';
import type { AppContext } from '../../context.ts';
import { type RegistryCertificate, registryEntry } from '../../death-registry/queries.ts';
import { AppError } from '../../errors.ts';
import { actorOf } from '../../identity/principal.ts';
import { citizenIdNumber } from '../../queries/citizen-identity.ts';
import { knownRelationship } from '../../shared-data/relationship-fact.ts';
import {
  BundlePreviewRequest,
  BundleResponse,
  CalendarNotices,
  CatalogMatterList,
  DueDateResponse,
  Guide,
  MatterGuide,
  Questionnaire,
} from '../catalog-schemas.ts';
import { PUBLIC, SESSION_OPTIONAL } from '../openapi.ts';
import { errors } from '../schemas.ts';

const RegionQuery = z.object({
  region: z
    .string()
    .regex(/^\d{6}$/)
    .default('530102'),
});

function questionView(q: Question) {
  return {
    id: q.id,
    text: { zh: q.text, en: q.textEn },
    help: q.help ? { zh: q.help, en: q.helpEn ?? q.help } : null,
    options: q.options.map((o) => ({ value: o.value, label: { zh: o.label, en: o.labelEn } })),
  };
}

function issuedCertificate(certificates: readonly RegistryCertificate[], kind: ReportKind | null) {
  const found = kind ? certificates.find((c) => c.kind === kind) : undefined;
  return found
    ? {
        certificateNumber: found.certificateNumber,
        institution: found.institution,
        issuedAt: found.issuedAt,
        verifyToken: found.verifyToken,
      }
    : null;
}

function presentBundle(
  catalog: CatalogContent,
  bundle: Bundle,
  sharedData: z.infer<typeof BundleResponse>['sharedData'],
  certificates: readonly RegistryCertificate[] = [],
) {
  const questionOf = (id: string) => catalog.questions.find((q) => q.id === id);
  return {
    catalogVersion: bundle.catalogVersion,
    regionCode: bundle.regionCode,
    profileCode: bundle.profileCode,
    covered: bundle.covered,
    notCovered: bundle.notCovered,
    matters: bundle.matters.map((m) => ({
      code: m.code,
      name: { zh: m.name, en: m.nameEn },
      department: { code: m.departmentCode, name: { zh: m.departmentName, en: m.departmentNameEn } },
      included: m.included,
      reason: m.reason,
      needsApplication: m.needsApplication,
      issuedBy: m.issuedBy,
      // An issuer's act already done: the certificate the death registry holds for it.
      issued: issuedCertificate(certificates, m.issuedBy),
      committedWorkingDays: m.committedWorkingDays,
      statutoryWorkingDays: m.statutoryWorkingDays,
      resultType: m.resultType,
      implementer: m.implementer,
    })),
    materials: bundle.materials.map((m) => ({
      code: m.code,
      name: { zh: m.name, en: m.nameEn },
      neededBy: m.neededBy,
      replaceableBy: m.replaceableBy,
      note: m.note,
    })),
    questionnaire: {
      next: bundle.questionnaire.next ? questionView(bundle.questionnaire.next) : null,
      answered: bundle.questionnaire.answered,
      skipped: bundle.questionnaire.skipped.map((s) => {
        const question = questionOf(s.id);
        const option = question?.options.find((o) => o.value === s.value);
        return {
          id: s.id,
          question: { zh: question?.text ?? s.id, en: question?.textEn ?? s.id },
          reason: s.reason,
          value: s.value ?? null,
          valueLabel: option ? { zh: option.label, en: option.labelEn } : null,
          from: s.from ?? null,
        };
      }),
      remaining: bundle.questionnaire.remaining,
      complete: bundle.questionnaire.complete,
    },
    sharedData,
    contact: bundle.contact,
  };
}

export async function catalogRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = context.database;

  routes.get(
    '/api/v1/catalog/matters',
    {
      schema: {
        operationId: 'listCatalogMatters',
        tags: ['catalog'],
        summary: 'Matters of the current catalog; with ?region=, those offered there',
        security: PUBLIC,
        querystring: z.object({
          region: z
            .string()
            .regex(/^\d{6}$/)
            .optional(),
        }),
        response: { 200: CatalogMatterList, ...errors(404) },
      },
    },
    async (request) => {
      const catalog = await context.catalog.current();
      if (request.query.region) {
        const guide = buildGuide(catalog, request.query.region);
        if (!guide) throw new AppError('REGION_NOT_SERVED');
        return { catalogVersion: catalog.meta.version, items: guide.matters };
      }
      const anyRegion = catalog.profiles[0]?.code ?? '530000';
      const items = catalog.matters.flatMap((m) => {
        const profile = catalog.profiles.find((p) => p.matters.some((r) => r.matter === m.code));
        const guide = findMatterGuide(catalog, profile?.code ?? anyRegion, m.code);
        return guide ? [guide] : [];
      });
      return { catalogVersion: catalog.meta.version, items };
    },
  );

  routes.get(
    '/api/v1/guide',
    {
      schema: {
        operationId: 'getGuide',
        tags: ['catalog'],
        summary: 'The unified service guide for a region (统一办事指南)',
        security: PUBLIC,
        querystring: RegionQuery,
        response: { 200: Guide, ...errors(404) },
      },
    },
    async (request) => {
      const guide = buildGuide(await context.catalog.current(), request.query.region);
      if (!guide) throw new AppError('REGION_NOT_SERVED');
      return guide;
    },
  );

  routes.get(
    '/api/v1/guide/matters/:code',
    {
      schema: {
        operationId: 'getMatterGuide',
        tags: ['catalog'],
        summary: 'The guide for one matter in a region',
        security: PUBLIC,
        params: z.object({ code: z.string().max(64) }),
        querystring: RegionQuery,
        response: { 200: MatterGuide },
      },
    },
    async (request) => {
      const guide = findMatterGuide(
        await context.catalog.current(),
        request.query.region,
        request.params.code,
      );
      if (!guide) throw new AppError('NOT_FOUND');
      return guide;
    },
  );

  routes.get(
    '/api/v1/questionnaire',
    {
      schema: {
        operationId: 'getQuestionnaire',
        tags: ['catalog'],
        summary: "The questions a region's questionnaire may ask, in order",
        security: PUBLIC,
        querystring: RegionQuery,
        response: { 200: Questionnaire, ...errors(404) },
      },
    },
    async (request) => {
      const catalog = await context.catalog.current();
      const profile = profileFor(catalog, request.query.region);
      if (!profile) throw new AppError('REGION_NOT_SERVED');
      const questions = profile.questions.flatMap((id) => {
        const q = catalog.questions.find((x) => x.id === id);
        return q ? [questionView(q)] : [];
      });
      return { catalogVersion: catalog.meta.version, questions };
    },
  );

  routes.post(
    '/api/v1/bundle/preview',
    {
      config: {
        rateLimit: { max: context.config.rateLimits.publicWritesPerMinute * 5, timeWindow: '1 minute' },
      },
      schema: {
        operationId: 'previewBundle',
        tags: ['catalog'],
        summary: 'Answers in, the bundle of matters with reasons and the material list out (creates nothing)',
        description:
          "Anyone may ask; a signed-in caller who gives the deceased's ID number also gets what shared data knows (the look-up is audited).",
        security: SESSION_OPTIONAL,
        body: BundlePreviewRequest,
        response: { 200: BundleResponse },
      },
    },
    async (request) => {
      const catalog = await context.catalog.current();
      const { regionCode, answers, deceasedIdNumber } = request.body;
      let known: Record<string, KnownFact> = {};
      let sharedData: z.infer<typeof BundleResponse>['sharedData'] = 'not-requested';
      let certificates: RegistryCertificate[] = [];
      if (deceasedIdNumber) {
        const principal = request.principal;
        if (!principal) sharedData = 'sign-in-required';
        else {
          // Looking a person up in shared data is a view of personal data: audited.
          const outcome = await context.sharedData.facts(deceasedIdNumber, regionCode);
          const facts = outcome.status === 'ok' ? outcome.value : null;
          await db.transaction((tx) =>
            appendAudit(tx, context.keys, {
              actor: actorOf(principal),
              action: 'shared_data.queried',
              objectType: 'person',
              objectId: maskIdNumber(deceasedIdNumber.trim().toUpperCase()),
              outcome: facts ? 'success' : 'failure',
              details: { purpose: 'bundle.preview', regionCode },
            }),
          );
          known = facts ?? {};
          certificates = (await registryEntry(db, context.keys, deceasedIdNumber))?.certificates ?? [];
          // The signed-in family member's relationship, when an e-licence names both of them.
          if (principal.kind === 'citizen') {
            const applicantId = await citizenIdNumber(context, db, principal.id);
            const relationship = await knownRelationship(context.sharedData, applicantId, deceasedIdNumber);
            if (relationship) known = { ...known, relationship: relationship.fact };
          }
          sharedData =
            outcome.status === 'ok' ? 'used' : outcome.status === 'not-found' ? 'not-found' : 'unavailable';
        }
      }
      const bundle = evaluateBundle(catalog, regionCode, answers, known);
      if (!bundle) {
        throw new AppError('VALIDATION_FAILED', {
          fieldErrors: [
            problem(
              'regionCode',
              '请选择开通本服务的县（市、区）',
              'Choose a county where this service is open',
            ),
          ],
        });
      }
      return presentBundle(catalog, bundle, sharedData, certificates);
    },
  );

  routes.get(
    '/api/v1/calendar/notices',
    {
      schema: {
        operationId: 'getCalendarNotices',
        tags: ['calendar'],
        summary:
          'The years whose official holiday notice is loaded; a due date in any other year is provisional (暂定: only weekends are known there)',
        security: PUBLIC,
        response: { 200: CalendarNotices },
      },
    },
    async () => {
      const today = clock.today();
      return {
        years: context.calendar.coveredYears(),
        today,
        missing: context.calendar.missingNoticeYears(today),
      };
    },
  );

  routes.get(
    '/api/v1/calendar/due-date',
    {
      schema: {
        operationId: 'getDueDate',
        tags: ['calendar'],
        summary:
          'Due date after N working days (the start day is day 0; due at the end of the Nth working day after it)',
        security: PUBLIC,
        querystring: z.object({
          start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
          workingDays: z.coerce.number().int().min(0).max(3650),
          region: z
            .string()
            .regex(/^\d{6}$/)
            .optional(),
        }),
        response: { 200: DueDateResponse },
      },
    },
    async (request) => {
      const { start, workingDays, region } = request.query;
      if (
        Number.isNaN(Date.parse(`${start}T00:00:00Z`)) ||
        new Date(`${start}T00:00:00Z`).toISOString().slice(0, 10) !== start
      ) {
        throw new AppError('VALIDATION_FAILED', {
          fieldErrors: [problem('start', '开始日期不是有效日期', 'The start is not a real date')],
        });
      }
      const result = context.calendar.dueDate(start, workingDays, region);
      return {
        ...result,
        region: region ?? null,
        convention: {
          zh: '受理当日为第0天，不计入时限；到期日为其后第N个工作日的下班时间。法定节假日、周末不计，调休上班日计入。',
          en: 'The start day is day 0 and does not count; the due date is the end of the Nth working day after it. Holidays and weekends do not count; make-up working days do.',
        },
      };
    },
  );
}
