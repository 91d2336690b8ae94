import { describe, expect, it } from 'vitest';
import { countOf } from './bilingual.ts';
import { MatterSchema } from './catalog.ts';

describe('an English count', () => {
  it('is singular for one and plural otherwise', () => {
    expect(countOf(1, 'working day')).toBe('1 working day');
    expect(countOf(2, 'working day')).toBe('2 working days');
    expect(countOf(0, 'file')).toBe('0 files');
    expect(countOf(10, 'file')).toBe('10 files');
  });

  it('takes an irregular plural', () => {
    expect(countOf(1, 'person', 'people')).toBe('1 person');
    expect(countOf(3, 'person', 'people')).toBe('3 people');
  });
});

describe('the catalog problem of a committed limit longer than the statutory one', () => {
  const matter = {
    code: 'household-registration-cancellation',
    name: '死亡人员户口注销',
    nameEn: 'Cancellation of household registration',
    department: 'public-security',
    level: 'county',
    implementer: '户籍所在地派出所',
    implementerEn: 'The police station of the household registration',
    legalBasis: ['《户口登记条例》'],
    conditions: ['户籍人员死亡'],
    conditionsEn: ['A registered resident died'],
    materials: [],
    resultType: 'certificate',
    needsApplication: true,
    fields: ['deceased.name'],
    sources: ['yunnan'],
  };

  it('counts working days in good English', () => {
    const parsed = MatterSchema.safeParse({ ...matter, statutoryWorkingDays: 1, committedWorkingDays: 2 });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain(
      'the committed limit of 2 working days is longer than the statutory 1 working day',
    );
  });
});
