/**
 * Where the server thread's time goes: its CPU time from /proc (Linux; hardly moved by other work
 * on the cores, unlike wall time), and a V8 CPU profile of it with a summary of self time by
 * package (node_modules/<pkg>, src/server/<dir>, node internals, idle, garbage collector).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { round } from './stats.ts';

/** USER_HZ, the unit of /proc's CPU times: 100 on every Linux build this runs on. */
const CLOCK_TICKS = 100;

/** CPU time (user + system) a thread of this process has used, in ms; null where unknown. */
export function threadCpuMs(thread: number | null): number | null {
  if (thread === null) return null;
  try {
    const stat = readFileSync(`/proc/self/task/${thread}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * (1000 / CLOCK_TICKS);
  } catch {
    return null;
  }
}

/** Run a measured part, reading the thread's CPU time around it. */
export async function cpuTimed<T>(thread: number | null, run: () => Promise<T>) {
  const before = threadCpuMs(thread);
  const result = await run();
  const after = threadCpuMs(thread);
  return { result, cpuMs: before === null || after === null ? null : after - before };
}

// ---------------------------------------------------------------------------------------------
// CPU profile of this (the main) thread.

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  /** Wall time the profile covers (ms). */
  durationMs: number;
  /** Self time by package or folder, largest first (ms, and share of the profile). */
  byPackage: { name: string; ms: number; share: number }[];
}

/** Profile the main thread while `run` runs; the profile is written to `path` (.cpuprofile). */
export async function profiled<T>(
  path: string,
  run: () => Promise<T>,
): Promise<{ result: T; summary: ProfileSummary }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  let outcome: { ok: true; value: T } | { ok: false; error: unknown };
  try {
    outcome = { ok: true, value: await run() };
  } catch (error) {
    outcome = { ok: false, error };
  }
  const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
  session.disconnect();
  writeFileSync(path, JSON.stringify(profile));
  if (!outcome.ok) throw outcome.error;
  return { result: outcome.value, summary: summarise(profile) };
}

/** What a frame's time counts towards. */
export function packageOf(frame: ProfileNode['callFrame']): string | null {
  const { functionName, url } = frame;
  if (functionName === '(root)') return null;
  if (functionName === '(idle)') return 'idle';
  if (functionName === '(garbage collector)') return 'garbage collector';
  if (functionName === '(program)') return 'V8 and native code (program)';
  if (url.startsWith('node:')) return 'node internals';
  if (url.startsWith('wasm://')) return 'WebAssembly (PGlite engine)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const [first, second] = url.slice(modules + '/node_modules/'.length).split('/');
    return `node_modules/${first?.startsWith('@') ? `${first}/${second}` : first}`;
  }
  const src = url.indexOf('/src/');
  if (src >= 0) {
    const parts = url.slice(src + 1).split('/');
    // src/server/<dir>, src/domain, …; a file directly in src/server counts as src/server.
    return parts.length > 3 ? parts.slice(0, 3).join('/') : parts.slice(0, 2).join('/');
  }
  if (url.includes('/bench/')) return 'bench';
  // Native code (socket writes, JSON, crypto…), by the function's own name.
  if (url === '') return `native: ${functionName || '(anonymous)'}`;
  return 'other';
}

export function summarise(profile: Profile): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const totals = new Map<string, number>();
  // A sample lasts until the next one is taken.
  for (let k = 0; k < samples.length; k++) {
    const node = byId.get(samples[k] as number);
    const name = node ? packageOf(node.callFrame) : null;
    if (!name) continue;
    totals.set(name, (totals.get(name) ?? 0) + (deltas[k + 1] ?? 0));
  }
  const all = [...totals.values()].reduce((sum, us) => sum + us, 0);
  return {
    durationMs: round((profile.endTime - profile.startTime) / 1000, 1),
    byPackage: [...totals.entries()]
      .map(([name, us]) => ({ name, ms: round(us / 1000, 1), share: round(us / Math.max(1, all), 3) }))
      .sort((a, b) => b.ms - a.ms),
  };
}
