/**
 * One case per deceased. A second application for a person whose case is still open — or was
 * delivered less than `REAPPLY_AFTER_DAYS` ago — is not a new, independent case: the applicant is
 * told that a case exists (its code, state and who applied, masked) and may follow it if it is
 * theirs, or join it as another heir. The database's partial unique index on open cases makes two
 * simultaneous first applications end as one case; this module is what the people see.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Bilingual } from '../../domain/bilingual.ts';
import { daysAfter, type IsoDate, serviceDate } from '../../domain/clock.ts';
import { RELATIONSHIPS } from '../../domain/fields.ts';
import { maskName, maskPhone } from '../../domain/identity-numbers.ts';
import { CASE_STATE_LABELS, type CaseState, OPEN_CASE_STATES } from '../../domain/workflow.ts';
import { type Actor, appendAudit } from '../audit/audit-log.ts';
import * as clock from '../clock.ts';
import type { Db, Executor } from '../db/database.ts';
import { preparedFor } from '../db/prepared.ts';
import { caseParticipants, cases, citizens } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { queueNotification } from '../notifications/notify.ts';
import type { DataKeys } from '../security/national-crypto.ts';
import { blindIndex, decryptField } from '../security/national-crypto.ts';

/** What the second applicant is told about the case that already exists. */
export interface ExistingCase {
  code: string;
  state: CaseState;
  stateLabel: Bilingual;
  regionCode: string;
  channel: string;
  submittedAt: string;
  deliveredAt: string | null;
  applicantNameMasked: string;
  applicantPhoneMasked: string;
  /** The caller applied for it themselves (then: follow it). */
  yours: boolean;
  /** The caller has already joined it as another heir. */
  joined: boolean;
  /** Whether a new application will be taken for this person, and from which day (in China). */
  reapplyFrom: IsoDate | null;
}

export interface Caller {
  citizenId?: string;
}

/** The case that stops a new application for this deceased, if any. */
export async function findBlockingCase(
  db: Executor,
  keys: DataKeys,
  deceasedIdNumber: string,
  caller: Caller,
  options: { reapplyAfterDays: number; now?: Date },
): Promise<ExistingCase | null> {
  const now = options.now ?? clock.now();
  const index = blindIndex(keys, deceasedIdNumber);
  const rows = await preparedFor(db, 'lianban_cases_of_deceased', () =>
    db
      .select()
      .from(cases)
      .where(
        and(
          eq(cases.deceasedIdNumberIndex, sql.placeholder('index')),
          inArray(cases.state, [...OPEN_CASE_STATES, 'delivered']),
        ),
      )
      .orderBy(desc(cases.submittedAt))
      .limit(5)
      .prepare('lianban_cases_of_deceased'),
  ).execute({ index });
  const blocking = rows.find(
    (row) =>
      (OPEN_CASE_STATES as readonly string[]).includes(row.state) ||
      (row.state === 'delivered' &&
        row.deliveredAt !== null &&
        now < daysAfter(row.deliveredAt, options.reapplyAfterDays)),
  );
  if (!blocking) return null;
  const joined = caller.citizenId
    ? (
        await db
          .select({ id: caseParticipants.id })
          .from(caseParticipants)
          .where(
            and(eq(caseParticipants.caseId, blocking.id), eq(caseParticipants.citizenId, caller.citizenId)),
          )
          .limit(1)
      ).length > 0
    : false;
  const state = blocking.state as CaseState;
  return {
    code: blocking.code,
    state,
    stateLabel: CASE_STATE_LABELS[state],
    regionCode: blocking.regionCode,
    channel: blocking.channel,
    submittedAt: blocking.submittedAt.toISOString(),
    deliveredAt: blocking.deliveredAt?.toISOString() ?? null,
    applicantNameMasked: maskName(blocking.applicantName),
    applicantPhoneMasked: maskPhone(decryptField(keys, blocking.applicantPhoneEncrypted)),
    yours: caller.citizenId !== undefined && blocking.applicantCitizenId === caller.citizenId,
    joined,
    reapplyFrom:
      state === 'delivered' && blocking.deliveredAt
        ? serviceDate(daysAfter(blocking.deliveredAt, options.reapplyAfterDays))
        : null,
  };
}

export function caseExists(existing: ExistingCase): AppError {
  return new AppError('CASE_EXISTS', { details: { existing } });
}

/** Refuse a new application when a case already stands for this deceased. */
export async function refuseSecondApplication(
  db: Executor,
  keys: DataKeys,
  deceasedIdNumber: string,
  caller: Caller,
  options: { reapplyAfterDays: number; now?: Date },
): Promise<void> {
  const existing = await findBlockingCase(db, keys, deceasedIdNumber, caller, options);
  if (existing) throw caseExists(existing);
}

export interface JoinRequest {
  code: string;
  /** Proof that the caller knows whose case it is: the deceased's ID number. */
  deceasedIdNumber: string;
  relationship: string;
}

/**
 * Another heir joins an existing case instead of applying again: they can then follow it from
 * their own account. The applicant is told; the window sees the joined heirs on the case.
 */
export async function joinCase(
  context: { db: Db; keys: DataKeys },
  citizen: { id: string; actor: Actor },
  request: JoinRequest,
): Promise<void> {
  const relationship = RELATIONSHIPS.find((r) => r.code === request.relationship);
  if (!relationship) {
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: [
        {
          field: 'relationship',
          labelZh: '与逝者关系',
          labelEn: 'Relationship to the deceased',
          zh: '请选择您与逝者的关系',
          en: 'Choose your relationship to the deceased',
        },
      ],
    });
  }
  const deceasedId = request.deceasedIdNumber.trim().toUpperCase();
  await context.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(cases)
      .where(
        and(
          eq(cases.code, request.code),
          eq(cases.deceasedIdNumberIndex, blindIndex(context.keys, deceasedId)),
        ),
      )
      .limit(1);
    // A wrong code or a wrong ID number: the case does not exist for this caller.
    if (!row) throw new AppError('CASE_NOT_FOUND');
    if (row.applicantCitizenId === citizen.id) return;
    if (!(OPEN_CASE_STATES as readonly string[]).includes(row.state) && row.state !== 'delivered')
      throw new AppError('ACTION_NOT_ALLOWED');
    const [person] = await tx
      .select({ name: citizens.name })
      .from(citizens)
      .where(eq(citizens.id, citizen.id))
      .limit(1);
    const inserted = await tx
      .insert(caseParticipants)
      .values({
        caseId: row.id,
        citizenId: citizen.id,
        name: person?.name ?? '',
        relationship: relationship.code,
        joinedAt: clock.now(),
      })
      .onConflictDoNothing()
      .returning({ id: caseParticipants.id });
    if (inserted.length === 0) return;
    await appendAudit(tx, context.keys, {
      actor: citizen.actor,
      action: 'case.joined',
      objectType: 'case',
      objectId: row.id,
      details: { code: row.code, relationship: relationship.code },
    });
    await queueNotification(tx, context.keys, {
      template: 'case.joined',
      params: { caseCode: row.code, heirName: maskName(person?.name ?? ''), relationship: relationship.zh },
      caseId: row.id,
      recipient: {
        kind: row.applicantCitizenId ? 'citizen' : 'applicant',
        id: row.applicantCitizenId,
        phone: decryptField(context.keys, row.applicantPhoneEncrypted),
      },
    });
  });
}
