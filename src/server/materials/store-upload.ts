/**
 * One way to take in an uploaded file for a draft, a correction or an answer to a department:
 * inspect it by content, refuse it with a message that names the field and the limit, store it
 * encrypted by its digest, and record the file row inside the caller's transaction.
 */
import type { Bilingual } from '../../domain/bilingual.ts';
import { problem } from '../../domain/field-problems.ts';
import { fieldLabel } from '../../domain/fields.ts';
import type { Executor } from '../db/database.ts';
import { materialFiles } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import type { FileStore } from './file-store.ts';
import { type InspectResult, inspectUpload, MAX_UPLOAD_BYTES } from './inspect-upload.ts';

export type UploadRefusal = Extract<InspectResult, { ok: false }>['reason'];

const MEGABYTES = MAX_UPLOAD_BYTES / 1024 / 1024;

/** What to do about a refused file, naming the field it was for ("死亡医学证明" or "补充材料"). */
const REFUSALS: Record<UploadRefusal, (name: Bilingual) => readonly [string, string]> = {
  'too-large': (name) => [
    `文件超过 ${MEGABYTES} MB（${name.zh}），请压缩或分页拍照后再上传`,
    `The file is over ${MEGABYTES} MB (${name.en}); compress it or photograph it page by page, then upload again`,
  ],
  empty: (name) => [
    `文件是空的（${name.zh}），请重新选择`,
    `The file is empty (${name.en}); choose it again`,
  ],
  'type-not-accepted': (name) => [
    `${name.zh}只能上传照片（JPG、PNG、WebP）或 PDF 文件`,
    `${name.en}: only photos (JPG, PNG, WebP) or PDF files`,
  ],
  unreadable: (name) => [
    `文件已损坏或无法读取（${name.zh}），请重新拍照或扫描`,
    `The file is damaged or unreadable (${name.en}); photograph or scan it again`,
  ],
};

/** A field named by its label (a material's name, when the field is a material). */
export interface UploadField {
  key: string;
  label?: Bilingual;
}

/** The refusal of an upload, naming the field (by its label) and, for size, the limit. */
export function uploadRefused(field: UploadField, reason: UploadRefusal): AppError {
  const label = field.label ?? fieldLabel(field.key);
  const [zh, en] = REFUSALS[reason](label);
  return new AppError('UPLOAD_REFUSED', {
    fieldErrors: [problem(field.key, zh, en, label)],
    details: { reason, ...(reason === 'too-large' ? { limitBytes: MAX_UPLOAD_BYTES } : {}) },
  });
}

/**
 * A refusal raised while reading the request (the file went over the multipart limit) made to
 * name the field too; any other error passes unchanged.
 */
export function nameUploadRefusal(error: unknown, field: UploadField): unknown {
  if (error instanceof AppError && error.code === 'UPLOAD_REFUSED' && !error.fieldErrors) {
    const reason = (error.details as { reason?: UploadRefusal } | undefined)?.reason ?? 'unreadable';
    return uploadRefused(field, reason in REFUSALS ? reason : 'unreadable');
  }
  return error;
}

/** The upload field of one material of the catalog, named by the material. */
export function materialUploadField(
  code: string,
  material: { name: string; nameEn: string } | undefined,
): UploadField {
  return {
    key: `materials.${code}`,
    ...(material ? { label: { zh: material.name, en: material.nameEn } } : {}),
  };
}

export interface StoredUpload {
  digest: string;
  size: number;
  mediaType: string;
  width: number | null;
  height: number | null;
  storage: FileStore['kind'];
  /** The file's name as given, reduced to safe characters. */
  name: string;
}

/** Inspect an upload and put it in the file store; a refused file names the field. */
export async function inspectAndStore(
  files: FileStore,
  upload: { content: Buffer; filename: string },
  field: UploadField,
): Promise<StoredUpload> {
  const inspected = await inspectUpload(upload.content);
  if (!inspected.ok) throw uploadRefused(field, inspected.reason);
  const digest = await files.put(inspected.content);
  return {
    digest,
    size: inspected.content.length,
    mediaType: inspected.mediaType,
    width: inspected.width,
    height: inspected.height,
    storage: files.kind,
    name: upload.filename.replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120),
  };
}

/** The file row of a stored upload (once per content), inside the caller's transaction. */
export async function recordStoredFile(tx: Executor, stored: StoredUpload): Promise<void> {
  await tx
    .insert(materialFiles)
    .values({
      digest: stored.digest,
      size: stored.size,
      mediaType: stored.mediaType,
      storage: stored.storage,
      width: stored.width,
      height: stored.height,
    })
    .onConflictDoNothing();
}
