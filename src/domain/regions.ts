/**
 * Administrative regions (行政区划) by GB/T 2260 six-digit code, and the scope rule that a role
 * held at one region covers every region beneath it (a province-level role sees its province).
 */

export type RegionLevel = 'province' | 'prefecture' | 'county';

export interface Region {
  code: string;
  nameZh: string;
  nameEn: string;
  level: RegionLevel;
  parentCode: string | null;
  /** Funeral mode of the county: cremation area (火葬区) or burial area (土葬区). */
  funeralMode?: 'cremation' | 'burial';
  /** A pilot county (试点县) of the provincial plan. */
  pilot?: boolean;
}

const REGION_CODE = /^\d{6}$/;

export function isRegionCode(code: string): boolean {
  return REGION_CODE.test(code);
}

/** The significant prefix of a code: 530000 → "53", 530100 → "5301", 530102 → "530102". */
export function regionPrefix(code: string): string {
  if (!isRegionCode(code)) throw new Error(`not a GB/T 2260 region code: ${code}`);
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

export function regionLevelOf(code: string): RegionLevel {
  const prefix = regionPrefix(code);
  return prefix.length === 2 ? 'province' : prefix.length === 4 ? 'prefecture' : 'county';
}

/** True when a role held at `scopeCode` covers `targetCode` (the same region or one beneath it). */
export function regionCovers(scopeCode: string, targetCode: string): boolean {
  if (!isRegionCode(scopeCode) || !isRegionCode(targetCode)) return false;
  return targetCode.startsWith(regionPrefix(scopeCode));
}
