/**
 * The benchmarks (`npm run bench -- [workload] [flags]`): a small harness (bench/harness/) and the
 * workloads that use it (bench/workloads/). See bench/README.md for each workload's flags.
 *
 *   node bench/run.ts [intake] [--cases 100] [--concurrency 1,8,32] …   the draft path (default)
 *   node bench/run.ts dashboard [--sizes 1000000,10000000] …           supervision dashboard
 */
import { UsageError } from './harness/cli.ts';

const WORKLOADS: Record<string, () => Promise<{ main(argv: string[]): Promise<void> }>> = {
  intake: () => import('./workloads/intake.ts'),
  dashboard: () => import('./workloads/dashboard.ts'),
};

const [first, ...rest] = process.argv.slice(2);
const named = first !== undefined && !first.startsWith('-');
const name = named ? first : 'intake';
const load = WORKLOADS[name];
if (!load) {
  process.stderr.write(`unknown workload "${name}"; one of: ${Object.keys(WORKLOADS).join(', ')}\n`);
  process.exit(2);
}
try {
  const workload = await load();
  await workload.main(named ? rest : process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  throw error;
}
// Pools and pg-boss are closed; anything left (keep-alive sockets) must not hold the process up.
process.exit(0);
