/**
 * Application drafts (草稿): starting one from the questionnaire's bundle with every value shared
 * data can supply already filled in, saving as the family types, attaching materials once (or an
 * e-licence instead), and submitting. Values from certified sources cannot be changed by the
 * family — only flagged as wrong — and a shared-data service that is down never blocks anything:
 * the fields are simply left for typing and the materials for uploading.
 */

import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Bilingual } from '../../domain/bilingual.ts';
import {
  bundleMaterials,
  evaluateBundle,
  type KnownFact,
  profileFor,
  regionOf,
} from '../../domain/bundle.ts';
import type { CatalogContent } from '../../domain/catalog.ts';
import { daysAfter } from '../../domain/clock.ts';
import { CONSENT } from '../../domain/consent.ts';
import { departmentName } from '../../domain/departments.ts';
import { type FieldProblem, problem } from '../../domain/field-problems.ts';
import { fieldLabel } from '../../domain/fields.ts';
import {
  findFormField,
  type MergedForm,
  mergeForm,
  PREFILL_SOURCES,
  type PrefillSource,
} from '../../domain/form.ts';
import { validateFormValues } from '../../domain/form-validation.ts';
import { isValidResidentIdNumber, maskIdNumber } from '../../domain/identity-numbers.ts';
import { mayTakeOn, type Subject } from '../../domain/permissions.ts';
import { OPEN_CASE_STATES } from '../../domain/workflow.ts';
import { type Actor, appendAudit } from '../audit/audit-log.ts';
import * as clock from '../clock.ts';
import type { AppContext } from '../context.ts';
import { preparedFor } from '../db/prepared.ts';
import {
  applicationDrafts,
  cases,
  catalogVersions,
  citizens,
  materialFiles,
  materialItems,
  proactiveOffers,
} from '../db/schema.ts';
import { markOfferStarted } from '../death-registry/proactive.ts';
import { AppError } from '../errors.ts';
import type { FileStore } from '../materials/file-store.ts';
import { MAX_UPLOAD_BYTES } from '../materials/inspect-upload.ts';
import { inspectAndStore, materialUploadField, recordStoredFile } from '../materials/store-upload.ts';
import { blindIndex, decryptField, encryptField } from '../security/national-crypto.ts';
import { type ELicence, LICENCE_TYPES, type LicenceType, type Outcome } from '../shared-data/gateway.ts';
import { knownRelationship } from '../shared-data/relationship-fact.ts';
import { refuseSecondApplication } from './existing-case.ts';
import { type SubmitResult, type Submitter, submitApplication, submitterKey } from './submit-application.ts';

export type DraftOwner =
  | { kind: 'citizen'; id: string; actor: Actor }
  | {
      kind: 'staff';
      id: string;
      actor: Actor;
      /** Who the clerk is (role and region), for the permission map. */
      subject: Subject;
    };

interface DraftContent {
  deceasedIdNumber: string;
  values: Record<string, string>;
  sources: Record<string, PrefillSource>;
  flags: Record<string, string>;
  sharedData: Record<string, 'used' | 'not-found' | 'unavailable'>;
  /**
   * The department records shared data gave when the draft began: with the stored answers they
   * let the server recompute the bundle at submission, even when the service is down by then.
   */
  facts?: Record<string, KnownFact>;
}

type SharedStatus = DraftContent['sharedData'][string];

/** Which e-licence can stand in for which material. */
const LICENCE_FOR_MATERIAL: Record<
  string,
  { type: LicenceType; of: 'deceased' | 'applicant' } | 'relationship'
> = {
  'deceased-id-card': { type: 'id-card', of: 'deceased' },
  'deceased-household-register': { type: 'household-register', of: 'deceased' },
  'applicant-id-card': { type: 'id-card', of: 'applicant' },
  'applicant-household-register': { type: 'household-register', of: 'applicant' },
  'driving-licence': { type: 'driving-licence', of: 'deceased' },
  'relationship-proof': 'relationship',
  'heirship-proof': 'relationship',
};

/** Materials the platform already holds from their issuer, by the record that proves them. */
const SHARED_MATERIAL: Record<string, 'death' | 'cremation' | 'burial'> = {
  'death-proof': 'death',
  'cremation-certificate': 'cremation',
  'burial-certificate': 'burial',
};

function statusOf<T>(outcome: Outcome<T>): SharedStatus {
  return outcome.status === 'ok' ? 'used' : outcome.status;
}

async function loadOwned(context: AppContext, owner: DraftOwner, draftId: string) {
  return checkedDraft(context, await readOwnedDraft(context, owner, draftId, { kind: 'bare' }));
}

/** A material of a draft, as the draft's view shows it (read with the draft, in its statement). */
interface DraftMaterialRow {
  id: string;
  materialCode: string;
  kind: string;
  licenceType: string | null;
  fileDigest: string | null;
  originalName: string | null;
  mediaType: string | null;
}

