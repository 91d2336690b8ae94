/**
 * The OpenAPI description as a product: every route of the app is an operation with an id and its
 * security, says what the route's zod schemas say, and documents every status the route answers;
 * and a client generated from the served document (openapi-typescript + openapi-fetch), written
 * and type-checked the way another team would, takes a case from the family through the window
 * to every department and back.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { RESULT_TYPES } from '../../src/domain/catalog.ts';
import { STAFF_ROLES } from '../../src/domain/roles.ts';
import { CASE_ACTIONS, CASE_STATES, SUB_CASE_ACTIONS, SUB_CASE_STATES } from '../../src/domain/workflow.ts';
import { type RouteEntry, routeTable } from '../../src/server/app.ts';
import { ERROR_CATALOG } from '../../src/server/errors.ts';
import { CaseDetail, DepartmentSubCase, ErrorResponse } from '../../src/server/http/schemas.ts';
import { SESSION_COOKIE } from '../../src/server/identity/sessions.ts';
import { DEMO_STAFF_PASSWORD } from '../../src/server/seed/demo-data.ts';
import { generateApiTypes } from '../../tools/api-typegen/generate.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { DEFAULT_ANSWERS, DEFAULT_VALUES, newDeceasedIdNumber, samplePhoto } from '../support/workflow.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const execFileAsync = promisify(execFile);

type Json = Record<string, unknown>;
interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: { in: string; name: string; required?: boolean; schema: Json }[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Json }> };
  responses: Record<
    string,
    { description?: string; headers?: Json; content?: Record<string, { schema: Json }> }
  >;
  tags?: string[];
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json>; securitySchemes: Record<string, Json> };
}

let app: TestApp;
let doc: Document;
/** The department exchange API's own document (departments' and banks' systems read that one). */
let exchangeDoc: Document & { webhooks?: Record<string, Record<string, Operation>> };

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
  const served = await app.api('/openapi.json');
  expect(served.status).toBe(200);
  doc = served.body;
  const exchange = await app.api('/api/exchange/v1/openapi.json');
  expect(exchange.status).toBe(200);
  exchangeDoc = exchange.body;
});
afterAll(async () => {
  await app?.stop();
});

/** The routes a client can call: every registered method but HEAD and the hidden ones. */
function documentedRoutes(): RouteEntry[] {
  return routeTable(app.services.app).filter(
    (route) => route.method !== 'HEAD' && !(route.schema as { hide?: boolean } | undefined)?.hide,
  );
}

const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

/** The document a route belongs in: the exchange API's, or the platform's. */
const docOf = (route: RouteEntry): Document => (route.url.startsWith('/api/exchange/') ? exchangeDoc : doc);

function operationOf(route: RouteEntry): Operation {
  const operation = docOf(route).paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
  if (!operation) throw new Error(`${route.method} ${route.url} is not in the OpenAPI document`);
  return operation;
}

