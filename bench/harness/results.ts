/** Where results go: `<out>/<date>-<workload>.json` and `.md`, with the machine they ran on. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { ROOT } from './cli.ts';
import { round } from './stats.ts';

export interface Machine {
  node: string;
  platform: string;
  cpuCount: number;
  cpuModel: string;
  memoryGiB: number;
  pglite: string;
  /** The 1, 5 and 15 minute load averages when the run began: other work on the cores shows here. */
  loadAverageAtStart: number[];
}

export function machineInfo(): Machine {
  const cpus = os.cpus();
  const pglite = JSON.parse(
    readFileSync(join(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8'),
  ) as { version: string };
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpuCount: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: round(os.totalmem() / 2 ** 30, 1),
    pglite: pglite.version,
    loadAverageAtStart: os.loadavg().map((l) => round(l, 2)),
  };
}

/** Today's date (UTC), the prefix of every results file. */
export const dateStamp = () => new Date().toISOString().slice(0, 10);

/** The path of a results file of today: `<out>/<date>-<name>`. */
export function resultPath(out: string, name: string): string {
  mkdirSync(out, { recursive: true });
  return join(out, `${dateStamp()}-${name}`);
}

/** Writes `<date>-<name>.json` and `.md`; returns the base path. */
export function writeResults(out: string, name: string, json: unknown, markdown: string): string {
  const base = resultPath(out, name);
  writeFileSync(`${base}.json`, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(`${base}.md`, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
  return base;
}
