/**
 * Read models: the family's view of its cases and a department's view of its sub-cases. A
 * department sees only sub-cases of its own department within its region, and only the fields
 * the matter declared; opening one shows the personal data in full and is audited.
 */

import { and, asc, desc, eq, inArray, isNotNull, notInArray, or, sql } from 'drizzle-orm';
import type { Bilingual } from '../../domain/bilingual.ts';
import { bundleMaterials, profileFor } from '../../domain/bundle.ts';
import type { CatalogContent } from '../../domain/catalog.ts';
import { type ReportKind, reportKindOfMatter } from '../../domain/death-registry.ts';
import { departmentName } from '../../domain/departments.ts';
import { displayedField } from '../../domain/field-display.ts';
import { findField } from '../../domain/fields.ts';
import { maskIdNumber, maskName } from '../../domain/identity-numbers.ts';
import { type ResultLabels, resultLabels } from '../../domain/result-labels.ts';
import { limitView } from '../../domain/time-limits.ts';
import {
  allowedSubCaseActions,
  CASE_STATE_LABELS,
  type CaseState,
  SUB_CASE_STATE_LABELS,
  type SubCaseState,
} from '../../domain/workflow.ts';
import type { WorkingDayCalendar } from '../../domain/working-days.ts';
import { type AuditSealer, appendAudit } from '../audit/audit-log.ts';
import type { CatalogStore } from '../catalog/catalog-store.ts';
import * as clock from '../clock.ts';
import type { Db, Executor } from '../db/database.ts';
import {
  caseDocuments,
  caseParticipants,
  cases,
  materialFiles,
  materialItems,
  ratings,
  regions,
  subCases,
  supplementRequests,
} from '../db/schema.ts';
import { type RegistryCertificate, registryEntryByIndex } from '../death-registry/queries.ts';
import { AppError } from '../errors.ts';
import { type BenefitStopView, benefitStopsOf } from '../exchange/death-notices.ts';
import { inScope, scopeCondition } from '../identity/authorize.ts';
import { actorOf, type StaffPrincipal } from '../identity/principal.ts';
import { type DataKeys, decryptField } from '../security/national-crypto.ts';
import { encodeCursor, type ListPosition } from './list-cursor.ts';
import { regionsByCode } from './region-names.ts';
import { type SupplementRequestView, sentOnly, supplementsOf, traceMaterials } from './supplement-views.ts';

function departmentNames(code: string) {
  const name = departmentName(code);
  return { departmentNameZh: name.zh, departmentNameEn: name.en };
}

/** A matter's result type and what each value of its result is called. */
export function matterResult(catalog: CatalogContent, code: string) {
  const matter = catalog.matters.find((m) => m.code === code);
  return { resultType: matter?.resultType ?? null, resultLabels: resultLabels(matter) };
}

function matterNames(catalog: CatalogContent, code: string) {
  const matter = catalog.matters.find((m) => m.code === code);
  return { matterNameZh: matter?.name ?? code, matterNameEn: matter?.nameEn ?? code };
}

export interface CaseDetail {
  id: string;
  code: string;
  state: string;
  regionCode: string;
  regionNameZh: string;
  regionNameEn: string;
  submittedAt: string;
  completedAt: string | null;
  deceasedName: string;
  version: number;
  stateLabel: Bilingual;
  channel: string;
  decisionReason: string | null;
  correction: { kind: string; key: string; reason: string; label?: string; labelEn?: string }[] | null;
  documents: { kind: string; token: string; issuedAt: string }[];
  ratings: { target: string; level: number }[];
  yourRole: 'applicant' | 'heir';
  heirs: { nameMasked: string; relationship: string; joinedAt: string }[];
  /** The death registry's certificates for the deceased (issuers' acts, verifiable by QR). */
  deathCertificates: RegistryCertificate[];
  /** The bundle's issuers' acts: done (with the certificate) or still to happen (who, and where). */
  issuerSteps: IssuerStep[];
  /** Benefits the bodies that paid them stopped from the death record, with no application (信息应用). */
  benefitStops: BenefitStopView[];
  subCases: {
    id: string;
    matterCode: string;
    matterNameZh: string;
    matterNameEn: string;
    departmentCode: string;
    departmentNameZh: string;
    departmentNameEn: string;
    state: string;
    decidedAt: string | null;
    decisionNote: string | null;
    stateLabel: Bilingual;
    dueOn: string | null;
    result: Record<string, unknown> | null;
    /** What each value of the result is called for this matter (户口注销日期, 终止参保日期). */
    resultLabels: ResultLabels;
    version: number;
    /** The department's requests for more information and their answers, oldest first. */
    requests: SupplementRequestView[];
  }[];
}

