/**
 * Delivery of the web app's files, on a web root of fixtures built here: the precompressed brotli
 * or gzip sibling the browser asks for (or the file itself), a year of immutable caching for
 * hashed assets, index.html revalidated every time (also as the answer to a page address), a 404
 * and never the page for a missing asset, robots.txt (from public/ while the app is unbuilt), and
 * 304 answers to a revalidation. The app is the real one, built on the running instance's context
 * with the web root pointed at the fixtures.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { decodedBody, type RawAnswer, rawRequest, varyTokens } from '../support/raw-http.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const ROBOTS = readFileSync(resolve('public/robots.txt'));

const INDEX = Buffer.from(
  '<!doctype html>\n<html lang="zh-CN"><head><meta charset="UTF-8" /><title>联办</title>' +
    '<script type="module" src="/assets/app-AbC123de.js"></script></head>' +
    '<body><div id="root"></div></body></html>\n',
);
// Repetitive enough that compression shows.
const APP_JS = Buffer.from(
  Array.from(
    { length: 400 },
    (_, i) => `export const label${i} = { zh: '第${i}项', en: 'item ${i}' };\n`,
  ).join(''),
);
const PLAIN_JS = Buffer.from('export const alone = "no compressed sibling";\n');

let app: TestApp;
let web: FastifyInstance;
let unbuilt: FastifyInstance;
let webRoot: string;
let emptyRoot: string;
let base: string;
let unbuiltBase: string;

function writeWithSiblings(path: string, content: Buffer): void {
  writeFileSync(path, content);
  writeFileSync(`${path}.br`, brotliCompressSync(content));
  writeFileSync(`${path}.gz`, gzipSync(content));
}

async function listen(instance: FastifyInstance): Promise<string> {
  await instance.listen({ port: 0, host: '127.0.0.1' });
  const address = instance.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<RawAnswer> {
  return rawRequest(base + path, { method, headers });
}

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
  webRoot = mkdtempSync(join(tmpdir(), 'lianban-web-'));
  mkdirSync(join(webRoot, 'assets'));
  writeWithSiblings(join(webRoot, 'index.html'), INDEX);
  writeWithSiblings(join(webRoot, 'assets/app-AbC123de.js'), APP_JS);
  writeFileSync(join(webRoot, 'assets/alone-Zz81QwEr.js'), PLAIN_JS);
  web = await buildApp(app.services.context, { webRoot, logger: false });
  base = await listen(web);
  // A fresh clone: nothing built yet.
  emptyRoot = mkdtempSync(join(tmpdir(), 'lianban-web-unbuilt-'));
  unbuilt = await buildApp(app.services.context, { webRoot: emptyRoot, logger: false });
  unbuiltBase = await listen(unbuilt);
});

afterAll(async () => {
  await web?.close();
  await unbuilt?.close();
  await app?.stop();
  if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  if (emptyRoot) rmSync(emptyRoot, { recursive: true, force: true });
});

describe('compressed delivery', () => {
  it('sends the brotli file to a browser that accepts br and gzip, and it decodes to the original', async () => {
    const answer = await get('/assets/app-AbC123de.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toMatch(/^(text|application)\/javascript; charset=utf-8$/);
    expect(varyTokens(answer)).toContain('accept-encoding');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(answer.body.length).toBeLessThan(APP_JS.length / 5);
    expect(decodedBody(answer).equals(APP_JS)).toBe(true);
  });

  it('sends gzip when only gzip is accepted, or when the browser weighs br lower or refuses it', async () => {
    for (const acceptEncoding of ['gzip', 'br;q=0, gzip', 'gzip;q=1.0, br;q=0.5']) {
      const answer = await get('/assets/app-AbC123de.js', { 'accept-encoding': acceptEncoding });
      expect(answer.headers['content-encoding'], acceptEncoding).toBe('gzip');
      expect(decodedBody(answer).equals(APP_JS)).toBe(true);
    }
  });

  it('sends the file itself when no encoding is accepted, still saying the answer varies by it', async () => {
    for (const headers of [{}, { 'accept-encoding': 'identity' }] as Record<string, string>[]) {
      const answer = await get('/assets/app-AbC123de.js', headers);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.body.equals(APP_JS)).toBe(true);
      expect(varyTokens(answer)).toContain('accept-encoding');
    }
  });

  it('sends a file without a compressed sibling as it is', async () => {
    const answer = await get('/assets/alone-Zz81QwEr.js', { 'accept-encoding': 'br, gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.equals(PLAIN_JS)).toBe(true);
    expect(answer.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('answers HEAD with the headers of the compressed answer and no body', async () => {
    const answer = await get('/assets/app-AbC123de.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(Number(answer.headers['content-length'])).toBe(brotliCompressSync(APP_JS).length);
    expect(answer.body.length).toBe(0);
  });

  it('sends index.html compressed at /, /index.html and a page address of the web app', async () => {
    for (const path of ['/', '/index.html', '/portal/drafts/x', '/guide/530102?lang=en']) {
      const answer = await get(path, { 'accept-encoding': 'br, gzip' });
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-encoding'], path).toBe('br');
      expect(answer.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(varyTokens(answer), path).toContain('accept-encoding');
      expect(decodedBody(answer).equals(INDEX), path).toBe(true);
    }
    const plain = await get('/portal/drafts/x');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(INDEX)).toBe(true);
  });

  it('leaves API answers uncompressed', async () => {
    const answer = await get('/api/v1/regions', { 'accept-encoding': 'br, gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(answer.body.toString('utf8'))).toBeTruthy();
  });
});

describe('caching', () => {
  it('keeps hashed assets a year, immutable, whichever encoding is sent', async () => {
    for (const acceptEncoding of ['br', 'gzip', 'identity']) {
      const answer = await get('/assets/app-AbC123de.js', { 'accept-encoding': acceptEncoding });
      expect(answer.headers['cache-control'], acceptEncoding).toBe(IMMUTABLE);
    }
  });

  it('has index.html revalidated every time, also as the answer to a page address', async () => {
    for (const path of ['/', '/index.html', '/portal/drafts/x', '/department']) {
      for (const acceptEncoding of ['br', 'identity']) {
        const answer = await get(path, { 'accept-encoding': acceptEncoding });
        expect(answer.headers['cache-control'], `${path} ${acceptEncoding}`).toBe('no-cache');
        expect(answer.headers.etag, path).toBeTruthy();
      }
    }
  });

  it('answers a revalidation of an unchanged file with 304, per encoding', async () => {
    for (const path of ['/assets/app-AbC123de.js', '/', '/portal/drafts/x']) {
      const first = await get(path, { 'accept-encoding': 'br' });
      const etag = first.headers.etag as string;
      const again = await get(path, { 'accept-encoding': 'br', 'if-none-match': etag });
      expect(again.status, path).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers['cache-control'], path).toBe(first.headers['cache-control']);
      // The brotli and the plain answers are different representations with different tags.
      const plain = await get(path, { 'accept-encoding': 'identity', 'if-none-match': etag });
      expect(plain.status, path).toBe(200);
      expect(plain.headers.etag).not.toBe(etag);
    }
  });

  it('answers a missing asset with a 404 that is not the page and is not kept', async () => {
    for (const path of ['/assets/app-Missing0.js', '/assets/index-Missing0.css', '/favicon.ico']) {
      const answer = await get(path, { 'accept-encoding': 'br, gzip', accept: '*/*' });
      expect(answer.status, path).toBe(404);
      expect(answer.headers['content-type'], path).toMatch(/^application\/json/);
      expect(answer.headers['cache-control'], path).toBe('no-store');
      expect(JSON.parse(answer.body.toString('utf8')).error.code).toBe('NOT_FOUND');
    }
  });

  it('keeps the security headers on static answers', async () => {
    for (const path of ['/assets/app-AbC123de.js', '/portal/drafts/x', '/robots.txt']) {
      const answer = await get(path, { 'accept-encoding': 'br' });
      expect(answer.headers['x-content-type-options'], path).toBe('nosniff');
      expect(answer.headers['content-security-policy'], path).toContain("default-src 'self'");
      expect(answer.headers['x-frame-options'], path).toBeTruthy();
    }
  });
});

describe('robots.txt', () => {
  it('is plain text that keeps crawlers out of personal and staff addresses', async () => {
    const answer = await get('/robots.txt', { 'accept-encoding': 'br, gzip' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('public, max-age=3600');
    const text = decodedBody(answer).toString('utf8');
    expect(decodedBody(answer).equals(ROBOTS)).toBe(true);
    for (const path of [
      '/api/',
      '/auth/',
      '/oidc/',
      '/portal',
      '/department',
      '/window',
      '/verify',
      '/staff',
    ])
      expect(text).toContain(`Disallow: ${path}\n`);
    expect(text).not.toMatch(/^Disallow: \/\s*$/m);
  });

  it('is answered before the web app has been built, while page addresses are not', async () => {
    const robots = await rawRequest(`${unbuiltBase}/robots.txt`);
    expect(robots.status).toBe(200);
    expect(robots.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(robots.body.equals(ROBOTS)).toBe(true);
    const page = await rawRequest(`${unbuiltBase}/portal`);
    expect(page.status).toBe(404);
    expect(page.headers['content-type']).toMatch(/^application\/json/);
  });
});
