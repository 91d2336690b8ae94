/**
 * The HTTP application: Fastify with zod-validated routes, generated OpenAPI, security headers,
 * rate limits, sessions, coded errors and the built web app. Routes stay thin: they check who is
 * asking, validate, call one command or query, and present the result.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import scalar from '@scalar/fastify-api-reference';
import Fastify, { type FastifyInstance, type FastifySchema } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from './context.ts';
import { answerClientError, sendError } from './http/errors.ts';
import { API_TAGS, documentRoute, finishDocument, SESSION_SCHEME } from './http/openapi.ts';
import { registerRequestGuards, routedPath } from './http/request-guards.ts';
import { adminCatalogRoutes } from './http/routes/admin-catalog-routes.ts';
import { authRoutes } from './http/routes/auth-routes.ts';
import { caseRoutes } from './http/routes/case-routes.ts';
import { catalogRoutes } from './http/routes/catalog-routes.ts';
import { deathRegistryRoutes } from './http/routes/death-registry-routes.ts';
import { departmentRoutes } from './http/routes/department-routes.ts';
import { draftRoutes } from './http/routes/draft-routes.ts';
import { exchangeRoutes } from './http/routes/exchange-routes.ts';
import { exchangeStaffRoutes } from './http/routes/exchange-staff-routes.ts';
import { healthRoutes } from './http/routes/health-routes.ts';
import { messageRoutes } from './http/routes/message-routes.ts';
import { referenceRoutes } from './http/routes/reference-routes.ts';
import { supervisionExportRoutes } from './http/routes/supervision-export-routes.ts';
import { supervisionRoutes } from './http/routes/supervision-routes.ts';
import { verifyRoutes } from './http/routes/verify-routes.ts';
import { windowRoutes } from './http/routes/window-routes.ts';
import { registerStaticFiles } from './http/static-files.ts';
import { loadStaffPrincipal } from './identity/principal.ts';
import { resolveSession, SESSION_COOKIE } from './identity/sessions.ts';
import { createLocalFileStore } from './materials/file-store.ts';
import { MAX_UPLOAD_BYTES } from './materials/inspect-upload.ts';
import { createS3FileStore } from './materials/s3-file-store.ts';

export const WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export type App = FastifyInstance;

/** One method of one route as registered, with its schema: what tests generated from the route table read. */
export interface RouteEntry {
  method: string;
  url: string;
  schema: FastifySchema | undefined;
}

const routeTables = new WeakMap<FastifyInstance, RouteEntry[]>();

/** Every route of an app built by buildApp, plugins' routes included, in registration order. */
export function routeTable(app: FastifyInstance): readonly RouteEntry[] {
  return routeTables.get(app) ?? [];
}

export interface BuildOptions {
  /** Extra route plugins (the embedded OpenID provider, citizen sign-in) registered by the caller. */
  plugins?: ((app: FastifyInstance, context: AppContext) => Promise<void>)[];
  logger?: boolean;
  /** The built web app to serve; tests point it at a folder of their own. Default: dist/web. */
  webRoot?: string;
}

export async function buildApp(context: AppContext, options: BuildOptions = {}): Promise<FastifyInstance> {
  const { config } = context;
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            redact: {
              paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
              censor: '[masked]',
            },
          },
    // A hop count trusts that many proxies in front; addresses trust only those proxies.
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (
            (hops: number) => (_address: string, hop: number) =>
              hop < hops
          )(config.trustProxy)
        : config.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    // Refusals from below the routes (a URL that does not decode, a parameter over the length
    // limit, a request the HTTP parser rejects) get the documented error body too.
    frameworkErrors: (error, request, reply) => sendError(request, reply, error),
    clientErrorHandler: answerClientError,
  }).withTypeProvider<ZodTypeProvider>();
  const routes: RouteEntry[] = [];
  routeTables.set(app, routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, schema: route.schema });
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Set before any plugin is registered, so every plugin's routes inherit it.
  app.setErrorHandler((error, request, reply) => sendError(request, reply, error));

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: null,
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  await app.register(formbody);
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5 } });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lianban 联办 API',
        version: '1',
        description:
          'The after-death "one thing" joint-handling platform: families apply once (through a draft), the window accepts, and the case fans out to departments. ' +
          'Signed-in routes read the session cookie set by staff or citizen sign-in. ' +
          'Every refusal has the one `Error` shape, `{ error: { code, message, messageZh, messageEn, fields?, details? } }`; clients branch on `code`.',
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      servers: [{ url: '/', description: 'This instance' }],
      tags: API_TAGS,
      components: {
        securitySchemes: {
          [SESSION_SCHEME]: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description:
              'The session cookie, set by `POST /api/v1/auth/staff/sign-in` or by the citizen sign-in callback; it ends after a period of inactivity',
          },
        },
      },
    },
    // The exchange API has its own document (/api/exchange/v1/openapi.json).
    transform: (input) =>
      input.url.startsWith('/api/exchange/')
        ? { schema: { ...input.schema, hide: true }, url: input.url }
        : documentRoute(input),
    transformObject: finishDocument,
  });
  await app.register(scalar, { routePrefix: '/docs/api', configuration: { url: '/openapi.json' } });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.decorateRequest('principal', null);
  app.decorateRequest('sessionState', 'none');
  app.decorateRequest('sessionToken', undefined);
  app.addHook('onRequest', async (request) => {
    const path = routedPath(request);
    if (!path.startsWith('/api/') && !path.startsWith('/auth/')) return;
    const token = request.cookies[SESSION_COOKIE];
    const lookup = await resolveSession(context.database.db, token);
    request.sessionState = lookup.status;
    if (lookup.status !== 'active') return;
    request.sessionToken = token;
    const { session } = lookup;
    request.principal =
      session.principalKind === 'staff'
        ? await loadStaffPrincipal(context.database.db, session.principalId)
        : session.citizenName === null
          ? null
          : { kind: 'citizen', id: session.principalId, name: session.citizenName };
  });

  registerRequestGuards(app, context.publicUrl);

  const files = config.materialsS3
    ? createS3FileStore(config.materialsS3, context.keys)
    : createLocalFileStore(join(config.dataDir, 'files'), context.keys);
  await app.register(async (api) => {
    await healthRoutes(api, context);
    await referenceRoutes(api, context);
    await authRoutes(api, context);
    await caseRoutes(api, context, files);
    await verifyRoutes(api, context);
    await supervisionRoutes(api, context);
    await supervisionExportRoutes(api, context);
    await draftRoutes(api, context, files);
    await messageRoutes(api, context);
    await windowRoutes(api, context, files);
    await catalogRoutes(api, context);
    await adminCatalogRoutes(api, context);
    await departmentRoutes(api, context, files);
    await deathRegistryRoutes(api, context);
    await exchangeStaffRoutes(api, context);
    for (const plugin of options.plugins ?? []) await plugin(api, context);
  });
  await app.register(async (exchange) => {
    await exchangeRoutes(exchange, context, files);
  });

  await registerStaticFiles(app, options.webRoot ?? WEB_ROOT);
  return app;
}
