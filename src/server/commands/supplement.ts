/**
 * A department's request for more information (退回补充) and its answer. The department's return
 * records the request (reason, who, when). The family online — or the window clerk for the
 * applicant at the counter — answers with a text and any number of files: files are attached one
 * by one to the pending answer (each retry of the same file is harmless), then the answer is sent
 * with the text, the sub-case goes back to its department and its clock runs again. The same rules
 * hold for both channels: who may answer, the sub-case must be returned, every file is inspected.
 */
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { countOf } from '../../domain/bilingual.ts';
import { serviceDate } from '../../domain/clock.ts';
import { problem } from '../../domain/field-problems.ts';
import { resume } from '../../domain/time-limits.ts';
import { allowedSubCaseActions, type SubCaseState } from '../../domain/workflow.ts';
import { appendAudit } from '../audit/audit-log.ts';
import * as clock from '../clock.ts';
import type { AppContext } from '../context.ts';
import type { Transaction } from '../db/database.ts';
import { materialFiles, materialItems, supplementRequests } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { inScope } from '../identity/authorize.ts';
import { actorOf, type CitizenPrincipal, type StaffPrincipal } from '../identity/principal.ts';
import type { FileStore } from '../materials/file-store.ts';
import { inspectAndStore, recordStoredFile, type UploadField } from '../materials/store-upload.ts';
import {
  type CaseRow,
  lockCase,
  lockSubCase,
  type SubCaseRow,
  sendToParty,
  transitionSubCase,
} from './case-transitions.ts';

/** Material code of the files sent with an answer (they are not one of the catalog's materials). */
export const SUPPLEMENT_MATERIAL = 'supplement';

/** At most this many files go with one answer. */
export const MAX_SUPPLEMENT_FILES = 10;

export const SUPPLEMENT_FILES_FIELD: UploadField = { key: 'supplement.files' };

type Answerer = StaffPrincipal | CitizenPrincipal;

/** The department returns a sub-case: its request is recorded, inside the caller's transaction. */
export async function recordSupplementRequest(
  tx: Transaction,
  row: SubCaseRow,
  /** The staff member who asked, or null when a department's own system asked. */
  requestedBy: string | null,
  reason: string,
  now: Date,
): Promise<string> {
  const [request] = await tx
    .insert(supplementRequests)
    .values({ subCaseId: row.id, caseId: row.caseId, reason, requestedBy, requestedAt: now })
    .returning({ id: supplementRequests.id });
  if (!request) throw new Error('supplement request insert returned nothing');
  return request.id;
}

function mayAnswer(who: Answerer, caseRow: CaseRow): boolean {
  return inScope(who, 'supplement.answer', {
    regionCode: caseRow.regionCode,
    applicantCitizenId: caseRow.applicantCitizenId,
  });
}

/**
 * The one gate of every step of an answer: the caller may answer for this case (else the sub-case
 * does not exist for them), the sub-case is waiting for an answer, and its open request.
 */
async function openRequest(tx: Transaction, who: Answerer, subCaseId: string) {
  const row = await lockSubCase(tx, subCaseId);
  const caseRow = await lockCase(tx, row.caseId);
  if (!mayAnswer(who, caseRow)) throw new AppError('SUB_CASE_NOT_FOUND');
  const role = who.kind === 'citizen' ? ('citizen' as const) : who.role;
  const [request] = await tx
    .select()
    .from(supplementRequests)
    .where(and(eq(supplementRequests.subCaseId, row.id), isNull(supplementRequests.answeredAt)))
    .orderBy(desc(supplementRequests.requestedAt))
    .limit(1);
  if (row.state !== 'returned' || !request) {
    throw new AppError('ACTION_NOT_ALLOWED', {
      details: {
        state: row.state,
        action: 'supplement',
        allowedActions: allowedSubCaseActions(row.state as SubCaseState, role),
      },
    });
  }
  return { row, caseRow, request, role };
}

export interface PendingFile {
  id: string;
  name: string;
  mediaType: string | null;
  size: number | null;
  addedAt: string;
}

async function pendingFiles(tx: Transaction, requestId: string): Promise<PendingFile[]> {
  const rows = await tx
    .select({ item: materialItems, file: materialFiles })
    .from(materialItems)
    .leftJoin(materialFiles, eq(materialFiles.digest, materialItems.fileDigest))
    .where(eq(materialItems.supplementRequestId, requestId))
    .orderBy(asc(materialItems.addedAt));
  return rows.map(({ item, file }) => ({
    id: item.id,
    name: item.originalName ?? '',
    mediaType: file?.mediaType ?? null,
    size: file?.size ?? null,
    addedAt: item.addedAt.toISOString(),
  }));
}

/**
 * Attach one file to the pending answer. Sending the same file again (a retry after a dropped
 * connection) adds nothing. Returns the files now waiting to be sent.
 */
