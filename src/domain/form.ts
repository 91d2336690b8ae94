/**
 * The one merged form (多表合一、一表申请). Each matter declares the canonical fields it needs;
 * the form for a bundle is their union, deduplicated, grouped and ordered for a person (who died,
 * how, who you are, where money goes) rather than by department. Each field says where its value
 * may come from, so the family types only what no government system already knows.
 */
import type { Bilingual } from './bilingual.ts';
import { fieldLabel, RELATIONSHIPS } from './fields.ts';

export const FORM_GROUPS = [
  { id: 'deceased', title: { zh: '逝者信息', en: 'The person who died' } },
  { id: 'death', title: { zh: '去世情况', en: 'About the death' } },
  { id: 'applicant', title: { zh: '您的信息', en: 'About you' } },
  { id: 'payee', title: { zh: '收款账户', en: 'Where payments go' } },
  { id: 'other', title: { zh: '其他信息', en: 'Other details' } },
] as const;

export type FormGroupId = (typeof FORM_GROUPS)[number]['id'];

export type InputKind = 'text' | 'id-number' | 'date' | 'phone' | 'select' | 'bank-card' | 'bank-name';

/** Where a value can come from. Certified sources cannot be edited by the family, only flagged. */
export type PrefillSource =
  | 'population'
  | 'death-record'
  | 'cremation-record'
  | 'traffic'
  | 'identity'
  | 'citizen-profile'
  | 'questionnaire'
  | 'region'
  | 'e-licence';

export const PREFILL_SOURCES: Record<PrefillSource, { label: Bilingual; certified: boolean }> = {
  population: { label: { zh: '人口信息库', en: 'Population registry' }, certified: true },
  'death-record': { label: { zh: '死亡医学证明', en: 'Medical death certificate' }, certified: true },
  'cremation-record': { label: { zh: '火化证明', en: 'Cremation certificate' }, certified: true },
  traffic: { label: { zh: '公安交管驾驶人信息', en: 'Driver records' }, certified: true },
  identity: { label: { zh: '统一身份认证', en: 'Unified identity service' }, certified: true },
  'citizen-profile': { label: { zh: '您的账户资料', en: 'Your account' }, certified: false },
  questionnaire: {
    label: { zh: '您在情形引导中的回答', en: 'Your answer in the questions' },
    certified: false,
  },
  region: { label: { zh: '本地为火葬区', en: 'This is a cremation area' }, certified: true },
  'e-licence': { label: { zh: '电子证照库', en: 'E-licence library' }, certified: true },
};

export interface FormField {
  key: string;
  group: FormGroupId;
  input: InputKind;
  options?: readonly ({ value: string } & Bilingual)[];
  /** Sources that can fill the field, most trusted first. */
  prefill?: readonly PrefillSource[];
  hint?: Bilingual;
  /** Asked of every application, whatever the matters (identity and contact); kept on the case. */
  always?: boolean;
  /** May be left empty. */
  optional?: boolean;
}

const DEATH_CIRCUMSTANCES = [
  { value: 'home', zh: '在家或养老机构自然去世', en: 'At home or in a care home' },
  { value: 'hospital', zh: '在医院或送医途中去世', en: 'In hospital or on the way' },
  { value: 'unnatural', zh: '非正常死亡', en: 'Unnatural death' },
] as const;

const FUNERAL_MODES = [
  { value: 'cremation', zh: '火化', en: 'Cremation' },
  { value: 'burial', zh: '土葬', en: 'Burial' },
] as const;

export const FORM_FIELDS: readonly FormField[] = [
  { key: 'deceased.name', group: 'deceased', input: 'text', prefill: ['population'], always: true },
  { key: 'deceased.idNumber', group: 'deceased', input: 'id-number', always: true },
  {
    key: 'deceased.dateOfBirth',
    group: 'deceased',
    input: 'date',
    prefill: ['population'],
    optional: true,
    hint: { zh: '应与身份证号码中的出生日期一致', en: 'Must match the birth date in the ID number' },
  },
  { key: 'deceased.dateOfDeath', group: 'death', input: 'date', prefill: ['death-record'], always: true },
  { key: 'deceased.placeOfDeath', group: 'death', input: 'text', prefill: ['death-record'] },
  {
    key: 'deceased.deathCircumstance',
    group: 'death',
    input: 'select',
    options: DEATH_CIRCUMSTANCES,
    prefill: ['death-record', 'questionnaire'],
  },
  {
    key: 'deceased.funeralMode',
    group: 'death',
    input: 'select',
    options: FUNERAL_MODES,
    prefill: ['cremation-record', 'region', 'questionnaire'],
  },
  { key: 'applicant.name', group: 'applicant', input: 'text', prefill: ['identity'], always: true },
  { key: 'applicant.idNumber', group: 'applicant', input: 'id-number', prefill: ['identity'] },
  { key: 'applicant.phone', group: 'applicant', input: 'phone', prefill: ['citizen-profile'], always: true },
  {
    key: 'applicant.relationship',
    group: 'applicant',
    input: 'select',
    options: RELATIONSHIPS.map((r) => ({ value: r.code, zh: r.zh, en: r.en })),
    prefill: ['e-licence', 'questionnaire'],
    always: true,
  },
  { key: 'payee.accountHolder', group: 'payee', input: 'text' },
  { key: 'payee.bankName', group: 'payee', input: 'bank-name' },
  {
    key: 'payee.accountNumber',
    group: 'payee',
    input: 'bank-card',
    hint: { zh: '请核对银行卡上的卡号，16至19位数字', en: 'The 16 to 19 digits on the card' },
  },
  { key: 'deceased.drivingLicenceNumber', group: 'other', input: 'id-number', prefill: ['traffic'] },
  { key: 'deposit.bankName', group: 'other', input: 'bank-name' },
];

export function findFormField(key: string): FormField | undefined {
  return FORM_FIELDS.find((f) => f.key === key);
}

export interface MergedField extends FormField {
  label: Bilingual;
  /** The matters that need this field (empty for identity and contact fields every form asks). */
  neededBy: string[];
}

export interface MergedForm {
  groups: { id: FormGroupId; title: Bilingual; fields: MergedField[] }[];
  keys: string[];
}

/**
 * The union of the matters' fields, each once, grouped and ordered for a person. Nothing else is
 * asked: a value the family sees must reach the case — the fields every form asks are kept on the
 * case itself, every other one in the sub-case of each matter that declares it.
 */
export function mergeForm(matters: readonly { code: string; fields: readonly string[] }[]): MergedForm {
  const needed = new Map<string, string[]>();
  for (const field of FORM_FIELDS) if (field.always) needed.set(field.key, []);
  for (const matter of matters) {
    for (const key of matter.fields) {
      if (!findFormField(key)) continue;
      needed.set(key, [...(needed.get(key) ?? []), matter.code]);
    }
  }
  const groups = FORM_GROUPS.map((group) => ({
    id: group.id,
    title: group.title,
    fields: FORM_FIELDS.filter((f) => f.group === group.id && needed.has(f.key)).map((f) => {
      const label = fieldLabel(f.key);
      return { ...f, label: { zh: label.zh, en: label.en }, neededBy: needed.get(f.key) ?? [] };
    }),
  })).filter((g) => g.fields.length > 0);
  return { groups, keys: groups.flatMap((g) => g.fields.map((f) => f.key)) };
}
