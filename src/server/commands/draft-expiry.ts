/**
 * Drafts do not live forever: a few days before a draft expires its owner is told (in the app and
 * by SMS), and once expired it is removed with its attachments. Run by a scheduled job.
 */
import { and, eq, gt, inArray, isNull, lt } from 'drizzle-orm';
import { daysAfter, serviceDate } from '../../domain/clock.ts';
import { appendAudit, SYSTEM_ACTOR } from '../audit/audit-log.ts';
import * as clock from '../clock.ts';
import type { AppContext } from '../context.ts';
import { applicationDrafts, citizens, materialItems } from '../db/schema.ts';
import { queueNotification } from '../notifications/notify.ts';
import { decryptField } from '../security/national-crypto.ts';

export const NOTICE_DAYS = 3;

export async function runDraftExpiry(context: AppContext): Promise<{ noticed: number; removed: number }> {
  const { db } = context.database;
  const now = clock.now();
  const soon = daysAfter(now, NOTICE_DAYS);
  const expiring = await db
    .select()
    .from(applicationDrafts)
    .where(
      and(
        isNull(applicationDrafts.submittedCaseId),
        isNull(applicationDrafts.expiryNoticeAt),
        lt(applicationDrafts.expiresAt, soon),
        gt(applicationDrafts.expiresAt, now),
      ),
    )
    .limit(500);
  for (const draft of expiring) {
    const content = JSON.parse(decryptField(context.keys, draft.contentEncrypted)) as {
      values: Record<string, string>;
    };
    let phone = content.values['applicant.phone'] ?? null;
    if (!phone && draft.ownerKind === 'citizen') {
      const [citizen] = await db.select().from(citizens).where(eq(citizens.id, draft.ownerId)).limit(1);
      phone = citizen?.phoneEncrypted ? decryptField(context.keys, citizen.phoneEncrypted) : null;
    }
    const date = serviceDate(draft.expiresAt);
    await db.transaction(async (tx) => {
      await queueNotification(tx, context.keys, {
        template: 'draft.expiring',
        params: { date },
        recipient: {
          kind: draft.ownerKind === 'citizen' ? 'citizen' : 'applicant',
          id: draft.ownerKind === 'citizen' ? draft.ownerId : null,
          phone,
        },
      });
      await tx
        .update(applicationDrafts)
        .set({ expiryNoticeAt: now })
        .where(eq(applicationDrafts.id, draft.id));
    });
  }

  const expired = await db
    .select({ id: applicationDrafts.id })
    .from(applicationDrafts)
    .where(and(isNull(applicationDrafts.submittedCaseId), lt(applicationDrafts.expiresAt, now)))
    .limit(500);
  if (expired.length > 0) {
    const ids = expired.map((d) => d.id);
    await db.transaction(async (tx) => {
      await tx
        .delete(materialItems)
        .where(and(inArray(materialItems.draftId, ids), isNull(materialItems.caseId)));
      await tx.delete(applicationDrafts).where(inArray(applicationDrafts.id, ids));
      await appendAudit(tx, context.keys, {
        actor: SYSTEM_ACTOR,
        action: 'draft.expired',
        objectType: 'draft',
        details: { drafts: ids },
      });
    });
  }
  return { noticed: expiring.length, removed: expired.length };
}