export async function attachSupplementFile(
  context: AppContext,
  files: FileStore,
  who: Answerer,
  subCaseId: string,
  upload: { content: Buffer; filename: string },
): Promise<PendingFile[]> {
  const { db } = context.database;
  // Check before storing anything, then again under the lock.
  await db.transaction((tx) => openRequest(tx, who, subCaseId));
  const stored = await inspectAndStore(files, upload, SUPPLEMENT_FILES_FIELD);
  return db.transaction(async (tx) => {
    const { row, request } = await openRequest(tx, who, subCaseId);
    const waiting = await pendingFiles(tx, request.id);
    const [same] = await tx
      .select({ id: materialItems.id })
      .from(materialItems)
      .where(
        and(eq(materialItems.supplementRequestId, request.id), eq(materialItems.fileDigest, stored.digest)),
      )
      .limit(1);
    if (same) return waiting;
    if (waiting.length >= MAX_SUPPLEMENT_FILES) {
      throw new AppError('VALIDATION_FAILED', {
        fieldErrors: [
          problem(
            SUPPLEMENT_FILES_FIELD.key,
            `一次最多发送 ${MAX_SUPPLEMENT_FILES} 个文件`,
            `At most ${countOf(MAX_SUPPLEMENT_FILES, 'file')} can go with one answer`,
          ),
        ],
      });
    }
    await recordStoredFile(tx, stored);
    await tx.insert(materialItems).values({
      caseId: row.caseId,
      materialCode: SUPPLEMENT_MATERIAL,
      kind: 'upload',
      fileDigest: stored.digest,
      originalName: stored.name,
      supplementRequestId: request.id,
      addedAt: clock.now(),
    });
    await appendAudit(tx, context.keys, {
      actor: actorOf(who),
      action: 'material.uploaded',
      objectType: 'sub_case',
      objectId: row.id,
      details: {
        requestId: request.id,
        digest: stored.digest,
        mediaType: stored.mediaType,
        size: stored.size,
      },
    });
    return pendingFiles(tx, request.id);
  });
}

/** Take a file back out of the answer before it is sent. */
export async function removeSupplementFile(
  context: AppContext,
  who: Answerer,
  subCaseId: string,
  itemId: string,
): Promise<PendingFile[]> {
  return context.database.db.transaction(async (tx) => {
    const { row, request } = await openRequest(tx, who, subCaseId);
    const removed = await tx
      .delete(materialItems)
      .where(and(eq(materialItems.id, itemId), eq(materialItems.supplementRequestId, request.id)))
      .returning({ digest: materialItems.fileDigest });
    if (removed.length === 0) throw new AppError('NOT_FOUND');
    await appendAudit(tx, context.keys, {
      actor: actorOf(who),
      action: 'material.removed',
      objectType: 'sub_case',
      objectId: row.id,
      details: { requestId: request.id, digest: removed[0]?.digest },
    });
    return pendingFiles(tx, request.id);
  });
}

/**
 * Send the answer: the text and the files attached so far go to the department, the sub-case is
 * back in review and its clock runs again.
 */
export async function supplementSubCase(
  context: AppContext,
  who: Answerer,
  subCaseId: string,
  expectedVersion: number,
  note: string,
): Promise<void> {
  const now = clock.now();
  const today = serviceDate(now);
  const text = note.trim();
  await context.database.db.transaction(async (tx) => {
    const { row, request, role } = await openRequest(tx, who, subCaseId);
    const attached = await pendingFiles(tx, request.id);
    if (text.length > 1000 || (text.length < 2 && attached.length === 0)) {
      throw new AppError('VALIDATION_FAILED', {
        fieldErrors: [
          text.length > 1000
            ? problem('supplement.note', '补充说明最多 1000 字', 'At most 1000 characters')
            : problem(
                'supplement.note',
                '请写几句说明，或上传部门要的材料',
                'Write a few words, or attach the files the department asked for',
              ),
        ],
      });
    }
    const resumed = resume(
      context.calendar,
      {
        startedOn: row.clockStartedOn ?? today,
        committedWorkingDays: row.committedWorkingDays ?? 0,
        pausedWorkingDays: row.pausedWorkingDays,
        pausedSince: row.pausedSince,
        endedOn: row.endedOn,
      },
      row.regionCode,
      today,
    );
    const due = context.calendar.dueDate(
      resumed.startedOn,
      resumed.committedWorkingDays + resumed.pausedWorkingDays,
      row.regionCode,
    );
    const channel = who.kind === 'citizen' ? 'online' : 'window';
    await transitionSubCase(tx, context.keys, row, {
      action: 'supplement',
      role,
      actor: actorOf(who),
      expectedVersion,
      patch: { pausedSince: null, pausedWorkingDays: resumed.pausedWorkingDays, dueOn: due.due },
      details: {
        note: text,
        requestId: request.id,
        channel,
        files: attached.map((f) => f.id),
      },
    });
    await tx
      .update(supplementRequests)
      .set({
        answerNote: text,
        answerChannel: channel,
        answeredByCitizen: who.kind === 'citizen' ? who.id : null,
        answeredByStaff: who.kind === 'staff' ? who.id : null,
        answeredAt: now,
      })
      .where(eq(supplementRequests.id, request.id));
    // The department's own system learns of the answer as it learned of the sub-case.
    await sendToParty(tx, row, { kind: 'sub-case.supplemented', subjectId: request.id });
  });
}
