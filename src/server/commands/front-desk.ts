/**
 * The comprehensive window (综合窗口): the queue of submitted cases of the clerk's region, oldest
 * first; the whole application with its materials; and the three answers — accept, reject with a
 * reason (不予受理), or one correction notice listing every item at once (一次性告知). The clerk
 * who first handles a case owns it until delivery (首问负责); ownership can be handed over with a
 * reason.
 */

import { and, asc, desc, eq, ne } from 'drizzle-orm';
import { bundleMaterials, profileFor } from '../../domain/bundle.ts';
import type { CatalogContent } from '../../domain/catalog.ts';
import { departmentName } from '../../domain/departments.ts';
import { fieldDisplayText } from '../../domain/field-display.ts';
import { fieldLabel, findField } from '../../domain/fields.ts';
import { mergeForm } from '../../domain/form.ts';
import { maskName } from '../../domain/identity-numbers.ts';
import { resultLabels } from '../../domain/result-labels.ts';
import {
  allowedCaseActions,
  CASE_STATE_LABELS,
  type CaseState,
  SUB_CASE_STATE_LABELS,
  type SubCaseState,
} from '../../domain/workflow.ts';
import { appendAudit, SYSTEM_ACTOR } from '../audit/audit-log.ts';
import * as clock from '../clock.ts';
import type { AppContext } from '../context.ts';
import type { Executor, Transaction } from '../db/database.ts';
import {
  caseDocuments,
  caseParticipants,
  cases,
  materialFiles,
  materialItems,
  regions,
  staffAccounts,
  subCases,
} from '../db/schema.ts';
import { registryEntryByIndex } from '../death-registry/queries.ts';
import { issueNotice, type NoticeContent, resultInWords } from '../documents/notices.ts';
import { AppError } from '../errors.ts';
import { assertInScope, inScope, scopeCondition } from '../identity/authorize.ts';
import { actorOf, loadStaffPrincipal, type StaffPrincipal } from '../identity/principal.ts';
import { queueNotification } from '../notifications/notify.ts';
import { supplementsOf, traceMaterials } from '../queries/supplement-views.ts';
import { decryptField } from '../security/national-crypto.ts';
import {
  type CaseRow,
  catalogOfCase,
  lockCase,
  recipientOf,
  routeSubCases,
  transitionCase,
  transitionSubCase,
} from './case-transitions.ts';

function assertInRegion(clerk: StaffPrincipal, row: { regionCode: string }) {
  // A case outside the clerk's region does not exist for them.
  assertInScope(clerk, 'case.read', { regionCode: row.regionCode }, 'CASE_NOT_FOUND');
}

export async function frontDeskQueue(
  context: AppContext,
  clerk: StaffPrincipal,
  state: 'submitted' | 'correction_requested' | 'ready_for_delivery' | 'in_progress',
) {
  const { db } = context.database;
  const rows = await db
    .select({ c: cases, ownerName: staffAccounts.displayName })
    .from(cases)
    .leftJoin(staffAccounts, eq(staffAccounts.id, cases.ownerStaffId))
    .where(and(scopeCondition(clerk, 'window.desk', { region: cases.regionCode }), eq(cases.state, state)))
    .orderBy(asc(cases.submittedAt))
    .limit(200);
  const now = clock.now().getTime();
  return rows.map(({ c, ownerName }) => ({
    id: c.id,
    code: c.code,
    state: c.state,
    channel: c.channel,
    deceasedNameMasked: maskName(c.deceasedName),
    applicantNameMasked: maskName(c.applicantName),
    submittedAt: c.submittedAt.toISOString(),
    waitedMinutes: Math.floor((now - c.updatedAt.getTime()) / 60_000),
    ownerName: ownerName ?? null,
    ownedByMe: c.ownerStaffId === clerk.id,
    version: c.version,
  }));
}

/**
 * Everything the family submitted: what the case itself keeps (who died, when, who applies), and
 * every other field from the sub-cases of the matters that declared it (each field once).
 */
