/**
 * The SMS outbox. An SMS is a `notification` row (channel `sms`), written by `queueNotification`
 * in the transaction that causes it, so it exists only if the change committed and is never lost
 * after. Every instance runs a sender that, each pass:
 * - leases a batch of due messages (`FOR UPDATE SKIP LOCKED`, moving `next_attempt_at` past the
 *   lease), so two instances never send the same message at the same time;
 * - sends each through the gateway (or the development sink) and records the outcome;
 * - retries a failure that may pass with capped exponential backoff and jitter; a message the
 *   gateway refuses, or one that failed `maxAttempts` times, is marked `failed` with the reason
 *   (never the number or the text) and an error in the log.
 * A sender that stops mid-batch (a crash) leaves its messages to be taken again when the lease
 * runs out: an SMS may then go twice, never not at all.
 */
import { sql } from 'drizzle-orm';
import { afterFailure, type RetryPolicy, retryDelayMs } from '../../domain/exchange.ts';
import * as clock from '../clock.ts';
import type { AppContext } from '../context.ts';
import { queryRows } from '../db/database.ts';
import { decryptField } from '../security/national-crypto.ts';
import type { SmsSender } from './sms-sender.ts';

/** Up to 8 attempts over about an hour, as the job queue used to. */
export const SMS_RETRY: RetryPolicy = { baseMs: 15_000, capMs: 15 * 60_000, maxAttempts: 8 };

const BATCH = 10;

export interface SmsOutbox {
  /** Run one pass now (tests; the loop runs passes on its own). How many messages it took. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

export interface SmsOutboxOptions {
  /** Run passes on a timer (default); tests may drive it pass by pass instead. */
  loop?: boolean;
  /** The pause between passes when nothing more is due. */
  pollMs: number;
  /** How long one gateway call may take; the lease covers a whole batch of them. */
  sendTimeoutMs: number;
  retry?: RetryPolicy;
  log?: (level: 'info' | 'error', message: string) => void;
}

export function startSmsOutbox(context: AppContext, sender: SmsSender, options: SmsOutboxOptions): SmsOutbox {
  const { db } = context.database;
  const policy = options.retry ?? SMS_RETRY;
  const log = options.log ?? (() => {});
  const leaseMs = BATCH * options.sendTimeoutMs + 30_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<number> = Promise.resolve(0);

  async function runOnce(): Promise<number> {
    const leased = await queryRows<{
      id: string;
      phone_encrypted: string | null;
      body: string;
      attempts: number;
    }>(
      db,
      sql`UPDATE notification SET next_attempt_at = now() + ${leaseMs} * interval '1 millisecond'
           WHERE id IN (
             SELECT id FROM notification
              WHERE channel = 'sms' AND status IN ('queued', 'retrying') AND next_attempt_at <= now()
              ORDER BY next_attempt_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
          RETURNING id, phone_encrypted, body, attempts`,
    );
    const sent: string[] = [];
    for (const message of leased) {
      if (stopped) break;
      const outcome = message.phone_encrypted
        ? await sender.send(decryptField(context.keys, message.phone_encrypted), message.body)
        : ({ status: 'failed', reason: 'no phone number', retry: false } as const);
      if (outcome.status === 'sent') sent.push(message.id);
      else await recordFailure(message, outcome.reason, outcome.retry);
    }
    // What went out is recorded in one statement; a row someone else settled meanwhile is left.
    if (sent.length > 0)
      await db.execute(sql`
        UPDATE notification SET status = 'sent', attempts = attempts + 1, sent_at = ${clock.now()},
               next_attempt_at = NULL, last_error = NULL
         WHERE id IN (${sql.join(
           sent.map((id) => sql`${id}::uuid`),
           sql`, `,
         )}) AND status IN ('queued', 'retrying')`);
    return leased.length;
  }

  async function recordFailure(message: { id: string; attempts: number }, reason: string, retry: boolean) {
    const attempts = message.attempts + 1;
    const next = afterFailure(attempts, policy, { permanent: !retry });
    if (next === 'retry') {
      const delay = retryDelayMs(attempts, policy, Math.random());
      await db.execute(sql`
        UPDATE notification SET status = 'retrying', attempts = ${attempts}, last_error = ${reason},
               next_attempt_at = now() + ${delay} * interval '1 millisecond'
         WHERE id = ${message.id} AND status IN ('queued', 'retrying')`);
      return;
    }
    await db.execute(sql`
      UPDATE notification SET status = 'failed', attempts = ${attempts}, last_error = ${reason},
             next_attempt_at = NULL
       WHERE id = ${message.id} AND status IN ('queued', 'retrying')`);
    log('error', `SMS ${message.id} not sent after ${attempts} attempt(s): ${reason}`);
  }

  function schedule(delayMs: number) {
    if (stopped || options.loop === false) return;
    timer = setTimeout(() => {
      pass = runOnce().catch((error) => {
        log('error', `SMS outbox pass failed: ${String(error)}`);
        return 0;
      });
      // A full batch means more may be due: go on at once.
      void pass.then((taken) => schedule(taken === BATCH ? 0 : options.pollMs));
    }, delayMs);
    timer.unref();
  }
  schedule(options.pollMs);

  return {
    runOnce: () => runOnce(),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await pass.catch(() => 0);
    },
  };
}
