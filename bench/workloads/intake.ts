/**
 * The intake workload (`npm run bench`, or `npm run bench -- intake`): how fast cases come in
 * through the HTTP API on the path families use — start a draft, save the answers and the form,
 * give the materials, submit — on PGlite (on disk) and on a throwaway PostgreSQL server, at each
 * concurrency of a sweep, beside a raw baseline of the very rows a submission writes, in one run:
 *
 *   submit       POST /api/v1/drafts/:id/submit alone, on drafts prepared before the clock starts;
 *   application  the whole path per case, start to submit, timed end to end;
 *   baseline     the submission's rows written by a bare script (intake-baseline.ts);
 *   rate         submissions arriving at a fixed rate (open loop), for the latency at that load;
 *   statements   what each request sends to PostgreSQL (pg_stat_statements, untimed sample);
 *   profile      with --cpu-profile, a V8 CPU profile of the server thread during one submit part.
 *
 * Results: bench/results/<date>-intake.json and .md (and .cpuprofile). See bench/README.md.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { type Backend, closeBackend, openBackend } from '../harness/backends.ts';
import {
  type BackendKind,
  backendsOf,
  int,
  intList,
  number,
  oneOf,
  outDir,
  RESULTS_DIR,
} from '../harness/cli.ts';
import { dateStamp, machineInfo, resultPath, writeResults } from '../harness/results.ts';
import type { RegionMode } from './intake-data.ts';
import {
  type AppRun,
  type BaselineRun,
  type MeasureOptions,
  measureApp,
  measureBaseline,
  sampleStatements,
} from './intake-measure.ts';
import { type BackendResult, combine, markdown } from './intake-report.ts';

export const DEFAULTS = {
  cases: '100',
  concurrency: '1,8,32',
  warmup: '10',
  repeat: '5',
  /** The fixed-rate run of the default sweep: on PostgreSQL, 30 submissions per second for 20 s. */
  rate: 30,
  rateSeconds: '20',
  statementSample: '20',
};

interface IntakeOptions extends MeasureOptions {
  repeat: number;
  backends: BackendKind[];
  out: string;
  rate: { perSecond: number; backends: BackendKind[] };
  rateSeconds: number;
  statementSample: number;
  cpuProfile: boolean;
}

function parseOptions(argv: string[]): IntakeOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      cases: { type: 'string', default: DEFAULTS.cases },
      concurrency: { type: 'string', default: DEFAULTS.concurrency },
      warmup: { type: 'string', default: DEFAULTS.warmup },
      repeat: { type: 'string', default: DEFAULTS.repeat },
      regions: { type: 'string', default: 'one' },
      backend: { type: 'string', default: 'both' },
      rate: { type: 'string' },
      'rate-seconds': { type: 'string', default: DEFAULTS.rateSeconds },
      'statement-sample': { type: 'string', default: DEFAULTS.statementSample },
      'cpu-profile': { type: 'boolean', default: false },
      out: { type: 'string', default: RESULTS_DIR },
    },
  });
  const backends = backendsOf(values.backend);
  // Without --rate, the default sweep includes one fixed-rate run on PostgreSQL; --rate R runs it
  // on every backend measured, and --rate 0 leaves it out.
  const rate =
    values.rate === undefined
      ? { perSecond: DEFAULTS.rate, backends: ['postgres'] as BackendKind[] }
      : { perSecond: number('rate', values.rate, 0, 10_000), backends };
  return {
    cases: int('cases', values.cases, 1, 100_000),
    levels: intList('concurrency', values.concurrency, 1, 256),
    warmup: int('warmup', values.warmup, 0, 10_000),
    repeat: int('repeat', values.repeat, 1, 20),
    regions: oneOf<RegionMode>('regions', values.regions, ['one', 'spread']),
    backends,
    rate,
    rateSeconds: number('rate-seconds', values['rate-seconds'], 1, 3600),
    statementSample: int('statement-sample', values['statement-sample'], 0, 10_000),
    cpuProfile: values['cpu-profile'],
    out: outDir(values.out),
    dataKey: randomBytes(32).toString('hex'),
  };
}

async function measureBackend(kind: BackendKind, options: IntakeOptions, profilePath: string | null) {
  const backend: Backend = await openBackend(kind, { statements: options.statementSample > 0 });
  try {
    const apps: AppRun[] = [];
    const baselines: BaselineRun[] = [];
    for (let run = 1; run <= options.repeat; run++) {
      process.stdout.write(`${kind} run ${run}/${options.repeat}\n`);
      const app = await measureApp(backend, options, {
        ratePerSecond:
          run === 1 && options.rate.backends.includes(kind) ? options.rate.perSecond || null : null,
        rateSeconds: options.rateSeconds,
        profilePath: run === 1 ? profilePath : null,
      });
      apps.push(app);
      const baseline = await measureBaseline(backend, options, app.template, app.regions);
      baselines.push(baseline);
      process.stdout.write(
        `  baseline: ${baseline.levels.map((l) => `${l.figures.casesPerSecond} cases/s at ${l.concurrency}`).join(', ')}\n`,
      );
    }
    let statements: BackendResult['statements'] = null;
    if (backend.kind === 'postgres' && options.statementSample > 0) {
      process.stdout.write(`${kind}: counting statements over ${options.statementSample} applications\n`);
      statements = await sampleStatements(backend, options.statementSample, options.dataKey);
    }
    return combine(kind, apps, baselines, statements);
  } finally {
    closeBackend(backend);
  }
}

export async function main(argv: string[]) {
  const options = parseOptions(argv);
  const machine = machineInfo();
  const started = Date.now();
  // One profile per invocation: of PostgreSQL when it is measured (the server thread then runs
  // no database), else of PGlite.
  const profiled: BackendKind | null = options.cpuProfile
    ? options.backends.includes('postgres')
      ? 'postgres'
      : 'pglite'
    : null;
  const results: BackendResult[] = [];
  for (const kind of options.backends) {
    const profilePath = kind === profiled ? `${resultPath(options.out, 'intake')}.cpuprofile` : null;
    results.push(await measureBackend(kind, options, profilePath));
  }
  const minutes = Math.round((Date.now() - started) / 6000) / 10;
  const summary = `${markdown(results, options, machine)}\nThe run took ${minutes} minutes.\n`;
  const { dataKey: _key, ...parameters } = options;
  const base = writeResults(
    options.out,
    'intake',
    { date: new Date().toISOString(), machine, parameters, minutes, results },
    summary,
  );
  process.stdout.write(`\n${summary}\nwritten to ${base}.{json,md} (${dateStamp()})\n`);
}
