/**
 * Reading the death registry: an issuer's own reports, one report, the registry's certificates
 * for a deceased (what the form, the window and the departments see), the conflicts a reviewer
 * settles, and the public check of an e-certificate by its QR token.
 */
import { and, desc, eq, inArray } from 'drizzle-orm';
import {
  CONFLICT_LABELS,
  type Conflict,
  REPORT_KIND_LABELS,
  type RegistryConclusion,
  type ReportContent,
  type ReportKind,
} from '../../domain/death-registry.ts';
import { maskIdNumber, maskName } from '../../domain/identity-numbers.ts';
import { appendAudit } from '../audit/audit-log.ts';
import type { AppContext } from '../context.ts';
import type { Executor } from '../db/database.ts';
import { caseParticipants, cases, deathRecords, deathReports, institutions } from '../db/schema.ts';
import { renderCertificatePdf } from '../documents/render-certificate.ts';
import { AppError } from '../errors.ts';
import { assertInScope, scopeCondition } from '../identity/authorize.ts';
import { actorOf, type Principal, type StaffPrincipal } from '../identity/principal.ts';
import { blindIndex, type DataKeys, decryptField } from '../security/national-crypto.ts';
import { currentReports } from './registry.ts';

export interface ReportSummary {
  id: string;
  lineageId: string;
  version: number;
  status: string;
  kind: ReportKind;
  certificateNumber: string;
  deceasedName: string;
  deceasedIdNumberMasked: string;
  dateOfDeath: string;
  issuedAt: string;
  registryState: RegistryConclusion['state'] | null;
}

/** The reports of the issuer's own institution, newest first (masked). */
export async function listOwnReports(
  context: AppContext,
  principal: StaffPrincipal,
): Promise<ReportSummary[]> {
  const { db } = context.database;
  const rows = await db
    .select({
      report: deathReports,
      registryState: deathRecords.state,
    })
    .from(deathReports)
    .leftJoin(deathRecords, eq(deathRecords.deceasedIdNumberIndex, deathReports.deceasedIdNumberIndex))
    .where(
      and(
        scopeCondition(principal, 'death_report.read', {
          region: deathReports.regionCode,
          institution: deathReports.institutionCode,
        }),
        eq(deathReports.status, 'current'),
      ),
    )
    .orderBy(desc(deathReports.issuedAt))
    .limit(200);
  return rows.map(({ report, registryState }) => {
    const content = JSON.parse(decryptField(context.keys, report.contentEncrypted)) as ReportContent;
    return {
      id: report.id,
      lineageId: report.lineageId,
      version: report.version,
      status: report.status,
      kind: report.kind as ReportKind,
      certificateNumber: report.certificateNumber,
      deceasedName: content.deceased.name,
      deceasedIdNumberMasked: maskIdNumber(content.deceased.idNumber),
      dateOfDeath: report.dateOfDeath,
      issuedAt: report.issuedAt.toISOString(),
      registryState: (registryState as RegistryConclusion['state'] | null) ?? null,
    };
  });
}

/** A report with its institution, for whoever may read it (anyone else: it does not exist). */
async function ownReport(db: Executor, principal: StaffPrincipal, reportId: string) {
  const [row] = await db
    .select({ report: deathReports, institution: institutions })
    .from(deathReports)
    .innerJoin(institutions, eq(institutions.code, deathReports.institutionCode))
    .where(eq(deathReports.id, reportId))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  assertInScope(principal, 'death_report.read', {
    regionCode: row.report.regionCode,
    institutionCode: row.report.institutionCode,
  });
  return row;
}

/** One report in full, for its institution (the view of the ID number is audited). */
export async function viewReport(context: AppContext, principal: StaffPrincipal, reportId: string) {
  const { db } = context.database;
  const row = await ownReport(db, principal, reportId);
  const content = JSON.parse(decryptField(context.keys, row.report.contentEncrypted)) as ReportContent;
  const history = await db
    .select({
      id: deathReports.id,
      version: deathReports.version,
      status: deathReports.status,
      issuedAt: deathReports.issuedAt,
      correctionReason: deathReports.correctionReason,
    })
    .from(deathReports)
    .where(eq(deathReports.lineageId, row.report.lineageId))
    .orderBy(deathReports.version);
  await appendAudit(db, context.keys, {
    actor: actorOf(principal),
    action: 'personal_data.viewed',
    objectType: 'death_report',
    objectId: row.report.id,
    details: { fields: ['deceased.idNumber'], deceased: maskIdNumber(content.deceased.idNumber) },
  });
  return {
    id: row.report.id,
    lineageId: row.report.lineageId,
    version: row.report.version,
    status: row.report.status,
    kind: row.report.kind as ReportKind,
    certificateNumber: row.report.certificateNumber,
    verifyToken: row.report.verifyToken,
    institution: { code: row.institution.code, zh: row.institution.nameZh, en: row.institution.nameEn },
    issuedAt: row.report.issuedAt.toISOString(),
    correctionReason: row.report.correctionReason,
    content,
    history: history.map((h) => ({
      id: h.id,
      version: h.version,
      status: h.status,
      issuedAt: h.issuedAt.toISOString(),
      correctionReason: h.correctionReason,
    })),
  };
}

