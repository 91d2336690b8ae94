/**
 * Submitting an application — the last step of the one submission command (`submitDraft` in
 * drafts.ts, used by the portal, the window's assisted application and machine clients alike),
 * after it has recomputed the bundle, checked coverage, the form, the materials and the
 * relationship proof. The case code is reserved first (case-codes.ts); then one transaction
 * creates the case with that code, one sub-case per matter holding only that matter's declared
 * fields (waiting for the front desk), the materials (moved from the draft), the recorded
 * declaration and consent, the audit event and the acknowledgement message. An idempotency key,
 * unique per submitter, makes a repeated submit return the first case instead of a second:
 * `submitDraft` looks the key up first, and the unique index settles two submits that race.
 */
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import { serviceDate } from '../../domain/clock.ts';
import { CONSENT } from '../../domain/consent.ts';
import { problem } from '../../domain/field-problems.ts';
import { findField } from '../../domain/fields.ts';
import { mergeForm } from '../../domain/form.ts';
import { validateFormValues } from '../../domain/form-validation.ts';
import { savingsAtSubmission } from '../../domain/supervision.ts';
import type { CaseState, SubCaseState } from '../../domain/workflow.ts';
import { type Actor, appendAudit, canonicalJson } from '../audit/audit-log.ts';
import type { CatalogStore } from '../catalog/catalog-store.ts';
import * as clock from '../clock.ts';
import { type Db, type Executor, queryRows } from '../db/database.ts';
import { rowFromJson } from '../db/json-rows.ts';
import { applicationDrafts, cases, materialItems, notifications, subCases } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { notificationRows } from '../notifications/notify.ts';
import { regionsByCode } from '../queries/region-names.ts';
import { blindIndex, type DataKeys, encryptField, sm3Hex } from '../security/national-crypto.ts';
import type { CaseCodeReserver } from './case-codes.ts';
import { caseExists, findBlockingCase, refuseSecondApplication } from './existing-case.ts';

export interface SubmitContext {
  db: Db;
  keys: DataKeys;
  catalog: CatalogStore;
  caseCodes: CaseCodeReserver;
  /** A delivered case still stands in the way of a new application for this many days. */
  reapplyAfterDays: number;
}

export type Submitter = { kind: 'citizen'; citizenId: string } | { kind: 'staff'; staffId: string };

export interface SubmitRequest {
  submitter: Submitter;
  actor: Actor;
  idempotencyKey: string;
  channel: 'online' | 'window';
  regionCode: string;
  matterCodes: string[];
  /** The bundle's issuers' acts (matter codes), shown to the family as done or still to happen. */
  issuerActs?: string[];
  answers: Record<string, string>;
  /** Canonical field values of the merged form. */
  values: Record<string, string>;
  /** The draft whose materials become the case's. */
  draftId?: string;
  /** Whether an e-licence or an upload proves the relationship; undefined when not checked here. */
  relationshipProved?: boolean;
  consent: { version: string; accepted: boolean; assisted?: boolean };
  /** What shared data and e-licences spared the family (for supervision's savings). */
  spared?: { materialsNotDemanded: number; fieldsPrefilled: number };
  /** Begun from a proactive offer (主动服务). */
  proactive?: boolean;
  /**
   * What the caller read from the database in this request, in the statement that read the draft,
   * so it is not asked again: the current catalog version, and whether any case that could stand
   * in the way exists for the deceased of that blind index. Two submissions racing past this are
   * still settled by the unique index on open cases.
   */
  read?: { catalogVersion: string | null; deceasedIdNumberIndex: string | null; casesForDeceased: boolean };
}

/**
 * The case a submission made (`created`, with the rows it wrote, so the answer needs no read back)
 * or the one an earlier submit with the same idempotency key made.
 */
export type SubmitResult =
  | {
      caseId: string;
      code: string;
      created: true;
      written: { case: typeof cases.$inferSelect; subCases: (typeof subCases.$inferSelect)[] };
    }
  | { caseId: string; code: string; created: false };

export const submitterKey = (s: Submitter) =>
  s.kind === 'citizen' ? `citizen:${s.citizenId}` : `staff:${s.staffId}`;

/** Only the fields a matter declares, with personal identifiers encrypted. */
export function sealSubCaseFields(
  keys: DataKeys,
  declared: readonly string[],
  values: Record<string, string>,
): Record<string, string> {
  const sealed: Record<string, string> = {};
  for (const key of declared) {
    const value = values[key];
    if (value === undefined || value === '') continue;
    sealed[key] = findField(key)?.sensitive ? encryptField(keys, value) : value;
  }
  return sealed;
}