async function applicationValues(context: AppContext, caseRow: CaseRow): Promise<Record<string, string>> {
  const rows = await context.database.db.select().from(subCases).where(eq(subCases.caseId, caseRow.id));
  const values: Record<string, string> = {
    'deceased.name': caseRow.deceasedName,
    'deceased.idNumber': decryptField(context.keys, caseRow.deceasedIdNumberEncrypted),
    'deceased.dateOfDeath': caseRow.dateOfDeath,
    'applicant.name': caseRow.applicantName,
    'applicant.phone': decryptField(context.keys, caseRow.applicantPhoneEncrypted),
    'applicant.relationship': caseRow.applicantRelationship,
  };
  for (const row of rows) {
    for (const [key, sealed] of Object.entries(row.fields as Record<string, string>)) {
      if (values[key] !== undefined) continue;
      values[key] = findField(key)?.sensitive ? decryptField(context.keys, sealed) : sealed;
    }
  }
  return values;
}

export async function caseAtWindow(context: AppContext, clerk: StaffPrincipal, caseId: string) {
  const { db } = context.database;
  const [row] = await db.select().from(cases).where(eq(cases.id, caseId)).limit(1);
  if (!row) throw new AppError('CASE_NOT_FOUND');
  assertInRegion(clerk, row);
  const catalog = await context.catalog.get(row.catalogVersion ?? (await context.catalog.currentVersion()));
  const subs = await db.select().from(subCases).where(eq(subCases.caseId, caseId));
  const matterCodes = subs.map((s) => s.matterCode);
  const form = mergeForm(catalog.matters.filter((m) => matterCodes.includes(m.code)));
  const values = await applicationValues(context, row);
  const profile = profileFor(catalog, row.regionCode);
  const needed = profile ? bundleMaterials(catalog, profile, matterCodes) : [];
  const items = await db
    .select({ item: materialItems, mediaType: materialFiles.mediaType })
    .from(materialItems)
    .leftJoin(materialFiles, eq(materialFiles.digest, materialItems.fileDigest))
    .where(eq(materialItems.caseId, caseId))
    .orderBy(asc(materialItems.addedAt));
  const traced = traceMaterials(items, row.submittedAt);
  const requests = await supplementsOf(
    db,
    subs.map((s) => s.id),
  );
  const documents = await db.select().from(caseDocuments).where(eq(caseDocuments.caseId, caseId));
  // The same person's other cases (one open at a time; earlier ones delivered or refused).
  const sameDeceased = await db
    .select()
    .from(cases)
    .where(and(eq(cases.deceasedIdNumberIndex, row.deceasedIdNumberIndex), ne(cases.id, row.id)))
    .orderBy(desc(cases.submittedAt))
    .limit(10);
  const heirs = await db
    .select()
    .from(caseParticipants)
    .where(eq(caseParticipants.caseId, row.id))
    .orderBy(asc(caseParticipants.joinedAt));
  const [owner] = row.ownerStaffId
    ? await db.select().from(staffAccounts).where(eq(staffAccounts.id, row.ownerStaffId)).limit(1)
    : [];
  // The certificates the death registry holds: the clerk checks them, nobody retypes them.
  const registry = await registryEntryByIndex(db, context.keys, row.deceasedIdNumberIndex);
  await db.transaction((tx) =>
    appendAudit(tx, context.keys, {
      actor: actorOf(clerk),
      action: 'personal_data.viewed',
      objectType: 'case',
      objectId: row.id,
      details: { code: row.code, purpose: 'front-desk' },
    }),
  );
  return {
    id: row.id,
    code: row.code,
    state: row.state,
    version: row.version,
    channel: row.channel,
    regionCode: row.regionCode,
    submittedAt: row.submittedAt.toISOString(),
    owner: owner ? { id: owner.id, name: owner.displayName, isMe: owner.id === clerk.id } : null,
    allowedActions: allowedCaseActions(row.state as CaseState, 'window_clerk'),
    correction: (row.correction as CorrectionItem[] | null) ?? null,
    decisionReason: row.decisionReason,
    sameDeceased: sameDeceased.map((other) => ({
      id: other.id,
      code: other.code,
      state: other.state,
      stateLabel: CASE_STATE_LABELS[other.state as CaseState] ?? { zh: other.state, en: other.state },
      channel: other.channel,
      submittedAt: other.submittedAt.toISOString(),
      regionCode: other.regionCode,
    })),
    deathCertificates: registry?.certificates ?? [],
    heirs: heirs.map((h) => ({
      nameMasked: maskName(h.name),
      relationship: h.relationship,
      joinedAt: h.joinedAt.toISOString(),
    })),
    form: form.groups.map((g) => ({
      id: g.id,
      title: g.title,
      fields: g.fields.map((f) => ({
        key: f.key,
        label: f.label,
        value: values[f.key] ?? '',
        // In words, as the family saw it (配偶, 火化); the clerk's view is audited above.
        text: fieldDisplayText(f.key, values[f.key]),
      })),
    })),
    materials: needed.map((m) => ({
      code: m.code,
      name: { zh: m.name, en: m.nameEn },
      neededBy: m.neededBy,
      replaceableBy: m.replaceableBy,
      items: traced.current
        .filter((i) => i.item.materialCode === m.code)
        .map(({ item, mediaType, addedAt, isNew, replaces }) => ({
          id: item.id,
          kind: item.kind,
          reference: item.kind === 'upload' ? null : item.licenceReference,
          mediaType: mediaType ?? null,
          fileName: item.originalName,
          addedAt,
          isNew,
          replaces,
        })),
      /** Uploads a correction replaced: kept for the record, not current. */
      replaced: traced.replaced
        .filter((i) => i.item.materialCode === m.code)
        .map(({ item, mediaType, addedAt, supersededAt, replacedBy }) => ({
          id: item.id,
          mediaType: mediaType ?? null,
          fileName: item.originalName,
          addedAt,
          supersededAt,
          replacedBy,
        })),
    })),
    subCases: subs.map((s) => {
      const matter = catalog.matters.find((m) => m.code === s.matterCode);
      return {
        id: s.id,
        matter: { code: s.matterCode, zh: matter?.name ?? s.matterCode, en: matter?.nameEn ?? s.matterCode },
        department: { code: s.departmentCode, ...departmentName(s.departmentCode) },
        state: s.state,
        stateLabel: SUB_CASE_STATE_LABELS[s.state as SubCaseState],
        dueOn: s.dueOn,
        dueProvisional: s.dueOn ? context.calendar.isProvisional(s.dueOn) : false,
        regionCode: s.regionCode,
        version: s.version,
        decisionNote: s.decisionNote,
        requests: requests.get(s.id) ?? [],
      };
    }),
    documents: documents.map((d) => ({
      id: d.id,
      kind: d.kind,
      token: d.token,
      issuedAt: d.issuedAt.toISOString(),
    })),
  };
}

