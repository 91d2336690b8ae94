/**
 * The submission benchmark (`npm run bench`). For each backend — PGlite on disk, and a throwaway
 * PostgreSQL server it starts itself — it measures:
 *
 *   app:      N cases submitted through the HTTP API (POST /api/v1/cases) of a real instance,
 *             with C requests in flight, from a load generator in a worker thread;
 *   baseline: the same rows (one case + one sub_case per case, same columns) inserted by a bare
 *             script into a fresh database on the same backend: one transaction per case,
 *             plain parameterised INSERTs, no HTTP, validation, audit, encryption or jobs.
 *
 * and reports cases/s, p50/p95/p99 latency and the app/baseline ratios. Results go to
 * bench/results/<YYYY-MM-DD>.json and .md. Loopback only; temp directories are removed at the end.
 *
 * Each measurement is repeated (--repeat, default 3; app and baseline alternate, each on a fresh
 * database) and the median of each figure is reported, with the per-run throughputs beside it.
 *
 *   node bench/run.ts [--cases 300] [--concurrency 8] [--warmup 20] [--repeat 3]
 *                     [--regions one|spread] [--backend pglite|postgres|both] [--out bench/results]
 *
 * --regions one (default) files every case in one county, so every submission also contends for
 * that county's case-code counter row; spread files them round-robin in the six demo counties.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import { chinaDateStamp, formatCaseCode, mod11_2CheckChar } from '../src/domain/case-code.ts';
import { canonicalJson, verifyAuditChain } from '../src/server/audit/audit-log.ts';
import { loadConfig } from '../src/server/config.ts';
import {
  type Database,
  type Db,
  migrateDatabase,
  openDatabase,
  queryRows,
} from '../src/server/db/database.ts';
import { citizens } from '../src/server/db/schema.ts';
import { createSession } from '../src/server/identity/sessions.ts';
import { parseKey } from '../src/server/security/data-key.ts';
import { blindIndex, deriveDataKeys, encryptField, sm3Hex } from '../src/server/security/national-crypto.ts';
import { seedDemo } from '../src/server/seed/seed.ts';
import { startServices } from '../src/server/services.ts';
import { freePort, type PostgresServer, startPostgresServer } from '../tests/support/postgres-server.ts';
import { createServerDatabase } from '../tests/support/test-app.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The county of `--regions one`; its code also starts every generated ID number. */
const REGION = '530102';
const MATTER = 'household-registration-cancellation';
/** The app's default DATABASE_POOL_SIZE; the PostgreSQL baseline uses a pool of the same size. */
const POOL_SIZE = 10;
type RegionMode = 'one' | 'spread';

// ---------------------------------------------------------------------------------------------
// Shared: the applications and the statistics.

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '建国秀英桂兰德明志强海燕玉珍文华淑芬';

interface Application {
  regionCode: string;
  matterCodes: string[];
  deceased: { name: string; idNumber: string; dateOfDeath: string };
  applicant: { name: string; phone: string; relationship: string };
  declarationAccepted: boolean;
}

/**
 * The i-th distinct, valid application: its own ID number (GB 11643 check char) and phone, filed
 * in county `regions[i mod length]`.
 */
function applicationFor(i: number, regions: readonly string[]): Application {
  const birth = new Date(Date.UTC(1930, 0, 1) + Math.floor(i / 999) * 86_400_000);
  const body = `${REGION}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${String((i % 999) + 1).padStart(3, '0')}`;
  const name = (n: number) =>
    `${SURNAMES[n % SURNAMES.length]}${GIVEN[Math.floor(n / SURNAMES.length) % GIVEN.length]}${GIVEN[n % GIVEN.length]}`;
  return {
    regionCode: regions[i % regions.length] as string,
    matterCodes: [MATTER],
    deceased: { name: name(i), idNumber: body + mod11_2CheckChar(body), dateOfDeath: '2025-06-30' },
    applicant: {
      name: name(i + 7),
      phone: `139${String(i % 100_000_000).padStart(8, '0')}`,
      relationship: 'child',
    },
    declarationAccepted: true,
  };
}

