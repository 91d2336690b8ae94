/**
 * The submission benchmark (`npm run bench`). Every application comes in through a draft, so for
 * each backend — PGlite on disk, and a throwaway PostgreSQL server it starts itself — it measures,
 * on a real instance over HTTP, from a load generator in a worker thread with C requests in flight:
 *
 *   submit:      POST /api/v1/drafts/:id/submit alone, on N drafts prepared (started, saved,
 *                materials uploaded) before the clock starts, with the same concurrency: the
 *                one-transaction write that makes the case;
 *   application: the whole path a family's client takes per case — start the draft, save the
 *                typed values, upload the missing materials, submit — timed end to end;
 *   baseline:    the rows the submit wrote (one case and its sub-cases per case, same columns)
 *                inserted by a bare script into a fresh database on the same backend: one
 *                transaction per case, plain parameterised INSERTs, no HTTP, validation, audit,
 *                encryption or jobs.
 *
 * and reports cases/s, p50/p95/p99 latency and the submit/baseline ratios. Results go to
 * bench/results/<YYYY-MM-DD>.json and .md. Loopback only; temp directories are removed at the end.
 *
 * Each measurement is repeated (--repeat, default 3; each app run and each baseline on a fresh
 * database) and the median of each figure is reported, with the per-run throughputs beside it.
 *
 * The supervision dashboard workload is `node bench/run.ts dashboard` (see bench/dashboard.ts).
 *
 *   node bench/run.ts [--cases 300] [--concurrency 8] [--warmup 20] [--repeat 3]
 *                     [--regions one|spread] [--backend pglite|postgres|both] [--out bench/results]
 *
 * --regions one (default) files every case in one county, so every submission also contends for
 * that county's case-code counter row; spread files them round-robin in the six demo counties.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { chinaDateStamp, formatCaseCode, mod11_2CheckChar } from '../src/domain/case-code.ts';
import { CONSENT } from '../src/domain/consent.ts';
import { canonicalJson } from '../src/server/audit/audit-log.ts';
import { verifyAudit } from '../src/server/audit/verify.ts';
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
import {
  blindIndex,
  decryptField,
  deriveDataKeys,
  encryptField,
  sm3Hex,
} from '../src/server/security/national-crypto.ts';
import { seedDemo } from '../src/server/seed/seed.ts';
import { startServices } from '../src/server/services.ts';
import { freePort, type PostgresServer, startPostgresServer } from '../tests/support/postgres-server.ts';
import { createServerDatabase } from '../tests/support/test-app.ts';
import { DEFAULT_ANSWERS, DEFAULT_VALUES, samplePhoto } from '../tests/support/workflow.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The county of `--regions one`; its code also starts every generated ID number. */
const REGION = '530102';
/** The app's default DATABASE_POOL_SIZE; the PostgreSQL baseline uses a pool of the same size. */
const POOL_SIZE = 10;
type RegionMode = 'one' | 'spread';

// ---------------------------------------------------------------------------------------------
// Shared: the applications and the statistics.

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '建国秀英桂兰德明志强海燕玉珍文华淑芬';
const personName = (n: number) =>
  `${SURNAMES[n % SURNAMES.length]}${GIVEN[Math.floor(n / SURNAMES.length) % GIVEN.length]}${GIVEN[n % GIVEN.length]}`;

/** The name of the k-th bench citizen, as their (made-up) identity gives it. */
const citizenName = (k: number) => `测试家属${GIVEN[k % GIVEN.length]}`;

/** A valid GB 11643 ID number: `region`, a birth date, a three-digit order code, the check char. */
function idNumber(birth: Date, order: number): string {
  const body = `${REGION}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${String(order).padStart(3, '0')}`;
  return body + mod11_2CheckChar(body);
}

/**
 * The k-th bench citizen's own ID number, typed into the form: the bench's citizens sign in with
 * no ID number in their identity.
 */
const applicantIdNumber = (k: number) => idNumber(new Date(Date.UTC(1980, 0, 1)), 100 + k);

/**
 * Answers changed per county for `--regions spread`: 岳阳县 (430621) takes no unnatural deaths
 * into the joint service, so its families answer a death at home.
 */
const ANSWERS_IN: Record<string, Record<string, string>> = { '430621': { deathCircumstance: 'home' } };

