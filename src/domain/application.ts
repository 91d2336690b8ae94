/**
 * Validation of a family's application, with no I/O. Every problem is reported at once, each
 * naming its field in Chinese and English, so the family corrects everything in one pass.
 */
import { fieldLabel, RELATIONSHIPS } from './fields.ts';
import { birthDateFromIdNumber, isValidMobileNumber, isValidResidentIdNumber } from './identity-numbers.ts';

export interface ApplicationInput {
  regionCode: string;
  matterCodes: string[];
  deceased: { name: string; idNumber: string; dateOfDeath: string };
  applicant: { name: string; phone: string; relationship: string };
  declarationAccepted: boolean;
}

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

const NAME = /^[\p{Script=Han}A-Za-z·•.\s]{2,40}$/u;

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export interface ApplicationContext {
  /** Today's date in China (YYYY-MM-DD). */
  today: string;
  knownRegion(code: string): boolean;
  knownMatter(code: string): boolean;
}

export function validateApplication(input: ApplicationInput, context: ApplicationContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const { deceased, applicant } = input;

  if (!context.knownRegion(input.regionCode)) {
    problems.push(
      problem('regionCode', '请选择开通本服务的县（市、区）', 'Choose a county where this service is open'),
    );
  }
  if (input.matterCodes.length === 0) {
    problems.push(problem('matterCodes', '请至少选择一个办理事项', 'Choose at least one matter'));
  } else if (input.matterCodes.some((code) => !context.knownMatter(code))) {
    problems.push(problem('matterCodes', '办理事项不在目录中', 'A matter is not in the catalog'));
  }

  const deceasedName = deceased.name.trim();
  if (!deceasedName) problems.push(problem('deceased.name', '请填写逝者姓名', "Enter the deceased's name"));
  else if (!NAME.test(deceasedName)) {
    problems.push(
      problem(
        'deceased.name',
        '姓名应为2至40个汉字或字母',
        'A name is 2 to 40 Chinese characters or letters',
      ),
    );
  }

  const idNumber = deceased.idNumber.trim().toUpperCase();
  let birthDate: string | null = null;
  if (!idNumber)
    problems.push(problem('deceased.idNumber', '请填写逝者公民身份号码', "Enter the deceased's ID number"));
  else if (!isValidResidentIdNumber(idNumber)) {
    problems.push(
      problem(
        'deceased.idNumber',
        '公民身份号码不正确，请核对18位号码（最后一位可能是X）',
        'The ID number is not valid; check all 18 characters (the last may be X)',
      ),
    );
  } else {
    birthDate = birthDateFromIdNumber(idNumber);
  }

  const dateOfDeath = deceased.dateOfDeath.trim();
  if (!dateOfDeath)
    problems.push(problem('deceased.dateOfDeath', '请填写死亡日期', 'Enter the date of death'));
  else if (!isIsoDate(dateOfDeath)) {
    problems.push(
      problem('deceased.dateOfDeath', '日期格式应为 年-月-日，例如 2026-01-31', 'Use the form YYYY-MM-DD'),
    );
  } else if (dateOfDeath > context.today) {
    problems.push(
      problem('deceased.dateOfDeath', '死亡日期不能晚于今天', 'The date of death cannot be in the future'),
    );
  } else if (birthDate && dateOfDeath < birthDate) {
    problems.push(
      problem(
        'deceased.dateOfDeath',
        '死亡日期不能早于身份证号码中的出生日期',
        'The date of death is before the birth date',
      ),
    );
  }

  const applicantName = applicant.name.trim();
  if (!applicantName)
    problems.push(problem('applicant.name', '请填写申请人姓名', "Enter the applicant's name"));
  else if (!NAME.test(applicantName)) {
    problems.push(
      problem(
        'applicant.name',
        '姓名应为2至40个汉字或字母',
        'A name is 2 to 40 Chinese characters or letters',
      ),
    );
  }

  const phone = applicant.phone.trim();
  if (!phone) problems.push(problem('applicant.phone', '请填写申请人手机号码', 'Enter a mobile number'));
  else if (!isValidMobileNumber(phone)) {
    problems.push(
      problem(
        'applicant.phone',
        '手机号码应为11位数字，以1开头',
        'A mobile number is 11 digits starting with 1',
      ),
    );
  }

  if (!RELATIONSHIPS.some((r) => r.code === applicant.relationship)) {
    problems.push(
      problem('applicant.relationship', '请选择您与逝者的关系', 'Choose your relationship to the deceased'),
    );
  }

  if (!input.declarationAccepted) {
    problems.push(
      problem(
        'declarationAccepted',
        '请阅读并勾选承诺与授权后再提交',
        'Read and accept the declaration and consent before submitting',
      ),
    );
  }
  return problems;
}
