/**
 * The field dictionary: every canonical form field with its label in Chinese and English, and
 * whether it holds a personal identifier that is encrypted at rest and masked in lists.
 */

export interface FieldDefinition {
  key: string;
  labelZh: string;
  labelEn: string;
  sensitive?: 'id-number' | 'phone' | 'bank-account';
}

export const FIELDS: readonly FieldDefinition[] = [
  { key: 'regionCode', labelZh: '办理地区', labelEn: 'Region' },
  { key: 'matterCodes', labelZh: '办理事项', labelEn: 'Matters' },
  { key: 'declarationAccepted', labelZh: '承诺与授权', labelEn: 'Declaration and consent' },
  { key: 'deceased.name', labelZh: '逝者姓名', labelEn: "Deceased's name" },
  {
    key: 'deceased.idNumber',
    labelZh: '逝者公民身份号码',
    labelEn: "Deceased's ID number",
    sensitive: 'id-number',
  },
  { key: 'deceased.dateOfDeath', labelZh: '死亡日期', labelEn: 'Date of death' },
  { key: 'deceased.dateOfBirth', labelZh: '出生日期', labelEn: 'Date of birth' },
  { key: 'relationshipProof', labelZh: '关系证明', labelEn: 'Proof of relationship' },
  { key: 'assistedConsent', labelZh: '申请人当面确认', labelEn: "Applicant's confirmation at the window" },
  { key: 'idempotency-key', labelZh: '提交编号', labelEn: 'Idempotency key' },
  { key: 'applicant.name', labelZh: '申请人姓名', labelEn: "Applicant's name" },
  {
    key: 'applicant.phone',
    labelZh: '申请人手机号码',
    labelEn: "Applicant's mobile number",
    sensitive: 'phone',
  },
  { key: 'applicant.relationship', labelZh: '与逝者关系', labelEn: 'Relationship to the deceased' },
  {
    key: 'applicant.idNumber',
    labelZh: '申请人公民身份号码',
    labelEn: "Applicant's ID number",
    sensitive: 'id-number',
  },
  { key: 'deceased.placeOfDeath', labelZh: '死亡地点', labelEn: 'Place of death' },
  { key: 'deceased.deathCircumstance', labelZh: '死亡情形', labelEn: 'Circumstances of death' },
  { key: 'deceased.funeralMode', labelZh: '安葬方式', labelEn: 'Cremation or burial' },
  {
    key: 'deceased.drivingLicenceNumber',
    labelZh: '驾驶证号',
    labelEn: 'Driving licence number',
    sensitive: 'id-number',
  },
  { key: 'payee.accountHolder', labelZh: '收款账户户名', labelEn: 'Account holder' },
  { key: 'payee.bankName', labelZh: '开户银行', labelEn: 'Bank' },
  {
    key: 'payee.accountNumber',
    labelZh: '收款银行账号',
    labelEn: 'Bank account number',
    sensitive: 'bank-account',
  },
  { key: 'deposit.bankName', labelZh: '存款银行', labelEn: 'Bank holding the deposit' },
  { key: 'username', labelZh: '用户名', labelEn: 'User name' },
  { key: 'password', labelZh: '密码', labelEn: 'Password' },
  { key: 'version', labelZh: '版本号', labelEn: 'Version' },
  { key: 'reason', labelZh: '不予办理理由', labelEn: 'Reason for rejection' },
  { key: 'note', labelZh: '办理意见', labelEn: 'Note' },
  { key: 'start', labelZh: '开始日期', labelEn: 'Start date' },
  { key: 'workingDays', labelZh: '工作日数', labelEn: 'Working days' },
  { key: 'answers', labelZh: '问题回答', labelEn: 'Answers' },
  {
    key: 'deceasedIdNumber',
    labelZh: '逝者公民身份号码',
    labelEn: "Deceased's ID number",
    sensitive: 'id-number',
  },
  { key: 'content', labelZh: '事项目录内容', labelEn: 'Catalog content' },
  { key: 'consent', labelZh: '承诺与授权', labelEn: 'Declaration and consent' },
  { key: 'idempotencyKey', labelZh: '提交编号', labelEn: 'Submission number' },
  { key: 'values', labelZh: '申请表内容', labelEn: 'Application form' },
  { key: 'flags', labelZh: '信息有误说明', labelEn: 'Reported errors' },
  { key: 'items', labelZh: '补正事项', labelEn: 'Items to correct' },
  { key: 'toUsername', labelZh: '接办人用户名', labelEn: 'Hand over to (user name)' },
  { key: 'toRegion', labelZh: '转办地区', labelEn: 'Transfer to' },
  { key: 'target', labelZh: '评价对象', labelEn: 'What you rate' },
  { key: 'level', labelZh: '评价等级', labelEn: 'Rating' },
  { key: 'comment', labelZh: '评价意见', labelEn: 'Comment' },
  { key: 'callBackNote', labelZh: '回访记录', labelEn: 'Call-back record' },
  { key: 'rectificationNote', labelZh: '整改情况', labelEn: 'Rectification' },
  { key: 'result', labelZh: '办理结果', labelEn: 'Result' },
  { key: 'result.type', labelZh: '结果类型', labelEn: 'Type of result' },
  { key: 'result.documentNumber', labelZh: '文书编号', labelEn: 'Document number' },
  { key: 'result.issuedOn', labelZh: '出具日期', labelEn: 'Issued on' },
  { key: 'result.cancelledOn', labelZh: '注销日期', labelEn: 'Cancelled on' },
  { key: 'result.amountYuan', labelZh: '支付金额（元）', labelEn: 'Amount (yuan)' },
  { key: 'result.paidOn', labelZh: '支付日期', labelEn: 'Paid on' },
  { key: 'result.summary', labelZh: '查询结果摘要', labelEn: 'Summary of the result' },
  { key: 'result.effectiveOn', labelZh: '终止日期', labelEn: 'Ended on' },
  { key: 'supplement.note', labelZh: '补充说明', labelEn: 'Your answer' },
  { key: 'supplement.files', labelZh: '补充材料', labelEn: 'Files sent with the answer' },
];

export function findField(key: string): FieldDefinition | undefined {
  return FIELDS.find((f) => f.key === key);
}

/** What a person calls an item nobody named for them: never the key a program uses. */
export const UNNAMED_FIELD = { zh: '此项', en: 'This item' } as const;

/**
 * A field's label. Keys nested in a request (`values.deceased.name`, `flags.deceased.name`) are
 * named by the field they hold; a key the dictionary does not know is "this item", never the key.
 */
export function fieldLabel(key: string): { zh: string; en: string } {
  const field = findField(key) ?? findField(key.replace(/^(values|flags)\./, ''));
  if (field) return { zh: field.labelZh, en: field.labelEn };
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

export type RelationshipCode = (typeof RELATIONSHIPS)[number]['code'];