interface Application {
  regionCode: string;
  /** The questionnaire answers (every question any county may ask). */
  answers: Record<string, string>;
  deceasedIdNumber: string;
  /** What the family types into the fields the registries and their identity left empty. */
  values: Record<string, string>;
}

/**
 * The i-th distinct, valid application, by the k-th citizen: a deceased of its own (one open case
 * per deceased; order codes from 100 up, never one of the sandbox registry's people, so nothing is
 * prefilled and the same materials are asked every time), filed in county `regions[i mod length]`.
 */
function applicationFor(i: number, k: number, regions: readonly string[]): Application {
  const birth = new Date(Date.UTC(1930, 0, 1) + Math.floor(i / 900) * 86_400_000);
  const regionCode = regions[i % regions.length] as string;
  return {
    regionCode,
    answers: { ...DEFAULT_ANSWERS, ...ANSWERS_IN[regionCode] },
    deceasedIdNumber: idNumber(birth, 100 + (i % 900)),
    values: {
      ...DEFAULT_VALUES,
      'deceased.name': personName(i),
      'applicant.name': citizenName(k),
      'applicant.idNumber': applicantIdNumber(k),
      'applicant.phone': `139${String(i % 100_000_000).padStart(8, '0')}`,
    },
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

/** The p50 of a list of latencies, rounded. */
const median50 = (values: number[]) =>
  round(
    percentile(
      [...values].sort((a, b) => a - b),
      50,
    ),
  );

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
  /** One session cookie per citizen; application i is made by citizen i mod length. */
  cookies: string[];
  tag: string;
  warmup: number;
  cases: number;
  concurrency: number;
  regions: string[];
  /** The photo uploaded for every material (each upload made a file of its own: `photoFor`). */
  photo: Uint8Array;
  /** The server's main thread (its id on Linux), whose CPU time each measurement reads. */
  serverThread: number | null;
}

const STEPS = ['start', 'save', 'upload', 'submit'] as const;
type Step = (typeof STEPS)[number];

interface PhaseReport {
  latencies: number[];
  wallMs: number;
  /** CPU time the server's main thread used during the measured part (null where unknown). */
  serverCpuMs: number | null;
  /** How each measured case ended: the submit's status, or the step and status that stopped it. */
  statuses: Record<string, number>;
}

interface LoadReport {
  /** Wall time of preparing the drafts for the submit measurement (not measured otherwise). */
  prepareWallMs: number;
  submit: PhaseReport;
  /** With each measured step's latency (one entry per upload) and the uploads each case made. */
  application: PhaseReport & { steps: Record<Step, number[]>; uploads: number[] };
  firstError: string | null;
}

interface DraftView {
  id: string;
  version: number;
  form: { fields: { key: string; value: string }[] }[];
  materials: { code: string; satisfied: boolean }[];
  problems: { field: string }[];
}

class StepFailed extends Error {
  readonly step: Step;
  readonly status: number;
  constructor(step: Step, status: number, body: string) {
    super(`${step}: ${status} ${body.slice(0, 300)}`);
    this.step = step;
    this.status = status;
  }
}

/**
 * The photo with a PNG text chunk naming the upload: still a valid 320×240 PNG, but bytes of its
 * own, so every upload is a new file to seal and store, as a family's photos would be.
 */
function photoFor(photo: Uint8Array, note: string): Uint8Array<ArrayBuffer> {
  const end = photo.length - 12; // the IEND chunk
  const data = Buffer.from(`Comment\0${note}`, 'latin1');
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write('tEXt', 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)) >>> 0, 8 + data.length);
  return new Uint8Array(Buffer.concat([photo.subarray(0, end), chunk, photo.subarray(end)]));
}

/**
 * CPU time (user + system) a thread of this process has used, in ms, from /proc on Linux; null
 * elsewhere. Unlike wall time it hardly moves when other work shares the cores.
 */