type DraftRead =
  | { kind: 'bare' }
  | { kind: 'view' }
  | { kind: 'submit'; submitter: string; idempotencyKey: string };

/**
 * The caller's draft row, in one statement, with what the read is for:
 * - `view` and `submit`: the draft's materials (and their files' media types);
 * - `submit`: the signed-in citizen's own ID number (sealed), whether the draft began from a
 *   proactive offer (主动服务), the case an earlier submit with this idempotency key made, the
 *   current catalog version, and whether any case that could stand in the way of a new one exists
 *   for the draft's deceased.
 * Undefined when the caller has no such draft (someone else's draft does not exist for them).
 */
async function readOwnedDraft(context: AppContext, owner: DraftOwner, draftId: string, read: DraftRead) {
  const { db } = context.database;
  const variant = read.kind === 'submit' ? `submit_${owner.kind}` : read.kind;
  const name = `lianban_owned_draft_${variant}`;
  const submit = read.kind === 'submit';
  const [row] = await preparedFor(db, name, () =>
    db
      .select({
        draft: applicationDrafts,
        materials:
          read.kind === 'bare'
            ? sql<DraftMaterialRow[]>`'[]'::json`
            : sql<DraftMaterialRow[]>`(SELECT coalesce(json_agg(json_build_object(
                  'id', mi.id, 'materialCode', mi.material_code, 'kind', mi.kind,
                  'licenceType', mi.licence_type, 'fileDigest', mi.file_digest,
                  'originalName', mi.original_name, 'mediaType', mf.media_type)
                  ORDER BY mi.added_at, mi.id), '[]'::json)
                FROM ${materialItems} mi LEFT JOIN ${materialFiles} mf ON mf.digest = mi.file_digest
                WHERE mi.draft_id = application_draft.id AND mi.case_id IS NULL)`,
        ownId:
          variant === 'submit_citizen'
            ? sql<
                string | null
              >`(SELECT ${citizens.idNumberEncrypted} FROM ${citizens} WHERE ${citizens.id} = ${sql.placeholder('ownerId')})`
            : sql<string | null>`NULL::text`,
        proactive: submit
          ? sql<boolean>`EXISTS (SELECT 1 FROM ${proactiveOffers} WHERE ${proactiveOffers.draftId} = ${sql.placeholder('draftId')})`
          : sql<boolean>`false`,
        earlier: submit
          ? sql<{ id: string; code: string; draftId: string | null } | null>`(
              SELECT json_build_object('id', c.id, 'code', c.code, 'draftId', c.draft_id) FROM ${cases} c
               WHERE c.submitter_key = ${sql.placeholder('submitter')}
                 AND c.idempotency_key = ${sql.placeholder('idempotencyKey')} LIMIT 1)`
          : sql<null>`NULL::json`,
        currentCatalog: submit
          ? sql<
              string | null
            >`(SELECT cv.version FROM ${catalogVersions} cv ORDER BY cv.published_at DESC LIMIT 1)`
          : sql<string | null>`NULL::text`,
        casesForDeceased: submit
          ? sql<boolean>`EXISTS (SELECT 1 FROM ${cases} c
              WHERE c.deceased_id_number_index = application_draft.deceased_id_number_index
                AND c.state IN (${sql.join(
                  [...OPEN_CASE_STATES, 'delivered'].map((state) => sql.raw(`'${state}'`)),
                  sql`, `,
                )}))`
          : sql<boolean>`true`,
      })
      .from(applicationDrafts)
      .where(
        and(
          eq(applicationDrafts.id, sql.placeholder('draftId')),
          eq(applicationDrafts.ownerKind, sql.placeholder('ownerKind')),
          eq(applicationDrafts.ownerId, sql.placeholder('ownerId')),
        ),
      )
      .limit(1)
      .prepare(name),
  ).execute({
    draftId,
    ownerKind: owner.kind,
    ownerId: owner.id,
    ...(read.kind === 'submit' ? { submitter: read.submitter, idempotencyKey: read.idempotencyKey } : {}),
  });
  return row;
}

/** The draft read, decrypted; a missing, submitted or expired draft is refused here. */
function checkedDraft(context: AppContext, row: Awaited<ReturnType<typeof readOwnedDraft>>) {
  // Someone else's draft does not exist, as far as this caller can tell.
  if (!row || row.draft.submittedCaseId) throw new AppError('DRAFT_NOT_FOUND');
  const { draft } = row;
  if (draft.expiresAt < clock.now()) throw new AppError('DRAFT_EXPIRED');
  const content = JSON.parse(decryptField(context.keys, draft.contentEncrypted)) as DraftContent;
  return { ...row, content };
}

/**
 * The bundle of matters, decided on the server from the questionnaire answers and what shared
 * data knows — never taken from the client. Refuses a region without the service, a case the
 * region does not cover (and says where to go instead) and an unfinished questionnaire.
 */
