/**
 * An HTTP request whose answer is kept as the bytes on the wire: no Accept-Encoding is added and
 * nothing is decoded (fetch does both), so a test sees what a browser would be sent.
 */
import { type IncomingHttpHeaders, request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent (compressed when content-encoding says so). */
  body: Buffer;
}

export function rawRequest(
  url: string,
  init: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { method: init.method ?? 'GET', headers: init.headers ?? {} }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('error', reject);
      answer.on('end', () =>
        resolve({ status: answer.statusCode ?? 0, headers: answer.headers, body: Buffer.concat(chunks) }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** The body as the browser would read it once decoded. */
export function decodedBody(answer: RawAnswer): Buffer {
  switch (answer.headers['content-encoding']) {
    case undefined:
      return answer.body;
    case 'br':
      return brotliDecompressSync(answer.body);
    case 'gzip':
      return gunzipSync(answer.body);
    default:
      throw new Error(`unexpected content-encoding ${answer.headers['content-encoding']}`);
  }
}

/** The tokens of a Vary header, lower-cased. */
export function varyTokens(answer: RawAnswer): string[] {
  const vary = answer.headers.vary ?? '';
  return vary
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean);
}
