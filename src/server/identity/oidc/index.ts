/**
 * Citizen sign-in through OpenID Connect: the relying-party routes, and — when no external issuer
 * is configured — the embedded provider with demo citizens mounted at /oidc.
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../context.ts';
import { createCitizenSignIn } from './citizen-sign-in.ts';
import { citizenSignInRoutes } from './citizen-sign-in-routes.ts';
import { assertEmbeddedProviderAllowed, embeddedProviderPlugin } from './embedded-provider.ts';

export type RoutePlugin = (app: FastifyInstance, context: AppContext) => Promise<void>;

export {
  CITIZEN_SCOPES,
  type CitizenSignIn,
  createCitizenSignIn,
  DEFAULT_RETURN_TO,
  SIGN_IN_ERROR_LOCATION,
  safeReturnTo,
} from './citizen-sign-in.ts';
export { CITIZEN_SIGN_IN_PATH } from './citizen-sign-in-routes.ts';
export { purgeExpiredOidcPayloads } from './drizzle-adapter.ts';
export {
  CITIZEN_CALLBACK_PATH,
  checkDemoCredentials,
  EMBEDDED_PROVIDER_PATH,
  embeddedIssuer,
} from './embedded-provider.ts';

/**
 * Throws (so the instance does not start) when the embedded demo provider would be needed in
 * production, i.e. OIDC_ISSUER is unset there.
 */
export function oidcPlugins(context: AppContext): RoutePlugin[] {
  const embedded = !context.config.oidc.issuer;
  if (embedded) assertEmbeddedProviderAllowed(context.config);
  const signInRoutes = citizenSignInRoutes(createCitizenSignIn(context));
  return embedded ? [embeddedProviderPlugin, signInRoutes] : [signInRoutes];
}
