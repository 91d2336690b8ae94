/**
 * Queuing messages inside the transaction that causes them (so a message exists only if the
 * change committed), and the worker that sends queued SMS. In-app copies are stored for the
 * recipient's message list. Phone numbers are kept encrypted and shown masked.
 */
import { eq, sql } from 'drizzle-orm';
import { maskPhone } from '../../domain/identity-numbers.ts';
import { renderTemplate, type TemplateName } from '../../domain/notification-templates.ts';
import * as clock from '../clock.ts';
import type { AppContext } from '../context.ts';
import type { Executor } from '../db/database.ts';
import { notifications } from '../db/schema.ts';
import { type JobQueue, QUEUES } from '../jobs/job-queue.ts';
import { type DataKeys, decryptField, encryptField } from '../security/national-crypto.ts';
import type { SmsSender } from './sms-sender.ts';

export interface NotifyRequest {
  template: TemplateName;
  params: Record<string, string>;
  caseId?: string | null;
  recipient: { kind: 'citizen' | 'applicant'; id: string | null; phone: string | null };
}

export async function queueNotification(
  tx: Executor,
  keys: DataKeys,
  jobs: JobQueue,
  request: NotifyRequest,
): Promise<void> {
  const body = renderTemplate(request.template, request.params);
  const now = clock.now();
  const base = {
    caseId: request.caseId ?? null,
    recipientKind: request.recipient.kind,
    recipientId: request.recipient.id,
    template: request.template,
    body,
    createdAt: now,
  };
  // The in-app copy and the SMS in one statement; only the SMS has a job to send it.
  const rows: (typeof notifications.$inferInsert)[] = [];
  if (request.recipient.id) rows.push({ ...base, channel: 'in-app', status: 'sent', sentAt: now });
  if (request.recipient.phone) {
    rows.push({
      ...base,
      channel: 'sms',
      status: 'queued',
      phoneEncrypted: encryptField(keys, request.recipient.phone),
      phoneMasked: maskPhone(request.recipient.phone),
    });
  }
  if (rows.length === 0) return;
  const written = await tx
    .insert(notifications)
    .values(rows)
    .returning({ id: notifications.id, channel: notifications.channel });
  for (const row of written) {
    if (row.channel === 'sms')
      await jobs.enqueueInTransaction(tx, QUEUES.sendNotification, { notificationId: row.id });
  }
}

/** Sends one queued SMS; a failure that may pass is thrown so the job queue retries it. */
export async function sendQueuedSms(
  context: AppContext,
  sender: SmsSender,
  notificationId: string,
): Promise<void> {
  const { db } = context.database;
  const [row] = await db.select().from(notifications).where(eq(notifications.id, notificationId)).limit(1);
  if (!row || row.status === 'sent' || row.channel !== 'sms' || !row.phoneEncrypted) return;
  const outcome = await sender.send(decryptField(context.keys, row.phoneEncrypted), row.body);
  await db
    .update(notifications)
    .set({
      status: outcome.status === 'sent' ? 'sent' : outcome.retry ? 'retrying' : 'failed',
      attempts: sql`${notifications.attempts} + 1`,
      sentAt: outcome.status === 'sent' ? clock.now() : null,
    })
    .where(eq(notifications.id, notificationId));
  if (outcome.status === 'failed' && outcome.retry) throw new Error(`SMS not sent yet: ${outcome.reason}`);
}
