/**
 * A stored field value as a person reads it — the same words for the family, the window and the
 * departments: a coded choice by its label (配偶, 火化), a date as written (YYYY-MM-DD), an ID
 * number, mobile number or bank account either in full (for a view that is audited) or masked.
 */

import type { Bilingual } from './bilingual.ts';
import { findField } from './fields.ts';
import { findFormField } from './form.ts';
import { maskBankCard, maskIdNumber, maskPhone } from './identity-numbers.ts';

export interface DisplayOptions {
  /** Mask personal identifiers (lists, notices); a full view must be audited by the caller. */
  mask?: boolean;
}

/** The value of a field in words, in both languages; null when nothing was given. */
export function fieldDisplayText(
  key: string,
  value: string | null | undefined,
  options: DisplayOptions = {},
): Bilingual | null {
  const raw = (value ?? '').trim();
  if (!raw) return null;
  const option = findFormField(key)?.options?.find((o) => o.value === raw);
  if (option) return { zh: option.zh, en: option.en };
  const sensitive = findField(key)?.sensitive;
  if (options.mask && sensitive) {
    const masked =
      sensitive === 'phone'
        ? maskPhone(raw)
        : sensitive === 'bank-account'
          ? maskBankCard(raw)
          : maskIdNumber(raw);
    return { zh: masked, en: masked };
  }
  return { zh: raw, en: raw };
}

/** A field as shown in a staff or family view: its label, the value as stored and in words. */
export interface DisplayedField {
  key: string;
  label: Bilingual;
  value: string;
  /** Null when the field was left empty. */
  text: Bilingual | null;
}

export function displayedField(
  key: string,
  value: string | null | undefined,
  options: DisplayOptions = {},
): DisplayedField {
  const definition = findField(key);
  return {
    key,
    label: definition ? { ...definition.label } : { zh: '其他信息', en: 'Other' },
    value: value ?? '',
    text: fieldDisplayText(key, value, options),
  };
}
