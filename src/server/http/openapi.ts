/**
 * The OpenAPI description (`GET /openapi.json`) as something department systems and other teams
 * generate clients from. The routes' zod schemas stay the one source: a body registered with
 * `.meta({ id })` becomes `#/components/schemas/<id>`. This file adds what zod cannot say and
 * Fastify must not act on: security, uploads (read by the handler with request.file(), never
 * validated by Fastify), file downloads, redirects, response headers, and one `Error` schema for
 * every refusal, with the statuses every route can answer anyway.
 */
import { STATUS_CODES } from 'node:http';
import type { SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ERROR_CATALOG, type ErrorCode } from '../errors.ts';
import { SESSION_COOKIE } from '../identity/sessions.ts';
import { ACCEPTED_TYPES } from '../materials/inspect-upload.ts';

/** The security scheme of the session cookie every signed-in route reads. */
export const SESSION_SCHEME = 'sessionCookie';

/** A signed-in route: the session cookie is required. */
export const SIGNED_IN = [{ [SESSION_SCHEME]: [] }] as const;
/** A public route: no session is read. */
export const PUBLIC = [] as const;
/** Answers anyone, and more (or differently) with a session. */
export const SESSION_OPTIONAL = [{}, { [SESSION_SCHEME]: [] }] as const;

/** The groups of operations, in the order a reader meets them. */
export const API_TAGS = [
  {
    name: 'identity',
    description: 'Who is signed in; staff sign-in, citizen sign-in (OpenID Connect), sign-out',
  },
  {
    name: 'catalog',
    description: 'The published catalog: matters, the service guide, the questionnaire, the bundle',
  },
  { name: 'calendar', description: 'The working-day calendar and due dates' },
  { name: 'reference', description: 'Regions and matters for forms' },
  { name: 'applications', description: 'Drafts: the one door for applications, online or at the window' },
  {
    name: 'cases',
    description: "The family's cases: tracking, corrections, answers, delivery, ratings, notices",
  },
  { name: 'messages', description: 'In-app messages (and, on development installs, the SMS sink)' },
  {
    name: 'window',
    description: 'The comprehensive window (综合窗口): accept, reject, correct, hand over, deliver',
  },
  { name: 'department', description: "A department's sub-cases: claim, complete, refuse, return, transfer" },
  { name: 'supervision', description: 'Time limits and follow-ups of poor ratings (监管)' },
  {
    name: 'death-registry',
    description:
      'The death registry: issuers’ certificates and records, e-certificate checks, deaths at home, conflicts, proactive offers',
  },
  { name: 'admin', description: 'Catalog versions: export, compare, check, publish' },
  { name: 'operations', description: 'Health of the instance' },
];

/** The media types of an uploaded material (and so of the files read back). */
export const MATERIAL_MEDIA_TYPES = ACCEPTED_TYPES;

export const RESPONSE_HEADERS = {
  Location: { type: 'string', description: 'Where the browser goes next' },
  'Set-Cookie': {
    type: 'string',
    description: `The session cookie \`${SESSION_COOKIE}\` (HttpOnly, SameSite=Lax, Path=/; Secure on https), set on sign-in and cleared on sign-out`,
  },
  'Content-Disposition': {
    type: 'string',
    description:
      "inline (to show) or attachment (to save), with the file name where there is one; a name beyond ASCII also as `filename*=UTF-8''…` (RFC 8187)",
  },
} as const;
export type ResponseHeaderName = keyof typeof RESPONSE_HEADERS;

declare module 'fastify' {
  interface FastifySchema {
    /** Documentation only (Fastify ignores it): the headers a response sets, by status. */
    responseHeaders?: Readonly<Partial<Record<number, readonly ResponseHeaderName[]>>>;
    /** Documentation only: what a status means for this route, where its body's schema does not say. */
    responseDescriptions?: Readonly<Partial<Record<number, string>>>;
  }
}

const SUCCESS_WORDS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'Done; no content',
  302: 'A redirect',
};

/** Each error status, what it means here; the codes that carry it come from ERROR_CATALOG. */
const ERROR_WORDS: Record<number, string> = {
  400: 'The request is malformed or a field is wrong (VALIDATION_FAILED names each field in `fields`)',
  401: 'Not signed in, or the session ended',
  403: 'Not allowed: the role or scope does not cover this, or the request came from another site',
  404: 'Not found, or not visible to the caller',
  409: 'Conflicts with the current state or version; read it again',
  410: 'Gone',
  413: 'The request is too large',
  415: 'The content type is not accepted',
  422: 'Understood, but the rules refuse it',
  423: 'Locked',
  429: 'Too many requests; try again after `Retry-After` seconds',
  500: 'Something went wrong on the server; nothing submitted was lost',
  503: 'Temporarily unavailable',
};

