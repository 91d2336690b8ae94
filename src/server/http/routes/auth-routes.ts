/** Staff sign-in and sign-out, and "who am I" for any caller. Citizens sign in through OIDC. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { describeStaff, loadStaffPrincipal } from '../../identity/principal.ts';
import { destroySession } from '../../identity/sessions.ts';
import { signOut } from '../../identity/sign-out.ts';
import { signInStaff } from '../../identity/staff-sign-in.ts';
import { PUBLIC, SESSION_OPTIONAL } from '../openapi.ts';
import { errors, Me, StaffMe, StaffSignInRequest } from '../schemas.ts';
import { clearSessionCookie, setSessionCookie } from '../session-cookie.ts';

export async function authRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = context.database;

  routes.get(
    '/api/v1/me',
    {
      schema: {
        operationId: 'getMe',
        tags: ['identity'],
        summary: 'Who is signed in',
        security: SESSION_OPTIONAL,
        response: { 200: Me },
      },
    },
    async (request) => {
      const principal = request.principal;
      if (!principal) return { kind: 'anonymous' as const };
      if (principal.kind === 'citizen')
        return { kind: 'citizen' as const, id: principal.id, name: principal.name };
      return describeStaff(db, principal);
    },
  );

  routes.post(
    '/api/v1/auth/staff/sign-in',
    {
      config: { rateLimit: { max: context.config.rateLimits.signInPerMinute, timeWindow: '1 minute' } },
      schema: {
        operationId: 'signInStaff',
        tags: ['identity'],
        summary: 'Staff sign-in with user name and password',
        description:
          'Sets the session cookie. Repeated wrong passwords lock the account for a while (INVALID_CREDENTIALS says so).',
        security: PUBLIC,
        body: StaffSignInRequest,
        response: { 200: StaffMe, ...errors(401, 403) },
        responseHeaders: { 200: ['Set-Cookie'] },
        responseDescriptions: { 200: 'Signed in: the staff member, with the session cookie set' },
      },
    },
    async (request, reply) => {
      const { token, staffId } = await signInStaff(
        db,
        context.keys,
        context.config,
        request.body.username,
        request.body.password,
        { address: request.ip },
      );
      if (request.sessionToken) await destroySession(db, request.sessionToken);
      setSessionCookie(reply, context, token);
      const principal = await loadStaffPrincipal(db, staffId);
      if (!principal) throw new AppError('INTERNAL');
      return describeStaff(db, principal);
    },
  );

  routes.post(
    '/api/v1/auth/sign-out',
    {
      schema: {
        operationId: 'signOut',
        tags: ['identity'],
        summary: 'Sign out',
        security: SESSION_OPTIONAL,
        response: { 204: z.null() },
        responseHeaders: { 204: ['Set-Cookie'] },
        responseDescriptions: { 204: 'Signed out: the session ended and its cookie cleared' },
      },
    },
    async (request, reply) => {
      if (request.sessionToken) await signOut(context, request.sessionToken, request.principal);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );
}