function settleBundle(
  catalog: CatalogContent,
  regionCode: string,
  answers: Record<string, string>,
  known: Record<string, KnownFact>,
) {
  const bundle = evaluateBundle(catalog, regionCode, answers, known);
  if (!bundle) {
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: [
        problem('regionCode', '请选择开通本服务的县（市、区）', 'Choose a county where this service is open'),
      ],
    });
  }
  if (bundle.covered === false)
    throw new AppError('NOT_COVERED', { details: { reasons: bundle.notCovered?.reasons ?? [] } });
  if (!bundle.questionnaire.complete) {
    throw new AppError('QUESTIONS_UNANSWERED', { details: { next: bundle.questionnaire.next?.id ?? null } });
  }
  const matterCodes = bundle.matters
    .filter((m) => m.included === true && m.needsApplication)
    .map((m) => m.code);
  return { bundle, matterCodes };
}

function formOf(catalog: CatalogContent, matterCodes: string[]): MergedForm {
  return mergeForm(catalog.matters.filter((m) => matterCodes.includes(m.code)));
}

export interface StartDraft {
  regionCode: string;
  answers: Record<string, string>;
  deceasedIdNumber: string;
  /** For the window: the applicant's ID number as shown by the applicant. */
  applicantIdNumber?: string;
}

