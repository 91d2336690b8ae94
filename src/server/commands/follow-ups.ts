/**
 * Acting on the follow-up of a poor rating (督办): reveal the applicant's contact to call back
 * (audited), record the call-back and the rectification, close it. Held to the actor's scope for
 * `follow_up.act`; a follow-up outside it does not exist for them.
 */
import { eq } from 'drizzle-orm';
import { problem } from '../../domain/field-problems.ts';
import { appendAudit } from '../audit/audit-log.ts';
import * as clock from '../clock.ts';
import type { AppContext } from '../context.ts';
import type { Executor } from '../db/database.ts';
import { cases, followUps } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { assertInScope } from '../identity/authorize.ts';
import { actorOf, type StaffPrincipal } from '../identity/principal.ts';
import { decryptField } from '../security/national-crypto.ts';

async function followUpInScope(db: Executor, staff: StaffPrincipal, id: string, lock = false) {
  const query = db.select().from(followUps).where(eq(followUps.id, id)).limit(1);
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new AppError('NOT_FOUND');
  assertInScope(staff, 'follow_up.act', { regionCode: row.regionCode, departmentCode: row.departmentCode });
  return row;
}

/** The applicant's full name and mobile number, to call back; the view is audited. */
export async function revealFollowUpContact(context: AppContext, staff: StaffPrincipal, id: string) {
  return context.database.db.transaction(async (tx) => {
    const row = await followUpInScope(tx, staff, id);
    const [owner] = await tx
      .select({ code: cases.code, name: cases.applicantName, phone: cases.applicantPhoneEncrypted })
      .from(cases)
      .where(eq(cases.id, row.caseId))
      .limit(1);
    if (!owner) throw new AppError('NOT_FOUND');
    await appendAudit(tx, context.keys, {
      actor: actorOf(staff),
      action: 'personal_data.viewed',
      objectType: 'follow_up',
      objectId: row.id,
      details: {
        fields: ['applicant.name', 'applicant.phone'],
        caseCode: owner.code,
        purpose: 'follow-up call-back',
      },
    });
    return { name: owner.name, phone: decryptField(context.keys, owner.phone) };
  });
}

export interface FollowUpRecord {
  callBackNote?: string | undefined;
  rectificationNote?: string | undefined;
  close: boolean;
}

/** Record the call-back and the rectification; close only when both are written. */
export async function recordFollowUp(
  context: AppContext,
  staff: StaffPrincipal,
  id: string,
  input: FollowUpRecord,
) {
  await context.database.db.transaction(async (tx) => {
    const row = await followUpInScope(tx, staff, id, true);
    const next = {
      callBackNote: input.callBackNote ?? row.callBackNote,
      rectificationNote: input.rectificationNote ?? row.rectificationNote,
    };
    if (input.close && (!next.callBackNote || !next.rectificationNote)) {
      const missing = [
        ...(next.callBackNote ? [] : ['callBackNote']),
        ...(next.rectificationNote ? [] : ['rectificationNote']),
      ];
      throw new AppError('VALIDATION_FAILED', {
        fieldErrors: missing.map((field) =>
          problem(
            field,
            '关闭前请先填写回访记录和整改情况',
            'Write the call-back and the rectification before closing',
          ),
        ),
      });
    }
    await tx
      .update(followUps)
      .set({
        ...next,
        state: input.close ? 'closed' : next.callBackNote ? 'called_back' : row.state,
        ...(input.close ? { closedBy: staff.id, closedAt: clock.now() } : {}),
      })
      .where(eq(followUps.id, row.id));
    await appendAudit(tx, context.keys, {
      actor: actorOf(staff),
      action: input.close ? 'follow_up.closed' : 'follow_up.updated',
      objectType: 'follow_up',
      objectId: row.id,
    });
  });
}
