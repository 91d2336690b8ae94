/**
 * The supervision dashboard workload (`npm run bench -- dashboard`), on a throwaway PostgreSQL
 * server it starts itself. For each size (default 1 M and 10 M sub-cases; the database grows from
 * one size to the next, as a province's does) it seeds synthetic history with `seedSynthetic`
 * (bulk COPY), then measures, for a province, a prefecture and a county:
 *
 *   each dashboard query — the named reads of `dashboardQueries` on the kept figures, the whole
 *   dashboard as the API builds it, and the first page of the overdue drill-down — p50/p95 over
 *   --runs runs after warm-up;
 *   the plain GROUP BY over the case tables that would answer the same question without the kept
 *   figures, measured in the same run (fewer runs: at 10 M each takes seconds);
 *
 * and reports seed time, database size, p95 per query per size and the growth from the first
 * size to the last (target: p95 under 200 ms at 10 M sub-cases, at most 2× for 10× the rows).
 * Results go to bench/results/<date>-dashboard.json and .md. Loopback only; the server and its
 * data are removed at the end. Not part of CI.
 *
 *   node bench/run.ts dashboard [--sizes 1000000,10000000] [--runs 40] [--baseline-runs 5] [--out DIR]
 *                               [--database-url URL]
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { loadCalendarFromFolder, loadCatalogFromFolder } from '../../src/server/catalog/catalog-files.ts';
import { CatalogStore } from '../../src/server/catalog/catalog-store.ts';
import * as clock from '../../src/server/clock.ts';
import { loadConfig } from '../../src/server/config.ts';
import type { AppContext } from '../../src/server/context.ts';
import { type Database, migrateDatabase, openDatabase, queryRows } from '../../src/server/db/database.ts';
import type { StaffPrincipal } from '../../src/server/identity/principal.ts';
import { parseKey } from '../../src/server/security/data-key.ts';
import { deriveDataKeys } from '../../src/server/security/national-crypto.ts';
import { seedReferenceData, syncRegions } from '../../src/server/seed/seed.ts';
import { seedSynthetic } from '../../src/server/seed/synthetic.ts';
import {
  dashboardQueries,
  listSupervisedSubCases,
  readDashboard,
  resolveScope,
} from '../../src/server/supervision/dashboard.ts';
import { foldAll } from '../../src/server/supervision/fold.ts';
import { startPostgres, tempDir } from '../harness/backends.ts';
import { int, intList, outDir, RESULTS_DIR } from '../harness/cli.ts';
import { machineInfo, resultPath, writeResults } from '../harness/results.ts';
import { percentile } from '../harness/stats.ts';

interface Timing {
  p50: number;
  p95: number;
  runs: number;
}

interface SizeResult {
  targetSubCases: number;
  cases: number;
  subCases: number;
  seedMs: number;
  seedSubCasesPerSecond: number;
  databaseBytes: number;
  figureRows: number;
  /** scope → query → timing */
  kept: Record<string, Record<string, Timing>>;
  plain: Record<string, Record<string, Timing>>;
}

async function time(runs: number, warmup: number, run: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), runs };
}

const SCOPES = { province: '530000', prefecture: '530100', county: '530102' } as const;

function supervisorAt(regionCode: string): StaffPrincipal {
  return {
    kind: 'staff',
    id: '00000000-0000-4000-8000-000000000000',
    username: `bench-supervisor-${regionCode}`,
    displayName: 'bench',
    role: 'supervisor',
    departmentCode: null,
    regionCode,
    institutionCode: null,
    isDemo: false,
  };
}

