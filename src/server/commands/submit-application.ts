/**
 * Submitting a family's application: one transaction creates the case with its unified code, one
 * sub-case per matter holding only that matter's fields, the audit events, and an outbox job per
 * sub-case. An idempotency key makes a repeated submit return the first case instead of a second.
 */
import { and, eq, sql } from 'drizzle-orm';
import { type ApplicationInput, validateApplication } from '../../domain/application.ts';
import { chinaDateStamp, formatCaseCode } from '../../domain/case-code.ts';
import { nextCaseState } from '../../domain/case-workflow.ts';
import { findField } from '../../domain/fields.ts';
import { type Actor, appendAudit, canonicalJson, SYSTEM_ACTOR } from '../audit/audit-log.ts';
import type { CatalogStore } from '../catalog/catalog-store.ts';
import type { Db, Executor } from '../db/database.ts';
import { caseCodeSequences, cases, regions, subCases } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { type JobQueue, QUEUES } from '../jobs/job-queue.ts';
import { blindIndex, type DataKeys, encryptField, sm3Hex } from '../security/national-crypto.ts';

export interface SubmitContext {
  db: Db;
  keys: DataKeys;
  jobs: JobQueue;
  catalog: CatalogStore;
  now?: Date;
}

export interface SubmitRequest {
  citizenId: string;
  actor: Actor;
  idempotencyKey: string;
  channel: 'online' | 'window';
  input: ApplicationInput;
}

/** The canonical field values of an application, before any are encrypted. */
export function applicationFieldValues(input: ApplicationInput): Record<string, string> {
  return {
    'deceased.name': input.deceased.name.trim(),
    'deceased.idNumber': input.deceased.idNumber.trim().toUpperCase(),
    'deceased.dateOfDeath': input.deceased.dateOfDeath.trim(),
    'applicant.name': input.applicant.name.trim(),
    'applicant.phone': input.applicant.phone.trim(),
    'applicant.relationship': input.applicant.relationship,
  };
}

/** Only the fields a matter declares, with personal identifiers encrypted. */
export function sealSubCaseFields(
  keys: DataKeys,
  declared: readonly string[],
  values: Record<string, string>,
): Record<string, string> {
  const sealed: Record<string, string> = {};
  for (const key of declared) {
    const value = values[key];
    if (value === undefined) continue;
    sealed[key] = findField(key)?.sensitive ? encryptField(keys, value) : value;
  }
  return sealed;
}

async function allocateCaseCode(tx: Executor, regionCode: string, now: Date): Promise<string> {
  const day = chinaDateStamp(now);
  const result = await tx
    .insert(caseCodeSequences)
    .values({ regionCode, day, lastSequence: 1 })
    .onConflictDoUpdate({
      target: [caseCodeSequences.regionCode, caseCodeSequences.day],
      set: { lastSequence: sql`${caseCodeSequences.lastSequence} + 1` },
    })
    .returning({ sequence: caseCodeSequences.lastSequence });
  return formatCaseCode(regionCode, day, result[0]?.sequence ?? 1);
}

function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if ((current as { code?: string }).code === '23505') return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

async function findByIdempotencyKey(db: Executor, citizenId: string, key: string) {
  const [existing] = await db
    .select({ id: cases.id, code: cases.code, requestDigest: cases.requestDigest })
    .from(cases)
    .where(and(eq(cases.submitterKey, `citizen:${citizenId}`), eq(cases.idempotencyKey, key)))
    .limit(1);
  return existing;
}