export interface RegistryCertificate {
  kind: ReportKind;
  label: { zh: string; en: string };
  certificateNumber: string;
  version: number;
  institution: { zh: string; en: string };
  issuedAt: string;
  verifyToken: string;
  dateOfDeath: string;
  /** The cremation or burial date, for those records. */
  eventDate: string | null;
  placeOfDeath: string | null;
  funeralHome: string | null;
}

export interface RegistryEntry {
  id: string;
  state: RegistryConclusion['state'];
  conclusion: RegistryConclusion;
  certificates: RegistryCertificate[];
}

/** What the registry holds for one deceased (no personal view: nothing beyond the certificates). */
export async function registryEntry(
  db: Executor,
  keys: DataKeys,
  idNumber: string,
): Promise<RegistryEntry | null> {
  return registryEntryByIndex(db, keys, blindIndex(keys, idNumber.trim().toUpperCase()));
}

export async function registryEntryByIndex(
  db: Executor,
  keys: DataKeys,
  idIndex: string,
): Promise<RegistryEntry | null> {
  const [record] = await db
    .select()
    .from(deathRecords)
    .where(eq(deathRecords.deceasedIdNumberIndex, idIndex))
    .limit(1);
  if (!record) return null;
  const reports = await currentReports(db, keys, idIndex);
  return {
    id: record.id,
    state: record.state as RegistryConclusion['state'],
    conclusion: record.conclusion as RegistryConclusion,
    certificates: reports.map((r) => ({
      kind: r.content.kind,
      label: REPORT_KIND_LABELS[r.content.kind],
      certificateNumber: r.certificateNumber,
      version: r.version,
      institution: { zh: r.institutionName, en: r.institutionNameEn },
      issuedAt: r.issuedAt.toISOString(),
      verifyToken: r.verifyToken,
      dateOfDeath: r.content.dateOfDeath,
      eventDate:
        r.content.kind === 'cremation'
          ? r.content.cremationDate
          : r.content.kind === 'burial'
            ? r.content.burialDate
            : null,
      placeOfDeath:
        r.content.kind === 'medical-certificate' || r.content.kind === 'police-proof'
          ? r.content.placeOfDeath
          : null,
      funeralHome: r.content.kind === 'cremation' ? r.institutionName : null,
    })),
  };
}

/** The public check of an e-certificate: only what is safe to show to whoever holds the paper. */
export async function verifyDeathReport(context: AppContext, token: string) {
  const { db } = context.database;
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) throw new AppError('NOT_FOUND');
  const [row] = await db
    .select({ report: deathReports, institution: institutions })
    .from(deathReports)
    .innerJoin(institutions, eq(institutions.code, deathReports.institutionCode))
    .where(eq(deathReports.verifyToken, token))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  const content = JSON.parse(decryptField(context.keys, row.report.contentEncrypted)) as ReportContent;
  return {
    kind: row.report.kind as ReportKind,
    label: REPORT_KIND_LABELS[row.report.kind as ReportKind],
    certificateNumber: row.report.certificateNumber,
    version: row.report.version,
    /** current: this is the certificate as it stands; superseded: a later correction replaced it. */
    status: row.report.status as 'current' | 'superseded',
    institution: { zh: row.institution.nameZh, en: row.institution.nameEn },
    issuedOn: row.report.issuedAt.toISOString().slice(0, 10),
    deceasedName: maskName(content.deceased.name),
    dateOfDeath: content.dateOfDeath,
  };
}

export interface ConflictView {
  recordId: string;
  regionCode: string;
  deceasedIdNumberMasked: string;
  updatedAt: string;
  conflicts: (Conflict & {
    label: { zh: string; en: string };
    reports: {
      reportId: string;
      certificateNumber: string;
      kind: ReportKind;
      institution: string;
      value: string;
    }[];
  })[];
}

