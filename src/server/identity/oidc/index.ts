/**
 * Citizen sign-in through OpenID Connect: the relying-party routes, and — when no external issuer
 * is configured — the embedded provider with demo citizens mounted at /oidc.
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';

export type RoutePlugin = (app: FastifyInstance, context: AppContext) => Promise<void>;

export function oidcPlugins(_context: AppContext): RoutePlugin[] {
  return [];
}
