/**
 * Platform surface: health, the generated OpenAPI document and its reference page, security
 * headers, and coded errors for unknown routes.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
});
afterAll(async () => {
  await app?.stop();
});

describe('platform', () => {
  it('reports health of the database and job queue', async () => {
    const health = await app.api('/healthz');
    expect(health.status).toBe(200);
    expect(health.body).toEqual({
      status: 'ok',
      database: { ok: true, backend: app.backend },
      jobs: { ok: true },
    });
  });

  it('publishes an OpenAPI 3.1 document generated from the route schemas', async () => {
    const doc = await app.api('/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    for (const path of [
      '/api/v1/cases',
      '/api/v1/department/sub-cases/{id}/complete',
      '/api/v1/window/cases/{id}/accept',
      '/api/v1/auth/staff/sign-in',
      '/healthz',
    ]) {
      expect(Object.keys(doc.body.paths)).toContain(path);
    }
    const reference = await fetch(`${app.url}/docs/api`);
    expect(reference.status).toBe(200);
    expect(await reference.text()).toContain('openapi.json');
  });

  it('sends security headers', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-frame-options')).toBeTruthy();
  });

  it('answers unknown API routes with a coded error in the language asked for', async () => {
    const zh = await app.api('/api/v1/nothing-here');
    expect(zh.status).toBe(404);
    expect(zh.body.error).toMatchObject({ code: 'NOT_FOUND', message: '没有找到相关内容' });
    const en = await app.api('/api/v1/nothing-here', { headers: { 'accept-language': 'en-GB' } });
    expect(en.body.error.message).toBe('Not found');
  });

  it('reports 503 when the job queue is down', async () => {
    await app.services.context.jobs.stop();
    const health = await app.api('/healthz');
    expect(health.status).toBe(503);
    expect(health.body.jobs.ok).toBe(false);
  });
});
