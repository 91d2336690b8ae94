import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../domain/fields.ts';
import { decryptField, deriveDataKeys } from '../security/national-crypto.ts';
import { sealSubCaseFields } from './submit-application.ts';

const keys = deriveDataKeys(randomBytes(32));
const keyNames = FIELDS.map((f) => f.key);

describe('sub-case fields', () => {
  it('property: a sub-case never holds a field its matter did not declare', () => {
    fc.assert(
      fc.property(
        fc.subarray(keyNames),
        fc.dictionary(fc.constantFrom(...keyNames), fc.string({ minLength: 1, maxLength: 20 })),
        (declared, values) => {
          const sealed = sealSubCaseFields(keys, declared, values);
          return Object.keys(sealed).every((k) => declared.includes(k));
        },
      ),
    );
  });

  it('encrypts the identifiers it keeps', () => {
    const sealed = sealSubCaseFields(keys, ['deceased.idNumber', 'deceased.name'], {
      'deceased.idNumber': '530102194001050019',
      'deceased.name': '王建国',
      'payee.accountNumber': '6222021234567890128',
    });
    expect(Object.keys(sealed).sort()).toEqual(['deceased.idNumber', 'deceased.name']);
    expect(sealed['deceased.idNumber']).not.toContain('530102194001050019');
    expect(decryptField(keys, sealed['deceased.idNumber'] as string)).toBe('530102194001050019');
  });
});
