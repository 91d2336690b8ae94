/**
 * Queuing messages inside the transaction that causes them, so a message exists only if the change
 * committed. In-app copies are stored for the recipient's message list; an SMS row is the SMS
 * outbox's to send (`sms-outbox.ts`). Phone numbers are kept encrypted and shown masked.
 */
import { sql } from 'drizzle-orm';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import { maskPhone } from '../../domain/identity-numbers.ts';
import { renderTemplate, type TemplateName } from '../../domain/notification-templates.ts';
import * as clock from '../clock.ts';
import type { Executor } from '../db/database.ts';
import { notifications } from '../db/schema.ts';
import { type DataKeys, encryptField } from '../security/national-crypto.ts';

export interface NotifyRequest {
  template: TemplateName;
  params: Record<string, string>;
  caseId?: string | null;
  recipient: { kind: 'citizen' | 'applicant'; id: string | null; phone: string | null };
}

export async function queueNotification(tx: Executor, keys: DataKeys, request: NotifyRequest): Promise<void> {
  const rows = notificationRows(keys, request);
  if (rows.length > 0) await tx.insert(notifications).values(rows);
}

/**
 * The rows a message is stored as: the in-app copy and the SMS, for a command that writes them
 * in a statement of its own making (as the submission does). The SMS is due at once, by the
 * database's clock, which the outbox's senders read too.
 */
export function notificationRows(
  keys: DataKeys,
  request: NotifyRequest,
): PgInsertValue<typeof notifications>[] {
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
  const rows: PgInsertValue<typeof notifications>[] = [];
  if (request.recipient.id) rows.push({ ...base, channel: 'in-app', status: 'sent', sentAt: now });
  if (request.recipient.phone) {
    rows.push({
      ...base,
      channel: 'sms',
      status: 'queued',
      phoneEncrypted: encryptField(keys, request.recipient.phone),
      phoneMasked: maskPhone(request.recipient.phone),
      nextAttemptAt: sql`now()`,
    });
  }
  return rows;
}
