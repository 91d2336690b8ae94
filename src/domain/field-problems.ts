/**
 * One problem with one field, named by its path and described in Chinese and English — the shape
 * of every validation answer, so the family corrects everything in one pass.
 */
import type { Bilingual } from './bilingual.ts';
import { fieldLabel } from './fields.ts';

export interface FieldProblem {
  field: string;
  labelZh: string;
  labelEn: string;
  zh: string;
  en: string;
}

/**
 * A problem with a field, named by its label from the field dictionary — or by `label` when the
 * caller knows a better name (a material's name from the catalog). The `field` key is for programs;
 * the texts a person reads never contain it.
 */
export function problem(field: string, zh: string, en: string, label?: Bilingual): FieldProblem {
  const named = label ?? fieldLabel(field);
  return { field, labelZh: named.zh, labelEn: named.en, zh, en };
}
