/**
 * The embedded demo identity service: an oidc-provider instance mounted at /oidc that knows only
 * the synthetic DEMO_CITIZENS, with its own Chinese sign-in page. It exists so the platform can be
 * tried without a government identity service; it is refused in production (set OIDC_ISSUER).
 *
 * All of its state lives in the database (oidc_payload, installation_secret), so any instance
 * can serve any step of a flow.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Provider, { type Configuration, type InteractionResults } from 'oidc-provider';
import type { Config } from '../../config.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { DEMO_CITIZENS, type DemoCitizen } from '../demo-citizens.ts';
import { drizzleAdapter } from './drizzle-adapter.ts';
import { embeddedClientSecret, loadCookieKeys, loadSigningKeys } from './installation-secrets.ts';
import { renderLoginPage, renderLogoutPage, renderMessagePage } from './provider-pages.ts';

/** Where the embedded provider is mounted; its issuer is `${publicUrl}${EMBEDDED_PROVIDER_PATH}`. */
export const EMBEDDED_PROVIDER_PATH = '/oidc';
export const CITIZEN_CALLBACK_PATH = '/auth/citizen/callback';
/** The custom scope carrying the claims a government identity service would share. */
export const LIANBAN_SCOPE = 'lianban';

const INTERACTION_PATH = `${EMBEDDED_PROVIDER_PATH}/interaction`;

export function embeddedIssuer(context: Pick<AppContext, 'publicUrl'>): string {
  return `${context.publicUrl()}${EMBEDDED_PROVIDER_PATH}`;
}