/** The same questions asked of the case tables directly. */
function plainQueries(prefix: string, from: string, to: string) {
  const like = `${prefix}%`;
  const since = `${from}-01`;
  const until = `${to}-31`;
  return {
    caseStates: sql`SELECT region_code, channel, proactive, state, count(*) FROM "case"
      WHERE region_code LIKE ${like} GROUP BY 1, 2, 3, 4`,
    caseReceived: sql`SELECT region_code, to_char(submitted_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM'), channel, count(*)
      FROM "case" WHERE region_code LIKE ${like}
        AND submitted_at >= ${since}::date AND submitted_at < (${until}::date + 1) GROUP BY 1, 2, 3`,
    subOpen: sql`SELECT region_code, department_code, matter_code, due_on, committed_working_days, count(*) FROM sub_case
      WHERE region_code LIKE ${like} AND state IN ('pending', 'in_review') AND paused_since IS NULL
      GROUP BY 1, 2, 3, 4, 5`,
    subEnded: sql`SELECT department_code, matter_code,
        percentile_disc(0.5) WITHIN GROUP (ORDER BY handled_working_days),
        percentile_disc(0.9) WITHIN GROUP (ORDER BY handled_working_days), count(*)
      FROM sub_case WHERE region_code LIKE ${like} AND state IN ('completed', 'rejected')
        AND ended_on BETWEEN ${since}::date AND ${until}::date GROUP BY 1, 2`,
    ratings: sql`SELECT c.region_code, r.target, r.level, count(*) FROM rating r JOIN "case" c ON c.id = r.case_id
      WHERE c.region_code LIKE ${like} AND r.created_at >= ${since}::date GROUP BY 1, 2, 3`,
  };
}

function prefixOf(code: string): string {
  return code.endsWith('0000') ? code.slice(0, 2) : code.endsWith('00') ? code.slice(0, 4) : code;
}

async function contextFor(database: Database, catalog: CatalogStore, dataKey: string): Promise<AppContext> {
  const config = loadConfig({ NODE_ENV: 'test', LIANBAN_DATA_KEY: dataKey, DATA_DIR: os.tmpdir() });
  return {
    config,
    database,
    readDatabase: database,
    keys: deriveDataKeys(parseKey(dataKey)),
    // The dashboard reads only: no jobs, no new cases, no shared data.
    jobs: undefined as unknown as AppContext['jobs'],
    caseCodes: undefined as unknown as AppContext['caseCodes'],
    catalog,
    calendar: loadCalendarFromFolder(),
    sharedData: undefined as unknown as AppContext['sharedData'],
    publicUrl: () => 'http://127.0.0.1',
  };
}

