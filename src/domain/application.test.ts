import { describe, expect, it } from 'vitest';
import { type ApplicationInput, validateApplication } from './application.ts';

const context = {
  today: '2026-11-22',
  knownRegion: (c: string) => c === '530102',
  knownMatter: (c: string) => c === 'm',
};
const valid: ApplicationInput = {
  regionCode: '530102',
  matterCodes: ['m'],
  deceased: { name: '王建国', idNumber: '530102194001050019', dateOfDeath: '2026-11-01' },
  applicant: { name: '王小明', phone: '13912345678', relationship: 'child' },
  declarationAccepted: true,
};

describe('application validation', () => {
  it('accepts a complete application', () => {
    expect(validateApplication(valid, context)).toEqual([]);
  });
  it('refuses a date of death in the future or before birth', () => {
    const future = validateApplication(
      { ...valid, deceased: { ...valid.deceased, dateOfDeath: '2026-11-23' } },
      context,
    );
    expect(future.map((p) => p.field)).toEqual(['deceased.dateOfDeath']);
    const beforeBirth = validateApplication(
      { ...valid, deceased: { ...valid.deceased, dateOfDeath: '1939-01-01' } },
      context,
    );
    expect(beforeBirth[0]?.zh).toContain('出生日期');
  });
  it('reports every problem at once with Chinese and English labels', () => {
    const problems = validateApplication(
      {
        regionCode: '999999',
        matterCodes: [],
        deceased: { name: '', idNumber: 'x', dateOfDeath: '2026-02-30' },
        applicant: { name: '1', phone: '1', relationship: '' },
        declarationAccepted: false,
      },
      context,
    );
    expect(problems.map((p) => p.field)).toEqual([
      'regionCode',
      'matterCodes',
      'deceased.name',
      'deceased.idNumber',
      'deceased.dateOfDeath',
      'applicant.name',
      'applicant.phone',
      'applicant.relationship',
      'declarationAccepted',
    ]);
    for (const p of problems) {
      expect(p.labelZh).not.toBe(p.field);
      expect(p.zh.length).toBeGreaterThan(0);
      expect(p.en.length).toBeGreaterThan(0);
    }
  });
});
