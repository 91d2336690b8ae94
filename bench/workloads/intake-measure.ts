/**
 * The intake workload's measurements on one backend: an app run (the concurrency sweep of submit
 * and application, the fixed-rate run, the capture of what a submission writes, the checks), the
 * raw baseline of those rows, and the statement count on a quiet instance.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { verifyAudit } from '../../src/server/audit/verify.ts';
import { migrateDatabase, queryRows } from '../../src/server/db/database.ts';
import { installJobQueue } from '../../src/server/jobs/job-queue.ts';
import { parseKey } from '../../src/server/security/data-key.ts';
import { deriveDataKeys } from '../../src/server/security/national-crypto.ts';
import { samplePhoto } from '../../tests/support/workflow.ts';
import { type AppInstance, makeCitizens, startApp } from '../harness/app.ts';
import { type Backend, openFresh, rawQuery, tempDir } from '../harness/backends.ts';
import { type ClientWorker, startClientWorker } from '../harness/client-worker.ts';
import { cpuTimed, type ProfileSummary, profiled } from '../harness/cpu.ts';
import {
  enableStatements,
  readStatements,
  resetStatements,
  type StatementCounts,
} from '../harness/pg-statements.ts';
import { installCapture, removeCapture } from '../harness/row-capture.ts';
import { type Figures, figures, runPool } from '../harness/stats.ts';
import { planBaseline, runTransaction } from './intake-baseline.ts';
import type { PhaseOrder, PhaseReport, RateReport, Step } from './intake-client.ts';
import { applicationFor, citizenName, REGION, type RegionMode } from './intake-data.ts';
import { type BaselineTemplate, readTemplate, type Sample } from './intake-template.ts';

export interface MeasureOptions {
  cases: number;
  levels: number[];
  warmup: number;
  regions: RegionMode;
  dataKey: string;
}

/** Warm-up cases before a measurement at C in flight: at least C, so every slot has run once. */
export const warmupAt = (options: MeasureOptions, concurrency: number) =>
  Math.max(options.warmup, concurrency);

/** Drafts are prepared (untimed) with at least this many in flight, whatever is measured. */
const PREPARE_IN_FLIGHT = 8;

const CLIENT = new URL('./intake-client.ts', import.meta.url);

export interface AppLevel {
  concurrency: number;
  submit: Figures;
  application: Figures;
  /** Every step's latencies in the application measurement (one entry per upload). */
  steps: Record<Step, number[]>;
  /** CPU ms of the server's main thread per measured case (with PGlite: the database too). */
  serverCpuMsPerCase: { submit: number | null; application: number | null };
  uploads: number[];
  attachedAtStart: number[];
  statuses: { submit: Record<string, number>; application: Record<string, number> };
}

export interface RateRun {
  perSecond: number;
  report: RateReport;
}

export interface AppRun {
  postgresVersion: string;
  regions: string[];
  levels: AppLevel[];
  rate: RateRun | null;
  template: BaselineTemplate;
  profile: { path: string; concurrency: number; summary: ProfileSummary } | null;
  firstError: string | null;
  check: {
    casesMade: number;
    casesInDatabase: number;
    distinctCodes: number;
    subCases: number;
    auditEvents: number;
    auditChainOk: boolean;
  };
}

async function counties(app: AppInstance): Promise<string[]> {
  const rows = await queryRows<{ code: string }>(
    app.database.db,
    sql`SELECT code FROM region WHERE level = 'county' ORDER BY code`,
  );
  return rows.map((r) => r.code);
}

/** The client in its worker, set up with `citizens` sessions and its own tag. */
async function client(app: AppInstance, citizens: number, regions: string[]) {
  const people = await makeCitizens(app.database, citizens, 'app', citizenName);
  const worker = startClientWorker(CLIENT);
  const tag = randomBytes(4).toString('hex');
  await worker.call('configure', {
    url: app.url,
    cookies: people.map((p) => p.cookie),
    photo: new Uint8Array(await samplePhoto()),
    tag,
    regions,
  });
  let next = 0;
  let made = 0;
  let firstError: string | null = null;
  const call = async <T extends PhaseReport>(fn: string, order: PhaseOrder | Record<string, unknown>) => {
    const report = await worker.call<T>(fn, order);
    made += report.statuses['201'] ?? 0;
    firstError ??= report.firstError;
    return report;
  };
  return {
    worker,
    tag,
    cookies: people.length,
    /** The next `count` application indices (each a deceased of its own). */
    take(count: number) {
      const from = next;
      next += count;
      return from;
    },
    call,
    made: () => made,
    firstError: () => firstError,
  };
}

