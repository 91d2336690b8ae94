/**
 * Writes the OpenAPI descriptions the app serves — the platform's at /openapi.json and the
 * department exchange API's at /api/exchange/v1/openapi.json — without listening: the app is
 * built on an in-memory database (its routes, and so the documents, do not depend on the data),
 * asked for its documents, and stopped.
 *
 *   node scripts/write-openapi.ts [file]        (default: openapi.json in a new temporary folder;
 *                                                exchange-openapi.json beside it)
 *   node scripts/write-openapi.ts --lint [file] (then `redocly lint` of both with redocly.yaml)
 *   node scripts/write-openapi.ts --types [file] (the web app's types, default src/web/api/openapi.d.ts,
 *                                                and the exchange client's, src/simulator/exchange-api.d.ts)
 *
 * Prints the paths written; with --lint, exits with Redocly's status. With --types, the files are
 * the TypeScript the web app's and the simulator's clients are typed by (`npm run api:types`),
 * formatted by Biome so the committed files pass `biome check` unchanged.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadConfig } from '../src/server/config.ts';
import { openMemoryDatabase } from '../src/server/db/database.ts';
import { startServices } from '../src/server/services.ts';
import { generateApiTypes } from '../tools/api-typegen/generate.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the web app's generated types live, and the command that writes them. */
export const WEB_API_TYPES = join(ROOT, 'src', 'web', 'api', 'openapi.d.ts');
export const WEB_API_TYPES_COMMAND = 'npm run api:types';

/** The department exchange API's client types (the simulator's, and any TypeScript integrator's). */
export const EXCHANGE_API_TYPES = join(ROOT, 'src', 'simulator', 'exchange-api.d.ts');

/** The document of an app built the way an instance builds it, on a throwaway database. */
export async function buildOpenApiDocument(): Promise<unknown> {
  return (await buildOpenApiDocuments()).main;
}

/** Both descriptions an instance serves: the platform's (/openapi.json) and the exchange API's. */
export async function buildOpenApiDocuments(): Promise<{ main: unknown; exchange: unknown }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lianban-openapi-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: '0',
    PUBLIC_URL: 'http://127.0.0.1',
    LOG_LEVEL: 'silent',
    DEMO_SEED: 'never',
    NODE_ENV: 'test',
    LIANBAN_DATA_KEY: '00'.repeat(32),
  } as NodeJS.ProcessEnv);
  const database = await openMemoryDatabase();
  const services = await startServices(config, { database, logger: false, onWarning: () => {} });
  try {
    // The exchange document lives in its routes' own plugin scope: read it the way a client does.
    const response = await services.app.inject({ method: 'GET', url: '/api/exchange/v1/openapi.json' });
    return { main: services.app.swagger(), exchange: response.json() };
  } finally {
    await services.stop();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The web app's types for `document`, as committed: a header, then openapi-typescript's output,
 * formatted by Biome (a file path under the repository, so its settings apply).
 */
export async function webApiTypes(
  document: unknown,
  source = '/openapi.json',
  target = WEB_API_TYPES,
): Promise<string> {
  const generated = await generateApiTypes(document as Record<string, unknown>);
  const text = [
    '/**',
    ` * Generated from the OpenAPI description the server serves at ${source}; do not edit.`,
    ` * Regenerate with \`${WEB_API_TYPES_COMMAND}\` (scripts/write-openapi.ts --types).`,
    ' */',
    generated,
  ].join('\n');
  const biome = join(ROOT, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');
  const result = spawnSync(process.execPath, [biome, 'format', `--stdin-file-path=${target}`], {
    input: text,
    encoding: 'utf8',
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`biome format failed: ${result.stderr}`);
  return result.stdout;
}

async function main(args: string[]) {
  const lint = args.includes('--lint');
  const given = args.find((a) => !a.startsWith('--'));
  const documents = await buildOpenApiDocuments();
  if (args.includes('--types')) {
    const target = given ? resolve(given) : WEB_API_TYPES;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await webApiTypes(documents.main));
    console.log(`Web API types written to ${target}`);
    if (!given) {
      writeFileSync(
        EXCHANGE_API_TYPES,
        await webApiTypes(documents.exchange, '/api/exchange/v1/openapi.json', EXCHANGE_API_TYPES),
      );
      console.log(`Exchange API types written to ${EXCHANGE_API_TYPES}`);
    }
    return;
  }
  const file = given
    ? resolve(given)
    : join(mkdtempSync(join(tmpdir(), 'lianban-openapi-doc-')), 'openapi.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(documents.main, null, 2)}\n`);
  console.log(`OpenAPI description written to ${file}`);
  const exchangeFile = join(dirname(file), 'exchange-openapi.json');
  writeFileSync(exchangeFile, `${JSON.stringify(documents.exchange, null, 2)}\n`);
  console.log(`Exchange API description written to ${exchangeFile}`);
  if (!lint) return;
  const redocly = join(ROOT, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
  let status = 0;
  for (const target of [file, exchangeFile]) {
    const result = spawnSync(
      process.execPath,
      [redocly, 'lint', target, '--config', join(ROOT, 'redocly.yaml'), '--format', 'stylish'],
      {
        stdio: 'inherit',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    );
    status ||= result.status ?? 1;
  }
  process.exitCode = status;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
