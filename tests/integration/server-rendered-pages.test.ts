/**
 * Pages the server draws while it runs (docs/ARCHITECTURE.md, "Prerendered family pages"), with a
 * renderer written here in place of the build's (dist/prerender/prerender.js): the page's data is
 * read from the server's own API, the page is drawn once and kept, sent compressed as asked, with
 * an ETag; a browser with a session or a display choice, an address the API refuses, a renderer
 * that fails or is missing: each gets index.html, and the server keeps running.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { decodedBody, rawRequest, varyTokens } from '../support/raw-http.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const INDEX = Buffer.from(
  '<!doctype html><html lang="zh-CN"><head><title>联办</title></head><body><div id="root"></div></body></html>\n',
);
const TEMPLATE =
  '<!doctype html><html lang="zh-CN"><head><title>联办</title><!--lianban:styles--></head>' +
  '<body><div id="root" data-prerendered="zh"><!--lianban:body--></div></body></html>\n';

/**
 * Draws /guide and /guide/<county> from GET /api/v1/guide, numbering its drawings; /broken has no
 * reads and fails to draw.
 */
const RENDERER = `
let drawings = 0;
export function dataFor(address) {
  const guide = /^\\/guide(?:\\/(\\d{6}))?$/.exec(address);
  if (guide) return [{ key: 'guide', path: '/api/v1/guide?region=' + (guide[1] ?? '530102') }];
  if (address === '/broken') return [];
  return null;
}
export async function renderDocument(template, location, data) {
  if (location === '/broken') throw new Error('a part of the page failed');
  drawings += 1;
  const guide = data.get('guide');
  await new Promise((resolve) => setTimeout(resolve, 20));
  return template
    .replace('<!--lianban:styles-->', () => '<style>h1{color:#1f2d3a}</style>')
    .replace('<!--lianban:body-->', () => '<h1>' + guide.region.name.zh + '</h1><p>drawing ' + drawings + ' $&</p>');
}
`;

let app: TestApp;
const servers: FastifyInstance[] = [];
const folders: string[] = [];

/** A build of index.html and, beside it, the renderer given (none: no renderer built). */
async function serve(renderer: string | undefined): Promise<string> {
  const dist = mkdtempSync(join(tmpdir(), 'lianban-drawn-'));
  folders.push(dist);
  mkdirSync(join(dist, 'web'));
  writeFileSync(join(dist, 'web/index.html'), INDEX);
  if (renderer !== undefined) {
    mkdirSync(join(dist, 'prerender'));
    writeFileSync(join(dist, 'prerender/prerender.js'), renderer);
    writeFileSync(join(dist, 'prerender/template.html'), TEMPLATE);
  }
  const web = await buildApp(app.services.context, { webRoot: join(dist, 'web'), logger: false });
  servers.push(web);
  await web.listen({ port: 0, host: '127.0.0.1' });
  const address = web.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

let base: string;

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
  base = await serve(RENDERER);
});

afterAll(async () => {
  for (const server of servers) await server.close();
  await app?.stop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

async function page(url: string, headers: Record<string, string> = {}) {
  const answer = await rawRequest(url, { headers: { 'accept-encoding': 'br, gzip', ...headers } });
  expect(answer.status, url).toBe(200);
  expect(answer.headers['content-type'], url).toBe('text/html; charset=utf-8');
  expect(answer.headers['cache-control'], url).toBe('no-cache');
  expect(varyTokens(answer), url).toEqual(expect.arrayContaining(['cookie', 'accept-encoding']));
  return { answer, html: decodedBody(answer).toString('utf8') };
}

describe('a page the server draws', () => {
  it('is drawn with what the API answers, into the template, and compressed as asked', async () => {
    const { answer, html } = await page(`${base}/guide/530102`);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(html).toContain('<style>h1{color:#1f2d3a}</style></head>');
    expect(html).toMatch(
      /<div id="root" data-prerendered="zh"><h1>五华区<\/h1><p>drawing \d+ \$&<\/p><\/div>/,
    );
    expect(answer.headers.etag).toMatch(/^W\/"[\w-]+"$/);

    const gzip = await page(`${base}/guide/530102`, { 'accept-encoding': 'gzip' });
    expect(gzip.answer.headers['content-encoding']).toBe('gzip');
    expect(gzip.html).toBe(html);
    const plain = await page(`${base}/guide/530102`, { 'accept-encoding': 'identity' });
    expect(plain.answer.headers['content-encoding']).toBeUndefined();
    expect(plain.html).toBe(html);
  });

  it('is drawn once and kept: the same drawing again, and 304 for the ETag a browser holds', async () => {
    const first = await page(`${base}/guide`);
    const again = await page(`${base}/guide?from=sms`);
    expect(again.html).toBe(first.html);
    expect(again.answer.headers.etag).toBe(first.answer.headers.etag);
    const held = await rawRequest(`${base}/guide`, {
      headers: { 'if-none-match': String(first.answer.headers.etag) },
    });
    expect(held.status).toBe(304);
    expect(held.body.length).toBe(0);
  });

  it('is drawn once for requests that arrive together', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => page(`${base}/guide/430621`)));
    const drawings = new Set(answers.map(({ html }) => /drawing (\d+)/.exec(html)?.[1]));
    expect(drawings.size).toBe(1);
    expect(answers[0]?.html).toContain('<h1>岳阳县</h1>');
  });

  it('is index.html for a browser with a session or a display choice', async () => {
    for (const cookie of ['lb_session=anything', 'lb_prefs=en', 'lb_prefs=large']) {
      const { html } = await page(`${base}/guide`, { cookie });
      expect(html, cookie).toBe(INDEX.toString('utf8'));
    }
  });

  it('is index.html, the app saying what is wrong, where the API refuses a read', async () => {
    const { html } = await page(`${base}/guide/999999`);
    expect(html).toBe(INDEX.toString('utf8'));
  });

  it('is index.html where drawing fails, at addresses the renderer leaves alone, and for HEAD', async () => {
    expect((await page(`${base}/broken`)).html).toBe(INDEX.toString('utf8'));
    expect((await page(`${base}/portal/drafts/x`)).html).toBe(INDEX.toString('utf8'));
    const head = await rawRequest(`${base}/guide`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    // The server is still drawing pages.
    expect((await page(`${base}/guide/530102`)).html).toContain('<h1>五华区</h1>');
  });

  it('is index.html everywhere, with the server running, when no renderer was built or it is broken', async () => {
    for (const renderer of [undefined, 'export const dataFor = 1;', 'this is not a module {']) {
      const other = await serve(renderer);
      const { html } = await page(`${other}/guide`);
      expect(html, String(renderer)).toBe(INDEX.toString('utf8'));
      expect((await rawRequest(`${other}/healthz`)).status).toBe(200);
    }
  });
});
