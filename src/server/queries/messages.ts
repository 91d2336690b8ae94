/**
 * What a family member reads in the app (their messages, each tied to the case and, where the
 * text names one, the sub-case it is about), and the development SMS sink's list.
 */
import { and, desc, eq, inArray, like } from 'drizzle-orm';
import type { AppContext } from '../context.ts';
import { cases, notifications, subCases } from '../db/schema.ts';
import type { CitizenPrincipal } from '../identity/principal.ts';
import { messageSubject, type SubCaseForSubject } from '../notifications/message-subject.ts';

export async function listMessages(context: AppContext, citizen: CitizenPrincipal) {
  const { db } = context.database;
  const rows = await db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.recipientKind, 'citizen'),
        eq(notifications.recipientId, citizen.id),
        eq(notifications.channel, 'in-app'),
      ),
    )
    .orderBy(desc(notifications.createdAt))
    .limit(100);
  const caseIds = [...new Set(rows.flatMap((r) => (r.caseId ? [r.caseId] : [])))];
  const caseRows =
    caseIds.length > 0
      ? await db.select({ id: cases.id, code: cases.code }).from(cases).where(inArray(cases.id, caseIds))
      : [];
  const subRows =
    caseIds.length > 0
      ? await db
          .select({
            id: subCases.id,
            caseId: subCases.caseId,
            matterCode: subCases.matterCode,
            state: subCases.state,
          })
          .from(subCases)
          .where(inArray(subCases.caseId, caseIds))
      : [];
  const catalog = subRows.length > 0 ? await context.catalog.current() : null;
  const matterName = (code: string) => catalog?.matters.find((m) => m.code === code)?.name ?? code;
  const codes = new Map(caseRows.map((c) => [c.id, c.code]));
  const subsOf = (caseId: string | null): SubCaseForSubject[] =>
    subRows
      .filter((s) => s.caseId === caseId)
      .map((s) => ({ id: s.id, matterName: matterName(s.matterCode), state: s.state }));
  return {
    items: rows.map((r) => ({
      id: r.id,
      template: r.template,
      body: r.body,
      createdAt: r.createdAt.toISOString(),
      readAt: r.readAt?.toISOString() ?? null,
      about: messageSubject(
        r.template,
        r.body,
        r.caseId ? (codes.get(r.caseId) ?? null) : null,
        subsOf(r.caseId),
      ),
    })),
    unread: rows.filter((r) => !r.readAt).length,
  };
}

/** The SMS the development sink holds (masked numbers), newest first. */
export async function listDevelopmentSms(context: AppContext) {
  const rows = await context.database.db
    .select()
    .from(notifications)
    .where(like(notifications.channel, 'sms%'))
    .orderBy(desc(notifications.createdAt))
    .limit(200);
  return rows.map((r) => ({
    id: r.id,
    to: r.phoneMasked,
    body: r.body,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
  }));
}
