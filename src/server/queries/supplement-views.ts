/**
 * What staff and the family see of returns and answers (退回补充): each request with its answer —
 * the text and the files — and the files waiting to be sent with an answer not sent yet. And the
 * history of a material: which upload is new and which earlier one it replaced, and when.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { materialFiles, materialItems, supplementRequests } from '../db/schema.ts';

export interface SupplementFile {
  id: string;
  name: string;
  mediaType: string | null;
  size: number | null;
  addedAt: string;
}

export interface SupplementRequestView {
  id: string;
  reason: string;
  requestedAt: string;
  /** Null while the family (or the window) has not answered yet. */
  answer: {
    note: string;
    answeredAt: string;
    /** `online`: the family; `window`: the clerk, for the applicant at the counter. */
    channel: string;
    files: SupplementFile[];
  } | null;
  /** Files attached to the answer not sent yet (shown only to whoever answers). */
  pendingFiles: SupplementFile[];
}

/** Every request of these sub-cases, oldest first, with its answer or its pending files. */
export async function supplementsOf(
  db: Executor,
  subCaseIds: string[],
): Promise<Map<string, SupplementRequestView[]>> {
  const result = new Map<string, SupplementRequestView[]>();
  if (subCaseIds.length === 0) return result;
  const requests = await db
    .select()
    .from(supplementRequests)
    .where(inArray(supplementRequests.subCaseId, subCaseIds))
    .orderBy(asc(supplementRequests.requestedAt));
  const files =
    requests.length === 0
      ? []
      : await db
          .select({ item: materialItems, file: materialFiles })
          .from(materialItems)
          .leftJoin(materialFiles, eq(materialFiles.digest, materialItems.fileDigest))
          .where(
            inArray(
              materialItems.supplementRequestId,
              requests.map((r) => r.id),
            ),
          )
          .orderBy(asc(materialItems.addedAt));
  for (const request of requests) {
    const own = files
      .filter((f) => f.item.supplementRequestId === request.id)
      .map(({ item, file }) => ({
        id: item.id,
        name: item.originalName ?? '',
        mediaType: file?.mediaType ?? null,
        size: file?.size ?? null,
        addedAt: item.addedAt.toISOString(),
      }));
    const view: SupplementRequestView = {
      id: request.id,
      reason: request.reason,
      requestedAt: request.requestedAt.toISOString(),
      answer: request.answeredAt
        ? {
            note: request.answerNote ?? '',
            answeredAt: request.answeredAt.toISOString(),
            channel: request.answerChannel ?? 'online',
            files: own,
          }
        : null,
      pendingFiles: request.answeredAt ? [] : own,
    };
    result.set(request.subCaseId, [...(result.get(request.subCaseId) ?? []), view]);
  }
  return result;
}

/** The same requests as staff see them: nothing of an answer that was not sent. */
export function sentOnly(requests: SupplementRequestView[] | undefined): SupplementRequestView[] {
  return (requests ?? []).map((r) => ({ ...r, pendingFiles: [] }));
}

type ItemRow = typeof materialItems.$inferSelect;

export interface ReplacedItem {
  id: string;
  fileName: string | null;
  addedAt: string;
}

/**
 * Current materials and replaced ones: an upload is new when it came after the application
 * (a correction); it names the uploads it replaced. Replaced uploads are kept, but only as history.
 */
export function traceMaterials<T extends { item: ItemRow }>(rows: T[], submittedAt: Date) {
  const current = rows
    .filter((r) => !r.item.supersededBy)
    .map((row) => ({
      ...row,
      addedAt: row.item.addedAt.toISOString(),
      isNew: row.item.addedAt.getTime() > submittedAt.getTime(),
      replaces: rows
        .filter((r) => r.item.supersededBy === row.item.id)
        .map(
          (r): ReplacedItem => ({
            id: r.item.id,
            fileName: r.item.originalName,
            addedAt: r.item.addedAt.toISOString(),
          }),
        ),
    }));
  const replaced = rows
    .filter((r) => r.item.supersededBy)
    .map((row) => ({
      ...row,
      addedAt: row.item.addedAt.toISOString(),
      supersededAt: row.item.supersededAt?.toISOString() ?? null,
      replacedBy: row.item.supersededBy as string,
    }));
  return { current, replaced };
}
