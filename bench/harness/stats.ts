/**
 * Running tasks and summarising their latencies: a closed-loop pool (C in flight, the next task
 * starts when one ends), open-loop arrivals at a fixed rate, percentiles, and the median of each
 * figure over repeated runs. Used on both sides of the client worker.
 */
import { performance } from 'node:perf_hooks';

export const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** The p-th percentile (0–100) of an ascending list: the smallest value with p % at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The median, or null when any value is unknown. */
export function medianOrNull(values: readonly (number | null)[]): number | null {
  const known = values.filter((v) => v !== null);
  return known.length === values.length && known.length > 0 ? round(median(known)) : null;
}

/** Run `count` tasks with at most `concurrency` in flight; each task's latency (ms) and the wall time. */
export async function runPool(
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

const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

/**
 * Open-loop arrivals: task i starts at `i / rate` seconds whether or not earlier ones have ended.
 * Latency runs from the arrival as scheduled, so a client that falls behind is not hidden
 * (no coordinated omission). Also reports when each was actually sent.
 */
export async function runAtRate(
  count: number,
  ratePerSecond: number,
  task: (i: number) => Promise<void>,
): Promise<{ latencies: number[]; wallMs: number; sendWindowMs: number; lateSendsMs: number[] }> {
  const latencies: number[] = new Array(count);
  const late: number[] = [];
  const started = performance.now();
  const running: Promise<void>[] = [];
  let lastSend = started;
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / ratePerSecond;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    lastSend = performance.now();
    late.push(Math.max(0, lastSend - due));
    running.push(
      task(i).then(() => {
        latencies[i] = performance.now() - due;
      }),
    );
  }
  await Promise.all(running);
  return {
    latencies,
    wallMs: performance.now() - started,
    sendWindowMs: lastSend - started,
    lateSendsMs: late,
  };
}

export interface Figures {
  cases: number;
  wallMs: number;
  casesPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; mean: number; max: number };
  errors: number;
}

export function figures(latencies: readonly number[], wallMs: number, errors: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    cases: latencies.length,
    wallMs: round(wallMs, 1),
    casesPerSecond: round((latencies.length / wallMs) * 1000, 1),
    latencyMs: {
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      mean: round(sorted.reduce((s, v) => s + v, 0) / Math.max(1, sorted.length)),
      max: round(sorted[sorted.length - 1] ?? Number.NaN),
    },
    errors,
  };
}

export interface Summary {
  casesPerSecond: number;
  /** Throughput of each repetition, in the order run. */
  casesPerSecondRuns: number[];
  latencyMs: { p50: number; p95: number; p99: number };
  errors: number;
}

/** The median of each figure over the repetitions (each statistic on its own). */
export function summariseRuns(runs: readonly Figures[]): Summary {
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

/** Count one outcome under its key. */
export function tally(counts: Record<string, number>, key: string) {
  counts[key] = (counts[key] ?? 0) + 1;
}
