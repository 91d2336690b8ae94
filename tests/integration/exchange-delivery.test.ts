/**
 * Department exchange delivery loses nothing and does nothing twice, over real HTTP on loopback:
 * a party that keeps failing is tried the allowed number of times, dead-lettered with an alert and
 * replayed once by an administrator; a permanent refusal is not retried; a circuit breaker cuts
 * off a failing party without spending its messages' attempts and closes when it recovers; a
 * failing party delays nobody else; a pull party pages through its queue once and acknowledges;
 * credentials rotate, expire and are revoked; foreign, malformed, unkeyed and stale requests are
 * refused; identical callbacks sent at once have one effect.
 *
 * Each push party lives in a county of its own (or a department no other scenario uses there), so
 * the scenarios' messages never meet.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serviceDate } from '../../src/domain/clock.ts';
import { queryRows } from '../../src/server/db/database.ts';
import { exchangeMessages, subCases } from '../../src/server/db/schema.ts';
import { createExchangeClient, type ExchangeCredential, signingFetch } from '../../src/simulator/client.ts';
import { type PushReceiver, sleep, startPushReceiver, waitFor } from '../support/push-receiver.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { accept, DEFAULT_ANSWERS, hukouOf, newDeceasedIdNumber, submit } from '../support/workflow.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies of many shapes
type Json = any;

const onPostgres = Boolean(inject('postgresUrl'));
const MAX_ATTEMPTS = 3;
const POLL_MS = 100;
const HALF_OPEN_MS = 300;
const PUSH_TIMEOUT_MS = 500;

let app: TestApp;
let admin: string;
let citizen: string;
const receivers: PushReceiver[] = [];

beforeAll(async () => {
  app = await startTestApp({
    postgresUrl: inject('postgresUrl'),
    env: {
      EXCHANGE_POLL_MS: String(POLL_MS),
      EXCHANGE_RETRY_BASE_MS: '50',
      EXCHANGE_RETRY_CAP_MS: '200',
      EXCHANGE_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
      EXCHANGE_BREAKER_FAILURES: '3',
      EXCHANGE_BREAKER_HALF_OPEN_MS: String(HALF_OPEN_MS),
      EXCHANGE_PUSH_TIMEOUT_MS: String(PUSH_TIMEOUT_MS),
    },
  });
  admin = await app.signInStaff('admin');
  citizen = await app.citizenCookie(0);
});

afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
  await app?.stop();
});

async function receiver(initial?: Parameters<typeof startPushReceiver>[0]) {
  const started = await startPushReceiver(initial);
  receivers.push(started);
  return started;
}

const DEPARTMENT_NAMES: Record<string, [string, string]> = {
  'public-security': ['公安户政系统', 'Police household system'],
  justice: ['公证查询系统', 'Notarial inquiry system'],
};

/** The administrator configures a department office as a party; a push party gets a push key. */
async function configure(
  department: string,
  region: string,
  adapter: 'push' | 'pull',
  push?: PushReceiver,
): Promise<string> {
  const code = `${department}:${region}`;
  const [zh, en] = DEPARTMENT_NAMES[department] ?? [department, department];
  const saved = await app.api(`/api/v1/admin/exchange/parties/${code}`, {
    method: 'PUT',
    cookie: admin,
    body: {
      kind: 'department',
      departmentCode: department,
      regionCode: region,
      nameZh: `${zh}（${region}）`,
      nameEn: `${en} (${region})`,
      adapter,
      ...(push ? { endpointUrl: push.url } : {}),
    },
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  if (push) {
    const key = await app.api(`/api/v1/admin/exchange/parties/${code}/push-key`, {
      method: 'POST',
      cookie: admin,
    });
    expect(key.status).toBe(200);
    push.setPushKey({ keyId: key.body.keyId, secret: key.body.secret });
  }
  return code;
}

async function credentialFor(code: string, rotate = false) {
  const issued = await app.api(`/api/v1/admin/exchange/parties/${code}/credentials`, {
    method: 'POST',
    cookie: admin,
    body: { rotate },
  });
  expect(issued.status, JSON.stringify(issued.body)).toBe(200);
  return issued.body as ExchangeCredential & { retiring: string[]; retiringUntil: string | null };
}

async function pause(code: string, paused: boolean) {
  const response = await app.api(`/api/v1/admin/exchange/parties/${code}/pause`, {
    method: 'POST',
    cookie: admin,
    body: { paused },
  });
  expect(response.status).toBe(204);
}

/** A family applies for a deceased of its own in `region` and the window accepts: sub-cases are routed. */
async function routedCase(region: string, answers: Record<string, string> = {}) {
  const detail = await submit(app, citizen, {
    regionCode: region,
    answers: { ...DEFAULT_ANSWERS, ...answers },
  });
  await accept(app, detail.id, region);
  return detail;
}

type MessageRow = typeof exchangeMessages.$inferSelect;

async function messageAbout(subjectId: string): Promise<MessageRow | undefined> {
  const rows = await app.database.db
    .select()
    .from(exchangeMessages)
    .where(eq(exchangeMessages.subjectId, subjectId));
  expect(rows.length).toBeLessThanOrEqual(1);
  return rows[0];
}

async function messagesOf(code: string): Promise<MessageRow[]> {
  return app.database.db
    .select()
    .from(exchangeMessages)
    .where(eq(exchangeMessages.partyCode, code))
    .orderBy(exchangeMessages.sequence);
}

async function monitorOf(code: string): Promise<Json> {
  const monitor = await app.api('/api/v1/admin/exchange', { cookie: admin });
  expect(monitor.status).toBe(200);
  return monitor.body.parties.find((p: Json) => p.code === code);
}

async function auditRows(where: ReturnType<typeof sql>) {
  return queryRows<{ action: string; actor_label: string; object_id: string | null; details: Json }>(
    app.database.db,
    sql`SELECT action, actor_label, object_id, details FROM audit_event WHERE ${where} ORDER BY sequence`,
  );
}

/** A signed request with any body (also one the typed client would not let through). */
function signedRequest(credential: ExchangeCredential) {
  const send = signingFetch(credential);
  return async (
    method: string,
    path: string,
    init: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; body: Json; headers: Headers }> => {
    const response = await send(`${app.url}${path}`, {
      method,
      headers: {
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...init.headers,
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
  };
}

describe('push delivery', () => {
  it('tries a party answering 500 the allowed number of times, dead-letters it, and a replay delivers it once', async () => {
    const push = await receiver({ status: 500 });
    const code = await configure('public-security', '530302', 'push', push);
    const hukou = hukouOf(await routedCase('530302'));

    const dead = await waitFor('the message to be dead-lettered', async () => {
      const row = await messageAbout(hukou.id);
      return row?.state === 'dead' ? row : null;
    });
    expect(dead).toMatchObject({
      partyCode: code,
      adapter: 'push',
      attempts: MAX_ATTEMPTS,
      lastError: 'HTTP 500',
    });
    const tries = push.of(dead.id);
    expect(tries).toHaveLength(MAX_ATTEMPTS);
    expect(tries.every((r) => r.valid && r.status === 500)).toBe(true);
    // The pauses grow between attempts; nothing more is tried once it is dead.
    await sleep(4 * POLL_MS + HALF_OPEN_MS);
    expect(push.of(dead.id)).toHaveLength(MAX_ATTEMPTS);

    const alerts = await auditRows(sql`action = 'exchange.message.dead_lettered' AND object_id = ${dead.id}`);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.details).toMatchObject({
      party: code,
      kind: 'sub-case.routed',
      attempts: MAX_ATTEMPTS,
    });

    const watched = await monitorOf(code);
    expect(watched).toMatchObject({
      configured: true,
      adapter: 'push',
      counts: { dead: 1, delivered: 0, pending: 0, in_flight: 0 },
      lastError: 'HTTP 500',
    });
    expect(watched.lastErrorAt).not.toBeNull();
    const listed = await app.api(`/api/v1/admin/exchange/parties/${code}/messages?state=dead`, {
      cookie: admin,
    });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: dead.id, subjectId: hukou.id, state: 'dead', attempts: MAX_ATTEMPTS }),
    ]);

    // The department's system is back; the administrator replays the dead letter.
    push.answer({ status: 200 });
    const replayed = await app.api(`/api/v1/admin/exchange/parties/${code}/messages/replay`, {
      cookie: admin,
      body: { ids: [dead.id] },
    });
    expect(replayed.status).toBe(200);
    expect(replayed.body).toEqual({ replayed: 1 });
    const delivered = await waitFor('the replayed message to be delivered', async () => {
      const row = await messageAbout(hukou.id);
      return row?.state === 'delivered' ? row : null;
    });
    expect(delivered).toMatchObject({ attempts: 1, replays: 1, lastError: null });
    await sleep(4 * POLL_MS);
    const all = push.of(dead.id);
    expect(all).toHaveLength(MAX_ATTEMPTS + 1);
    expect(all.filter((r) => r.status === 200)).toHaveLength(1);
    expect(all.at(-1)?.body.subCase.id).toBe(hukou.id);

    expect(await monitorOf(code)).toMatchObject({ counts: { dead: 0, delivered: 1 }, lastError: null });
    const replayAudit = await auditRows(sql`action = 'exchange.message.replayed' AND object_id = ${code}`);
    expect(replayAudit).toHaveLength(1);
    expect(replayAudit[0]?.details.messages).toEqual([dead.id]);
    // A second replay finds nothing dead: nothing is sent again.
    const again = await app.api(`/api/v1/admin/exchange/parties/${code}/messages/replay`, {
      cookie: admin,
      body: {},
    });
    expect(again.body).toEqual({ replayed: 0 });
    await sleep(3 * POLL_MS);
    expect(push.of(dead.id)).toHaveLength(MAX_ATTEMPTS + 1);
  });

  it('dead-letters a message the party refuses outright (400) without trying again', async () => {
    const push = await receiver({ status: 400 });
    const code = await configure('public-security', '532524', 'push', push);
    const hukou = hukouOf(await routedCase('532524'));
    const dead = await waitFor('the refusal to dead-letter the message', async () => {
      const row = await messageAbout(hukou.id);
      return row?.state === 'dead' ? row : null;
    });
    expect(dead).toMatchObject({ partyCode: code, attempts: 1, lastError: 'HTTP 400' });
    await sleep(5 * POLL_MS);
    expect(push.of(dead.id)).toHaveLength(1);
    expect((await messageAbout(hukou.id))?.attempts).toBe(1);
    const alerts = await auditRows(sql`action = 'exchange.message.dead_lettered' AND object_id = ${dead.id}`);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.details).toMatchObject({ attempts: 1, error: 'HTTP 400' });
    expect(await monitorOf(code)).toMatchObject({ counts: { dead: 1 }, lastError: 'HTTP 400' });
    // A refusal is the party's answer, not an outage: the circuit stays closed.
    expect(app.services.dispatcher.circuits()[code]).toBe('closed');
  });

  it('opens the circuit on consecutive failures without spending held messages, probes after the pause and closes on recovery', async () => {
    const push = await receiver({ status: 503 });
    const code = await configure('public-security', '533324', 'push', push);
    // Four messages wait while the party is paused, so one pass leases them together.
    await pause(code, true);
    const routed = [];
    for (let i = 0; i < 4; i++) routed.push(hukouOf(await routedCase('533324')).id as string);
    const held = await messagesOf(code);
    expect(held.map((m) => m.subjectId)).toEqual(routed);
    expect(held.every((m) => m.state === 'pending' && m.attempts === 0)).toBe(true);
    expect(push.receipts).toHaveLength(0);

    await pause(code, false);
    const opened = await waitFor(
      'the circuit to open',
      async () => {
        const party = await monitorOf(code);
        return party?.circuitState === 'open' ? party : null;
      },
      10_000,
      20,
    );
    expect(opened.circuitChangedAt).not.toBeNull();
    // The party recovers; the breaker finds out by its probe.
    push.answer({ status: 200 });
    const failures = push.receipts.filter((r) => r.status === 503);
    expect(failures).toHaveLength(3);
    expect(failures.map((r) => r.id)).toEqual(held.slice(0, 3).map((m) => m.id));

    const closed = await waitFor('every message delivered and the circuit closed', async () => {
      const party = await monitorOf(code);
      return party?.circuitState === 'closed' && party.counts.delivered === 4 ? party : null;
    });
    expect(closed.counts).toMatchObject({ pending: 0, in_flight: 0, dead: 0, delivered: 4 });
    expect(app.services.dispatcher.circuits()[code]).toBe('closed');

    // Nothing was sent while the circuit was open: the first request after the third failure is
    // the probe, after the breaker's pause.
    const third = failures[2] as { at: number };
    const afterOpen = push.receipts.filter((r) => r.at > third.at);
    expect(afterOpen[0]?.status).toBe(200);
    expect((afterOpen[0]?.at ?? 0) - third.at).toBeGreaterThanOrEqual(HALF_OPEN_MS - 20);

    // Every attempt spent is one request the party received; the message held back while the
    // circuit was open spent none and went through on its first try.
    // (A failed probe, should one have come before the party recovered, spends no attempt.)
    const after = await messagesOf(code);
    expect(after.every((m) => m.state === 'delivered')).toBe(true);
    const failedProbes = afterOpen.filter((r) => r.status !== 200);
    expect(after.reduce((sum, m) => sum + m.attempts, 0)).toBe(push.receipts.length - failedProbes.length);
    for (const m of after) {
      expect(push.of(m.id).filter((r) => !failedProbes.includes(r))).toHaveLength(m.attempts);
    }
    const heldBack = after.find((m) => m.id === held[3]?.id);
    expect(heldBack?.attempts).toBe(1);
    expect(push.of(heldBack?.id as string).map((r) => r.status)).toEqual([200]);
    expect(
      push.receipts
        .filter((r) => r.status === 200)
        .map((r) => r.id)
        .sort(),
    ).toEqual(after.map((m) => m.id).sort());
  });

  it('keeps delivering to other parties while one party hangs and fails', async () => {
    const stuck = await receiver('hang');
    const stuckCode = await configure('justice', '530302', 'push', stuck);
    const healthy = await receiver({ status: 200 });
    const healthyCode = await configure('justice', '533324', 'push', healthy);

    // The healthy party's case waits at the window, ready to be accepted at the moment of measuring.
    const waiting = await submit(app, citizen, {
      regionCode: '533324',
      answers: { ...DEFAULT_ANSWERS, notarisedWill: 'unknown' },
    });
    const willCheck = waiting.subCases.find((s) => s.departmentCode === 'justice');
    expect(willCheck).toBeDefined();

    await pause(stuckCode, true);
    for (let i = 0; i < 5; i++) await routedCase('530302', { notarisedWill: 'unknown' });
    await pause(stuckCode, false);
    await waitFor('the stuck party to be tried', () => stuck.receipts.length > 0);

    const routedAt = Date.now();
    await accept(app, waiting.id, '533324');
    const accepted = Date.now();
    const message = await waitFor('the healthy party’s message', () => messageAbout(willCheck?.id as string));
    expect(message.partyCode).toBe(healthyCode);
    const arrived = await waitFor('the healthy party’s push', () => healthy.of(message.id)[0], 5_000, 10);
    const latency = arrived.at - accepted;
    console.info(
      `a healthy party received its push ${latency} ms after routing (accept took ${accepted - routedAt} ms) ` +
        `while another party had ${stuck.receipts.length} unanswered push(es)`,
    );
    expect(latency).toBeLessThan(10 * POLL_MS);
    // The stuck party was failing all along: none of its messages was delivered.
    const stuckMessages = await messagesOf(stuckCode);
    expect(stuckMessages).toHaveLength(5);
    expect(stuckMessages.filter((m) => m.state === 'delivered')).toEqual([]);
    expect(stuck.receipts.every((r) => r.status === null)).toBe(true);

    // Let the stuck party's system answer again so it no longer fails.
    stuck.answer({ status: 200 });
  });
});

