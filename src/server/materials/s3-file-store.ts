/**
 * Material files in S3-compatible object storage (the province's object store), for deployments
 * with several instances. Same contract as the local store: content-addressed by SM3, sealed with
 * SM4 before it leaves the process, so the storage operator never holds readable documents.
 */
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { DataKeys } from '../security/national-crypto.ts';
import { sm3Hex } from '../security/national-crypto.ts';
import type { FileStore } from './file-store.ts';
import { openFile, sealFile } from './file-store.ts';

export interface S3Options {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Path-style addressing (most self-hosted S3-compatible stores need it). */
  forcePathStyle: boolean;
}

export function createS3FileStore(options: S3Options, keys: DataKeys): FileStore {
  const client = new S3Client({
    endpoint: options.endpoint,
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
  });
  const keyOf = (digest: string) => {
    if (!/^[0-9a-f]{64}$/.test(digest)) throw new Error('not a content digest');
    return `materials/${digest.slice(0, 2)}/${digest}`;
  };
  const has = async (digest: string) => {
    try {
      await client.send(new HeadObjectCommand({ Bucket: options.bucket, Key: keyOf(digest) }));
      return true;
    } catch {
      return false;
    }
  };
  return {
    kind: 's3',
    has,
    async put(content) {
      const digest = sm3Hex(content);
      if (await has(digest)) return digest;
      await client.send(
        new PutObjectCommand({
          Bucket: options.bucket,
          Key: keyOf(digest),
          Body: sealFile(keys, content),
          ContentType: 'application/octet-stream',
        }),
      );
      return digest;
    },
    async get(digest) {
      const answer = await client.send(new GetObjectCommand({ Bucket: options.bucket, Key: keyOf(digest) }));
      const sealed = Buffer.from((await answer.Body?.transformToByteArray()) ?? new Uint8Array());
      const content = openFile(keys, sealed);
      if (sm3Hex(content) !== digest) throw new Error('material file does not match its digest');
      return content;
    },
  };
}
