import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { deriveDataKeys } from '../security/national-crypto.ts';
import { openFile, sealFile } from './file-store.ts';
import { inspectUpload } from './inspect-upload.ts';

const photo = (width: number, height: number, orientation?: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 180, b: 160 } } })
    .jpeg()
    .withMetadata(orientation ? { orientation } : {})
    .toBuffer();

describe('upload inspection', () => {
  it('accepts a photo and a PDF by their content', async () => {
    const jpeg = await inspectUpload(await photo(800, 600));
    expect(jpeg).toMatchObject({ ok: true, mediaType: 'image/jpeg', width: 800, height: 600 });
    const pdf = await inspectUpload(Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'));
    expect(pdf).toMatchObject({ ok: true, mediaType: 'application/pdf' });
  });

  it('refuses a file whose content is not an image or PDF, whatever its name', async () => {
    const text = await inspectUpload(Buffer.from('hello, this is not a picture'));
    expect(text).toMatchObject({ ok: false, reason: 'type-not-accepted' });
    const zip = await inspectUpload(Buffer.from([0x50, 0x4b, 0x03, 0x04, ...randomBytes(64)]));
    expect(zip).toMatchObject({ ok: false, reason: 'type-not-accepted' });
  });

  it('turns a sideways phone photo upright', async () => {
    const result = await inspectUpload(await photo(600, 400, 6));
    expect(result).toMatchObject({ ok: true, width: 400, height: 600 });
  });

  it('scales a very large photo down to 3000 pixels on its longest side, keeping its shape', async () => {
    const result = await inspectUpload(await photo(6000, 4000));
    expect(result).toMatchObject({ ok: true, width: 3000, height: 2000 });
  });

  it('refuses a file over 15 MB and an empty one', async () => {
    const fifteenMegabytes = 15 * 1024 * 1024;
    expect(await inspectUpload(Buffer.alloc(fifteenMegabytes + 1))).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
    // Exactly 15 MB passes the size check (and is then refused for what it contains).
    expect(await inspectUpload(Buffer.alloc(fifteenMegabytes))).toMatchObject({
      ok: false,
      reason: 'type-not-accepted',
    });
    expect(await inspectUpload(Buffer.alloc(0))).toMatchObject({ ok: false, reason: 'empty' });
  });

  it('refuses a broken image without a server error', async () => {
    const truncated = (await photo(800, 600)).subarray(0, 300);
    expect(await inspectUpload(truncated)).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});

describe('sealed files', () => {
  const keys = deriveDataKeys(randomBytes(32));
  it('round-trips and hides the content', () => {
    const content = Buffer.from('户口簿扫描件');
    const sealed = sealFile(keys, content);
    expect(sealed.includes(content)).toBe(false);
    expect(openFile(keys, sealed).equals(content)).toBe(true);
  });
  it('refuses an altered file', () => {
    const sealed = sealFile(keys, Buffer.from('abc'));
    sealed[sealed.length - 1] = (sealed[sealed.length - 1] as number) ^ 1;
    expect(() => openFile(keys, sealed)).toThrow(/altered/);
  });
});
