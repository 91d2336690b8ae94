/**
 * Checks of a merged form's values, with no I/O. The server always runs them (the browser only
 * helps); every problem comes back at once, each naming its field in Chinese and English.
 */
import { type IsoDate, isIsoDate } from './clock.ts';
import { type FieldProblem, problem } from './field-problems.ts';
import { fieldLabel, RELATIONSHIPS } from './fields.ts';
import { findFormField, type MergedForm } from './form.ts';
import {
  birthDateFromIdNumber,
  isValidBankCardNumber,
  isValidMobileNumber,
  isValidResidentIdNumber,
} from './identity-numbers.ts';

const NAME = /^[\p{Script=Han}A-Za-z·•.\s]{2,40}$/u;

export const KNOWN_BANKS = [
  '中国工商银行',
  '中国农业银行',
  '中国银行',
  '中国建设银行',
  '交通银行',
  '中国邮政储蓄银行',
  '招商银行',
  '兴业银行',
  '中信银行',
  '上海浦东发展银行',
  '中国民生银行',
  '中国光大银行',
  '华夏银行',
  '平安银行',
  '广发银行',
  '富滇银行',
  '云南红塔银行',
  '云南省农村信用社',
  '湖南银行',
  '湖南省农村信用社',
  '岳阳农村商业银行',
] as const;

/** Longest bank name with its branch (开户行) the form takes. */
export const BANK_NAME_MAX_LENGTH = 40;

/**
 * A bank's full name, optionally with the branch where the account is held, as people write it
 * on a form: 中国建设银行, 富滇银行, 中国工商银行昆明五华支行, 云南省农村信用社官渡信用分社.
 */
const BANK_NAME =
  /^[\p{Script=Han}A-Za-z()（）]{2,30}?(银行|信用社|信用合作联社)([\p{Script=Han}A-Za-z0-9()（）]{1,30}(分行|支行|营业部|分理处|储蓄所|营业所|分社))?$/u;

export function isBankName(value: string): boolean {
  return (
    (KNOWN_BANKS as readonly string[]).includes(value) ||
    (value.length <= BANK_NAME_MAX_LENGTH && BANK_NAME.test(value))
  );
}

export interface FormContext {
  /** Today's date in China, from the caller's clock. */
  today: IsoDate;
  /** Whether the relationship is proved by an e-licence or an uploaded document. */
  relationshipProved?: boolean;
}

export function validateFormValues(
  form: MergedForm,
  values: Record<string, string | undefined>,
  context: FormContext,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const value = (key: string) => (values[key] ?? '').trim();
  const has = (key: string) => form.keys.includes(key);

  for (const key of form.keys) {
    const field = findFormField(key);
    if (!field) continue;
    const v = value(key);
    const label = fieldLabel(key);
    if (!v) {
      if (!field.optional) problems.push(problem(key, `请填写${label.zh}`, `${label.en} is required`));
      continue;
    }
    switch (field.input) {
      case 'text':
        if (key.endsWith('.name') || key.endsWith('accountHolder')) {
          if (!NAME.test(v))
            problems.push(
              problem(key, '姓名应为2至40个汉字或字母', 'A name is 2 to 40 Chinese characters or letters'),
            );
        } else if (v.length > 100) problems.push(problem(key, `${label.zh}太长`, `${label.en} is too long`));
        break;
      case 'id-number':
        if (key === 'deceased.drivingLicenceNumber') {
          if (!/^[\dA-Z]{12,18}$/i.test(v))
            problems.push(problem(key, '驾驶证号格式不正确', 'Not a driving licence number'));
        } else if (!isValidResidentIdNumber(v)) {
          problems.push(
            problem(
              key,
              '公民身份号码不正确，请核对18位号码（最后一位可能是X）',
              'The ID number is not valid; check all 18 characters (the last may be X)',
            ),
          );
        }
        break;
      case 'date':
        if (!isIsoDate(v))
          problems.push(problem(key, '日期格式应为 年-月-日，例如 2026-01-31', 'Use the form YYYY-MM-DD'));
        break;
      case 'phone':
        if (!isValidMobileNumber(v))
          problems.push(
            problem(key, '手机号码应为11位数字，以1开头', 'A mobile number is 11 digits starting with 1'),
          );
        break;
      case 'select': {
        const options =
          key === 'applicant.relationship'
            ? RELATIONSHIPS.map((r) => r.code)
            : (field.options ?? []).map((o) => o.value);
        if (!(options as readonly string[]).includes(v)) {
          problems.push(
            problem(key, `请从选项中选择${label.zh}`, `Choose ${label.en.toLowerCase()} from the list`),
          );
        }
        break;
      }
      case 'bank-card':
        if (!isValidBankCardNumber(v)) {
          problems.push(
            problem(
              key,
              '银行卡号不正确，请核对卡号（16至19位数字）',
              'The card number is not valid; check the 16 to 19 digits',
            ),
          );
        }
        break;
      case 'bank-name':
        if (!isBankName(v))
          problems.push(
            problem(
              key,
              '请选择开户银行，或填写银行全称（可写到支行，如“中国工商银行昆明五华支行”）',
              'Choose the bank, or write its full name (a branch may follow, as in 中国工商银行昆明五华支行)',
            ),
          );
        break;
    }
  }

  const already = new Set(problems.map((p) => p.field));
  const deceasedId = value('deceased.idNumber').toUpperCase();
  const birthFromId =
    !already.has('deceased.idNumber') && deceasedId ? birthDateFromIdNumber(deceasedId) : null;
  const statedBirth = value('deceased.dateOfBirth');
  if (birthFromId && statedBirth && !already.has('deceased.dateOfBirth') && statedBirth !== birthFromId) {
    problems.push(
      problem(
        'deceased.dateOfBirth',
        `出生日期与身份证号码中的出生日期（${birthFromId}）不一致`,
        `The birth date differs from the one in the ID number (${birthFromId})`,
      ),
    );
  }
  const death = value('deceased.dateOfDeath');
  if (death && !already.has('deceased.dateOfDeath')) {
    if (death > context.today) {
      problems.push(
        problem('deceased.dateOfDeath', '死亡日期不能晚于今天', 'The date of death cannot be in the future'),
      );
    } else if (
      (birthFromId && death < birthFromId) ||
      (statedBirth && isIsoDate(statedBirth) && death < statedBirth)
    ) {
      problems.push(
        problem(
          'deceased.dateOfDeath',
          '死亡日期不能早于出生日期',
          'The date of death is before the birth date',
        ),
      );
    }
  }
  const applicantId = value('applicant.idNumber').toUpperCase();
  if (applicantId && deceasedId && applicantId === deceasedId && !already.has('applicant.idNumber')) {
    problems.push(
      problem('applicant.idNumber', '申请人不能是逝者本人', 'The applicant cannot be the person who died'),
    );
  }
  if (
    has('applicant.relationship') &&
    value('applicant.relationship') &&
    context.relationshipProved === false
  ) {
    problems.push(
      problem(
        'relationshipProof',
        '请上传与逝者关系的证明（如户口簿、结婚证、出生医学证明），或使用电子证照',
        'Prove the relationship: upload a household register, marriage or birth certificate, or use an e-licence',
      ),
    );
  }
  return problems;
}
