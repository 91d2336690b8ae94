/**
 * National cryptographic algorithms for personal data: SM4 (CTR mode) encryption at rest with an
 * HMAC-SM3 tag (Node's OpenSSL has no SM4-GCM), SM3 hashing, and a keyed SM3 "blind index" so an
 * encrypted ID number can still be looked up by equality.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { type AuditKeyring, makeKeyring } from '../audit/seal.ts';

const VERSION = 'v1';

export function sm3Hex(data: string | Buffer): string {
  return createHash('sm3').update(data).digest('hex');
}

export interface DataKeys {
  /** 16-byte SM4 key. */
  encryption: Buffer;
  /** Key for the HMAC-SM3 tag and blind indexes. */
  mac: Buffer;
  /** Keys that seal the audit trail (current, and retired ones still able to verify). */
  audit: AuditKeyring;
}

/**
 * Derive the encryption and MAC keys from one master secret (at least 16 bytes). The audit key
 * is derived from it too unless a separate one is given (a province may have the audit key held
 * by someone other than the data key's keeper).
 */
export function deriveDataKeys(
  master: Buffer,
  audit: { key?: Buffer | undefined; retired?: Buffer[] } = {},
): DataKeys {
  if (master.length < 16) throw new Error('the data key must be at least 16 bytes');
  const auditKey = audit.key ?? createHmac('sm3', master).update('lianban/audit-seal').digest();
  return {
    encryption: createHmac('sm3', master).update('lianban/sm4-ctr').digest().subarray(0, 16),
    mac: createHmac('sm3', master).update('lianban/hmac-sm3').digest(),
    audit: makeKeyring(auditKey, audit.retired ?? []),
  };
}

/** Encrypts to `v1.<iv>.<ciphertext>.<tag>` (base64url parts). */
export function encryptField(keys: DataKeys, plaintext: string): string {
  const iv = randomBytes(16);
  const cipher = createCipheriv('sm4-ctr', keys.encryption, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const tag = createHmac('sm3', keys.mac).update(iv).update(ciphertext).digest();
  return [
    VERSION,
    iv.toString('base64url'),
    ciphertext.toString('base64url'),
    tag.toString('base64url'),
  ].join('.');
}

export function decryptField(keys: DataKeys, sealed: string): string {
  const [version, ivPart, ctPart, tagPart] = sealed.split('.');
  if (version !== VERSION || !ivPart || ctPart === undefined || !tagPart)
    throw new Error('not an encrypted field');
  const iv = Buffer.from(ivPart, 'base64url');
  const ciphertext = Buffer.from(ctPart, 'base64url');
  const expected = createHmac('sm3', keys.mac).update(iv).update(ciphertext).digest();
  const tag = Buffer.from(tagPart, 'base64url');
  if (tag.length !== expected.length || !timingSafeEqual(tag, expected))
    throw new Error('encrypted field was altered');
  const decipher = createDecipheriv('sm4-ctr', keys.encryption, iv);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
}

/** Deterministic keyed digest for equality look-ups of an encrypted value. */
export function blindIndex(keys: DataKeys, value: string): string {
  return createHmac('sm3', keys.mac).update('index:').update(value).digest('hex');
}
