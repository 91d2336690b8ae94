/**
 * Makes sure dist/web holds a build of the current web sources before a browser test starts a
 * server (the server decides at start whether it can serve the web app). Builds when the output is
 * missing or older than any file it is built from, so a clean checkout and an edited one both work.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const OUTPUT = resolve('dist/web/index.html');
const INPUTS = ['src/web', 'src/domain', 'index.html', 'public', 'vite.config.ts', 'package-lock.json'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, entry)));
  return newest;
}

export async function ensureWebBuild(): Promise<void> {
  const built = existsSync(OUTPUT) ? statSync(OUTPUT).mtimeMs : 0;
  const sources = Math.max(...INPUTS.map((input) => newestChange(resolve(input))));
  if (built > sources) return;
  const vite = await import('vite');
  // Vitest sets NODE_ENV=test, which would make Vite bundle React and antd in development mode.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await vite.build({ configFile: 'vite.config.ts', mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
