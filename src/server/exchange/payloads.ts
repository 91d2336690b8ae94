/**
 * What a party's system receives: the envelope of a message (the same for a push and a pull) and
 * the sub-case or death notice it carries — only the matter's own fields and the materials its
 * matter needs, as a department sees them at the workbench. Identity numbers are sent in full:
 * a payer matches its records on them. Each disclosure is audited where it happens (delivery, a
 * pull page, a direct read).
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { CatalogContent } from '../../domain/catalog.ts';
import type { MessageKind } from '../../domain/exchange.ts';
import { findField } from '../../domain/fields.ts';
import type { AppContext } from '../context.ts';
import type { Executor } from '../db/database.ts';
import {
  cases,
  type exchangeMessages,
  materialFiles,
  materialItems,
  subCases,
  supplementRequests,
} from '../db/schema.ts';
import { registryEntryByIndex } from '../death-registry/queries.ts';
import { neededMaterialItems, neededMaterials } from '../queries/case-views.ts';
import { decryptField } from '../security/national-crypto.ts';
import { noticePayload } from './death-notices.ts';

/** Where a party reads a sub-case's material file, under the exchange API. */
export const EXCHANGE_PREFIX = '/api/exchange/v1';

export async function subCasePayload(db: Executor, context: AppContext, subCaseId: string) {
  const [row] = await db
    .select({
      sub: subCases,
      caseCode: cases.code,
      catalogVersion: cases.catalogVersion,
      deceasedIndex: cases.deceasedIdNumberIndex,
      submittedAt: cases.submittedAt,
    })
    .from(subCases)
    .innerJoin(cases, eq(cases.id, subCases.caseId))
    .where(eq(subCases.id, subCaseId))
    .limit(1);
  if (!row) return null;
  const catalog: CatalogContent = row.catalogVersion
    ? await context.catalog.get(row.catalogVersion, db)
    : await context.catalog.current(db);
  const matter = catalog.matters.find((m) => m.code === row.sub.matterCode);
  const sealed = row.sub.fields as Record<string, string>;
  const fields = Object.entries(sealed).map(([key, stored]) => {
    const definition = findField(key);
    return {
      key,
      labelZh: definition?.label.zh ?? key,
      labelEn: definition?.label.en ?? key,
      value: definition?.sensitive ? decryptField(context.keys, stored) : stored,
    };
  });
  const needed = neededMaterials(catalog, row.sub.regionCode, row.sub.matterCode);
  const items = await neededMaterialItems(db, row.sub.caseId, needed);
  const registry = await registryEntryByIndex(db, context.keys, row.deceasedIndex);
  // The party's own requests for more information, with the answers and the files sent with them.
  const requests = await db
    .select()
    .from(supplementRequests)
    .where(eq(supplementRequests.subCaseId, row.sub.id))
    .orderBy(asc(supplementRequests.requestedAt));
  const answered = requests.filter((r) => r.answeredAt).map((r) => r.id);
  const answerFiles =
    answered.length === 0
      ? []
      : await db
          .select({ item: materialItems, mediaType: materialFiles.mediaType })
          .from(materialItems)
          .leftJoin(materialFiles, eq(materialFiles.digest, materialItems.fileDigest))
          .where(inArray(materialItems.supplementRequestId, answered))
          .orderBy(asc(materialItems.addedAt));
  return {
    id: row.sub.id,
    caseCode: row.caseCode,
    matterCode: row.sub.matterCode,
    matterName: { zh: matter?.name ?? row.sub.matterCode, en: matter?.nameEn ?? row.sub.matterCode },
    departmentCode: row.sub.departmentCode,
    regionCode: row.sub.regionCode,
    state: row.sub.state,
    resultType: matter?.resultType ?? null,
    resultDateLabel: matter?.resultDateLabel
      ? { zh: matter.resultDateLabel, en: matter.resultDateLabelEn ?? matter.resultDateLabel }
      : null,
    submittedAt: row.submittedAt.toISOString(),
    dueOn: row.sub.dueOn,
    fields,
    requests: requests.map((r) => ({
      id: r.id,
      reason: r.reason,
      requestedAt: r.requestedAt.toISOString(),
      answer: r.answerNote,
      answeredAt: r.answeredAt?.toISOString() ?? null,
      files: answerFiles.filter(({ item }) => item.supplementRequestId === r.id).map(({ item }) => item.id),
    })),
    materials: [...items.filter(({ item }) => !item.supersededBy), ...answerFiles].map(
      ({ item, mediaType }) => ({
        id: item.id,
        materialCode: item.materialCode,
        name: needed.get(item.materialCode) ?? { zh: item.materialCode, en: item.materialCode },
        kind: item.kind,
        reference: item.kind === 'upload' ? null : item.licenceReference,
        mediaType: mediaType ?? null,
        href:
          item.kind === 'upload' ? `${EXCHANGE_PREFIX}/sub-cases/${row.sub.id}/materials/${item.id}` : null,
      }),
    ),
    deathCertificates: (registry?.certificates ?? []).map((c) => ({
      kind: c.kind,
      certificateNumber: c.certificateNumber,
      institution: c.institution,
      issuedAt: c.issuedAt,
      dateOfDeath: c.dateOfDeath,
      verifyUrl: `${context.publicUrl()}/verify/death/${c.verifyToken}`,
    })),
  };
}

export type SubCasePayload = NonNullable<Awaited<ReturnType<typeof subCasePayload>>>;

/** The message as the party receives it; null when its subject is gone (never expected). */
export async function messageEnvelope(
  db: Executor,
  context: AppContext,
  message: typeof exchangeMessages.$inferSelect,
) {
  const base = {
    id: message.id,
    sequence: message.sequence,
    kind: message.kind as MessageKind,
    party: message.partyCode,
    createdAt: message.createdAt.toISOString(),
  };
  if (message.kind === 'sub-case.routed') {
    const subCase = await subCasePayload(db, context, message.subjectId);
    return subCase ? { ...base, subCase, supplementRequestId: null, deathNotice: null } : null;
  }
  if (message.kind === 'sub-case.supplemented') {
    const [request] = await db
      .select({ subCaseId: supplementRequests.subCaseId })
      .from(supplementRequests)
      .where(eq(supplementRequests.id, message.subjectId))
      .limit(1);
    const subCase = request ? await subCasePayload(db, context, request.subCaseId) : null;
    return subCase ? { ...base, subCase, supplementRequestId: message.subjectId, deathNotice: null } : null;
  }
  const deathNotice = await noticePayload(db, context, message.subjectId);
  return deathNotice ? { ...base, subCase: null, supplementRequestId: null, deathNotice } : null;
}

export type MessageEnvelope = NonNullable<Awaited<ReturnType<typeof messageEnvelope>>>;

/** The personal fields an envelope discloses, by name, for the audit trail. */
export function disclosedFields(envelope: MessageEnvelope): string[] {
  if (envelope.subCase)
    return envelope.subCase.fields.filter((f) => findField(f.key)?.sensitive).map((f) => f.key);
  return ['deceased.idNumber'];
}
