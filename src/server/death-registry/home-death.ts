/**
 * A death at home with no report yet: the family tells the competent clinic from the portal
 * (直系亲属向村（社区）报告), and the clinic sees it in its queue. The clinic's certificate, issued
 * with the report's id, closes it.
 */
import { and, asc, eq } from 'drizzle-orm';
import { reportProblem } from '../../domain/death-registry.ts';
import { type FieldProblem, problem } from '../../domain/field-problems.ts';
import {
  birthDateFromIdNumber,
  isValidMobileNumber,
  isValidResidentIdNumber,
  maskIdNumber,
  maskPhone,
} from '../../domain/identity-numbers.ts';
import { appendAudit } from '../audit/audit-log.ts';
import * as clock from '../clock.ts';
import { isUniqueViolation } from '../commands/submit-application.ts';
import type { AppContext } from '../context.ts';
import { citizens, homeDeathReports, institutions, regions } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { assertInScope, scopeCondition } from '../identity/authorize.ts';
import { actorOf, type CitizenPrincipal, type StaffPrincipal } from '../identity/principal.ts';
import { blindIndex, decryptField, encryptField } from '../security/national-crypto.ts';
import { registryEntryByIndex } from './queries.ts';

export interface HomeDeathInput {
  deceasedIdNumber: string;
  deceasedName: string;
  regionCode: string;
  address: string;
  dateOfDeath: string;
  /** How the clinic reaches the family; the reporter's own number when left empty. */
  phone?: string | undefined;
  note?: string | undefined;
}

interface HomeDeathContent {
  idNumber: string;
  name: string;
  address: string;
  phone: string;
  note: string;
}

const label = (zh: string, en: string) => ({ zh, en });

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export async function reportHomeDeath(
  context: AppContext,
  principal: CitizenPrincipal,
  input: HomeDeathInput,
): Promise<{ id: string }> {
  const { db } = context.database;
  const idNumber = input.deceasedIdNumber.trim().toUpperCase();
  const problems: FieldProblem[] = [];
  const today = clock.today();
  const [citizen] = await db.select().from(citizens).where(eq(citizens.id, principal.id)).limit(1);
  const ownId = citizen?.idNumberEncrypted ? decryptField(context.keys, citizen.idNumberEncrypted) : null;
  if (!isValidResidentIdNumber(idNumber))
    problems.push(
      reportProblem(
        'deceased.idNumber',
        '公民身份号码不正确，请核对18位号码（最后一位可能是X）',
        'The ID number is not valid',
      ),
    );
  else if (ownId === idNumber)
    problems.push(
      reportProblem(
        'deceased.idNumber',
        '请填写逝者的身份号码，而不是您自己的',
        "Enter the deceased's ID number, not your own",
      ),
    );
  if (!input.deceasedName.trim()) problems.push(reportProblem('deceased.name', '请填写此项', 'Required'));
  if (!input.address.trim())
    problems.push(
      problem(
        'address',
        '请填写逝者去世时所在的地址',
        'Enter the address where the death happened',
        label('死亡地点（住址）', 'Address of the death'),
      ),
    );
  const birth = isValidResidentIdNumber(idNumber) ? birthDateFromIdNumber(idNumber) : null;
  // A real calendar date (2026-02-30 is not one), not in the future, not before the birth.
  if (!isRealDate(input.dateOfDeath) || input.dateOfDeath > today)
    problems.push(
      reportProblem(
        'dateOfDeath',
        '请填写去世日期，不能晚于今天',
        'Enter the date of death; not in the future',
      ),
    );
  else if (birth && input.dateOfDeath < birth)
    problems.push(
      reportProblem(
        'dateOfDeath',
        '去世日期不能早于逝者出生日期',
        "The date of death cannot be before the deceased's birth",
      ),
    );
  const phone =
    input.phone?.trim() ||
    (citizen?.phoneEncrypted ? decryptField(context.keys, citizen.phoneEncrypted) : '');
  if (!isValidMobileNumber(phone))
    problems.push(
      problem(
        'phone',
        '请填写能联系到您的手机号码',
        'Enter a mobile number the clinic can call',
        label('联系电话', 'Contact phone'),
      ),
    );
  const [region] = await db
    .select({ code: regions.code })
    .from(regions)
    .where(and(eq(regions.code, input.regionCode), eq(regions.level, 'county')))
    .limit(1);
  if (!region)
    problems.push(
      problem(
        'regionCode',
        '请选择逝者去世时所在的县（市、区）',
        'Choose the county where the death happened',
        label('所在县（市、区）', 'County'),
      ),
    );
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fieldErrors: problems });

  const idIndex = blindIndex(context.keys, idNumber);
  const entry = await registryEntryByIndex(db, context.keys, idIndex);
  if (entry?.certificates.some((c) => c.kind === 'medical-certificate' || c.kind === 'police-proof'))
    throw new AppError('DEATH_ALREADY_CERTIFIED');
  const content: HomeDeathContent = {
    idNumber,
    name: input.deceasedName.trim().slice(0, 50),
    address: input.address.trim().slice(0, 200),
    phone,
    note: (input.note ?? '').trim().slice(0, 500),
  };
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(homeDeathReports)
        .values({
          citizenId: principal.id,
          deceasedIdNumberIndex: idIndex,
          contentEncrypted: encryptField(context.keys, JSON.stringify(content)),
          regionCode: input.regionCode,
          dateOfDeath: input.dateOfDeath,
          createdAt: clock.now(),
        })
        .returning({ id: homeDeathReports.id });
      if (!row) throw new Error('home death report insert returned nothing');
      await appendAudit(tx, context.keys, {
        actor: actorOf(principal),
        action: 'home_death.reported',
        objectType: 'home_death_report',
        objectId: row.id,
        details: { deceased: maskIdNumber(idNumber), regionCode: input.regionCode },
      });
      return { id: row.id };
    });
  } catch (error) {
    // The partial unique index: someone reported this death already and it is still open.
    if (isUniqueViolation(error)) throw new AppError('HOME_DEATH_REPORTED');
    throw error;
  }
}

