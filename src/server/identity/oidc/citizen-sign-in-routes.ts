/**
 * The browser-facing routes of citizen sign-in: /auth/citizen/sign-in sends the browser to the
 * identity service, /auth/citizen/callback receives it back. Both answer with redirects only;
 * any failure lands on the portal with `signInError=1`, details go to the log and audit trail.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { PUBLIC } from '../../http/openapi.ts';
import { setSessionCookie } from '../../http/session-cookie.ts';
import { type CitizenSignIn, SIGN_IN_ERROR_LOCATION } from './citizen-sign-in.ts';
import { CITIZEN_CALLBACK_PATH } from './embedded-provider.ts';

export const CITIZEN_SIGN_IN_PATH = '/auth/citizen/sign-in';

export function citizenSignInRoutes(signIn: CitizenSignIn) {
  return async function citizenSignInPlugin(app: FastifyInstance, context: AppContext): Promise<void> {
    const rateLimit = { max: context.config.rateLimits.signInPerMinute, timeWindow: '1 minute' };

    app.get(
      CITIZEN_SIGN_IN_PATH,
      {
        config: { rateLimit },
        schema: {
          operationId: 'startCitizenSignIn',
          tags: ['identity'],
          summary: 'Citizen sign-in: redirect to the identity service',
          description:
            'Starts OpenID Connect sign-in (authorization code with PKCE) and answers 302 to the identity service. ' +
            '`returnTo` is a same-site path to come back to after sign-in (default /portal).',
          security: PUBLIC,
          // Never refused: a returnTo that is not a same-site path is replaced by the default.
          querystring: z.object({
            returnTo: z
              .string()
              .optional()
              .catch(undefined)
              .describe('A same-site path to come back to after sign-in (default /portal)'),
          }),
          responseHeaders: { 302: ['Location'] },
          responseDescriptions: {
            302: 'To the identity service; if sign-in cannot start, to /portal?signInError=1',
          },
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        const query = (request.query ?? {}) as Record<string, unknown>;
        try {
          const { authorizationUrl } = await signIn.start(query.returnTo);
          return reply.redirect(authorizationUrl.href, 302);
        } catch (error) {
          request.log.warn({ err: error, issuer: signIn.issuer }, 'citizen sign-in could not start');
          return reply.redirect(SIGN_IN_ERROR_LOCATION, 302);
        }
      },
    );

    app.get(
      CITIZEN_CALLBACK_PATH,
      {
        config: { rateLimit },
        schema: {
          operationId: 'finishCitizenSignIn',
          tags: ['identity'],
          summary: 'Citizen sign-in: return from the identity service',
          description:
            'The OpenID Connect redirect URI. On success sets the session cookie and answers 302 to the ' +
            "sign-in's returnTo; otherwise 302 to /portal?signInError=1. Its query (`code`, `state`, `iss`, or " +
            '`error`) comes from the identity service.',
          security: PUBLIC,
          responseHeaders: { 302: ['Location', 'Set-Cookie'] },
          responseDescriptions: {
            302: "Signed in: to the sign-in's returnTo, with the session cookie set; otherwise to /portal?signInError=1",
          },
        },
      },
      async (request, reply) => {
        reply.header('cache-control', 'no-store');
        try {
          const result = await signIn.finish(request.url, request.sessionToken);
          setSessionCookie(reply, context, result.token);
          return reply.redirect(result.returnTo, 302);
        } catch (error) {
          const reason = error instanceof AppError ? error.details?.reason : undefined;
          const cause = error instanceof AppError ? (error as { cause?: unknown }).cause : error;
          request.log.warn({ err: cause, reason }, 'citizen sign-in refused');
          return reply.redirect(SIGN_IN_ERROR_LOCATION, 302);
        }
      },
    );
  };
}
