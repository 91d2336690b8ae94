/**
 * The real build as a phone receives it, without a browser: every script and stylesheet index.html
 * loads has brotli and gzip files beside it in dist/web (but those too small to gain from it) and
 * comes back brotli-compressed and cached for a year; index.html is revalidated every time;
 * robots.txt is the one in public/.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodedBody, rawRequest, varyTokens } from '../tests/support/raw-http.ts';
import { startTestApp, type TestApp } from '../tests/support/test-app.ts';
import { ensureWebBuild } from './support/web-build.ts';

const WEB = resolve('dist/web');
/** The build compresses files from this size on (vite.config.ts); a smaller one fits a packet as it is. */
const COMPRESSED_FROM = 1024;
const IMMUTABLE = 'public, max-age=31536000, immutable';

const sizeOf = (path: string) => statSync(resolve(WEB, `.${path}`)).size;

let app: TestApp;
let loaded: string[] = [];

beforeAll(async () => {
  await ensureWebBuild();
  app = await startTestApp();
  const index = readFileSync(resolve(WEB, 'index.html'), 'utf8');
  loaded = [...index.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
    (match) => match[1] as string,
  );
});

afterAll(async () => {
  await app?.stop();
});

describe('static delivery of the built web app', () => {
  it('index.html loads at least one script and one stylesheet from /assets/', () => {
    expect(loaded.some((path) => path.endsWith('.js'))).toBe(true);
    expect(loaded.some((path) => path.endsWith('.css'))).toBe(true);
  });

  it('has brotli and gzip files beside every script and stylesheet index.html loads', () => {
    const worthIt = loaded.filter((path) => sizeOf(path) >= COMPRESSED_FROM);
    expect(worthIt.length).toBeGreaterThan(0);
    for (const path of worthIt) {
      const file = resolve(WEB, `.${path}`);
      expect(existsSync(`${file}.br`), `${path}.br`).toBe(true);
      expect(existsSync(`${file}.gz`), `${path}.gz`).toBe(true);
    }
  });

  it('sends each of them brotli-compressed, cached for a year, decoding to the built file', async () => {
    for (const path of loaded) {
      const original = readFileSync(resolve(WEB, `.${path}`));
      const answer = await rawRequest(app.url + path, { headers: { 'accept-encoding': 'br' } });
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-encoding'], path).toBe(
        original.length >= COMPRESSED_FROM ? 'br' : undefined,
      );
      expect(answer.headers['cache-control'], path).toBe(IMMUTABLE);
      expect(varyTokens(answer), path).toContain('accept-encoding');
      expect(answer.headers['content-type'], path).toMatch(
        path.endsWith('.css') ? /^text\/css/ : /^(text|application)\/javascript/,
      );
      if (original.length >= COMPRESSED_FROM) expect(answer.body.length, path).toBeLessThan(original.length);
      expect(decodedBody(answer).equals(original), path).toBe(true);
    }
  });

  it('sends the largest script a phone loads first at a fraction of its size', async () => {
    const scripts = loaded.filter((path) => path.endsWith('.js'));
    const largest = scripts.reduce((a, b) => (sizeOf(a) >= sizeOf(b) ? a : b));
    const size = sizeOf(largest);
    const answer = await rawRequest(app.url + largest, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(answer.headers['content-encoding']).toBe('br');
    // Minified JavaScript compresses to well under a half with brotli.
    expect(answer.body.length).toBeLessThan(size / 2);
  });

  // The front door, the portal and the guide are drawn beforehand for a browser without a session,
  // which prerendered-pages.test.ts covers; with a session they are index.html too.
  it('has index.html revalidated every time, at the pages the app draws itself', async () => {
    for (const [path, cookie] of [
      ['/portal/guide-me', undefined],
      ['/guide', 'lb_session=anything'],
      ['/portal/drafts/x', undefined],
      ['/', 'lb_session=anything'],
    ] as const) {
      const answer = await rawRequest(app.url + path, {
        headers: { 'accept-encoding': 'br, gzip', ...(cookie ? { cookie } : {}) },
      });
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-type'], path).toBe('text/html; charset=utf-8');
      expect(answer.headers['cache-control'], path).toBe('no-cache');
      expect(varyTokens(answer), path).toContain('accept-encoding');
      expect(decodedBody(answer).equals(readFileSync(resolve(WEB, 'index.html'))), path).toBe(true);
    }
  });

  it('answers robots.txt with the one in public/', async () => {
    const answer = await rawRequest(`${app.url}/robots.txt`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(decodedBody(answer).equals(readFileSync(resolve('public/robots.txt')))).toBe(true);
  });
});
