import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { blindIndex, decryptField, deriveDataKeys, encryptField, sm3Hex } from './national-crypto.ts';

const keys = deriveDataKeys(randomBytes(32));

describe('national cryptography', () => {
  it('computes the SM3 test vector', () => {
    expect(sm3Hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });
  it('round-trips a field through SM4 and hides it', () => {
    const sealed = encryptField(keys, '530102194001050019');
    expect(sealed).not.toContain('530102194001050019');
    expect(decryptField(keys, sealed)).toBe('530102194001050019');
    expect(encryptField(keys, '530102194001050019')).not.toBe(sealed);
  });
  it('refuses an altered ciphertext', () => {
    const sealed = encryptField(keys, '13912345678');
    const parts = sealed.split('.');
    const ct = Buffer.from(parts[2] as string, 'base64url');
    ct[0] = (ct[0] as number) ^ 1;
    parts[2] = ct.toString('base64url');
    expect(() => decryptField(keys, parts.join('.'))).toThrow(/altered/);
  });
  it('refuses another key', () => {
    const sealed = encryptField(keys, '13912345678');
    expect(() => decryptField(deriveDataKeys(randomBytes(32)), sealed)).toThrow();
  });
  it('gives a stable blind index per key', () => {
    expect(blindIndex(keys, 'a')).toBe(blindIndex(keys, 'a'));
    expect(blindIndex(keys, 'a')).not.toBe(blindIndex(deriveDataKeys(randomBytes(32)), 'a'));
  });
});
