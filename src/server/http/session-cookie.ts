/** Setting and clearing the session cookie, the same way for staff and citizens. */
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../context.ts';
import { SESSION_COOKIE } from '../identity/sessions.ts';

export function setSessionCookie(reply: FastifyReply, context: AppContext, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: context.publicUrl().startsWith('https:'),
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