/** Records in conflict within the reviewer's region. */
export async function listConflicts(context: AppContext, principal: StaffPrincipal): Promise<ConflictView[]> {
  const { db } = context.database;
  const scope = scopeCondition(principal, 'death_registry.review', { region: deathRecords.regionCode });
  const rows = await db
    .select()
    .from(deathRecords)
    .where(and(scope, eq(deathRecords.state, 'conflict')))
    .orderBy(desc(deathRecords.updatedAt))
    .limit(200);
  const result: ConflictView[] = [];
  for (const row of rows) {
    const conclusion = row.conclusion as RegistryConclusion;
    const ids = conclusion.conflicts.flatMap((c) => c.values.map((v) => v.reportId));
    const reports = ids.length
      ? await db
          .select({
            id: deathReports.id,
            kind: deathReports.kind,
            certificateNumber: deathReports.certificateNumber,
            institution: institutions.nameZh,
          })
          .from(deathReports)
          .innerJoin(institutions, eq(institutions.code, deathReports.institutionCode))
          .where(inArray(deathReports.id, ids))
      : [];
    result.push({
      recordId: row.id,
      regionCode: row.regionCode,
      deceasedIdNumberMasked: maskIdNumber(decryptField(context.keys, row.deceasedIdNumberEncrypted)),
      updatedAt: row.updatedAt.toISOString(),
      conflicts: conclusion.conflicts.map((c) => ({
        ...c,
        label: CONFLICT_LABELS[c.field],
        reports: c.values.map((v) => {
          const r = reports.find((x) => x.id === v.reportId);
          return {
            reportId: v.reportId,
            certificateNumber: r?.certificateNumber ?? '',
            kind: (r?.kind ?? 'medical-certificate') as ReportKind,
            institution: r?.institution ?? '',
            value: v.value,
          };
        }),
      })),
    });
  }
  return result;
}

/** The verification address an e-certificate's QR code carries. */
export function certificateVerifyUrl(context: AppContext, token: string): string {
  return `${context.publicUrl()}/verify/death/${token}`;
}

async function certificatePdf(
  context: AppContext,
  row: typeof deathReports.$inferSelect,
  institution: string,
) {
  const content = JSON.parse(decryptField(context.keys, row.contentEncrypted)) as ReportContent;
  const pdf = await renderCertificatePdf({
    certificateNumber: row.certificateNumber,
    version: row.version,
    institution,
    issuedOn: row.issuedAt.toISOString().slice(0, 10),
    content,
    verifyUrl: certificateVerifyUrl(context, row.verifyToken),
  });
  return { pdf, filename: `${row.certificateNumber}-v${row.version}.pdf`, content };
}

/** The e-certificate PDF, for the institution that issued it (the view is audited). */
export async function issuerCertificatePdf(context: AppContext, principal: StaffPrincipal, reportId: string) {
  const { db } = context.database;
  const row = await ownReport(db, principal, reportId);
  const result = await certificatePdf(context, row.report, row.institution.nameZh);
  await appendAudit(db, context.keys, {
    actor: actorOf(principal),
    action: 'personal_data.viewed',
    objectType: 'death_report',
    objectId: row.report.id,
    details: { purpose: 'certificate.pdf', deceased: maskIdNumber(result.content.deceased.idNumber) },
  });
  return result;
}

/**
 * The e-certificate PDF of a case's deceased, for whoever may follow the case (the family, the
 * window of its county); only a certificate about that case's deceased (the view is audited).
 */
export async function caseCertificatePdf(
  context: AppContext,
  principal: Principal,
  code: string,
  token: string,
) {
  const { db } = context.database;
  const [found] = await db
    .select({ c: cases, report: deathReports, institution: institutions })
    .from(cases)
    .innerJoin(deathReports, eq(deathReports.deceasedIdNumberIndex, cases.deceasedIdNumberIndex))
    .innerJoin(institutions, eq(institutions.code, deathReports.institutionCode))
    .where(and(eq(cases.code, code), eq(deathReports.verifyToken, token)))
    .limit(1);
  if (!found) throw new AppError('NOT_FOUND');
  const joined = await db
    .select({ citizenId: caseParticipants.citizenId })
    .from(caseParticipants)
    .where(eq(caseParticipants.caseId, found.c.id));
  assertInScope(principal, 'case.read', {
    regionCode: found.c.regionCode,
    applicantCitizenId: found.c.applicantCitizenId,
    joinedCitizenIds: joined.map((j) => j.citizenId),
  });
  const result = await certificatePdf(context, found.report, found.institution.nameZh);
  await appendAudit(db, context.keys, {
    actor: actorOf(principal),
    action: 'personal_data.viewed',
    objectType: 'death_report',
    objectId: found.report.id,
    details: { purpose: 'certificate.pdf', case: found.c.code },
  });
  return result;
}
