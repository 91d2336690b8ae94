/**
 * The death registry's commands: an issuer issues or corrects a report, a reviewer settles a
 * conflict. Each runs in one transaction that writes the report, recomputes the deceased's one
 * registry record (under a row lock, so two issuers reporting at once are taken one after the
 * other), seals the audit event and — when the death has just become verified — queues the
 * proactive offer to the family.
 */
import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import {
  type ConflictField,
  certificateNumber,
  concludeRegistry,
  INSTITUTION_ISSUES,
  type InstitutionKind,
  normaliseReport,
  type RegistryConclusion,
  type RegistryReport,
  type ReportContent,
  type Resolution,
  reportProblem,
  validateReport,
} from '../../domain/death-registry.ts';
import { problem } from '../../domain/field-problems.ts';
import { maskIdNumber } from '../../domain/identity-numbers.ts';
import { appendAudit } from '../audit/audit-log.ts';
import * as clock from '../clock.ts';
import type { AppContext } from '../context.ts';
import { type Executor, queryRows } from '../db/database.ts';
import {
  deathRecords,
  deathReports,
  homeDeathReports,
  institutions,
  proactiveOffers,
  regions,
} from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { notifyBenefitPayers } from '../exchange/death-notices.ts';
import { assertInScope, inScope } from '../identity/authorize.ts';
import { actorOf, type StaffPrincipal } from '../identity/principal.ts';
import { QUEUES } from '../jobs/job-queue.ts';
import { blindIndex, type DataKeys, decryptField, encryptField } from '../security/national-crypto.ts';

export interface IssuedReport {
  id: string;
  lineageId: string;
  version: number;
  certificateNumber: string;
  verifyToken: string;
  registry: { id: string; state: RegistryConclusion['state'] };
}

async function institutionOf(db: Executor, principal: StaffPrincipal) {
  if (!principal.institutionCode) throw new AppError('FORBIDDEN');
  const [institution] = await db
    .select()
    .from(institutions)
    .where(eq(institutions.code, principal.institutionCode))
    .limit(1);
  if (!institution) throw new AppError('FORBIDDEN');
  return institution;
}

/** The report must be of the kind this institution issues (a clinic does not record cremations). */
function assertKind(institutionKind: string, content: ReportContent) {
  const issues = INSTITUTION_ISSUES[institutionKind as InstitutionKind];
  if (issues !== content.kind) {
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: [
        reportProblem(
          'kind',
          '本机构不能出具此类证明',
          'This institution does not issue this kind of report',
        ),
      ],
    });
  }
}

/**
 * The family's report a certificate answers must be about the same person and in the issuer's
 * county: a certificate never closes another family's report.
 */
async function assertHomeReportFits(
  tx: Executor,
  principal: StaffPrincipal,
  homeReportId: string,
  idIndex: string,
) {
  const [report] = await tx
    .select({
      deceasedIdNumberIndex: homeDeathReports.deceasedIdNumberIndex,
      regionCode: homeDeathReports.regionCode,
    })
    .from(homeDeathReports)
    .where(eq(homeDeathReports.id, homeReportId))
    .limit(1);
  if (
    !report ||
    report.deceasedIdNumberIndex !== idIndex ||
    !inScope(principal, 'home_death.read', { regionCode: report.regionCode })
  ) {
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: [
        problem(
          'homeReportId',
          '这份居家死亡报告与本证明的逝者不符，请从待处理的报告重新打开',
          'This report of a death at home is about someone else; open it again from the list',
          { zh: '家属的居家死亡报告', en: "The family's report of a death at home" },
        ),
      ],
    });
  }
}

function checked<T extends ReportContent>(content: T): T {
  const clean = normaliseReport(content);
  const problems = validateReport(clean, { today: clock.today() });
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fieldErrors: problems });
  return clean;
}

/** The household county of the deceased, when the population registry knows it and it is ours. */
async function householdCounty(context: AppContext, idNumber: string): Promise<string | null> {
  const person = await context.sharedData.person(idNumber);
  if (person.status !== 'ok') return null;
  const [region] = await context.database.db
    .select({ code: regions.code })
    .from(regions)
    .where(and(eq(regions.code, person.value.householdRegion), eq(regions.level, 'county')))
    .limit(1);
  return region?.code ?? null;
}