/** Run `count` tasks with at most `concurrency` in flight; return each task's latency (ms). */
async function runPool(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<void>,
): Promise<{ latencies: number[]; wallMs: number }> {
  const latencies: number[] = new Array(count);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        await task(i);
        latencies[i] = performance.now() - t0;
      }
    }),
  );
  return { latencies, wallMs: performance.now() - started };
}

interface Figures {
  cases: number;
  wallMs: number;
  casesPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; mean: number; max: number };
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

function figures(latencies: number[], wallMs: number, errors: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    cases: latencies.length,
    wallMs: round(wallMs, 1),
    casesPerSecond: round((latencies.length / wallMs) * 1000, 1),
    latencyMs: {
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      mean: round(sorted.reduce((s, v) => s + v, 0) / sorted.length),
      max: round(sorted[sorted.length - 1] ?? Number.NaN),
    },
    errors,
  };
}

// ---------------------------------------------------------------------------------------------
// The load generator, in a worker thread so the HTTP client does not share the server's event loop.

interface LoadOrder {
  url: string;
  cookies: string[];
  tag: string;
  warmup: number;
  cases: number;
  concurrency: number;
  regions: string[];
}

interface LoadReport {
  latencies: number[];
  wallMs: number;
  statuses: Record<string, number>;
  firstError: string | null;
}

async function loadGenerator(order: LoadOrder): Promise<LoadReport> {
  const statuses: Record<string, number> = {};
  let firstError: string | null = null;
  const submit = async (i: number, count: boolean) => {
    const response = await fetch(`${order.url}/api/v1/cases`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: order.cookies[i % order.cookies.length] as string,
        'idempotency-key': `bench-${order.tag}-${i}`,
      },
      body: JSON.stringify(applicationFor(i, order.regions)),
    });
    const text = await response.text();
    if (response.status !== 201 && firstError === null)
      firstError = `${response.status} ${text.slice(0, 300)}`;
    if (count) statuses[response.status] = (statuses[response.status] ?? 0) + 1;
  };
  await runPool(order.warmup, order.concurrency, (i) => submit(i, false));
  const { latencies, wallMs } = await runPool(order.cases, order.concurrency, (i) =>
    submit(order.warmup + i, true),
  );
  return { latencies, wallMs, statuses, firstError };
}