export async function measureApp(
  backend: Backend,
  options: MeasureOptions,
  extra: { ratePerSecond: number | null; rateSeconds: number; profilePath: string | null },
): Promise<AppRun> {
  const app = await startApp(backend, { dataKey: options.dataKey });
  let worker: ClientWorker | null = null;
  try {
    const all = await counties(app);
    if (!all.includes(REGION)) throw new Error(`county ${REGION} is not in the app's regions`);
    const regions = options.regions === 'one' ? [REGION] : all;
    const c = await client(app, Math.max(...options.levels), regions);
    worker = c.worker;
    const measured = async (concurrency: number, fn: string, from: number, profile: boolean) => {
      const order = { from, count: options.cases, concurrency };
      const run = () => cpuTimed(app.serverThread, () => c.call<PhaseReport>(fn, order));
      if (!profile || !extra.profilePath) return { ...(await run()), profile: null };
      const { result, summary } = await profiled(extra.profilePath, run);
      return { ...result, profile: { path: extra.profilePath, concurrency, summary } };
    };

    const levels: AppLevel[] = [];
    let profile: AppRun['profile'] = null;
    const top = Math.max(...options.levels);
    for (const concurrency of options.levels) {
      const warm = warmupAt(options, concurrency);
      const prepareInFlight = Math.max(PREPARE_IN_FLIGHT, concurrency);
      // Submit alone: drafts prepared untimed, W submitted to warm up, N measured.
      const drafts = c.take(warm + options.cases);
      await c.call('prepare', { from: drafts, count: warm + options.cases, concurrency: prepareInFlight });
      await c.call('submit', { from: drafts, count: warm, concurrency });
      const submit = await measured(concurrency, 'submit', drafts + warm, concurrency === top);
      profile ??= submit.profile;
      // The whole path, start to submit.
      const whole = c.take(warm + options.cases);
      await c.call('apply', { from: whole, count: warm, concurrency });
      const application = await measured(concurrency, 'apply', whole + warm, false);
      const perCase = (ms: number | null) => (ms === null ? null : ms / options.cases);
      const errors = (r: PhaseReport) => options.cases - (r.statuses['201'] ?? 0);
      levels.push({
        concurrency,
        submit: figures(submit.result.latencies, submit.result.wallMs, errors(submit.result)),
        application: figures(
          application.result.latencies,
          application.result.wallMs,
          errors(application.result),
        ),
        steps: application.result.steps,
        serverCpuMsPerCase: { submit: perCase(submit.cpuMs), application: perCase(application.cpuMs) },
        uploads: application.result.uploads,
        attachedAtStart: application.result.attachedAtStart,
        statuses: { submit: submit.result.statuses, application: application.result.statuses },
      });
      process.stdout.write(
        `  ${concurrency} in flight: submit ${levels.at(-1)?.submit.casesPerSecond} cases/s, ` +
          `application ${levels.at(-1)?.application.casesPerSecond} cases/s\n`,
      );
    }

    // Open-loop arrivals at a fixed rate, on drafts prepared untimed.
    let rate: RateRun | null = null;
    if (extra.ratePerSecond) {
      const count = Math.round(extra.ratePerSecond * extra.rateSeconds);
      const from = c.take(count);
      await c.call('prepare', { from, count, concurrency: PREPARE_IN_FLIGHT });
      const report = await c.call<RateReport>('submitAtRate', { from, count, rate: extra.ratePerSecond });
      rate = { perSecond: extra.ratePerSecond, report };
      process.stdout.write(`  ${extra.ratePerSecond}/s for ${extra.rateSeconds} s: done\n`);
    }

    // What one submission writes, per county: captured untimed, for the baseline.
    const from = c.take(regions.length);
    await c.call('prepare', { from, count: regions.length, concurrency: 1 });
    await installCapture(app.database);
    let template: BaselineTemplate;
    try {
      const report = await c.call('submit', { from, count: regions.length, concurrency: 1 });
      const samples: Sample[] = Array.from({ length: regions.length }, (_, k) => {
        const i = from + k;
        const application = applicationFor(i, i % c.cookies, regions);
        const caseCode = report.codes[i];
        if (!caseCode) throw new Error(`the sample submission failed: ${report.firstError}`);
        return {
          regionCode: application.regionCode,
          application,
          caseCode,
          idempotencyKey: `bench-${c.tag}-${i}`,
        };
      });
      template = await readTemplate(app.database, samples);
    } finally {
      await removeCapture(app.database);
    }

    // After the clock: every case is there once, and the audit trail still verifies.
    const [counts] = await queryRows<{ cases: string; codes: string; subs: string; audit: string }>(
      app.database.db,
      sql`SELECT count(*) AS cases, count(DISTINCT code) AS codes,
            (SELECT count(*) FROM sub_case) AS subs, (SELECT count(*) FROM audit_event) AS audit
          FROM "case"`,
    );
    const chain = await verifyAudit(app.database.db, app.services.context.keys);
    return {
      postgresVersion: app.postgresVersion,
      regions,
      levels,
      rate,
      template,
      profile,
      firstError: c.firstError(),
      check: {
        casesMade: c.made(),
        casesInDatabase: Number(counts?.cases),
        distinctCodes: Number(counts?.codes),
        subCases: Number(counts?.subs),
        auditEvents: Number(counts?.audit),
        auditChainOk: chain.ok,
      },
    };
  } finally {
    await worker?.close();
    await app.stop();
  }
}

