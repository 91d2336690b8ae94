/**
 * The SMS outbox, on PGlite and (with LIANBAN_TEST_BACKEND=postgres) on a PostgreSQL server: an
 * acknowledgement written with the case is sent once, even when two instances sweep at the same
 * moment; a gateway that is down delays a message, never loses it; one that refuses it marks it
 * failed with the reason; a message another sender holds waits for its lease to run out.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { queryRows } from '../../src/server/db/database.ts';
import { DEMO_CITIZENS } from '../../src/server/identity/demo-citizens.ts';
import {
  type SmsOutbox,
  type SmsOutboxOptions,
  startSmsOutbox,
} from '../../src/server/notifications/sms-outbox.ts';
import {
  createDevSink,
  type SendOutcome,
  type SmsSender,
} from '../../src/server/notifications/sms-sender.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { submit } from '../support/workflow.ts';

let app: TestApp;
const outboxes: SmsOutbox[] = [];

beforeAll(async () => {
  // The instance's own sender waits a minute before its first pass: the tests drive theirs.
  app = await startTestApp({ postgresUrl: inject('postgresUrl'), env: { SMS_POLL_MS: '60000' } });
});
afterAll(async () => {
  for (const outbox of outboxes) await outbox.stop();
  await app?.stop();
});

/** The number an applicant's acknowledgement goes to: theirs, as the identity service gave it. */
const phoneOf = (citizen: number) => DEMO_CITIZENS[citizen]?.phone as string;

function outbox(sender: SmsSender, options: Partial<SmsOutboxOptions> = {}): SmsOutbox {
  const made = startSmsOutbox(app.services.context, sender, {
    loop: false,
    pollMs: 1000,
    sendTimeoutMs: 200,
    ...options,
  });
  outboxes.push(made);
  return made;
}

/** A sender that records what it was given and answers with `answer`. */
function recording(answer: () => SendOutcome | Promise<SendOutcome>) {
  const sent: { phone: string; body: string }[] = [];
  const sender: SmsSender = {
    kind: 'gateway',
    async send(phone, body) {
      sent.push({ phone, body });
      await new Promise((resolve) => setTimeout(resolve, 5));
      return answer();
    },
  };
  return { sender, sent };
}

/** Sends whatever earlier tests left due, so each test sees only its own messages. */
async function drain() {
  const sink = outbox(createDevSink());
  while ((await sink.runOnce()) > 0);
}

interface SmsRow {
  id: string;
  status: string;
  attempts: number;
  last_error: string | null;
  due_in_ms: number | null;
  sent: boolean;
}

async function smsOf(caseId: string): Promise<SmsRow> {
  const [row] = await queryRows<SmsRow>(
    app.database.db,
    sql`SELECT id, status, attempts, last_error,
               (extract(epoch FROM next_attempt_at - now()) * 1000)::int AS due_in_ms,
               sent_at IS NOT NULL AS sent
          FROM notification WHERE case_id = ${caseId} AND channel = 'sms'`,
  );
  if (!row) throw new Error('no SMS for the case');
  return row;
}

const makeDue = (id: string) =>
  app.database.db.execute(sql`UPDATE notification SET next_attempt_at = now() WHERE id = ${id}`);