describe('pull', () => {
  let party: string;
  let credential: ExchangeCredential;
  let foreignSubCase: string;

  beforeAll(async () => {
    party = await configure('public-security', '530102', 'pull');
    credential = await credentialFor(party);
    for (let i = 0; i < 4; i++) await routedCase('530102');
    // This one also has a sub-case for the justice office's workbench: another party's message.
    foreignSubCase = (await routedCase('530102', { notarisedWill: 'unknown' })).subCases.find(
      (s) => s.departmentCode === 'justice',
    )?.id as string;
  });

  it('pages through the queue with the cursor, each message once, and acknowledged messages leave it', async () => {
    const queued = (await messagesOf(party)).filter((m) => m.state !== 'delivered');
    expect(queued.length).toBeGreaterThanOrEqual(5);
    expect(queued.every((m) => m.adapter === 'pull' && m.state === 'pending')).toBe(true);

    const client = createExchangeClient(app.url, credential);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await client.GET('/api/exchange/v1/messages', {
        params: { query: { limit: 2, ...(cursor ? { cursor } : {}) } },
      });
      expect(page.response.status).toBe(200);
      const body = page.data as NonNullable<typeof page.data>;
      pages += 1;
      expect(body.items.length).toBeLessThanOrEqual(2);
      for (const item of body.items) {
        expect(item.party).toBe(party);
        expect(item.kind).toBe('sub-case.routed');
        expect(item.subCase?.id).toBeTruthy();
      }
      seen.push(...body.items.map((i) => i.id));
      if (!body.nextCursor) break;
      cursor = body.nextCursor;
      expect(pages).toBeLessThan(20);
    }
    expect(pages).toBe(Math.ceil(queued.length / 2));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(queued.map((m) => m.id));
    // Oldest first.
    const sequences = queued.map((m) => m.sequence);
    expect([...sequences].sort((a, b) => a - b)).toEqual(sequences);
    // Pulling is no delivery: nothing changed state.
    expect((await messagesOf(party)).filter((m) => m.state === 'delivered')).toHaveLength(0);

    // Another party's message id is not this party's to acknowledge.
    const foreign = await waitFor('the workbench message to be delivered', async () => {
      const row = await messageAbout(foreignSubCase);
      return row?.state === 'delivered' ? row : null;
    });
    expect(foreign.partyCode).toBe('justice:530102');
    const taken = seen.slice(0, 3);
    const ack = await client.POST('/api/exchange/v1/messages/acknowledgements', {
      body: { ids: [...taken, foreign.id] },
    });
    expect(ack.response.status).toBe(200);
    expect([...(ack.data?.acknowledged ?? [])].sort()).toEqual([...taken].sort());
    expect(ack.data?.unknown).toEqual([foreign.id]);
    const foreignAfter = await messageAbout(foreign.subjectId);
    expect(foreignAfter).toMatchObject({
      state: 'delivered',
      deliveredAt: foreign.deliveredAt,
      deliveredBy: foreign.deliveredBy,
    });

    // Acknowledged messages leave the queue; the rest stay, once each.
    const again = await client.GET('/api/exchange/v1/messages', { params: { query: { limit: 100 } } });
    const left = again.data?.items.map((i) => i.id) ?? [];
    expect(left).toEqual(seen.slice(3));
    const rows = await messagesOf(party);
    for (const id of taken) expect(rows.find((m) => m.id === id)?.state).toBe('delivered');

    // Acknowledging again changes nothing.
    const twice = await client.POST('/api/exchange/v1/messages/acknowledgements', { body: { ids: taken } });
    expect(twice.response.status).toBe(200);
    expect(twice.data).toEqual({ acknowledged: [], unknown: [] });
    const rest = await client.POST('/api/exchange/v1/messages/acknowledgements', { body: { ids: left } });
    expect([...(rest.data?.acknowledged ?? [])].sort()).toEqual([...left].sort());
    const empty = await client.GET('/api/exchange/v1/messages', { params: { query: {} } });
    expect(empty.data?.items).toEqual([]);
  });

  /** One poll as a party makes it: from the start of its queue, page after page; then it acknowledges. */
  async function poll(client: ReturnType<typeof createExchangeClient>) {
    const items: { id: string; subCaseId: string | undefined }[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 50; pages++) {
      const page = await client.GET('/api/exchange/v1/messages', {
        params: { query: { limit: 2, ...(cursor ? { cursor } : {}) } },
      });
      expect(page.response.status).toBe(200);
      items.push(...(page.data?.items ?? []).map((i) => ({ id: i.id, subCaseId: i.subCase?.id })));
      if (!page.data?.nextCursor) break;
      cursor = page.data.nextCursor;
    }
    if (items.length > 0) {
      const ack = await client.POST('/api/exchange/v1/messages/acknowledgements', {
        body: { ids: items.map((i) => i.id) },
      });
      expect(ack.data?.acknowledged).toHaveLength(items.length);
    }
    return items;
  }

  // PostgreSQL only: it needs two transactions open at once.
  it.runIf(onPostgres)(
    'loses no message committed after a later one: the next poll from the start has it',
    async () => {
      const client = createExchangeClient(app.url, credential);
      const first = await routedCase('530102', { notarisedWill: 'unknown' });
      const willCheck = first.subCases.find((s) => s.departmentCode === 'justice');
      expect(willCheck).toBeDefined();
      const drained = await poll(client);
      expect(drained.at(-1)?.subCaseId).toBe(hukouOf(first).id);

      // One writer takes its sequence and is slow to commit; another writes and commits meanwhile.
      const waiting = await submit(app, citizen, { regionCode: '530102' });
      let commit = () => {};
      const committed = new Promise<void>((resolve) => {
        commit = resolve;
      });
      let written = () => {};
      const isWritten = new Promise<void>((resolve) => {
        written = resolve;
      });
      const slow = app.database.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(exchangeMessages)
          .values({
            partyCode: party,
            adapter: 'pull',
            kind: 'sub-case.routed',
            subjectId: willCheck?.id as string,
          })
          .returning({ id: exchangeMessages.id, sequence: exchangeMessages.sequence });
        written();
        await committed;
        return row as { id: string; sequence: number };
      });
      try {
        await isWritten;
        await accept(app, waiting.id, '530102');
        const meanwhile = await poll(client);
        expect(meanwhile.map((i) => i.subCaseId)).toEqual([hukouOf(waiting).id]);
        commit();
        const late = await slow;
        const later = await messageAbout(hukouOf(waiting).id);
        expect(late.sequence).toBeLessThan(later?.sequence as number);

        const next = await poll(client);
        expect(next.map((i) => i.id)).toEqual([late.id]);
        expect(await poll(client)).toEqual([]);
      } finally {
        commit();
        await slow.catch(() => undefined);
      }
    },
  );
});

