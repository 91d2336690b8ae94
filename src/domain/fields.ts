/**
 * The field dictionary: every canonical form field with its label in Chinese and English, and
 * whether it holds a personal identifier that is encrypted at rest and masked in lists.
 */
import type { Bilingual } from './bilingual.ts';

export interface FieldDefinition {
  key: string;
  label: Bilingual;
  sensitive?: 'id-number' | 'phone' | 'bank-account';
}

export const FIELDS: readonly FieldDefinition[] = [
  { key: 'regionCode', label: { zh: '办理地区', en: 'Region' } },
  { key: 'matterCodes', label: { zh: '办理事项', en: 'Matters' } },
  { key: 'declarationAccepted', label: { zh: '承诺与授权', en: 'Declaration and consent' } },
  { key: 'deceased.name', label: { zh: '逝者姓名', en: "Deceased's name" } },
  {
    key: 'deceased.idNumber',
    label: { zh: '逝者公民身份号码', en: "Deceased's ID number" },
    sensitive: 'id-number',
  },
  { key: 'deceased.dateOfDeath', label: { zh: '死亡日期', en: 'Date of death' } },
  { key: 'deceased.dateOfBirth', label: { zh: '出生日期', en: 'Date of birth' } },
  { key: 'relationshipProof', label: { zh: '关系证明', en: 'Proof of relationship' } },
  { key: 'assistedConsent', label: { zh: '申请人当面确认', en: "Applicant's confirmation at the window" } },
  { key: 'idempotency-key', label: { zh: '提交编号', en: 'Idempotency key' } },
  { key: 'applicant.name', label: { zh: '申请人姓名', en: "Applicant's name" } },
  {
    key: 'applicant.phone',
    label: { zh: '申请人手机号码', en: "Applicant's mobile number" },
    sensitive: 'phone',
  },
  { key: 'applicant.relationship', label: { zh: '与逝者关系', en: 'Relationship to the deceased' } },
  {
    key: 'applicant.idNumber',
    label: { zh: '申请人公民身份号码', en: "Applicant's ID number" },
    sensitive: 'id-number',
  },
  { key: 'deceased.placeOfDeath', label: { zh: '死亡地点', en: 'Place of death' } },
  { key: 'deceased.deathCircumstance', label: { zh: '死亡情形', en: 'Circumstances of death' } },
  { key: 'deceased.funeralMode', label: { zh: '安葬方式', en: 'Cremation or burial' } },
  {
    key: 'deceased.drivingLicenceNumber',
    label: { zh: '驾驶证号', en: 'Driving licence number' },
    sensitive: 'id-number',
  },
  { key: 'payee.accountHolder', label: { zh: '收款账户户名', en: 'Account holder' } },
  { key: 'payee.bankName', label: { zh: '开户银行', en: 'Bank' } },
  {
    key: 'payee.accountNumber',
    label: { zh: '收款银行账号', en: 'Bank account number' },
    sensitive: 'bank-account',
  },
  { key: 'deposit.bankName', label: { zh: '存款银行', en: 'Bank holding the deposit' } },
  { key: 'username', label: { zh: '用户名', en: 'User name' } },
  { key: 'password', label: { zh: '密码', en: 'Password' } },
  { key: 'version', label: { zh: '版本号', en: 'Version' } },
  { key: 'reason', label: { zh: '不予办理理由', en: 'Reason for rejection' } },
  { key: 'note', label: { zh: '办理意见', en: 'Note' } },
  { key: 'start', label: { zh: '开始日期', en: 'Start date' } },
  { key: 'workingDays', label: { zh: '工作日数', en: 'Working days' } },
  { key: 'answers', label: { zh: '问题回答', en: 'Answers' } },
  { key: 'limit', label: { zh: '每页条数', en: 'Rows per page' } },
  { key: 'cursor', label: { zh: '翻页位置', en: 'Page cursor' } },
  { key: 'region', label: { zh: '统计地区', en: 'Region' } },
  { key: 'from', label: { zh: '开始月份', en: 'First month' } },
  { key: 'to', label: { zh: '结束月份', en: 'Last month' } },
  { key: 'month', label: { zh: '月份', en: 'Month' } },
  { key: 'department', label: { zh: '部门', en: 'Department' } },
  { key: 'matter', label: { zh: '事项', en: 'Matter' } },
  { key: 'status', label: { zh: '时限状态', en: 'Time-limit status' } },
  { key: 'view', label: { zh: '导出内容', en: 'What to export' } },
  { key: 'format', label: { zh: '文件格式', en: 'File format' } },
  { key: 'effectiveOn', label: { zh: '终止日期', en: 'Stopped on' } },
  {
    key: 'deceasedIdNumber',
    label: { zh: '逝者公民身份号码', en: "Deceased's ID number" },
    sensitive: 'id-number',
  },
  { key: 'content', label: { zh: '事项目录内容', en: 'Catalog content' } },
  { key: 'consent', label: { zh: '承诺与授权', en: 'Declaration and consent' } },
  { key: 'idempotencyKey', label: { zh: '提交编号', en: 'Submission number' } },
  { key: 'values', label: { zh: '申请表内容', en: 'Application form' } },
  { key: 'flags', label: { zh: '信息有误说明', en: 'Reported errors' } },
  { key: 'items', label: { zh: '补正事项', en: 'Items to correct' } },
  { key: 'toUsername', label: { zh: '接办人用户名', en: 'Hand over to (user name)' } },
  { key: 'toRegion', label: { zh: '转办地区', en: 'Transfer to' } },
  { key: 'target', label: { zh: '评价对象', en: 'What you rate' } },
  { key: 'level', label: { zh: '评价等级', en: 'Rating' } },
  { key: 'comment', label: { zh: '评价意见', en: 'Comment' } },
  { key: 'callBackNote', label: { zh: '回访记录', en: 'Call-back record' } },
  { key: 'rectificationNote', label: { zh: '整改情况', en: 'Rectification' } },
  { key: 'result', label: { zh: '办理结果', en: 'Result' } },
  { key: 'result.type', label: { zh: '结果类型', en: 'Type of result' } },
  { key: 'result.documentNumber', label: { zh: '文书编号', en: 'Document number' } },
  { key: 'result.issuedOn', label: { zh: '出具日期', en: 'Issued on' } },
  { key: 'result.cancelledOn', label: { zh: '注销日期', en: 'Cancelled on' } },
  { key: 'result.amountYuan', label: { zh: '支付金额（元）', en: 'Amount (yuan)' } },
  { key: 'result.paidOn', label: { zh: '支付日期', en: 'Paid on' } },
  { key: 'result.summary', label: { zh: '查询结果摘要', en: 'Summary of the result' } },
  { key: 'result.effectiveOn', label: { zh: '终止日期', en: 'Ended on' } },
  { key: 'supplement.note', label: { zh: '补充说明', en: 'Your answer' } },
  { key: 'supplement.files', label: { zh: '补充材料', en: 'Files sent with the answer' } },
];

export function findField(key: string): FieldDefinition | undefined {
  return FIELDS.find((f) => f.key === key);
}

/** What a person calls an item nobody named for them: never the key a program uses. */
export const UNNAMED_FIELD: Bilingual = { zh: '此项', en: 'This item' };

/**
 * A field's label. Keys nested in a request (`values.deceased.name`, `flags.deceased.name`) are
 * named by the field they hold; a key the dictionary does not know is "this item", never the key.
 */
export function fieldLabel(key: string): Bilingual {
  const field = findField(key) ?? findField(key.replace(/^(values|flags)\./, ''));
  if (field) return { ...field.label };
  if (key.startsWith('materials.')) return { zh: '材料', en: 'Material' };
  return { ...UNNAMED_FIELD };
}

export const RELATIONSHIPS = [
  { code: 'spouse', zh: '配偶', en: 'Spouse' },
  { code: 'child', zh: '子女', en: 'Child' },
  { code: 'parent', zh: '父母', en: 'Parent' },
  { code: 'sibling', zh: '兄弟姐妹', en: 'Sibling' },
  { code: 'grandchild', zh: '孙子女/外孙子女', en: 'Grandchild' },
  { code: 'other', zh: '其他', en: 'Other' },
] as const;