export interface IssuerStep {
  matterCode: string;
  kind: ReportKind | null;
  name: Bilingual;
  implementer: Bilingual;
  certificate: RegistryCertificate | null;
}

function issuerSteps(
  catalog: CatalogContent,
  codes: readonly string[],
  certificates: readonly RegistryCertificate[],
): IssuerStep[] {
  return codes.map((code) => {
    const matter = catalog.matters.find((m) => m.code === code);
    const kind = matter?.issuedBy ?? reportKindOfMatter(code);
    return {
      matterCode: code,
      kind,
      name: { zh: matter?.name ?? code, en: matter?.nameEn ?? code },
      implementer: { zh: matter?.implementer ?? '', en: matter?.implementerEn ?? '' },
      certificate: certificates.find((c) => c.kind === kind) ?? null,
    };
  });
}

/** The catalog version a case began with (cases from before versioning read the current one). */
async function catalogsOf(catalog: CatalogStore, versions: (string | null)[]) {
  const result = new Map<string | null, CatalogContent>();
  for (const version of versions) {
    if (!result.has(version))
      result.set(version, version ? await catalog.get(version) : await catalog.current());
  }
  return result;
}

async function presentCases(
  db: Executor,
  catalog: CatalogStore,
  keys: DataKeys,
  rows: (typeof cases.$inferSelect)[],
  viewer?: { citizenId: string },
  /**
   * The case was made by this very request, with these sub-cases: nobody can have issued a
   * document, rated, joined or asked for more information yet, so those reads are left out.
   */
  submittedNow?: { subCases: (typeof subCases.$inferSelect)[] },
): Promise<CaseDetail[]> {
  if (rows.length === 0) return [];
  const catalogs = await catalogsOf(
    catalog,
    rows.map((r) => r.catalogVersion),
  );
  const children =
    submittedNow?.subCases ??
    (await db
      .select()
      .from(subCases)
      .where(
        inArray(
          subCases.caseId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(subCases.createdAt)));
  const names = await regionsByCode(
    db,
    rows.map((r) => r.regionCode),
  );
  const ids = rows.map((r) => r.id);
  const documents = submittedNow
    ? []
    : await db
        .select()
        .from(caseDocuments)
        .where(inArray(caseDocuments.caseId, ids))
        .orderBy(asc(caseDocuments.issuedAt));
  const given = submittedNow ? [] : await db.select().from(ratings).where(inArray(ratings.caseId, ids));
  const joined = submittedNow
    ? []
    : await db
        .select()
        .from(caseParticipants)
        .where(inArray(caseParticipants.caseId, ids))
        .orderBy(asc(caseParticipants.joinedAt));
  const requests = submittedNow
    ? new Map<string, SupplementRequestView[]>()
    : await supplementsOf(
        db,
        children.map((c) => c.id),
      );
  // The certificates the death registry holds for each deceased: shown as done, not applied for.
  const registry = new Map<string, RegistryCertificate[]>();
  const stops = new Map<string, BenefitStopView[]>();
  for (const row of rows) {
    if (registry.has(row.deceasedIdNumberIndex)) continue;
    const entry = await registryEntryByIndex(db, keys, row.deceasedIdNumberIndex);
    registry.set(row.deceasedIdNumberIndex, entry?.certificates ?? []);
    const matters = (catalogs.get(row.catalogVersion) as CatalogContent).matters;
    stops.set(row.deceasedIdNumberIndex, entry ? await benefitStopsOf(db, matters, entry.id) : []);
  }
  return rows.map((row) => ({
    deathCertificates: registry.get(row.deceasedIdNumberIndex) ?? [],
    benefitStops: stops.get(row.deceasedIdNumberIndex) ?? [],
    issuerSteps: issuerSteps(
      catalogs.get(row.catalogVersion) as CatalogContent,
      (row.issuerActs as string[] | null) ?? [],
      registry.get(row.deceasedIdNumberIndex) ?? [],
    ),
    id: row.id,
    code: row.code,
    state: row.state,
    regionCode: row.regionCode,
    regionNameZh: names.get(row.regionCode)?.nameZh ?? row.regionCode,
    regionNameEn: names.get(row.regionCode)?.nameEn ?? row.regionCode,
    submittedAt: row.submittedAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    deceasedName: row.deceasedName,
    version: row.version,
    stateLabel: CASE_STATE_LABELS[row.state as CaseState] ?? { zh: row.state, en: row.state },
    channel: row.channel,
    decisionReason: row.decisionReason,
    correction: (row.correction as CaseDetail['correction']) ?? null,
    documents: documents
      .filter((d) => d.caseId === row.id)
      .map((d) => ({ kind: d.kind, token: d.token, issuedAt: d.issuedAt.toISOString() })),
    ratings: given.filter((r) => r.caseId === row.id).map((r) => ({ target: r.target, level: r.level })),
    yourRole:
      viewer && row.applicantCitizenId !== viewer.citizenId ? ('heir' as const) : ('applicant' as const),
    heirs: joined
      .filter((p) => p.caseId === row.id)
      .map((p) => ({
        nameMasked: maskName(p.name),
        relationship: p.relationship,
        joinedAt: p.joinedAt.toISOString(),
      })),
    subCases: children
      .filter((c) => c.caseId === row.id)
      .map((c) => ({
        id: c.id,
        matterCode: c.matterCode,
        ...matterNames(catalogs.get(row.catalogVersion) as CatalogContent, c.matterCode),
        departmentCode: c.departmentCode,
        ...departmentNames(c.departmentCode),
        state: c.state,
        decidedAt: c.decidedAt?.toISOString() ?? null,
        decisionNote: c.decisionNote,
        stateLabel: SUB_CASE_STATE_LABELS[c.state as SubCaseState] ?? { zh: c.state, en: c.state },
        dueOn: c.dueOn,
        result: (c.result as Record<string, unknown> | null) ?? null,
        resultLabels: matterResult(catalogs.get(row.catalogVersion) as CatalogContent, c.matterCode)
          .resultLabels,
        version: c.version,
        // Only the applicant answers; another heir sees what was sent, not what is being prepared.
        requests:
          viewer && row.applicantCitizenId !== viewer.citizenId
            ? sentOnly(requests.get(c.id))
            : (requests.get(c.id) ?? []),
      })),
  }));
}

/** The cases a citizen applied for, and those they joined as another heir. */
function citizenMayFollow(citizenId: string) {
  return or(
    eq(cases.applicantCitizenId, citizenId),
    inArray(
      cases.id,
      sql`(select ${caseParticipants.caseId} from ${caseParticipants} where ${caseParticipants.citizenId} = ${citizenId})`,
    ),
  );
}

export async function listCitizenCases(
  db: Executor,
  catalog: CatalogStore,
  keys: DataKeys,
  citizenId: string,
): Promise<CaseDetail[]> {
  const rows = await db
    .select()
    .from(cases)
    .where(citizenMayFollow(citizenId))
    .orderBy(desc(cases.submittedAt))
    .limit(100);
  return presentCases(db, catalog, keys, rows, { citizenId });
}

export async function getCitizenCase(
  db: Executor,
  catalog: CatalogStore,
  keys: DataKeys,
  citizenId: string,
  code: string,
): Promise<CaseDetail> {
  const rows = await db
    .select()
    .from(cases)
    .where(and(citizenMayFollow(citizenId), eq(cases.code, code)))
    .limit(1);
  const [detail] = await presentCases(db, catalog, keys, rows, { citizenId });
  if (!detail) throw new AppError('CASE_NOT_FOUND');
  return detail;
}

export async function getCaseById(
  db: Executor,
  catalog: CatalogStore,
  keys: DataKeys,
  caseId: string,
): Promise<CaseDetail> {
  const rows = await db.select().from(cases).where(eq(cases.id, caseId)).limit(1);
  const [detail] = await presentCases(db, catalog, keys, rows);
  if (!detail) throw new AppError('CASE_NOT_FOUND');
  return detail;
}

/** The case a submission has just written, presented from the rows it wrote. */
export async function presentSubmittedCase(
  db: Executor,
  catalog: CatalogStore,
  keys: DataKeys,
  written: { case: typeof cases.$inferSelect; subCases: (typeof subCases.$inferSelect)[] },
): Promise<CaseDetail> {
  const [detail] = await presentCases(db, catalog, keys, [written.case], undefined, {
    subCases: written.subCases,
  });
  if (!detail) throw new AppError('CASE_NOT_FOUND');
  return detail;
}

function departmentScopeFilter(staff: StaffPrincipal) {
  return scopeCondition(staff, 'sub_case.read', {
    region: subCases.regionCode,
    department: subCases.departmentCode,
  });
}

export type SubCaseStateFilter = SubCaseState | 'all';

/** The most rows one page of the department's list holds, and how many when nobody says. */
export const DEPARTMENT_PAGE_MAX = 200;
export const DEPARTMENT_PAGE_DEFAULT = 50;

/**
 * One page of the department's sub-cases, oldest submission first (then by sub-case id), after
 * the position a cursor names. The staff member's scope and the hidden states filter every page
 * whatever the cursor, and `total` counts every row the same filter matches.
 */
export async function listDepartmentSubCases(
  db: Executor,
  catalog: CatalogStore,
  calendar: WorkingDayCalendar,
  keys: DataKeys,
  staff: StaffPrincipal,
  state: SubCaseStateFilter,
  page: { limit: number; after: ListPosition | null },
) {
  // Before the front desk accepts a case, no department sees its sub-cases.
  const filters = [departmentScopeFilter(staff), notInArray(subCases.state, HIDDEN_FROM_DEPARTMENTS)];
  if (state !== 'all') filters.push(eq(subCases.state, state));
  const matching = and(...filters);
  const after = page.after
    ? sql`(${cases.submittedAt}, ${subCases.id}) > (${page.after.at}::timestamptz, ${page.after.id}::uuid)`
    : undefined;
  const limit = Math.min(Math.max(Math.trunc(page.limit), 1), DEPARTMENT_PAGE_MAX);
  const fetched = await db
    .select({
      sub: subCases,
      caseCode: cases.code,
      submittedAt: cases.submittedAt,
      // The time to the microsecond, as the database keeps it, for the cursor.
      position: sql<string>`to_char(${cases.submittedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      catalogVersion: cases.catalogVersion,
    })
    .from(subCases)
    .innerJoin(cases, eq(cases.id, subCases.caseId))
    .where(after ? and(matching, after) : matching)
    .orderBy(asc(cases.submittedAt), asc(subCases.id))
    // One row more than the page says whether another page follows.
    .limit(limit + 1);
  const rows = fetched.slice(0, limit);
  const last = rows.at(-1);
  const nextCursor =
    fetched.length > limit && last ? encodeCursor({ at: last.position, id: last.sub.id }) : null;
  const [counted] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(subCases)
    .innerJoin(cases, eq(cases.id, subCases.caseId))
    .where(matching);
  const names = await regionsByCode(
    db,
    rows.map((r) => r.sub.regionCode),
  );
  const catalogs = await catalogsOf(
    catalog,
    rows.map((r) => r.catalogVersion),
  );
  const requests = await supplementsOf(
    db,
    rows.filter((r) => r.sub.state === 'in_review').map((r) => r.sub.id),
  );
  const items = rows.map(({ sub, caseCode, submittedAt, catalogVersion }) => {
    const fields = sub.fields as Record<string, string>;
    const sealedId = fields['deceased.idNumber'];
    return {
      id: sub.id,
      caseCode,
      matterCode: sub.matterCode,
      ...matterNames(catalogs.get(catalogVersion) as CatalogContent, sub.matterCode),
      state: sub.state,
      version: sub.version,
      submittedAt: submittedAt.toISOString(),
      deceasedNameMasked: maskName(fields['deceased.name'] ?? ''),
      limit: subCaseLimit(calendar, sub),
      deceasedIdNumberMasked: sealedId ? maskIdNumber(decryptField(keys, sealedId)) : null,
      regionCode: sub.regionCode,
      regionNameZh: names.get(sub.regionCode)?.nameZh ?? sub.regionCode,
      /** When the family (or the window) last answered a return, while the department has it back. */
      answeredAt: requests.get(sub.id)?.at(-1)?.answer?.answeredAt ?? null,
    };
  });
  return { items, nextCursor, total: Number(counted?.total ?? 0) };
}

/** Full view of one sub-case for its department; the view of personal data is audited. */
export async function viewDepartmentSubCase(
  db: Db,
  catalog: CatalogStore,
  calendar: WorkingDayCalendar,
  keys: DataKeys,
  staff: StaffPrincipal,
  subCaseId: string,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        sub: subCases,
        caseCode: cases.code,
        submittedAt: cases.submittedAt,
        catalogVersion: cases.catalogVersion,
      })
      .from(subCases)
      .innerJoin(cases, eq(cases.id, subCases.caseId))
      .where(eq(subCases.id, subCaseId))
      .limit(1);
    if (!row || !departmentMaySee(staff, row.sub)) throw new AppError('SUB_CASE_NOT_FOUND');
    const sealed = row.sub.fields as Record<string, string>;
    const fields = Object.entries(sealed).map(([key, stored]) => {
      const definition = findField(key);
      const value = definition?.sensitive ? decryptField(keys, stored) : stored;
      const shown = displayedField(key, value);
      // The value in words (配偶, 火化), as the family saw it; `value` keeps the stored code.
      return { key, labelZh: shown.label.zh, labelEn: shown.label.en, value, text: shown.text };
    });
    const viewed = fields.filter((f) => findField(f.key)?.sensitive).map((f) => f.key);
    if (viewed.length > 0) {
      await appendAudit(tx, keys, {
        actor: actorOf(staff),
        action: 'personal_data.viewed',
        objectType: 'sub_case',
        objectId: row.sub.id,
        details: { fields: viewed, caseCode: row.caseCode },
      });
    }
    const [region] = await tx.select().from(regions).where(eq(regions.code, row.sub.regionCode)).limit(1);
    const content = (await catalogsOf(catalog, [row.catalogVersion])).get(
      row.catalogVersion,
    ) as CatalogContent;
    const needed = neededMaterials(content, row.sub.regionCode, row.sub.matterCode);
    const items = await neededMaterialItems(tx, row.sub.caseId, needed);
    const traced = traceMaterials(items, row.submittedAt);
    const requests = sentOnly((await supplementsOf(tx, [row.sub.id])).get(row.sub.id));
    // The death registry's certificates: verified proof of death, shown to every department.
    const [ofCase] = await tx
      .select({ index: cases.deceasedIdNumberIndex })
      .from(cases)
      .where(eq(cases.id, row.sub.caseId))
      .limit(1);
    const registry = ofCase ? await registryEntryByIndex(tx, keys, ofCase.index) : null;
    return {
      id: row.sub.id,
      caseCode: row.caseCode,
      matterCode: row.sub.matterCode,
      ...matterNames(
        (await catalogsOf(catalog, [row.catalogVersion])).get(row.catalogVersion) as CatalogContent,
        row.sub.matterCode,
      ),
      state: row.sub.state,
      version: row.sub.version,
      allowedActions: allowedSubCaseActions(row.sub.state as SubCaseState, staff.role),
      limit: subCaseLimit(calendar, row.sub),
      result: row.sub.result as Record<string, unknown> | null,
      ...matterResult(content, row.sub.matterCode),
      submittedAt: row.submittedAt.toISOString(),
      decidedAt: row.sub.decidedAt?.toISOString() ?? null,
      decisionNote: row.sub.decisionNote,
      regionNameZh: region?.nameZh ?? row.sub.regionCode,
      deathCertificates: registry?.certificates ?? [],
      fields,
      materials: traced.current.map(({ item, mediaType, addedAt, isNew, replaces }) => ({
        id: item.id,
        materialCode: item.materialCode,
        name: needed.get(item.materialCode) ?? { zh: item.materialCode, en: item.materialCode },
        kind: item.kind,
        reference: item.kind === 'upload' ? null : item.licenceReference,
        mediaType: mediaType ?? null,
        fileName: item.originalName,
        addedAt,
        isNew,
        replaces,
      })),
      /** Uploads a later correction replaced: kept for the record, not current. */
      replacedMaterials: traced.replaced.map(({ item, mediaType, addedAt, supersededAt, replacedBy }) => ({
        id: item.id,
        materialCode: item.materialCode,
        name: needed.get(item.materialCode) ?? { zh: item.materialCode, en: item.materialCode },
        mediaType: mediaType ?? null,
        fileName: item.originalName,
        addedAt,
        supersededAt,
        replacedBy,
      })),
      requests,
    };
  });
}

/** The materials a matter needs in a region (by code, with names): all a department may see. */
export function neededMaterials(catalog: CatalogContent, regionCode: string, matterCode: string) {
  const profile = profileFor(catalog, regionCode);
  const list = profile ? bundleMaterials(catalog, profile, [matterCode]) : [];
  return new Map(list.map((m) => [m.code, { zh: m.name, en: m.nameEn }]));
}

/** The case's material items (with their files' media types) of the materials in `needed`, oldest first. */
export async function neededMaterialItems(db: Executor, caseId: string, needed: Map<string, unknown>) {
  if (needed.size === 0) return [];
  return db
    .select({ item: materialItems, mediaType: materialFiles.mediaType })
    .from(materialItems)
    .leftJoin(materialFiles, eq(materialFiles.digest, materialItems.fileDigest))
    .where(and(eq(materialItems.caseId, caseId), inArray(materialItems.materialCode, [...needed.keys()])))
    .orderBy(asc(materialItems.addedAt));
}

/**
 * One uploaded file of a sub-case's case, for its department — only if the department's matter
 * needs that material. Every read is audited.
 */
export async function readDepartmentMaterial(
  db: Db,
  catalog: CatalogStore,
  keys: AuditSealer,
  staff: StaffPrincipal,
  subCaseId: string,
  itemId: string,
) {
  const [row] = await db
    .select({ sub: subCases, catalogVersion: cases.catalogVersion, item: materialItems, file: materialFiles })
    .from(subCases)
    .innerJoin(cases, eq(cases.id, subCases.caseId))
    .innerJoin(materialItems, and(eq(materialItems.caseId, cases.id), eq(materialItems.id, itemId)))
    .leftJoin(materialFiles, eq(materialFiles.digest, materialItems.fileDigest))
    .where(eq(subCases.id, subCaseId))
    .limit(1);
  if (!row || !departmentMaySee(staff, row.sub)) throw new AppError('NOT_FOUND');
  const content = (await catalogsOf(catalog, [row.catalogVersion])).get(row.catalogVersion) as CatalogContent;
  // A file sent with an answer to this sub-case's own request is the department's to read.
  const [answered] = row.item.supplementRequestId
    ? await db
        .select({ id: supplementRequests.id })
        .from(supplementRequests)
        .where(
          and(
            eq(supplementRequests.id, row.item.supplementRequestId),
            eq(supplementRequests.subCaseId, row.sub.id),
            isNotNull(supplementRequests.answeredAt),
          ),
        )
        .limit(1)
    : [];
  const needed = neededMaterials(content, row.sub.regionCode, row.sub.matterCode).has(row.item.materialCode);
  if (!(needed || answered) || !row.file) {
    throw new AppError('NOT_FOUND');
  }
  await db.transaction((tx) =>
    appendAudit(tx, keys, {
      actor: actorOf(staff),
      action: 'material.viewed',
      objectType: 'sub_case',
      objectId: row.sub.id,
      details: {
        materialCode: row.item.materialCode,
        digest: row.file?.digest,
        ...(row.item.supplementRequestId ? { requestId: row.item.supplementRequestId } : {}),
      },
    }),
  );
  return { digest: row.file.digest, mediaType: row.file.mediaType };
}

/** Share of a time limit used before a sub-case shows as due soon (yellow). */
export const WARN_SHARE = 0.7;

/** The time limit of a sub-case as people see it: due date and a colour. */
export function subCaseLimit(calendar: WorkingDayCalendar, sub: typeof subCases.$inferSelect) {
  if (!sub.clockStartedOn || sub.committedWorkingDays === null) return null;
  const view = limitView(
    calendar,
    {
      startedOn: sub.clockStartedOn,
      committedWorkingDays: sub.committedWorkingDays,
      pausedWorkingDays: sub.pausedWorkingDays,
      pausedSince: sub.pausedSince,
      endedOn: sub.endedOn,
    },
    sub.regionCode,
    clock.today(),
    WARN_SHARE,
  );
  return {
    due: view.due,
    status: view.status,
    remainingWorkingDays: view.remainingWorkingDays,
    provisional: view.provisional,
  };
}

/** Sub-case states no department sees: before acceptance, and cancelled before it ever reached one. */
export const HIDDEN_FROM_DEPARTMENTS: SubCaseState[] = ['waiting', 'cancelled'];

export function departmentMaySee(
  staff: StaffPrincipal,
  sub: { state: string; departmentCode: string; regionCode: string },
): boolean {
  return (
    !HIDDEN_FROM_DEPARTMENTS.includes(sub.state as SubCaseState) &&
    inScope(staff, 'sub_case.read', { regionCode: sub.regionCode, departmentCode: sub.departmentCode })
  );
}
