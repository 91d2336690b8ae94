/**
 * Malformed requests to every route the app registers, generated from its own route table, so a
 * route added later is fuzzed without anyone listing it. Each route and method gets bad path
 * parameters, query strings, JSON bodies, content types and headers, as an anonymous caller, a
 * signed-in citizen and staff. Whatever comes in, the answer is never a server error, and every
 * refusal under /api, /auth and /healthz is the documented error body with a known code, whatever
 * part of the stack refused it (a route, a guard, Fastify itself, a plugin or the HTTP parser).
 *
 * The inputs come from a seeded generator: LIANBAN_FUZZ_SEED=<n> repeats a run, and every failure
 * prints the request that caused it.
 */
import { Agent, request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { formatCaseCode, parseCaseCode } from '../../src/domain/case-code.ts';
import { type RouteEntry, routeTable } from '../../src/server/app.ts';
import { ERROR_CATALOG, type ErrorCode } from '../../src/server/errors.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { accept, prepareDraft, samplePhoto, submit } from '../support/workflow.ts';

const SEED = Number(process.env.LIANBAN_FUZZ_SEED ?? 20_261_102);
const CONCURRENCY = 6;
const REQUEST_TIMEOUT_MS = 15_000;

/** The documented error body, exactly: no Fastify `statusCode`/`error` keys, no plugin fields. */
const ErrorBody = z.strictObject({
  error: z.strictObject({
    code: z.enum(Object.keys(ERROR_CATALOG) as [ErrorCode, ...ErrorCode[]]),
    message: z.string().min(1),
    messageZh: z.string().min(1),
    messageEn: z.string().min(1),
    fields: z
      .array(
        z.strictObject({
          field: z.string(),
          labelZh: z.string(),
          labelEn: z.string(),
          zh: z.string(),
          en: z.string(),
        }),
      )
      .optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

/** mulberry32: small, fast and the same on every machine. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    sample: <T>(items: readonly T[], n: number): T[] => {
      const copy = [...items];
      const out: T[] = [];
      while (out.length < n && copy.length > 0)
        out.push(copy.splice(Math.floor(next() * copy.length), 1)[0] as T);
      return out;
    },
    uuid: () => {
      const hex = Array.from({ length: 32 }, () => Math.floor(next() * 16).toString(16)).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
}
type Random = ReturnType<typeof prng>;

/** UTF-8 bytes written as-is on the wire (Node writes a path's latin1 characters as single bytes). */
const rawBytes = (bytes: number[]) => Buffer.from(bytes).toString('latin1');
const rawUtf8 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

/** Path segments as sent on the wire: percent-escaped, raw bytes, traversal, absurd lengths. */
const SEGMENTS: readonly [string, string][] = [
  ['nul', '%00'],
  ['nul-inside', 'a%00b'],
  ['lone-high-surrogate-escaped', '%ED%A0%80'],
  ['lone-low-surrogate-escaped', '%ED%B0%80'],
  ['lone-surrogate-raw-bytes', rawBytes([0xed, 0xa0, 0x80])],
  ['lone-surrogate-as-a-browser-sends-it', new URL(`http://x/${'\ud800'}`).pathname.slice(1)],
  ['invalid-utf8', '%FF%FE'],
  ['raw-invalid-byte', rawBytes([0xff])],
  ['overlong-utf8', '%C0%AF'],
  ['truncated-utf8', '%E4%B8'],
  ['bad-percent', '%'],
  ['bad-percent-hex', '%zz'],
  ['unicode', encodeURIComponent('办件编码')],
  ['unicode-raw', rawUtf8('办件😀')],
  ['rtl-and-zero-width', encodeURIComponent('\u202e\u200bx')],
  ['over-param-limit', 'x'.repeat(101)],
  ['very-long', 'x'.repeat(6000)],
  ['long-digits', '9'.repeat(60)],
  ['dot-dot', '..'],
  ['dot', '.'],
  ['escaped-traversal', '..%2F..%2Fetc%2Fpasswd'],
  ['escaped-dot-dot', '%2e%2e'],
  ['backslash-traversal', '..%5C..%5Cwindows'],
  ['encoded-slash', 'a%2Fb'],
  ['crlf', '%0D%0ASet-Cookie:%20x=1'],
  ['space', '%20'],
  ['proto', '__proto__'],
  ['constructor', 'constructor'],
  ['null-word', 'null'],
  ['negative', '-1'],
  ['huge-number', '1e309'],
  ['nil-uuid', '00000000-0000-0000-0000-000000000000'],
  ['sql', "'%20OR%201=1--"],
  ['markup', '%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  ['semicolon', 'a;b=c'],
];

function queryAttacks(route: RouteEntry): [string, string][] {
  const keys = objectKeys(route.schema?.querystring);
  const attacks: [string, string][] = [
    ['nul', 'x=%00'],
    ['lone-surrogate', 'lang=%ED%A0%80'],
    ['lone-surrogate-raw-bytes', `lang=${rawBytes([0xed, 0xa0, 0x80])}`],
    ['repeated-key', 'lang=en&lang=zh'],
    ['array-key', 'lang[]=en'],
    ['nul-key', '%00=1'],
    ['proto', '__proto__=1&__proto__[x]=1'],
    ['constructor-prototype', 'constructor[prototype][x]=1'],
    ['long-value', `x=${'y'.repeat(6000)}`],
    ['bare-equals', '='],
    ['ampersands', '&&&'],
    ['bad-percent', 'x=%'],
    ['invalid-utf8', 'x=%FF%FE'],
    ['unicode', `lang=${encodeURIComponent('中文😀')}`],
  ];
  for (const key of keys) {
    for (const [label, value] of [
      ['nul', '%00'],
      ['lone-surrogate', '%ED%A0%80'],
      ['long', 'x'.repeat(3000)],
      ['empty', ''],
      ['negative', '-1'],
      ['huge', '1e309'],
      ['nan', 'NaN'],
      ['fraction', '1.5'],
      ['twice', `a&${key}=b`],
      ['unicode', encodeURIComponent('云南😀')],
      ['traversal', '..%2F..'],
    ] as const) {
      attacks.push([`${key}-${label}`, `${encodeURIComponent(key)}=${value}`]);
    }
  }
  return attacks;
}

/** The top-level keys of a zod object schema (route schemas here are zod). */
function objectKeys(schema: unknown): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape && typeof shape === 'object' ? Object.keys(shape) : [];
}

const nested = (depth: number, open: string, close: string, inner = '1') =>
  open.repeat(depth) + inner + close.repeat(depth);
const HUGE_STRING = JSON.stringify('x'.repeat(600_000));
const OVER_LIMIT = Buffer.from(JSON.stringify({ a: 'x'.repeat(1024 * 1024 + 10) }));

type Body = { contentType?: string; body: string | Buffer };

const JSON_TYPE = 'application/json';

function bodyAttacks(route: RouteEntry): [string, Body][] {
  const json = (body: string | Buffer): Body => ({ contentType: JSON_TYPE, body });
  const attacks: [string, Body][] = [
    ['null', json('null')],
    ['true', json('true')],
    ['number', json('0')],
    ['huge-number', json('1e309')],
    ['long-number', json('1'.repeat(400))],
    ['string', json('"text"')],
    ['array', json('[]')],
    ['array-of-object', json('[{}]')],
    ['empty-object', json('{}')],
    ['trailing-garbage', json('{"a":1}garbage')],
    ['truncated', json('{"a":')],
    ['single-quotes', json("{'a':1}")],
    ['undefined', json('undefined')],
    ['bom', json('\ufeff{}')],
    ['proto', json('{"__proto__":{"isAdmin":true}}')],
    ['constructor-prototype', json('{"constructor":{"prototype":{"isAdmin":true}}}')],
    ['nul-in-key', json('{"a\\u0000":1}')],
    ['nul-in-value', json('{"a":"\\u0000"}')],
    ['lone-surrogate-key', json('{"\\ud800":1}')],
    ['lone-surrogate-value', json('{"a":"\\udc00x"}')],
    [
      'lone-surrogate-raw-bytes',
      json(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d])),
    ],
    ['invalid-utf8', json(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]))],
    ['deep-array-1000', json(nested(1000, '[', ']'))],
    ['deep-object-1000', json(nested(1000, '{"a":', '}'))],
    ['deep-object-17', json(nested(17, '{"a":', '}'))],
    ['duplicate-keys', json('{"a":1,"a":{"b":[1]},"a":"x"}')],
    ['huge-string', json(`{"a":${HUGE_STRING}}`)],
    ['over-body-limit', json(OVER_LIMIT)],
    ['empty-with-json-type', json('')],
    ['whitespace-with-json-type', json('  \n ')],
    ['text-plain', { contentType: 'text/plain', body: '{}' }],
    ['form-encoded', { contentType: 'application/x-www-form-urlencoded', body: 'a=1&b=%00' }],
    ['multipart-garbage', { contentType: 'multipart/form-data; boundary=xyz', body: 'garbage\r\n--xyz' }],
    ['multipart-no-boundary', { contentType: 'multipart/form-data', body: 'garbage' }],
    ['xml', { contentType: 'application/xml', body: '<a>1</a>' }],
    ['octet-stream', { contentType: 'application/octet-stream', body: Buffer.from([0, 1, 2, 255]) }],
    ['no-content-type', { body: '{}' }],
    ['json-utf16', { contentType: 'application/json; charset=utf-16', body: '{}' }],
    ['json-uppercase', { contentType: 'APPLICATION/JSON', body: '{}' }],
    ['json-suffix-type', { contentType: 'application/vnd.api+json', body: '{}' }],
    ['malformed-type', { contentType: 'application/json;;;=', body: '{}' }],
    ['star-type', { contentType: '*/*', body: '{}' }],
    ['png-type', { contentType: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) }],
  ];
  for (const key of objectKeys(route.schema?.body)) {
    const k = JSON.stringify(key);
    for (const [label, value] of [
      ['null', 'null'],
      ['number', '-1'],
      ['fraction', '1.5'],
      ['huge-number', '1e309'],
      ['big-integer', '123456789012345678901234567890'],
      ['string', '"1"'],
      ['empty-string', '""'],
      ['huge-string', HUGE_STRING],
      ['boolean', 'true'],
      ['array', '["x"]'],
      ['object', '{"x":"y"}'],
      ['deep', nested(1000, '[', ']')],
      ['nul', '"a\\u0000"'],
      ['lone-surrogate', '"\\ud800"'],
      ['unicode', JSON.stringify('王😀\u202e')],
    ] as const) {
      attacks.push([`${key}-${label}`, json(`{${k}:${value}}`)]);
    }
    attacks.push([`${key}-duplicate`, json(`{${k}:"x",${k}:{"y":[]}}`)]);
  }
  return attacks;
}

