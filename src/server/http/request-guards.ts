/**
 * Guards every request passes before its route: text the database could not store faithfully
 * (NUL characters, lone UTF-16 surrogates) and absurdly nested bodies are refused as a field error;
 * state-changing requests sent by a browser from another site are refused; form-encoded bodies are
 * taken only where the identity pages post forms; and answers of the API are never cached.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { problem } from '../../domain/field-problems.ts';
import { fieldLabel } from '../../domain/fields.ts';
import { AppError } from '../errors.ts';

/** A lone high surrogate (not followed by a low one) or a lone low surrogate (not preceded by a high one). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_DEPTH = 16;

export type UnsafeText = { path: string; reason: 'control' | 'depth' };

/** Whether a string can be stored and read back unchanged: no NUL, no lone surrogate. */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/** The first place in a parsed request part that holds text that cannot be stored, if any. */
export function findUnsafeText(value: unknown, path: string[] = [], depth = 0): UnsafeText | null {
  if (typeof value === 'string')
    return isStorableText(value) ? null : { path: path.join('.'), reason: 'control' };
  if (value === null || typeof value !== 'object') return null;
  if (depth >= MAX_DEPTH) return { path: path.join('.'), reason: 'depth' };
  for (const [key, inner] of Object.entries(value)) {
    const at = [...path, key];
    if (!isStorableText(key)) return { path: path.join('.'), reason: 'control' };
    const found = findUnsafeText(inner, at, depth + 1);
    if (found) return found;
  }
  return null;
}

function refuse(found: UnsafeText, part: string): AppError {
  // A key that is itself unreadable cannot be shown; name the part of the request instead.
  const field = (found.path && isStorableText(found.path) ? found.path : '') || part;
  const label = fieldLabel(field);
  return new AppError('VALIDATION_FAILED', {
    fieldErrors: [
      found.reason === 'depth'
        ? problem(field, `${label.zh}的层级太深`, `${label.en} is nested too deeply`)
        : problem(
            field,
            `${label.zh}含有无法识别的字符（如空字符或残缺的文字编码），请删除后重新输入`,
            `${label.en} contains characters that cannot be stored (such as NUL or a broken character); remove them and try again`,
          ),
    ],
  });
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const GUARDED_PATHS = /^\/(api|auth|oidc)(\/|$)/;

/**
 * The path a request is routed by: the pattern of the route it matched, else its decoded path.
 * The router decodes escapes, so `/%61pi/v1/auth/sign-out` reaches `/api/v1/auth/sign-out`; a
 * guard that read the raw URL would let that spelling through.
 */
export function routedPath(request: FastifyRequest): string {
  const route = request.routeOptions.url;
  if (route && !request.is404) return route;
  const path = request.url.split('?')[0] ?? '';
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Whether a request is for the API, the citizen sign-in routes or the identity service. */
export function isGuardedPath(request: FastifyRequest): boolean {
  return GUARDED_PATHS.test(routedPath(request));
}

/**
 * Whether a state-changing request comes from a page of another site. A browser says so in
 * Sec-Fetch-Site (sent to https and loopback addresses); otherwise the Origin header tells. A
 * same-origin form post may carry `Origin: null` (the pages send no referrer), so a null origin is
 * refused only on the JSON API, which the platform's own pages call with a real origin.
 */
export function isCrossSite(request: FastifyRequest, publicOrigin: string | null): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site === 'cross-site' || site === 'same-site';
  const origin = request.headers.origin;
  if (origin === undefined) return false; // not a browser's cross-origin request (curl, a system)
  if (origin === 'null') return routedPath(request).startsWith('/api/');
  const own = `${request.protocol}://${request.host}`;
  return origin !== own && origin !== publicOrigin;
}

export function registerRequestGuards(app: FastifyInstance, publicUrl: () => string): void {
  app.addHook('onRequest', async (request) => {
    if (!STATE_CHANGING.has(request.method) || !isGuardedPath(request)) return;
    let publicOrigin: string | null = null;
    try {
      publicOrigin = new URL(publicUrl()).origin;
    } catch {
      publicOrigin = null;
    }
    if (isCrossSite(request, publicOrigin)) throw new AppError('CROSS_SITE_REFUSED');
    // Forms are posted only to the identity pages; the API takes JSON (and uploads).
    const type = request.headers['content-type'] ?? '';
    if (routedPath(request).startsWith('/api/') && /^application\/x-www-form-urlencoded/i.test(type))
      throw new AppError('UNSUPPORTED_CONTENT_TYPE');
  });

  app.addHook('preValidation', async (request) => {
    for (const [part, value] of [
      ['params', request.params],
      ['query', request.query],
      ['body', request.body],
    ] as const) {
      const found = findUnsafeText(value);
      if (found) throw refuse(found, part);
    }
  });

  app.addHook('onSend', async (request, reply) => {
    // Answers of the API can carry personal data: no browser or proxy keeps them.
    if (isGuardedPath(request) && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store');
  });
}
