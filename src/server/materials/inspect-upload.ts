/**
 * Checks an upload by its content, not its name: images (JPEG, PNG, WebP) and PDF only, within the
 * stated size limit. Phone photos are turned upright from their EXIF orientation and scaled down
 * when very large, so what the clerk sees is what the family photographed.
 */
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';

export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
/** Longest side kept for photos; enough to read any document, small enough to move quickly. */
export const MAX_IMAGE_SIDE = 3000;

export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;

export type InspectResult =
  | {
      ok: true;
      content: Buffer;
      mediaType: (typeof ACCEPTED_TYPES)[number];
      width: number | null;
      height: number | null;
    }
  | { ok: false; reason: 'too-large' | 'empty' | 'type-not-accepted' | 'unreadable'; detected?: string };

export async function inspectUpload(content: Buffer): Promise<InspectResult> {
  if (content.length === 0) return { ok: false, reason: 'empty' };
  if (content.length > MAX_UPLOAD_BYTES) return { ok: false, reason: 'too-large' };
  const type = await fileTypeFromBuffer(content);
  if (!type || !(ACCEPTED_TYPES as readonly string[]).includes(type.mime)) {
    return { ok: false, reason: 'type-not-accepted', ...(type ? { detected: type.mime } : {}) };
  }
  const mediaType = type.mime as (typeof ACCEPTED_TYPES)[number];
  if (mediaType === 'application/pdf') {
    return { ok: true, content, mediaType, width: null, height: null };
  }
  try {
    const image = sharp(content, { failOn: 'error', limitInputPixels: 100_000_000 });
    const metadata = await image.metadata();
    const oriented = (metadata.orientation ?? 1) !== 1;
    const longest = Math.max(metadata.width ?? 0, metadata.height ?? 0);
    if (!oriented && longest <= MAX_IMAGE_SIDE) {
      return { ok: true, content, mediaType, width: metadata.width ?? null, height: metadata.height ?? null };
    }
    const normalised = await image
      .rotate()
      .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: 'inside', withoutEnlargement: true })
      .toBuffer({ resolveWithObject: true });
    return {
      ok: true,
      content: normalised.data,
      mediaType,
      width: normalised.info.width,
      height: normalised.info.height,
    };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