export function errorDescription(status: number): string {
  const codes = (Object.keys(ERROR_CATALOG) as ErrorCode[]).filter((c) => ERROR_CATALOG[c].status === status);
  const words = ERROR_WORDS[status] ?? STATUS_CODES[status] ?? 'Refused';
  return codes.length > 0
    ? `${words}. Codes with this status: ${codes.map((c) => `\`${c}\``).join(', ')}`
    : words;
}

const ERROR_REF = '#/components/schemas/Error';
const BINARY = { type: 'string', format: 'binary' } as const;
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Which statuses a route can answer whatever its handler does, from what the route is. */
function generalErrorStatuses(input: {
  method: readonly string[];
  signedIn: boolean;
  hasPathParams: boolean;
  rateLimited: boolean;
}): number[] {
  const statuses = [400, 500];
  if (input.signedIn) statuses.push(401, 403);
  if (input.hasPathParams) statuses.push(404);
  if (input.method.some((m) => STATE_CHANGING.has(m))) {
    // Request guards refuse a state-changing request from another site (403) and any body that is
    // neither JSON nor an upload (415); the body limit gives 413.
    statuses.push(403, 413, 415);
  }
  if (input.rateLimited) statuses.push(429);
  return [...new Set(statuses)].sort((a, b) => a - b);
}

const zodRouteTransform = createJsonSchemaTransform({ skipList: [] });

/** Per route: zod to JSON Schema, then what Fastify does not validate but a client must know. */
export const documentRoute: SwaggerTransform = (input) => {
  const transformed = zodRouteTransform(input);
  const original = input.schema;
  if (!original || transformed.schema.hide) return transformed;
  const {
    responseHeaders = {},
    responseDescriptions = {},
    consumes,
    produces,
    ...schema
  } = transformed.schema as typeof transformed.schema & JsonObject;
  const responses: Record<string, JsonObject> = {};
  for (const [status, json] of Object.entries((schema.response ?? {}) as Record<string, JsonObject>)) {
    responses[status] = { ...json };
  }

  // An upload is read from the multipart stream by the handler; Fastify never sees a body schema.
  const upload = consumes?.includes('multipart/form-data') ?? false;
  const documented: JsonObject = { ...schema };
  if (upload) {
    documented.body = { $ref: '#/components/schemas/FileUpload' };
    documented.consumes = ['multipart/form-data'];
  } else if (consumes) {
    documented.consumes = consumes;
  }

  // A download: the file itself, in one of the media types the route names.
  const files = (produces ?? []).filter((type) => type !== 'application/json');
  if (files.length > 0 && !responses['200']) {
    responses['200'] = {
      description: 'The file',
      content: Object.fromEntries(files.map((type) => [type, { schema: BINARY }])),
      headers: { 'Content-Disposition': RESPONSE_HEADERS['Content-Disposition'] },
    };
  }

  // Statuses the route documents only here (a redirect has no body schema).
  for (const status of Object.keys(responseHeaders)) {
    responses[status] ??= { type: 'null' };
  }

  const methods = [input.route.method].flat();
  const security = (original.security ?? []) as readonly Record<string, readonly string[]>[];
  // Signed in: every way in names a scheme (a session, or an exchange party's signature).
  const signedIn = security.length > 0 && security.every((s) => Object.keys(s).length > 0);
  const config = input.route.config as { rateLimit?: unknown } | undefined;
  const statuses = Object.keys(responses);
  const redirectOnly = statuses.length > 0 && statuses.every((s) => s.startsWith('3'));
  if (!redirectOnly) {
    const general = generalErrorStatuses({
      method: methods,
      signedIn,
      hasPathParams: input.url.includes(':'),
      rateLimited: config?.rateLimit !== undefined,
    });
    for (const status of general) responses[String(status)] ??= { $ref: ERROR_REF };
  } else if (config?.rateLimit !== undefined) {
    responses['429'] ??= { $ref: ERROR_REF };
  }

  for (const [status, response] of Object.entries(responses)) {
    const code = Number(status);
    const given = (responseDescriptions as Record<number, string | undefined>)[code];
    response.description =
      response.$ref === ERROR_REF
        ? (given ?? errorDescription(code))
        : (given ?? response.description ?? successDescription(original.response, status));
    const headers = (responseHeaders as Record<number, readonly ResponseHeaderName[] | undefined>)[code];
    if (headers) {
      response.headers = {
        ...(response.headers as JsonObject | undefined),
        ...Object.fromEntries(headers.map((name) => [name, RESPONSE_HEADERS[name]])),
      };
    }
  }
  const limited = responses['429'];
  if (limited?.$ref === ERROR_REF) {
    limited.headers = {
      'Retry-After': { type: 'integer', description: 'Seconds to wait before trying again' },
    };
  }
  documented.response = sortByStatus(responses);
  return { schema: documented, url: transformed.url };
};

function sortByStatus(responses: Record<string, JsonObject>): Record<string, JsonObject> {
  return Object.fromEntries(Object.entries(responses).sort(([a], [b]) => Number(a) - Number(b)));
}

/** A success response: what its body's schema says it is, else the status in words. */
function successDescription(response: unknown, status: string): string {
  const zodSchema = isObject(response) ? response[status] : undefined;
  if (zodSchema instanceof z.ZodType) {
    const meta = z.globalRegistry.get(zodSchema);
    if (typeof meta?.description === 'string') return meta.description;
  }
  return SUCCESS_WORDS[Number(status)] ?? STATUS_CODES[Number(status)] ?? 'Success';
}

const zodDocumentTransform = createJsonSchemaTransformObject({});

/**
 * The whole document: the named schemas, tidied for client generators. zod names a schema used as
 * input `<id>Input` and as output `<id>`; where both read the same the input name goes, and a
 * schema used only as a request keeps its own name. Components nothing refers to are dropped.
 */
export const finishDocument: SwaggerTransformObject = (input) => {
  const document = zodDocumentTransform(input) as JsonObject & {
    components: { schemas: Record<string, JsonObject> };
    paths: JsonObject;
  };
  const schemas: Record<string, JsonObject> = {
    ...document.components.schemas,
    FileUpload: {
      type: 'object',
      description: `One file, in the multipart part \`file\`: ${MATERIAL_MEDIA_TYPES.join(', ')}`,
      properties: {
        file: { ...BINARY, description: 'The file; its content decides its type, not its name' },
      },
      required: ['file'],
    },
  };
  for (const [name, schema] of Object.entries(schemas)) schemas[name] = tidySchema(schema) as JsonObject;
  document.components.schemas = schemas;
  mergeInputSchemas(document);
  dropUnreferenced(document);
  document.components.schemas = Object.fromEntries(
    Object.entries(document.components.schemas).sort(([a], [b]) => a.localeCompare(b)),
  );
  return document as unknown as ReturnType<SwaggerTransformObject>;
};

