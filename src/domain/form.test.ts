import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORM_FIELDS, mergeForm } from './form.ts';
import { KNOWN_BANKS, validateFormValues } from './form-validation.ts';
import { isValidBankCardNumber } from './identity-numbers.ts';

const cancellation = {
  code: 'household-registration-cancellation',
  fields: [
    'deceased.name',
    'deceased.idNumber',
    'deceased.dateOfBirth',
    'deceased.dateOfDeath',
    'applicant.name',
    'applicant.phone',
    'applicant.relationship',
  ],
};
const payout = {
  code: 'housing-fund-withdrawal',
  fields: [
    'deceased.name',
    'deceased.idNumber',
    'deceased.dateOfDeath',
    'applicant.name',
    'applicant.idNumber',
    'applicant.phone',
    'applicant.relationship',
    'payee.accountHolder',
    'payee.bankName',
    'payee.accountNumber',
  ],
};

const valid = {
  'deceased.name': '王建国',
  'deceased.idNumber': '530102194001050019',
  'deceased.dateOfBirth': '1940-01-05',
  'deceased.dateOfDeath': '2026-11-01',
  'applicant.name': '王小明',
  'applicant.idNumber': '530102198503140020',
  'applicant.phone': '13912345678',
  'applicant.relationship': 'child',
  'payee.accountHolder': '王小明',
  'payee.bankName': '中国建设银行',
  'payee.accountNumber': '6222021234567890128',
};

/** Who died and when, who applies, how to reach them and how they are related: on every form. */
const ASKED_OF_EVERYONE = [
  'deceased.name',
  'deceased.idNumber',
  'deceased.dateOfDeath',
  'applicant.name',
  'applicant.phone',
  'applicant.relationship',
];

describe('merged form', () => {
  it('asks who died and when, who applies, how to reach them and how they are related, whatever the matters', () => {
    expect(mergeForm([]).keys).toEqual(ASKED_OF_EVERYONE);
  });

  it('asks each field once, grouped for a person, naming the matters that need it', () => {
    const form = mergeForm([cancellation, payout]);
    expect(new Set(form.keys).size).toBe(form.keys.length);
    expect(form.groups.map((g) => g.id)).toEqual(['deceased', 'death', 'applicant', 'payee']);
    const deceasedName = form.groups[0]?.fields.find((f) => f.key === 'deceased.name');
    expect(deceasedName?.neededBy).toEqual([
      'household-registration-cancellation',
      'housing-fund-withdrawal',
    ]);
    expect(deceasedName?.label.zh).toBe('逝者姓名');
  });

  it('asks for a bank account only when a matter pays money', () => {
    expect(mergeForm([cancellation]).keys).not.toContain('payee.accountNumber');
    expect(mergeForm([cancellation, payout]).keys).toContain('payee.accountNumber');
  });

  it('property: the form is exactly the union of the declared fields plus identity and contact', () => {
    const keys = FORM_FIELDS.map((f) => f.key);
    fc.assert(
      fc.property(fc.array(fc.subarray(keys), { maxLength: 5 }), (declared) => {
        const form = mergeForm(declared.map((fields, i) => ({ code: `m${i}`, fields })));
        const expected = new Set([...declared.flat(), ...ASKED_OF_EVERYONE]);
        return form.keys.length === expected.size && form.keys.every((k) => expected.has(k));
      }),
    );
  });
});

describe('form validation', () => {
  const form = mergeForm([cancellation, payout]);
  const today = '2026-11-22';

  it('accepts a complete, correct form', () => {
    expect(validateFormValues(form, valid, { today, relationshipProved: true })).toEqual([]);
  });

  const cases: [string, Record<string, string>, string, string][] = [
    ['ID check digit', { 'deceased.idNumber': '530102194001050018' }, 'deceased.idNumber', '公民身份号码'],
    ['birth date against the ID', { 'deceased.dateOfBirth': '1940-01-06' }, 'deceased.dateOfBirth', '不一致'],
    [
      'date of death in the future',
      { 'deceased.dateOfDeath': '2026-11-23' },
      'deceased.dateOfDeath',
      '晚于今天',
    ],
    [
      'date of death before birth',
      { 'deceased.dateOfDeath': '1939-12-31' },
      'deceased.dateOfDeath',
      '早于出生日期',
    ],
    [
      'applicant is the deceased',
      { 'applicant.idNumber': '530102194001050019' },
      'applicant.idNumber',
      '逝者本人',
    ],
    ['mobile number', { 'applicant.phone': '1391234567' }, 'applicant.phone', '手机号码'],
    ['relationship from the list', { 'applicant.relationship': 'friend' }, 'applicant.relationship', '选择'],
    ['bank card Luhn', { 'payee.accountNumber': '6222021234567890127' }, 'payee.accountNumber', '银行卡号'],
    ['bank name', { 'payee.bankName': '某某' }, 'payee.bankName', '开户银行'],
    ['required field', { 'applicant.name': '' }, 'applicant.name', '请填写申请人姓名'],
  ];
  for (const [rule, change, field, words] of cases) {
    it(`checks the ${rule}`, () => {
      const problems = validateFormValues(form, { ...valid, ...change }, { today, relationshipProved: true });
      expect(problems.map((p) => p.field)).toEqual([field]);
      expect(problems[0]?.zh).toContain(words);
      expect(problems[0]?.en.length).toBeGreaterThan(5);
      expect(problems[0]?.labelEn.length).toBeGreaterThan(2);
    });
  }

  it('wants the relationship proved', () => {
    const problems = validateFormValues(form, valid, { today, relationshipProved: false });
    expect(problems.map((p) => p.field)).toEqual(['relationshipProof']);
  });

  it('reports every problem at once', () => {
    const problems = validateFormValues(
      form,
      {
        ...valid,
        'deceased.idNumber': 'x',
        'applicant.phone': '1',
        'payee.accountNumber': '1',
        'payee.bankName': '',
      },
      { today, relationshipProved: false },
    );
    expect(problems.map((p) => p.field).sort()).toEqual(
      [
        'applicant.phone',
        'deceased.idNumber',
        'payee.accountNumber',
        'payee.bankName',
        'relationshipProof',
      ].sort(),
    );
  });

  it.each([
    '中国工商银行昆明五华支行',
    '中国建设银行',
    '富滇银行昆明分行营业部',
    '云南省农村信用社官渡信用分社',
    '中国邮政储蓄银行五华区储蓄所',
  ])('takes the bank %s, with its branch as people write it', (bank) => {
    expect(
      validateFormValues(form, { ...valid, 'payee.bankName': bank }, { today, relationshipProved: true }),
    ).toEqual([]);
  });

  it.each([
    '某某',
    '五华支行',
    '中国工商银行昆明五华支行和别的什么东西的名字很长很长很长很长很长很长很长很长支行',
  ])('refuses %s as a bank', (bank) => {
    const problems = validateFormValues(
      form,
      { ...valid, 'payee.bankName': bank },
      { today, relationshipProved: true },
    );
    expect(problems.map((p) => p.field)).toEqual(['payee.bankName']);
  });

  it('knows the common banks', () => {
    expect(KNOWN_BANKS).toContain('富滇银行');
    expect(isValidBankCardNumber('6222 0212 3456 7890 128')).toBe(true);
  });
});
