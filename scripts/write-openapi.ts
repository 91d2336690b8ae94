/**
 * Writes the OpenAPI description the app serves at /openapi.json, without listening: the app is
 * built on an in-memory database (its routes, and so the document, do not depend on the data),
 * asked for its document, and stopped.
 *
 *   node scripts/write-openapi.ts [file]        (default: openapi.json in a new temporary folder)
 *   node scripts/write-openapi.ts --lint [file] (then `redocly lint` with redocly.yaml)
 *   node scripts/write-openapi.ts --types [file] (the web app's types, default src/web/api/openapi.d.ts)
 *
 * Prints the path written; with --lint, exits with Redocly's status. With --types, the file is
 * the TypeScript the web app's client is typed by (`npm run api:types`), formatted by Biome so
 * the committed file passes `biome check` unchanged.
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

/** The document of an app built the way an instance builds it, on a throwaway database. */
export async function buildOpenApiDocument(): Promise<unknown> {
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
    return services.app.swagger();
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
export async function webApiTypes(document: unknown): Promise<string> {
  const generated = await generateApiTypes(document as Record<string, unknown>);
  const text = [
    '/**',
    ' * Generated from the OpenAPI description the server serves at /openapi.json; do not edit.',
    ` * Regenerate with \`${WEB_API_TYPES_COMMAND}\` (scripts/write-openapi.ts --types).`,
    ' */',
    generated,
  ].join('\n');
  const biome = join(ROOT, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');
  const result = spawnSync(process.execPath, [biome, 'format', `--stdin-file-path=${WEB_API_TYPES}`], {
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
  if (args.includes('--types')) {
    const target = given ? resolve(given) : WEB_API_TYPES;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, await webApiTypes(await buildOpenApiDocument()));
    console.log(`Web API types written to ${target}`);
    return;
  }
  const file = given
    ? resolve(given)
    : join(mkdtempSync(join(tmpdir(), 'lianban-openapi-doc-')), 'openapi.json');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(await buildOpenApiDocument(), null, 2)}\n`);
  console.log(`OpenAPI description written to ${file}`);
  if (!lint) return;
  const redocly = join(ROOT, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
  const result = spawnSync(
    process.execPath,
    [redocly, 'lint', file, '--config', join(ROOT, 'redocly.yaml'), '--format', 'stylish'],
    {
      stdio: 'inherit',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  );
  process.exitCode = result.status ?? 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv.slice(2));
}
