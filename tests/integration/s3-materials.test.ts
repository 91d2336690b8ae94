/**
 * Material files in S3-compatible storage: stored once by content, sealed before they leave the
 * process (the object store never holds a readable document), and read back intact — also through
 * an application instance configured to use it.
 */

import { randomBytes } from 'node:crypto';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3FileStore } from '../../src/server/materials/s3-file-store.ts';
import { deriveDataKeys } from '../../src/server/security/national-crypto.ts';
import { type S3Server, startS3Server } from '../support/s3-server.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

let s3: S3Server;
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => {
  await s3?.stop();
});

describe('S3-compatible material storage', () => {
  it('stores by content, sealed, and reads back intact', async () => {
    const keys = deriveDataKeys(randomBytes(32));
    const store = createS3FileStore(
      { endpoint: s3.endpoint, bucket: s3.bucket, region: 'us-east-1', forcePathStyle: true, ...credentials },
      keys,
    );
    const content = Buffer.from('逝者居民户口簿扫描件');
    const digest = await store.put(content);
    expect(await store.put(content)).toBe(digest);
    expect(await store.has(digest)).toBe(true);
    expect((await store.get(digest)).equals(content)).toBe(true);
    const raw = new S3Client({
      endpoint: s3.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials,
    });
    const object = await raw.send(
      new GetObjectCommand({ Bucket: s3.bucket, Key: `materials/${digest.slice(0, 2)}/${digest}` }),
    );
    const stored = Buffer.from((await object.Body?.transformToByteArray()) ?? []);
    expect(stored.includes(content)).toBe(false);
  });

  it('serves a draft upload from S3 when the application is configured for it', async () => {
    let app: TestApp | undefined;
    try {
      app = await startTestApp({
        env: {
          MATERIALS_S3_ENDPOINT: s3.endpoint,
          MATERIALS_S3_BUCKET: s3.bucket,
          MATERIALS_S3_ACCESS_KEY_ID: credentials.accessKeyId,
          MATERIALS_S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
        },
      });
      const cookie = await app.citizenCookie(0);
      const started = await app.api('/api/v1/drafts', {
        cookie,
        body: {
          regionCode: '530102',
          answers: { notarisedWill: 'no', deposits: 'no', companyShares: 'no', relationship: 'child' },
          deceasedIdNumber: '530102194001050019',
        },
      });
      const image = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#ccc' } })
        .jpeg()
        .toBuffer();
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(image)]), 'card.jpg');
      const uploaded = await fetch(`${app.url}/api/v1/drafts/${started.body.id}/materials/payee-bank-card`, {
        method: 'POST',
        headers: { cookie },
        body: form,
      });
      const view = await uploaded.json();
      const digest = view.materials.find((m: { code: string }) => m.code === 'payee-bank-card').items[0]
        .fileDigest;
      const back = await fetch(`${app.url}/api/v1/drafts/${started.body.id}/files/${digest}`, {
        headers: { cookie },
      });
      expect(Buffer.from(await back.arrayBuffer()).equals(image)).toBe(true);
    } finally {
      await app?.stop();
    }
  });
});
