/**
 * Checks and masks for personal identifiers: the resident ID number (GB 11643, MOD 11-2 check
 * character, embedded birth date) and mainland mobile numbers.
 */
import { mod11_2CheckChar } from './case-code.ts';

export function isValidResidentIdNumber(value: string): boolean {
  const id = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  if (mod11_2CheckChar(id.slice(0, 17)) !== id[17]) return false;
  return birthDateFromIdNumber(id) !== null;
}

/** The birth date (YYYY-MM-DD) embedded in an ID number, or null if it is not a real date. */
export function birthDateFromIdNumber(id: string): string | null {
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (y < 1880) return null;
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

export function isValidMobileNumber(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value);
}

/** 530102199001011234 → 5301**********1234 */
export function maskIdNumber(id: string): string {
  if (id.length < 8) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

/** 13812345678 → 138****5678 */
export function maskPhone(phone: string): string {
  if (phone.length < 7) return '*'.repeat(phone.length);
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}

/** 张三丰 → 张** ; keeps the family name so staff can address the family politely. */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  return chars[0] + '*'.repeat(chars.length - 1);
}

/** Luhn (mod 10) check used by UnionPay bank card numbers; 16 to 19 digits. */
export function isValidBankCardNumber(value: string): boolean {
  const digits = value.replace(/\s+/g, '');
  if (!/^\d{16,19}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** 6222021234567890123 → **** **** **** 0123 */
export function maskBankCard(value: string): string {
  const digits = value.replace(/\s+/g, '');
  return `**** **** **** ${digits.slice(-4)}`;
}