async function measureSize(
  context: AppContext,
  target: number,
  previous: SizeResult | undefined,
  options: { runs: number; baselineRuns: number },
): Promise<SizeResult> {
  const database = context.database;
  const db = database.db;
  // Sub-cases per case vary with the bundles; grow in steps until the target is reached.
  let cases = previous?.cases ?? 0;
  let subCases = previous?.subCases ?? 0;
  let seedMs = 0;
  while (subCases < target) {
    const perCase = cases > 0 ? subCases / cases : 7;
    const next = Math.max(cases + 1, Math.ceil(cases + (target - subCases) / perCase));
    process.stderr.write(`seeding to ${next} cases (${subCases} of ${target} sub-cases)…\n`);
    const started = performance.now();
    let lastReport = 0;
    await seedSynthetic(database, context.keys, {
      cases: next,
      catalog: context.catalog,
      calendar: context.calendar,
      onProgress: (p) => {
        if (performance.now() - lastReport > 10_000) {
          lastReport = performance.now();
          process.stderr.write(`  ${p.done}/${p.total} cases, ${p.subCases} sub-cases added\n`);
        }
      },
    });
    await foldAll(db);
    seedMs += performance.now() - started;
    const [counts] = await queryRows<{ cases: string; subs: string }>(
      db,
      sql`SELECT (SELECT count(*) FROM "case") AS cases, (SELECT count(*) FROM sub_case) AS subs`,
    );
    cases = Number(counts?.cases ?? 0);
    subCases = Number(counts?.subs ?? 0);
  }
  if (seedMs > 0) await db.execute(sql`VACUUM ANALYZE`);
  const [size] = await queryRows<{ bytes: string; figures: string }>(
    db,
    sql`SELECT pg_database_size(current_database()) AS bytes, (SELECT count(*) FROM supervision_count) AS figures`,
  );
  const kept: SizeResult['kept'] = {};
  const plain: SizeResult['plain'] = {};
  const period = { from: '2026-01', to: '2026-12' };
  for (const [name, code] of Object.entries(SCOPES)) {
    process.stderr.write(`measuring ${name} (${code}) at ${subCases} sub-cases…\n`);
    const staff = supervisorAt(code);
    const scope = await resolveScope(context, staff, {});
    const queries = dashboardQueries(scope, period);
    kept[name] = {};
    for (const [query, run] of Object.entries(queries)) {
      (kept[name] as Record<string, Timing>)[query] = await time(options.runs, 3, () => run(db));
    }
    (kept[name] as Record<string, Timing>).wholeDashboard = await time(options.runs, 3, () =>
      readDashboard(context, staff, period),
    );
    (kept[name] as Record<string, Timing>).overdueFirstPage = await time(options.runs, 3, () =>
      listSupervisedSubCases(context, staff, { status: 'overdue', limit: 50 }),
    );
    plain[name] = {};
    for (const [query, statement] of Object.entries(plainQueries(prefixOf(code), period.from, period.to))) {
      (plain[name] as Record<string, Timing>)[query] = await time(
        options.baselineRuns,
        options.baselineRuns < 3 ? 0 : 1,
        () => db.execute(statement),
      );
    }
  }
  return {
    targetSubCases: target,
    cases,
    subCases,
    seedMs: Math.round(seedMs),
    seedSubCasesPerSecond:
      seedMs > 0 ? Math.round(((subCases - (previous?.subCases ?? 0)) / seedMs) * 1000) : 0,
    databaseBytes: Number(size?.bytes ?? 0),
    figureRows: Number(size?.figures ?? 0),
    kept,
    plain,
  };
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 2 : 1) : '–');
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function report(results: SizeResult[], machine: Record<string, unknown>): string {
  const first = results[0];
  const last = results[results.length - 1];
  const lines: string[] = [];
  lines.push(`# Supervision dashboard benchmark (${new Date().toISOString().slice(0, 10)})`, '');
  lines.push(`Machine: ${JSON.stringify(machine)}`, '');
  lines.push(
    '| size (sub-cases) | cases | seed time | seed rate (sub-cases/s) | database size | figure rows |',
  );
  lines.push('|---|---|---|---|---|---|');
  for (const r of results)
    lines.push(
      `| ${r.subCases.toLocaleString('en')} | ${r.cases.toLocaleString('en')} | ${(r.seedMs / 1000).toFixed(0)} s | ${r.seedSubCasesPerSecond.toLocaleString('en')} | ${mb(r.databaseBytes)} | ${r.figureRows.toLocaleString('en')} |`,
    );
  lines.push('');
  for (const scope of Object.keys(SCOPES)) {
    lines.push(`## ${scope} (${SCOPES[scope as keyof typeof SCOPES]})`, '');
    const header = results.map((r) => `p95 at ${(r.subCases / 1e6).toFixed(1)} M`).join(' | ');
    lines.push(`| query | ${header} | growth | p50 at last size |`);
    lines.push(`|---|${results.map(() => '---').join('|')}|---|---|`);
    const rows = (kind: 'kept' | 'plain') => {
      for (const query of Object.keys(last?.[kind][scope] ?? {})) {
        const p95s = results.map((r) => r[kind][scope]?.[query]?.p95 ?? Number.NaN);
        const growth = (p95s[p95s.length - 1] ?? Number.NaN) / (p95s[0] ?? Number.NaN);
        lines.push(
          `| ${kind === 'plain' ? 'plain GROUP BY: ' : ''}${query} | ${p95s.map((p) => `${ms(p)} ms`).join(' | ')} | ${results.length > 1 ? `${growth.toFixed(2)}×` : '–'} | ${ms(last?.[kind][scope]?.[query]?.p50 ?? Number.NaN)} ms |`,
        );
      }
    };
    rows('kept');
    rows('plain');
    lines.push('');
  }
  if (first && last && results.length > 1) {
    const worst = Math.max(
      ...Object.values(last.kept).flatMap((queries) => Object.values(queries).map((t) => t.p95)),
    );
    lines.push(
      `Largest p95 of a kept-figure read at ${(last.subCases / 1e6).toFixed(1)} M sub-cases: ${ms(worst)} ms (target < 200 ms).`,
    );
  }
  return lines.join('\n');
}