function runLoadInWorker(order: LoadOrder): Promise<LoadReport> {
  return new Promise((resolveReport, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: order });
    worker.once('message', (report: LoadReport) => {
      resolveReport(report);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0 && code !== 1) reject(new Error(`load generator exited with ${code}`));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The two measurements.

interface Options {
  cases: number;
  concurrency: number;
  warmup: number;
  repeat: number;
  regions: RegionMode;
  backends: ('pglite' | 'postgres')[];
  out: string;
}

type Backend = { kind: 'pglite' } | { kind: 'postgres'; server: PostgresServer };

const temps: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
}

function dropTemp(dir: string) {
  rmSync(dir, { recursive: true, force: true });
  temps.splice(temps.indexOf(dir), 1);
}

async function openFresh(backend: Backend, dataDir: string): Promise<Database> {
  const databaseUrl =
    backend.kind === 'postgres' ? await createServerDatabase(backend.server.url()) : undefined;
  return openDatabase({ databaseUrl, dataDir, poolSize: POOL_SIZE });
}

async function makeCitizens(database: Database, count: number, tag: string) {
  const rows = [];
  for (let i = 0; i < count; i++) {
    const [row] = await database.db
      .insert(citizens)
      .values({ issuer: 'bench', subject: `bench-${tag}-${i}`, name: `测试家属${GIVEN[i % GIVEN.length]}` })
      .returning({ id: citizens.id });
    rows.push({
      id: row?.id as string,
      token: await createSession(database.db, 'citizen', row?.id as string, 60),
    });
  }
  return rows;
}

type Row = Record<string, unknown>;

/**
 * What the app actually wrote for one case, read back after its run: the baseline inserts rows
 * with exactly these columns, copying every value it does not compute per case (state, version,
 * channel, catalog version, matter, department…), so it follows the schema as the app evolves.
 */
interface RowTemplate {
  caseRow: Row;
  subCaseRows: Row[];
  columnTypes: { case: Record<string, string>; sub_case: Record<string, string> };
  /** Reference rows the case rows point at, copied into the baseline database. */
  reference: { region: Row[]; department: Row[] };
}

async function columnTypes(db: Db, table: string): Promise<Record<string, string>> {
  const rows = await queryRows<{ column_name: string; data_type: string }>(
    db,
    sql`SELECT column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = ${table} ORDER BY ordinal_position`,
  );
  return Object.fromEntries(rows.map((r) => [r.column_name, r.data_type]));
}

async function readTemplate(db: Db): Promise<RowTemplate> {
  const [caseRow] = await queryRows<Row>(db, sql`SELECT * FROM "case" ORDER BY submitted_at DESC LIMIT 1`);
  if (!caseRow) throw new Error('the app run left no case to copy the row shape from');
  return {
    caseRow,
    subCaseRows: await queryRows<Row>(
      db,
      sql`SELECT * FROM sub_case WHERE case_id = ${caseRow.id as string} ORDER BY created_at`,
    ),
    columnTypes: { case: await columnTypes(db, 'case'), sub_case: await columnTypes(db, 'sub_case') },
    reference: {
      region: await queryRows<Row>(db, sql`SELECT * FROM region`),
      department: await queryRows<Row>(db, sql`SELECT * FROM department`),
    },
  };
}

/** `INSERT INTO table (cols…) VALUES ($1…)`, with jsonb parameters cast and passed as JSON text. */
function insertStatement(table: string, types: Record<string, string>, columns: string[], returning = '') {
  const placeholders = columns.map((c, i) => `$${i + 1}${types[c] === 'jsonb' ? '::jsonb' : ''}`);
  return {
    text: `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${placeholders.join(', ')})${returning}`,
    params: (row: Row) =>
      columns.map((c) => {
        const value = row[c];
        if (types[c] === 'jsonb') return JSON.stringify(value ?? null);
        return value ?? null;
      }),
  };
}

async function measureApp(backend: Backend, options: Options, dataKey: string) {
  const dataDir = tempDir('lianban-bench-app-');
  const database = await openFresh(backend, dataDir);
  const port = await freePort();
  const config = loadConfig({
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'never',
    LIANBAN_DATA_KEY: dataKey,
    NODE_ENV: 'development',
    DATABASE_POOL_SIZE: String(POOL_SIZE),
    RATE_LIMIT_PUBLIC_WRITES_PER_MINUTE: '100000000',
    ...(database.kind === 'postgres' ? { DATABASE_URL: database.connectionString } : {}),
  } as NodeJS.ProcessEnv);
  const services = await startServices(config, { database, logger: false });
  try {
    await seedDemo(database.db);
    await services.app.listen({ port, host: '127.0.0.1' });
    const counties = (
      await queryRows<{ code: string }>(
        database.db,
        sql`SELECT code FROM region WHERE level = 'county' ORDER BY code`,
      )
    ).map((r) => r.code);
    if (!counties.includes(REGION)) throw new Error(`county ${REGION} is not in the app's regions`);
    const regions = options.regions === 'one' ? [REGION] : counties;
    const people = await makeCitizens(database, options.concurrency, 'app');
    const report = await runLoadInWorker({
      url: `http://127.0.0.1:${port}`,
      cookies: people.map((p) => `lb_session=${p.token}`),
      tag: randomBytes(4).toString('hex'),
      warmup: options.warmup,
      cases: options.cases,
      concurrency: options.concurrency,
      regions,
    });
    const created = report.statuses['201'] ?? 0;
    const result = figures(report.latencies, report.wallMs, options.cases - created);

    // Sanity after the clock stops: every case is there once, and the audit chain is still a line.
    const [counts] = await queryRows<{
      cases: string | number;
      codes: string | number;
      subCases: string | number;
      audit: string | number;
    }>(
      database.db,
      sql`SELECT count(*) AS cases, count(DISTINCT code) AS codes,
            (SELECT count(*) FROM sub_case) AS "subCases", (SELECT count(*) FROM audit_event) AS audit
          FROM "case"`,
    );
    const chain = await verifyAuditChain(database.db);
    const serverVersion = await queryRows<{ v: string }>(
      database.db,
      sql`SELECT current_setting('server_version') AS v`,
    );
    return {
      ...result,
      statuses: report.statuses,
      firstError: report.firstError,
      regions,
      template: await readTemplate(database.db),
      check: {
        casesInDatabase: Number(counts?.cases),
        distinctCodes: Number(counts?.codes),
        subCases: Number(counts?.subCases),
        auditEvents: Number(counts?.audit),
        auditChainOk: chain.ok,
      },
      postgresVersion: serverVersion[0]?.v ?? null,
    };
  } finally {
    await services.stop();
    await database.close();
    dropTemp(dataDir);
  }
}

/** The plain value of each application field, as the app stores it before sealing. */
function fieldValues(input: Application): Record<string, string> {
  return {
    'deceased.name': input.deceased.name,
    'deceased.idNumber': input.deceased.idNumber,
    'deceased.dateOfDeath': input.deceased.dateOfDeath,
    'applicant.name': input.applicant.name,
    'applicant.phone': input.applicant.phone,
    'applicant.relationship': input.applicant.relationship,
  };
}

async function measureBaseline(
  backend: Backend,
  options: Options,
  dataKey: string,
  template: RowTemplate,
  regions: readonly string[],
) {
  const dataDir = tempDir('lianban-bench-raw-');
  const database = await openFresh(backend, dataDir);
  try {
    // Same schema (migrations: indexes, foreign keys, triggers) and reference rows as the app's.
    await migrateDatabase(database);
    for (const table of ['region', 'department'] as const) {
      const rows = template.reference[table];
      const types = await columnTypes(database.db, table);
      for (const row of rows) {
        const insert = insertStatement(table, types, Object.keys(row));
        if (database.kind === 'pglite') await database.pglite.query(insert.text, insert.params(row));
        else await database.pool.query(insert.text, insert.params(row));
      }
    }
    const people = await makeCitizens(database, options.concurrency, 'raw');

    // Every value is computed before the clock starts: the baseline times the database alone.
    const keys = deriveDataKeys(parseKey(dataKey));
    const day = chinaDateStamp(new Date());
    const caseColumns = Object.keys(template.caseRow).filter((c) => c !== 'id');
    const subCaseColumns = Object.keys(template.subCaseRows[0] ?? {}).filter((c) => c !== 'id');
    const insertCase = insertStatement('case', template.columnTypes.case, caseColumns, ' RETURNING id');
    const insertSubCase = insertStatement('sub_case', template.columnTypes.sub_case, subCaseColumns);
    const total = options.warmup + options.cases;
    const rows = Array.from({ length: total }, (_, i) => {
      const input = applicationFor(i, regions);
      const values = fieldValues(input);
      const now = new Date();
      const caseParams = insertCase.params({
        ...template.caseRow,
        code: formatCaseCode(input.regionCode, day, i + 1),
        region_code: input.regionCode,
        applicant_citizen_id: people[i % people.length]?.id,
        idempotency_key: `raw-${i}`,
        request_digest: sm3Hex(canonicalJson(input)),
        deceased_name: values['deceased.name'],
        deceased_id_number_encrypted: encryptField(keys, values['deceased.idNumber'] as string),
        deceased_id_number_index: blindIndex(keys, values['deceased.idNumber'] as string),
        date_of_death: values['deceased.dateOfDeath'],
        applicant_name: values['applicant.name'],
        applicant_phone_encrypted: encryptField(keys, values['applicant.phone'] as string),
        applicant_relationship: values['applicant.relationship'],
        submitted_at: now,
        updated_at: now,
      });
      const subCases = template.subCaseRows.map((sub) => {
        // The same field keys as the app's sub-case; a value the app sealed is sealed here too.
        const fields: Record<string, unknown> = {};
        for (const [key, stored] of Object.entries((sub.fields ?? {}) as Record<string, unknown>)) {
          const plain = values[key] ?? stored;
          fields[key] =
            typeof stored === 'string' && stored.startsWith('v1.')
              ? encryptField(keys, String(plain))
              : plain;
        }
        return (caseId: string) =>
          insertSubCase.params({
            ...sub,
            case_id: caseId,
            region_code: input.regionCode,
            fields,
            created_at: now,
            updated_at: now,
          });
      });
      return { caseParams, subCases };
    });

    let errors = 0;
    let firstError: string | null = null;
    const insertOne = async (i: number) => {
      const row = rows[i];
      if (!row) return;
      try {
        if (database.kind === 'pglite') {
          await database.pglite.transaction(async (tx) => {
            const created = await tx.query<{ id: string }>(insertCase.text, row.caseParams);
            const caseId = created.rows[0]?.id as string;
            for (const sub of row.subCases) await tx.query(insertSubCase.text, sub(caseId));
          });
        } else {
          const client = await database.pool.connect();
          try {
            await client.query('BEGIN');
            const created = await client.query<{ id: string }>(insertCase.text, row.caseParams);
            const caseId = created.rows[0]?.id as string;
            for (const sub of row.subCases) await client.query(insertSubCase.text, sub(caseId));
            await client.query('COMMIT');
          } catch (error) {
            await client.query('ROLLBACK');
            throw error;
          } finally {
            client.release();
          }
        }
      } catch (error) {
        errors++;
        firstError ??= String(error);
      }
    };
    await runPool(options.warmup, options.concurrency, insertOne);
    const errorsInWarmup = errors;
    const { latencies, wallMs } = await runPool(options.cases, options.concurrency, (i) =>
      insertOne(options.warmup + i),
    );
    return {
      ...figures(latencies, wallMs, errors - errorsInWarmup),
      firstError,
      columns: {
        case: caseColumns.length,
        subCase: subCaseColumns.length,
        subCasesPerCase: rows[0]?.subCases.length ?? 0,
      },
    };
  } finally {
    await database.close();
    dropTemp(dataDir);
  }
}

// ---------------------------------------------------------------------------------------------
// Output.

type AppRun = Awaited<ReturnType<typeof measureApp>>;
type BaselineRun = Awaited<ReturnType<typeof measureBaseline>>;

interface Summary {
  casesPerSecond: number;
  /** Throughput of each repetition, in the order run. */
  casesPerSecondRuns: number[];
  latencyMs: { p50: number; p95: number; p99: number };
  errors: number;
}

interface BackendResult {
  backend: 'pglite' | 'postgres';
  postgresVersion: string | null;
  /** The counties the cases were filed in. */
  regions: string[];
  /** Columns the baseline wrote per row, copied from the app's rows (id left to its default). */
  baselineRowShape: BaselineRun['columns'] | null;
  app: Summary;
  baseline: Summary;
  ratio: { throughput: number; p50: number; p95: number; p99: number };
  /** After each app run: cases and distinct codes in its database, audit events, chain verified. */
  appChecks: AppRun['check'][];
  firstError: string | null;
  runs: { app: Figures[]; baseline: Figures[] };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The median of each figure over the repetitions (each statistic on its own). */
function summariseRuns(runs: Figures[]): Summary {
  return {
    casesPerSecond: round(median(runs.map((r) => r.casesPerSecond)), 1),
    casesPerSecondRuns: runs.map((r) => r.casesPerSecond),
    latencyMs: {
      p50: round(median(runs.map((r) => r.latencyMs.p50))),
      p95: round(median(runs.map((r) => r.latencyMs.p95))),
      p99: round(median(runs.map((r) => r.latencyMs.p99))),
    },
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
  };
}

function strip<T extends Figures>(run: T): Figures {
  const { cases, wallMs, casesPerSecond, latencyMs, errors } = run;
  return { cases, wallMs, casesPerSecond, latencyMs, errors };
}

function combine(backend: 'pglite' | 'postgres', apps: AppRun[], baselines: BaselineRun[]): BackendResult {
  const app = summariseRuns(apps);
  const baseline = summariseRuns(baselines);
  return {
    backend,
    postgresVersion: apps[0]?.postgresVersion ?? null,
    regions: apps[0]?.regions ?? [],
    baselineRowShape: baselines[0]?.columns ?? null,
    app,
    baseline,
    ratio: {
      throughput: round(app.casesPerSecond / baseline.casesPerSecond, 3),
      p50: round(app.latencyMs.p50 / baseline.latencyMs.p50, 1),
      p95: round(app.latencyMs.p95 / baseline.latencyMs.p95, 1),
      p99: round(app.latencyMs.p99 / baseline.latencyMs.p99, 1),
    },
    appChecks: apps.map((a) => a.check),
    firstError: [...apps, ...baselines].find((r) => r.firstError)?.firstError ?? null,
    runs: { app: apps.map(strip), baseline: baselines.map(strip) },
  };
}

function summarise(results: BackendResult[], options: Options, machine: Record<string, unknown>): string {
  const lines = [
    `# Lianban submission benchmark — ${new Date().toISOString().slice(0, 10)}`,
    '',
    `${options.cases} cases measured per run after ${options.warmup} warm-up, ${options.concurrency} in flight, ` +
      `${options.regions === 'one' ? `all in county ${REGION}` : `spread over ${results[0]?.regions.length} counties`}, ` +
      `median of ${options.repeat} run${options.repeat > 1 ? 's' : ''} (each on a fresh database). ` +
      `Node ${process.version}, ${machine.cpuCount} × ${machine.cpuModel}.`,
    '',
    '| backend | run | cases/s (median) | cases/s per run | p50 ms | p95 ms | p99 ms | errors |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of results) {
    const row = (name: string, f: Summary) =>
      `| ${r.backend} | ${name} | ${f.casesPerSecond} | ${f.casesPerSecondRuns.join(' / ')} | ` +
      `${f.latencyMs.p50} | ${f.latencyMs.p95} | ${f.latencyMs.p99} | ${f.errors} |`;
    lines.push(row('app (HTTP API)', r.app));
    lines.push(row('raw baseline', r.baseline));
    lines.push(
      `| ${r.backend} | **app / baseline** | ${r.ratio.throughput} | | ${r.ratio.p50}× | ${r.ratio.p95}× | ${r.ratio.p99}× | |`,
    );
  }
  lines.push('');
  for (const r of results) {
    const ok = r.appChecks.every(
      (c) =>
        c.auditChainOk &&
        c.distinctCodes === c.casesInDatabase &&
        c.casesInDatabase === options.cases + options.warmup,
    );
    lines.push(
      `- ${r.backend} (PostgreSQL ${r.postgresVersion}): after every app run, ` +
        (ok
          ? `${options.cases + options.warmup} cases with distinct codes and a verified audit chain.`
          : `CHECK FAILED: ${JSON.stringify(r.appChecks)}.`) +
        (r.firstError ? ` First error: ${r.firstError}` : ''),
    );
  }
  lines.push('');
  lines.push(
    'Throughput ratio = app cases/s ÷ baseline cases/s (the share of the raw insert rate the app reaches); ' +
      'latency ratios = app ÷ baseline. See docs/PERFORMANCE.md.',
  );
  return `${lines.join('\n')}\n`;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '300' },
      concurrency: { type: 'string', default: '8' },
      warmup: { type: 'string', default: '20' },
      repeat: { type: 'string', default: '3' },
      regions: { type: 'string', default: 'one' },
      backend: { type: 'string', default: 'both' },
      out: { type: 'string', default: join(ROOT, 'bench', 'results') },
    },
  });
  const int = (name: string, text: string, min: number, max: number) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new Error(`--${name} must be an integer ${min}–${max}`);
    return n;
  };
  const backend = values.backend;
  if (backend !== 'pglite' && backend !== 'postgres' && backend !== 'both')
    throw new Error('--backend must be pglite, postgres or both');
  const regions = values.regions;
  if (regions !== 'one' && regions !== 'spread') throw new Error('--regions must be one or spread');
  return {
    regions,
    cases: int('cases', values.cases, 1, 100_000),
    concurrency: int('concurrency', values.concurrency, 1, 64),
    warmup: int('warmup', values.warmup, 0, 1000),
    repeat: int('repeat', values.repeat, 1, 20),
    backends: backend === 'both' ? ['pglite', 'postgres'] : [backend],
    out: resolve(values.out),
  };
}

