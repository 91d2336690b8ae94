/**
 * Department exchange over real HTTP on loopback: a routed sub-case reaches a push party's
 * endpoint signed, and a pull party's queue; results come back through the signed result API,
 * once per Idempotency-Key; forged, replayed and foreign requests are refused and audited.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { queryRows } from '../../src/server/db/database.ts';
import { createExchangeClient, type ExchangeCredential } from '../../src/simulator/client.ts';
import { type PushReceiver, startPushReceiver, waitFor } from '../support/push-receiver.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { accept, DEFAULT_ANSWERS, hukouOf, submit } from '../support/workflow.ts';

describe('department exchange', () => {
  let app: TestApp;
  let admin: string;
  let receiver: PushReceiver;
  let police: ExchangeCredential;

  beforeAll(async () => {
    app = await startTestApp({
      postgresUrl: inject('postgresUrl'),
      env: { EXCHANGE_POLL_MS: '100', EXCHANGE_RETRY_BASE_MS: '100', EXCHANGE_RETRY_CAP_MS: '400' },
    });
    receiver = await startPushReceiver();
    admin = await app.signInStaff('admin');
    const saved = await app.api('/api/v1/admin/exchange/parties/public-security:530102', {
      method: 'PUT',
      cookie: admin,
      body: {
        kind: 'department',
        departmentCode: 'public-security',
        regionCode: '530102',
        nameZh: '五华分局户政系统',
        nameEn: 'Wuhua police household system',
        adapter: 'push',
        endpointUrl: receiver.url,
      },
    });
    expect(saved.status).toBe(200);
    const key = await app.api('/api/v1/admin/exchange/parties/public-security:530102/push-key', {
      method: 'POST',
      cookie: admin,
    });
    expect(key.status).toBe(200);
    receiver.setPushKey({ keyId: key.body.keyId, secret: key.body.secret });
    const credential = await app.api('/api/v1/admin/exchange/parties/public-security:530102/credentials', {
      method: 'POST',
      cookie: admin,
      body: {},
    });
    expect(credential.status).toBe(200);
    police = { keyId: credential.body.keyId, secret: credential.body.secret };
  }, 60_000);

  afterAll(async () => {
    await receiver?.close();
    await app?.stop();
  });

  it('pushes a routed sub-case to the party, signed, and takes its result once per key', async () => {
    const citizen = await app.citizenCookie();
    const detail = await submit(app, citizen);
    await accept(app, detail.id);
    const hukou = hukouOf(detail);
    const push = await waitFor('the push', async () =>
      receiver.receipts.find((r) => r.body?.subCase?.id === hukou.id),
    );
    expect(push.valid).toBe(true);
    const subCase = push.body.subCase as { fields: { key: string; value: string }[]; resultType: string };
    expect(subCase.resultType).toBe('cancellation');
    expect(subCase.fields.find((f) => f.key === 'deceased.idNumber')?.value).toMatch(/^\d{17}[\dX]$/);

    const client = createExchangeClient(app.url, police);
    const body = {
      decision: 'complete' as const,
      result: { type: 'cancellation' as const, cancelledOn: '2026-11-20' },
    };
    const first = await client.POST('/api/exchange/v1/sub-cases/{id}/result', {
      params: { path: { id: hukou.id }, header: { 'idempotency-key': `result-${hukou.id}` } },
      body,
    });
    expect(first.response.status).toBe(200);
    expect(first.data?.state).toBe('completed');
    const again = await client.POST('/api/exchange/v1/sub-cases/{id}/result', {
      params: { path: { id: hukou.id }, header: { 'idempotency-key': `result-${hukou.id}` } },
      body,
    });
    expect(again.response.status).toBe(200);
    expect(again.response.headers.get('idempotent-replayed')).toBe('true');
    const other = await client.POST('/api/exchange/v1/sub-cases/{id}/result', {
      params: { path: { id: hukou.id }, header: { 'idempotency-key': `result-${hukou.id}` } },
      body: { decision: 'refuse', reason: '不属于本所辖区' },
    });
    expect(other.response.status).toBe(409);
    const completions = await queryRows<{ n: string | number }>(
      app.database.db,
      sql`SELECT count(*) AS n FROM audit_event WHERE action = 'sub_case.complete' AND object_id = ${hukou.id}`,
    );
    expect(Number(completions[0]?.n)).toBe(1);
  });

  it('refuses a forged signature, a replayed nonce and another party’s sub-case, and audits each', async () => {
    const forged = createExchangeClient(app.url, { keyId: police.keyId, secret: 'not-the-secret' });
    const refused = await forged.GET('/api/exchange/v1/me');
    expect(refused.response.status).toBe(401);
    expect((refused.error as { error: { code: string } }).error.code).toBe('EXCHANGE_UNAUTHENTICATED');

    const fixedNonce = 'nonce-0123456789';
    const replaying = createExchangeClient(app.url, police, { nonce: () => fixedNonce });
    expect((await replaying.GET('/api/exchange/v1/me')).response.status).toBe(200);
    const replayed = await replaying.GET('/api/exchange/v1/me');
    expect(replayed.response.status).toBe(401);
    expect((replayed.error as { error: { code: string } }).error.code).toBe('EXCHANGE_REPLAYED');

    const refusals = await queryRows<{ reason: string }>(
      app.database.db,
      sql`SELECT details->>'reason' AS reason FROM audit_event WHERE action = 'exchange.request.refused'`,
    );
    expect(refusals.map((r) => r.reason)).toEqual(
      expect.arrayContaining(['bad-signature-or-clock', 'replayed-nonce']),
    );

    // A sub-case routed to another party (civil affairs' workbench) does not exist for the police system.
    const citizen = await app.citizenCookie(1);
    const detail = await submit(app, citizen, {
      answers: { ...DEFAULT_ANSWERS, staffType: 'enterprise-retiree' },
      values: {
        'payee.accountHolder': '王小明',
        'payee.bankName': '中国建设银行',
        'payee.accountNumber': '6222021234567890128',
      },
    });
    await accept(app, detail.id);
    const foreign = detail.subCases.find((s) => s.departmentCode !== 'public-security');
    expect(foreign).toBeDefined();
    const client = createExchangeClient(app.url, police);
    const read = await client.GET('/api/exchange/v1/sub-cases/{id}', {
      params: { path: { id: foreign?.id as string } },
    });
    expect(read.response.status).toBe(404);
  });
});
