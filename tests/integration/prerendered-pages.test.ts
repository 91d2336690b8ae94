/**
 * Which page the server sends at an address the build prerendered (docs/ARCHITECTURE.md,
 * "Prerendered family pages"), on web roots of fixtures built here: the prerendered page to a
 * browser with neither a session cookie nor a language or large-text choice (`lb_prefs`),
 * index.html to everyone else and at every other address, both varying by cookie; a page the list
 * names but the build did not write, or a list that cannot be read, leaves the address to
 * index.html and the server running.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { decodedBody, rawRequest, varyTokens } from '../support/raw-http.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const INDEX = Buffer.from(
  '<!doctype html><html lang="zh-CN"><head><title>联办</title></head><body><div id="root"></div></body></html>\n',
);
const HOME = Buffer.from(
  `<!doctype html><html lang="zh-CN"><head><title>联办</title></head><body><div id="root" data-prerendered="zh"><h1>${'个人身后“一件事”联办'.repeat(60)}</h1></div></body></html>\n`,
);

let app: TestApp;
const servers: FastifyInstance[] = [];
const roots: string[] = [];

function writeWithSiblings(path: string, content: Buffer): void {
  writeFileSync(path, content);
  writeFileSync(`${path}.br`, brotliCompressSync(content));
  writeFileSync(`${path}.gz`, gzipSync(content));
}

/** A web root with index.html and, if given, prerendered/pages.json and the pages named. */
async function serve(pagesJson: string | undefined, pages: Record<string, Buffer>): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'lianban-prerendered-'));
  roots.push(root);
  writeWithSiblings(join(root, 'index.html'), INDEX);
  mkdirSync(join(root, 'prerendered'));
  if (pagesJson !== undefined) writeFileSync(join(root, 'prerendered/pages.json'), pagesJson);
  for (const [file, content] of Object.entries(pages))
    writeWithSiblings(join(root, 'prerendered', file), content);
  const web = await buildApp(app.services.context, { webRoot: root, logger: false });
  servers.push(web);
  await web.listen({ port: 0, host: '127.0.0.1' });
  const address = web.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return `http://127.0.0.1:${address.port}`;
}

let base: string;

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
  base = await serve(JSON.stringify({ '/': 'prerendered/home.html', '/portal': 'prerendered/portal.html' }), {
    'home.html': HOME,
  });
});

afterAll(async () => {
  for (const server of servers) await server.close();
  await app?.stop();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

async function page(url: string, cookie?: string) {
  const answer = await rawRequest(url, {
    headers: { 'accept-encoding': 'br, gzip', ...(cookie ? { cookie } : {}) },
  });
  expect(answer.status, url).toBe(200);
  expect(answer.headers['content-type'], url).toBe('text/html; charset=utf-8');
  expect(answer.headers['cache-control'], url).toBe('no-cache');
  expect(varyTokens(answer), url).toEqual(expect.arrayContaining(['cookie', 'accept-encoding']));
  return { encoding: answer.headers['content-encoding'], body: decodedBody(answer) };
}

describe('the page sent at a prerendered address', () => {
  it('is the prerendered page, compressed, for a browser with no session and no choice', async () => {
    const home = await page(`${base}/`);
    expect(home.encoding).toBe('br');
    expect(home.body.equals(HOME)).toBe(true);
    // Other cookies (a consent banner's, say) change nothing.
    expect((await page(`${base}/`, 'theme=dark')).body.equals(HOME)).toBe(true);
    // So is a query string.
    expect((await page(`${base}/?from=sms`)).body.equals(HOME)).toBe(true);
  });

  it('is index.html for a browser with a session or with a language or large-text choice', async () => {
    for (const cookie of ['lb_session=anything', 'lb_prefs=en', 'lb_prefs=large', 'lb_prefs=en.large']) {
      expect((await page(`${base}/`, cookie)).body.equals(INDEX), cookie).toBe(true);
    }
  });

  it('is index.html at every address the build did not prerender', async () => {
    for (const path of ['/portal/drafts/x', '/guide', '/department']) {
      expect((await page(base + path)).body.equals(INDEX), path).toBe(true);
    }
  });

  it('is index.html where the list names a page the build did not write', async () => {
    expect((await page(`${base}/portal`)).body.equals(INDEX)).toBe(true);
  });

  it('is index.html everywhere, with the server running, when the list cannot be read', async () => {
    for (const broken of ['{not json', JSON.stringify({ '/': '../../etc/passwd' }), JSON.stringify(['/'])]) {
      const other = await serve(broken, { 'home.html': HOME });
      expect((await page(`${other}/`)).body.equals(INDEX), broken).toBe(true);
    }
  });
});