export function assertEmbeddedProviderAllowed(config: Pick<Config, 'env'>): void {
  if (config.env === 'production') {
    throw new Error(
      'OIDC_ISSUER must be set in production: the embedded demo identity service (synthetic citizens at /oidc) ' +
        'is refused when NODE_ENV=production. Point OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET at the ' +
        'government identity service.',
    );
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Compares every demo account in constant time, so neither user names nor passwords leak by timing. */
export function checkDemoCredentials(username: string, password: string): DemoCitizen | undefined {
  const user = digest(username);
  const pass = digest(password);
  let match: DemoCitizen | undefined;
  for (const citizen of DEMO_CITIZENS) {
    const userOk = timingSafeEqual(user, digest(citizen.username));
    const passOk = timingSafeEqual(pass, digest(citizen.password));
    if (userOk && passOk) match = citizen;
  }
  return match;
}

function findDemoCitizen(subject: string): DemoCitizen | undefined {
  return DEMO_CITIZENS.find((c) => c.subject === subject);
}

export async function createEmbeddedProvider(context: AppContext): Promise<Provider> {
  assertEmbeddedProviderAllowed(context.config);
  const { db } = context.database;
  const publicUrl = context.publicUrl();
  const [jwks, cookieKeys, clientSecret] = await Promise.all([
    loadSigningKeys(db),
    loadCookieKeys(db),
    embeddedClientSecret(db, context.config),
  ]);

  const configuration: Configuration = {
    adapter: drizzleAdapter(db),
    clients: [
      {
        client_id: context.config.oidc.clientId,
        client_secret: clientSecret,
        client_name: '联办',
        redirect_uris: [`${publicUrl}${CITIZEN_CALLBACK_PATH}`],
        post_logout_redirect_uris: [`${publicUrl}/`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks,
    cookies: {
      keys: cookieKeys,
      // Distinct from the defaults so they cannot clash with another app on the same host.
      names: { session: 'lb_idp_session', interaction: 'lb_idp_interaction', resume: 'lb_idp_resume' },
    },
    claims: {
      openid: ['sub'],
      profile: ['name'],
      [LIANBAN_SCOPE]: ['id_number', 'phone_number'],
    },
    responseTypes: ['code'],
    pkce: { required: () => true },
    async findAccount(_ctx, sub) {
      const citizen = findDemoCitizen(sub);
      if (!citizen) return undefined;
      return {
        accountId: citizen.subject,
        claims: () => ({
          sub: citizen.subject,
          name: citizen.name,
          id_number: citizen.idNumber,
          phone_number: citizen.phone,
        }),
      };
    },
    interactions: {
      url: (_ctx, interaction) => `${INTERACTION_PATH}/${interaction.uid}`,
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource(ctx, form) {
          ctx.type = 'html';
          ctx.body = renderLogoutPage(form);
        },
        postLogoutSuccessSource(ctx) {
          ctx.type = 'html';
          ctx.body = renderMessagePage(
            '已退出',
            '您已退出统一身份认证。',
            'You have signed out of the identity service.',
          );
        },
      },
    },
    clientBasedCORS: () => false,
    renderError(ctx, out) {
      ctx.type = 'html';
      ctx.body = renderMessagePage(
        '登录未完成',
        `统一身份认证未能完成此次请求（${out.error}），请返回联办重新登录。`,
        `The identity service could not complete this request (${out.error}). Please go back and sign in again.`,
        { href: '/', text: '返回联办' },
      );
    },
    ttl: {
      AuthorizationCode: 60,
      AccessToken: 10 * 60,
      IdToken: 10 * 60,
      Interaction: 10 * 60,
      Session: 8 * 60 * 60,
      Grant: 8 * 60 * 60,
    },
  };

  const provider = new Provider(embeddedIssuer(context), configuration);
  // Behind a trusted proxy (TRUST_PROXY), build the same URLs Fastify does from X-Forwarded-*.
  provider.proxy = context.config.trustProxy !== false;
  return provider;
}

function sendPage(reply: FastifyReply, status: number, html: string) {
  return reply.status(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
}

function expiredPage(reply: FastifyReply) {
  return sendPage(
    reply,
    400,
    renderMessagePage(
      '登录已过期',
      '此次登录已超时或已完成，请返回联办重新登录。',
      'This sign-in has expired or was already completed. Please go back and sign in again.',
      { href: '/auth/citizen/sign-in', text: '重新登录' },
    ),
  );
}

type ProviderInteraction = Awaited<ReturnType<Provider['interactionDetails']>>;

async function loadInteraction(provider: Provider, request: FastifyRequest, reply: FastifyReply) {
  const { uid } = request.params as { uid: string };
  try {
    const interaction = await provider.interactionDetails(request.raw, reply.raw);
    // The cookie names the interaction; a URL for another one means a stale tab or a forged link.
    return interaction.uid === uid ? interaction : null;
  } catch {
    return null;
  }
}

/** First-party client: consent is implied, so grant exactly what the provider says is missing. */
async function grantConsent(
  provider: Provider,
  interaction: ProviderInteraction,
): Promise<InteractionResults> {
  const accountId = interaction.session?.accountId;
  const clientId = interaction.params.client_id;
  if (!accountId || typeof clientId !== 'string') {
    return { error: 'access_denied', error_description: 'no signed-in account' };
  }
  const existing = interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined;
  const grant = existing ?? new provider.Grant({ accountId, clientId });
  const details = interaction.prompt.details as {
    missingOIDCScope?: string[];
    missingOIDCClaims?: string[];
    missingResourceScopes?: Record<string, string[]>;
  };
  if (details.missingOIDCScope) grant.addOIDCScope(details.missingOIDCScope.join(' '));
  if (details.missingOIDCClaims) grant.addOIDCClaims(details.missingOIDCClaims);
  for (const [indicator, scopes] of Object.entries(details.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(' '));
  }
  const grantId = await grant.save();
  return { consent: existing ? {} : { grantId } };
}

/**
 * Hands a request to the provider (a Koa app) with the /oidc prefix stripped; it reads the prefix
 * back from `originalUrl` when it builds its own URLs. Called from onRequest, before Fastify reads
 * the body, because the provider parses token and other POST bodies itself.
 */
function mountHandler(provider: Provider, app: FastifyInstance) {
  const callback = provider.callback() as (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  return async (request: FastifyRequest, reply: FastifyReply) => {
    reply.hijack();
    const req = request.raw;
    const original = req.url ?? EMBEDDED_PROVIDER_PATH;
    const rest = original.slice(EMBEDDED_PROVIDER_PATH.length);
    Object.assign(req, { originalUrl: original });
    req.url = rest.startsWith('/') ? rest : `/${rest}`;
    try {
      await callback(req, reply.raw);
    } catch (error) {
      app.log.error({ err: error }, 'embedded identity provider failed');
      if (!reply.raw.headersSent) reply.raw.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      if (!reply.raw.writableEnded) reply.raw.end('internal error');
    } finally {
      req.url = original;
    }
  };
}

export async function embeddedProviderPlugin(app: FastifyInstance, context: AppContext): Promise<void> {
  const provider = await createEmbeddedProvider(context);
  provider.on('server_error', (_ctx, error) =>
    app.log.error({ err: error }, 'embedded identity provider error'),
  );

  app.get(`${INTERACTION_PATH}/:uid`, { schema: { hide: true } }, async (request, reply) => {
    const interaction = await loadInteraction(provider, request, reply);
    if (!interaction) return expiredPage(reply);
    if (interaction.prompt.name === 'login') {
      return sendPage(reply, 200, renderLoginPage({ action: `${INTERACTION_PATH}/${interaction.uid}` }));
    }
    const result: InteractionResults =
      interaction.prompt.name === 'consent'
        ? await grantConsent(provider, interaction)
        : { error: 'access_denied', error_description: 'unsupported interaction' };
    const target = await provider.interactionResult(request.raw, reply.raw, result, {
      mergeWithLastSubmission: true,
    });
    return reply.header('cache-control', 'no-store').redirect(target, 303);
  });

  app.post(
    `${INTERACTION_PATH}/:uid`,
    {
      schema: { hide: true },
      config: { rateLimit: { max: context.config.rateLimits.signInPerMinute, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      // Unreachable while the plugin is refused in production; kept so demo people can never sign in there.
      if (context.config.env === 'production') throw new AppError('DEMO_ACCOUNTS_DISABLED');
      const interaction = await loadInteraction(provider, request, reply);
      if (!interaction) return expiredPage(reply);
      const action = `${INTERACTION_PATH}/${interaction.uid}`;
      if (interaction.prompt.name !== 'login') return reply.redirect(action, 303);

      const body = (request.body ?? {}) as Record<string, unknown>;
      const username = typeof body.username === 'string' ? body.username.trim().slice(0, 64) : '';
      const password = typeof body.password === 'string' ? body.password.slice(0, 256) : '';
      const citizen = checkDemoCredentials(username, password);
      if (!citizen) return sendPage(reply, 200, renderLoginPage({ action, username, failed: true }));

      const target = await provider.interactionResult(
        request.raw,
        reply.raw,
        { login: { accountId: citizen.subject, amr: ['pwd'] } },
        { mergeWithLastSubmission: false },
      );
      return reply.header('cache-control', 'no-store').redirect(target, 303);
    },
  );

  const mount = mountHandler(provider, app);
  const methods = ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'];
  for (const url of [EMBEDDED_PROVIDER_PATH, `${EMBEDDED_PROVIDER_PATH}/*`]) {
    app.route({
      method: methods,
      url,
      schema: { hide: true },
      onRequest: mount,
      handler: async () => {
        // Never reached: the onRequest hook has already hijacked the reply.
      },
    });
  }
}