export async function submitApplication(
  context: SubmitContext,
  request: SubmitRequest,
): Promise<{ caseId: string; code: string; created: boolean }> {
  const { db, keys, jobs } = context;
  const catalogVersion = await context.catalog.currentVersion();
  const catalog = await context.catalog.get(catalogVersion);
  const findMatter = (code: string) => catalog.matters.find((m) => m.code === code && m.needsApplication);
  const now = context.now ?? new Date();
  const { input } = request;
  const digest = sm3Hex(canonicalJson(input));

  const previous = await findByIdempotencyKey(db, request.citizenId, request.idempotencyKey);
  if (previous) {
    if (previous.requestDigest !== digest) throw new AppError('IDEMPOTENCY_CONFLICT');
    return { caseId: previous.id, code: previous.code, created: false };
  }

  const knownCounties = new Set(
    (await db.select({ code: regions.code }).from(regions).where(eq(regions.level, 'county'))).map(
      (r) => r.code,
    ),
  );
  const problems = validateApplication(input, {
    today: new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10),
    knownRegion: (code) => knownCounties.has(code),
    knownMatter: (code) => findMatter(code) !== undefined,
  });
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', { fieldErrors: problems });

  const values = applicationFieldValues(input);
  const matters = [...new Set(input.matterCodes)]
    .map((code) => findMatter(code))
    .filter((m) => m !== undefined);

  try {
    return await db.transaction(async (tx) => {
      const code = await allocateCaseCode(tx, input.regionCode, now);
      const routed = nextCaseState('submitted', 'route', 'system');
      if (!routed.ok) throw new Error('case workflow table lost its route transition');
      const [created] = await tx
        .insert(cases)
        .values({
          code,
          regionCode: input.regionCode,
          state: routed.to,
          channel: request.channel,
          applicantCitizenId: request.citizenId,
          submitterKey: `citizen:${request.citizenId}`,
          idempotencyKey: request.idempotencyKey,
          requestDigest: digest,
          deceasedName: values['deceased.name'] as string,
          deceasedIdNumberEncrypted: encryptField(keys, values['deceased.idNumber'] as string),
          deceasedIdNumberIndex: blindIndex(keys, values['deceased.idNumber'] as string),
          dateOfDeath: values['deceased.dateOfDeath'] as string,
          applicantName: values['applicant.name'] as string,
          applicantPhoneEncrypted: encryptField(keys, values['applicant.phone'] as string),
          applicantRelationship: values['applicant.relationship'] as string,
          catalogVersion,
          submittedAt: now,
          updatedAt: now,
        })
        .returning({ id: cases.id });
      if (!created) throw new Error('case insert returned nothing');
      await appendAudit(tx, {
        actor: request.actor,
        action: 'case.submitted',
        objectType: 'case',
        objectId: created.id,
        details: { code, channel: request.channel, matters: matters.map((m) => m.code), catalogVersion },
      });

      for (const matter of matters) {
        const [subCase] = await tx
          .insert(subCases)
          .values({
            caseId: created.id,
            matterCode: matter.code,
            departmentCode: matter.department,
            regionCode: input.regionCode,
            state: 'pending',
            fields: sealSubCaseFields(keys, matter.fields, values),
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: subCases.id });
        if (!subCase) throw new Error('sub-case insert returned nothing');
        await appendAudit(tx, {
          actor: SYSTEM_ACTOR,
          action: 'sub_case.routed',
          objectType: 'sub_case',
          objectId: subCase.id,
          details: {
            caseCode: code,
            matter: matter.code,
            department: matter.department,
            region: input.regionCode,
          },
        });
        await jobs.enqueueInTransaction(tx, QUEUES.subCaseRouted, {
          subCaseId: subCase.id,
          caseCode: code,
          departmentCode: matter.department,
          regionCode: input.regionCode,
        });
      }
      return { caseId: created.id, code, created: true };
    });
  } catch (error) {
    // Two submits with one key raced; the unique index let exactly one through.
    if (isUniqueViolation(error)) {
      const winner = await findByIdempotencyKey(db, request.citizenId, request.idempotencyKey);
      if (winner) {
        if (winner.requestDigest !== digest) throw new AppError('IDEMPOTENCY_CONFLICT');
        return { caseId: winner.id, code: winner.code, created: false };
      }
    }
    throw error;
  }
}