const BOUNDARY = '----lianbanfuzz';

/** A multipart body with parts of our choosing, for the routes that take uploads. */
function multipart(
  parts: { name: string; filename?: string; type?: string; content: string | Buffer }[],
): Body {
  const boundary = BOUNDARY;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}`;
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ''}\r\n`,
        'latin1',
      ),
      Buffer.from(part.content),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat(chunks) };
}

const PNG_START = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const OVER_UPLOAD_LIMIT = Buffer.alloc(15 * 1024 * 1024 + 100, 0x41);

function uploadAttacks(): [string, Body][] {
  return [
    ['no-file-part', multipart([{ name: 'note', content: 'x' }])],
    [
      'wrong-field-name',
      multipart([{ name: 'other', filename: 'a.png', type: 'image/png', content: PNG_START }]),
    ],
    ['two-files', multipart([1, 2].map(() => ({ name: 'file', filename: 'a.png', content: PNG_START })))],
    ['many-fields', multipart(Array.from({ length: 8 }, (_, i) => ({ name: `f${i}`, content: 'x' })))],
    ['traversal-filename', multipart([{ name: 'file', filename: '../../etc/passwd', content: PNG_START }])],
    ['nul-filename', multipart([{ name: 'file', filename: 'a\u0000.png', content: PNG_START }])],
    [
      'raw-surrogate-filename',
      multipart([{ name: 'file', filename: rawBytes([0xed, 0xa0, 0x80]), content: PNG_START }]),
    ],
    ['empty-file', multipart([{ name: 'file', filename: 'a.png', type: 'image/png', content: '' }])],
    ['not-an-image', multipart([{ name: 'file', filename: 'a.png', type: 'image/png', content: '<svg/>' }])],
    [
      'cut-off-multipart',
      {
        contentType: `multipart/form-data; boundary=${BOUNDARY}`,
        body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n\u0089PNG`,
      },
    ],
  ];
}

type Identity = 'anonymous' | 'citizen' | 'staff';
const IDENTITIES: readonly Identity[] = ['anonymous', 'citizen', 'staff'];
/** Several staff roles, so a request that passes validation reaches role checks of each kind. */
const STAFF = ['window-530102', 'police-530102', 'supervisor-yunnan', 'admin'] as const;

interface Probe {
  n: number;
  label: string;
  route: string;
  method: string;
  path: string;
  identity: Identity;
  staff: number;
  headers: Record<string, string>;
  body?: Body;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

function describeProbe(probe: Probe): string {
  const body = probe.body?.body;
  const preview =
    body === undefined
      ? ''
      : ` body(${probe.body?.contentType ?? 'no content-type'}, ${body.length} bytes)=${JSON.stringify(
          (typeof body === 'string' ? body : body.toString('latin1')).slice(0, 160),
        )}`;
  const who = probe.identity === 'staff' ? `staff ${STAFF[probe.staff]}` : probe.identity;
  return `#${probe.n} [${probe.route} · ${probe.label}] as ${who}: ${probe.method} ${JSON.stringify(
    probe.path.slice(0, 300),
  )}${probe.path.length > 300 ? `…(${probe.path.length} chars)` : ''} headers=${JSON.stringify(probe.headers).slice(0, 200)}${preview}`;
}

/** Whether a refusal on this path must be the documented JSON error body. */
function documentedPath(path: string): boolean {
  let decoded = path.split('?')[0] ?? '';
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // not decodable: judged as written
  }
  return /^\/(api|auth|healthz)(\/|$)/.test(decoded);
}

let app: TestApp;
let agent: Agent;
const cookies: { citizen: string; staff: string[] } = { citizen: '', staff: [] };

async function mint(identity: Identity, staff: number): Promise<void> {
  if (identity === 'citizen') cookies.citizen = await app.citizenCookie(1);
  if (identity === 'staff') cookies.staff[staff] = await app.signInStaff(STAFF[staff] as string);
}

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
  agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  await mint('citizen', 0);
  for (let i = 0; i < STAFF.length; i++) await mint('staff', i);
});
afterAll(async () => {
  agent?.destroy();
  await app?.stop();
});

/** A raw request: the path, headers and body go on the wire exactly as given. */
function send(probe: Probe): Promise<Answer> {
  const url = new URL(app.url);
  const headers: Record<string, string> = { ...probe.headers };
  const cookie =
    probe.identity === 'citizen'
      ? cookies.citizen
      : probe.identity === 'staff'
        ? cookies.staff[probe.staff]
        : undefined;
  if (cookie) headers.cookie = headers.cookie ? `${cookie}; ${headers.cookie}` : cookie;
  if (probe.body?.contentType !== undefined) headers['content-type'] = probe.body.contentType;
  const body = probe.body?.body;
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        method: probe.method,
        path: probe.path,
        headers,
        agent,
        timeout: REQUEST_TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
    request.on('error', reject);
    // A server may answer (413, 401) before reading all of a large body; the answer still counts.
    request.end(body);
  });
}

/** What is wrong with an answer, or null. */
function judge(probe: Probe, answer: Answer): string | null {
  if (answer.status >= 500) return `status ${answer.status}: ${answer.text.slice(0, 300)}`;
  if (answer.status < 400) return null;
  if (/\bat [^\n]+\.(ts|js):\d+|node_modules/.test(answer.text))
    return `a stack trace: ${answer.text.slice(0, 300)}`;
  if (!documentedPath(probe.path)) return null;
  const type = String(answer.headers['content-type'] ?? '');
  if (!type.startsWith('application/json')) return `status ${answer.status} as ${type || 'no content type'}`;
  if (probe.method === 'HEAD') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(answer.text);
  } catch {
    return `status ${answer.status}, not JSON: ${answer.text.slice(0, 300)}`;
  }
  const checked = ErrorBody.safeParse(parsed);
  if (!checked.success)
    return `status ${answer.status}, not the documented body: ${answer.text.slice(0, 300)}`;
  const expected = ERROR_CATALOG[checked.data.error.code].status;
  if (expected !== answer.status)
    return `status ${answer.status} with code ${checked.data.error.code} (documented as ${expected})`;
  return null;
}

/** Fills a route's URL: the attacked parameter gets `segment`, the others a plausible value. */
function fillPath(route: RouteEntry, random: Random, attacked?: { index: number; segment: string }): string {
  let index = 0;
  return route.url.replace(/:\w+|\*/g, (param) => {
    const mine = index++;
    if (attacked && attacked.index === mine) return attacked.segment;
    return /id$/i.test(param) ? random.uuid() : `x${random.int(1000)}`;
  });
}

function probesFor(routes: readonly RouteEntry[], random: Random): Omit<Probe, 'n'>[] {
  const probes: Omit<Probe, 'n'>[] = [];
  const add = (
    route: RouteEntry,
    label: string,
    method: string,
    path: string,
    extra: Partial<Probe> = {},
  ) => {
    probes.push({
      label,
      route: `${route.method} ${route.url}`,
      method,
      path,
      identity: random.pick(IDENTITIES),
      staff: random.int(STAFF.length),
      headers: { 'accept-language': random.pick(['zh-CN', 'en-GB']) },
      ...extra,
    });
  };
  const takesBody = (method: string) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(method);
  const defaultBody = (method: string): Body | undefined =>
    takesBody(method) ? { contentType: JSON_TYPE, body: '{}' } : undefined;

  for (const route of routes) {
    const { method } = route;
    const params = route.url.match(/:\w+|\*/g) ?? [];
    // Every parameter gets every bad segment, with a plausible body and query.
    params.forEach((_, index) => {
      for (const [label, segment] of SEGMENTS) {
        const path = fillPath(route, random, { index, segment });
        add(route, `param ${params[index]} ${label}`, method, path, { body: defaultBody(method) });
      }
    });
    // The path itself, bent.
    const plain = fillPath(route, random);
    for (const [label, path] of [
      ['trailing-slash', `${plain}/`],
      ['double-slash', plain.replace('/', '//')],
      ['appended-dot-dot', `${plain}/..`],
      ['appended-nul', `${plain}%00`],
      ['upper-case', plain.toUpperCase()],
      ['matrix-param', `${plain};jsessionid=x`],
      ['fragment-like', `${plain}%23x`],
      ['first-letter-escaped', `/%${plain.charCodeAt(1).toString(16)}${plain.slice(2)}`],
    ] as const) {
      add(route, `path ${label}`, method, path, { body: defaultBody(method) });
    }
    // Query strings: a sample of the generic ones and of the route's own keys.
    const queries = queryAttacks(route);
    for (const [label, query] of random.sample(queries, Math.min(queries.length, 14))) {
      add(route, `query ${label}`, method, `${fillPath(route, random)}?${query}`, {
        body: defaultBody(method),
      });
    }
    // Bodies: every generic one for a route that takes a body, a few for one that does not.
    const bodies = bodyAttacks(route);
    const chosen = takesBody(method) ? bodies : random.sample(bodies, 4);
    for (const [label, body] of chosen)
      add(route, `body ${label}`, method, fillPath(route, random), { body });
    if ((route.schema as { consumes?: string[] } | undefined)?.consumes?.includes('multipart/form-data')) {
      for (const [label, body] of uploadAttacks())
        add(route, `upload ${label}`, method, fillPath(route, random), { body });
      for (const identity of IDENTITIES) {
        add(route, 'upload over-the-limit', method, fillPath(route, random), {
          identity,
          body: multipart([
            { name: 'file', filename: 'big.png', type: 'image/png', content: OVER_UPLOAD_LIMIT },
          ]),
        });
      }
    }
    // Headers the app reads: its own (from the schema), the session cookie and the language.
    for (const key of objectKeys(route.schema?.headers)) {
      for (const [label, value] of [
        ['empty', ''],
        ['short', 'x'],
        ['long', 'k'.repeat(600)],
        ['latin1', '\u00ff\u00fe\u00ed\u00a0\u0080'],
      ] as const) {
        add(route, `header ${key} ${label}`, method, fillPath(route, random), {
          body: defaultBody(method),
          headers: { [key]: value },
        });
      }
    }
    for (const [label, headers] of [
      ['garbage-session-cookie', { cookie: 'lb_session=%00%ED%A0%80' }],
      ['long-session-cookie', { cookie: `lb_session=${'z'.repeat(4000)}` }],
      ['quoted-session-cookie', { cookie: 'lb_session="\\"' }],
      ['language-header', { 'x-lianban-lang': '\u00ff'.repeat(50), 'accept-language': ';;;q=x' }],
    ] as const) {
      add(route, `header ${label}`, method, fillPath(route, random), {
        identity: 'anonymous',
        body: defaultBody(method),
        headers: { ...headers },
      });
    }
  }

  // Methods a path does not have, and paths nobody registered.
  const paths = [...new Set(routes.map((r) => r.url))];
  for (const url of paths) {
    const registered = new Set(routes.filter((r) => r.url === url).map((r) => r.method));
    const method = ['PUT', 'PATCH', 'DELETE', 'OPTIONS', 'POST'].find((m) => !registered.has(m));
    const route = routes.find((r) => r.url === url) as RouteEntry;
    if (method)
      add(route, `unregistered method ${method}`, method, fillPath(route, random), {
        body: defaultBody(method),
      });
  }
  const stray = { method: 'ANY', url: '(unregistered)', schema: undefined } satisfies RouteEntry;
  for (const path of [
    '/api',
    '/api/',
    '/api/v2/cases',
    '/api/v1/%00',
    '/auth/nothing',
    '/api/v1/cases/../../etc/passwd',
    '/healthz/x',
  ]) {
    for (const method of ['GET', 'POST', 'DELETE'])
      add(stray, 'unregistered path', method, path, { body: defaultBody(method) });
  }
  // A request line longer than the HTTP parser takes.
  add(stray, 'request line over the header limit', 'GET', `/api/v1/regions?x=${'y'.repeat(20_000)}`);
  add(stray, 'header over the header limit', 'GET', '/api/v1/regions', {
    headers: { 'x-filler': 'y'.repeat(20_000) },
  });
  return probes;
}

describe('every route, fed malformed requests', () => {
  it('answers 4xx in the documented shape, never a server error', { timeout: 240_000 }, async () => {
    const routes = routeTable(app.services.app);
    expect(routes.length).toBeGreaterThan(50);
    const random = prng(SEED);
    const probes: Probe[] = probesFor(routes, random).map((p, n) => ({ ...p, n }));

    const started = Date.now();
    const statuses = new Map<number, number>();
    const failures: { probe: Probe; wrong: string }[] = [];
    let next = 0;
    const worker = async () => {
      while (next < probes.length) {
        const probe = probes[next++] as Probe;
        let answer: Answer;
        try {
          answer = await send(probe);
        } catch (error) {
          failures.push({ probe, wrong: `no answer: ${(error as Error).message}` });
          continue;
        }
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        const wrong = judge(probe, answer);
        if (wrong) failures.push({ probe, wrong });
        // A request that signed the caller out (or in) leaves the next one without its session.
        const setCookie = [answer.headers['set-cookie'] ?? []].flat().join(';');
        if (probe.identity !== 'anonymous' && setCookie.includes('lb_session='))
          await mint(probe.identity, probe.staff);
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const byStatus = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`);
    console.log(
      `fuzz (seed ${SEED}, ${app.backend}): ${probes.length} requests to ${routes.length} routes in ${seconds} s; ` +
        `${failures.length} failures; by status ${byStatus.join(', ')}`,
    );
    // One line per kind of failure (what was sent, what came back), with its first request in full.
    const kinds = new Map<string, { count: number; first: string }>();
    for (const { probe, wrong } of failures) {
      const kind = `${probe.label.replace(/^(param) \S+/, '$1')} → ${wrong.slice(0, 90).replace(/'[^']*'/g, "'…'")}`;
      const seen = kinds.get(kind);
      if (seen) seen.count += 1;
      else kinds.set(kind, { count: 1, first: `${describeProbe(probe)}\n      → ${wrong}` });
    }
    for (const [kind, { count, first }] of kinds) console.log(`${count}× ${kind}\n    e.g. ${first}`);
    expect(failures.length, 'malformed requests answered outside the documented shape (see the log)').toBe(0);
  });
});