/** Issue a report (a certificate, a police proof, a cremation or burial record). */
export async function issueDeathReport(
  context: AppContext,
  principal: StaffPrincipal,
  input: ReportContent,
): Promise<IssuedReport> {
  const { db } = context.database;
  const institution = await institutionOf(db, principal);
  assertKind(institution.kind, input);
  const content = checked(input);
  const idIndex = blindIndex(context.keys, content.deceased.idNumber);
  const county = await householdCounty(context, content.deceased.idNumber);
  return db.transaction(async (tx) => {
    await openRecord(tx, context.keys, content.deceased.idNumber, idIndex, county ?? institution.regionCode);
    const [existing] = await tx
      .select({ id: deathReports.id })
      .from(deathReports)
      .where(
        and(
          eq(deathReports.deceasedIdNumberIndex, idIndex),
          eq(deathReports.kind, content.kind),
          eq(deathReports.institutionCode, institution.code),
          eq(deathReports.status, 'current'),
        ),
      )
      .limit(1);
    // The same institution reporting the same death again is a correction, not a second report.
    if (existing) throw new AppError('DEATH_REPORT_EXISTS', { details: { reportId: existing.id } });
    const homeReportId = content.kind === 'medical-certificate' ? content.homeReportId : undefined;
    if (homeReportId) await assertHomeReportFits(tx, principal, homeReportId, idIndex);
    const written = await writeReport(tx, context, principal, institution, content, null);
    // Any certificate of the death answers the family's report of it, whoever issued it: the
    // clinic's queue does not keep a death that is already certified.
    if (content.kind === 'medical-certificate' || content.kind === 'police-proof') {
      await tx
        .update(homeDeathReports)
        .set({ status: 'certified', certificateReportId: written.id, handledAt: clock.now() })
        .where(and(eq(homeDeathReports.deceasedIdNumberIndex, idIndex), eq(homeDeathReports.status, 'open')));
    }
    await appendAudit(tx, context.keys, {
      actor: actorOf(principal),
      action: 'death_report.issued',
      objectType: 'death_report',
      objectId: written.id,
      details: {
        kind: content.kind,
        certificateNumber: written.certificateNumber,
        deceased: maskIdNumber(content.deceased.idNumber),
        institution: institution.code,
      },
    });
    const registry = await recompute(tx, context, idIndex);
    return { ...written, registry };
  });
}

/** Correct a report: a new version of the same certificate; the old one stays, superseded. */
export async function correctDeathReport(
  context: AppContext,
  principal: StaffPrincipal,
  reportId: string,
  input: ReportContent,
  reason: string,
): Promise<IssuedReport> {
  const { db } = context.database;
  const institution = await institutionOf(db, principal);
  if (!reason.trim())
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: [reportProblem('reason', '请写明更正原因', 'Say why the report is corrected')],
    });
  assertKind(institution.kind, input);
  const content = checked(input);
  return db.transaction(async (tx) => {
    const [previous] = await tx
      .select()
      .from(deathReports)
      .where(eq(deathReports.id, reportId))
      .for('update')
      .limit(1);
    if (!previous) throw new AppError('NOT_FOUND');
    assertInScope(principal, 'death_report.correct', {
      regionCode: previous.regionCode,
      institutionCode: previous.institutionCode,
    });
    if (previous.status !== 'current') throw new AppError('STALE_VERSION');
    const before = JSON.parse(decryptField(context.keys, previous.contentEncrypted)) as ReportContent;
    if (before.deceased.idNumber !== content.deceased.idNumber) {
      throw new AppError('VALIDATION_FAILED', {
        fieldErrors: [
          reportProblem(
            'deceased.idNumber',
            '更正不能改变逝者身份号码；号码填错的，请作废后重新出具',
            'A correction cannot change whose death it is',
          ),
        ],
      });
    }
    const now = clock.now();
    await tx
      .update(deathReports)
      .set({ status: 'superseded', supersededAt: now })
      .where(eq(deathReports.id, previous.id));
    const written = await writeReport(tx, context, principal, institution, content, {
      lineageId: previous.lineageId,
      version: previous.version + 1,
      certificateNumber: previous.certificateNumber,
      reason: reason.trim().slice(0, 500),
    });
    await appendAudit(tx, context.keys, {
      actor: actorOf(principal),
      action: 'death_report.corrected',
      objectType: 'death_report',
      objectId: written.id,
      details: {
        kind: content.kind,
        certificateNumber: written.certificateNumber,
        version: written.version,
        replaces: previous.id,
        reason: reason.trim().slice(0, 500),
        changed: changedFields(before, content),
      },
    });
    const registry = await recompute(tx, context, previous.deceasedIdNumberIndex);
    return { ...written, registry };
  });
}

