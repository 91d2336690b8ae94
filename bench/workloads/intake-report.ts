/** The intake workload's results: the medians over the repetitions, per level, and the summary table. */
import { relative } from 'node:path';
import type { BackendKind } from '../harness/cli.ts';
import type { ProfileSummary } from '../harness/cpu.ts';
import { KINDS } from '../harness/pg-statements.ts';
import type { Machine } from '../harness/results.ts';
import {
  type Figures,
  figures,
  median,
  medianOrNull,
  percentile,
  round,
  type Summary,
  summariseRuns,
} from '../harness/stats.ts';
import { STEPS, type Step } from './intake-client.ts';
import { REGION } from './intake-data.ts';
import type { AppRun, BaselineRun, MeasureOptions, StatementSample } from './intake-measure.ts';

/** What the product asks of intake (see docs/PERFORMANCE.md). */
export const TARGETS = {
  ratio: { postgres: 0.25, pglite: 0.2 } as Record<BackendKind, number>,
  p99Ms: 100,
};

export interface LevelResult {
  concurrency: number;
  submit: Summary;
  application: Summary;
  baseline: Summary;
  /** Submit ÷ baseline: throughput, and latency at each percentile. */
  ratio: { throughput: number; p50: number; p95: number; p99: number };
  applicationRatio: number;
  /** Median over the runs of each step's p50 in the application measurement (ms; per upload). */
  applicationStepsP50Ms: Record<Step, number>;
  serverCpuMsPerCase: { submit: number | null; application: number | null };
  runs: { submit: Figures[]; application: Figures[]; baseline: Figures[] };
}

export interface BackendResult {
  backend: BackendKind;
  postgresVersion: string;
  regions: string[];
  levels: LevelResult[];
  materials: { uploadsPerCase: number; attachedAtStartPerCase: number };
  rate: {
    perSecond: number;
    submissions: number;
    arrivalsPerSecond: number;
    completedPerSecond: number;
    latencyMs: Figures['latencyMs'];
    latestSendMs: number;
    errors: number;
    p99UnderTarget: boolean;
  } | null;
  baseline: Pick<BaselineRun, 'writes' | 'prepared' | 'reference'> & {
    left: AppRun['template']['left'];
    elsewhere: AppRun['template']['elsewhere'];
  };
  statements: (StatementSample & { firstError: string | null }) | null;
  profile: { path: string; concurrency: number; summary: ProfileSummary } | null;
  checks: AppRun['check'][];
  firstError: string | null;
}

const mean = (values: number[]) => round(values.reduce((s, v) => s + v, 0) / Math.max(1, values.length), 2);
const p50 = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

