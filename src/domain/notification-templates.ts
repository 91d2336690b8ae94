/**
 * Message templates for SMS and in-app messages. A template names its parameters; none may carry
 * an ID number, a bank account or an amount of money, and rendering refuses values that look like
 * one — an SMS passes through many hands.
 */

export const TEMPLATES = {
  'case.submitted': {
    zh: '【联办】您的个人身后“一件事”申请已提交，办件编码{caseCode}。可登录联办平台“我的办件”或到综合窗口查询进度。',
    en: '[Lianban] Your after-death "one thing" application was submitted; case code {caseCode}. Follow it under "My cases" or at the window.',
    params: ['caseCode'],
  },
  'case.submitted.assisted': {
    zh: '【联办】窗口工作人员已为您提交个人身后“一件事”申请，办件编码{caseCode}。可凭此编码查询办理进度。',
    en: '[Lianban] The window staff submitted your after-death "one thing" application; case code {caseCode}. Use it to follow the case.',
    params: ['caseCode'],
  },
  'draft.expiring': {
    zh: '【联办】您保存的个人身后“一件事”申请草稿将于{date}过期，请及时登录继续填写。',
    en: '[Lianban] Your saved after-death "one thing" application draft expires on {date}; sign in to finish it.',
    params: ['date'],
  },
} as const satisfies Record<string, { zh: string; en: string; params: readonly string[] }>;

export type TemplateName = keyof typeof TEMPLATES;

const FORBIDDEN = [
  /\d{15,}/, // ID numbers, bank cards
  /\d{6,}[\dXx]$/, // ID-like tails
  /[¥￥]|\d\s*元/, // money
];

export function renderTemplate(
  name: TemplateName,
  params: Record<string, string>,
  lang: 'zh' | 'en' = 'zh',
): string {
  const template = TEMPLATES[name];
  let body: string = template[lang];
  for (const param of template.params) {
    const value = params[param];
    if (value === undefined) throw new Error(`template ${name} needs ${param}`);
    if (param !== 'caseCode' && FORBIDDEN.some((pattern) => pattern.test(value))) {
      throw new Error(`template ${name}: ${param} looks like personal or financial data`);
    }
    body = body.replaceAll(`{${param}}`, value);
  }
  return body;
}