export async function startDraft(context: AppContext, owner: DraftOwner, input: StartDraft): Promise<string> {
  const deceasedId = input.deceasedIdNumber.trim().toUpperCase();
  if (!isValidResidentIdNumber(deceasedId)) {
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: [
        problem(
          'deceased.idNumber',
          '公民身份号码不正确，请核对18位号码（最后一位可能是X）',
          'The ID number is not valid',
        ),
      ],
    });
  }
  // A clerk files applications for their own county only; another county's window takes those.
  if (owner.kind === 'staff' && !mayTakeOn(owner.subject, 'draft.write', { regionCode: input.regionCode })) {
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: [
        problem(
          'regionCode',
          '只能为本窗口所在的县（市、区）代为申请',
          "Assisted applications are for this window's own county only",
        ),
      ],
    });
  }
  const { db } = context.database;
  // A case already stands for this person: say so before anyone fills in a form for nothing.
  await refuseSecondApplication(
    db,
    context.keys,
    deceasedId,
    owner.kind === 'citizen' ? { citizenId: owner.id } : {},
    { reapplyAfterDays: context.config.reapplyAfterDays },
  );
  const gateway = context.sharedData;
  const catalogVersion = await context.catalog.currentVersion();
  const catalog = await context.catalog.get(catalogVersion);

  const factsOutcome = await gateway.facts(deceasedId, input.regionCode);
  const [citizen] =
    owner.kind === 'citizen'
      ? await db.select().from(citizens).where(eq(citizens.id, owner.id)).limit(1)
      : [];
  const citizenId = citizen?.idNumberEncrypted ? decryptField(context.keys, citizen.idNumberEncrypted) : null;
  // How the applicant is related, when an e-licence names both: taken from it, not asked.
  const licensedRelationship = await knownRelationship(
    gateway,
    owner.kind === 'citizen' ? citizenId : input.applicantIdNumber,
    deceasedId,
  );
  const known: Record<string, KnownFact> = {
    ...(factsOutcome.status === 'ok' ? factsOutcome.value : {}),
    ...(licensedRelationship ? { relationship: licensedRelationship.fact } : {}),
  };
  const { bundle, matterCodes } = settleBundle(catalog, input.regionCode, input.answers, known);
  const form = formOf(catalog, matterCodes);

  // Prefill from shared data and what the family already told us; nothing asked twice.
  const values: Record<string, string> = { 'deceased.idNumber': deceasedId };
  const sources: Record<string, PrefillSource> = {};
  const set = (key: string, value: string | undefined, source: PrefillSource) => {
    if (!value || values[key] || !form.keys.includes(key)) return;
    values[key] = value;
    sources[key] = source;
  };
  const [person, death, cremation, burial, licences] = await Promise.all([
    gateway.person(deceasedId),
    gateway.deathRecord(deceasedId),
    gateway.cremationRecord(deceasedId),
    gateway.burialRecord ? gateway.burialRecord(deceasedId) : ({ status: 'not-found' } as const),
    gateway.licences(deceasedId),
  ]);
  if (person.status === 'ok') {
    set('deceased.name', person.value.name, 'population');
    set('deceased.dateOfBirth', person.value.dateOfBirth, 'population');
  }
  if (death.status === 'ok') {
    set('deceased.dateOfDeath', death.value.dateOfDeath, 'death-record');
    set('deceased.placeOfDeath', death.value.placeOfDeath, 'death-record');
    set('deceased.deathCircumstance', death.value.circumstance, 'death-record');
  }
  if (cremation.status === 'ok') set('deceased.funeralMode', 'cremation', 'cremation-record');
  if (burial.status === 'ok') set('deceased.funeralMode', 'burial', 'death-record');
  const drivingLicence =
    licences.status === 'ok' ? licences.value.find((l) => l.type === 'driving-licence') : undefined;
  set('deceased.drivingLicenceNumber', drivingLicence?.number, 'traffic');
  set(
    'deceased.deathCircumstance',
    input.answers.deathCircumstance ?? known.deathCircumstance?.value,
    'questionnaire',
  );
  const region = regionOf(catalog, input.regionCode);
  if (region?.funeralMode === 'cremation') set('deceased.funeralMode', 'cremation', 'region');
  set('deceased.funeralMode', input.answers.funeral ?? known.funeral?.value, 'questionnaire');
  set('applicant.relationship', licensedRelationship?.fact.value, 'e-licence');
  set('applicant.relationship', input.answers.relationship, 'questionnaire');

  let applicantId = input.applicantIdNumber?.trim().toUpperCase();
  if (owner.kind === 'citizen') {
    if (citizen) {
      set('applicant.name', citizen.name, 'identity');
      if (citizenId) {
        applicantId = citizenId;
        set('applicant.idNumber', applicantId, 'identity');
      }
      if (citizen.phoneEncrypted)
        set('applicant.phone', decryptField(context.keys, citizen.phoneEncrypted), 'citizen-profile');
    }
  } else if (applicantId && form.keys.includes('applicant.idNumber')) {
    values['applicant.idNumber'] = applicantId;
  }
  if (applicantId && applicantId === deceasedId) {
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: [
        problem('applicant.idNumber', '申请人不能是逝者本人', 'The applicant cannot be the person who died'),
      ],
    });
  }

  const sharedData: DraftContent['sharedData'] = {
    population: statusOf(person),
    deathRecord: statusOf(death),
    cremationRecord: statusOf(cremation),
    licences: statusOf(licences),
    departmentRecords: statusOf(factsOutcome),
  };

  // Materials the platform or the e-licence library already has are attached, not asked for.
  const applicantLicences = applicantId
    ? await gateway.licences(applicantId)
    : ({ status: 'not-found' } as const);
  const relationship = applicantId
    ? await gateway.relationshipProof(applicantId, deceasedId)
    : ({ status: 'not-found' } as const);
  const attachments: {
    materialCode: string;
    licence: ELicence | null;
    shared: 'death' | 'cremation' | 'burial' | null;
  }[] = [];
  for (const material of bundle.materials) {
    const shared = SHARED_MATERIAL[material.code];
    if (shared === 'death' && death.status === 'ok')
      attachments.push({ materialCode: material.code, licence: null, shared });
    if (shared === 'cremation' && cremation.status === 'ok')
      attachments.push({ materialCode: material.code, licence: null, shared });
    if (shared === 'burial' && burial.status === 'ok')
      attachments.push({ materialCode: material.code, licence: null, shared });
    const rule = LICENCE_FOR_MATERIAL[material.code];
    if (!rule) continue;
    if (rule === 'relationship') {
      if (relationship.status === 'ok')
        attachments.push({ materialCode: material.code, licence: relationship.value.licence, shared: null });
      continue;
    }
    const pool = rule.of === 'deceased' ? licences : applicantLicences;
    const holder = rule.of === 'deceased' ? deceasedId : applicantId;
    const licence =
      pool.status === 'ok'
        ? pool.value.find((l) => l.type === rule.type && l.holderIdNumber === holder)
        : undefined;
    if (licence) attachments.push({ materialCode: material.code, licence, shared: null });
  }

  const now = clock.now();
  const content: DraftContent = {
    deceasedIdNumber: deceasedId,
    values,
    sources,
    flags: {},
    sharedData,
    facts: known,
  };
  return db.transaction(async (tx) => {
    const [draft] = await tx
      .insert(applicationDrafts)
      .values({
        ownerKind: owner.kind,
        ownerId: owner.id,
        channel: owner.kind === 'citizen' ? 'online' : 'window',
        regionCode: input.regionCode,
        catalogVersion,
        answers: input.answers,
        matterCodes,
        contentEncrypted: encryptField(context.keys, JSON.stringify(content)),
        deceasedIdNumberIndex: blindIndex(context.keys, deceasedId),
        createdAt: now,
        updatedAt: now,
        expiresAt: daysAfter(now, context.config.draftDays),
      })
      .returning({ id: applicationDrafts.id });
    if (!draft) throw new Error('draft insert returned nothing');
    for (const a of attachments) {
      await tx.insert(materialItems).values({
        draftId: draft.id,
        materialCode: a.materialCode,
        kind: a.licence ? 'e-licence' : 'shared-data',
        licenceReference:
          a.licence?.reference ??
          (a.shared === 'death'
            ? death.status === 'ok'
              ? death.value.certificateNumber
              : null
            : a.shared === 'burial'
              ? burial.status === 'ok'
                ? burial.value.certificateNumber
                : null
              : cremation.status === 'ok'
                ? cremation.value.certificateNumber
                : null),
        licenceType:
          a.licence?.type ??
          (a.shared === 'death'
            ? 'medical-death-certificate'
            : a.shared === 'burial'
              ? 'burial-registration'
              : 'cremation-certificate'),
        addedAt: now,
      });
    }
    await appendAudit(tx, context.keys, {
      actor: owner.actor,
      action: 'shared_data.queried',
      objectType: 'person',
      objectId: maskIdNumber(deceasedId),
      details: { purpose: 'draft.prefill', sources: sharedData },
    });
    // The family has started: a proactive offer about this death needs no reminder.
    await markOfferStarted(tx, blindIndex(context.keys, deceasedId), draft.id);
    await appendAudit(tx, context.keys, {
      actor: owner.actor,
      action: 'draft.started',
      objectType: 'draft',
      objectId: draft.id,
      details: { regionCode: input.regionCode, matters: matterCodes, catalogVersion },
    });
    return draft.id;
  });
}

