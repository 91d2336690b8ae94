/**
 * Delivery of the exchange outbox, on every instance. Each pass:
 * - workbench messages are marked delivered (the sub-case or notice is on the office's
 *   workbench; nothing leaves the platform);
 * - for each push party with messages due and no sender running here, a batch is leased
 *   (`FOR UPDATE SKIP LOCKED`, so two instances never take the same message) and sent in order,
 *   signed, each carrying its message id as `Idempotency-Key`, so a message sent again after a
 *   crash (its lease ran out) has no second effect at a receiver that honours it;
 * - a failure is retried with capped exponential backoff and jitter; after the configured number
 *   of attempts, or when the party refuses the message outright, it is dead-lettered with an alert
 *   (error log and audit event) and waits for an administrator's replay.
 * A party that keeps failing is cut off by a circuit breaker (cockatiel) and probed until it
 * recovers; each party has its own sender, so a slow or failing party delays nobody else.
 * Pull messages wait for their party to fetch and acknowledge them.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import {
  BrokenCircuitError,
  type CircuitBreakerPolicy,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  ExponentialBackoff,
  handleWhen,
} from 'cockatiel';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterFailure, classifyPushStatus, type RetryPolicy, retryDelayMs } from '../../domain/exchange.ts';
import { appendAudit, SYSTEM_ACTOR } from '../audit/audit-log.ts';
import type { AppContext } from '../context.ts';
import { queryRows } from '../db/database.ts';
import { exchangeMessages, exchangeParties } from '../db/schema.ts';
import { decryptField } from '../security/national-crypto.ts';
import { SIGNATURE_HEADERS, sign } from '../shared-data/signing.ts';
import { disclosedFields, messageEnvelope } from './payloads.ts';

/** A push that failed in a way worth trying again (and that counts against the party's breaker). */
class PushFailure extends Error {}

type MessageRow = typeof exchangeMessages.$inferSelect;

export interface DispatcherHooks {
  /** Called after a push was answered and before its delivery is recorded (fault injection in tests). */
  afterPush?: (message: MessageRow) => Promise<void> | void;
}

export interface Dispatcher {
  /** Run one pass now (tests; the loop runs passes on its own). */
  runOnce(): Promise<void>;
  /** The breaker state of each push party this instance has talked to. */
  circuits(): Record<string, 'closed' | 'open' | 'half_open'>;
  stop(): Promise<void>;
}

const BATCH = 20;