describe('credentials and callbacks', () => {
  const party = 'public-security:530102';
  /** Another party: the justice office of the same county, reached by pull. */
  const otherParty = 'justice:530102';
  let current: ExchangeCredential;
  let other: ExchangeCredential;

  beforeAll(async () => {
    await configure('justice', '530102', 'pull');
    other = await credentialFor(otherParty);
  });

  /** One sub-case routed to the police office of 五华区 (the pull party above) and not yet decided. */
  async function openSubCase(): Promise<string> {
    return hukouOf(await routedCase('530102')).id as string;
  }

  async function subCaseRow(id: string) {
    const [row] = await app.database.db.select().from(subCases).where(eq(subCases.id, id));
    return row;
  }

  it('rotates a credential with an overlap, refuses the old one once it has expired, and a revoked one at once', async () => {
    const first = await credentialFor(party);
    const who = async (credential: ExchangeCredential) =>
      (await createExchangeClient(app.url, credential).GET('/api/exchange/v1/me')).response.status;
    expect(await who(first)).toBe(200);

    const second = await credentialFor(party, true);
    expect(second.retiring).toContain(first.keyId);
    expect(Date.parse(second.retiringUntil as string)).toBeGreaterThan(Date.now());
    // During the overlap both work.
    expect(await who(first)).toBe(200);
    expect(await who(second)).toBe(200);
    const watched = await monitorOf(party);
    expect(watched.credentials.find((c: Json) => c.keyId === first.keyId)).toMatchObject({
      active: true,
      revokedAt: null,
    });
    expect(watched.credentials.find((c: Json) => c.keyId === first.keyId).expiresAt).not.toBeNull();

    // The overlap ends (as time would pass): the old one is refused, the new one still works.
    await app.database.db.execute(
      sql`UPDATE exchange_credential SET expires_at = now() - interval '1 second' WHERE key_id = ${first.keyId}`,
    );
    expect(await who(first)).toBe(401);
    expect(await who(second)).toBe(200);
    const expired = await auditRows(
      sql`action = 'exchange.request.refused' AND details->>'reason' = 'expired-key' AND actor_label = ${`exchange:${first.keyId}`}`,
    );
    expect(expired).toHaveLength(1);
    expect((await monitorOf(party)).credentials.find((c: Json) => c.keyId === first.keyId).active).toBe(
      false,
    );

    const revoked = await app.api(
      `/api/v1/admin/exchange/parties/${party}/credentials/${second.keyId}/revoke`,
      {
        method: 'POST',
        cookie: admin,
      },
    );
    expect(revoked.status).toBe(204);
    expect(await who(second)).toBe(401);
    const refusal = await auditRows(
      sql`action = 'exchange.request.refused' AND details->>'reason' = 'revoked-key' AND actor_label = ${`exchange:${second.keyId}`}`,
    );
    expect(refusal).toHaveLength(1);

    current = await credentialFor(party);
    expect(await who(current)).toBe(200);
  });

  it('refuses a request whose timestamp is ten minutes old', async () => {
    const stale = createExchangeClient(app.url, current, { timestamp: () => Date.now() - 10 * 60_000 });
    const refused = await stale.GET('/api/exchange/v1/me');
    expect(refused.response.status).toBe(401);
    expect((refused.error as Json).error.code).toBe('EXCHANGE_UNAUTHENTICATED');
    const subCaseId = await openSubCase();
    const before = await subCaseRow(subCaseId);
    const result = await stale.POST('/api/exchange/v1/sub-cases/{id}/result', {
      params: { path: { id: subCaseId }, header: { 'idempotency-key': `stale-${subCaseId}` } },
      body: { decision: 'complete', result: { type: 'cancellation', cancelledOn: serviceDate(new Date()) } },
    });
    expect(result.response.status).toBe(401);
    expect(await subCaseRow(subCaseId)).toMatchObject({ state: before?.state, version: before?.version });
  });

  it('does not let another party read or answer this party’s sub-case or death notice', async () => {
    const asOther = signedRequest(other);
    const subCaseId = await openSubCase();
    const before = await subCaseRow(subCaseId);

    const read = await asOther('GET', `/api/exchange/v1/sub-cases/${subCaseId}`);
    expect(read.status).toBe(404);
    expect(read.body.error.code).toBe('SUB_CASE_NOT_FOUND');
    const answered = await asOther('POST', `/api/exchange/v1/sub-cases/${subCaseId}/result`, {
      headers: { 'idempotency-key': `foreign-${subCaseId}` },
      body: { decision: 'complete', result: { type: 'cancellation', cancelledOn: serviceDate(new Date()) } },
    });
    expect(answered.status).toBe(404);
    expect(await subCaseRow(subCaseId)).toMatchObject({ state: before?.state, version: before?.version });

    // A verified death in 五华区 tells its medical insurance office (a workbench here).
    const notice = await verifiedDeathNotice('medical-insurance');
    const asThisParty = signedRequest(current);
    const readNotice = await asThisParty('GET', `/api/exchange/v1/death-notices/${notice.id}`);
    expect(readNotice.status).toBe(404);
    expect(readNotice.body.error.code).toBe('DEATH_NOTICE_NOT_FOUND');
    const answerNotice = await asThisParty(
      'POST',
      `/api/exchange/v1/death-notices/${notice.id}/acknowledgement`,
      {
        headers: { 'idempotency-key': `foreign-${notice.id}` },
        body: { outcome: 'not-a-beneficiary' },
      },
    );
    expect(answerNotice.status).toBe(404);
    const [unchanged] = await queryRows<{ state: string; outcome: string | null }>(
      app.database.db,
      sql`SELECT state, outcome FROM death_notice WHERE id = ${notice.id}`,
    );
    expect(unchanged).toEqual({ state: 'sent', outcome: null });
  });

  // Known gap, kept for review: a foreign party's attempt is answered 404 but leaves no trace in
  // the audit trail (the read's or the result's audit event is in the transaction that the 404
  // rolls back, and a signed request that authenticates is not audited by itself). Remove `.fails`
  // once such attempts are audited.
  it('audits another party’s attempts on this party’s sub-case and death notice', async () => {
    const asOther = signedRequest(other);
    const subCaseId = await openSubCase();
    expect((await asOther('GET', `/api/exchange/v1/sub-cases/${subCaseId}`)).status).toBe(404);
    expect(
      (
        await asOther('POST', `/api/exchange/v1/sub-cases/${subCaseId}/result`, {
          headers: { 'idempotency-key': `foreign-audit-${subCaseId}` },
          body: { decision: 'refuse', reason: '不属于本所辖区' },
        })
      ).status,
    ).toBe(404);
    const notice = await verifiedDeathNotice('medical-insurance');
    expect((await asOther('GET', `/api/exchange/v1/death-notices/${notice.id}`)).status).toBe(404);

    const label = `exchange:${otherParty}:${other.keyId}`;
    const bySubCase = await auditRows(
      sql`(actor_label = ${label} OR actor_label = ${`exchange:${other.keyId}`}) AND details->>'path' LIKE ${`%${subCaseId}%`}`,
    );
    expect(bySubCase.length).toBeGreaterThanOrEqual(2);
    const byNotice = await auditRows(
      sql`(actor_label = ${label} OR actor_label = ${`exchange:${other.keyId}`}) AND details->>'path' LIKE ${`%${notice.id}%`}`,
    );
    expect(byNotice.length).toBeGreaterThanOrEqual(1);
  });

  it('refuses a malformed result naming the field in Chinese and English, and changes nothing', async () => {
    const subCaseId = await openSubCase();
    const before = await subCaseRow(subCaseId);
    const send = signedRequest(current);
    const post = (key: string, body: unknown) =>
      send('POST', `/api/exchange/v1/sub-cases/${subCaseId}/result`, {
        headers: { 'idempotency-key': key },
        body,
      });

    const cases: { name: string; body: unknown; field: string; labelZh: string; labelEn: string }[] = [
      {
        name: 'a result of another type than the matter’s',
        body: { decision: 'complete', result: { type: 'termination', effectiveOn: '2026-11-20' } },
        field: 'result',
        labelZh: '办理结果',
        labelEn: 'Result',
      },
      {
        name: 'a date that is not a date',
        body: { decision: 'complete', result: { type: 'cancellation', cancelledOn: '2026-02-30x' } },
        field: 'result.cancelledOn',
        labelZh: '注销日期',
        labelEn: 'Cancelled on',
      },
      {
        name: 'a missing field',
        body: { decision: 'complete', result: { type: 'cancellation' } },
        field: 'result.cancelledOn',
        labelZh: '注销日期',
        labelEn: 'Cancelled on',
      },
      {
        name: 'a refusal without its reason',
        body: { decision: 'refuse' },
        field: 'reason',
        labelZh: '不予办理理由',
        labelEn: 'Reason for rejection',
      },
    ];
    for (const [index, c] of cases.entries()) {
      const refused = await post(`malformed-${index}-${subCaseId}`, c.body);
      expect(refused.status, c.name).toBe(400);
      expect(refused.body.error.code, c.name).toBe('VALIDATION_FAILED');
      expect(refused.body.error.messageZh, c.name).toBeTruthy();
      expect(refused.body.error.messageEn, c.name).toBeTruthy();
      const named = refused.body.error.fields.find((f: Json) => f.field === c.field);
      expect(named, `${c.name}: ${JSON.stringify(refused.body.error.fields)}`).toMatchObject({
        labelZh: c.labelZh,
        labelEn: c.labelEn,
      });
      expect(named.zh).toBeTruthy();
      expect(named.en).toBeTruthy();
      expect(JSON.stringify(refused.body)).not.toMatch(/at .*\.ts:\d+/);
    }
    expect(await subCaseRow(subCaseId)).toMatchObject({
      state: before?.state,
      version: before?.version,
      result: null,
    });
    const stored = await queryRows<{ key: string }>(
      app.database.db,
      sql`SELECT key FROM exchange_idempotency WHERE key LIKE ${`malformed-%-${subCaseId}`}`,
    );
    expect(stored).toEqual([]);
    expect(
      await auditRows(sql`object_id = ${subCaseId} AND action IN ('sub_case.claim', 'sub_case.complete')`),
    ).toEqual([]);

    // A key refused for a malformed body is not spent: the right result with it goes through.
    const fixed = await post(`malformed-0-${subCaseId}`, {
      decision: 'complete',
      result: { type: 'cancellation', cancelledOn: serviceDate(new Date()) },
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body.state).toBe('completed');
  });

  it('refuses a result without an Idempotency-Key', async () => {
    const subCaseId = await openSubCase();
    const before = await subCaseRow(subCaseId);
    const refused = await signedRequest(current)('POST', `/api/exchange/v1/sub-cases/${subCaseId}/result`, {
      body: { decision: 'complete', result: { type: 'cancellation', cancelledOn: serviceDate(new Date()) } },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('IDEMPOTENCY_KEY_REQUIRED');
    expect(refused.body.error.messageZh).toContain('Idempotency-Key');
    expect(await subCaseRow(subCaseId)).toMatchObject({ state: before?.state, version: before?.version });
  });

  it('gives identical callbacks sent at once one effect and every one the same answer', async () => {
    const subCaseId = await openSubCase();
    const send = signedRequest(current);
    const key = `parallel-${subCaseId}`;
    const body = {
      decision: 'complete',
      result: { type: 'cancellation', cancelledOn: serviceDate(new Date()), documentNumber: 'HZ-2026-0001' },
    };
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        send('POST', `/api/exchange/v1/sub-cases/${subCaseId}/result`, {
          headers: { 'idempotency-key': key },
          body,
        }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    const first = answers.find((a) => a.headers.get('idempotent-replayed') !== 'true');
    expect(first).toBeDefined();
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') !== 'true')).toHaveLength(1);
    for (const a of answers) expect(a.body).toEqual(first?.body);
    expect(first?.body).toMatchObject({ subCaseId, state: 'completed' });

    const completions = await auditRows(sql`object_id = ${subCaseId} AND action = 'sub_case.complete'`);
    expect(completions).toHaveLength(1);
    const claims = await auditRows(sql`object_id = ${subCaseId} AND action = 'sub_case.claim'`);
    expect(claims).toHaveLength(1);
    const keys = await queryRows<{ n: string | number }>(
      app.database.db,
      sql`SELECT count(*) AS n FROM exchange_idempotency WHERE party_code = ${party} AND key = ${key}`,
    );
    expect(Number(keys[0]?.n)).toBe(1);
    const row = await subCaseRow(subCaseId);
    expect(row?.state).toBe('completed');
    // One callback was taken; the seven twins only read its stored answer.
    const taken = await queryRows<{ n: string | number }>(
      app.database.db,
      sql`SELECT count(*) AS n FROM audit_event WHERE action = 'exchange.request' AND details->>'subCase' = ${subCaseId}`,
    );
    expect(Number(taken[0]?.n)).toBe(1);
  });
});

/** A death verified through the registry (certificate and cremation) and its notice for `department`. */
async function verifiedDeathNotice(department: string) {
  const person = { idNumber: newDeceasedIdNumber('530102'), name: '赵德福', gender: 'male' };
  const day = (ago: number) => serviceDate(new Date(Date.now() - ago * 86_400_000));
  const certified = await app.api('/api/v1/death-reports', {
    cookie: await app.signInStaff('doctor-530102'),
    body: {
      kind: 'medical-certificate',
      deceased: person,
      dateOfDeath: day(4),
      timeOfDeath: '05:20',
      placeOfDeath: '五华区演示人民医院',
      placeKind: 'hospital',
      causes: [{ cause: '肺炎', icd10: 'J18.9', interval: '约1周' }],
      doctor: '李医生',
    },
  });
  expect(certified.status, JSON.stringify(certified.body)).toBe(201);
  const cremated = await app.api('/api/v1/death-reports', {
    cookie: await app.signInStaff('funeral-530102'),
    body: {
      kind: 'cremation',
      deceased: person,
      dateOfDeath: day(4),
      cremationDate: day(2),
      officer: '钱师傅',
    },
  });
  expect(cremated.status, JSON.stringify(cremated.body)).toBe(201);
  expect(cremated.body.registry.state).toBe('verified');
  const [notice] = await queryRows<{ id: string; party_code: string }>(
    app.database.db,
    sql`SELECT id, party_code FROM death_notice WHERE death_record_id = ${cremated.body.registry.id} AND department_code = ${department}`,
  );
  expect(notice).toBeDefined();
  return notice as { id: string; party_code: string };
}
