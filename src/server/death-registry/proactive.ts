/**
 * Proactive service (主动服务). When the registry verifies a death, an offer is queued in the same
 * transaction (`registry.ts`); the job here finds the registered next of kin on the deceased's
 * household register, and sends them one SMS with a link. An offer nobody answers gets one gentle
 * reminder; "not now" ends it; starting an application ends it. Nothing else is sent unasked.
 */
import { and, eq, inArray, isNull, lt } from 'drizzle-orm';
import { nextOfKinOrder } from '../../domain/death-registry.ts';
import { maskIdNumber, maskName } from '../../domain/identity-numbers.ts';
import { OPEN_CASE_STATES } from '../../domain/workflow.ts';
import { appendAudit } from '../audit/audit-log.ts';
import * as clock from '../clock.ts';
import type { AppContext } from '../context.ts';
import type { Executor } from '../db/database.ts';
import { cases, deathRecords, proactiveOffers } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { CitizenPrincipal } from '../identity/principal.ts';
import { queueNotification } from '../notifications/notify.ts';
import { citizenIdNumber } from '../queries/citizen-identity.ts';
import { blindIndex, decryptField, encryptField } from '../security/national-crypto.ts';
import { relationshipFromLicence } from '../shared-data/gateway.ts';
import { registryEntryByIndex } from './queries.ts';

const SYSTEM = { kind: 'system' as const, id: null, label: 'proactive-service' };

function offerLink(context: AppContext, offerId: string): string {
  return `${context.publicUrl()}/portal/offers/${offerId}?from=sms`;
}

/** Whether the deceased already has a case, open or delivered (then nobody is contacted). */
async function hasCase(db: Executor, idIndex: string): Promise<boolean> {
  const [row] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(
      and(eq(cases.deceasedIdNumberIndex, idIndex), inArray(cases.state, [...OPEN_CASE_STATES, 'delivered'])),
    )
    .limit(1);
  return row !== undefined;
}

/** The registered next of kin with a mobile number, closest first — or null. */
async function findNextOfKin(context: AppContext, deceasedId: string) {
  const licences = await context.sharedData.licences(deceasedId);
  if (licences.status !== 'ok') return null;
  const members = licences.value
    .filter((l) => l.type === 'household-register')
    .flatMap((licence) =>
      [licence.holderIdNumber, ...licence.names]
        .filter((id) => id !== deceasedId)
        .map((idNumber) => ({
          idNumber,
          relationship: relationshipFromLicence(licence, idNumber, deceasedId) ?? '',
        })),
    );
  for (const idNumber of nextOfKinOrder(members)) {
    const person = await context.sharedData.person(idNumber);
    if (person.status === 'ok' && person.value.mobile) return { idNumber, mobile: person.value.mobile };
  }
  return null;
}