/** The names of the fields a correction changed (never their values: the audit holds no personal data). */
function changedFields(before: ReportContent, after: ReportContent): string[] {
  const flat = (value: unknown, prefix = ''): Record<string, string> =>
    value && typeof value === 'object'
      ? Object.assign(
          {},
          ...Object.entries(value as Record<string, unknown>).map(([k, v]) =>
            flat(v, prefix ? `${prefix}.${k}` : k),
          ),
        )
      : { [prefix]: String(value ?? '') };
  const a = flat(before);
  const b = flat(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]).sort();
}

async function writeReport(
  tx: Executor,
  context: AppContext,
  principal: StaffPrincipal,
  institution: { code: string; regionCode: string },
  content: ReportContent,
  correction: { lineageId: string; version: number; certificateNumber: string; reason: string } | null,
) {
  const now = clock.now();
  let number = correction?.certificateNumber;
  if (!number) {
    const [row] = await queryRows<{ serial: string | number }>(
      tx,
      sql`SELECT nextval('death_report_serial') AS serial`,
    );
    number = certificateNumber(content.kind, institution.regionCode, clock.today(), Number(row?.serial ?? 0));
  }
  const verifyToken = randomBytes(18).toString('base64url');
  const id = crypto.randomUUID();
  const [written] = await tx
    .insert(deathReports)
    .values({
      id,
      lineageId: correction?.lineageId ?? id,
      version: correction?.version ?? 1,
      status: 'current',
      kind: content.kind,
      deceasedIdNumberIndex: blindIndex(context.keys, content.deceased.idNumber),
      certificateNumber: number,
      institutionCode: institution.code,
      regionCode: institution.regionCode,
      issuedBy: principal.id,
      contentEncrypted: encryptField(context.keys, JSON.stringify(content)),
      dateOfDeath: content.dateOfDeath,
      correctionReason: correction?.reason ?? null,
      verifyToken,
      issuedAt: now,
    })
    .returning();
  if (!written) throw new Error('death report insert returned nothing');
  return {
    id: written.id,
    lineageId: written.lineageId,
    version: written.version,
    certificateNumber: written.certificateNumber,
    verifyToken,
  };
}

/** The deceased's registry record exists (first report creates it) and is locked for this transaction. */
async function openRecord(
  tx: Executor,
  keys: DataKeys,
  idNumber: string,
  idIndex: string,
  regionCode: string,
) {
  await tx
    .insert(deathRecords)
    .values({
      deceasedIdNumberIndex: idIndex,
      deceasedIdNumberEncrypted: encryptField(keys, idNumber),
      regionCode,
      state: 'reported',
      conclusion: {},
      updatedAt: clock.now(),
    })
    .onConflictDoNothing();
  // Reports about one person are taken one at a time from here to commit.
  await tx
    .select({ id: deathRecords.id })
    .from(deathRecords)
    .where(eq(deathRecords.deceasedIdNumberIndex, idIndex))
    .for('update');
}

/** The current reports of one deceased, decrypted, oldest first. */
export async function currentReports(db: Executor, keys: DataKeys, idIndex: string) {
  const rows = await db
    .select({
      id: deathReports.id,
      version: deathReports.version,
      kind: deathReports.kind,
      certificateNumber: deathReports.certificateNumber,
      institutionCode: deathReports.institutionCode,
      institutionName: institutions.nameZh,
      institutionNameEn: institutions.nameEn,
      regionCode: deathReports.regionCode,
      issuedAt: deathReports.issuedAt,
      verifyToken: deathReports.verifyToken,
      contentEncrypted: deathReports.contentEncrypted,
    })
    .from(deathReports)
    .innerJoin(institutions, eq(institutions.code, deathReports.institutionCode))
    .where(and(eq(deathReports.deceasedIdNumberIndex, idIndex), eq(deathReports.status, 'current')))
    .orderBy(deathReports.issuedAt);
  return rows.map((row) => ({
    ...row,
    content: JSON.parse(decryptField(keys, row.contentEncrypted)) as ReportContent,
  }));
}

/**
 * Recompute the record from the current reports and the reviewers' decisions, under a row lock.
 * When the death has just become verified, the proactive offer is queued in the same transaction.
 */