async function main() {
  const options = parseOptions();
  const dataKey = randomBytes(32).toString('hex');
  let server: PostgresServer | null = null;
  const cleanUp = () => {
    server?.stop();
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });

  const cpus = os.cpus();
  const pgliteVersion = (
    JSON.parse(readFileSync(join(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const machine = {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpuCount: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    pglite: pgliteVersion,
  };

  const results: BackendResult[] = [];
  try {
    for (const kind of options.backends) {
      let backend: Backend;
      if (kind === 'postgres') {
        process.stdout.write('starting a throwaway PostgreSQL server…\n');
        server = await startPostgresServer();
        backend = { kind: 'postgres', server };
      } else {
        backend = { kind: 'pglite' };
      }
      const apps: AppRun[] = [];
      const baselines: BaselineRun[] = [];
      for (let run = 1; run <= options.repeat; run++) {
        const app = await measureApp(backend, options, dataKey);
        apps.push(app);
        const baseline = await measureBaseline(backend, options, dataKey, app.template, app.regions);
        baselines.push(baseline);
        process.stdout.write(
          `${kind} run ${run}/${options.repeat}: app ${app.casesPerSecond} cases/s (p50 ${app.latencyMs.p50} ms), ` +
            `baseline ${baseline.casesPerSecond} cases/s (p50 ${baseline.latencyMs.p50} ms)\n`,
        );
      }
      results.push(combine(kind, apps, baselines));
      if (server) {
        server.stop();
        server = null;
      }
    }
  } finally {
    cleanUp();
  }

  const date = new Date().toISOString().slice(0, 10);
  mkdirSync(options.out, { recursive: true });
  const parameters = {
    cases: options.cases,
    concurrency: options.concurrency,
    warmup: options.warmup,
    repeat: options.repeat,
    regions: results[0]?.regions ?? [],
    poolSize: POOL_SIZE,
    backends: options.backends,
  };
  writeFileSync(
    join(options.out, `${date}.json`),
    `${JSON.stringify({ date: new Date().toISOString(), machine, parameters, results }, null, 2)}\n`,
  );
  const summary = summarise(results, options, machine);
  writeFileSync(join(options.out, `${date}.md`), summary);
  process.stdout.write(`\n${summary}\nwritten to ${join(options.out, `${date}.{json,md}`)}\n`);
}

if (isMainThread) {
  await main();
  // pg-boss and the pools are closed; anything left (keep-alive sockets) must not hold us up.
  process.exit(0);
} else {
  parentPort?.postMessage(await loadGenerator(workerData as LoadOrder));
}