export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if ((current as { code?: string }).code === '23505') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

async function findByIdempotencyKey(db: Executor, key: string, idempotencyKey: string) {
  const [existing] = await db
    .select({ id: cases.id, code: cases.code, requestDigest: cases.requestDigest })
    .from(cases)
    .where(and(eq(cases.submitterKey, key), eq(cases.idempotencyKey, idempotencyKey)))
    .limit(1);
  return existing;
}

function normalise(values: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, raw] of Object.entries(values)) {
    const value = String(raw ?? '').trim();
    if (!value) continue;
    const kind = findField(key)?.sensitive;
    result[key] =
      kind === 'id-number'
        ? value.toUpperCase()
        : kind === 'bank-account'
          ? value.replace(/\s+/g, '')
          : value;
  }
  return result;
}

export async function submitApplication(
  context: SubmitContext,
  request: SubmitRequest,
): Promise<SubmitResult> {
  const { db, keys } = context;
  const now = clock.now();
  const key = submitterKey(request.submitter);
  const values = normalise(request.values);
  const digest = sm3Hex(
    canonicalJson({
      regionCode: request.regionCode,
      matterCodes: [...request.matterCodes].sort(),
      values,
      draftId: request.draftId ?? null,
    }),
  );

  const catalogVersion = request.read?.catalogVersion ?? (await context.catalog.currentVersion());
  const catalog = await context.catalog.get(catalogVersion);
  const problems = [];
  const county = (await regionsByCode(db, [request.regionCode])).get(request.regionCode);
  if (county?.level !== 'county')
    problems.push(
      problem('regionCode', '请选择开通本服务的县（市、区）', 'Choose a county where this service is open'),
    );
  const matters = [...new Set(request.matterCodes)].map((code) =>
    catalog.matters.find((m) => m.code === code && m.needsApplication),
  );
  if (matters.length === 0)
    problems.push(problem('matterCodes', '请至少选择一个办理事项', 'Choose at least one matter'));
  else if (matters.some((m) => !m))
    problems.push(problem('matterCodes', '办理事项不在目录中', 'A matter is not in the catalog'));
  const known = matters.filter((m) => m !== undefined);
  const form = mergeForm(known);
  problems.push(
    ...validateFormValues(form, values, {
      today: serviceDate(now),
      ...(request.relationshipProved === undefined ? {} : { relationshipProved: request.relationshipProved }),
    }),
  );
  if (!request.consent.accepted || request.consent.version !== CONSENT.version) {
    problems.push(
      problem(
        'declarationAccepted',
        '请阅读并勾选承诺与授权后再提交',
        'Read and accept the declaration and consent before submitting',
      ),
    );
  }
  if (request.channel === 'window' && !request.consent.assisted) {
    problems.push(
      problem(
        'assistedConsent',
        '请确认申请人已当面同意由工作人员代为办理',
        "Confirm the applicant agreed in person to the staff member's help",
      ),
    );
  }
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fieldErrors: problems });

  const deceasedId = values['deceased.idNumber'] as string;
  const phone = values['applicant.phone'] as string;
  const caller = request.submitter.kind === 'citizen' ? { citizenId: request.submitter.citizenId } : {};
  const blocking = { reapplyAfterDays: context.reapplyAfterDays, now };
  const read = request.read;
  const noCaseForDeceased =
    read !== undefined &&
    !read.casesForDeceased &&
    read.deceasedIdNumberIndex !== null &&
    read.deceasedIdNumberIndex === blindIndex(keys, deceasedId);
  if (!noCaseForDeceased) await refuseSecondApplication(db, keys, deceasedId, caller, blocking);
  // Reserved in a statement of its own, so no county-wide row stays locked while the case is
  // written; a submission that fails from here on leaves a gap in the day's numbers.
  const code = await context.caseCodes.next(request.regionCode, now);
  const caseId = randomUUID();
  const caseRow: typeof cases.$inferInsert = {
    id: caseId,
    code,
    regionCode: request.regionCode,
    state: 'submitted' satisfies CaseState,
    channel: request.channel,
    applicantCitizenId: request.submitter.kind === 'citizen' ? request.submitter.citizenId : null,
    submitterKey: key,
    assistedByStaffId: request.submitter.kind === 'staff' ? request.submitter.staffId : null,
    idempotencyKey: request.idempotencyKey,
    requestDigest: digest,
    deceasedName: values['deceased.name'] as string,
    deceasedIdNumberEncrypted: encryptField(keys, deceasedId),
    deceasedIdNumberIndex: blindIndex(keys, deceasedId),
    dateOfDeath: values['deceased.dateOfDeath'] as string,
    applicantName: values['applicant.name'] as string,
    applicantPhoneEncrypted: encryptField(keys, phone),
    applicantRelationship: values['applicant.relationship'] as string,
    catalogVersion,
    answers: request.answers,
    issuerActs: request.issuerActs ?? [],
    consentVersion: request.consent.version,
    consentDigest: sm3Hex(CONSENT.zh + (request.consent.assisted ? CONSENT.assistedZh : '')),
    consentedAt: now,
    draftId: request.draftId ?? null,
    proactive: request.proactive === true,
    savings: savingsAtSubmission({
      channel: request.channel,
      departments: new Set(known.map((m) => m.department)).size,
      materialsNotDemanded: request.spared?.materialsNotDemanded ?? 0,
      fieldsPrefilled: request.spared?.fieldsPrefilled ?? 0,
    }),
    submittedAt: now,
    updatedAt: now,
  };
  // They wait for the front desk to accept the case before any department sees them.
  const subCaseRows = known.map((matter) => ({
    caseId,
    matterCode: matter.code,
    departmentCode: matter.department,
    regionCode: request.regionCode,
    state: 'waiting' satisfies SubCaseState,
    fields: sealSubCaseFields(keys, matter.fields, values),
    createdAt: now,
    updatedAt: now,
  }));
  const messages = notificationRows(keys, {
    template: request.channel === 'window' ? 'case.submitted.assisted' : 'case.submitted',
    params: { caseCode: code },
    caseId,
    recipient: {
      kind: request.submitter.kind === 'citizen' ? 'citizen' : 'applicant',
      id: request.submitter.kind === 'citizen' ? request.submitter.citizenId : null,
      phone,
    },
  });
  try {
    return await db.transaction(async (tx) => {
      const written = await writeCase(tx, caseRow, subCaseRows, messages, request.draftId ?? null, now);
      await appendAudit(tx, context.keys, {
        actor: request.actor,
        action: 'case.submitted',
        objectType: 'case',
        objectId: caseId,
        details: {
          code,
          channel: request.channel,
          matters: known.map((m) => m.code),
          catalogVersion,
          consentVersion: request.consent.version,
          assisted: request.consent.assisted === true,
        },
      });
      return { caseId, code, created: true, written };
    });
  } catch (error) {
    // Two submits with one key raced; the unique index let exactly one through.
    if (isUniqueViolation(error)) {
      const winner = await findByIdempotencyKey(db, key, request.idempotencyKey);
      if (winner) {
        if (winner.requestDigest !== digest) throw new AppError('IDEMPOTENCY_CONFLICT');
        return { caseId: winner.id, code: winner.code, created: false } as const;
      }
      // Another application for the same deceased committed first: one open case per deceased.
      const existing = await findBlockingCase(db, keys, deceasedId, caller, blocking);
      if (existing) throw caseExists(existing);
    }
    throw error;
  }
}