export interface CorrectionItem {
  kind: 'field' | 'material';
  key: string;
  reason: string;
}

async function noticeContent(
  db: Executor,
  row: CaseRow,
  catalog: CatalogContent,
  extra: Partial<NoticeContent> = {},
): Promise<NoticeContent> {
  const [region] = await db.select().from(regions).where(eq(regions.code, row.regionCode)).limit(1);
  const subs = await db.select().from(subCases).where(eq(subCases.caseId, row.id));
  const profile = profileFor(catalog, row.regionCode);
  return {
    caseCode: row.code,
    regionName: region?.nameZh ?? row.regionCode,
    office: `${region?.nameZh ?? ''}政务服务中心个人身后“一件事”综合窗口`,
    applicantName: row.applicantName,
    deceasedName: row.deceasedName,
    matters: subs.map((s) => ({
      outcome: resultInWords(
        s.result as Record<string, unknown> | null,
        s.state,
        resultLabels(catalog.matters.find((m) => m.code === s.matterCode)),
      ),
      name: catalog.matters.find((m) => m.code === s.matterCode)?.name ?? s.matterCode,
      department: departmentName(s.departmentCode).zh,
      committedWorkingDays:
        s.committedWorkingDays ?? catalog.matters.find((m) => m.code === s.matterCode)?.committedWorkingDays,
      due: s.dueOn,
    })),
    issuedOn: clock.today(),
    contact: profile?.contact ?? '12345',
    ...extra,
  };
}

/** The clerk takes the case; the first to handle it owns it (首问负责). */
function claimOwnership(row: CaseRow, clerk: StaffPrincipal) {
  if (row.ownerStaffId && row.ownerStaffId !== clerk.id) {
    throw new AppError('OWNED_BY_OTHER', { details: { ownerStaffId: row.ownerStaffId } });
  }
  return row.ownerStaffId ? {} : { ownerStaffId: clerk.id };
}