describe(`the SMS outbox (${process.env.LIANBAN_TEST_BACKEND ?? 'pglite'})`, () => {
  it('sends each acknowledgement once, even when two instances sweep at the same moment', async () => {
    await drain();
    const family = await app.citizenCookie(0);
    const made = [];
    for (let i = 0; i < 4; i++) made.push(await submit(app, family));
    for (const c of made)
      expect(await smsOf(c.id)).toMatchObject({ status: 'queued', attempts: 0, sent: false });

    const { sender, sent } = recording(() => ({ status: 'sent', reference: 'ok' }));
    const first = outbox(sender);
    const second = outbox(sender);
    const taken = await Promise.all([first.runOnce(), second.runOnce(), first.runOnce(), second.runOnce()]);
    expect(taken.reduce((a, b) => a + b, 0)).toBe(4);
    expect(sent).toHaveLength(4);
    // Each to the applicant's number, saying which case it is.
    for (const c of made) {
      expect(sent.filter((m) => m.body.includes(c.code))).toEqual([
        { phone: phoneOf(0), body: expect.any(String) },
      ]);
      expect(await smsOf(c.id)).toMatchObject({ status: 'sent', attempts: 1, sent: true, due_in_ms: null });
    }
    // Nothing is sent twice.
    expect(await first.runOnce()).toBe(0);
    expect(sent).toHaveLength(4);
  });

  it('tries again later when the gateway is down, and gives up after the last attempt with the reason', async () => {
    await drain();
    const c = await submit(app, await app.citizenCookie(1));
    const logged: string[] = [];
    const down = recording(() => ({ status: 'failed', reason: 'gateway answered 503', retry: true }));
    const retry = { baseMs: 60_000, capMs: 120_000, maxAttempts: 3 };
    const sender = outbox(down.sender, { retry, log: (_level, message) => logged.push(message) });

    expect(await sender.runOnce()).toBe(1);
    const once = await smsOf(c.id);
    expect(once).toMatchObject({
      status: 'retrying',
      attempts: 1,
      last_error: 'gateway answered 503',
      sent: false,
    });
    // Not before its pause: half to all of the first one, with jitter.
    expect(once.due_in_ms).toBeGreaterThan(25_000);
    expect(once.due_in_ms).toBeLessThanOrEqual(60_000);
    expect(await sender.runOnce()).toBe(0);

    await makeDue(once.id);
    expect(await sender.runOnce()).toBe(1);
    expect(await smsOf(c.id)).toMatchObject({ status: 'retrying', attempts: 2 });
    await makeDue(once.id);
    expect(await sender.runOnce()).toBe(1);
    const last = await smsOf(c.id);
    expect(last).toMatchObject({
      status: 'failed',
      attempts: 3,
      last_error: 'gateway answered 503',
      due_in_ms: null,
    });
    expect(down.sent).toHaveLength(3);
    // An operator hears of it, without the number or the text.
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain(last.id);
    expect(logged[0]).not.toContain(phoneOf(1));
    expect(logged[0]).not.toContain(c.code);
    expect(await sender.runOnce()).toBe(0);
  });

  it('delivers a message once the gateway is back', async () => {
    await drain();
    const c = await submit(app, await app.citizenCookie(2));
    let up = false;
    const gateway = recording(() =>
      up
        ? { status: 'sent', reference: 'r1' }
        : { status: 'failed', reason: 'gateway unreachable', retry: true },
    );
    const sender = outbox(gateway.sender);
    await sender.runOnce();
    const waiting = await smsOf(c.id);
    expect(waiting.status).toBe('retrying');
    up = true;
    await makeDue(waiting.id);
    expect(await sender.runOnce()).toBe(1);
    expect(await smsOf(c.id)).toMatchObject({ status: 'sent', attempts: 2, last_error: null, sent: true });
  });

  it('marks a message the gateway refuses as failed at once', async () => {
    await drain();
    const c = await submit(app, await app.citizenCookie(0));
    const refusing = recording(() => ({ status: 'failed', reason: 'gateway answered 400', retry: false }));
    expect(await outbox(refusing.sender).runOnce()).toBe(1);
    expect(await smsOf(c.id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      last_error: 'gateway answered 400',
    });
  });

  it('leaves a message another sender holds until its lease runs out', async () => {
    await drain();
    const c = await submit(app, await app.citizenCookie(1));
    let release: (outcome: SendOutcome) => void = () => {};
    const stuck = recording(() => new Promise<SendOutcome>((resolve) => (release = resolve)));
    const holder = outbox(stuck.sender);
    const holding = holder.runOnce();
    await expect.poll(() => stuck.sent.length).toBe(1);

    const other = recording(() => ({ status: 'sent', reference: 'r2' }));
    const second = outbox(other.sender);
    expect(await second.runOnce()).toBe(0);
    const held = await smsOf(c.id);
    // The lease covers a whole batch of slow gateway calls.
    expect(held.due_in_ms).toBeGreaterThan(30_000);

    // The holder is gone (its lease ran out): the message is taken again and sent.
    await makeDue(held.id);
    expect(await second.runOnce()).toBe(1);
    expect(other.sent).toHaveLength(1);
    expect(await smsOf(c.id)).toMatchObject({ status: 'sent', attempts: 1 });

    // The first sender's late answer does not overwrite what was recorded.
    release({ status: 'failed', reason: 'too late', retry: false });
    await holding;
    expect(await smsOf(c.id)).toMatchObject({ status: 'sent', attempts: 1, last_error: null });
  });
});
