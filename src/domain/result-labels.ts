/**
 * What each value of a department's result is called, for one matter. The result type gives the
 * shape (a certificate's number and date, a payment's amount, …); a cancellation or termination
 * ends something different for each matter, so the catalog names its date (户口注销日期 for the
 * household registration, 终止参保日期 for medical insurance, 待遇停发日期 for a pension). The
 * result form, the result summary, the notices and the family's page all use these labels.
 */

import type { Bilingual } from './bilingual.ts';
import type { CatalogMatter } from './catalog.ts';

export type ResultType = CatalogMatter['resultType'];

export const RESULT_VALUE_KEYS = [
  'documentNumber',
  'issuedOn',
  'cancelledOn',
  'amountYuan',
  'paidOn',
  'accountMasked',
  'summary',
  'effectiveOn',
] as const;

export type ResultValueKey = (typeof RESULT_VALUE_KEYS)[number];

export type ResultLabels = Record<ResultValueKey, Bilingual>;

const DEFAULT_LABELS: ResultLabels = {
  documentNumber: { zh: '文书编号', en: 'Document number' },
  issuedOn: { zh: '出具日期', en: 'Issued on' },
  cancelledOn: { zh: '注销日期', en: 'Cancelled on' },
  amountYuan: { zh: '支付金额（元）', en: 'Amount (yuan)' },
  paidOn: { zh: '支付日期', en: 'Paid on' },
  accountMasked: { zh: '收款账户', en: 'Paid to account' },
  summary: { zh: '查询结果摘要', en: 'Summary of the result' },
  effectiveOn: { zh: '终止日期', en: 'Ended on' },
};

/** The date a result of each type records, if it has one. */
export const RESULT_DATE_KEY: Record<ResultType, ResultValueKey | null> = {
  certificate: 'issuedOn',
  cancellation: 'cancelledOn',
  payment: 'paidOn',
  'inquiry-result': null,
  termination: 'effectiveOn',
};

type LabelledMatter = Pick<CatalogMatter, 'resultType'> &
  Partial<Pick<CatalogMatter, 'resultDateLabel' | 'resultDateLabelEn'>>;

/** The labels of a matter's result values; without a matter, the plain labels of its type. */
export function resultLabels(matter: LabelledMatter | undefined): ResultLabels {
  const labels = { ...DEFAULT_LABELS };
  const dateKey = matter ? RESULT_DATE_KEY[matter.resultType] : null;
  if (matter && dateKey && matter.resultDateLabel) {
    labels[dateKey] = { zh: matter.resultDateLabel, en: matter.resultDateLabelEn ?? matter.resultDateLabel };
  }
  return labels;
}

/** A result in one line, for notices and messages: "户口注销日期：2026-11-05". */
export function resultInOneLine(
  result: Record<string, unknown>,
  labels: ResultLabels,
  language: 'zh' | 'en' = 'zh',
): string | null {
  const pick = (key: ResultValueKey) => labels[key][language];
  const value = (key: ResultValueKey) => String(result[key] ?? '');
  const separator = language === 'zh' ? '：' : ': ';
  const join = language === 'zh' ? '，' : '; ';
  const line = (...keys: ResultValueKey[]) =>
    keys
      .filter((key) => value(key))
      .map((key) => `${pick(key)}${separator}${value(key)}`)
      .join(join);
  switch (result.type) {
    case 'certificate':
      return line('documentNumber', 'issuedOn');
    case 'cancellation':
      return line('cancelledOn', 'documentNumber');
    case 'payment':
      return line('paidOn', 'accountMasked');
    case 'inquiry-result':
      return line('documentNumber');
    case 'termination':
      return line('effectiveOn');
    default:
      return null;
  }
}