export interface DraftView {
  id: string;
  version: number;
  channel: string;
  regionCode: string;
  catalogVersion: string;
  expiresAt: string;
  updatedAt: string;
  matters: {
    code: string;
    name: Bilingual;
    department: string;
    departmentName: Bilingual;
  }[];
  form: {
    id: string;
    title: Bilingual;
    fields: {
      key: string;
      label: Bilingual;
      input: string;
      options: ({ value: string } & Bilingual)[];
      hint: Bilingual | null;
      optional: boolean;
      value: string;
      source: PrefillSource | null;
      sourceLabel: Bilingual | null;
      certified: boolean;
      flagged: string | null;
      neededBy: string[];
    }[];
  }[];
  materials: {
    code: string;
    name: Bilingual;
    neededBy: string[];
    replaceableBy: 'shared-data' | 'e-licence' | null;
    satisfied: boolean;
    items: {
      id: string;
      kind: 'upload' | 'e-licence' | 'shared-data';
      label: Bilingual;
      mediaType: string | null;
      fileDigest: string | null;
      originalName: string | null;
    }[];
  }[];
  sharedData: Record<string, SharedStatus>;
  problems: FieldProblem[];
  consent: { version: string; zh: string; en: string; assistedZh: string; assistedEn: string };
  maxUploadBytes: number;
}

export async function viewDraft(context: AppContext, owner: DraftOwner, draftId: string): Promise<DraftView> {
  return describeDraft(
    context,
    checkedDraft(context, await readOwnedDraft(context, owner, draftId, { kind: 'view' })),
  );
}

/** The view of a draft already read (and its ownership checked) by `loadOwned`. */
async function describeDraft(
  context: AppContext,
  { draft, content, materials: items }: ReturnType<typeof checkedDraft>,
): Promise<DraftView> {
  const catalog = await context.catalog.get(draft.catalogVersion);
  const matterCodes = draft.matterCodes as string[];
  const form = formOf(catalog, matterCodes);
  const profile = profileFor(catalog, draft.regionCode);
  const needed = profile ? bundleMaterials(catalog, profile, matterCodes) : [];
  const materials = needed.map((m) => {
    const own = items.filter((i) => i.materialCode === m.code);
    return {
      code: m.code,
      name: { zh: m.name, en: m.nameEn },
      neededBy: m.neededBy.filter((code) => matterCodes.includes(code)),
      replaceableBy: m.replaceableBy,
      satisfied: own.length > 0,
      items: own.map((item) => ({
        id: item.id,
        kind: item.kind as 'upload' | 'e-licence' | 'shared-data',
        label:
          item.kind === 'upload'
            ? { zh: '已上传', en: 'Uploaded' }
            : (LICENCE_TYPES[item.licenceType as LicenceType] ?? { zh: '电子证照', en: 'E-licence' }),
        mediaType: item.mediaType,
        fileDigest: item.fileDigest,
        originalName: item.originalName,
      })),
    };
  });
  const relationshipProved = materials.some(
    (m) => (m.code === 'relationship-proof' || m.code === 'heirship-proof') && m.satisfied,
  );
  const needsRelationshipProof = materials.some(
    (m) => m.code === 'relationship-proof' || m.code === 'heirship-proof',
  );
  const problems = validateFormValues(form, content.values, {
    today: clock.today(),
    ...(needsRelationshipProof ? { relationshipProved } : {}),
  });
  for (const m of materials) {
    if (
      !m.satisfied &&
      m.replaceableBy !== 'shared-data' &&
      m.code !== 'relationship-proof' &&
      m.code !== 'heirship-proof'
    ) {
      problems.push({
        field: `materials.${m.code}`,
        labelZh: m.name.zh,
        labelEn: m.name.en,
        zh: `请上传：${m.name.zh}`,
        en: `Upload: ${m.name.en}`,
      });
    }
  }
  return {
    id: draft.id,
    version: draft.version,
    channel: draft.channel,
    regionCode: draft.regionCode,
    catalogVersion: draft.catalogVersion,
    expiresAt: draft.expiresAt.toISOString(),
    updatedAt: draft.updatedAt.toISOString(),
    matters: matterCodes.map((code) => {
      const matter = catalog.matters.find((m) => m.code === code);
      return {
        code,
        name: { zh: matter?.name ?? code, en: matter?.nameEn ?? code },
        department: matter?.department ?? '',
        departmentName: departmentName(matter?.department ?? ''),
      };
    }),
    form: form.groups.map((group) => ({
      id: group.id,
      title: group.title,
      fields: group.fields.map((f) => {
        const source = content.sources[f.key] ?? null;
        return {
          key: f.key,
          label: f.label,
          input: f.input,
          options: [...(f.options ?? [])],
          hint: f.hint ?? null,
          optional: f.optional === true,
          value: content.values[f.key] ?? '',
          source,
          sourceLabel: source ? PREFILL_SOURCES[source].label : null,
          certified: source ? PREFILL_SOURCES[source].certified : f.key === 'deceased.idNumber',
          flagged: content.flags[f.key] ?? null,
          neededBy: f.neededBy,
        };
      }),
    })),
    materials,
    sharedData: content.sharedData,
    problems,
    consent: CONSENT,
    maxUploadBytes: MAX_UPLOAD_BYTES,
  };
}

