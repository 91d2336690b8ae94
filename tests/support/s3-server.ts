/**
 * A local S3-compatible server for tests (s3rver speaks the S3 HTTP protocol, signatures included),
 * in a temp dir on a loopback port, with one bucket. Stopped and removed by `stop()`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// s3rver ships no type declarations; the part used here is small and typed below.
// @ts-expect-error no declaration file
import S3rver from 's3rver';
import { freePort } from './postgres-server.ts';

export interface S3Server {
  endpoint: string;
  bucket: string;
  stop(): Promise<void>;
}

export async function startS3Server(bucket = 'materials'): Promise<S3Server> {
  const directory = mkdtempSync(join(tmpdir(), 'lianban-s3-'));
  const port = await freePort();
  const server = new S3rver({
    port,
    address: '127.0.0.1',
    directory,
    silent: true,
    configureBuckets: [{ name: bucket }],
  }) as {
    run(): Promise<unknown>;
    close(): Promise<void>;
  };
  await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    async stop() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