/** Follows `$ref`s, into the document's components or a zod output's `$defs`. */
function deref(schema: Json, defs: Record<string, Json>): Json {
  let current = schema;
  for (let hops = 0; typeof current.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error('reference loop');
    const name = (current.$ref as string).replace(/^#\/(components\/schemas|\$defs)\//, '');
    const next = defs[name];
    if (!next) throw new Error(`unresolved ${current.$ref as string}`);
    current = next;
  }
  return current;
}

/**
 * What a client relies on in a schema, path by path: the type, the required properties, the enum
 * (or const), through properties, items, maps and unions.
 */
function facts(schema: Json, defs: Record<string, Json>, path = '$', into: Record<string, Json> = {}) {
  const s = deref(schema, defs);
  const sorted = (v: unknown) => (Array.isArray(v) ? [...v].map(String).sort() : undefined);
  into[path] = {
    type: sorted([s.type ?? []].flat()),
    required: sorted(s.required),
    enum: sorted(s.enum),
    const: s.const,
  };
  for (const [key, child] of Object.entries((s.properties ?? {}) as Record<string, Json>))
    facts(child, defs, `${path}.${key}`, into);
  if (s.items && typeof s.items === 'object') facts(s.items as Json, defs, `${path}[]`, into);
  if (s.additionalProperties && typeof s.additionalProperties === 'object')
    facts(s.additionalProperties as Json, defs, `${path}{}`, into);
  for (const key of ['anyOf', 'oneOf'] as const) {
    ((s[key] ?? []) as Json[]).forEach((branch, i) => {
      facts(branch, defs, `${path}|${i}`, into);
    });
  }
  return into;
}

/** The JSON Schema zod writes for a request part, with its named parts in `$defs`. */
function zodInput(schema: unknown): { root: Json; defs: Record<string, Json> } {
  const json = z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Json;
  return { root: json, defs: (json.$defs ?? {}) as Record<string, Json> };
}

const enumOf = (name: string) => [...((doc.components.schemas[name]?.enum ?? []) as string[])].sort();

describe('the OpenAPI document', () => {
  it('has an operation for every route, with a unique camelCase operationId, tags and security', () => {
    const routes = documentedRoutes();
    expect(routes.length).toBeGreaterThan(60);
    const ids = new Set<string>();
    for (const route of routes) {
      const operation = operationOf(route);
      const name = `${route.method} ${route.url}`;
      expect(operation.operationId, name).toMatch(/^[a-z][a-zA-Z0-9]+$/);
      expect(ids.has(operation.operationId as string), `${name}: operationId used twice`).toBe(false);
      ids.add(operation.operationId as string);
      expect(operation.tags?.length, `${name}: tags`).toBeGreaterThan(0);
      expect(Array.isArray(operation.security), `${name}: security`).toBe(true);
      for (const requirement of operation.security ?? [])
        for (const scheme of Object.keys(requirement))
          expect(docOf(route).components.securitySchemes).toHaveProperty(scheme);
    }
    // Nothing documented that the app does not serve, and each route in its own document only.
    const operations = (document: Document) =>
      Object.entries(document.paths).flatMap(([path, item]) =>
        Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
      );
    const served = (document: Document) =>
      routes.filter((r) => docOf(r) === document).map((r) => `${r.method} ${openApiPath(r.url)}`);
    expect(operations(doc).sort()).toEqual(served(doc).sort());
    expect(operations(exchangeDoc).sort()).toEqual(served(exchangeDoc).sort());
    expect(served(exchangeDoc).length).toBeGreaterThanOrEqual(8);
  });

  it('gives departments’ systems their own description: signed requests, and the push as a webhook', () => {
    expect(exchangeDoc.openapi).toBe('3.1.0');
    expect(exchangeDoc.components.securitySchemes.exchangeSignature).toEqual(
      expect.objectContaining({ type: 'apiKey', in: 'header', name: 'x-lianban-signature' }),
    );
    for (const item of Object.values(exchangeDoc.paths))
      for (const operation of Object.values(item))
        expect(operation.security).toEqual([{ exchangeSignature: [] }]);
    const push = exchangeDoc.webhooks?.messageDelivered?.post;
    expect(push?.requestBody?.content['application/json']?.schema.$ref).toBe(
      '#/components/schemas/ExchangeMessage',
    );
    expect(exchangeDoc.components.schemas.ExchangeMessage).toBeDefined();
    expect(Object.keys(doc.paths).some((path) => path.startsWith('/api/exchange/'))).toBe(false);
  });

  it('names the session cookie as the security of signed-in routes; public ones need none', () => {
    expect(doc.components.securitySchemes.sessionCookie).toEqual(
      expect.objectContaining({ type: 'apiKey', in: 'cookie', name: SESSION_COOKIE }),
    );
    const security = (method: string, path: string) => doc.paths[path]?.[method]?.security;
    expect(security('get', '/api/v1/cases')).toEqual([{ sessionCookie: [] }]);
    expect(security('post', '/api/v1/department/sub-cases/{id}/complete')).toEqual([{ sessionCookie: [] }]);
    expect(security('get', '/api/v1/guide')).toEqual([]);
    expect(security('get', '/healthz')).toEqual([]);
    expect(security('post', '/api/v1/auth/staff/sign-in')).toEqual([]);
    expect(security('get', '/api/v1/me')).toEqual([{}, { sessionCookie: [] }]);
  });

  it('describes each request part as the route’s zod schema does', () => {
    let compared = 0;
    for (const route of documentedRoutes()) {
      const components = docOf(route).components.schemas;
      const name = `${route.method} ${route.url}`;
      const operation = operationOf(route);
      const schema = route.schema ?? {};
      if (schema.body) {
        const body = operation.requestBody?.content['application/json']?.schema;
        expect(body, `${name}: JSON request body`).toBeDefined();
        expect(body?.$ref, `${name}: the body is a named schema`).toMatch(/^#\/components\/schemas\/\w+$/);
        const zod = zodInput(schema.body);
        expect(facts(body as Json, components), `${name}: body`).toEqual(facts(zod.root, zod.defs));
        expect(operation.requestBody?.required).toBe(true);
        compared++;
      }
      for (const [part, where] of [
        ['params', 'path'],
        ['querystring', 'query'],
        ['headers', 'header'],
      ] as const) {
        if (!schema[part]) continue;
        const zod = zodInput(schema[part]);
        const properties = (zod.root.properties ?? {}) as Record<string, Json>;
        const required = new Set((zod.root.required ?? []) as string[]);
        const documented = (operation.parameters ?? []).filter((p) => p.in === where);
        expect(documented.map((p) => p.name).sort(), `${name}: ${where} parameters`).toEqual(
          Object.keys(properties).sort(),
        );
        for (const parameter of documented) {
          expect(parameter.required ?? false, `${name}: ${parameter.name} required`).toBe(
            where === 'path' || required.has(parameter.name),
          );
          expect(facts(parameter.schema, components), `${name}: ${parameter.name}`).toEqual(
            facts(properties[parameter.name] as Json, zod.defs),
          );
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(80);
  });

  it('gives every body a named schema and every response a description', () => {
    for (const route of documentedRoutes()) {
      const name = `${route.method} ${route.url}`;
      for (const [status, response] of Object.entries(operationOf(route).responses)) {
        expect(response.description, `${name} ${status}`).toBeTruthy();
        expect(response.description).not.toBe('Default Response');
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (type === 'application/json')
            expect(media.schema.$ref, `${name} ${status}: a named schema`).toMatch(
              /^#\/components\/schemas\//,
            );
        }
      }
    }
    expect(Object.keys(doc.components.schemas).length).toBeGreaterThan(60);
    expect(Object.keys(doc.components.schemas).filter((n) => n.endsWith('Input'))).toEqual([]);
  });

  it('answers every refusal with the one Error schema, its codes those of the error catalog', () => {
    expect(enumOf('ErrorCode')).toEqual(Object.keys(ERROR_CATALOG).sort());
    const error = doc.components.schemas.Error as Json;
    const inner = (error.properties as Record<string, Json>).error as Json;
    expect((inner.properties as Record<string, Json>).code).toEqual({
      $ref: '#/components/schemas/ErrorCode',
    });
    let refusals = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const statuses = Object.keys(operation.responses);
        expect(
          statuses.some((s) => s.startsWith('4')),
          `${method} ${path} documents a 4xx`,
        ).toBe(true);
        for (const status of statuses.filter((s) => Number(s) >= 400)) {
          const response = operation.responses[status];
          // /healthz reports its own body when unavailable; every other refusal is an Error.
          if (path === '/healthz' && status === '503') continue;
          expect(response?.content?.['application/json']?.schema, `${method} ${path} ${status}`).toEqual({
            $ref: '#/components/schemas/Error',
          });
          expect(response?.description).toBeTruthy();
          refusals++;
        }
      }
    }
    expect(refusals).toBeGreaterThan(300);
  });

  it('publishes the domain’s lists as enums', () => {
    expect(enumOf('CaseState')).toEqual([...CASE_STATES].sort());
    expect(enumOf('SubCaseState')).toEqual([...SUB_CASE_STATES].sort());
    expect(enumOf('CaseAction')).toEqual([...CASE_ACTIONS].sort());
    expect(enumOf('SubCaseAction')).toEqual([...SUB_CASE_ACTIONS].sort());
    expect(enumOf('StaffRole')).toEqual([...STAFF_ROLES].sort());
    expect(enumOf('ResultType')).toEqual([...RESULT_TYPES].sort());
    expect(enumOf('Channel')).toEqual(['online', 'window']);
    const property = (schema: string, key: string) =>
      ((doc.components.schemas[schema]?.properties ?? {}) as Record<string, Json>)[key];
    expect(property('CaseDetail', 'state')).toEqual({ $ref: '#/components/schemas/CaseState' });
    expect(property('CaseDetail', 'channel')).toEqual({ $ref: '#/components/schemas/Channel' });
    expect(property('SubCaseSummary', 'state')).toEqual({ $ref: '#/components/schemas/SubCaseState' });
    expect(property('WindowCase', 'allowedActions')).toEqual({
      type: 'array',
      items: { $ref: '#/components/schemas/CaseAction' },
    });
    expect((property('DepartmentSubCase', 'allowedActions') as Json).items).toEqual({
      $ref: '#/components/schemas/SubCaseAction',
    });
    expect(JSON.stringify(property('DepartmentSubCase', 'resultType'))).toContain(
      '#/components/schemas/ResultType',
    );
    expect(property('StaffMe', 'role')).toEqual({ $ref: '#/components/schemas/StaffRole' });
    expect(JSON.stringify(doc.components.schemas.BundlePreview)).toContain('#/components/schemas/ResultType');
    // A matter's result type is published as a code, not only as its label.
    expect(property('MatterGuide', 'resultTypeCode')).toEqual({ $ref: '#/components/schemas/ResultType' });
  });

  it('keeps its examples valid: a case, a sub-case, an error', () => {
    const examples = (name: string) => (doc.components.schemas[name]?.examples ?? []) as unknown[];
    expect(examples('CaseDetail').length).toBeGreaterThan(0);
    expect(examples('DepartmentSubCase').length).toBeGreaterThan(0);
    expect(examples('Error').length).toBeGreaterThan(0);
    for (const example of examples('CaseDetail')) expect(CaseDetail.safeParse(example).success).toBe(true);
    for (const example of examples('DepartmentSubCase'))
      expect(DepartmentSubCase.safeParse(example).success).toBe(true);
    for (const example of examples('Error')) expect(ErrorResponse.safeParse(example).success).toBe(true);
  });

  it('documents uploads as multipart with a binary file part, and downloads by content type', () => {
    const uploads = documentedRoutes().filter((r) =>
      ((r.schema?.consumes ?? []) as readonly string[]).includes('multipart/form-data'),
    );
    expect(uploads.length).toBeGreaterThanOrEqual(2);
    for (const route of uploads) {
      // Fastify never validates the multipart stream: the handler reads it with request.file().
      expect(route.schema?.body, `${route.url}: no body schema for Fastify`).toBeUndefined();
      const content = operationOf(route).requestBody?.content ?? {};
      expect(Object.keys(content)).toEqual(['multipart/form-data']);
      const upload = deref(content['multipart/form-data']?.schema as Json, doc.components.schemas);
      expect(upload.required).toEqual(['file']);
      expect((upload.properties as Record<string, Json>).file).toMatchObject({
        type: 'string',
        format: 'binary',
      });
    }
    const downloads: [string, string, string[]][] = [
      ['get', '/api/v1/cases/{code}/documents/{token}', ['application/pdf']],
      ['get', '/api/v1/cases/{code}/death-certificates/{token}', ['application/pdf']],
      ['get', '/api/v1/death-reports/{id}/certificate', ['application/pdf']],
      [
        'get',
        '/api/v1/drafts/{id}/files/{digest}',
        ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'],
      ],
      [
        'get',
        '/api/v1/window/cases/{id}/materials/{itemId}',
        ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'],
      ],
      [
        'get',
        '/api/v1/department/sub-cases/{id}/materials/{itemId}',
        ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'],
      ],
    ];
    for (const [method, path, types] of downloads) {
      const ok = doc.paths[path]?.[method]?.responses['200'];
      expect(Object.keys(ok?.content ?? {}).sort(), path).toEqual(types);
      for (const media of Object.values(ok?.content ?? {}))
        expect(media.schema).toEqual({ type: 'string', format: 'binary' });
      // Its refusals are still JSON.
      expect(Object.keys(doc.paths[path]?.[method]?.responses['404']?.content ?? {})).toEqual([
        'application/json',
      ]);
    }
  });

  it('documents sign-in: the cookie it sets, and redirects as 302 with Location', () => {
    const staff = doc.paths['/api/v1/auth/staff/sign-in']?.post?.responses['200'];
    expect(staff?.headers).toHaveProperty('Set-Cookie');
    const start = doc.paths['/auth/citizen/sign-in']?.get?.responses ?? {};
    const callback = doc.paths['/auth/citizen/callback']?.get?.responses ?? {};
    for (const responses of [start, callback]) {
      expect(responses['200']).toBeUndefined();
      expect(responses['302']?.headers).toHaveProperty('Location');
      expect(responses['302']?.content).toBeUndefined();
    }
    expect(callback['302']?.headers).toHaveProperty('Set-Cookie');
    expect(doc.paths['/api/v1/auth/sign-out']?.post?.responses['204']?.headers).toHaveProperty('Set-Cookie');
  });

  it('documents every status a route answers, whoever asks', { timeout: 120_000 }, async () => {
    const photo = await samplePhoto();
    const cookies: Record<string, () => Promise<string>> = {
      anonymous: async () => '',
      citizen: () => app.citizenCookie(0),
      clerk: () => app.signInStaff('window-530102'),
      approver: () => app.signInStaff('police-530102'),
    };
    const undocumented: string[] = [];
    let sent = 0;
    for (const [who, mint] of Object.entries(cookies)) {
      let cookie = await mint();
      for (const route of documentedRoutes()) {
        const path = route.url.replace(/:\w+/g, (p) => (/id$/i.test(p) ? crypto.randomUUID() : 'sample'));
        const multipart = ((route.schema?.consumes ?? []) as readonly string[]).includes(
          'multipart/form-data',
        );
        const headers: Record<string, string> = { 'idempotency-key': `k-${crypto.randomUUID()}` };
        if (cookie) headers.cookie = cookie;
        let body: BodyInit | undefined;
        if (multipart) {
          const form = new FormData();
          form.append('file', new Blob([new Uint8Array(photo)]), 'photo.png');
          body = form;
        } else if (route.method !== 'GET') {
          headers['content-type'] = 'application/json';
          body = '{}';
        }
        const response = await fetch(app.url + path, {
          method: route.method,
          headers,
          body,
          redirect: 'manual',
        });
        await response.arrayBuffer();
        sent++;
        if (!operationOf(route).responses[String(response.status)])
          undocumented.push(`${route.method} ${route.url} as ${who}: ${response.status}`);
        // Signing out (or in) changes the session; the next request needs one again.
        if ((response.headers.get('set-cookie') ?? '').includes(`${SESSION_COOKIE}=`)) cookie = await mint();
      }
    }
    expect(sent).toBeGreaterThan(240);
    expect(undocumented).toEqual([]);
  });
});

/** The client another team would write: generated types, openapi-fetch, strict TypeScript, no casts. */
function clientScript(input: {
  url: string;
  familyCookie: string;
  staffPassword: string;
  photo: string;
  deceasedIdNumber: string;
}): string {
  return `/**
 * A department system's view of Lianban: a family applies, the window accepts, each department
 * completes its sub-case with the result type the API says, the family receives the results.
 */
import { openAsBlob } from 'node:fs';
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './api.ts';

type Schemas = components['schemas'];

const BASE_URL = ${JSON.stringify(input.url)};
const FAMILY_COOKIE = ${JSON.stringify(input.familyCookie)};
const STAFF_PASSWORD = ${JSON.stringify(input.staffPassword)};
const PHOTO = ${JSON.stringify(input.photo)};
const DECEASED_ID_NUMBER = ${JSON.stringify(input.deceasedIdNumber)};
const ANSWERS: Record<string, string> = ${JSON.stringify({ ...DEFAULT_ANSWERS, notarisedWill: 'unknown' })};
const VALUES: Record<string, string> = ${JSON.stringify(DEFAULT_VALUES)};
const APPROVERS: Record<string, string> = {
  'public-security': 'police-530102',
  'civil-affairs': 'civil-530102',
  'human-resources': 'hrss-530102',
  'medical-insurance': 'medins-530102',
  'housing-fund': 'fund-530102',
  justice: 'justice-530102',
};

const seen: { method: string; path: string; status: number }[] = [];
const recordStatus: Middleware = {
  onResponse({ request, response, schemaPath }) {
    seen.push({ method: request.method, path: schemaPath, status: response.status });
  },
};

function clientFor(cookie: string) {
  const client = createClient<paths>({ baseUrl: BASE_URL, headers: cookie ? { cookie } : {} });
  client.use(recordStatus);
  return client;
}

function fail(message: string): never {
  throw new Error(message);
}

async function signInStaff(username: string): Promise<string> {
  const { data, response } = await clientFor('').POST('/api/v1/auth/staff/sign-in', {
    body: { username, password: STAFF_PASSWORD },
  });
  if (data?.kind !== 'staff') fail(\`sign-in of \${username}: \${response.status}\`);
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  return cookie ?? fail('sign-in set no session cookie');
}

/** A result of the type the matter ends with. */
function resultOf(type: Schemas['ResultType']): Schemas['CompletionResult'] {
  switch (type) {
    case 'certificate':
      return { type, documentNumber: 'CERT-0001', issuedOn: '2026-11-20' };
    case 'cancellation':
      return { type, cancelledOn: '2026-11-20' };
    case 'payment':
      return { type, amountYuan: '1200.00', paidOn: '2026-11-20' };
    case 'inquiry-result':
      return { type, documentNumber: 'INQ-0001', summary: 'No outstanding items' };
    case 'termination':
      return { type, effectiveOn: '2026-11-20' };
    default: {
      const unknownType: never = type;
      return fail(\`result type \${String(unknownType)}\`);
    }
  }
}

// The family starts a draft from the questionnaire, fills it, uploads the materials and submits.
const family = clientFor(FAMILY_COOKIE);
const me = await family.GET('/api/v1/me');
if (me.data?.kind !== 'citizen') fail('the family is not signed in');

const started = await family.POST('/api/v1/drafts', {
  body: { regionCode: '530102', answers: ANSWERS, deceasedIdNumber: DECEASED_ID_NUMBER },
});
let draft: Schemas['Draft'] = started.data ?? fail(\`draft: \${started.response.status} \${JSON.stringify(started.error)}\`);

const values: Record<string, string> = {};
for (const field of draft.form.flatMap((group) => group.fields)) {
  const wanted = VALUES[field.key];
  if (!field.value && wanted !== undefined) values[field.key] = wanted;
}
if (Object.keys(values).length > 0) {
  const saved = await family.PATCH('/api/v1/drafts/{id}', {
    params: { path: { id: draft.id } },
    body: { version: draft.version, values },
  });
  draft = saved.data ?? fail(\`save: \${JSON.stringify(saved.error)}\`);
}

const photo = await openAsBlob(PHOTO, { type: 'image/png' });
for (const material of draft.materials.filter((m) => !m.satisfied)) {
  const uploaded = await family.POST('/api/v1/drafts/{id}/materials/{materialCode}', {
    params: { path: { id: draft.id, materialCode: material.code } },
    body: { file: photo },
    bodySerializer(body) {
      const form = new FormData();
      form.append('file', body.file, 'photo.png');
      return form;
    },
  });
  draft = uploaded.data ?? fail(\`upload of \${material.code}: \${JSON.stringify(uploaded.error)}\`);
}
if (draft.materials.some((m) => !m.satisfied)) fail('a material is still missing');

const submitted = await family.POST('/api/v1/drafts/{id}/submit', {
  params: { path: { id: draft.id }, header: { 'idempotency-key': \`client-\${draft.id}\` } },
  body: { version: draft.version, declaration: { version: draft.consent.version, accepted: true } },
});
const application = submitted.data ?? fail(\`submit: \${JSON.stringify(submitted.error)}\`);
if (submitted.response.status !== 201 || application.state !== 'submitted') fail('not submitted');

// The window clerk of the county finds it in the queue and accepts it.
const clerk = clientFor(await signInStaff('window-530102'));
const queue = await clerk.GET('/api/v1/window/queue', { params: { query: { state: 'submitted' } } });
const queued = queue.data?.items.find((item) => item.code === application.code) ?? fail('not in the queue');
const opened = await clerk.GET('/api/v1/window/cases/{id}', { params: { path: { id: queued.id } } });
const atWindow = opened.data ?? fail('the window cannot open it');
if (!atWindow.allowedActions.includes('accept')) fail('accept is not allowed');
const accepted = await clerk.POST('/api/v1/window/cases/{id}/accept', {
  params: { path: { id: queued.id } },
  body: { version: atWindow.version },
});
const inProgress = accepted.data ?? fail(\`accept: \${JSON.stringify(accepted.error)}\`);
if (inProgress.state !== 'in_progress') fail(\`accepted, yet \${inProgress.state}\`);

// Accepting the same version again is refused in the documented shape.
const again = await clerk.POST('/api/v1/window/cases/{id}/accept', {
  params: { path: { id: queued.id } },
  body: { version: atWindow.version },
});
const refusal = again.error?.error.code;
if (refusal !== 'STALE_VERSION' && refusal !== 'ACTION_NOT_ALLOWED') fail(\`second accept: \${refusal}\`);

// Each department claims its sub-case and completes it with a result of the type the API names.
const completedTypes: string[] = [];
for (const sub of inProgress.subCases) {
  const username = APPROVERS[sub.department.code] ?? fail(\`no approver for \${sub.department.code}\`);
  const department = clientFor(await signInStaff(username));
  const pending = await department.GET('/api/v1/department/sub-cases', { params: { query: { state: 'pending' } } });
  if (!pending.data?.items.some((item) => item.id === sub.id)) fail(\`\${sub.id} is not pending\`);
  const view = await department.GET('/api/v1/department/sub-cases/{id}', { params: { path: { id: sub.id } } });
  const before = view.data ?? fail('the department cannot open it');
  if (!before.allowedActions.includes('claim')) fail('claim is not allowed');
  const claimed = await department.POST('/api/v1/department/sub-cases/{id}/claim', {
    params: { path: { id: sub.id } },
    body: { version: before.version },
  });
  const inReview = claimed.data ?? fail(\`claim: \${JSON.stringify(claimed.error)}\`);
  const resultType = inReview.resultType ?? fail('the sub-case names no result type');
  const completed = await department.POST('/api/v1/department/sub-cases/{id}/complete', {
    params: { path: { id: sub.id } },
    body: { version: inReview.version, result: resultOf(resultType) },
  });
  const done = completed.data ?? fail(\`complete: \${JSON.stringify(completed.error)}\`);
  if (done.state !== 'completed') fail(\`completed, yet \${done.state}\`);
  completedTypes.push(resultType);
}

// The family sees every result, reads the acceptance notice and confirms receipt online.
const tracked = await family.GET('/api/v1/cases/{code}', { params: { path: { code: application.code } } });
const ready = tracked.data ?? fail('the family cannot track it');
if (ready.state !== 'ready_for_delivery') fail(\`all done, yet \${ready.state}\`);
for (const sub of ready.subCases) {
  if (sub.state !== 'completed' || sub.result === null) fail(\`\${sub.matterCode} has no result\`);
}
const notice = ready.documents.find((d) => d.kind === 'acceptance') ?? fail('no acceptance notice');
const pdf = await family.GET('/api/v1/cases/{code}/documents/{token}', {
  params: { path: { code: application.code, token: notice.token } },
  parseAs: 'blob',
});
const file = pdf.data ?? fail(\`notice: \${pdf.response.status}\`);
if (file.type !== 'application/pdf' || file.size === 0) fail(\`notice is \${file.type}\`);
const received = await family.POST('/api/v1/cases/{code}/receive', {
  params: { path: { code: application.code } },
  body: { version: ready.version },
});
if (received.data?.state !== 'delivered') fail(\`receive: \${JSON.stringify(received.error)}\`);

console.log(
  JSON.stringify({
    code: application.code,
    state: received.data.state,
    subCases: ready.subCases.length,
    completedTypes,
    seen,
  }),
);
`;
}

describe('a client generated from the served document', () => {
  let dir: string;
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('type-checks strictly and takes a case from the family through the window to every department', {
    timeout: 240_000,
  }, async () => {
    dir = mkdtempSync(join(tmpdir(), 'lianban-client-'));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2024',
          lib: ['es2024', 'dom', 'dom.iterable'],
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          noUncheckedIndexedAccess: true,
          allowImportingTsExtensions: true,
          verbatimModuleSyntax: true,
          erasableSyntaxOnly: true,
          skipLibCheck: true,
          noEmit: true,
          types: ['node'],
        },
        files: ['client.ts'],
      }),
    );

    // The types, from the document as served.
    const types = await generateApiTypes(new URL('/openapi.json', app.url));
    expect(types).toContain('"/api/v1/drafts/{id}/submit"');
    writeFileSync(join(dir, 'api.ts'), types);

    const photo = join(dir, 'photo.png');
    writeFileSync(photo, await samplePhoto());
    const script = clientScript({
      url: app.url,
      familyCookie: await app.citizenCookie(0),
      staffPassword: DEMO_STAFF_PASSWORD,
      photo,
      deceasedIdNumber: newDeceasedIdNumber('530102'),
    });
    writeFileSync(join(dir, 'client.ts'), script);
    // Written the way a careful team would: no any, no casts, nothing silenced.
    const code = script.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''");
    expect(code).not.toMatch(/\bany\b/);
    expect(code).not.toMatch(/\bas\b/);
    expect(code).not.toMatch(/@ts-|!\./);

    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    try {
      execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '-p', join(dir, 'tsconfig.json')], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`the client does not type-check:\n${stdout ?? ''}${stderr ?? ''}`);
    }

    // Asynchronously: the app answering the client runs in this process.
    let output: string;
    try {
      ({ stdout: output } = await execFileAsync(process.execPath, [join(dir, 'client.ts')], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 180_000,
      }));
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`the client failed:\n${stdout ?? ''}${stderr ?? ''}`);
    }
    const result = JSON.parse(output.trim().split('\n').at(-1) as string) as {
      state: string;
      subCases: number;
      completedTypes: string[];
      seen: { method: string; path: string; status: number }[];
    };
    expect(result.state).toBe('delivered');
    expect(result.completedTypes.length).toBe(result.subCases);
    expect(result.subCases).toBeGreaterThan(1);
    // Every answer the client received is one the document describes.
    const undocumented = result.seen.filter(
      (s) => !doc.paths[s.path]?.[s.method.toLowerCase()]?.responses[String(s.status)],
    );
    expect(undocumented).toEqual([]);
    expect(result.seen.length).toBeGreaterThan(20);
  });
});
