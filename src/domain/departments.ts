/**
 * The departments (部门) that take part in the joint handling, named as in the two source
 * documents. Codes are stable identifiers used in roles, sub-cases and the exchange API.
 */
import type { Bilingual } from './bilingual.ts';

export const DEPARTMENTS = [
  { code: 'health', nameZh: '卫生健康', nameEn: 'Health' },
  { code: 'civil-affairs', nameZh: '民政', nameEn: 'Civil Affairs' },
  { code: 'public-security', nameZh: '公安', nameEn: 'Public Security' },
  { code: 'justice', nameZh: '司法', nameEn: 'Justice' },
  { code: 'human-resources', nameZh: '人力资源和社会保障', nameEn: 'Human Resources and Social Security' },
  { code: 'housing-fund', nameZh: '住房公积金', nameEn: 'Housing Provident Fund' },
  { code: 'medical-insurance', nameZh: '医疗保障', nameEn: 'Medical Insurance' },
  { code: 'market-regulation', nameZh: '市场监管', nameEn: 'Market Regulation' },
  { code: 'financial-regulation', nameZh: '金融监管（银行）', nameEn: 'Financial Regulation (banks)' },
  { code: 'disabled-federation', nameZh: '残疾人联合会', nameEn: "Disabled Persons' Federation" },
  { code: 'veterans-affairs', nameZh: '退役军人事务', nameEn: 'Veterans Affairs' },
] as const;

export type DepartmentCode = (typeof DEPARTMENTS)[number]['code'];

export function isDepartmentCode(code: string): code is DepartmentCode {
  return DEPARTMENTS.some((d) => d.code === code);
}

/** A department's name in both languages; an unknown code stands for itself. */
export function departmentName(code: string): Bilingual {
  const department = DEPARTMENTS.find((d) => d.code === code);
  return { zh: department?.nameZh ?? code, en: department?.nameEn ?? code };
}
