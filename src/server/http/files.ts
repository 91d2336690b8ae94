/**
 * Files over HTTP, the same way everywhere: one uploaded file read from a multipart request (a file
 * over the limit is a coded refusal, not a server error), and a private file sent back with headers
 * that keep it out of shared caches.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

export async function readSingleUpload(
  request: FastifyRequest,
): Promise<{ content: Buffer; filename: string }> {
  const file = await request.file().catch(() => undefined);
  if (!file) throw new AppError('BAD_REQUEST');
  let content: Buffer;
  try {
    content = await file.toBuffer();
  } catch {
    throw new AppError('UPLOAD_REFUSED', { details: { reason: 'too-large' } });
  }
  // The limit can end the stream before the reader notices: a cut-off file is refused, never kept.
  if (file.file.truncated) throw new AppError('UPLOAD_REFUSED', { details: { reason: 'too-large' } });
  return { content, filename: file.filename };
}

export function sendPrivateFile(reply: FastifyReply, mediaType: string, content: Buffer, filename?: string) {
  return reply
    .header('content-type', mediaType)
    .header('cache-control', 'private, no-store')
    .header('content-disposition', filename ? `inline; filename="${filename}"` : 'inline')
    .send(content);
}