/** The job: send the one offer (or record why nobody could be contacted). Safe to run twice. */
export async function sendProactiveOffer(context: AppContext, offerId: string): Promise<void> {
  const { db } = context.database;
  const [offer] = await db.select().from(proactiveOffers).where(eq(proactiveOffers.id, offerId)).limit(1);
  if (offer?.state !== 'pending') return;
  const deceasedId = decryptField(context.keys, offer.deceasedIdNumberEncrypted);
  const [kin, person] = await Promise.all([
    findNextOfKin(context, deceasedId),
    context.sharedData.person(deceasedId),
  ]);
  const deceasedName = person.status === 'ok' ? maskName(person.value.name) : maskIdNumber(deceasedId);
  await db.transaction(async (tx) => {
    const [locked] = await tx
      .select()
      .from(proactiveOffers)
      .where(eq(proactiveOffers.id, offerId))
      .for('update')
      .limit(1);
    if (locked?.state !== 'pending') return;
    const now = clock.now();
    let state: string;
    if (await hasCase(tx, locked.deceasedIdNumberIndex)) state = 'case-exists';
    else if (!kin) state = 'unreachable';
    else state = 'sent';
    await tx
      .update(proactiveOffers)
      .set({
        state,
        ...(kin
          ? {
              recipientIdNumberIndex: blindIndex(context.keys, kin.idNumber),
              recipientIdNumberEncrypted: encryptField(context.keys, kin.idNumber),
              phoneEncrypted: encryptField(context.keys, kin.mobile),
            }
          : {}),
        ...(state === 'sent'
          ? {
              sentAt: now,
              remindAfter: new Date(now.getTime() + context.config.proactiveReminderDays * 86_400_000),
            }
          : {}),
      })
      .where(eq(proactiveOffers.id, offerId));
    if (state === 'sent' && kin) {
      await queueNotification(tx, context.keys, {
        template: 'death.offer',
        params: { deceased: deceasedName, link: offerLink(context, offerId) },
        recipient: { kind: 'applicant', id: null, phone: kin.mobile },
      });
    }
    await appendAudit(tx, context.keys, {
      actor: SYSTEM,
      action: `proactive_offer.${state}`,
      objectType: 'proactive_offer',
      objectId: offerId,
      details: {
        deceased: maskIdNumber(deceasedId),
        ...(kin ? { recipient: maskIdNumber(kin.idNumber) } : {}),
      },
    });
  });
}

/** The scheduled job: one reminder for offers sent long enough ago and not answered. */
export async function remindProactiveOffers(context: AppContext): Promise<number> {
  const { db } = context.database;
  const due = await db
    .select({ id: proactiveOffers.id, deceased: proactiveOffers.deceasedIdNumberEncrypted })
    .from(proactiveOffers)
    .where(and(eq(proactiveOffers.state, 'sent'), lt(proactiveOffers.remindAfter, clock.now())))
    .limit(200);
  let sent = 0;
  for (const { id, deceased } of due) {
    // Named as in the offer (the family name, masked), asked before the transaction.
    const deceasedId = decryptField(context.keys, deceased);
    const person = await context.sharedData.person(deceasedId);
    const deceasedName = person.status === 'ok' ? maskName(person.value.name) : maskIdNumber(deceasedId);
    const reminded = await db.transaction(async (tx) => {
      const [offer] = await tx
        .select()
        .from(proactiveOffers)
        .where(eq(proactiveOffers.id, id))
        .for('update')
        .limit(1);
      if (offer?.state !== 'sent' || !offer.phoneEncrypted) return false;
      const started = await hasCase(tx, offer.deceasedIdNumberIndex);
      await tx
        .update(proactiveOffers)
        .set(started ? { state: 'case-exists' } : { state: 'reminded', remindedAt: clock.now() })
        .where(eq(proactiveOffers.id, id));
      if (started) return false;
      await queueNotification(tx, context.keys, {
        template: 'death.offer.reminder',
        params: { deceased: deceasedName, link: offerLink(context, id) },
        recipient: { kind: 'applicant', id: null, phone: decryptField(context.keys, offer.phoneEncrypted) },
      });
      await appendAudit(tx, context.keys, {
        actor: SYSTEM,
        action: 'proactive_offer.reminded',
        objectType: 'proactive_offer',
        objectId: id,
      });
      return true;
    });
    if (reminded) sent++;
  }
  return sent;
}

export interface OfferView {
  id: string;
  state: string;
  regionCode: string;
  deceasedName: string | null;
  deceasedIdNumberMasked: string;
  dateOfDeath: string | null;
  sentAt: string | null;
}

/** Offers made to this citizen (as the registered next of kin), still open. */
export async function offersFor(context: AppContext, principal: CitizenPrincipal): Promise<OfferView[]> {
  const idNumber = await citizenIdNumber(context, context.database.db, principal.id);
  if (!idNumber) return [];
  const rows = await context.database.db
    .select()
    .from(proactiveOffers)
    .where(
      and(
        eq(proactiveOffers.recipientIdNumberIndex, blindIndex(context.keys, idNumber)),
        inArray(proactiveOffers.state, ['sent', 'reminded']),
      ),
    );
  return Promise.all(rows.map((row) => view(context, row, false))).then((list) =>
    list.map(({ deceasedIdNumber: _hidden, ...rest }) => rest),
  );
}

