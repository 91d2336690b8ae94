/**
 * Hints in the page sent at a family page's address (docs/ARCHITECTURE.md, "Hints for a family
 * page"), on builds of fixtures made here (index.html, chunks, prerender/route-hints.json): at
 * /portal/drafts/<uuid> index.html comes naming the form's chunks and, to a browser with a session,
 * the reads the form makes as it opens, which the API answers; without a session, no reads; at any
 * other address, with an id that is not a UUID, or with a list that is missing, broken or of
 * another build, index.html as it is, and the server keeps running. Nothing from the address
 * reaches the page unescaped, and no address makes it fail.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { decodedBody, type RawAnswer, rawRequest, varyTokens } from '../support/raw-http.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { startDemoDraft } from '../support/workflow.ts';

const INDEX = Buffer.from(
  [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '  <head>',
    '    <meta charset="UTF-8" />',
    '    <title>联办</title>',
    '    <script type="module" crossorigin src="/assets/index-AbC123de.js"></script>',
    '    <link rel="modulepreload" crossorigin href="/assets/react-Zz81QwEr.js">',
    '  </head>',
    '  <body>',
    '    <div id="root"></div>',
    '  </body>',
    '</html>',
    '',
  ].join('\n'),
);
const CHUNKS = ['/assets/draft-page-Qw12Er34.js', '/assets/use-draft-Ty56Ui78.js'];
const HINTS = [
  {
    route: '/portal/drafts/:id',
    params: { id: 'uuid' },
    modules: CHUNKS,
    reads: ['/api/v1/me', '/api/v1/drafts/{id}'],
  },
];
const SOME_ID = '0b6c7a52-3f0e-4d4a-9b1e-5c2d8e7f9a10';

let app: TestApp;
const servers: FastifyInstance[] = [];
const folders: string[] = [];

function writeWithSiblings(path: string, content: Buffer): void {
  writeFileSync(path, content);
  writeFileSync(`${path}.br`, brotliCompressSync(content));
  writeFileSync(`${path}.gz`, gzipSync(content));
}

/** A build of index.html and `chunks`, with `hints` as prerender/route-hints.json (none: no file). */
async function serve(hints: string | undefined, chunks: string[] = CHUNKS): Promise<string> {
  const dist = mkdtempSync(join(tmpdir(), 'lianban-hints-'));
  folders.push(dist);
  mkdirSync(join(dist, 'web/assets'), { recursive: true });
  mkdirSync(join(dist, 'prerender'));
  writeWithSiblings(join(dist, 'web/index.html'), INDEX);
  for (const chunk of ['/assets/index-AbC123de.js', '/assets/react-Zz81QwEr.js', ...chunks])
    writeFileSync(join(dist, 'web', chunk), `export const file = ${JSON.stringify(chunk)};\n`);
  if (hints !== undefined) writeFileSync(join(dist, 'prerender/route-hints.json'), hints);
  const web = await buildApp(app.services.context, { webRoot: join(dist, 'web'), logger: false });
  servers.push(web);
  await web.listen({ port: 0, host: '127.0.0.1' });
  const address = web.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

let base: string;
let cookie: string;
let draftId: string;

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
  base = await serve(JSON.stringify(HINTS));
  cookie = await app.citizenCookie(0);
  draftId = await startDemoDraft(app, cookie);
});

afterAll(async () => {
  for (const server of servers) await server.close();
  await app?.stop();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawAnswer> {
  return rawRequest(url, { method, headers: { 'accept-encoding': 'br, gzip', ...headers } });
}

/** The page as the browser reads it, with what it must have whatever its hints. */
async function page(url: string, headers: Record<string, string> = {}): Promise<string> {
  const answer = await get(url, headers);
  expect(answer.status, url).toBe(200);
  expect(answer.headers['content-type'], url).toBe('text/html; charset=utf-8');
  expect(varyTokens(answer), url).toContain('cookie');
  expect(answer.headers['content-security-policy'], url).toContain("script-src 'self'");
  expect(answer.headers['x-content-type-options'], url).toBe('nosniff');
  return decodedBody(answer).toString('utf8');
}

/** The hrefs of the head's links of one kind. */
function links(html: string, kind: 'modulepreload' | 'fetch'): string[] {
  const head = html.slice(0, html.indexOf('</head>'));
  const tag =
    kind === 'modulepreload'
      ? /<link rel="modulepreload" crossorigin href="([^"]*)">/g
      : /<link rel="preload" as="fetch" crossorigin href="([^"]*)">/g;
  return [...head.matchAll(tag)].map((found) => found[1] as string);
}

