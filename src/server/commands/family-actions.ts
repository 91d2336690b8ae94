/**
 * What the family does after submitting: put right exactly the items a correction notice lists
 * and resubmit (nothing else is asked again), confirm receipt of the results online (出件, online
 * channel), and rate the service (好差评) — once for the case and once for each department. A
 * rating of 不满意 or worse opens a follow-up for the supervisor with its own deadline.
 */
import { and, desc, eq, gt, isNull, lt } from 'drizzle-orm';
import { serviceDate } from '../../domain/clock.ts';
import { problem } from '../../domain/field-problems.ts';
import { findField } from '../../domain/fields.ts';
import { mergeForm } from '../../domain/form.ts';
import { validateFormValues } from '../../domain/form-validation.ts';
import { type Actor, appendAudit } from '../audit/audit-log.ts';
import * as clock from '../clock.ts';
import type { AppContext } from '../context.ts';
import {
  applicationDrafts,
  caseDocuments,
  cases,
  followUps,
  materialItems,
  ratings,
  subCases,
} from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { inScope } from '../identity/authorize.ts';
import { actorOf, type CitizenPrincipal, type StaffPrincipal } from '../identity/principal.ts';
import type { FileStore } from '../materials/file-store.ts';
import { inspectAndStore, recordStoredFile } from '../materials/store-upload.ts';
import { blindIndex, decryptField, encryptField } from '../security/national-crypto.ts';
import { type CaseRow, catalogOfCase, lockCase, transitionCase } from './case-transitions.ts';
import { type CorrectionItem, issueCompletionNotice } from './front-desk.ts';

async function ownCase(context: AppContext, citizen: CitizenPrincipal, code: string): Promise<CaseRow> {
  const [row] = await context.database.db
    .select()
    .from(cases)
    .where(and(eq(cases.code, code), eq(cases.applicantCitizenId, citizen.id)))
    .limit(1);
  if (!row) throw new AppError('CASE_NOT_FOUND');
  return row;
}

const CASE_COLUMNS: Record<
  string,
  (value: string, keys: AppContext['keys']) => Partial<typeof cases.$inferInsert>
> = {
  'deceased.name': (v) => ({ deceasedName: v }),
  'deceased.idNumber': (v, keys) => ({
    deceasedIdNumberEncrypted: encryptField(keys, v),
    deceasedIdNumberIndex: blindIndex(keys, v),
  }),
  'deceased.dateOfDeath': (v) => ({ dateOfDeath: v }),
  'applicant.name': (v) => ({ applicantName: v }),
  'applicant.phone': (v, keys) => ({ applicantPhoneEncrypted: encryptField(keys, v) }),
  'applicant.relationship': (v) => ({ applicantRelationship: v }),
};

/** Put right the fields a correction notice lists; every other field stays as it was. */
export async function correctFields(
  context: AppContext,
  citizen: CitizenPrincipal,
  code: string,
  values: Record<string, string>,
) {
  const row = await ownCase(context, citizen, code);
  if (row.state !== 'correction_requested') {
    throw new AppError('ACTION_NOT_ALLOWED', {
      details: { state: row.state, action: 'correct', allowedActions: [] },
    });
  }
  const listed = new Set(
    ((row.correction as CorrectionItem[] | null) ?? []).filter((i) => i.kind === 'field').map((i) => i.key),
  );
  const refused = Object.keys(values).filter((k) => !listed.has(k));
  if (refused.length > 0) {
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: refused.map((k) =>
        problem(k, '补正告知书中没有要求修改此项', 'The correction notice does not ask to change this'),
      ),
    });
  }
  const catalog = await context.catalog.get(row.catalogVersion ?? (await context.catalog.currentVersion()));
  const subs = await context.database.db.select().from(subCases).where(eq(subCases.caseId, row.id));
  const form = mergeForm(catalog.matters.filter((m) => subs.some((s) => s.matterCode === m.code)));
  const onlyListed = { ...form, keys: form.keys.filter((k) => k in values) };
  const problems = validateFormValues(onlyListed, values, { today: clock.today() });
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fieldErrors: problems });

  await context.database.db.transaction(async (tx) => {
    const now = clock.now();
    const locked = await lockCase(tx, row.id);
    let patch: Partial<typeof cases.$inferInsert> = {};
    for (const [key, raw] of Object.entries(values)) {
      const value = raw.trim();
      patch = { ...patch, ...(CASE_COLUMNS[key]?.(value, context.keys) ?? {}) };
    }
    await tx
      .update(cases)
      .set({ ...patch, version: locked.version + 1, updatedAt: now })
      .where(eq(cases.id, row.id));
    for (const sub of subs) {
      const declared = catalog.matters.find((m) => m.code === sub.matterCode)?.fields ?? [];
      const fields = { ...(sub.fields as Record<string, string>) };
      let changed = false;
      for (const [key, raw] of Object.entries(values)) {
        if (!declared.includes(key)) continue;
        fields[key] = findField(key)?.sensitive ? encryptField(context.keys, raw.trim()) : raw.trim();
        changed = true;
      }
      if (changed) await tx.update(subCases).set({ fields, updatedAt: now }).where(eq(subCases.id, sub.id));
    }
    if (row.draftId) {
      const [draft] = await tx
        .select()
        .from(applicationDrafts)
        .where(eq(applicationDrafts.id, row.draftId))
        .limit(1);
      if (draft) {
        const content = JSON.parse(decryptField(context.keys, draft.contentEncrypted)) as {
          values: Record<string, string>;
        };
        for (const [key, raw] of Object.entries(values)) content.values[key] = raw.trim();
        await tx
          .update(applicationDrafts)
          .set({ contentEncrypted: encryptField(context.keys, JSON.stringify(content)) })
          .where(eq(applicationDrafts.id, draft.id));
      }
    }
    await appendAudit(tx, context.keys, {
      actor: actorOf(citizen),
      action: 'case.corrected',
      objectType: 'case',
      objectId: row.id,
      details: { fields: Object.keys(values) },
    });
  });
}