export interface DraftChanges {
  version: number;
  values?: Record<string, string>;
  /** Certified values the family says are wrong, with what they say. */
  flags?: Record<string, string>;
}

export async function saveDraft(
  context: AppContext,
  owner: DraftOwner,
  draftId: string,
  changes: DraftChanges,
): Promise<void> {
  const { draft, content } = await loadOwned(context, owner, draftId);
  if (draft.version !== changes.version)
    throw new AppError('STALE_VERSION', { details: { currentVersion: draft.version } });
  const catalog = await context.catalog.get(draft.catalogVersion);
  const form = formOf(catalog, draft.matterCodes as string[]);
  const refused: FieldProblem[] = [];
  for (const [key, raw] of Object.entries(changes.values ?? {})) {
    const value = String(raw).trim();
    if (!form.keys.includes(key) || !findFormField(key)) {
      refused.push(problem(key, '本次申请不需要此项', 'This application does not ask for this'));
      continue;
    }
    const source = content.sources[key];
    const certified = key === 'deceased.idNumber' || (source && PREFILL_SOURCES[source].certified);
    if (certified && value !== (content.values[key] ?? '')) {
      const label = fieldLabel(key);
      refused.push(
        problem(
          key,
          `${label.zh}来自${source ? PREFILL_SOURCES[source].label.zh : '您开始申请时填写的号码'}，不能修改；如有错误，请点“信息有误”告诉我们`,
          `${label.en} comes from ${source ? PREFILL_SOURCES[source].label.en : 'the number you started with'} and cannot be changed; use "report an error" instead`,
        ),
      );
      continue;
    }
    if (value) content.values[key] = value;
    else delete content.values[key];
    if (source && !PREFILL_SOURCES[source].certified) delete content.sources[key];
  }
  if (refused.length > 0) throw new AppError('VALIDATION_FAILED', { fieldErrors: refused });
  for (const [key, note] of Object.entries(changes.flags ?? {})) {
    if (note.trim()) content.flags[key] = note.trim().slice(0, 200);
    else delete content.flags[key];
  }
  const now = clock.now();
  const updated = await context.database.db
    .update(applicationDrafts)
    .set({
      contentEncrypted: encryptField(context.keys, JSON.stringify(content)),
      version: draft.version + 1,
      updatedAt: now,
      expiresAt: daysAfter(now, context.config.draftDays),
      expiryNoticeAt: null,
    })
    .where(and(eq(applicationDrafts.id, draftId), eq(applicationDrafts.version, changes.version)))
    .returning({ id: applicationDrafts.id });
  if (updated.length === 0) throw new AppError('STALE_VERSION');
}

export async function attachUpload(
  context: AppContext,
  files: FileStore,
  owner: DraftOwner,
  draftId: string,
  materialCode: string,
  upload: { content: Buffer; filename: string },
): Promise<void> {
  const { draft } = await loadOwned(context, owner, draftId);
  const catalog = await context.catalog.get(draft.catalogVersion);
  const profile = profileFor(catalog, draft.regionCode);
  const material = profile
    ? bundleMaterials(catalog, profile, draft.matterCodes as string[]).find((m) => m.code === materialCode)
    : undefined;
  if (!material) throw new AppError('NOT_FOUND');
  const stored = await inspectAndStore(files, upload, materialUploadField(materialCode, material));
  await context.database.db.transaction(async (tx) => {
    await recordStoredFile(tx, stored);
    await tx.insert(materialItems).values({
      draftId,
      materialCode,
      kind: 'upload',
      fileDigest: stored.digest,
      originalName: stored.name,
      addedAt: clock.now(),
    });
    await appendAudit(tx, context.keys, {
      actor: owner.actor,
      action: 'material.uploaded',
      objectType: 'draft',
      objectId: draftId,
      details: { materialCode, digest: stored.digest, mediaType: stored.mediaType, size: stored.size },
    });
  });
}

