/**
 * The declaration and consent the applicant accepts (承诺与授权), versioned: a case records the
 * version and the SM3 digest of the exact text accepted. A new wording is a new version.
 */

export const CONSENT = {
  version: '2026-11',
  zh:
    '本人承诺：所填写的信息和提交的材料真实、准确、完整，如有虚假，愿承担相应法律责任。' +
    '本人同意：为办理本次申请的各项事项，平台可向相关部门共享本申请的信息和材料，并调用人口信息、电子证照和部门业务数据核验、填写有关信息；' +
    '每个部门只获得其办理事项所需的信息。',
  en:
    'I declare that the information and materials I provide are true, accurate and complete, and I accept legal responsibility if they are not. ' +
    'I consent to the platform sharing this application and its materials with the departments handling its matters, and to its use of population, ' +
    'e-licence and department records to check and fill in details; each department receives only what its matter needs.',
  assistedZh: '申请人已当面阅读（或由工作人员宣读）上述承诺与授权并表示同意，由工作人员代为填写和提交。',
  assistedEn:
    'The applicant read (or was read) the declaration and consent above in person, agreed, and asked the staff member to fill in and submit.',
} as const;