const SAFE_INTEGER_BOUNDS = new Set([Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]);

/**
 * Output schemas say `additionalProperties: false` (zod strips unknown keys); a client that
 * refused a field added later would break on every release, so it goes. The safe-integer bounds
 * zod puts on every integer say nothing.
 */
function tidySchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(tidySchema);
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'additionalProperties' && child === false) continue;
    if ((key === 'maximum' || key === 'minimum') && SAFE_INTEGER_BOUNDS.has(child as number)) continue;
    out[key] = key === 'examples' || key === 'example' || key === 'default' ? child : tidySchema(child);
  }
  return out;
}

const REF_PREFIX = '#/components/schemas/';

function rewriteRefs(value: unknown, rename: (name: string) => string): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, rename));
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const [key, child] of Object.entries(value)) {
    out[key] =
      key === '$ref' && typeof child === 'string' && child.startsWith(REF_PREFIX)
        ? REF_PREFIX + rename(child.slice(REF_PREFIX.length))
        : rewriteRefs(child, rename);
  }
  return out;
}

function mergeInputSchemas(document: {
  components: { schemas: Record<string, JsonObject> };
  paths: JsonObject;
}) {
  const schemas = document.components.schemas;
  const pairs = Object.keys(schemas).filter((n) => n.endsWith('Input') && schemas[n.slice(0, -5)]);
  // The largest set of pairs that read the same once the inputs they refer to are merged too.
  let merged = new Set(pairs);
  for (let changed = true; changed; ) {
    changed = false;
    const rename = (name: string) => (merged.has(name) ? name.slice(0, -5) : name);
    for (const input of merged) {
      const same =
        JSON.stringify(rewriteRefs(schemas[input], rename)) === JSON.stringify(schemas[input.slice(0, -5)]);
      if (!same) {
        merged = new Set([...merged].filter((n) => n !== input));
        changed = true;
      }
    }
  }
  const rename = (name: string) => (merged.has(name) ? name.slice(0, -5) : name);
  for (const name of merged) delete schemas[name];
  document.paths = rewriteRefs(document.paths, rename) as JsonObject;
  for (const [name, schema] of Object.entries(schemas))
    schemas[name] = rewriteRefs(schema, rename) as JsonObject;
}

function refsIn(value: unknown, into: Set<string>) {
  if (Array.isArray(value)) for (const v of value) refsIn(v, into);
  else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith(REF_PREFIX))
        into.add(child.slice(REF_PREFIX.length));
      else refsIn(child, into);
    }
  }
}

function dropUnreferenced(document: {
  components: { schemas: Record<string, JsonObject> };
  paths: JsonObject;
}) {
  const schemas = document.components.schemas;
  const used = new Set<string>();
  refsIn(document.paths, used);
  for (let queue = [...used]; queue.length > 0; ) {
    const found = new Set<string>();
    refsIn(schemas[queue.pop() as string], found);
    for (const name of found) {
      if (!used.has(name)) {
        used.add(name);
        queue.push(name);
      }
    }
  }
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
  // An input-only schema takes its plain name once the output of the same id is gone.
  const renames = new Map<string, string>();
  for (const name of Object.keys(schemas)) {
    const plain = name.slice(0, -5);
    if (name.endsWith('Input') && !schemas[plain]) renames.set(name, plain);
  }
  if (renames.size === 0) return;
  const rename = (name: string) => renames.get(name) ?? name;
  for (const [from, to] of renames) {
    schemas[to] = schemas[from] as JsonObject;
    delete schemas[from];
  }
  document.paths = rewriteRefs(document.paths, rename) as JsonObject;
  for (const [name, schema] of Object.entries(schemas))
    schemas[name] = rewriteRefs(schema, rename) as JsonObject;
}
