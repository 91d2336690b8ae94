/**
 * Delivery of the built web app (dist/web) and of the files Vite copies from public/.
 *
 * - Compression: the build writes a `.br` and a `.gz` next to every compressible file; the answer
 *   is the one the browser's Accept-Encoding prefers (brotli when br and gzip weigh the same, a
 *   `q=0` refuses one), else the file itself, always with `Vary: Accept-Encoding`. Nothing is
 *   compressed while answering, so the API's JSON costs no CPU for it.
 * - Caching: a hashed file under /assets/ never changes (a new build gives it a new name), so it is
 *   kept a year, immutable; index.html names the current ones and is revalidated every time
 *   (`no-cache`, with its ETag); other files, such as robots.txt, are kept an hour.
 * - Page addresses the server does not route (/portal/drafts/<id>, /guide/<region>) get index.html
 *   and the web app's router takes over; an address that names a file (anything under /assets/,
 *   `*.js`, `*.css`, `*.txt`…) that is not there is a 404, never the page: a tab left open across a
 *   deploy must see its old script fail, not parse HTML as JavaScript.
 * - public/ is the one source of robots.txt: the build copies it into dist/web, and until the app is
 *   built the server answers from public/ itself.
 * - Prerendered pages (docs/ARCHITECTURE.md, "Prerendered family pages"): the build renders the front
 *   door and the portal as a browser without a session sees them, in Chinese at the usual size, and
 *   lists them in prerendered/pages.json. Such a browser (no session cookie, no `lb_prefs` cookie
 *   from the web app's language or large-text switch) gets that page, already drawn; every other
 *   browser gets index.html. Either answer varies with the cookies. The public guide is drawn for
 *   such a browser while the server runs, with the catalog of the moment (server-rendered-pages.ts);
 *   so is a draft's first screen of certified values for a browser with a session and no display
 *   choices, with that person's draft, for that answer alone.
 * - Hinted pages (docs/ARCHITECTURE.md, "Hints for a family page"): where index.html answers the
 *   address of a page the build lists in prerender/route-hints.json (the draft form), it is sent
 *   naming that page's chunks and, to a browser with a session, its first reads, for the browser to
 *   fetch while the app's scripts load (route-hints.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SESSION_COOKIE } from '../identity/sessions.ts';
import { sendError } from './errors.ts';
import { routedPath } from './request-guards.ts';
import { NO_ROUTE_HINTS, routeHints } from './route-hints.ts';
import { serverRenderedPages } from './server-rendered-pages.ts';

/** The repository's public/ folder, copied as it is into the build's root. */
const PUBLIC_DIR = resolve(import.meta.dirname, '../../../public');

const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
const CACHE_REVALIDATE = 'no-cache';
const CACHE_SHORT = 'public, max-age=3600';

/** Vite's output name for a bundled file: `<name>-<8-character content hash>.<ext>`. */
const HASHED_NAME = /-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;
const PRECOMPRESSED = /\.(?:br|gz)$/;
/** Addresses that name a file rather than a page of the web app. */
const FILE_ADDRESS =
  /^\/assets\/|\.(?:m?js|css|map|json|txt|xml|html?|ico|png|jpe?g|gif|svg|webp|avif|woff2?|ttf|otf|webmanifest|wasm|br|gz)$/i;
/**
 * Paths the server answers itself: a notice's check (/verify/<token>) is one of them, while an
 * e-certificate's check (/verify/death/<token>) is a page of the web app.
 */
const SERVER_PATH = /^\/(?:api|auth|oidc)\/|^\/verify\/(?!death\/)/;

/** How long browsers and proxies may keep a file, from where it lies in the web root. */
function cachePolicy(webRoot: string, filePath: string): string {
  const file = filePath.replace(PRECOMPRESSED, '');
  if (/\.html?$/i.test(file)) return CACHE_REVALIDATE;
  const inRoot = relative(webRoot, file);
  const underAssets = inRoot.startsWith(`assets${sep}`);
  return underAssets && HASHED_NAME.test(basename(file)) ? CACHE_IMMUTABLE : CACHE_SHORT;
}