export async function acceptCase(
  context: AppContext,
  clerk: StaffPrincipal,
  caseId: string,
  version: number,
) {
  const now = clock.now();
  await withClerkCase(context, clerk, caseId, async (tx, row, ownership, catalog) => {
    await transitionCase(tx, context.keys, row, {
      action: 'accept',
      role: clerk.role,
      actor: actorOf(clerk),
      expectedVersion: version,
      patch: { ...ownership, acceptedAt: now, correction: null },
    });
    await routeSubCases(context, tx, row, catalog, now);
    await issueNotice(tx, row.id, 'acceptance', await noticeContent(tx, row, catalog));
    await queueNotification(tx, context.keys, {
      template: 'case.accepted',
      params: { caseCode: row.code },
      caseId: row.id,
      recipient: recipientOf(context, row),
    });
  });
}

export async function rejectCase(
  context: AppContext,
  clerk: StaffPrincipal,
  caseId: string,
  version: number,
  reason: string,
) {
  await withClerkCase(context, clerk, caseId, async (tx, row, ownership, catalog) => {
    await transitionCase(tx, context.keys, row, {
      action: 'reject',
      role: clerk.role,
      actor: actorOf(clerk),
      expectedVersion: version,
      patch: { ...ownership, decisionReason: reason },
      details: { reason },
    });
    const waiting = await tx
      .select()
      .from(subCases)
      .where(and(eq(subCases.caseId, row.id), eq(subCases.state, 'waiting')));
    // The sub-cases that were waiting for acceptance end with the case, through the state table.
    for (const sub of waiting) {
      await transitionSubCase(tx, context.keys, sub, {
        action: 'cancel',
        role: 'system',
        actor: SYSTEM_ACTOR,
        details: { reason: 'case_rejected' },
      });
    }
    await issueNotice(tx, row.id, 'rejection', await noticeContent(tx, row, catalog, { reason }));
    await queueNotification(tx, context.keys, {
      template: 'case.rejected',
      params: { caseCode: row.code },
      caseId: row.id,
      recipient: recipientOf(context, row),
    });
  });
}

export async function requestCorrection(
  context: AppContext,
  clerk: StaffPrincipal,
  caseId: string,
  version: number,
  items: CorrectionItem[],
) {
  if (items.length === 0) throw new AppError('VALIDATION_FAILED', { fieldErrors: [] });
  await withClerkCase(context, clerk, caseId, async (tx, row, ownership, catalog) => {
    const subs = await tx.select().from(subCases).where(eq(subCases.caseId, row.id));
    const matterCodes = subs.map((s) => s.matterCode);
    const form = mergeForm(catalog.matters.filter((m) => matterCodes.includes(m.code)));
    const profile = profileFor(catalog, row.regionCode);
    const materials = profile ? bundleMaterials(catalog, profile, matterCodes) : [];
    const labelled = items.map((item) => {
      if (item.kind === 'field' && !form.keys.includes(item.key))
        throw new AppError('VALIDATION_FAILED', { details: { unknownField: item.key } });
      const material = materials.find((m) => m.code === item.key);
      if (item.kind === 'material' && !material)
        throw new AppError('VALIDATION_FAILED', { details: { unknownMaterial: item.key } });
      const name =
        item.kind === 'field'
          ? fieldLabel(item.key)
          : { zh: material?.name ?? '材料', en: material?.nameEn ?? 'Material' };
      return { ...item, label: name.zh, labelEn: name.en };
    });
    await transitionCase(tx, context.keys, row, {
      action: 'request_correction',
      role: clerk.role,
      actor: actorOf(clerk),
      expectedVersion: version,
      patch: { ...ownership, correction: labelled },
      details: { items: labelled.map((i) => `${i.kind}:${i.key}`) },
    });
    await issueNotice(
      tx,
      row.id,
      'correction',
      await noticeContent(tx, row, catalog, {
        items: labelled.map((i) => ({ label: i.label, reason: i.reason })),
      }),
    );
    await queueNotification(tx, context.keys, {
      template: 'case.correction',
      params: { caseCode: row.code },
      caseId: row.id,
      recipient: recipientOf(context, row),
    });
  });
}

