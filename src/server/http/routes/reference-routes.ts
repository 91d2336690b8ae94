/** Reference data the forms need: regions (GB/T 2260) and the matters that can be applied for. */
import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEPARTMENTS } from '../../../domain/departments.ts';
import type { AppContext } from '../../context.ts';
import { regions } from '../../db/schema.ts';
import { PUBLIC } from '../openapi.ts';
import { MatterList, RegionList } from '../schemas.ts';

export async function referenceRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = context.database;

  routes.get(
    '/api/v1/regions',
    {
      schema: {
        operationId: 'listRegions',
        tags: ['reference'],
        summary: 'Regions where the service is offered',
        security: PUBLIC,
        querystring: z.object({ level: z.enum(['province', 'prefecture', 'county']).optional() }),
        response: { 200: RegionList },
      },
    },
    async (request) => {
      const all = await db.select().from(regions).orderBy(asc(regions.code));
      const byCode = new Map(all.map((r) => [r.code, r]));
      const level = request.query.level;
      const rows = level
        ? await db.select().from(regions).where(eq(regions.level, level)).orderBy(asc(regions.code))
        : all;
      return {
        items: rows.map((r) => {
          const parent = r.parentCode ? byCode.get(r.parentCode) : undefined;
          return {
            code: r.code,
            nameZh: r.nameZh,
            nameEn: r.nameEn,
            level: r.level,
            parentCode: r.parentCode,
            parentNameZh: parent?.nameZh ?? null,
            parentNameEn: parent?.nameEn ?? null,
            funeralMode: r.funeralMode,
            pilot: r.pilot,
          };
        }),
      };
    },
  );

  routes.get(
    '/api/v1/matters',
    {
      schema: {
        operationId: 'listMatters',
        tags: ['reference'],
        summary: 'Matters that can be applied for',
        security: PUBLIC,
        response: { 200: MatterList },
      },
    },
    async () => ({
      items: (await context.catalog.current()).matters
        .filter((m) => m.needsApplication)
        .map((m) => {
          const department = DEPARTMENTS.find((d) => d.code === m.department);
          return {
            code: m.code,
            nameZh: m.name,
            nameEn: m.nameEn,
            departmentCode: m.department,
            departmentNameZh: department?.nameZh ?? m.department,
            departmentNameEn: department?.nameEn ?? m.department,
            committedWorkingDays: m.committedWorkingDays,
          };
        }),
    }),
  );
}