export function combine(
  backend: BackendKind,
  apps: AppRun[],
  baselines: BaselineRun[],
  statements: BackendResult['statements'],
): BackendResult {
  const first = apps[0] as AppRun;
  const levels = first.levels.map((level, k): LevelResult => {
    const runs = {
      submit: apps.map((a) => a.levels[k]?.submit as Figures),
      application: apps.map((a) => a.levels[k]?.application as Figures),
      baseline: baselines.map((b) => b.levels[k]?.figures as Figures),
    };
    const submit = summariseRuns(runs.submit);
    const application = summariseRuns(runs.application);
    const baseline = summariseRuns(runs.baseline);
    return {
      concurrency: level.concurrency,
      submit,
      application,
      baseline,
      ratio: {
        throughput: round(submit.casesPerSecond / baseline.casesPerSecond, 3),
        p50: round(submit.latencyMs.p50 / baseline.latencyMs.p50, 1),
        p95: round(submit.latencyMs.p95 / baseline.latencyMs.p95, 1),
        p99: round(submit.latencyMs.p99 / baseline.latencyMs.p99, 1),
      },
      applicationRatio: round(application.casesPerSecond / baseline.casesPerSecond, 3),
      applicationStepsP50Ms: Object.fromEntries(
        STEPS.map((step) => [step, round(median(apps.map((a) => p50(a.levels[k]?.steps[step] ?? []))))]),
      ) as Record<Step, number>,
      serverCpuMsPerCase: {
        submit: medianOrNull(apps.map((a) => a.levels[k]?.serverCpuMsPerCase.submit ?? null)),
        application: medianOrNull(apps.map((a) => a.levels[k]?.serverCpuMsPerCase.application ?? null)),
      },
      runs,
    };
  });
  const rate = apps.find((a) => a.rate)?.rate ?? null;
  let rateResult: BackendResult['rate'] = null;
  if (rate) {
    const { report } = rate;
    const done = figures(report.latencies, report.wallMs, 0);
    const count = report.latencies.length;
    rateResult = {
      perSecond: rate.perSecond,
      submissions: count,
      arrivalsPerSecond: round(((count - 1) / report.sendWindowMs) * 1000, 1),
      completedPerSecond: done.casesPerSecond,
      latencyMs: done.latencyMs,
      latestSendMs: round(Math.max(0, ...report.lateSendsMs), 1),
      errors: count - (report.statuses['201'] ?? 0),
      p99UnderTarget: done.latencyMs.p99 < TARGETS.p99Ms,
    };
  }
  const allLevels = apps.flatMap((a) => a.levels);
  return {
    backend,
    postgresVersion: first.postgresVersion,
    regions: first.regions,
    levels,
    materials: {
      uploadsPerCase: mean(allLevels.flatMap((l) => l.uploads)),
      attachedAtStartPerCase: mean(allLevels.flatMap((l) => l.attachedAtStart)),
    },
    rate: rateResult,
    baseline: {
      writes: baselines[0]?.writes ?? [],
      prepared: baselines[0]?.prepared ?? [],
      reference: baselines[0]?.reference ?? {},
      left: first.template.left,
      elsewhere: first.template.elsewhere,
    },
    statements,
    profile: apps.find((a) => a.profile)?.profile ?? null,
    checks: apps.map((a) => a.check),
    firstError:
      [...apps, ...baselines].find((r) => r.firstError)?.firstError ?? statements?.firstError ?? null,
  };
}

const NAMES: Record<BackendKind, string> = { pglite: 'PGlite', postgres: 'PostgreSQL' };
const yes = (ok: boolean) => (ok ? '**yes**' : '**no**');