export async function handOver(
  context: AppContext,
  clerk: StaffPrincipal,
  caseId: string,
  toUsername: string,
  reason: string,
) {
  await context.database.db.transaction(async (tx) => {
    const row = await lockCase(tx, caseId);
    assertInRegion(clerk, row);
    // The owner hands over; a case nobody owns yet may be handed by any clerk of its region.
    if (row.ownerStaffId && row.ownerStaffId !== clerk.id) throw new AppError('OWNED_BY_OTHER');
    const [found] = await tx
      .select({ id: staffAccounts.id })
      .from(staffAccounts)
      .where(eq(staffAccounts.username, toUsername))
      .limit(1);
    // The one taking over must be a clerk who may handle this case.
    const target = found ? await loadStaffPrincipal(tx, found.id) : null;
    if (!target || !inScope(target, 'case.hand_over', { regionCode: row.regionCode })) {
      throw new AppError('VALIDATION_FAILED', { details: { toUsername } });
    }
    await tx
      .update(cases)
      .set({ ownerStaffId: target.id, version: row.version + 1, updatedAt: clock.now() })
      .where(eq(cases.id, row.id));
    await appendAudit(tx, context.keys, {
      actor: actorOf(clerk),
      action: 'case.handed_over',
      objectType: 'case',
      objectId: row.id,
      details: { code: row.code, to: target.username, reason },
    });
  });
}

/** Delivery at the window (出件): the results handed over; the case is done. */
export async function deliverAtWindow(
  context: AppContext,
  clerk: StaffPrincipal,
  caseId: string,
  version: number,
) {
  await withClerkCase(context, clerk, caseId, async (tx, row, ownership, catalog) => {
    const now = clock.now();
    await transitionCase(tx, context.keys, row, {
      action: 'deliver',
      role: clerk.role,
      actor: actorOf(clerk),
      expectedVersion: version,
      patch: { ...ownership, deliveredAt: now, completedAt: now, deliveryChannel: 'window' },
    });
    await issueCompletionNotice(tx, row, catalog);
  });
}

/** The 办结通知书, whichever channel the results were delivered through. */
export async function issueCompletionNotice(
  tx: Executor,
  row: CaseRow,
  catalog: CatalogContent,
): Promise<void> {
  await issueNotice(
    tx as Parameters<typeof issueNotice>[0],
    row.id,
    'completion',
    await noticeContent(tx, row, catalog),
  );
}

/**
 * A front-desk decision's common start: lock the case, check it is in the clerk's region, take
 * ownership if nobody has it (首问负责) or refuse if someone else does, read its catalog version.
 */
async function withClerkCase(
  context: AppContext,
  clerk: StaffPrincipal,
  caseId: string,
  decide: (
    tx: Transaction,
    row: CaseRow,
    ownership: { ownerStaffId?: string },
    catalog: CatalogContent,
  ) => Promise<void>,
): Promise<void> {
  await context.database.db.transaction(async (tx) => {
    const row = await lockCase(tx, caseId);
    assertInRegion(clerk, row);
    const ownership = claimOwnership(row, clerk);
    await decide(tx, row, ownership, await catalogOfCase(context, tx, row));
  });
}

/** One uploaded material of a case in the clerk's region; every view is audited. */
export async function readCaseMaterialAtWindow(
  context: AppContext,
  clerk: StaffPrincipal,
  caseId: string,
  itemId: string,
) {
  return context.database.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ c: cases, file: materialFiles })
      .from(materialItems)
      .innerJoin(cases, eq(cases.id, materialItems.caseId))
      .innerJoin(materialFiles, eq(materialFiles.digest, materialItems.fileDigest))
      .where(and(eq(materialItems.id, itemId), eq(materialItems.caseId, caseId)))
      .limit(1);
    if (!row || !inScope(clerk, 'case.read', { regionCode: row.c.regionCode }))
      throw new AppError('NOT_FOUND');
    await appendAudit(tx, context.keys, {
      actor: actorOf(clerk),
      action: 'material.viewed',
      objectType: 'case',
      objectId: row.c.id,
      details: { digest: row.file.digest },
    });
    return { mediaType: row.file.mediaType, digest: row.file.digest };
  });
}
