/**
 * Information use (信息应用): when a death becomes verified, each body that may pay the deceased a
 * benefit in that region (medical insurance, provident fund, pension, social assistance, the
 * disabled persons' federation, veterans affairs — the catalog's list) is told, with no application
 * by the family. Each answers once: the benefit stopped from a date, or none was paid. A stop that
 * took effect after the day after death shows the gap as a probable overpayment to recover.
 */
import { and, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { serviceDate } from '../../domain/clock.ts';
import { departmentName } from '../../domain/departments.ts';
import {
  checkEffectiveDate,
  informationUseMatters,
  NOTICE_OUTCOME_LABELS,
  type NoticeOutcome,
  overpaymentGap,
} from '../../domain/exchange.ts';
import { problem } from '../../domain/field-problems.ts';
import { maskIdNumber, maskName } from '../../domain/identity-numbers.ts';
import { type Actor, appendAudit } from '../audit/audit-log.ts';
import * as clock from '../clock.ts';
import type { AppContext } from '../context.ts';
import type { Executor, Transaction } from '../db/database.ts';
import { deathNotices, deathRecords, exchangeMessages, regions } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { inScope, scopeCondition } from '../identity/authorize.ts';
import { actorOf, type StaffPrincipal } from '../identity/principal.ts';
import { decryptField } from '../security/national-crypto.ts';
import { type ExchangeCaller, exchangeActor } from './caller.ts';
import { enqueueExchangeMessage, partyFor } from './outbox.ts';

/** In the verifying transaction: one notice per information-use matter, each with its message. */
export async function notifyBenefitPayers(
  context: AppContext,
  tx: Executor,
  record: { id: string; regionCode: string; dateOfDeath: string },
): Promise<number> {
  const catalog = await context.catalog.current(tx);
  let written = 0;
  for (const matter of informationUseMatters(catalog, record.regionCode)) {
    const party = await partyFor(tx, { departmentCode: matter.department, regionCode: record.regionCode });
    const [notice] = await tx
      .insert(deathNotices)
      .values({
        deathRecordId: record.id,
        matterCode: matter.code,
        departmentCode: matter.department,
        regionCode: record.regionCode,
        partyCode: party.code,
        dateOfDeath: record.dateOfDeath,
      })
      .onConflictDoNothing()
      .returning({ id: deathNotices.id });
    if (!notice) continue;
    await enqueueExchangeMessage(tx, {
      partyCode: party.code,
      adapter: party.adapter,
      kind: 'death.notified',
      subjectId: notice.id,
    });
    written += 1;
  }
  if (written > 0) {
    await appendAudit(tx, context.keys, {
      actor: { kind: 'system', id: null, label: 'death-registry' },
      action: 'death_notice.sent',
      objectType: 'death_record',
      objectId: record.id,
      details: { notices: written, region: record.regionCode },
    });
  }
  return written;
}

export type NoticeAnswer =
  | { outcome: 'terminated'; effectiveOn: string; reference?: string | undefined }
  | { outcome: 'not-a-beneficiary'; reference?: string | undefined };

export type NoticeAnswerer = { kind: 'staff'; staff: StaffPrincipal } | ExchangeCaller;

function answererMaySee(
  who: NoticeAnswerer,
  notice: typeof deathNotices.$inferSelect,
  action: 'death_notice.read' | 'death_notice.acknowledge',
) {
  if (who.kind === 'exchange') return notice.partyCode === who.partyCode;
  return inScope(who.staff, action, { regionCode: notice.regionCode, departmentCode: notice.departmentCode });
}

/** What an answered notice looks like to the party that answered it (and to the workbench). */
export function answerView(notice: typeof deathNotices.$inferSelect) {
  const gap =
    notice.outcome === 'terminated' && notice.effectiveOn
      ? overpaymentGap(notice.dateOfDeath, notice.effectiveOn)
      : null;
  return {
    id: notice.id,
    state: notice.state as 'sent' | 'acknowledged',
    outcome: (notice.outcome as NoticeOutcome | null) ?? null,
    effectiveOn: notice.effectiveOn,
    reference: notice.reference,
    dateOfDeath: notice.dateOfDeath,
    acknowledgedAt: notice.acknowledgedAt?.toISOString() ?? null,
    /** A stop later than the day after death: the days probably paid for after it, to recover. */
    overpayment: gap,
  };
}

/**
 * The one command for answering a death notice, from the workbench or a party's system. The
 * same answer twice is the same answer (no second effect); a different one is refused.
 */
export async function acknowledgeDeathNotice(
  context: AppContext,
  tx: Transaction,
  who: NoticeAnswerer,
  noticeId: string,
  answer: NoticeAnswer,
) {
  const [notice] = await tx
    .select()
    .from(deathNotices)
    .where(eq(deathNotices.id, noticeId))
    .for('update')
    .limit(1);
  if (!notice || !answererMaySee(who, notice, 'death_notice.acknowledge')) {
    throw new AppError('DEATH_NOTICE_NOT_FOUND');
  }
  const effectiveOn = answer.outcome === 'terminated' ? answer.effectiveOn : null;
  if (notice.state === 'acknowledged') {
    if (notice.outcome === answer.outcome && notice.effectiveOn === effectiveOn) return answerView(notice);
    throw new AppError('DEATH_NOTICE_ANSWERED', { details: { answered: answerView(notice) } });
  }
  if (effectiveOn) {
    const wrong = checkEffectiveDate(notice.dateOfDeath, effectiveOn, serviceDate(clock.now()));
    if (wrong) {
      throw new AppError('VALIDATION_FAILED', {
        fieldErrors: [
          wrong === 'before-death'
            ? problem(
                'effectiveOn',
                `终止日期不能早于死亡日期（${notice.dateOfDeath}）`,
                `The stop cannot take effect before the date of death (${notice.dateOfDeath})`,
              )
            : problem(
                'effectiveOn',
                '终止日期距今超过一年，请核对',
                'The stop is more than a year ahead; check the date',
              ),
        ],
      });
    }
  }
  const gap = effectiveOn ? overpaymentGap(notice.dateOfDeath, effectiveOn) : null;
  const now = clock.now();
  const label = who.kind === 'staff' ? who.staff.username : `exchange:${who.partyCode}`;
  const [updated] = await tx
    .update(deathNotices)
    .set({
      state: 'acknowledged',
      outcome: answer.outcome,
      effectiveOn,
      reference: answer.reference ?? null,
      overpaymentDays: gap?.days ?? null,
      acknowledgedAt: now,
      acknowledgedBy: label,
    })
    .where(eq(deathNotices.id, notice.id))
    .returning();
  // An answer from the workbench (or a party that answers before acknowledging the message)
  // means the notice reached it: nothing is sent again.
  await tx
    .update(exchangeMessages)
    .set({ state: 'delivered', deliveredAt: now, deliveredBy: label, leaseUntil: null })
    .where(
      and(
        eq(exchangeMessages.kind, 'death.notified'),
        eq(exchangeMessages.subjectId, notice.id),
        inArray(exchangeMessages.state, ['pending', 'in_flight', 'dead']),
      ),
    );
  const actor: Actor = who.kind === 'staff' ? actorOf(who.staff) : exchangeActor(who);
  await appendAudit(tx, context.keys, {
    actor,
    action: 'death_notice.acknowledged',
    objectType: 'death_notice',
    objectId: notice.id,
    details: {
      matter: notice.matterCode,
      outcome: answer.outcome,
      effectiveOn,
      ...(gap ? { overpaymentDays: gap.days } : {}),
    },
  });
  return answerView(updated ?? notice);
}

/** The deceased as a notice names them: the registry's name and ID number (for the payer's match). */
async function deceasedOf(db: Executor, context: AppContext, deathRecordId: string) {
  const [record] = await db.select().from(deathRecords).where(eq(deathRecords.id, deathRecordId)).limit(1);
  if (!record) return null;
  const conclusion = record.conclusion as { name?: string | null; dateOfDeath?: string | null };
  return {
    name: conclusion.name ?? '',
    idNumber: decryptField(context.keys, record.deceasedIdNumberEncrypted),
    verifiedAt: record.verifiedAt?.toISOString() ?? null,
  };
}

/** One notice as its party's system receives it (push body, pull item, or a direct read). */
export async function noticePayload(db: Executor, context: AppContext, noticeId: string) {
  const [notice] = await db.select().from(deathNotices).where(eq(deathNotices.id, noticeId)).limit(1);
  if (!notice) return null;
  const deceased = await deceasedOf(db, context, notice.deathRecordId);
  const catalog = await context.catalog.current(db);
  const matter = catalog.matters.find((m) => m.code === notice.matterCode);
  return {
    id: notice.id,
    matterCode: notice.matterCode,
    matterName: { zh: matter?.name ?? notice.matterCode, en: matter?.nameEn ?? notice.matterCode },
    departmentCode: notice.departmentCode,
    regionCode: notice.regionCode,
    deceased: { name: deceased?.name ?? '', idNumber: deceased?.idNumber ?? '' },
    dateOfDeath: notice.dateOfDeath,
    verifiedAt: deceased?.verifiedAt ?? null,
    answer: answerView(notice),
  };
}

/** The workbench list of a department's notices (masked), newest first. */
export async function listDeathNotices(
  context: AppContext,
  staff: StaffPrincipal,
  filter: { state: 'sent' | 'acknowledged' | 'all' },
) {
  const db = context.database.db;
  const conditions = [
    scopeCondition(staff, 'death_notice.read', {
      region: deathNotices.regionCode,
      department: deathNotices.departmentCode,
    }),
  ];
  if (filter.state !== 'all') conditions.push(eq(deathNotices.state, filter.state));
  const rows = await db
    .select({ notice: deathNotices, record: deathRecords, regionName: regions.nameZh })
    .from(deathNotices)
    .innerJoin(deathRecords, eq(deathRecords.id, deathNotices.deathRecordId))
    .leftJoin(regions, eq(regions.code, deathNotices.regionCode))
    .where(and(...conditions))
    .orderBy(desc(deathNotices.createdAt))
    .limit(200);
  const catalog = await context.catalog.current(db);
  return rows.map(({ notice, record, regionName }) => {
    const matter = catalog.matters.find((m) => m.code === notice.matterCode);
    const conclusion = record.conclusion as { name?: string | null };
    return {
      ...answerView(notice),
      matterCode: notice.matterCode,
      matterName: { zh: matter?.name ?? notice.matterCode, en: matter?.nameEn ?? notice.matterCode },
      resultDateLabel: {
        zh: matter?.resultDateLabel ?? '终止日期',
        en: matter?.resultDateLabelEn ?? 'Stopped on',
      },
      regionCode: notice.regionCode,
      regionNameZh: regionName ?? notice.regionCode,
      deceasedNameMasked: maskName(conclusion.name ?? ''),
      deceasedIdNumberMasked: maskIdNumber(decryptField(context.keys, record.deceasedIdNumberEncrypted)),
      sentAt: notice.createdAt.toISOString(),
      partyCode: notice.partyCode,
    };
  });
}

/** One notice for the workbench, with the deceased's identity (audited: the payer matches on it). */
export async function viewDeathNotice(context: AppContext, staff: StaffPrincipal, noticeId: string) {
  return context.database.db.transaction(async (tx) => {
    const [notice] = await tx.select().from(deathNotices).where(eq(deathNotices.id, noticeId)).limit(1);
    if (!notice || !answererMaySee({ kind: 'staff', staff }, notice, 'death_notice.read')) {
      throw new AppError('DEATH_NOTICE_NOT_FOUND');
    }
    const payload = await noticePayload(tx, context, noticeId);
    await appendAudit(tx, context.keys, {
      actor: actorOf(staff),
      action: 'personal_data.viewed',
      objectType: 'death_notice',
      objectId: notice.id,
      details: { fields: ['deceased.idNumber'] },
    });
    return payload;
  });
}

/**
 * The benefits stopped for a deceased, for the family's tracking page: which body, what, from when
 * (never who answered or the overpayment, which is the payer's and the supervisor's business).
 */
export type BenefitStopView = Awaited<ReturnType<typeof benefitStopsOf>>[number];

export async function benefitStopsOf(
  db: Executor,
  catalogMatters: { code: string; name: string; nameEn: string }[],
  deathRecordId: string,
) {
  const rows = await db
    .select()
    .from(deathNotices)
    .where(eq(deathNotices.deathRecordId, deathRecordId))
    .orderBy(deathNotices.matterCode);
  return rows.map((notice) => {
    const matter = catalogMatters.find((m) => m.code === notice.matterCode);
    const outcome = (notice.outcome as NoticeOutcome | null) ?? null;
    return {
      matterCode: notice.matterCode,
      matterName: { zh: matter?.name ?? notice.matterCode, en: matter?.nameEn ?? notice.matterCode },
      department: departmentName(notice.departmentCode),
      state: notice.state as 'sent' | 'acknowledged',
      outcome,
      outcomeLabel: outcome
        ? NOTICE_OUTCOME_LABELS[outcome]
        : { zh: '已通知，待部门确认', en: 'Told; awaiting the body' },
      effectiveOn: notice.effectiveOn,
      notifiedAt: notice.createdAt.toISOString(),
      acknowledgedAt: notice.acknowledgedAt?.toISOString() ?? null,
    };
  });
}

/** Supervision: stops that took effect after the day after death, by how long (masked). */
export async function listOverpayments(context: AppContext, staff: StaffPrincipal) {
  const db = context.database.db;
  const rows = await db
    .select({ notice: deathNotices, record: deathRecords, regionName: regions.nameZh })
    .from(deathNotices)
    .innerJoin(deathRecords, eq(deathRecords.id, deathNotices.deathRecordId))
    .leftJoin(regions, eq(regions.code, deathNotices.regionCode))
    .where(
      and(
        scopeCondition(staff, 'overpayment.read', {
          region: deathNotices.regionCode,
          department: deathNotices.departmentCode,
        }),
        isNotNull(deathNotices.overpaymentDays),
        sql`${deathNotices.overpaymentDays} > 0`,
      ),
    )
    .orderBy(desc(deathNotices.overpaymentDays))
    .limit(500);
  const catalog = await context.catalog.current(db);
  return rows.map(({ notice, record, regionName }) => {
    const matter = catalog.matters.find((m) => m.code === notice.matterCode);
    const conclusion = record.conclusion as { name?: string | null };
    return {
      id: notice.id,
      matterCode: notice.matterCode,
      matterName: { zh: matter?.name ?? notice.matterCode, en: matter?.nameEn ?? notice.matterCode },
      department: departmentName(notice.departmentCode),
      regionCode: notice.regionCode,
      regionNameZh: regionName ?? notice.regionCode,
      deceasedNameMasked: maskName(conclusion.name ?? ''),
      dateOfDeath: notice.dateOfDeath,
      effectiveOn: notice.effectiveOn,
      overpayment: notice.effectiveOn ? overpaymentGap(notice.dateOfDeath, notice.effectiveOn) : null,
      acknowledgedAt: notice.acknowledgedAt?.toISOString() ?? null,
    };
  });
}
