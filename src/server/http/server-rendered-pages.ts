/**
 * Pages the server draws while it runs (docs/ARCHITECTURE.md, "Prerendered family pages"): the public
 * guide, whose catalog changes over time, as a browser without a session or display choices sees
 * it. The build leaves a renderer for Node beside the web app (`dist/prerender/prerender.js`, from
 * src/web/prerender.tsx) and the document to draw into (`template.html`). For an address the
 * renderer says which API reads the page needs; the server makes them through its own routes
 * (`inject`: the same validation and answers a browser would get), draws the page with the answers
 * and sends it, complete, with no need of the app.
 *
 * - A page drawn is kept `freshForMs` (a minute) and then drawn again, so a catalog change shows
 *   within that time; requests for the same page meanwhile share one drawing. At most `maxPages`
 *   are kept, the oldest going first.
 * - Compressed once when drawn (brotli and gzip), sent as Accept-Encoding asks, with a weak ETag
 *   for `If-None-Match`, revalidated every time (`no-cache`), varying with the cookies.
 * - Anything that goes wrong (no renderer built, a read that is not 200, a drawing that fails) sends
 *   the app's page instead, as before there were drawn pages; a failure is logged, never shown.
 *
 * For a browser with a session (and no display choices) the renderer may also draw a page for the
 * person signed in: a draft's screen of certified values (docs/ARCHITECTURE.md, "Screens of the
 * form the server draws"). Its reads are made with the browser's own cookie, so each route's rules
 * (the draft is the owner's) apply as to the browser; it is drawn for each request and kept by
 * nobody (`private, no-store`). A screen the renderer declines, or any failure: the app's page.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { routedPath } from './request-guards.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

type Reads = { key: string; path: string }[];

/** What src/web/prerender.tsx exports for the server. */
interface Renderer {
  dataFor(address: string): Reads | null;
  renderDocument(template: string, location: string, data?: ReadonlyMap<string, unknown>): Promise<string>;
  signedInDataFor?(address: string): Reads | null;
  renderSignedInDocument?(
    template: string,
    location: string,
    data: ReadonlyMap<string, unknown>,
  ): Promise<string | null>;
}

interface Drawn {
  html: Buffer;
  br: Buffer;
  gzip: Buffer;
  etag: string;
  drawnAt: number;
}

export interface ServerRenderedPagesOptions {
  /** How long a drawn page is sent as it is before it is drawn again (ms). */
  freshForMs?: number;
  /** How many drawn pages are kept at most. */
  maxPages?: number;
  now?: () => number;
}

export interface ServerRenderedPages {
  /** Sends the drawn page for this request's address, if the server draws it; false otherwise. */
  send(request: FastifyRequest, reply: FastifyReply): Promise<boolean>;
  /**
   * Sends the page drawn for the person signed in at this address (a draft's first screen), if
   * the server draws it for them; false otherwise. Drawn for each request, never kept.
   */
  sendSignedIn(request: FastifyRequest, reply: FastifyReply): Promise<boolean>;
}

const encodings = new Negotiator({ supportedValues: ['br', 'gzip', 'identity'] });

function isRenderer(value: unknown): value is Renderer {
  const module = value as Partial<Renderer> | null;
  return typeof module?.dataFor === 'function' && typeof module.renderDocument === 'function';
}

