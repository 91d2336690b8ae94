import { describe, expect, it } from 'vitest';
import { mayTakeOn } from './permissions.ts';
import { regionCovers, regionLevelOf, regionPrefix } from './regions.ts';

describe('regions (GB/T 2260)', () => {
  it('knows the level of a code', () => {
    expect(regionLevelOf('530000')).toBe('province');
    expect(regionLevelOf('530100')).toBe('prefecture');
    expect(regionLevelOf('530102')).toBe('county');
    expect(regionPrefix('532500')).toBe('5325');
  });
  it('lets a province-level role see its whole province and nothing else', () => {
    expect(regionCovers('530000', '533324')).toBe(true);
    expect(regionCovers('530000', '430621')).toBe(false);
    expect(regionCovers('530100', '530102')).toBe(true);
    expect(regionCovers('530100', '530302')).toBe(false);
    expect(regionCovers('530102', '530103')).toBe(false);
    expect(regionCovers('530102', '530102')).toBe(true);
  });
  it('keeps a department to its own sub-cases', () => {
    const police = {
      kind: 'staff' as const,
      role: 'department_approver' as const,
      departmentCode: 'public-security' as const,
      regionCode: '530102',
    };
    const sees = (departmentCode: string, regionCode: string) =>
      mayTakeOn(police, 'sub_case.read', { departmentCode, regionCode });
    expect(sees('public-security', '530102')).toBe(true);
    expect(sees('human-resources', '530102')).toBe(false);
    expect(sees('public-security', '530302')).toBe(false);
  });
});
