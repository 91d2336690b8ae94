/**
 * The administrator's catalog work: list the published versions, read or export one, compare two,
 * check a new version (every problem with its path), and publish it. Publishing never touches a
 * case already started: each case keeps the version it began with.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import {
  buildCatalog,
  type CatalogContent,
  CatalogError,
  type CatalogProblem,
} from '../../../domain/catalog.ts';
import { diffCatalogs } from '../../../domain/catalog-diff.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { authorizeStaff } from '../../identity/authorize.ts';
import { actorOf } from '../../identity/principal.ts';
import { SIGNED_IN } from '../openapi.ts';
import {
  CatalogCheckResult,
  CatalogDiff,
  CatalogExport,
  CatalogSubmission,
  CatalogVersionList,
  CatalogVersionSummary,
  errors,
} from '../schemas.ts';

const Submission = CatalogSubmission;

/** Turns a submission into checked catalog content, or the list of its problems. */
function check(
  body: z.infer<typeof Submission>,
): { content: CatalogContent } | { problems: CatalogProblem[] } {
  let raw: unknown = body.content;
  if (body.yaml !== undefined) {
    try {
      raw = parse(body.yaml);
    } catch (error) {
      return {
        problems: [
          {
            file: 'catalog',
            path: '',
            message: error instanceof Error ? (error.message.split('\n')[0] ?? '') : 'not YAML',
          },
        ],
      };
    }
  }
  if (typeof raw !== 'object' || raw === null) {
    return {
      problems: [{ file: 'catalog', path: '', message: 'send the catalog as YAML text or a JSON object' }],
    };
  }
  const c = raw as Partial<Record<keyof CatalogContent, unknown>>;
  try {
    const content = buildCatalog([
      { file: 'meta', kind: 'meta', value: c.meta },
      { file: 'matters', kind: 'matters', value: c.matters },
      { file: 'materials', kind: 'materials', value: c.materials },
      { file: 'questions', kind: 'questions', value: c.questions },
      ...(Array.isArray(c.profiles) ? c.profiles : []).map((p, i) => ({
        file: `profiles[${i}]`,
        kind: 'profile' as const,
        value: p,
      })),
    ]);
    return { content };
  } catch (error) {
    if (error instanceof CatalogError) return { problems: error.problems };
    throw error;
  }
}

export async function adminCatalogRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();

  routes.get(
    '/api/v1/admin/catalog/versions',
    {
      schema: {
        operationId: 'listCatalogVersions',
        tags: ['admin'],
        summary: 'Published catalog versions, newest (current) first',
        security: SIGNED_IN,
        response: { 200: CatalogVersionList },
      },
    },
    async (request) => {
      authorizeStaff(request, 'catalog.manage');
      return { items: await context.catalog.list() };
    },
  );

  routes.get(
    '/api/v1/admin/catalog/versions/:version/export',
    {
      schema: {
        operationId: 'exportCatalogVersion',
        tags: ['admin'],
        summary: 'One catalog version as YAML, ready to edit and publish as a new version',
        security: SIGNED_IN,
        params: z.object({ version: z.string().max(64) }),
        response: { 200: CatalogExport },
      },
    },
    async (request) => {
      authorizeStaff(request, 'catalog.manage');
      const content = await context.catalog.get(request.params.version);
      return { version: content.meta.version, yaml: stringify(content, { lineWidth: 0 }) };
    },
  );

  routes.get(
    '/api/v1/admin/catalog/diff',
    {
      schema: {
        operationId: 'diffCatalogVersions',
        tags: ['admin'],
        summary: 'What changed between two catalog versions',
        security: SIGNED_IN,
        querystring: z.object({ from: z.string().max(64), to: z.string().max(64) }),
        response: { 200: CatalogDiff, ...errors(404) },
      },
    },
    async (request) => {
      authorizeStaff(request, 'catalog.manage');
      const [from, to] = await Promise.all([
        context.catalog.get(request.query.from),
        context.catalog.get(request.query.to),
      ]);
      return diffCatalogs(from, to);
    },
  );

  routes.post(
    '/api/v1/admin/catalog/check',
    {
      schema: {
        operationId: 'checkCatalog',
        tags: ['admin'],
        summary:
          'Check a new catalog version without publishing: its problems, or its difference from the current one',
        security: SIGNED_IN,
        body: CatalogSubmission,
        response: { 200: CatalogCheckResult },
      },
    },
    async (request) => {
      authorizeStaff(request, 'catalog.manage');
      const result = check(request.body);
      if ('problems' in result) return { ok: false, problems: result.problems, diff: null };
      return { ok: true, problems: [], diff: diffCatalogs(await context.catalog.current(), result.content) };
    },
  );

  routes.post(
    '/api/v1/admin/catalog/versions',
    {
      schema: {
        operationId: 'publishCatalogVersion',
        tags: ['admin'],
        summary: 'Publish a new catalog version; cases already started keep theirs',
        description:
          'A catalog with problems is refused with CATALOG_INVALID, its problems in `details.problems`.',
        security: SIGNED_IN,
        body: CatalogSubmission,
        response: { 201: CatalogVersionSummary, ...errors(409) },
        responseDescriptions: { 201: 'Published: the new current version' },
      },
    },
    async (request, reply) => {
      const staff = authorizeStaff(request, 'catalog.manage');
      const result = check(request.body);
      if ('problems' in result)
        throw new AppError('CATALOG_INVALID', { details: { problems: result.problems } });
      const version = await context.catalog.publish(
        result.content,
        actorOf(staff),
        staff.id,
        request.body.note,
        context.keys,
      );
      const summary = (await context.catalog.list()).find((v) => v.version === version);
      if (!summary) throw new AppError('INTERNAL');
      return reply.status(201).send(summary);
    },
  );
}