/** The clinic's queue: open reports in its region, oldest first (the view of identifiers is audited). */
export async function homeDeathQueue(context: AppContext, principal: StaffPrincipal) {
  const { db } = context.database;
  const [institution] = principal.institutionCode
    ? await db.select().from(institutions).where(eq(institutions.code, principal.institutionCode)).limit(1)
    : [];
  // Deaths at home are certified by the village or community clinic, not the hospital.
  if (institution?.kind !== 'clinic') return [];
  const rows = await db
    .select()
    .from(homeDeathReports)
    .where(
      and(
        scopeCondition(principal, 'home_death.read', { region: homeDeathReports.regionCode }),
        eq(homeDeathReports.status, 'open'),
      ),
    )
    .orderBy(asc(homeDeathReports.createdAt))
    .limit(200);
  const list = rows.map((row) => {
    assertInScope(principal, 'home_death.read', { regionCode: row.regionCode });
    const content = JSON.parse(decryptField(context.keys, row.contentEncrypted)) as HomeDeathContent;
    return {
      id: row.id,
      regionCode: row.regionCode,
      dateOfDeath: row.dateOfDeath,
      reportedAt: row.createdAt.toISOString(),
      deceasedName: content.name,
      deceasedIdNumber: content.idNumber,
      address: content.address,
      phone: content.phone,
      phoneMasked: maskPhone(content.phone),
      note: content.note,
    };
  });
  if (list.length > 0) {
    await appendAudit(db, context.keys, {
      actor: actorOf(principal),
      action: 'personal_data.viewed',
      objectType: 'home_death_report',
      objectId: null,
      details: {
        purpose: 'home_death.queue',
        reports: list.map((r) => r.id),
        fields: ['deceased.idNumber', 'phone'],
      },
    });
  }
  return list;
}