/**
 * JSON Schema, as zod writes it for a route's schema; enough of it to build a value that passes.
 */
interface JsonSchema {
  type?: string;
  const?: unknown;
  enum?: unknown[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
}

/** Values tried, in order, for a string that must match a pattern. */
const PATTERN_CANDIDATES = ['530102', '2026-11-20', 'case', '1', '0'.repeat(64)];

/** The smallest value a route's schema accepts: required keys only, each at its lower bound. */
function sampleOf(schema: JsonSchema, uuid: () => string): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const options = schema.oneOf ?? schema.anyOf;
  if (options?.[0]) return sampleOf(options[0], uuid);
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(
        (schema.required ?? []).map((key) => [key, sampleOf(schema.properties?.[key] ?? {}, uuid)]),
      );
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(schema.items ?? {}, uuid));
    case 'integer':
    case 'number':
      return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
    case 'boolean':
      return true;
    case 'string': {
      if (schema.format === 'uuid') return uuid();
      const pattern = schema.pattern;
      if (pattern) return PATTERN_CANDIDATES.find((c) => new RegExp(pattern).test(c));
      return 'sample text'.padEnd(schema.minLength ?? 0, '.').slice(0, schema.maxLength ?? 200);
    }
    default:
      return null;
  }
}

type Zod = z.ZodType;
const zodOf = (schema: unknown): Zod | undefined => (schema instanceof z.ZodType ? schema : undefined);