/** Set by the web app (app-state.tsx) when its language or large-text choice is not the default. */
const PREFS_COOKIE = 'lb_prefs';
const PRERENDERED_MANIFEST = 'prerendered/pages.json';
/** Page address → file under the web root, as the build wrote it. */
const Manifest = z.record(z.string().startsWith('/'), z.string().regex(/^prerendered\/[a-z-]+\.html$/));

/**
 * The prerendered pages the build listed and wrote. A list that cannot be read leaves every page
 * to the app (index.html), with an error in the log: the pages still work, only slower to show.
 */
function readPrerendered(app: FastifyInstance, webRoot: string): Map<string, string> {
  const file = resolve(webRoot, PRERENDERED_MANIFEST);
  if (!existsSync(file)) return new Map();
  let pages: Record<string, string>;
  try {
    pages = Manifest.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    app.log.error(
      { err: error, file },
      'the list of prerendered pages cannot be read; the app draws every page',
    );
    return new Map();
  }
  return new Map(Object.entries(pages).filter(([, page]) => existsSync(resolve(webRoot, page))));
}

/** A browser the prerendered and server-drawn pages are for: no session, no display choices. */
function plainBrowser(request: FastifyRequest): boolean {
  const cookies = request.cookies;
  return !cookies[SESSION_COOKIE] && !cookies[PREFS_COOKIE];
}

/** A browser with a session and no display choices: a draft's first screen may be drawn for it. */
function signedInPlainBrowser(request: FastifyRequest): boolean {
  const cookies = request.cookies;
  return Boolean(cookies[SESSION_COOKIE]) && !cookies[PREFS_COOKIE];
}

/** The file that answers a page address: its prerendered page when this browser can use it. */
function pageFile(request: FastifyRequest, prerendered: Map<string, string>): string {
  const page = prerendered.get(routedPath(request));
  return page && plainBrowser(request) ? page : 'index.html';
}

function wantsPage(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = routedPath(request);
  return !SERVER_PATH.test(path) && !FILE_ADDRESS.test(path);
}

/**
 * Serves the web app built into `webRoot` (when it has been built) and public/'s files, and
 * answers everything no route took: index.html for a page, the coded 404 otherwise.
 */
export async function registerStaticFiles(app: FastifyInstance, webRoot: string): Promise<void> {
  const webBuilt = existsSync(resolve(webRoot, 'index.html'));
  const prerendered = webBuilt ? readPrerendered(app, webRoot) : new Map<string, string>();
  // The build's renderer for Node and its route hints sit beside the web app (vite.config.ts).
  const serverDir = resolve(webRoot, '../prerender');
  const drawn = serverRenderedPages(app, serverDir);
  const hinted = webBuilt ? routeHints(app, webRoot, serverDir) : NO_ROUTE_HINTS;
  // The build's copy of a public/ file comes first; public/ itself answers only what is not built.
  const roots = [...(webBuilt ? [webRoot] : []), ...(existsSync(PUBLIC_DIR) ? [PUBLIC_DIR] : [])];
  if (roots.length > 0) {
    await app.register(fastifyStatic, {
      root: roots,
      prefix: '/',
      // The front door is a page like any other (see pageFile), not the folder's index file.
      index: false,
      // One route per file found at start; the compressed siblings are not addresses of their own.
      wildcard: false,
      globIgnore: ['**/*.br', '**/*.gz'],
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply: FastifyReply, path: string) => {
        reply.header('cache-control', cachePolicy(webRoot, path));
      },
    });
  }

  app.setNotFoundHandler(async (request, reply) => {
    if (webBuilt && wantsPage(request)) {
      // A page the build drew is sent as it is; only the others are asked of the server's renderer,
      // which is loaded on the first page it draws.
      const drawnAtBuild = prerendered.has(routedPath(request));
      if (plainBrowser(request) && !drawnAtBuild && (await drawn.send(request, reply))) return reply;
      if (signedInPlainBrowser(request) && (await drawn.sendSignedIn(request, reply))) return reply;
      const file = pageFile(request, prerendered);
      if (file === 'index.html' && (await hinted.send(request, reply))) return reply;
      reply.header('vary', 'Cookie');
      return reply.sendFile(file, webRoot);
    }
    // Nothing here is worth keeping: a file missing on this instance may exist on the next deploy.
    reply.header('cache-control', 'no-store');
    return sendError(request, reply, Object.assign(new Error('not found'), { statusCode: 404 }));
  });
}