export function startDispatcher(
  context: AppContext,
  instanceId: string,
  options: {
    loop?: boolean;
    hooks?: DispatcherHooks;
    log?: (level: 'info' | 'error', message: string) => void;
  } = {},
): Dispatcher {
  const { db } = context.database;
  const settings = context.config.exchange;
  const policy: RetryPolicy = {
    baseMs: settings.retryBaseMs,
    capMs: settings.retryCapMs,
    maxAttempts: settings.maxAttempts,
  };
  const log = options.log ?? (() => {});
  const breakers = new Map<string, CircuitBreakerPolicy>();
  const senders = new Map<string, Promise<void>>();
  /** When an open circuit's party is next worth probing. */
  const nextProbe = new Map<string, number>();
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<void> = Promise.resolve();

  function breakerFor(party: string): CircuitBreakerPolicy {
    let breaker = breakers.get(party);
    if (!breaker) {
      breaker = circuitBreaker(
        handleWhen((error) => error instanceof PushFailure),
        {
          halfOpenAfter: new ExponentialBackoff({
            initialDelay: settings.breakerHalfOpenMs,
            maxDelay: settings.breakerHalfOpenMs * 4,
          }),
          breaker: new ConsecutiveBreaker(settings.breakerFailures),
        },
      );
      const record = (state: 'open' | 'half_open' | 'closed') => {
        log(state === 'open' ? 'error' : 'info', `exchange party ${party}: circuit ${state}`);
        void db
          .update(exchangeParties)
          .set({ circuitState: state, circuitChangedAt: new Date() })
          .where(eq(exchangeParties.code, party))
          .catch(() => {});
      };
      breaker.onBreak(() => {
        nextProbe.set(party, Date.now() + settings.breakerHalfOpenMs);
        record('open');
      });
      breaker.onHalfOpen(() => record('half_open'));
      breaker.onReset(() => record('closed'));
      breakers.set(party, breaker);
    }
    return breaker;
  }

  async function deliverWorkbench() {
    await db.execute(sql`
      UPDATE exchange_message SET state = 'delivered', attempts = attempts + 1, delivered_at = now(),
             delivered_by = ${instanceId}, last_attempt_at = now()
      WHERE id IN (SELECT id FROM exchange_message
                   WHERE adapter = 'workbench' AND state = 'pending'
                   ORDER BY sequence LIMIT 500 FOR UPDATE SKIP LOCKED)`);
  }

  /** Push parties with something due that are not paused. */
  async function duePushParties(): Promise<string[]> {
    const rows = await queryRows<{ party_code: string }>(
      db,
      sql`SELECT DISTINCT m.party_code FROM exchange_message m
          LEFT JOIN exchange_party p ON p.code = m.party_code
          WHERE m.adapter = 'push' AND coalesce(p.paused, false) = false
            AND ((m.state = 'pending' AND m.next_attempt_at <= now())
                 OR (m.state = 'in_flight' AND m.lease_until < now()))
          LIMIT 200`,
    );
    return rows.map((row) => row.party_code);
  }

  /** Leases up to `limit` due messages of one party to this instance, oldest first. */
  async function lease(party: string, limit: number): Promise<MessageRow[]> {
    const leaseMs = settings.leaseSeconds * 1000;
    const rows = await queryRows<{ id: string }>(
      db,
      sql`UPDATE exchange_message SET state = 'in_flight', lease_until = now() + ${`${leaseMs} milliseconds`}::interval
          WHERE id IN (SELECT id FROM exchange_message
                       WHERE party_code = ${party} AND adapter = 'push'
                         AND ((state = 'pending' AND next_attempt_at <= now())
                              OR (state = 'in_flight' AND lease_until < now()))
                       ORDER BY sequence LIMIT ${limit} FOR UPDATE SKIP LOCKED)
          RETURNING id`,
    );
    if (rows.length === 0) return [];
    const leased = await db
      .select()
      .from(exchangeMessages)
      .where(
        sql`${exchangeMessages.id} IN (${sql.join(
          rows.map((r) => sql`${r.id}`),
          sql`, `,
        )})`,
      );
    return leased.sort((a, b) => a.sequence - b.sequence);
  }

  /** Extends this instance's lease on the messages it still holds; answers the ids it holds. */
  async function renewLease(ids: string[]): Promise<Set<string>> {
    const leaseMs = Math.max(settings.leaseSeconds * 1000, settings.pushTimeoutMs * 2);
    const rows = await db
      .update(exchangeMessages)
      .set({ leaseUntil: new Date(Date.now() + leaseMs) })
      .where(and(inArray(exchangeMessages.id, ids), eq(exchangeMessages.state, 'in_flight')))
      .returning({ id: exchangeMessages.id });
    return new Set(rows.map((r) => r.id));
  }

  /** Hands a leased message back without spending an attempt (noting why, when there was an error). */
  async function release(message: MessageRow, delayMs: number, error?: string) {
    await db
      .update(exchangeMessages)
      .set({
        state: 'pending',
        leaseUntil: null,
        nextAttemptAt: new Date(Date.now() + delayMs),
        ...(error ? { lastError: error.slice(0, 500), lastAttemptAt: new Date() } : {}),
      })
      .where(and(eq(exchangeMessages.id, message.id), eq(exchangeMessages.state, 'in_flight')));
  }

  async function recordFailure(message: MessageRow, error: string, permanent: boolean) {
    const attempts = message.attempts + 1;
    const outcome = afterFailure(attempts, policy, { permanent });
    if (outcome === 'retry') {
      await db
        .update(exchangeMessages)
        .set({
          state: 'pending',
          attempts,
          leaseUntil: null,
          lastError: error.slice(0, 500),
          lastAttemptAt: new Date(),
          nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts, policy, Math.random())),
        })
        .where(and(eq(exchangeMessages.id, message.id), eq(exchangeMessages.state, 'in_flight')));
      return;
    }
    await db.transaction(async (tx) => {
      await tx
        .update(exchangeMessages)
        .set({
          state: 'dead',
          attempts,
          leaseUntil: null,
          lastError: error.slice(0, 500),
          lastAttemptAt: new Date(),
        })
        .where(and(eq(exchangeMessages.id, message.id), eq(exchangeMessages.state, 'in_flight')));
      await appendAudit(tx, context.keys, {
        actor: SYSTEM_ACTOR,
        action: 'exchange.message.dead_lettered',
        objectType: 'exchange_message',
        objectId: message.id,
        outcome: 'failure',
        details: { party: message.partyCode, kind: message.kind, attempts, error: error.slice(0, 200) },
      });
    });
    log(
      'error',
      `ALERT exchange message ${message.id} to ${message.partyCode} dead-lettered after ${attempts} attempt(s): ${error.slice(0, 200)}`,
    );
  }

  /** One signed POST of one message; throws PushFailure when it is worth trying again. */
  async function push(
    party: typeof exchangeParties.$inferSelect,
    message: MessageRow,
  ): Promise<'delivered' | { permanent: string }> {
    if (!party.endpointUrl || !party.pushKeyEncrypted || !party.pushKeyId) {
      return { permanent: 'the party has no endpoint or push key configured' };
    }
    const envelope = await db.transaction(async (tx) => {
      const built = await messageEnvelope(tx, context, message);
      if (built) {
        await appendAudit(tx, context.keys, {
          actor: SYSTEM_ACTOR,
          action: 'personal_data.disclosed',
          objectType: message.kind === 'death.notified' ? 'death_notice' : 'sub_case',
          objectId: message.subjectId,
          details: {
            party: message.partyCode,
            message: message.id,
            fields: disclosedFields(built),
            attempt: message.attempts + 1,
          },
        });
      }
      return built;
    });
    if (!envelope) return { permanent: 'the message subject no longer exists' };
    const body = JSON.stringify(envelope);
    const url = new URL(party.endpointUrl);
    const timestamp = String(Date.now());
    const nonce = randomBytes(16).toString('hex');
    const secret = decryptField(context.keys, party.pushKeyEncrypted);
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': message.id,
          'x-lianban-message-id': message.id,
          [SIGNATURE_HEADERS.appId]: party.pushKeyId,
          [SIGNATURE_HEADERS.timestamp]: timestamp,
          [SIGNATURE_HEADERS.nonce]: nonce,
          [SIGNATURE_HEADERS.signature]: sign(
            secret,
            'POST',
            `${url.pathname}${url.search}`,
            timestamp,
            nonce,
            body,
          ),
        },
        body,
        signal: AbortSignal.timeout(settings.pushTimeoutMs),
        redirect: 'error',
      });
      // Read the body so the connection can be reused; its content does not matter.
      await response.arrayBuffer().catch(() => undefined);
    } catch (error) {
      const reason =
        error instanceof Error
          ? error.cause instanceof Error
            ? error.cause.message
            : error.message
          : String(error);
      throw new PushFailure(`network: ${reason}`);
    }
    const verdict = classifyPushStatus(response.status);
    if (verdict === 'retry') throw new PushFailure(`HTTP ${response.status}`);
    if (verdict === 'permanent') return { permanent: `HTTP ${response.status}` };
    await options.hooks?.afterPush?.(message);
    return 'delivered';
  }

  async function sendParty(partyCode: string) {
    const [party] = await db
      .select()
      .from(exchangeParties)
      .where(eq(exchangeParties.code, partyCode))
      .limit(1);
    const breaker = breakerFor(partyCode);
    // An open circuit sends nothing until its pause is over; then one message is the probe.
    const probing = breaker.state === CircuitState.Open;
    const batch = await lease(partyCode, probing ? 1 : BATCH);
    for (const [index, message] of batch.entries()) {
      if (stopped) {
        await release(message, 0);
        continue;
      }
      // The lease covers what is left of the batch from now: a slow party cannot make this
      // instance's messages look abandoned to another instance while they wait their turn here.
      const renewed = await renewLease(batch.slice(index).map((m) => m.id));
      if (!renewed.has(message.id)) continue;
      if (!party) {
        await recordFailure(message, 'no such exchange party is configured', true);
        continue;
      }
      try {
        const outcome = await breaker.execute(() => push(party, message));
        if (outcome === 'delivered') {
          await db
            .update(exchangeMessages)
            .set({
              state: 'delivered',
              attempts: message.attempts + 1,
              leaseUntil: null,
              lastError: null,
              lastAttemptAt: new Date(),
              deliveredAt: new Date(),
              deliveredBy: instanceId,
            })
            .where(and(eq(exchangeMessages.id, message.id), eq(exchangeMessages.state, 'in_flight')));
        } else {
          await recordFailure(message, outcome.permanent, true);
        }
      } catch (error) {
        if (probing && error instanceof PushFailure) {
          // A failed probe says the party is still away, nothing about this message: it keeps its
          // attempts (a long outage must not dead-letter the head of the queue).
          nextProbe.set(partyCode, Date.now() + settings.breakerHalfOpenMs);
          for (const rest of batch.slice(index))
            await release(rest, settings.breakerHalfOpenMs, error.message);
          return;
        }
        if (error instanceof BrokenCircuitError) {
          // The circuit is open (or opened during this batch): hand the messages back without
          // spending their attempts, and look again after the breaker's pause.
          nextProbe.set(partyCode, Date.now() + settings.breakerHalfOpenMs);
          for (const rest of batch.slice(index)) await release(rest, settings.breakerHalfOpenMs);
          return;
        }
        await recordFailure(message, error instanceof Error ? error.message : String(error), false);
      }
    }
  }

  async function runOnce() {
    await deliverWorkbench();
    for (const party of await duePushParties()) {
      if (senders.has(party) || stopped) continue;
      const breaker = breakers.get(party);
      if (breaker?.state === CircuitState.Open && !readyToProbe(party)) continue;
      const sender = sendParty(party)
        .catch((error) => log('error', `exchange sender for ${party} failed: ${String(error)}`))
        .finally(() => senders.delete(party));
      senders.set(party, sender);
    }
  }

  /** Whether an open breaker's party may be probed now (the breaker itself has the last word). */
  function readyToProbe(party: string): boolean {
    return Date.now() >= (nextProbe.get(party) ?? 0);
  }

  function schedule() {
    if (stopped || options.loop === false) return;
    timer = setTimeout(() => {
      pass = runOnce()
        .catch((error) => log('error', `exchange dispatcher pass failed: ${String(error)}`))
        .finally(schedule);
    }, settings.pollMs);
    timer.unref();
  }
  schedule();

  return {
    runOnce: async () => {
      await runOnce();
      await Promise.all(senders.values());
    },
    circuits() {
      const states: Record<string, 'closed' | 'open' | 'half_open'> = {};
      for (const [party, breaker] of breakers) {
        states[party] =
          breaker.state === CircuitState.Open || breaker.state === CircuitState.Isolated
            ? 'open'
            : breaker.state === CircuitState.HalfOpen
              ? 'half_open'
              : 'closed';
      }
      return states;
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await pass.catch(() => {});
      await Promise.all(senders.values());
    },
  };
}

/** A fresh random id for a credential or a push key: `lbk_` and 20 hex digits. */
export function newKeyId(): string {
  return `lbk_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
}