export interface BaselineRun {
  levels: { concurrency: number; figures: Figures }[];
  firstError: string | null;
  writes: ReturnType<typeof planBaseline>['writes'];
  prepared: ReturnType<typeof planBaseline>['prepared'];
  reference: Record<string, number>;
}

export async function measureBaseline(
  backend: Backend,
  options: MeasureOptions,
  template: BaselineTemplate,
  regions: string[],
): Promise<BaselineRun> {
  const dir = tempDir('lianban-bench-raw-');
  const database = await openFresh(backend, dir.path);
  try {
    // Same schema (migrations: indexes, foreign keys, triggers) as the app's, and pg-boss's.
    await migrateDatabase(database);
    if (Object.keys(template.shapes).some((table) => table.startsWith('pgboss.')))
      await installJobQueue(database);
    const sizes = options.levels.map((c) => warmupAt(options, c) + options.cases);
    const keys = deriveDataKeys(parseKey(options.dataKey));
    const plan = planBaseline(
      template,
      sizes.reduce((a, b) => a + b, 0),
      regions,
      keys,
      randomBytes(4).toString('hex'),
    );
    for (const s of plan.reference) await rawQuery(database, s.text, s.params);
    for (const list of plan.prepare) for (const s of list) await rawQuery(database, s.text, s.params);

    let firstError: string | null = null;
    let errors = 0;
    const run = async (j: number) => {
      try {
        await runTransaction(database, plan.cases[j] ?? []);
      } catch (error) {
        errors++;
        firstError ??= String(error);
      }
    };
    const levels: BaselineRun['levels'] = [];
    let offset = 0;
    for (const concurrency of options.levels) {
      const warm = warmupAt(options, concurrency);
      await runPool(warm, concurrency, (k) => run(offset + k));
      const before = errors;
      const { latencies, wallMs } = await runPool(options.cases, concurrency, (k) => run(offset + warm + k));
      levels.push({ concurrency, figures: figures(latencies, wallMs, errors - before) });
      offset += warm + options.cases;
    }
    const reference: Record<string, number> = {};
    for (const r of template.reference) reference[r.table] = (reference[r.table] ?? 0) + 1;
    return { levels, firstError, writes: plan.writes, prepared: plan.prepared, reference };
  } finally {
    await database.close();
    dir.remove();
  }
}

export interface StatementSample {
  applications: number;
  /** Statements per request of each step (upload: per upload), and per application. */
  perRequest: Record<Step, StatementCounts & { requests: number }>;
}

/**
 * On PostgreSQL with pg_stat_statements: `count` applications at 1 in flight on a quiet instance
 * (background loops and job workers held still), counting each step's statements on its own.
 */
export async function sampleStatements(backend: Backend, count: number, dataKey: string) {
  const app = await startApp(backend, { dataKey, quiet: true });
  let worker: ClientWorker | null = null;
  try {
    if (!(await enableStatements(app.database))) return null;
    const c = await client(app, 1, [REGION]);
    worker = c.worker;
    const perRequest = {} as StatementSample['perRequest'];
    for (const step of ['start', 'save', 'upload', 'submit'] as const) {
      await resetStatements(app.database);
      const report = await c.call('step', { from: 0, count, concurrency: 1, step });
      const counted = await readStatements(app.database);
      const requests = step === 'upload' ? report.steps.upload.length : report.steps[step].length;
      perRequest[step] = { ...counted, requests };
    }
    return { applications: count, perRequest, firstError: c.firstError() };
  } finally {
    await worker?.close();
    await app.stop();
  }
}
