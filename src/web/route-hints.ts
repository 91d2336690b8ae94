/**
 * The family's pages whose code and first reads the server names in the page it sends
 * (docs/ARCHITECTURE.md, "Hints for a family page"), so that a phone asks for them while the app's
 * own scripts are still arriving instead of one after the other once those have run: the page's
 * chunk and the chunks it imports, and, to a browser with a session, the API reads the page makes
 * as it opens.
 *
 * This list is the one place they are declared. The build (vite.config.ts) finds each page
 * module's chunks in the bundle and writes the list with their file names for the server
 * (dist/prerender/route-hints.json, read by src/server/http/route-hints.ts). Pure data: the web app
 * itself does not load this module.
 */
import type { paths } from './api/openapi.d.ts';

/** What a parameter of a hinted route must be; at any other value the page is sent without hints. */
export type ParamKind = 'uuid';

/** An address the app reads with GET, as the API client names it (`{id}` for a parameter). */
export type ApiRead = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths];

export interface RouteHint {
  /** The page's route as app.tsx declares it, from the root, with `:name` parameters. */
  route: string;
  /** Every parameter of the route, with what it must be. */
  params: Record<string, ParamKind>;
  /** The module app.tsx loads lazily for the route, from the repository's root. */
  module: string;
  /**
   * The reads the page makes as it opens for a signed-in family, with the route's parameters in
   * them; the page must make each one, exactly so, or the browser fetches it twice and warns.
   */
  reads: ApiRead[];
}

export const ROUTE_HINTS: readonly RouteHint[] = [
  {
    route: '/portal/drafts/:id',
    params: { id: 'uuid' },
    module: 'src/web/portal/draft-page.tsx',
    reads: ['/api/v1/me', '/api/v1/drafts/{id}'],
  },
];