/**
 * The case, its sub-cases and messages, and the draft's materials moved to it with the draft marked
 * submitted: one statement, one round trip. The rows come back as written, for the answer.
 */
async function writeCase(
  tx: Executor,
  caseRow: typeof cases.$inferInsert,
  subCaseRows: (typeof subCases.$inferInsert)[],
  messages: PgInsertValue<typeof notifications>[],
  draftId: string | null,
  now: Date,
) {
  const caseId = caseRow.id as string;
  const parts = [
    sql`made AS (${tx.insert(cases).values(caseRow).returning().getSQL()})`,
    sql`children AS (${tx.insert(subCases).values(subCaseRows).returning().getSQL()})`,
  ];
  if (messages.length > 0) parts.push(sql`told AS (${tx.insert(notifications).values(messages).getSQL()})`);
  if (draftId) {
    parts.push(
      sql`moved AS (UPDATE ${materialItems} SET case_id = ${caseId}
                     WHERE ${materialItems.draftId} = ${draftId} AND ${materialItems.caseId} IS NULL)`,
      sql`marked AS (UPDATE ${applicationDrafts} SET submitted_case_id = ${caseId}, updated_at = ${now}
                      WHERE ${applicationDrafts.id} = ${draftId})`,
    );
  }
  const [row] = await queryRows<{ made: Record<string, unknown>; children: Record<string, unknown>[] }>(
    tx,
    sql`WITH ${sql.join(parts, sql`, `)}
        SELECT row_to_json(made) AS made,
               (SELECT coalesce(json_agg(children), '[]'::json) FROM children) AS children
          FROM made`,
  );
  if (!row) throw new Error('case insert returned nothing');
  return {
    case: rowFromJson(cases, row.made),
    subCases: row.children.map((child) => rowFromJson(subCases, child)),
  };
}