async function view(context: AppContext, row: typeof proactiveOffers.$inferSelect, full: boolean) {
  const deceasedId = decryptField(context.keys, row.deceasedIdNumberEncrypted);
  const [record] = await context.database.db
    .select({ conclusion: deathRecords.conclusion })
    .from(deathRecords)
    .where(eq(deathRecords.deceasedIdNumberIndex, row.deceasedIdNumberIndex))
    .limit(1);
  const conclusion = (record?.conclusion ?? {}) as { name?: string | null; dateOfDeath?: string | null };
  return {
    id: row.id,
    state: row.state,
    regionCode: row.regionCode,
    deceasedName: conclusion.name ?? null,
    deceasedIdNumberMasked: maskIdNumber(deceasedId),
    deceasedIdNumber: full ? deceasedId : null,
    dateOfDeath: conclusion.dateOfDeath ?? null,
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}

/** Load an offer for its recipient only; anyone else is told it does not exist. */
async function ownOffer(
  context: AppContext,
  principal: CitizenPrincipal,
  offerId: string,
  executor?: Executor,
) {
  const db = executor ?? context.database.db;
  const idNumber = await citizenIdNumber(context, context.database.db, principal.id);
  const [row] = await db.select().from(proactiveOffers).where(eq(proactiveOffers.id, offerId)).limit(1);
  if (!row || !idNumber || row.recipientIdNumberIndex !== blindIndex(context.keys, idNumber))
    throw new AppError('NOT_FOUND');
  return row;
}

/** The offer with the deceased's full ID number, for starting the application (audited view). */
export async function openOffer(context: AppContext, principal: CitizenPrincipal, offerId: string) {
  const row = await ownOffer(context, principal, offerId);
  const result = await view(context, row, true);
  const entry = await registryEntryByIndex(context.database.db, context.keys, row.deceasedIdNumberIndex);
  await appendAudit(context.database.db, context.keys, {
    actor: { kind: 'citizen', id: principal.id, label: `citizen:${principal.id.slice(0, 8)}` },
    action: 'proactive_offer.opened',
    objectType: 'proactive_offer',
    objectId: row.id,
    details: { deceased: result.deceasedIdNumberMasked },
  });
  return { ...result, certificates: entry?.certificates ?? [] };
}

/** "Not now": the offer ends and nobody is contacted again about this death. */
export async function declineOffer(context: AppContext, principal: CitizenPrincipal, offerId: string) {
  const row = await ownOffer(context, principal, offerId);
  await context.database.db.transaction(async (tx) => {
    const declined = await tx
      .update(proactiveOffers)
      .set({ state: 'declined', respondedAt: clock.now() })
      .where(and(eq(proactiveOffers.id, row.id), inArray(proactiveOffers.state, ['sent', 'reminded'])))
      .returning({ id: proactiveOffers.id });
    // An offer already ended (started, declined before) stays as it is, with nothing recorded twice.
    if (declined.length === 0) return;
    await appendAudit(tx, context.keys, {
      actor: { kind: 'citizen', id: principal.id, label: `citizen:${principal.id.slice(0, 8)}` },
      action: 'proactive_offer.declined',
      objectType: 'proactive_offer',
      objectId: row.id,
    });
  });
}

/** An application was started for the deceased: the offer has done its work (no reminder). */
export async function markOfferStarted(
  tx: Executor,
  deceasedIdIndex: string,
  draftId: string,
): Promise<void> {
  await tx
    .update(proactiveOffers)
    .set({ state: 'started', draftId, respondedAt: clock.now() })
    .where(
      and(
        eq(proactiveOffers.deceasedIdNumberIndex, deceasedIdIndex),
        inArray(proactiveOffers.state, ['pending', 'sent', 'reminded']),
        isNull(proactiveOffers.draftId),
      ),
    );
}
