/**
 * The unified case code (办件编码). Format, 21 characters:
 *
 *   RRRRRR YYYYMMDD SSSSSS C
 *   region  date    sequence check
 *
 * - region: the GB/T 2260 code of the county where the case was filed;
 * - date: the filing date (Asia/Shanghai);
 * - sequence: per region and date, from 000001, allocated by the database so it is unique under
 *   concurrency on every backend;
 * - check: ISO 7064 MOD 11-2 over the first 20 digits, as in the resident ID number (0–9 or X),
 *   so a mistyped code is caught before it is looked up.
 */
import { compactDate, serviceDate } from './clock.ts';

const CHECK_CHARS = '10X98765432';

export function mod11_2CheckChar(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const weight = 2 ** (digits.length - i) % 11;
    sum += Number(digits[i]) * weight;
  }
  return CHECK_CHARS[sum % 11] as string;
}

export function formatCaseCode(regionCode: string, date: string, sequence: number): string {
  if (!/^\d{6}$/.test(regionCode)) throw new Error('region code must be six digits');
  if (!/^\d{8}$/.test(date)) throw new Error('date must be YYYYMMDD');
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999_999)
    throw new Error('sequence out of range');
  const body = `${regionCode}${date}${String(sequence).padStart(6, '0')}`;
  return body + mod11_2CheckChar(body);
}

export function isValidCaseCode(code: string): boolean {
  if (!/^\d{20}[\dX]$/.test(code)) return false;
  return mod11_2CheckChar(code.slice(0, 20)) === code[20];
}

export function parseCaseCode(code: string): { regionCode: string; date: string; sequence: number } | null {
  if (!isValidCaseCode(code)) return null;
  return { regionCode: code.slice(0, 6), date: code.slice(6, 14), sequence: Number(code.slice(14, 20)) };
}

/** The filing date in China as YYYYMMDD. */
export function chinaDateStamp(at: Date): string {
  return compactDate(serviceDate(at));
}