export async function removeMaterialItem(
  context: AppContext,
  owner: DraftOwner,
  draftId: string,
  itemId: string,
): Promise<void> {
  await loadOwned(context, owner, draftId);
  const removed = await context.database.db
    .delete(materialItems)
    .where(
      and(eq(materialItems.id, itemId), eq(materialItems.draftId, draftId), isNull(materialItems.caseId)),
    )
    .returning({ id: materialItems.id });
  if (removed.length === 0) throw new AppError('NOT_FOUND');
}

/** A file of the caller's own draft, after checking it belongs to it. */
export async function readDraftFile(
  context: AppContext,
  files: FileStore,
  owner: DraftOwner,
  draftId: string,
  digest: string,
) {
  await loadOwned(context, owner, draftId);
  const [row] = await context.database.db
    .select({ file: materialFiles })
    .from(materialItems)
    .innerJoin(materialFiles, eq(materialFiles.digest, materialItems.fileDigest))
    .where(and(eq(materialItems.draftId, draftId), eq(materialItems.fileDigest, digest)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  return { content: await files.get(digest), mediaType: row.file.mediaType };
}

export interface SubmitDraft {
  version: number;
  idempotencyKey: string;
  consent: { version: string; accepted: boolean; assisted?: boolean };
}

function submitterOf(owner: DraftOwner): Submitter {
  return owner.kind === 'citizen'
    ? { kind: 'citizen', citizenId: owner.id }
    : { kind: 'staff', staffId: owner.id };
}

async function caseForKey(context: AppContext, owner: DraftOwner, idempotencyKey: string) {
  const { db } = context.database;
  const [existing] = await preparedFor(db, 'lianban_case_by_idempotency_key', () =>
    db
      .select({ id: cases.id, code: cases.code, draftId: cases.draftId })
      .from(cases)
      .where(
        and(
          eq(cases.submitterKey, sql.placeholder('submitter')),
          eq(cases.idempotencyKey, sql.placeholder('key')),
        ),
      )
      .limit(1)
      .prepare('lianban_case_by_idempotency_key'),
  ).execute({ submitter: submitterKey(submitterOf(owner)), key: idempotencyKey });
  return existing;
}

export async function submitDraft(
  context: AppContext,
  owner: DraftOwner,
  draftId: string,
  input: SubmitDraft,
): Promise<SubmitResult> {
  // One statement reads the draft with everything the submission checks against the database.
  const row = await readOwnedDraft(context, owner, draftId, {
    kind: 'submit',
    submitter: submitterKey(submitterOf(owner)),
    idempotencyKey: input.idempotencyKey,
  });
  // A repeated submit (double tap, retry after a lost answer) returns the case already made; when
  // the draft itself is gone (expired and removed), the key is looked up on its own.
  const earlier = row ? row.earlier : await caseForKey(context, owner, input.idempotencyKey);
  if (earlier) {
    if (earlier.draftId !== draftId) throw new AppError('IDEMPOTENCY_CONFLICT');
    return { caseId: earlier.id, code: earlier.code, created: false };
  }
  try {
    return await submitLoadedDraft(context, owner, draftId, input, row);
  } catch (error) {
    // The same submit raced and won while this one was reading the draft (whatever this one then
    // tripped over: the draft gone, its materials moved to the case, a unique key): answer with
    // the case the winner made.
    const raced = await caseForKey(context, owner, input.idempotencyKey);
    if (raced?.draftId === draftId) return { caseId: raced.id, code: raced.code, created: false };
    throw error;
  }
}

async function submitLoadedDraft(
  context: AppContext,
  owner: DraftOwner,
  draftId: string,
  input: SubmitDraft,
  row: Awaited<ReturnType<typeof readOwnedDraft>>,
) {
  const loaded = checkedDraft(context, row);
  const { draft, content } = loaded;
  if (draft.version !== input.version)
    throw new AppError('STALE_VERSION', { details: { currentVersion: draft.version } });
  // The bundle is decided again here, from the stored answers and the records shared data gave,
  // so no stored or sent list of matters is trusted on its own.
  const catalog = await context.catalog.get(draft.catalogVersion);
  const answers = draft.answers as Record<string, string>;
  const known = content.facts ?? (await knownFacts(context, content.deceasedIdNumber, draft.regionCode));
  const { bundle, matterCodes } = settleBundle(catalog, draft.regionCode, answers, known);
  const issuerActs = bundle.matters.filter((m) => m.included === true && m.issuedBy).map((m) => m.code);
  const stored = [...(draft.matterCodes as string[])].sort();
  if (matterCodes.length !== stored.length || [...matterCodes].sort().some((code, i) => code !== stored[i])) {
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: [
        problem(
          'matterCodes',
          '办理事项与情形引导的结果不一致，请重新开始申请',
          'The matters no longer match the questionnaire; please start the application again',
        ),
      ],
    });
  }
  if (content.values['deceased.idNumber'] !== content.deceasedIdNumber) {
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: [
        problem('deceased.idNumber', '逝者身份号码不能修改', "The deceased's ID number cannot be changed"),
      ],
    });
  }
  // A signed-in citizen cannot apply for their own death, whatever the form says.
  if (owner.kind === 'citizen') {
    const ownId = loaded.ownId ? decryptField(context.keys, loaded.ownId) : null;
    if (ownId && ownId.toUpperCase() === content.deceasedIdNumber) {
      throw new AppError('VALIDATION_FAILED', {
        fieldErrors: [
          problem(
            'applicant.idNumber',
            '申请人不能是逝者本人',
            'The applicant cannot be the person who died',
          ),
        ],
      });
    }
  }
  const view = await describeDraft(context, loaded);
  const materialProblems = view.problems.filter(
    (p) => p.field.startsWith('materials.') || p.field === 'relationshipProof',
  );
  if (materialProblems.length > 0) {
    // Report everything at once: fields, materials and the declaration(s) still to accept.
    const fieldProblems = view.problems.filter((p) => !materialProblems.includes(p));
    const consentProblems = [];
    if (!input.consent.accepted || input.consent.version !== CONSENT.version) {
      consentProblems.push(
        problem(
          'declarationAccepted',
          '请阅读并勾选承诺与授权后再提交',
          'Read and accept the declaration and consent before submitting',
        ),
      );
    }
    if (owner.kind === 'staff' && !input.consent.assisted) {
      consentProblems.push(
        problem(
          'assistedConsent',
          '请确认申请人已当面同意由工作人员代为办理',
          "Confirm the applicant agreed in person to the staff member's help",
        ),
      );
    }
    throw new AppError('VALIDATION_FAILED', {
      fieldErrors: [...fieldProblems, ...materialProblems, ...consentProblems],
    });
  }
  // What the platform spared the family, for supervision's savings: materials that shared data or
  // an e-licence stood in for, and fields it filled in.
  const materialsNotDemanded = view.materials.filter((m) =>
    m.items.some((item) => item.kind === 'e-licence' || item.kind === 'shared-data'),
  ).length;
  const fieldsPrefilled = Object.keys(content.sources).filter(
    (key) => content.values[key] !== undefined,
  ).length;
  return submitApplication(
    {
      db: context.database.db,
      keys: context.keys,
      catalog: context.catalog,
      caseCodes: context.caseCodes,
      reapplyAfterDays: context.config.reapplyAfterDays,
    },
    {
      submitter: submitterOf(owner),
      actor: owner.actor,
      idempotencyKey: input.idempotencyKey,
      channel: owner.kind === 'citizen' ? 'online' : 'window',
      regionCode: draft.regionCode,
      matterCodes,
      issuerActs,
      answers,
      values: content.values,
      draftId,
      relationshipProved: true,
      consent: input.consent,
      spared: { materialsNotDemanded, fieldsPrefilled },
      proactive: loaded.proactive === true,
      read: {
        catalogVersion: loaded.currentCatalog,
        deceasedIdNumberIndex: draft.deceasedIdNumberIndex,
        casesForDeceased: loaded.casesForDeceased,
      },
    },
  );
}

async function knownFacts(context: AppContext, deceasedId: string, regionCode: string) {
  const outcome = await context.sharedData.facts(deceasedId, regionCode);
  return outcome.status === 'ok' ? outcome.value : {};
}

export async function listDrafts(context: AppContext, owner: DraftOwner) {
  const rows = await context.database.db
    .select()
    .from(applicationDrafts)
    .where(
      and(
        eq(applicationDrafts.ownerKind, owner.kind),
        eq(applicationDrafts.ownerId, owner.id),
        isNull(applicationDrafts.submittedCaseId),
      ),
    );
  return rows
    .filter((d) => d.expiresAt > clock.now())
    .map((d) => {
      const content = JSON.parse(decryptField(context.keys, d.contentEncrypted)) as DraftContent;
      return {
        id: d.id,
        regionCode: d.regionCode,
        deceasedName: content.values['deceased.name'] ?? null,
        updatedAt: d.updatedAt.toISOString(),
        expiresAt: d.expiresAt.toISOString(),
        matterCount: (d.matterCodes as string[]).length,
      };
    });
}
