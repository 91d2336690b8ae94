/**
 * Where uploaded materials live: content-addressed by the SM3 digest of their content (the same
 * document uploaded twice is stored once), encrypted at rest with SM4 before it touches the disk.
 * Files are never served from here directly; routes check who may read them first.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataKeys } from '../security/national-crypto.ts';
import { sm3Hex } from '../security/national-crypto.ts';

export interface FileStore {
  readonly kind: 'local' | 's3';
  put(content: Buffer): Promise<string>;
  get(digest: string): Promise<Buffer>;
  has(digest: string): Promise<boolean>;
}

const MAGIC = Buffer.from('LBF1');

/** Layout: MAGIC | iv (16) | tag (32, HMAC-SM3 over iv+ciphertext) | ciphertext (SM4-CTR). */
export function sealFile(keys: DataKeys, content: Buffer): Buffer {
  const iv = randomBytes(16);
  const cipher = createCipheriv('sm4-ctr', keys.encryption, iv);
  const ciphertext = Buffer.concat([cipher.update(content), cipher.final()]);
  const tag = createHmac('sm3', keys.mac).update(iv).update(ciphertext).digest();
  return Buffer.concat([MAGIC, iv, tag, ciphertext]);
}

export function openFile(keys: DataKeys, sealed: Buffer): Buffer {
  if (!sealed.subarray(0, 4).equals(MAGIC)) throw new Error('not a sealed material file');
  const iv = sealed.subarray(4, 20);
  const tag = sealed.subarray(20, 52);
  const ciphertext = sealed.subarray(52);
  const expected = createHmac('sm3', keys.mac).update(iv).update(ciphertext).digest();
  if (!timingSafeEqual(tag, expected)) throw new Error('material file was altered');
  const decipher = createDecipheriv('sm4-ctr', keys.encryption, iv);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
}

export function createLocalFileStore(folder: string, keys: DataKeys): FileStore {
  const pathOf = (digest: string) => {
    if (!/^[0-9a-f]{64}$/.test(digest)) throw new Error('not a content digest');
    return join(folder, digest.slice(0, 2), digest.slice(2, 4), digest);
  };
  return {
    kind: 'local',
    async put(content) {
      const digest = sm3Hex(content);
      const path = pathOf(digest);
      try {
        await stat(path);
        return digest;
      } catch {
        // not stored yet
      }
      await mkdir(join(folder, digest.slice(0, 2), digest.slice(2, 4)), { recursive: true });
      // Write then rename, so a crash never leaves a half-written file under its final name.
      const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
      await writeFile(temporary, sealFile(keys, content), { mode: 0o600 });
      await rename(temporary, path);
      return digest;
    },
    async get(digest) {
      const content = openFile(keys, await readFile(pathOf(digest)));
      if (sm3Hex(content) !== digest) throw new Error('material file does not match its digest');
      return content;
    },
    async has(digest) {
      try {
        await stat(pathOf(digest));
        return true;
      } catch {
        return false;
      }
    },
  };
}