async function recompute(tx: Executor, context: AppContext, idIndex: string) {
  const [record] = await tx
    .select()
    .from(deathRecords)
    .where(eq(deathRecords.deceasedIdNumberIndex, idIndex))
    .for('update')
    .limit(1);
  if (!record) throw new Error('death record missing');
  const reports = await currentReports(tx, context.keys, idIndex);
  const [region] = await tx
    .select({ funeralMode: regions.funeralMode })
    .from(regions)
    .where(eq(regions.code, record.regionCode))
    .limit(1);
  const funeralMode = (region?.funeralMode as 'cremation' | 'burial' | null | undefined) ?? null;
  const conclusion = concludeRegistry(
    reports.map(
      (r): RegistryReport => ({
        id: r.id,
        version: r.version,
        certificateNumber: r.certificateNumber,
        institutionName: r.institutionName,
        issuedAt: r.issuedAt.toISOString(),
        content: r.content,
      }),
    ),
    record.resolutions as Resolution[],
    funeralMode,
  );
  const now = clock.now();
  const becameVerified = conclusion.state === 'verified' && record.state !== 'verified';
  await tx
    .update(deathRecords)
    .set({
      state: conclusion.state,
      conclusion,
      version: record.version + 1,
      updatedAt: now,
      ...(becameVerified && !record.verifiedAt ? { verifiedAt: now } : {}),
    })
    .where(eq(deathRecords.deceasedIdNumberIndex, idIndex));
  if (conclusion.state !== record.state) {
    await appendAudit(tx, context.keys, {
      actor: { kind: 'system', id: null, label: 'death-registry' },
      action:
        conclusion.state === 'conflict' ? 'death_registry.conflict' : `death_registry.${conclusion.state}`,
      objectType: 'death_record',
      objectId: record.id,
      details: {
        from: record.state,
        to: conclusion.state,
        conflicts: conclusion.conflicts.map((c) => c.field),
      },
    });
  }
  if (becameVerified) {
    const [offer] = await tx
      .insert(proactiveOffers)
      .values({
        deceasedIdNumberIndex: idIndex,
        deceasedIdNumberEncrypted: record.deceasedIdNumberEncrypted,
        regionCode: record.regionCode,
        state: 'pending',
      })
      .onConflictDoNothing()
      .returning({ id: proactiveOffers.id });
    if (offer) await context.jobs.enqueueInTransaction(tx, QUEUES.proactiveOffer, { offerId: offer.id });
    if (conclusion.dateOfDeath) {
      await notifyBenefitPayers(context, tx, {
        id: record.id,
        regionCode: record.regionCode,
        dateOfDeath: conclusion.dateOfDeath,
      });
    }
  }
  return { id: record.id, state: conclusion.state };
}

/** A reviewer says which report stands for a conflicting field; the record is concluded again. */
export async function resolveConflict(
  context: AppContext,
  principal: StaffPrincipal,
  recordId: string,
  input: { field: ConflictField; reportId: string; reason: string },
) {
  const { db } = context.database;
  if (!input.reason.trim())
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: [reportProblem('reason', '请写明核查结论的依据', 'Say what the decision rests on')],
    });
  return db.transaction(async (tx) => {
    const [record] = await tx
      .select()
      .from(deathRecords)
      .where(eq(deathRecords.id, recordId))
      .for('update')
      .limit(1);
    if (!record) throw new AppError('NOT_FOUND');
    assertInScope(principal, 'death_registry.review', { regionCode: record.regionCode });
    const conclusion = record.conclusion as RegistryConclusion;
    const conflict = conclusion.conflicts?.find((c) => c.field === input.field);
    const chosen = conflict?.values.find((v) => v.reportId === input.reportId);
    if (!conflict || !chosen) {
      throw new AppError('VALIDATION_FAILED', {
        fieldErrors: [
          reportProblem('reportId', '请在存在冲突的证明中选择', 'Choose one of the conflicting reports'),
        ],
      });
    }
    const resolutions = [
      ...(record.resolutions as Resolution[]).filter((r) => r.field !== input.field),
      { field: input.field, reportId: chosen.reportId, version: chosen.version },
    ];
    await tx.update(deathRecords).set({ resolutions }).where(eq(deathRecords.id, record.id));
    await appendAudit(tx, context.keys, {
      actor: actorOf(principal),
      action: 'death_registry.resolved',
      objectType: 'death_record',
      objectId: record.id,
      details: {
        field: input.field,
        reportId: chosen.reportId,
        version: chosen.version,
        reason: input.reason.trim().slice(0, 500),
      },
    });
    return recompute(tx, context, record.deceasedIdNumberIndex);
  });
}
