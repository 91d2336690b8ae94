import { describe, expect, it } from 'vitest';
import { displayedField, fieldDisplayText } from './field-display.ts';

describe('a stored field value in words', () => {
  it('names a coded choice by its label, in Chinese and English', () => {
    expect(fieldDisplayText('applicant.relationship', 'child')).toEqual({ zh: '子女', en: 'Child' });
    expect(fieldDisplayText('applicant.relationship', 'spouse')).toEqual({ zh: '配偶', en: 'Spouse' });
    expect(fieldDisplayText('deceased.funeralMode', 'cremation')).toEqual({ zh: '火化', en: 'Cremation' });
    expect(fieldDisplayText('deceased.funeralMode', 'burial')).toEqual({ zh: '土葬', en: 'Burial' });
    expect(fieldDisplayText('deceased.deathCircumstance', 'hospital')).toEqual({
      zh: '在医院或送医途中去世',
      en: 'In hospital or on the way',
    });
  });

  it('shows a date as written, so every page reads the same date', () => {
    expect(fieldDisplayText('deceased.dateOfBirth', '1940-01-05')).toEqual({
      zh: '1940-01-05',
      en: '1940-01-05',
    });
    expect(fieldDisplayText('deceased.dateOfDeath', '2026-11-01')?.zh).toBe('2026-11-01');
  });

  it('keeps text as typed, a bank branch included', () => {
    expect(fieldDisplayText('payee.bankName', '中国工商银行昆明五华支行')?.zh).toBe(
      '中国工商银行昆明五华支行',
    );
    expect(fieldDisplayText('deceased.name', ' 王建国 ')?.zh).toBe('王建国');
  });

  it('shows identifiers in full for an audited view, masked when asked', () => {
    expect(fieldDisplayText('deceased.idNumber', '530102194001050019')?.zh).toBe('530102194001050019');
    expect(fieldDisplayText('deceased.idNumber', '530102194001050019', { mask: true })?.zh).toBe(
      '5301**********0019',
    );
    expect(fieldDisplayText('applicant.phone', '13800000001', { mask: true })?.zh).toBe('138****0001');
    expect(fieldDisplayText('payee.accountNumber', '6222021234567890128', { mask: true })?.zh).toBe(
      '**** **** **** 0128',
    );
  });

  it('gives nothing for a field left empty', () => {
    expect(fieldDisplayText('deceased.placeOfDeath', '')).toBeNull();
    expect(fieldDisplayText('deceased.placeOfDeath', undefined)).toBeNull();
    expect(fieldDisplayText('deceased.placeOfDeath', '   ')).toBeNull();
  });

  it('labels a field from the dictionary, never with its key', () => {
    expect(displayedField('deceased.dateOfBirth', '1940-01-05').label).toEqual({
      zh: '出生日期',
      en: 'Date of birth',
    });
    expect(displayedField('something.unknown', 'x').label.zh).not.toContain('something');
  });
});
