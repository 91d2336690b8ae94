import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCaseCode, isValidCaseCode, parseCaseCode } from './case-code.ts';
import {
  birthDateFromIdNumber,
  isValidMobileNumber,
  isValidResidentIdNumber,
  maskIdNumber,
  maskName,
  maskPhone,
} from './identity-numbers.ts';

describe('resident ID number (GB 11643)', () => {
  it('accepts the standard example and a lower-case x', () => {
    expect(isValidResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isValidResidentIdNumber('11010519491231002x')).toBe(true);
  });
  it('refuses a wrong check character, a non-date and the wrong length', () => {
    expect(isValidResidentIdNumber('110105194912310021')).toBe(false);
    // 1949-02-31 with the check character (6) it would have if the date were real.
    expect(isValidResidentIdNumber('110105194902310026')).toBe(false);
    expect(isValidResidentIdNumber('1101051949123100')).toBe(false);
  });
  it('reads the birth date', () => {
    expect(birthDateFromIdNumber('11010519491231002X')).toBe('1949-12-31');
  });
  it('catches every single-digit typo', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const id = '11010519491231002X';
        const digit = (Number(id[position]) + delta) % 10;
        const typo = id.slice(0, position) + digit + id.slice(position + 1);
        return !isValidResidentIdNumber(typo);
      }),
    );
  });
});

describe('masks', () => {
  it('keep only what staff need to recognise a person', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskName('张三丰')).toBe('张**');
  });
  it('checks mobile numbers', () => {
    expect(isValidMobileNumber('13812345678')).toBe(true);
    expect(isValidMobileNumber('12812345678')).toBe(false);
    expect(isValidMobileNumber('1381234567')).toBe(false);
  });
});

describe('unified case code', () => {
  it('has region, date, sequence and a check character', () => {
    const code = formatCaseCode('530102', '20261122', 42);
    expect(code).toHaveLength(21);
    expect(code.startsWith('53010220261122000042')).toBe(true);
    // ISO 7064 MOD 11-2 over the 20 digits gives 6.
    expect(code).toBe('530102202611220000426');
    expect(parseCaseCode(code)).toEqual({ regionCode: '530102', date: '20261122', sequence: 42 });
  });
  it('detects any single-character change', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 0, max: 19 }),
        fc.integer({ min: 1, max: 9 }),
        (seq, pos, delta) => {
          const code = formatCaseCode('530102', '20261122', seq);
          const changed = code.slice(0, pos) + ((Number(code[pos]) + delta) % 10) + code.slice(pos + 1);
          return isValidCaseCode(code) && !isValidCaseCode(changed);
        },
      ),
    );
  });
});
