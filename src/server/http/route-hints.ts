/**
 * Hints in the page sent at an address of a family page (docs/ARCHITECTURE.md, "Hints for a family
 * page"). At /portal/drafts/<id> a browser gets index.html and learns only once the app's scripts
 * have run that it needs the form's code, then who is signed in, then the draft: three round trips
 * one after the other before a phone shows the form. The build lists such pages with the chunks
 * each needs beyond what index.html names and the API reads it makes as it opens
 * (`dist/prerender/route-hints.json`, from src/web/route-hints.ts); at such an address the server
 * sends index.html with, before `</head>`,
 *
 * - `<link rel="modulepreload">` for each of those chunks, and
 * - to a browser with a session cookie, `<link rel="preload" as="fetch">` for each read: a browser
 *   without one would only be refused, and the page does not make those reads for it.
 *
 * The browser then asks for all of it while the app's scripts arrive, and the app's own requests
 * are answered from what it fetched. Every parameter of the address must be what the list says
 * (the draft's id a UUID), else the page goes without hints; every value put into the page is
 * escaped for an HTML attribute.
 *
 * index.html and the list are read once, at start. A list that is missing or cannot be read, or
 * that names a chunk the web root lacks (a build other than this one), is logged once and every
 * page is sent as before. The answer is made for this request (its address and cookie): kept by
 * the browser only (`private, no-cache`, with its ETag), varying with the cookies, and sent as it
 * is, a couple of kilobytes not worth compressing on each request.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SESSION_COOKIE } from '../identity/sessions.ts';
import { escapeHtml } from './escape-html.ts';
import { routedPath } from './request-guards.ts';

const ROUTE_HINTS_FILE = 'route-hints.json';

/** What a route's parameter may be declared as, and the check of each kind. */
const ParamKind = z.enum(['uuid']);
const PARAM_CHECKS: Record<z.infer<typeof ParamKind>, z.ZodType<string>> = { uuid: z.uuid() };

const Name = z.string().regex(/^[A-Za-z]\w*$/);
/** `/portal/drafts/:id`: fixed segments and `:name` parameters. */
const Route = z.string().regex(/^(?:\/(?:[a-z0-9-]+|:[A-Za-z]\w*))+$/);
/** `/assets/<chunk>.js`, as the build names a chunk. */
const Module = z.string().regex(/^\/assets\/(?!\.)[^/\\?#]+\.js$/);
/** `/api/v1/drafts/{id}`: an API address, with `{name}` parameters. */
const Read = z.string().regex(/^\/api(?:\/(?:[A-Za-z0-9_.-]+|\{[A-Za-z]\w*\}))+$/);

const Hint = z
  .object({
    route: Route,
    params: z.record(Name, ParamKind),
    modules: z.array(Module),
    reads: z.array(Read),
  })
  .refine(
    (hint) =>
      [...hint.route.matchAll(/:(\w+)/g), ...hint.reads.flatMap((read) => [...read.matchAll(/\{(\w+)\}/g)])]
        .map((found) => found[1] as string)
        .every((name) => Object.hasOwn(hint.params, name)),
    { message: 'a parameter of the route or of a read is not declared' },
  );
const HintsFile = z.array(Hint);
type Hint = z.infer<typeof Hint>;

export interface RouteHints {
  /** Sends index.html with the hints for this request's address, if it has any; false otherwise. */
  send(request: FastifyRequest, reply: FastifyReply): Promise<boolean>;
}

/** No page hinted: every page address gets index.html as it is. */
export const NO_ROUTE_HINTS: RouteHints = { send: async () => false };

/** The route's parameters in `path`, if the path is the route's and each parameter is as declared. */
function matchRoute(hint: Hint, path: string): Map<string, string> | null {
  const expected = hint.route.split('/');
  const actual = path.split('/');
  if (actual.length !== expected.length) return null;
  const params = new Map<string, string>();
  for (const [i, segment] of expected.entries()) {
    const value = actual[i] as string;
    if (!segment.startsWith(':')) {
      if (value !== segment) return null;
      continue;
    }
    const name = segment.slice(1);
    const kind = hint.params[name];
    if (!kind || !PARAM_CHECKS[kind].safeParse(value).success) return null;
    params.set(name, value);
  }
  return params;
}

/** A read's address with the route's parameters in it, encoded as the app's API client does. */
function fillRead(read: string, params: Map<string, string>): string {
  return read.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params.get(name) ?? ''));
}

/** The tags for one page: the reads only for a browser with a session, which the page makes them for. */
function hintTags(hint: Hint, params: Map<string, string>, signedIn: boolean): string[] {
  const reads = signedIn
    ? hint.reads.map(
        (read) => `<link rel="preload" as="fetch" crossorigin href="${escapeHtml(fillRead(read, params))}">`,
      )
    : [];
  const modules = hint.modules.map(
    (href) => `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}">`,
  );
  // The reads first: they wait on the server, the chunks only on the network.
  return [...reads, ...modules];
}

/** index.html with the hints for the request's address before `</head>`, if it has any. */
function hintedPage(
  hints: Hint[],
  head: { start: string; end: string },
  request: FastifyRequest,
): Buffer | null {
  const path = routedPath(request);
  for (const hint of hints) {
    const params = matchRoute(hint, path);
    if (!params) continue;
    const tags = hintTags(hint, params, Boolean(request.cookies[SESSION_COOKIE]));
    return Buffer.from(`${head.start}${tags.map((tag) => `  ${tag}\n  `).join('')}${head.end}`, 'utf8');
  }
  return null;
}

/** The list of hinted pages, or null (logged) when it cannot be used with this web root. */
function readHints(app: FastifyInstance, file: string, webRoot: string): Hint[] | null {
  let hints: Hint[];
  try {
    hints = HintsFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    app.log.error({ err: error, file }, 'the route hints cannot be read; pages are sent without them');
    return null;
  }
  const missing = hints
    .flatMap((hint) => hint.modules)
    .filter((href) => !existsSync(resolve(webRoot, `.${href}`)));
  if (missing.length > 0) {
    app.log.error(
      { file, missing },
      'the route hints name chunks this web root does not have; pages are sent without them',
    );
    return null;
  }
  return hints;
}

/**
 * The hinted pages of the web app built into `webRoot`, from the list the build left in
 * `serverDir` beside it.
 */
export function routeHints(app: FastifyInstance, webRoot: string, serverDir: string): RouteHints {
  const file = resolve(serverDir, ROUTE_HINTS_FILE);
  if (!existsSync(file)) {
    app.log.error({ file }, 'the build left no route hints; pages are sent without them');
    return NO_ROUTE_HINTS;
  }
  const hints = readHints(app, file, webRoot);
  if (!hints) return NO_ROUTE_HINTS;
  const index = readFileSync(resolve(webRoot, 'index.html'), 'utf8');
  const headEnd = index.indexOf('</head>');
  if (headEnd < 0) {
    app.log.error('index.html has no </head>; pages are sent without route hints');
    return NO_ROUTE_HINTS;
  }
  const head = { start: index.slice(0, headEnd), end: index.slice(headEnd) };

  return {
    async send(request, reply) {
      const html = hintedPage(hints, head, request);
      if (!html) return false;
      const etag = `W/"${createHash('sha256').update(html).digest('base64url').slice(0, 27)}"`;
      reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'private, no-cache')
        .header('vary', 'Cookie, Accept-Encoding')
        .header('etag', etag);
      if (request.headers['if-none-match'] === etag) {
        await reply.code(304).send();
        return true;
      }
      await reply.send(html);
      return true;
    },
  };
}