export function serverRenderedPages(
  app: FastifyInstance,
  prerenderDir: string,
  options: ServerRenderedPagesOptions = {},
): ServerRenderedPages {
  const freshForMs = options.freshForMs ?? 60_000;
  const maxPages = options.maxPages ?? 500;
  const now = options.now ?? Date.now;
  const script = resolve(prerenderDir, 'prerender.js');
  const templateFile = resolve(prerenderDir, 'template.html');
  const built = existsSync(script) && existsSync(templateFile);

  // Loaded on the first page asked for, not at start: most instances and tests never draw one.
  let loading: Promise<{ renderer: Renderer; template: string } | null> | undefined;
  function load() {
    loading ??= (async () => {
      try {
        const module: unknown = await import(pathToFileURL(script).href);
        if (!isRenderer(module)) throw new Error(`${script} does not export dataFor and renderDocument`);
        return { renderer: module, template: readFileSync(templateFile, 'utf8') };
      } catch (error) {
        app.log.error(
          { err: error, file: script },
          'the page renderer cannot be loaded; the app draws every page',
        );
        return null;
      }
    })();
    return loading;
  }

  const drawn = new Map<string, Drawn>();
  const drawing = new Map<string, Promise<Drawn | null>>();

  async function draw(address: string, renderer: Renderer, template: string): Promise<Drawn | null> {
    const reads = renderer.dataFor(address);
    if (!reads) return null;
    // A county not served, a matter not offered, a database that is down: the app says what happened.
    const data = await read(reads, undefined);
    if (!data) return null;
    const html = Buffer.from(await renderer.renderDocument(template, address, data), 'utf8');
    const [br, gz] = await Promise.all([
      // Quality 6: within 2 % of 9's size on a guide page, in a tenth of the time (7 ms, not 97).
      brotli(html, { params: { [zlib.BROTLI_PARAM_QUALITY]: 6 } }),
      gzipAsync(html, { level: 9 }),
    ]);
    const etag = `W/"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;
    return { html, br, gzip: gz, etag, drawnAt: now() };
  }

  async function pageFor(address: string): Promise<Drawn | null> {
    const kept = drawn.get(address);
    if (kept && now() - kept.drawnAt < freshForMs) return kept;
    const pending = drawing.get(address);
    if (pending) return pending;
    const next = (async () => {
      const loaded = await load();
      if (!loaded) return null;
      try {
        return await draw(address, loaded.renderer, loaded.template);
      } catch (error) {
        app.log.error({ err: error, address }, 'a page could not be drawn; the app draws it');
        return null;
      }
    })();
    drawing.set(address, next);
    try {
      const page = await next;
      drawn.delete(address);
      if (page) {
        drawn.set(address, page);
        if (drawn.size > maxPages) drawn.delete(drawn.keys().next().value as string);
      }
      return page;
    } finally {
      drawing.delete(address);
    }
  }

  /** The reads, made through the server's own routes as this browser (its cookie only); null if one is not 200. */
  async function read(reads: Reads, cookie: string | undefined): Promise<Map<string, unknown> | null> {
    const answers = await Promise.all(
      reads.map((one) =>
        app.inject({
          method: 'GET',
          url: one.path,
          headers: { accept: 'application/json', ...(cookie ? { cookie } : {}) },
        }),
      ),
    );
    if (answers.some((answer) => answer.statusCode !== 200)) return null;
    return new Map(reads.map((one, i) => [one.key, answers[i]?.json() as unknown]));
  }

  async function drawSignedIn(request: FastifyRequest): Promise<Buffer | null> {
    const loaded = await load();
    const renderer = loaded?.renderer;
    if (!loaded || !renderer?.signedInDataFor || !renderer.renderSignedInDocument) return null;
    const reads = renderer.signedInDataFor(routedPath(request));
    if (!reads) return null;
    try {
      // The draft another person holds, a session that has ended: the app says what happened.
      const data = await read(reads, request.headers.cookie);
      if (!data) return null;
      const html = await renderer.renderSignedInDocument(loaded.template, request.url, data);
      return html === null ? null : Buffer.from(html, 'utf8');
    } catch (error) {
      app.log.error(
        { err: error, address: routedPath(request) },
        'a page could not be drawn; the app draws it',
      );
      return null;
    }
  }

  return {
    async sendSignedIn(request, reply) {
      if (!built || request.method !== 'GET') return false;
      const html = await drawSignedIn(request);
      if (!html) return false;
      // The family's own data: kept by nobody, compressed for this answer alone (a few ms).
      reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .header('vary', 'Accept-Encoding, Cookie');
      const encoding = encodings.negotiate(request.headers['accept-encoding'] ?? '');
      if (encoding === 'br') {
        reply.header('content-encoding', encoding);
        await reply.send(await brotli(html, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }));
      } else if (encoding === 'gzip') {
        reply.header('content-encoding', encoding);
        await reply.send(await gzipAsync(html, { level: 6 }));
      } else {
        await reply.send(html);
      }
      return true;
    },

    async send(request, reply) {
      if (!built || request.method !== 'GET') return false;
      const page = await pageFor(routedPath(request));
      if (!page) return false;
      reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header('vary', 'Accept-Encoding, Cookie')
        .header('etag', page.etag);
      if (request.headers['if-none-match'] === page.etag) {
        await reply.code(304).send();
        return true;
      }
      const encoding = encodings.negotiate(request.headers['accept-encoding'] ?? '');
      if (encoding === 'br' || encoding === 'gzip') {
        reply.header('content-encoding', encoding);
        await reply.send(encoding === 'br' ? page.br : page.gzip);
      } else {
        await reply.send(page.html);
      }
      return true;
    },
  };
}
