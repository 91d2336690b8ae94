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
import { actorOf, requireStaff } from '../../identity/principal.ts';
import { errorResponses } from '../schemas.ts';

const Problem = z.object({ file: z.string(), path: z.string(), message: z.string() });
const Change = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() });
const Entry = z.object({
  key: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  changes: z.array(Change),
});
const Diff = z.object({
  from: z.string(),
  to: z.string(),
  meta: z.array(Change),
  matters: z.array(Entry),
  materials: z.array(Entry),
  questions: z.array(Entry),
  profiles: z.array(Entry),
  unchanged: z.boolean(),
});
const VersionSummary = z.object({
  version: z.string(),
  digest: z.string(),
  source: z.string(),
  note: z.string().nullable(),
  publishedAt: z.string(),
  current: z.boolean(),
});
const Submission = z.object({
  /** The whole catalog as YAML (as exported), or as a JSON object in `content`. */
  yaml: z.string().max(2_000_000).optional(),
  content: z.record(z.string(), z.unknown()).optional(),
  note: z.string().max(500).optional(),
});

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
  const admin = ['admin'] as const;

  routes.get(
    '/api/v1/admin/catalog/versions',
    {
      schema: {
        tags: ['admin'],
        summary: 'Published catalog versions, newest (current) first',
        response: { 200: z.object({ items: z.array(VersionSummary) }), ...errorResponses },
      },
    },
    async (request) => {
      requireStaff(request, admin);
      return { items: await context.catalog.list() };
    },
  );

  routes.get(
    '/api/v1/admin/catalog/versions/:version/export',
    {
      schema: {
        tags: ['admin'],
        summary: 'One catalog version as YAML, ready to edit and publish as a new version',
        params: z.object({ version: z.string().max(64) }),
        response: { 200: z.object({ version: z.string(), yaml: z.string() }), ...errorResponses },
      },
    },
    async (request) => {
      requireStaff(request, admin);
      const content = await context.catalog.get(request.params.version);
      return { version: content.meta.version, yaml: stringify(content, { lineWidth: 0 }) };
    },
  );

  routes.get(
    '/api/v1/admin/catalog/diff',
    {
      schema: {
        tags: ['admin'],
        summary: 'What changed between two catalog versions',
        querystring: z.object({ from: z.string().max(64), to: z.string().max(64) }),
        response: { 200: Diff, ...errorResponses },
      },
    },
    async (request) => {
      requireStaff(request, admin);
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
        tags: ['admin'],
        summary:
          'Check a new catalog version without publishing: its problems, or its difference from the current one',
        body: Submission,
        response: {
          200: z.object({ ok: z.boolean(), problems: z.array(Problem), diff: Diff.nullable() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      requireStaff(request, admin);
      const result = check(request.body);
      if ('problems' in result) return { ok: false, problems: result.problems, diff: null };
      return { ok: true, problems: [], diff: diffCatalogs(await context.catalog.current(), result.content) };
    },
  );

  routes.post(
    '/api/v1/admin/catalog/versions',
    {
      schema: {
        tags: ['admin'],
        summary: 'Publish a new catalog version; cases already started keep theirs',
        body: Submission,
        response: { 201: VersionSummary, ...errorResponses },
      },
    },
    async (request, reply) => {
      const staff = requireStaff(request, admin);
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
