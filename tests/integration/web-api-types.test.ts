/**
 * The web app is typed by src/web/api/openapi.d.ts, generated from the server's OpenAPI
 * description; a route change that is not carried into that file would let the web app compile
 * against a contract the server no longer keeps.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildOpenApiDocument,
  WEB_API_TYPES,
  WEB_API_TYPES_COMMAND,
  webApiTypes,
} from '../../scripts/write-openapi.ts';

const dir = mkdtempSync(join(tmpdir(), 'lianban-web-types-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("the web app's API types", () => {
  it('are current with the OpenAPI document', { timeout: 120_000 }, async () => {
    const fresh = join(dir, 'openapi.d.ts');
    writeFileSync(fresh, await webApiTypes(await buildOpenApiDocument()));
    const committed = readFileSync(WEB_API_TYPES, 'utf8');
    const same = readFileSync(fresh, 'utf8') === committed;
    expect(same, `src/web/api/openapi.d.ts is out of date: run ${WEB_API_TYPES_COMMAND}`).toBe(true);
  });
});
