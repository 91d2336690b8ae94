/**
 * One problem with one field, named by its path and described in Chinese and English — the shape
 * of every validation answer, so the family corrects everything in one pass.
 */
import { fieldLabel } from './fields.ts';

export interface FieldProblem {
  field: string;
  labelZh: string;
  labelEn: string;
  zh: string;
  en: string;
}

export function problem(field: string, zh: string, en: string): FieldProblem {
  const label = fieldLabel(field);
  return { field, labelZh: label.zh, labelEn: label.en, zh, en };
}
