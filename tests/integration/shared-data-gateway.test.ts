/**
 * The HTTP connector against the simulator of the provincial data-sharing service: signed
 * requests, answers, the short cache, and a service that is down, slow or refuses us — always an
 * outcome, never an exception.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpGateway } from '../../src/server/shared-data/http-gateway.ts';
import { createSandboxGateway } from '../../src/server/shared-data/sandbox-gateway.ts';
import { type Simulator, startSharedDataSimulator } from '../../tools/shared-data-simulator.ts';

let simulator: Simulator;

beforeAll(async () => {
  simulator = await startSharedDataSimulator({ appId: 'lianban', secret: 'test-secret' });
});
afterAll(async () => {
  await simulator?.stop();
});

const gateway = (overrides: Partial<Parameters<typeof createHttpGateway>[0]> = {}) =>
  createHttpGateway({
    baseUrl: simulator.url,
    appId: 'lianban',
    secret: 'test-secret',
    timeoutMs: 1000,
    cacheSeconds: 60,
    ...overrides,
  });

describe('shared-data gateway over HTTP', () => {
  it('answers the same as the sandbox', async () => {
    const http = gateway();
    const sandbox = createSandboxGateway();
    expect(await http.person('530102194001050019')).toEqual(await sandbox.person('530102194001050019'));
    expect(await http.facts('430621194502030027', '430621')).toEqual(
      await sandbox.facts('430621194502030027', '430621'),
    );
    const proof = await http.relationshipProof('530102198503140020', '530102194001050019');
    expect(proof).toMatchObject({ status: 'ok', value: { licence: { type: 'household-register' } } });
  });

  it('says not-found for an unknown person', async () => {
    expect(await gateway().person('11010519491231002X')).toEqual({ status: 'not-found' });
  });

  it('caches answers for a short while', async () => {
    const http = gateway();
    await http.person('530302195001010012');
    const before = simulator.requests;
    await http.person('530302195001010012');
    expect(simulator.requests).toBe(before);
  });

  it('reports a service that is down as unavailable, and asks again next time', async () => {
    const http = gateway();
    simulator.down = true;
    try {
      expect(await http.deathRecord('530102194001050019')).toMatchObject({ status: 'unavailable' });
    } finally {
      simulator.down = false;
    }
    expect(await http.deathRecord('530102194001050019')).toMatchObject({ status: 'ok' });
  });

  it('gives up on a slow service after its timeout', async () => {
    simulator.delayMs = 600;
    try {
      const started = Date.now();
      const outcome = await gateway({ timeoutMs: 200, cacheSeconds: 0 }).licences('530102194001050019');
      expect(outcome).toMatchObject({ status: 'unavailable', reason: expect.stringContaining('200 ms') });
      expect(Date.now() - started).toBeLessThan(590);
    } finally {
      simulator.delayMs = 0;
    }
  });

  it('is refused with a wrong secret, and says so as unavailable', async () => {
    expect(await gateway({ secret: 'wrong', cacheSeconds: 0 }).person('530102194001050019')).toMatchObject({
      status: 'unavailable',
      reason: expect.stringContaining('401'),
    });
  });

  it('reports a service that cannot be reached', async () => {
    const closed = createHttpGateway({
      baseUrl: 'http://127.0.0.1:9',
      appId: 'x',
      secret: 'y',
      timeoutMs: 500,
      cacheSeconds: 0,
    });
    expect(await closed.person('530102194001050019')).toMatchObject({ status: 'unavailable' });
  });
});