function threadCpuMs(thread: number | null): number | null {
  if (thread === null) return null;
  try {
    const stat = readFileSync(`/proc/self/task/${thread}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * (1000 / CLOCK_TICKS);
  } catch {
    return null;
  }
}
/** USER_HZ, the unit of /proc's CPU times: 100 on every Linux build this runs on. */
const CLOCK_TICKS = 100;

/** Run a measured phase, reading the server thread's CPU time around it. */
async function cpuTimed<T>(thread: number | null, run: () => Promise<T>) {
  const before = threadCpuMs(thread);
  const result = await run();
  const after = threadCpuMs(thread);
  return { result, serverCpuMs: before === null || after === null ? null : after - before };
}

async function loadGenerator(order: LoadOrder): Promise<LoadReport> {
  let firstError: string | null = null;
  const outcome = (statuses: Record<string, number>, key: string) => {
    statuses[key] = (statuses[key] ?? 0) + 1;
  };
  const failure = (error: unknown) => {
    firstError ??= error instanceof Error ? error.message : String(error);
    return error instanceof StepFailed ? `${error.step} ${error.status}` : 'no answer';
  };

  const send = async (
    step: Step,
    i: number,
    path: string,
    init: { method?: string; json?: unknown; form?: FormData; headers?: Record<string, string> },
  ) => {
    const headers: Record<string, string> = {
      cookie: order.cookies[i % order.cookies.length] as string,
      ...init.headers,
    };
    let body: string | FormData | undefined = init.form;
    if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    }
    const response = await fetch(`${order.url}${path}`, { method: init.method ?? 'POST', headers, body });
    const text = await response.text();
    if (response.status >= 300) throw new StepFailed(step, response.status, text);
    return { status: response.status, body: JSON.parse(text) as DraftView };
  };

  type Timer = (step: Step, ms: number) => void;
  const timed = async <T>(step: Step, time: Timer | undefined, run: () => Promise<T>) => {
    const t0 = performance.now();
    const result = await run();
    time?.(step, performance.now() - t0);
    return result;
  };

  /** What a family's client does before submitting: start, save what it typed, upload. */
  const prepare = async (i: number, time?: Timer) => {
    const application = applicationFor(i, i % order.cookies.length, order.regions);
    let { body: draft } = await timed('start', time, () =>
      send('start', i, '/api/v1/drafts', {
        json: {
          regionCode: application.regionCode,
          answers: application.answers,
          deceasedIdNumber: application.deceasedIdNumber,
        },
      }),
    );
    // Type what the registries and the identity left empty, as the family would.
    const values: Record<string, string> = {};
    for (const field of draft.form.flatMap((g) => g.fields)) {
      const wanted = application.values[field.key];
      if (!field.value && wanted !== undefined) values[field.key] = wanted;
    }
    if (Object.keys(values).length > 0) {
      const id = draft.id;
      const version = draft.version;
      ({ body: draft } = await timed('save', time, () =>
        send('save', i, `/api/v1/drafts/${id}`, { method: 'PATCH', json: { version, values } }),
      ));
    }
    // Upload what the draft says is still missing (not what shared data may stand in for).
    const missing = draft.materials.filter((m) =>
      draft.problems.some((p) => p.field === `materials.${m.code}`),
    );
    for (const material of missing) {
      const form = new FormData();
      const photo = photoFor(order.photo, `${order.tag}-${i}-${material.code}`);
      form.append('file', new Blob([photo], { type: 'image/png' }), 'photo.png');
      await timed('upload', time, () =>
        send('upload', i, `/api/v1/drafts/${draft.id}/materials/${material.code}`, { form }),
      );
    }
    return { draft: { id: draft.id, version: draft.version }, uploads: missing.length };
  };

  const submit = (i: number, draft: { id: string; version: number }, time?: Timer) =>
    timed('submit', time, () =>
      send('submit', i, `/api/v1/drafts/${draft.id}/submit`, {
        headers: { 'idempotency-key': `bench-${order.tag}-${i}` },
        json: { version: draft.version, declaration: { version: CONSENT.version, accepted: true } },
      }),
    );

  // 1. The submit measurement: drafts 0 … W+N−1 prepared untimed, then W submitted to warm up
  //    and N measured.
  const total = order.warmup + order.cases;
  const drafts: ({ id: string; version: number } | null)[] = new Array(total).fill(null);
  const preparing = await runPool(total, order.concurrency, async (i) => {
    try {
      drafts[i] = (await prepare(i)).draft;
    } catch (error) {
      failure(error);
    }
  });
  const submitStatuses: Record<string, number> = {};
  const submitOne = async (i: number, count: boolean) => {
    const draft = drafts[i];
    let key: string;
    if (!draft) key = 'not prepared';
    else {
      try {
        key = String((await submit(i, draft)).status);
      } catch (error) {
        key = failure(error);
      }
    }
    if (count) outcome(submitStatuses, key);
  };
  await runPool(order.warmup, order.concurrency, (i) => submitOne(i, false));
  const submitted = await cpuTimed(order.serverThread, () =>
    runPool(order.cases, order.concurrency, (i) => submitOne(order.warmup + i, true)),
  );

  // 2. The application measurement: W + N more deceased, each taken from start to submit.
  const applicationStatuses: Record<string, number> = {};
  const steps: Record<Step, number[]> = { start: [], save: [], upload: [], submit: [] };
  const uploads: number[] = [];
  const applyOne = async (i: number, count: boolean) => {
    const time: Timer | undefined = count ? (step, ms) => steps[step].push(ms) : undefined;
    let key: string;
    try {
      const prepared = await prepare(i, time);
      key = String((await submit(i, prepared.draft, time)).status);
      if (count) uploads.push(prepared.uploads);
    } catch (error) {
      key = failure(error);
    }
    if (count) outcome(applicationStatuses, key);
  };
  await runPool(order.warmup, order.concurrency, (i) => applyOne(total + i, false));
  const applied = await cpuTimed(order.serverThread, () =>
    runPool(order.cases, order.concurrency, (i) => applyOne(total + order.warmup + i, true)),
  );

  return {
    prepareWallMs: preparing.wallMs,
    submit: { ...submitted.result, serverCpuMs: submitted.serverCpuMs, statuses: submitStatuses },
    application: {
      ...applied.result,
      serverCpuMs: applied.serverCpuMs,
      statuses: applicationStatuses,
      steps,
      uploads,
    },
    firstError,
  };
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
// The measurements.

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
      .values({ issuer: 'bench', subject: `bench-${tag}-${i}`, name: citizenName(i) })
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
      photo: await samplePhoto(),
      serverThread: process.platform === 'linux' ? process.pid : null,
    });
    const perCase = (cpuMs: number | null) => (cpuMs === null ? null : round(cpuMs / options.cases, 2));
    const created = (statuses: Record<string, number>) => statuses['201'] ?? 0;
    const submit = figures(
      report.submit.latencies,
      report.submit.wallMs,
      options.cases - created(report.submit.statuses),
    );
    const application = figures(
      report.application.latencies,
      report.application.wallMs,
      options.cases - created(report.application.statuses),
    );

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
    const chain = await verifyAudit(database.db, services.context.keys);
    const serverVersion = await queryRows<{ v: string }>(
      database.db,
      sql`SELECT current_setting('server_version') AS v`,
    );
    const uploads = report.application.uploads;
    return {
      submit,
      application,
      /** The median of each step over the measured applications (one entry per upload). */
      stepsP50Ms: Object.fromEntries(
        STEPS.map((step) => [step, median50(report.application.steps[step])]),
      ) as Record<Step, number>,
      /** CPU ms of the server's main thread per measured case (with PGlite: the database too). */
      serverCpuMsPerCase: {
        submit: perCase(report.submit.serverCpuMs),
        application: perCase(report.application.serverCpuMs),
      },
      uploadsPerCase: round(uploads.reduce((sum, n) => sum + n, 0) / Math.max(1, uploads.length), 2),
      prepareWallMs: round(report.prepareWallMs, 1),
      statuses: { submit: report.submit.statuses, application: report.application.statuses },
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

/** The plain value of each field the bench's application i gives, as the app stores it before sealing. */
function fieldValues(input: Application): Record<string, string> {
  return {
    ...input.values,
    'deceased.idNumber': input.deceasedIdNumber,
    'applicant.relationship': input.answers.relationship as string,
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
      const citizen = people[i % people.length]?.id as string;
      const input = applicationFor(i, i % people.length, regions);
      const values = fieldValues(input);
      const now = new Date();
      const caseParams = insertCase.params({
        ...template.caseRow,
        code: formatCaseCode(input.regionCode, day, i + 1),
        region_code: input.regionCode,
        applicant_citizen_id: citizen,
        submitter_key: `citizen:${citizen}`,
        draft_id: randomUUID(),
        idempotency_key: `raw-${i}`,
        request_digest: sm3Hex(canonicalJson(input)),
        deceased_name: values['deceased.name'],
        deceased_id_number_encrypted: encryptField(keys, values['deceased.idNumber'] as string),
        deceased_id_number_index: blindIndex(keys, values['deceased.idNumber'] as string),
        date_of_death: values['deceased.dateOfDeath'],
        applicant_name: values['applicant.name'],
        applicant_phone_encrypted: encryptField(keys, values['applicant.phone'] as string),
        applicant_relationship: values['applicant.relationship'],
        consented_at: now,
        submitted_at: now,
        updated_at: now,
      });
      const subCases = template.subCaseRows.map((sub) => {
        // The same field keys as the app's sub-case; a value the app sealed is sealed here too
        // (one the bench did not type, like a questionnaire answer, is the app's own value).
        const fields: Record<string, unknown> = {};
        for (const [key, stored] of Object.entries((sub.fields ?? {}) as Record<string, unknown>)) {
          const sealed = typeof stored === 'string' && stored.startsWith('v1.');
          const plain = values[key] ?? (sealed ? decryptField(keys, stored) : stored);
          fields[key] = sealed ? encryptField(keys, String(plain)) : plain;
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
  /** POST /api/v1/drafts/:id/submit alone, on drafts prepared before the clock started. */
  submit: Summary;
  /** Start → save → uploads → submit per case, end to end. */
  application: Summary;
  /** Median over the runs of each step's p50 in the application measurement (ms; per upload). */
  applicationStepsP50Ms: Record<Step, number>;
  uploadsPerCase: number;
  /** Median over the runs of the server main thread's CPU ms per case (null off Linux). */
  serverCpuMsPerCase: { submit: number | null; application: number | null };
  baseline: Summary;
  /** Submit ÷ baseline: throughput, and latency at each percentile. */
  ratio: { throughput: number; p50: number; p95: number; p99: number };
  /** Application ÷ baseline throughput, for scale. */
  applicationRatio: { throughput: number };
  /** After each app run: cases and distinct codes in its database, audit events, chain verified. */
  appChecks: AppRun['check'][];
  /** How the measured cases ended, per app run. */
  statuses: AppRun['statuses'][];
  firstError: string | null;
  runs: { submit: Figures[]; application: Figures[]; baseline: Figures[] };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function medianOrNull(values: (number | null)[]): number | null {
  const known = values.filter((v) => v !== null);
  return known.length === values.length && known.length > 0 ? round(median(known)) : null;
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
  const submit = summariseRuns(apps.map((a) => a.submit));
  const application = summariseRuns(apps.map((a) => a.application));
  const baseline = summariseRuns(baselines);
  return {
    backend,
    postgresVersion: apps[0]?.postgresVersion ?? null,
    regions: apps[0]?.regions ?? [],
    baselineRowShape: baselines[0]?.columns ?? null,
    submit,
    application,
    applicationStepsP50Ms: Object.fromEntries(
      STEPS.map((step) => [step, round(median(apps.map((a) => a.stepsP50Ms[step])))]),
    ) as Record<Step, number>,
    uploadsPerCase: round(median(apps.map((a) => a.uploadsPerCase)), 2),
    serverCpuMsPerCase: {
      submit: medianOrNull(apps.map((a) => a.serverCpuMsPerCase.submit)),
      application: medianOrNull(apps.map((a) => a.serverCpuMsPerCase.application)),
    },
    baseline,
    ratio: {
      throughput: round(submit.casesPerSecond / baseline.casesPerSecond, 3),
      p50: round(submit.latencyMs.p50 / baseline.latencyMs.p50, 1),
      p95: round(submit.latencyMs.p95 / baseline.latencyMs.p95, 1),
      p99: round(submit.latencyMs.p99 / baseline.latencyMs.p99, 1),
    },
    applicationRatio: { throughput: round(application.casesPerSecond / baseline.casesPerSecond, 3) },
    appChecks: apps.map((a) => a.check),
    statuses: apps.map((a) => a.statuses),
    firstError: [...apps, ...baselines].find((r) => r.firstError)?.firstError ?? null,
    runs: {
      submit: apps.map((a) => strip(a.submit)),
      application: apps.map((a) => strip(a.application)),
      baseline: baselines.map(strip),
    },
  };
}

/** Cases each app run leaves: the submit measurement's drafts and the applications, warm-ups included. */
const casesPerAppRun = (options: Options) => 2 * (options.cases + options.warmup);

function summarise(results: BackendResult[], options: Options, machine: Record<string, unknown>): string {
  const lines = [
    `# Lianban submission benchmark — ${new Date().toISOString().slice(0, 10)}`,
    '',
    'Every case comes in through a draft. **submit** times `POST /api/v1/drafts/:id/submit` alone, on ' +
      'drafts prepared before the clock starts; **application** times the whole path per case ' +
      '(start the draft, save the typed values, upload the materials, submit).',
    '',
    `${options.cases} cases measured per run and measurement after ${options.warmup} warm-up, ` +
      `${options.concurrency} in flight, ` +
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
    lines.push(row('submit (drafts/:id/submit)', r.submit));
    lines.push(row('application (start → submit)', r.application));
    lines.push(row('raw baseline', r.baseline));
    lines.push(
      `| ${r.backend} | **submit / baseline** | ${r.ratio.throughput} | | ${r.ratio.p50}× | ${r.ratio.p95}× | ${r.ratio.p99}× | |`,
    );
  }
  lines.push('');
  lines.push('Application steps, p50 ms (median of the runs; one upload each):');
  lines.push('');
  lines.push(
    `| backend | ${STEPS.join(' | ')} | uploads per case | sub-cases per case | ` +
      'server CPU ms per submit | per application |',
  );
  lines.push(`|---|${STEPS.map(() => '---:|').join('')}---:|---:|---:|---:|`);
  for (const r of results) {
    lines.push(
      `| ${r.backend} | ${STEPS.map((s) => r.applicationStepsP50Ms[s]).join(' | ')} | ${r.uploadsPerCase} | ` +
        `${r.baselineRowShape?.subCasesPerCase ?? '?'} | ${r.serverCpuMsPerCase.submit ?? '–'} | ` +
        `${r.serverCpuMsPerCase.application ?? '–'} |`,
    );
  }
  lines.push('');
  const expected = casesPerAppRun(options);
  for (const r of results) {
    const ok = r.appChecks.every(
      (c) => c.auditChainOk && c.distinctCodes === c.casesInDatabase && c.casesInDatabase === expected,
    );
    lines.push(
      `- ${r.backend} (PostgreSQL ${r.postgresVersion}): after every app run, ` +
        (ok
          ? `${expected} cases with distinct codes and a verified audit chain.`
          : `CHECK FAILED: ${JSON.stringify(r.appChecks)}.`) +
        (r.firstError ? ` First error: ${r.firstError}` : ''),
    );
  }
  lines.push('');
  lines.push(
    'Throughput ratio = submit cases/s ÷ baseline cases/s (the share of the raw insert rate the submit reaches); ' +
      'latency ratios = submit ÷ baseline. See docs/PERFORMANCE.md.',
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
          `${kind} run ${run}/${options.repeat}: ` +
            `submit ${app.submit.casesPerSecond} cases/s (p50 ${app.submit.latencyMs.p50} ms), ` +
            `application ${app.application.casesPerSecond} cases/s (p50 ${app.application.latencyMs.p50} ms), ` +
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
    /** What is timed; figures from before the draft path (POST /api/v1/cases) are not comparable. */
    measured: {
      submit: 'POST /api/v1/drafts/:id/submit on drafts prepared untimed',
      application:
        'POST /api/v1/drafts, PATCH /api/v1/drafts/:id, POST /api/v1/drafts/:id/materials/:code per missing material, POST /api/v1/drafts/:id/submit',
    },
  };
  writeFileSync(
    join(options.out, `${date}.json`),
    `${JSON.stringify({ date: new Date().toISOString(), machine, parameters, results }, null, 2)}\n`,
  );
  const summary = summarise(results, options, machine);
  writeFileSync(join(options.out, `${date}.md`), summary);
  process.stdout.write(`\n${summary}\nwritten to ${join(options.out, `${date}.{json,md}`)}\n`);
}

if (isMainThread && process.argv[2] === 'dashboard') {
  // The supervision dashboard workload: its own harness (bench/dashboard.ts).
  const { main: dashboard } = await import('./dashboard.ts');
  await dashboard(process.argv.slice(3));
  process.exit(0);
} else if (isMainThread) {
  await main();
  // pg-boss and the pools are closed; anything left (keep-alive sockets) must not hold us up.
  process.exit(0);
} else {
  parentPort?.postMessage(await loadGenerator(workerData as LoadOrder));
}