/** Upload a material the correction notice asks for. */
export async function correctMaterial(
  context: AppContext,
  files: FileStore,
  citizen: CitizenPrincipal,
  code: string,
  materialCode: string,
  upload: { content: Buffer; filename: string },
) {
  const row = await ownCase(context, citizen, code);
  const listed = ((row.correction as CorrectionItem[] | null) ?? []).some(
    (i) => i.kind === 'material' && i.key === materialCode,
  );
  if (row.state !== 'correction_requested' || !listed) {
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: [
        problem(
          `materials.${materialCode}`,
          '补正告知书中没有要求补充此材料',
          'The correction notice does not ask for this material',
        ),
      ],
    });
  }
  const catalog = await context.catalog.get(row.catalogVersion ?? (await context.catalog.currentVersion()));
  const material = catalog.materials.find((m) => m.code === materialCode);
  const stored = await inspectAndStore(files, upload, {
    key: `materials.${materialCode}`,
    ...(material ? { label: { zh: material.name, en: material.nameEn } } : {}),
  });
  await context.database.db.transaction(async (tx) => {
    await recordStoredFile(tx, stored);
    const [added] = await tx
      .insert(materialItems)
      .values({
        caseId: row.id,
        materialCode,
        kind: 'upload',
        fileDigest: stored.digest,
        originalName: stored.name,
        addedAt: clock.now(),
      })
      .returning({ id: materialItems.id, addedAt: materialItems.addedAt });
    if (!added) throw new Error('material insert returned nothing');
    // What was there before the notice is replaced: kept for the record, no longer current.
    const [notice] = await tx
      .select({ issuedAt: caseDocuments.issuedAt })
      .from(caseDocuments)
      .where(and(eq(caseDocuments.caseId, row.id), eq(caseDocuments.kind, 'correction')))
      .orderBy(desc(caseDocuments.issuedAt))
      .limit(1);
    const replaced = await tx
      .update(materialItems)
      .set({ supersededBy: added.id, supersededAt: added.addedAt })
      .where(
        and(
          eq(materialItems.caseId, row.id),
          eq(materialItems.materialCode, materialCode),
          isNull(materialItems.supersededBy),
          isNull(materialItems.supplementRequestId),
          lt(materialItems.addedAt, notice?.issuedAt ?? added.addedAt),
        ),
      )
      .returning({ id: materialItems.id });
    await appendAudit(tx, context.keys, {
      actor: actorOf(citizen),
      action: 'material.uploaded',
      objectType: 'case',
      objectId: row.id,
      details: { materialCode, digest: stored.digest, replaces: replaced.map((r) => r.id) },
    });
  });
}

/** Resubmit after a correction: every listed material must have been brought since the notice. */
export async function resubmitCase(
  context: AppContext,
  citizen: CitizenPrincipal,
  code: string,
  version: number,
) {
  const row = await ownCase(context, citizen, code);
  const items = (row.correction as (CorrectionItem & { label?: string })[] | null) ?? [];
  const [notice] = await context.database.db
    .select({ issuedAt: caseDocuments.issuedAt })
    .from(caseDocuments)
    .where(and(eq(caseDocuments.caseId, row.id), eq(caseDocuments.kind, 'correction')))
    .orderBy(desc(caseDocuments.issuedAt))
    .limit(1);
  const since = notice?.issuedAt ?? new Date(0);
  const missing: ReturnType<typeof problem>[] = [];
  for (const item of items.filter((i) => i.kind === 'material')) {
    const [brought] = await context.database.db
      .select({ id: materialItems.id })
      .from(materialItems)
      .where(
        and(
          eq(materialItems.caseId, row.id),
          eq(materialItems.materialCode, item.key),
          gt(materialItems.addedAt, since),
        ),
      )
      .limit(1);
    if (!brought) {
      missing.push(
        problem(
          `materials.${item.key}`,
          `请补充：${item.label ?? item.key}`,
          `Please provide: ${item.label ?? item.key}`,
        ),
      );
    }
  }
  if (missing.length > 0) throw new AppError('VALIDATION_FAILED', { fieldErrors: missing });
  await context.database.db.transaction(async (tx) => {
    const locked = await lockCase(tx, row.id);
    await transitionCase(tx, context.keys, locked, {
      action: 'resubmit',
      role: 'citizen',
      actor: actorOf(citizen),
      expectedVersion: version,
      details: {
        correctedItems: items.map((i) => `${i.kind}:${i.key}`),
        correctionIssuedBefore: since.toISOString(),
      },
    });
  });
}

