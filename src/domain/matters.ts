/**
 * The matters (事项) a case can bundle. This is the seed of the matter catalog: each matter names
 * its department and the form fields it needs, so a sub-case carries only those fields.
 */
import type { DepartmentCode } from './departments.ts';

export interface Matter {
  code: string;
  nameZh: string;
  nameEn: string;
  departmentCode: DepartmentCode;
  /** Committed time limit (承诺时限) in working days. */
  committedWorkingDays: number;
  /** Canonical form fields this matter's department receives. */
  fields: readonly string[];
}

export const MATTERS: readonly Matter[] = [
  {
    code: 'household-registration-cancellation',
    nameZh: '户口注销',
    nameEn: 'Household registration cancellation',
    departmentCode: 'public-security',
    committedWorkingDays: 1,
    fields: [
      'deceased.name',
      'deceased.idNumber',
      'deceased.dateOfDeath',
      'deceased.householdRegion',
      'applicant.name',
      'applicant.phone',
      'applicant.relationship',
    ],
  },
];

export function findMatter(code: string): Matter | undefined {
  return MATTERS.find((m) => m.code === code);
}
