/**
 * Pages the server draws while it runs (docs/ARCHITECTURE.md, "Prerendered family pages"), with a
 * renderer written here in place of the build's (dist/prerender/prerender.js): the page's data is
 * read from the server's own API, the page is drawn once and kept, sent compressed as asked, with
 * an ETag; a browser with a session or a display choice, an address the API refuses, a renderer
 * that fails or is missing: each gets index.html, and the server keeps running.
 *
 * A page drawn for the person signed in (a draft's screen of certified values) is read with their
 * own session, drawn for each request and kept by nobody; anyone else's session, none, a display
 * choice, a screen the renderer leaves to the app: index.html.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { decodedBody, rawRequest, varyTokens } from '../support/raw-http.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { DEFAULT_ANSWERS, newDeceasedIdNumber } from '../support/workflow.ts';

const INDEX = Buffer.from(
  '<!doctype html><html lang="zh-CN"><head><title>联办</title></head><body><div id="root"></div></body></html>\n',
);
const TEMPLATE =
  '<!doctype html><html lang="zh-CN"><head><title>联办</title><!--lianban:styles--></head>' +
  '<body><div id="root" data-prerendered="zh"><!--lianban:body--></div></body></html>\n';

/**
 * Draws /guide and /guide/<county> from GET /api/v1/guide, numbering its drawings; /broken has no
 * reads and fails to draw. For the person signed in, draws /portal/drafts/<id> from GET /me and the
 * draft, numbering those drawings too, except at ?step=later, which it leaves to the app.
 */
const RENDERER = `
let drawings = 0;
let personal = 0;
export function signedInDataFor(address) {
  const draft = /^\\/portal\\/drafts\\/([0-9a-f-]{36})$/.exec(address);
  if (!draft) return null;
  return [{ key: 'me', path: '/api/v1/me' }, { key: 'draft', path: '/api/v1/drafts/' + draft[1] }];
}
export async function renderSignedInDocument(template, location, data) {
  if (location.endsWith('?step=later')) return null;
  personal += 1;
  return template
    .replace('<!--lianban:styles-->', () => '')
    .replace('<!--lianban:body-->', () => '<h1>' + data.get('me').name + '</h1><p>' + data.get('draft').id + ' drawing ' + personal + '</p>');
}
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

describe('a page the server draws for the person signed in', () => {
  let cookie = '';
  let draftId = '';

  beforeAll(async () => {
    cookie = await app.citizenCookie(0);
    const started = await app.api('/api/v1/drafts', {
      cookie,
      body: { regionCode: '530102', answers: DEFAULT_ANSWERS, deceasedIdNumber: newDeceasedIdNumber() },
    });
    expect(started.status).toBe(201);
    draftId = (started.body as { id: string }).id;
  });

  async function drawnFor(headers: Record<string, string>, address = `/portal/drafts/${draftId}`) {
    return rawRequest(`${base}${address}`, { headers: { 'accept-encoding': 'br, gzip', ...headers } });
  }

  it('is drawn with their own reads, for each request, kept by nobody, and compressed as asked', async () => {
    const me = (await app.api('/api/v1/me', { cookie })).body as { name: string };
    const first = await drawnFor({ cookie });
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(first.headers['cache-control']).toBe('private, no-store');
    expect(first.headers.etag).toBeUndefined();
    expect(varyTokens(first)).toEqual(expect.arrayContaining(['cookie', 'accept-encoding']));
    expect(first.headers['content-encoding']).toBe('br');
    const html = decodedBody(first).toString('utf8');
    expect(html).toContain(`<h1>${me.name}</h1><p>${draftId} drawing `);

    const gzip = await drawnFor(
      { cookie, 'accept-encoding': 'gzip' },
      `/portal/drafts/${draftId}?step=deceased`,
    );
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await drawnFor({ cookie, 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    const drawings = [html, decodedBody(gzip).toString('utf8'), plain.body.toString('utf8')].map((page) =>
      Number(/drawing (\d+)/.exec(page)?.[1]),
    );
    expect(drawings[1]).toBe((drawings[0] as number) + 1);
    expect(drawings[2]).toBe((drawings[0] as number) + 2);
  });

  it('is index.html for another person’s session, none, an ended one, a display choice, and a screen left to the app', async () => {
    const index = INDEX.toString('utf8');
    const other = await app.citizenCookie(1);
    const browsers: Record<string, string>[] = [
      { cookie: other },
      {},
      { cookie: 'lb_session=ended' },
      { cookie: `${cookie}; lb_prefs=large` },
    ];
    for (const headers of browsers) {
      const answer = await drawnFor(headers);
      expect(answer.status, JSON.stringify(headers)).toBe(200);
      expect(decodedBody(answer).toString('utf8'), JSON.stringify(headers)).toBe(index);
    }
    const later = await drawnFor({ cookie }, `/portal/drafts/${draftId}?step=later`);
    expect(decodedBody(later).toString('utf8')).toBe(index);
    const head = await rawRequest(`${base}/portal/drafts/${draftId}`, {
      method: 'HEAD',
      headers: { cookie },
    });
    expect(head.status).toBe(200);
    expect(head.headers['cache-control']).not.toBe('private, no-store');
  });
});
