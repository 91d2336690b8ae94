/**
 * What the background workers do: expire drafts, watch time limits, proactive offers,
 * audit checkpoints, and housekeeping (idle sessions, abandoned sign-in attempts, expired
 * identity-provider state, exchange nonces past their replay window). Delivery to departments'
 * systems is the exchange dispatcher's (`exchange/dispatcher.ts`) and SMS the SMS outbox's
 * (`notifications/sms-outbox.ts`); each reads its own outbox.
 */

import { lt } from 'drizzle-orm';
import { writeCheckpoint } from '../audit/checkpoints.ts';
import * as clock from '../clock.ts';
import { runDraftExpiry } from '../commands/draft-expiry.ts';
import { escalateOverdue } from '../commands/time-limit-watch.ts';
import type { AppContext } from '../context.ts';
import { signInAttempts, signInThrottle } from '../db/schema.ts';
import { remindProactiveOffers, sendProactiveOffer } from '../death-registry/proactive.ts';
import { purgeExchangeNonces } from '../exchange/auth.ts';
import { purgeExpiredOidcPayloads } from '../identity/oidc/drizzle-adapter.ts';
import { purgeIdleSessions } from '../identity/sessions.ts';
import { QUEUES } from './job-queue.ts';

export async function registerJobHandlers(context: AppContext): Promise<void> {
  const { boss } = context.jobs;
  const { db } = context.database;

  await boss.work(QUEUES.draftExpiry, async () => {
    await runDraftExpiry(context);
  });
  await boss.schedule(QUEUES.draftExpiry, '17 * * * *');

  await boss.work(QUEUES.timeLimits, async () => {
    await escalateOverdue(context);
  });
  await boss.schedule(QUEUES.timeLimits, '*/30 * * * *');

  await boss.work(QUEUES.purgeSessions, async () => {
    await purgeIdleSessions(db);
    await purgeExpiredOidcPayloads(db);
    await db.delete(signInAttempts).where(lt(signInAttempts.createdAt, new Date(Date.now() - 15 * 60_000)));
    // Sign-in throttle windows start on the service's clock, as lockouts do, so they age by it too.
    await db
      .delete(signInThrottle)
      .where(lt(signInThrottle.windowStart, new Date(clock.now().getTime() - 5 * 60_000)));
    await purgeExchangeNonces(context.database);
  });
  await boss.schedule(QUEUES.purgeSessions, '*/10 * * * *');

  await boss.work<{ offerId: string }>(QUEUES.proactiveOffer, async (jobs) => {
    for (const job of jobs) await sendProactiveOffer(context, job.data.offerId);
  });
  await boss.work(QUEUES.proactiveReminder, async () => {
    await remindProactiveOffers(context);
  });
  await boss.schedule(QUEUES.proactiveReminder, '41 * * * *');

  await boss.work(QUEUES.auditCheckpoint, async () => {
    await writeCheckpoint(db, context.keys, { witnessFile: context.config.audit.witnessFile });
  });
  const minutes = context.config.audit.checkpointMinutes;
  await boss.schedule(QUEUES.auditCheckpoint, minutes === 1 ? '* * * * *' : `*/${minutes} * * * *`);
}