/** The page less the lines the hints added: what index.html is. */
function withoutHints(html: string): string {
  return html.replace(/ {4}<link rel="(?:modulepreload|preload)"[^>]*>\n/g, (line) =>
    INDEX.includes(line) ? line : '',
  );
}

describe('the page sent at a draft’s address', () => {
  it('names the form’s chunks and its reads to a signed-in browser, and the API answers those reads', async () => {
    const answer = await get(`${base}/portal/drafts/${draftId}`, { cookie });
    expect(answer.headers['cache-control']).toBe('private, no-cache');
    expect(answer.headers.etag).toMatch(/^W\/"[\w-]+"$/);
    const html = await page(`${base}/portal/drafts/${draftId}`, { cookie });
    expect(withoutHints(html)).toBe(INDEX.toString('utf8'));
    expect(links(html, 'modulepreload')).toEqual(['/assets/react-Zz81QwEr.js', ...CHUNKS]);
    expect(links(html, 'fetch')).toEqual(['/api/v1/me', `/api/v1/drafts/${draftId}`]);

    // Each read is one the API answers for this browser, and each chunk is there.
    for (const read of links(html, 'fetch')) {
      const answer = await rawRequest(base + read, { headers: { cookie, accept: '*/*' } });
      expect(answer.status, read).toBe(200);
      expect(answer.headers['content-type'], read).toMatch(/^application\/json/);
    }
    expect(
      JSON.parse((await rawRequest(`${base}/api/v1/me`, { headers: { cookie } })).body.toString()).kind,
    ).toBe('citizen');
    for (const chunk of CHUNKS) expect((await get(base + chunk)).status, chunk).toBe(200);
  });

  it('keeps its hints with a query string and with the id in capitals', async () => {
    const upper = draftId.toUpperCase();
    expect(links(await page(`${base}/portal/drafts/${draftId}?step=payee`, { cookie }), 'fetch')).toEqual([
      '/api/v1/me',
      `/api/v1/drafts/${draftId}`,
    ]);
    expect(links(await page(`${base}/portal/drafts/${upper}`, { cookie }), 'fetch')).toEqual([
      '/api/v1/me',
      `/api/v1/drafts/${upper}`,
    ]);
  });

  it('names no reads to a browser without a session, only the chunks', async () => {
    for (const other of [undefined, 'lb_prefs=en.large', 'theme=dark']) {
      const html = await page(`${base}/portal/drafts/${SOME_ID}`, other ? { cookie: other } : {});
      expect(links(html, 'fetch'), other).toEqual([]);
      expect(links(html, 'modulepreload'), other).toEqual(['/assets/react-Zz81QwEr.js', ...CHUNKS]);
    }
  });

  it('answers HEAD with the same headers and no body, and a revalidation with 304', async () => {
    const url = `${base}/portal/drafts/${draftId}`;
    const full = await get(url, { cookie });
    const head = await get(url, { cookie }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    for (const header of ['content-type', 'content-length', 'cache-control', 'vary', 'etag'])
      expect(head.headers[header], header).toBe(full.headers[header]);

    const held = await get(url, { cookie, 'if-none-match': String(full.headers.etag) });
    expect(held.status).toBe(304);
    expect(held.body.length).toBe(0);
    // Another browser's page (no session, no reads) is another representation.
    const signedOut = await get(url, { 'if-none-match': String(full.headers.etag) });
    expect(signedOut.status).toBe(200);
  });
});

describe('index.html as it is', () => {
  it('at a draft address whose id is not a UUID, and at every other page address', async () => {
    for (const path of [
      '/portal/drafts/x',
      '/portal/drafts/123',
      `/portal/drafts/${SOME_ID}x`,
      `/portal/drafts/${SOME_ID}/`,
      `/portal/drafts/${SOME_ID}/more`,
      '/portal/drafts',
      '/portal',
      '/department',
    ]) {
      const answer = await get(base + path, { cookie });
      expect(answer.status, path).toBe(200);
      expect(answer.headers['cache-control'], path).toBe('no-cache');
      expect(decodedBody(answer).equals(INDEX), path).toBe(true);
    }
  });

  it('where the list is missing, broken or of another build, with the server running', async () => {
    const another = [{ ...HINTS[0], modules: ['/assets/draft-page-Old00000.js'] }];
    const undeclared = [{ ...HINTS[0], params: {} }];
    for (const hints of [
      undefined,
      '{not json',
      JSON.stringify({ '/portal/drafts/:id': CHUNKS }),
      JSON.stringify(another),
      JSON.stringify(undeclared),
      JSON.stringify([{ ...HINTS[0], modules: ['/assets/../../prerender/route-hints.json'] }]),
      JSON.stringify([{ ...HINTS[0], reads: ['https://elsewhere.example/steal'] }]),
      JSON.stringify([{ ...HINTS[0], params: { id: 'anything' } }]),
    ]) {
      const other = await serve(hints);
      const answer = await get(`${other}/portal/drafts/${draftId}`, { cookie });
      expect(answer.status, hints).toBe(200);
      expect(decodedBody(answer).equals(INDEX), hints).toBe(true);
      expect((await rawRequest(`${other}/healthz`)).status, hints).toBe(200);
      expect((await get(`${other}/assets/index-AbC123de.js`)).status, hints).toBe(200);
    }
  });
});

describe('a hostile address', () => {
  it('never reaches the page unescaped and never makes it fail', async () => {
    const paths = [
      '/portal/drafts/%00',
      `/portal/drafts/${SOME_ID}%00`,
      '/portal/drafts/%ED%A0%80',
      `/portal/drafts/${SOME_ID}%ED%A0%80`,
      '/portal/drafts/%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '/portal/drafts/"><script>alert(1)</script>',
      `/portal/drafts/${SOME_ID}"><script>alert(1)</script>`,
      `/portal/drafts/${SOME_ID}%22%20onload=%22alert(1)`,
      `/portal/drafts/${SOME_ID}?step="><script>alert(1)</script>`,
      `/portal/drafts/${SOME_ID}%2F..%2F..%2Fapi%2Fv1%2Fme`,
    ];
    for (const path of paths) {
      for (const headers of [{ cookie }, {}] as Record<string, string>[]) {
        const answer = await get(base + path, headers);
        expect(answer.status, path).toBeLessThan(500);
        // A refusal is the API's JSON error, not a page.
        if (answer.status !== 200) {
          expect(answer.headers['content-type'], path).toMatch(/^application\/json/);
          continue;
        }
        const html = decodedBody(answer).toString('utf8');
        expect(html, path).not.toMatch(/<script>alert|onload=/i);
        expect(html.includes('\u0000') || html.includes('\ufffd'), path).toBe(false);
        expect(
          links(html, 'fetch').every((read) => read === '/api/v1/me' || read.endsWith(SOME_ID)),
          path,
        ).toBe(true);
      }
    }
    expect((await rawRequest(`${base}/healthz`)).status).toBe(200);
  });

  it('a chunk whose name has HTML’s own characters is named escaped', async () => {
    const odd = `/assets/o'k&"<x>-AbC123de.js`;
    const other = await serve(JSON.stringify([{ ...HINTS[0], modules: [odd] }]), [odd]);
    const html = await page(`${other}/portal/drafts/${SOME_ID}`);
    expect(html).toContain(
      '<link rel="modulepreload" crossorigin href="/assets/o&#39;k&amp;&quot;&lt;x&gt;-AbC123de.js">',
    );
    expect(html).not.toContain(odd);
  });
});