export function markdown(
  results: BackendResult[],
  options: MeasureOptions & { repeat: number },
  machine: Machine,
) {
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);
  push(
    `# Lianban intake benchmark — ${new Date().toISOString().slice(0, 10)}`,
    '',
    'Every case comes in through a draft. **submit** times `POST /api/v1/drafts/:id/submit` alone, on drafts ' +
      'prepared before the clock starts; **application** times the whole path per case (start the draft, save ' +
      'the typed values, give the materials, submit); **baseline** writes the same rows with a bare script.',
    '',
    'Materials are given by **upload** (`POST /api/v1/drafts/:id/materials/:code`, multipart): the draft API has ' +
      'no route that takes a material by reference; e-licences and shared-data records are attached by the ' +
      `server at start when the registries hold them (here ${results.map((r) => `${NAMES[r.backend]} ${r.materials.attachedAtStartPerCase}`).join(', ')} per case, ` +
      `uploads ${results.map((r) => `${NAMES[r.backend]} ${r.materials.uploadsPerCase}`).join(', ')} per case).`,
    '',
    `${options.cases} cases per measurement at each level after max(${options.warmup}, C) warm-up, ` +
      `${options.regions === 'one' ? `all in county ${REGION}` : `spread over ${results[0]?.regions.length} counties`}, ` +
      `median of ${options.repeat} run${options.repeat > 1 ? 's' : ''} (each on a fresh database). ` +
      `Node ${machine.node}, ${machine.cpuCount} × ${machine.cpuModel}, load average at start ${machine.loadAverageAtStart.join(' / ')}.`,
    '',
    '| backend | in flight | run | cases/s (median) | cases/s per run | p50 ms | p95 ms | p99 ms | errors |',
    '|---|---:|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const r of results) {
    for (const l of r.levels) {
      const row = (name: string, f: Summary) =>
        `| ${NAMES[r.backend]} | ${l.concurrency} | ${name} | ${f.casesPerSecond} | ${f.casesPerSecondRuns.join(' / ')} | ` +
        `${f.latencyMs.p50} | ${f.latencyMs.p95} | ${f.latencyMs.p99} | ${f.errors} |`;
      push(
        row('submit', l.submit),
        row('application (start → submit)', l.application),
        row('raw baseline', l.baseline),
      );
      push(
        `| ${NAMES[r.backend]} | ${l.concurrency} | **submit / baseline** | **${l.ratio.throughput}** | | ${l.ratio.p50}× | ${l.ratio.p95}× | ${l.ratio.p99}× | |`,
      );
    }
  }
  push('', '## Targets', '');
  for (const r of results) {
    const target = TARGETS.ratio[r.backend];
    const ratios = r.levels.map((l) => `${l.ratio.throughput} at ${l.concurrency}`).join(', ');
    push(
      `- ${NAMES[r.backend]}: submit ÷ baseline ${ratios} (target ≥ ${target}): met at ${
        r.levels
          .filter((l) => l.ratio.throughput >= target)
          .map((l) => l.concurrency)
          .join(', ') || 'no level'
      }.`,
    );
    const base = r.levels[0]?.submit.casesPerSecond ?? Number.NaN;
    // Throughput should rise from one level to the next until the first level at or above the cores.
    const reach = r.levels.findIndex((l) => l.concurrency >= machine.cpuCount);
    const upTo = r.levels.slice(0, reach < 0 ? r.levels.length : reach + 1);
    const rises =
      upTo.length > 1 &&
      upTo.every((l, k) => k === 0 || l.submit.casesPerSecond > (upTo[k - 1]?.submit.casesPerSecond ?? 0));
    push(
      `  Submit throughput by level: ${r.levels.map((l) => `${l.submit.casesPerSecond}/s at ${l.concurrency} (${round(l.submit.casesPerSecond / base, 2)}×)`).join(', ')}; ` +
        `rises from ${upTo[0]?.concurrency} to ${upTo.at(-1)?.concurrency} in flight (${machine.cpuCount} cores): ${upTo.length > 1 ? yes(rises) : 'not measured (one level)'}.`,
    );
    if (r.rate)
      push(
        `  Fixed rate ${r.rate.perSecond}/s (${r.rate.submissions} submissions, open loop): arrivals ${r.rate.arrivalsPerSecond}/s, completed ${r.rate.completedPerSecond}/s, p50 / p95 / p99 ${r.rate.latencyMs.p50} / ${r.rate.latencyMs.p95} / ${r.rate.latencyMs.p99} ms (from the scheduled arrival; latest send ${r.rate.latestSendMs} ms behind), ${r.rate.errors} errors; p99 < ${TARGETS.p99Ms} ms: ${yes(r.rate.p99UnderTarget)}.`,
      );
  }
  push(
    '',
    '## Application steps and server CPU',
    '',
    `| backend | in flight | ${STEPS.join(' p50 | ')} p50 | server CPU ms per submit | per application |`,
    `|---|---:|${STEPS.map(() => '---:|').join('')}---:|---:|`,
  );
  for (const r of results)
    for (const l of r.levels)
      push(
        `| ${NAMES[r.backend]} | ${l.concurrency} | ${STEPS.map((s) => l.applicationStepsP50Ms[s]).join(' | ')} | ${l.serverCpuMsPerCase.submit ?? '–'} | ${l.serverCpuMsPerCase.application ?? '–'} |`,
      );
  push('', '## What the baseline writes', '');
  for (const r of results) {
    push(
      `${NAMES[r.backend]}, per case, one transaction: ${r.baseline.writes.map((w) => `${w.statement} (${w.rows} row${w.rows === 1 ? '' : 's'}, ${w.columns} column${w.columns === 1 ? '' : 's'})`).join('; ')}.`,
    );
    push(
      `Prepared untimed per case: ${r.baseline.prepared.map((p) => `${p.table} ${p.rows}`).join(', ') || 'nothing'}. Copied once: ${
        Object.entries(r.baseline.reference)
          .map(([t, n]) => `${t} ${n}`)
          .join(', ') || 'nothing'
      }.`,
    );
    if (r.baseline.left.length)
      push(`Left out: ${r.baseline.left.map((l) => `${l.table} ${l.op} (${l.why})`).join('; ')}.`);
    if (r.baseline.elsewhere.length)
      push(
        `Written in other transactions while the ${r.regions.length} sample submission${r.regions.length === 1 ? ' was' : 's were'} made (not in the baseline): ` +
          `${r.baseline.elsewhere.map((e) => `${e.table} ${e.op} ×${e.rows}`).join(', ')}.`,
      );
    push('');
  }
  for (const r of results) {
    if (!r.statements) continue;
    const s = r.statements;
    push(
      `## Statements per request (${NAMES[r.backend]}, ${s.applications} applications at 1 in flight)`,
      '',
      'Top-level statements, each a round trip; pg-boss\'s own polling left out; "nested": run inside functions and triggers, and foreign-key checks.',
      '',
      `| request | ${KINDS.join(' | ')} | total | nested |`,
      `|---|${KINDS.map(() => '---:|').join('')}---:|---:|`,
    );
    let perApplication = 0;
    for (const step of STEPS) {
      const c = s.perRequest[step];
      const per = (n: number) => round(n / Math.max(1, c.requests), 1);
      perApplication += c.total / s.applications;
      push(
        `| ${step}${step === 'upload' ? ' (each)' : ''} | ${KINDS.map((k) => per(c.byKind[k])).join(' | ')} | **${per(c.total)}** | ${per(c.nested)} |`,
      );
    }
    push(
      '',
      `Per application: ${round(perApplication, 1)} statements; per submit: ${round(s.perRequest.submit.total / Math.max(1, s.perRequest.submit.requests), 1)}.`,
      '',
    );
  }
  for (const r of results) {
    if (!r.profile) continue;
    push(
      `## CPU profile (${NAMES[r.backend]}, submit at ${r.profile.concurrency} in flight, server thread)`,
      '',
      `${r.profile.summary.durationMs} ms profiled; written to \`${relative(process.cwd(), r.profile.path)}\`.`,
      '',
      '| self time in | ms | share |',
      '|---|---:|---:|',
    );
    for (const p of r.profile.summary.byPackage.slice(0, 20))
      push(`| ${p.name} | ${p.ms} | ${round(p.share * 100, 1)} % |`);
    push('');
  }
  for (const r of results) {
    const ok = r.checks.every(
      (c) => c.auditChainOk && c.distinctCodes === c.casesInDatabase && c.casesInDatabase === c.casesMade,
    );
    push(
      `- ${NAMES[r.backend]} (PostgreSQL ${r.postgresVersion}): after every app run, ${ok ? 'every case made is there once, with a distinct code, and the audit chain verifies' : `CHECK FAILED: ${JSON.stringify(r.checks)}`}.${r.firstError ? ` First error: ${r.firstError}` : ''}`,
    );
  }
  push(
    '',
    'Throughput ratio = submit cases/s ÷ baseline cases/s at the same concurrency; latency ratios = submit ÷ baseline. See docs/PERFORMANCE.md.',
  );
  return `${lines.join('\n')}\n`;
}
