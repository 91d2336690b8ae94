/**
 * Citizen sign-in end to end over real HTTP on 127.0.0.1: the relying party, the embedded demo
 * identity provider at /oidc and its login page, driven with fetch and a hand-kept cookie jar the
 * way a browser would (redirects followed one at a time).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import type { AppContext } from '../../src/server/context.ts';
import { auditEvents, citizens, signInAttempts } from '../../src/server/db/schema.ts';
import { DEMO_CITIZEN_PASSWORD } from '../../src/server/identity/demo-citizens.ts';
import { oidcPlugins, safeReturnTo } from '../../src/server/identity/oidc/index.ts';
import { SESSION_COOKIE } from '../../src/server/identity/sessions.ts';
import { decryptField } from '../../src/server/security/national-crypto.ts';
import { type Services, startServices } from '../../src/server/services.ts';
import { freePort } from '../support/postgres-server.ts';
import { startTestApp, TEST_DATA_KEY, type TestApp } from '../support/test-app.ts';

const TIMEOUT = 30_000;

/** Enough of a browser's cookie store: one value per name, dropped when the server expires it. */
class CookieJar {
  readonly cookies = new Map<string, string>();

  store(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => {
        const [key = '', v = ''] = a.split('=');
        const k = key.trim().toLowerCase();
        return (k === 'max-age' && Number(v) <= 0) || (k === 'expires' && new Date(v).getTime() < Date.now());
      });
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

interface Step {
  url: URL;
  response: Response;
}

describe('citizen sign-in over OpenID Connect', () => {
  let app: TestApp;
  let base: string;

  beforeAll(async () => {
    app = await startTestApp({ postgresUrl: inject('postgresUrl') });
    base = app.url;
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
  });

  async function request(jar: CookieJar, url: URL | string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url, base);
    // Everything stays on this machine.
    expect(target.hostname).toBe('127.0.0.1');
    const headers = new Headers(init.headers);
    const cookie = jar.header();
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(target, {
      ...init,
      headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    jar.store(response);
    return response;
  }

  /**
   * Follows redirects with GET until a non-redirect answer, or until `stop` says not to fetch a
   * URL; `route` picks the instance that serves each hop (a load balancer's part).
   */
  async function follow(
    jar: CookieJar,
    start: Step,
    stop?: (url: URL) => boolean,
    route: (url: URL) => URL = (url) => url,
  ): Promise<Step> {
    let step = start;
    for (let hops = 0; hops < 12; hops++) {
      const location = step.response.headers.get('location');
      if (step.response.status < 300 || step.response.status >= 400 || !location) return step;
      await step.response.arrayBuffer();
      const url = route(new URL(location, step.url));
      if (stop?.(url)) return { url, response: step.response };
      step = { url, response: await request(jar, url) };
    }
    throw new Error('too many redirects');
  }

  async function get(jar: CookieJar, path: string): Promise<Step> {
    const url = new URL(path, base);
    return { url, response: await request(jar, url) };
  }

  /** Starts sign-in and follows to the provider's login page. */
  async function openLoginPage(jar: CookieJar, returnTo = '/portal') {
    const start = await get(jar, `/auth/citizen/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
    expect(start.response.status).toBe(302);
    const authorize = new URL(start.response.headers.get('location') ?? '');
    expect(authorize.origin + authorize.pathname).toBe(`${base}/oidc/auth`);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    const page = await follow(jar, start);
    expect(page.response.status).toBe(200);
    expect(page.url.pathname).toMatch(/^\/oidc\/interaction\/[\w-]+$/);
    const html = await page.response.text();
    return { url: page.url, html };
  }

  async function submitLogin(
    jar: CookieJar,
    page: { url: URL; html: string },
    username: string,
    password: string,
  ) {
    const action = /<form method="post" action="([^"]+)"/.exec(page.html)?.[1];
    expect(action).toBeDefined();
    const url = new URL(action ?? '', page.url);
    const response = await request(jar, url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username, password }).toString(),
    });
    return { url, response };
  }

  /** Signs in through the provider and stops just before the relying party's callback. */
  async function reachCallback(jar: CookieJar, returnTo = '/portal'): Promise<URL> {
    const page = await openLoginPage(jar, returnTo);
    const posted = await submitLogin(jar, page, 'zhangwei', DEMO_CITIZEN_PASSWORD);
    expect(posted.response.status).toBe(303);
    const end = await follow(jar, posted, (url) => url.pathname === '/auth/citizen/callback');
    expect(end.url.pathname).toBe('/auth/citizen/callback');
    expect(end.url.searchParams.get('code')).toBeTruthy();
    return end.url;
  }

  async function me(jar: CookieJar) {
    const response = await request(jar, '/api/v1/me');
    expect(response.status).toBe(200);
    return (await response.json()) as { kind: string; name?: string };
  }

  it(
    'signs a demo citizen in and comes back to returnTo with a session',
    async () => {
      const jar = new CookieJar();
      const callback = await reachCallback(jar, '/portal/cases?tab=mine');
      const done = await request(jar, callback);
      expect(done.status).toBe(302);
      expect(done.headers.get('location')).toBe('/portal/cases?tab=mine');
      expect(jar.cookies.has(SESSION_COOKIE)).toBe(true);
      expect(await me(jar)).toMatchObject({ kind: 'citizen', name: '张伟' });

      const db = app.services.context.database.db;
      const [citizen] = await db.select().from(citizens).where(eq(citizens.subject, 'demo-citizen-0001'));
      expect(citizen?.issuer).toBe(`${base}/oidc`);
      expect(citizen?.idNumberEncrypted).toBeTruthy();
      expect(decryptField(app.services.context.keys, citizen?.idNumberEncrypted ?? '')).toBe(
        '530102198503140020',
      );
      expect(decryptField(app.services.context.keys, citizen?.phoneEncrypted ?? '')).toBe('13800000001');
      const audits = await db.select().from(auditEvents).where(eq(auditEvents.action, 'citizen.sign_in'));
      expect(audits.some((a) => a.objectId === citizen?.id && a.outcome === 'success')).toBe(true);
      // The attempt was used up.
      const left = await db
        .select()
        .from(signInAttempts)
        .where(eq(signInAttempts.state, callback.searchParams.get('state') ?? ''));
      expect(left).toHaveLength(0);
    },
    TIMEOUT,
  );

  it(
    'serves an accessible Chinese login page and refuses a wrong password',
    async () => {
      const jar = new CookieJar();
      const page = await openLoginPage(jar);
      expect(page.html).toContain('<html lang="zh-CN">');
      expect(page.html).toContain('<main>');
      expect(page.html.match(/<h1>/g)).toHaveLength(1);
      expect(page.html).toContain('统一身份认证（演示）');
      expect(page.html).toContain('<label for="username">用户名</label>');
      expect(page.html).toContain('<label for="password">密码</label>');
      expect(page.html).not.toContain('<script');

      const wrong = await submitLogin(jar, page, 'zhangwei', 'not-the-password');
      expect(wrong.response.status).toBe(200);
      const html = await wrong.response.text();
      expect(html).toContain('用户名或密码不正确');
      expect(html).toContain('Wrong user name or password');
      expect(html).toContain('role="alert"');
      expect(wrong.response.headers.get('location')).toBeNull();
      expect(jar.cookies.has(SESSION_COOKIE)).toBe(false);
      expect(await me(jar)).toEqual({ kind: 'anonymous' });
    },
    TIMEOUT,
  );

  it(
    'refuses a replayed callback and a tampered state without a session',
    async () => {
      const first = new CookieJar();
      const callback = await reachCallback(first);
      const ok = await request(first, callback);
      expect(ok.status).toBe(302);
      expect(ok.headers.get('location')).toBe('/portal');

      // The same code and state a second time, as an attacker holding the URL would.
      const replay = new CookieJar();
      const again = await request(replay, callback);
      expect(again.status).toBe(302);
      expect(again.headers.get('location')).toBe('/portal?signInError=1');
      expect(replay.cookies.has(SESSION_COOKIE)).toBe(false);
      expect(await me(replay)).toEqual({ kind: 'anonymous' });

      // A fresh flow whose state was altered on the way back.
      const tampered = new CookieJar();
      const fresh = await reachCallback(tampered);
      const forged = new URL(fresh);
      forged.searchParams.set('state', `${fresh.searchParams.get('state')}x`);
      const refused = await request(tampered, forged);
      expect(refused.headers.get('location')).toBe('/portal?signInError=1');
      expect(tampered.cookies.has(SESSION_COOKIE)).toBe(false);

      // A forged code with the genuine state: the state is spent and the code is refused.
      const badCode = new URL(fresh);
      badCode.searchParams.set('code', 'forged-code');
      const refusedCode = await request(tampered, badCode);
      expect(refusedCode.headers.get('location')).toBe('/portal?signInError=1');
      expect(tampered.cookies.has(SESSION_COOKIE)).toBe(false);
      expect(await me(tampered)).toEqual({ kind: 'anonymous' });
    },
    TIMEOUT,
  );

  it(
    'does not follow a returnTo that leaves the site',
    async () => {
      const jar = new CookieJar();
      const callback = await reachCallback(jar, '//evil.example');
      const done = await request(jar, callback);
      expect(done.status).toBe(302);
      expect(done.headers.get('location')).toBe('/portal');
      expect(await me(jar)).toMatchObject({ kind: 'citizen', name: '张伟' });

      for (const bad of ['//evil.example', '/\\evil.example', 'https://evil.example/', 'evil', '/a\nb', '']) {
        expect(safeReturnTo(bad)).toBe('/portal');
      }
      expect(safeReturnTo('/portal/cases/1?x=1#top')).toBe('/portal/cases/1?x=1#top');
    },
    TIMEOUT,
  );

  it(
    'continues a flow on another instance that shares the database',
    async () => {
      // A second instance behind the same public URL, as behind a load balancer.
      const port = await freePort();
      const dataDir = mkdtempSync(join(tmpdir(), 'lianban-oidc-b-'));
      const config = loadConfig({
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: base,
        LOG_LEVEL: 'silent',
        DEMO_SEED: 'never',
        LIANBAN_DATA_KEY: TEST_DATA_KEY,
        NODE_ENV: 'test',
      } as NodeJS.ProcessEnv);
      let other: Services | undefined;
      try {
        other = await startServices(config, { database: app.database, logger: false });
        await other.app.listen({ port, host: '127.0.0.1' });
        const toOther = (url: URL) => {
          const moved = new URL(url);
          moved.port = String(port);
          return moved;
        };

        // Sign-in starts and the provider's interaction begins on the first instance...
        const jar = new CookieJar();
        const start = await get(jar, '/auth/citizen/sign-in?returnTo=/portal');
        const authorize = new URL(start.response.headers.get('location') ?? '');
        const interaction = await request(jar, authorize);
        expect(interaction.status).toBe(303);
        // ...and everything after happens on the second.
        const loginUrl = toOther(new URL(interaction.headers.get('location') ?? '', authorize));
        const loginPage = await request(jar, loginUrl);
        expect(loginPage.status).toBe(200);
        const posted = await submitLogin(
          jar,
          { url: loginUrl, html: await loginPage.text() },
          'lina',
          DEMO_CITIZEN_PASSWORD,
        );
        expect(posted.response.status).toBe(303);
        const end = await follow(jar, posted, (url) => url.pathname === '/auth/citizen/callback', toOther);
        expect(end.url.port).toBe(String(port));
        const done = await request(jar, end.url);
        expect(done.headers.get('location')).toBe('/portal');
        expect(await me(jar)).toMatchObject({ kind: 'citizen', name: '李娜' });
      } finally {
        await other?.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );

  it('refuses to run the embedded demo provider in production', () => {
    const production = (env: Record<string, string>) =>
      ({
        config: loadConfig({
          NODE_ENV: 'production',
          PUBLIC_URL: 'https://lianban.example',
          ...env,
        } as NodeJS.ProcessEnv),
        publicUrl: () => 'https://lianban.example',
        database: { db: {} },
      }) as unknown as AppContext;
    expect(() => oidcPlugins(production({}))).toThrow(/OIDC_ISSUER must be set in production/);
    expect(oidcPlugins(production({ OIDC_ISSUER: 'https://id.example.gov.cn' }))).toHaveLength(1);
  });
});
