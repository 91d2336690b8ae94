/**
 * A page of another site must not be able to make a signed-in browser change anything: every
 * state-changing route is refused with CROSS_SITE_REFUSED when the browser says the request comes
 * from elsewhere (Sec-Fetch-Site, or Origin where Sec-Fetch-Site is not sent), while the same
 * request from the platform's own pages goes through to the route. The routes are read from the
 * app's route table, so a route added later is covered without being listed here.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RouteEntry, routeTable } from '../../src/server/app.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Where the session cookie (or the identity service's own cookie, under /oidc) authorises a request. */
const COOKIE_PATHS = /^\/(api|auth|oidc)(\/|$)/;

/**
 * Routes deliberately left open to other sites, by "METHOD url", each with the reason. None today:
 * the identity service's token endpoint is called server to server, without browser headers.
 */
const EXEMPT: Record<string, string> = {};

const FOREIGN: readonly [string, Record<string, string>][] = [
  ['Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }],
  ['Sec-Fetch-Site: same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }],
  ['Origin: https://evil.example, no Sec-Fetch-Site', { origin: 'https://evil.example' }],
];

let app: TestApp;
const cookies: Record<'citizen' | 'staff', string> = { citizen: '', staff: '' };

async function mint(kind: 'citizen' | 'staff') {
  cookies[kind] = kind === 'citizen' ? await app.citizenCookie(0) : await app.signInStaff('window-530102');
}

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
  await mint('citizen');
  await mint('staff');
});
afterAll(async () => {
  await app?.stop();
});

function guardedRoutes(): RouteEntry[] {
  return routeTable(app.services.app).filter(
    (route) =>
      STATE_CHANGING.has(route.method) &&
      COOKIE_PATHS.test(route.url) &&
      EXEMPT[`${route.method} ${route.url}`] === undefined,
  );
}

/** A concrete URL for a route: ids as UUIDs, other parameters (and a wildcard) as a plain word. */
function concrete(url: string): string {
  return url.replace(/:\w+|\*/g, (param) => (/id$/i.test(param) ? crypto.randomUUID() : 'sample'));
}

/** The same path with its first letter percent-escaped (`/%61pi/…`): the router decodes it to the same route. */
function respelled(path: string): string {
  return `/%${path.charCodeAt(1).toString(16)}${path.slice(2)}`;
}

const SPELLINGS: readonly [string, (path: string) => string][] = [
  ['', (path) => path],
  [' (path spelled /%xx…)', respelled],
];

async function send(
  route: RouteEntry,
  kind: 'citizen' | 'staff',
  headers: Record<string, string>,
  spell: (path: string) => string = (path) => path,
) {
  const response = await fetch(app.url + spell(concrete(route.url)), {
    method: route.method,
    headers: { cookie: cookies[kind], 'content-type': 'application/json', ...headers },
    body: '{}',
    redirect: 'manual',
  });
  const text = await response.text();
  let body: { error?: { code?: string } } | null = null;
  try {
    body = JSON.parse(text);
  } catch {
    // an identity-service page; only the status and code of a refusal matter here
  }
  // A request that went through may have signed the caller out; the next one needs a session.
  if ((response.headers.get('set-cookie') ?? '').includes('lb_session=')) await mint(kind);
  return { status: response.status, code: body?.error?.code };
}

describe('state-changing requests from another site', () => {
  it('covers the routes the app registers', () => {
    const routes = guardedRoutes();
    // Sign-in, sign-out, drafts, cases, the window, departments, supervision, the catalog, /oidc.
    expect(routes.length).toBeGreaterThan(30);
    for (const name of Object.keys(EXEMPT)) {
      expect(
        routeTable(app.services.app).some((r) => `${r.method} ${r.url}` === name),
        `${name} is exempt but no longer exists`,
      ).toBe(true);
    }
  });

  it('are refused with CROSS_SITE_REFUSED on every route, with a staff or a citizen cookie', async () => {
    const wrong: string[] = [];
    let sent = 0;
    for (const route of guardedRoutes()) {
      for (const kind of ['citizen', 'staff'] as const) {
        for (const [label, headers] of FOREIGN) {
          for (const [spelling, spell] of SPELLINGS) {
            const answer = await send(route, kind, headers, spell);
            sent += 1;
            if (answer.status !== 403 || answer.code !== 'CROSS_SITE_REFUSED')
              wrong.push(
                `${route.method} ${route.url}${spelling} as ${kind} with ${label}: ${answer.status} ${answer.code}`,
              );
          }
        }
      }
    }
    console.log(
      `cross-site: ${sent} requests to ${guardedRoutes().length} routes, ${wrong.length} not refused`,
    );
    expect(wrong).toEqual([]);
    // Nothing was done with the sessions either (sign-out among them was refused).
    expect((await app.api('/api/v1/me', { cookie: cookies.citizen })).body.kind).toBe('citizen');
    expect((await app.api('/api/v1/me', { cookie: cookies.staff })).body.kind).toBe('staff');
  });

  it('go through to the route when they come from the platform’s own pages', async () => {
    const refused: string[] = [];
    for (const route of guardedRoutes()) {
      for (const kind of ['citizen', 'staff'] as const) {
        const answer = await send(route, kind, { 'sec-fetch-site': 'same-origin', origin: app.url });
        if (answer.code === 'CROSS_SITE_REFUSED' || answer.status >= 500)
          refused.push(`${route.method} ${route.url} as ${kind}: ${answer.status} ${answer.code}`);
      }
    }
    expect(refused).toEqual([]);
  });
});