async function measureExisting(url: string, out: string, options: { runs: number; baselineRuns: number }) {
  const scratch = tempDir('lianban-bench-dashboard-');
  const database = await openDatabase({ databaseUrl: url, dataDir: scratch.path, poolSize: 4 });
  try {
    const catalog = new CatalogStore(database.db);
    clock.setClockForTests('2026-12-01T04:00:00Z');
    const context = await contextFor(database, catalog, randomBytes(32).toString('hex'));
    const [counts] = await queryRows<{ cases: string; subs: string }>(
      database.db,
      sql`SELECT (SELECT count(*) FROM "case") AS cases, (SELECT count(*) FROM sub_case) AS subs`,
    );
    const here = { cases: Number(counts?.cases ?? 0), subCases: Number(counts?.subs ?? 0) };
    const result = await measureSize(context, here.subCases, { ...here, seedMs: 0 } as SizeResult, options);
    const markdown = report([result], { database: 'existing', url: url.replace(/\/\/[^@]*@/, '//') });
    writeFileSync(`${resultPath(out, 'dashboard-existing')}.md`, `${markdown}\n`);
    process.stdout.write(`${markdown}\n`);
  } finally {
    await database.close();
    scratch.remove();
  }
}

export async function main(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '1000000,10000000' },
      runs: { type: 'string', default: '40' },
      'baseline-runs': { type: 'string', default: '5' },
      out: { type: 'string', default: RESULTS_DIR },
      // Measure a database seeded before (e.g. by an earlier run), as it is: no server, no seeding.
      'database-url': { type: 'string' },
    },
  });
  const out = outDir(values.out);
  const runs = int('runs', values.runs, 1, 100_000);
  const baselineRuns = int('baseline-runs', values['baseline-runs'], 0, 10_000);
  if (values['database-url']) {
    await measureExisting(values['database-url'], out, { runs, baselineRuns });
    return;
  }
  const sizes = intList('sizes', values.sizes, 1, 1_000_000_000).sort((a, b) => a - b);
  const server = await startPostgres();
  const scratch = tempDir('lianban-bench-dashboard-');
  try {
    const admin = await openDatabase({ databaseUrl: server.url(), dataDir: scratch.path, poolSize: 1 });
    await admin.db.execute(sql`CREATE DATABASE lianban_dashboard`);
    await admin.close();
    const database = await openDatabase({
      databaseUrl: server.url('lianban_dashboard'),
      dataDir: scratch.path,
      poolSize: 4,
    });
    await migrateDatabase(database);
    await seedReferenceData(database.db);
    const catalog = new CatalogStore(database.db);
    await catalog.syncRepositoryCatalog(loadCatalogFromFolder());
    await syncRegions(database.db, await catalog.current());
    clock.setClockForTests('2026-12-01T04:00:00Z');
    const context = await contextFor(database, catalog, randomBytes(32).toString('hex'));
    const results: SizeResult[] = [];
    for (const size of sizes) {
      results.push(await measureSize(context, size, results[results.length - 1], { runs, baselineRuns }));
      process.stderr.write(`${report(results, {})}\n`);
    }
    await database.close();
    const machine = { ...machineInfo(), postgres: 'throwaway server (fsync off)' };
    const markdown = report(results, machine);
    writeResults(out, 'dashboard', { machine, results }, markdown);
    process.stdout.write(`${markdown}\n`);
  } finally {
    server.stop();
    scratch.remove();
  }
}