/** A request part (body, headers) that passes the route's schema, or null when none could be made. */
function validPart(schema: unknown, uuid: () => string): Record<string, unknown> | null | undefined {
  const zod = zodOf(schema);
  if (!zod) return undefined;
  // An empty metadata registry writes named (registered) schemas inline, with no $refs to follow.
  const json = z.toJSONSchema(zod, { io: 'input', unrepresentable: 'any', metadata: z.registry() });
  const sample = sampleOf(json as JsonSchema, uuid);
  return zod.safeParse(sample).success ? (sample as Record<string, unknown>) : null;
}

/** A real identifier of someone else's record, and a made-up one of the same form. */
interface Known {
  name: string;
  value: string;
  control: () => string;
}

describe('records that are not the caller’s', () => {
  it('are answered exactly as records that do not exist, on every route that takes an identifier', {
    timeout: 180_000,
  }, async () => {
    const random = prng(SEED + 1);
    // The owner: a family member with a case accepted by the window (so its sub-cases are routed
    // to departments, and it has a notice), a draft with an upload, and messages.
    const owner = await app.citizenCookie(0);
    const submitted = await submit(app, owner);
    await accept(app, submitted.id);
    const detail = (await app.api(`/api/v1/cases/${submitted.code}`, { cookie: owner })).body;
    const clerk = await app.signInStaff('window-530102');
    const windowView = (await app.api(`/api/v1/window/cases/${submitted.id}`, { cookie: clerk })).body;
    const draft = (await prepareDraft(app, owner)) as unknown as {
      id: string;
      materials: { items: { id: string; fileDigest: string | null }[] }[];
    };
    const upload = draft.materials.flatMap((m) => m.items).find((i) => i.fileDigest);
    const message = (await app.api('/api/v1/messages', { cookie: owner })).body.items[0];
    const caseItem = windowView.materials.flatMap((m: { items: { id: string }[] }) => m.items)[0];
    const uuid = () => random.uuid();
    const parsed = parseCaseCode(submitted.code);
    const known: Known[] = [
      { name: 'case id', value: submitted.id, control: uuid },
      ...detail.subCases.map((sub: { id: string; matterCode: string }) => ({
        name: `sub-case ${sub.matterCode}`,
        value: sub.id,
        control: uuid,
      })),
      { name: 'draft id', value: draft.id, control: uuid },
      { name: 'draft upload item', value: upload?.id as string, control: uuid },
      {
        name: 'draft file digest',
        value: upload?.fileDigest as string,
        control: () => random.uuid().replaceAll('-', '').repeat(2),
      },
      { name: 'case material item', value: caseItem.id, control: uuid },
      { name: 'message id', value: message.id, control: uuid },
      {
        name: 'case code',
        value: submitted.code,
        control: () =>
          formatCaseCode(
            parsed?.regionCode ?? '530102',
            parsed?.date ?? '20261102',
            900_000 + random.int(99_999),
          ),
      },
      {
        name: 'notice token',
        value: detail.documents[0].token,
        control: () =>
          Array.from({ length: detail.documents[0].token.length }, () =>
            random.pick([...'abcdefghijkmnopqrstuvwxyzABCDEFGH0123456789_-']),
          ).join(''),
      },
    ];
    expect(known.every((k) => typeof k.value === 'string' && k.value.length > 0)).toBe(true);

    // Others: another family, the window and the police of another county, and a department of
    // the same county that none of the case's matters went to.
    const outsiders: [string, string][] = [
      ['another family', await app.citizenCookie(1)],
      ['window of 532524', await app.signInStaff('window-532524')],
      ['police of 532524', await app.signInStaff('police-532524')],
      ['human resources of 530102', await app.signInStaff('hrss-530102')],
    ];
    expect(
      detail.subCases.some((sub: { departmentCode: string }) => sub.departmentCode === 'human-resources'),
    ).toBe(false);
    // The owners, on reading routes only: their answers must differ, or the comparison sees nothing.
    const owners: [string, string][] = [
      ['the family', owner],
      ['window of 530102', clerk],
      ['police of 530102', await app.signInStaff('police-530102')],
    ];
    let ownersSeeTheirs = 0;
    const photo = await samplePhoto();

    const routes = routeTable(app.services.app).filter(
      (r) => r.method !== 'HEAD' && r.url.startsWith('/api/') && r.url.includes(':'),
    );
    const unsampled: string[] = [];
    const oracles: string[] = [];
    let compared = 0;
    const outcomes = new Map<string, number>();
    for (const route of routes) {
      const name = `${route.method} ${route.url}`;
      const paramsSchema = (route.schema?.params as { shape?: Record<string, Zod> } | undefined)?.shape ?? {};
      const params = (route.url.match(/:\w+/g) ?? []).map((p) => p.slice(1));
      const body = validPart(route.schema?.body, uuid);
      const headers = validPart(route.schema?.headers, uuid);
      if (body === null || headers === null) {
        unsampled.push(name);
        continue;
      }
      const multipartRoute = (route.schema as { consumes?: string[] } | undefined)?.consumes?.includes(
        'multipart/form-data',
      );
      // For each parameter, the known identifiers its schema accepts; a parameter that takes none
      // (a material code, a catalog version) gets a plain value.
      const choices = params.map((param) => {
        const fits = known.filter((k) => paramsSchema[param]?.safeParse(k.value).success ?? true);
        return fits.length > 0 ? fits : [{ name: param, value: 'sample', control: () => 'sample' }];
      });
      let assignments: Known[][] = [[]];
      for (const options of choices) assignments = assignments.flatMap((a) => options.map((o) => [...a, o]));
      const callers = route.method === 'GET' ? [...outsiders, ...owners] : outsiders;
      for (const [who, cookie] of callers) {
        const isOwner = owners.some(([ownerName]) => ownerName === who);
        for (const assignment of random.sample(assignments, 24)) {
          const request = async (values: string[]) => {
            let path = route.url;
            params.forEach((param, i) => {
              path = path.replace(`:${param}`, encodeURIComponent(values[i] as string));
            });
            const init: RequestInit = {
              method: route.method,
              headers: { cookie, ...(headers as Record<string, string>) },
              redirect: 'manual',
            };
            if (multipartRoute) {
              const form = new FormData();
              form.append('file', new Blob([new Uint8Array(photo)]), 'photo.png');
              init.body = form;
            } else if (body !== undefined || ['POST', 'PUT', 'PATCH', 'DELETE'].includes(route.method)) {
              init.headers = { ...init.headers, 'content-type': 'application/json' };
              init.body = JSON.stringify(body ?? {});
            }
            const response = await fetch(app.url + path, init);
            let text = await response.text();
            // An identifier echoed back is not a difference; what is said about it is.
            values.forEach((value, i) => {
              text = text.replaceAll(value, `<${params[i]}>`);
            });
            return `${response.status} ${text.slice(0, 400)}`;
          };
          const real = await request(assignment.map((k) => k.value));
          const made = await request(assignment.map((k) => k.control()));
          if (isOwner) {
            if (real !== made) ownersSeeTheirs += 1;
            continue;
          }
          compared += 1;
          const key = `${real.slice(0, 3)} ${/"code":"(\w+)"/.exec(real)?.[1] ?? ''}`;
          outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
          if (real !== made)
            oracles.push(
              `${name} as ${who} with ${assignment.map((k) => k.name).join(' + ')}:\n    theirs: ${real}\n    none:   ${made}`,
            );
        }
      }
    }
    console.log(
      `existence: ${compared} comparisons over ${routes.length} routes; ${oracles.length} differ (owners' own: ${ownersSeeTheirs}); answers ${[...outcomes].map(([k, n]) => `${k}: ${n}`).join(', ')}`,
    );
    if (oracles.length > 0) console.log(oracles.slice(0, 30).join('\n'));
    expect(unsampled, 'routes whose schema the sample builder could not satisfy').toEqual([]);
    expect(ownersSeeTheirs, 'owners reading their own records get them').toBeGreaterThan(5);
    expect(oracles).toEqual([]);
  });
});
