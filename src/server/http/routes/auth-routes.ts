/** Staff sign-in and sign-out, and "who am I" for any caller. Citizens sign in through OIDC. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAudit } from '../../audit/audit-log.ts';
import type { AppContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { actorOf, describeStaff, loadStaffPrincipal } from '../../identity/principal.ts';
import { destroySession } from '../../identity/sessions.ts';
import { signInStaff } from '../../identity/staff-sign-in.ts';
import { errorResponses, Me, StaffMe } from '../schemas.ts';
import { clearSessionCookie, setSessionCookie } from '../session-cookie.ts';

export async function authRoutes(app: FastifyInstance, context: AppContext) {
  const routes = app.withTypeProvider<ZodTypeProvider>();
  const { db } = context.database;

  routes.get(
    '/api/v1/me',
    { schema: { tags: ['identity'], summary: 'Who is signed in', response: { 200: Me } } },
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
        tags: ['identity'],
        summary: 'Staff sign-in with user name and password',
        body: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) }),
        response: { 200: StaffMe, ...errorResponses },
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
    { schema: { tags: ['identity'], summary: 'Sign out', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.sessionToken) {
        const principal = request.principal;
        await db.transaction(async (tx) => {
          await destroySession(tx, request.sessionToken as string);
          if (principal) {
            await appendAudit(tx, context.keys, {
              actor: actorOf(principal),
              action: `${principal.kind}.sign_out`,
              objectType: principal.kind === 'staff' ? 'staff_account' : 'citizen',
              objectId: principal.id,
            });
          }
        });
      }
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );
}