/** The family confirms it has the results online (出件, online channel). */
export async function receiveOnline(
  context: AppContext,
  citizen: CitizenPrincipal,
  code: string,
  version: number,
) {
  const row = await ownCase(context, citizen, code);
  await context.database.db.transaction(async (tx) => {
    const locked = await lockCase(tx, row.id);
    const now = clock.now();
    await transitionCase(tx, context.keys, locked, {
      action: 'deliver',
      role: 'citizen',
      actor: actorOf(citizen),
      expectedVersion: version,
      patch: { deliveredAt: now, completedAt: now, deliveryChannel: 'online' },
    });
    await issueCompletionNotice(tx, locked, await catalogOfCase(context, tx, locked));
  });
}

export const RATING_LEVELS = [
  { level: 5, zh: '非常满意', en: 'Very satisfied' },
  { level: 4, zh: '满意', en: 'Satisfied' },
  { level: 3, zh: '基本满意', en: 'Fairly satisfied' },
  { level: 2, zh: '不满意', en: 'Dissatisfied' },
  { level: 1, zh: '非常不满意', en: 'Very dissatisfied' },
] as const;

/** Working days a supervisor has to call back and put right a poor rating. */
export const FOLLOW_UP_WORKING_DAYS = 5;

export interface RatingInput {
  target: string;
  level: number;
  comment?: string | undefined;
}

/** The family rates online. */
export async function rateCase(
  context: AppContext,
  citizen: CitizenPrincipal,
  code: string,
  input: RatingInput,
) {
  const row = await ownCase(context, citizen, code);
  await recordRating(context, row, input, 'online', actorOf(citizen));
}

/** At the window, the clerk records the rating the family gives there (the same once-per-target rule). */
export async function rateAtWindow(
  context: AppContext,
  clerk: StaffPrincipal,
  caseId: string,
  input: RatingInput,
) {
  const [row] = await context.database.db.select().from(cases).where(eq(cases.id, caseId)).limit(1);
  if (!row || !inScope(clerk, 'case.rate', { regionCode: row.regionCode }))
    throw new AppError('CASE_NOT_FOUND');
  await recordRating(context, row, input, 'window', actorOf(clerk));
}

async function recordRating(
  context: AppContext,
  row: CaseRow,
  input: RatingInput,
  channel: 'online' | 'window',
  actor: Actor,
) {
  if (row.state === 'submitted' || row.state === 'correction_requested') {
    throw new AppError('ACTION_NOT_ALLOWED', {
      details: { state: row.state, action: 'rate', allowedActions: [] },
    });
  }
  let departmentCode: string | null = null;
  if (input.target !== 'case') {
    departmentCode = input.target.replace(/^department:/, '');
    const [sub] = await context.database.db
      .select({ id: subCases.id })
      .from(subCases)
      .where(and(eq(subCases.caseId, row.id), eq(subCases.departmentCode, departmentCode)))
      .limit(1);
    if (!input.target.startsWith('department:') || !sub) {
      throw new AppError('VALIDATION_FAILED', {
        fieldErrors: [problem('target', '请选择要评价的部门', 'Choose a department of this case')],
      });
    }
  }
  await context.database.db.transaction(async (tx) => {
    const now = clock.now();
    const [existing] = await tx
      .select({ id: ratings.id })
      .from(ratings)
      .where(and(eq(ratings.caseId, row.id), eq(ratings.target, input.target)))
      .limit(1);
    if (existing) throw new AppError('ALREADY_RATED');
    const [rating] = await tx
      .insert(ratings)
      .values({
        caseId: row.id,
        target: input.target,
        level: input.level,
        comment: input.comment ?? null,
        channel,
        createdAt: now,
      })
      .returning({ id: ratings.id });
    if (!rating) throw new Error('rating insert returned nothing');
    await appendAudit(tx, context.keys, {
      actor,
      action: 'case.rated',
      objectType: 'case',
      objectId: row.id,
      details: { target: input.target, level: input.level, channel },
    });
    if (input.level <= 2) {
      const due = context.calendar.dueDate(serviceDate(now), FOLLOW_UP_WORKING_DAYS, row.regionCode);
      await tx.insert(followUps).values({
        ratingId: rating.id,
        caseId: row.id,
        regionCode: row.regionCode,
        departmentCode,
        state: 'open',
        dueOn: due.due,
        createdAt: now,
      });
      await appendAudit(tx, context.keys, {
        actor,
        action: 'follow_up.opened',
        objectType: 'case',
        objectId: row.id,
        details: { target: input.target, level: input.level, due: due.due },
      });
    }
  });
}
