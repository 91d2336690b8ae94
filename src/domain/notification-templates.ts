/**
 * Message templates for SMS and in-app messages. A template names its parameters; none may carry
 * an ID number, a bank account or an amount of money, and rendering refuses values that look like
 * one — an SMS passes through many hands.
 */
import type { Bilingual } from './bilingual.ts';

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
  'case.accepted': {
    zh: '【联办】您的申请（办件编码{caseCode}）已受理，各部门正在并联办理，可随时查询进度。',
    en: '[Lianban] Your application {caseCode} was accepted; the departments are handling it. Follow it online.',
    params: ['caseCode'],
  },
  'case.rejected': {
    zh: '【联办】很抱歉，您的申请（办件编码{caseCode}）未予受理，原因已写在告知书中，可登录查看或到综合窗口咨询。',
    en: '[Lianban] Your application {caseCode} was not accepted; the notice explains why. Sign in or ask at the window.',
    params: ['caseCode'],
  },
  'case.correction': {
    zh: '【联办】您的申请（办件编码{caseCode}）需要补正，请登录查看补正告知书，只需补充其中列出的内容。',
    en: '[Lianban] Your application {caseCode} needs a correction; the notice lists everything needed. Sign in to fix only those items.',
    params: ['caseCode'],
  },
  'sub_case.result': {
    zh: '【联办】{department}已办结“{matter}”（办件编码{caseCode}）。',
    en: '[Lianban] {department} has completed "{matter}" (case {caseCode}).',
    params: ['department', 'matter', 'caseCode'],
  },
  'sub_case.refused': {
    zh: '【联办】{department}对“{matter}”不予办理（办件编码{caseCode}），原因可登录查看。',
    en: '[Lianban] {department} refused "{matter}" (case {caseCode}); sign in for the reason.',
    params: ['department', 'matter', 'caseCode'],
  },
  'sub_case.returned': {
    zh: '【联办】{department}办理“{matter}”需要您补充信息（办件编码{caseCode}），请登录查看或到综合窗口办理。',
    en: '[Lianban] {department} needs more information for "{matter}" (case {caseCode}); sign in or visit the window.',
    params: ['department', 'matter', 'caseCode'],
  },
  'sub_case.overdue': {
    zh: '【联办】很抱歉，“{matter}”（办件编码{caseCode}）未能在承诺时限内办结，我们已督促{department}尽快办理。',
    en: '[Lianban] We are sorry: "{matter}" (case {caseCode}) is late; {department} has been asked to finish it promptly.',
    params: ['matter', 'caseCode', 'department'],
  },
  'case.ready': {
    zh: '【联办】您的申请（办件编码{caseCode}）各事项已全部办结，可登录下载结果或到综合窗口领取。',
    en: '[Lianban] Every matter of your application {caseCode} is done; download the results or collect them at the window.',
    params: ['caseCode'],
  },
  'death.offer': {
    zh: '【联办】{deceased}的家属您好，对您亲人的离世我们深表哀悼。身后相关事项已可一次办理，已知的信息已为您填好：{link} 如暂不需要，可在页面上选择“暂不办理”，我们不会再打扰您。',
    en: '[Lianban] To the family of {deceased}: our condolences. The after-death matters can now be handled in one application, with what we already know filled in: {link} If now is not the time, choose "Not now" there and we will not contact you again.',
    params: ['deceased', 'link'],
  },
  'death.offer.reminder': {
    zh: '【联办】温馨提醒：{deceased}的身后事项可一次办理，信息已为您准备好：{link} 选择“暂不办理”后不再提醒。',
    en: '[Lianban] A gentle reminder: the after-death matters for {deceased} can be handled in one application, ready for you: {link} Choose "Not now" and we will not remind you again.',
    params: ['deceased', 'link'],
  },
  'case.joined': {
    zh: '【联办】{heirName}（{relationship}）已作为其他继承人加入您的申请（办件编码{caseCode}），可一同查看办理进度。',
    en: '[Lianban] {heirName} ({relationship}) joined your application {caseCode} as another heir and can now follow it.',
    params: ['heirName', 'relationship', 'caseCode'],
  },
  'draft.expiring': {
    zh: '【联办】您保存的个人身后“一件事”申请草稿将于{date}过期，请及时登录继续填写。',
    en: '[Lianban] Your saved after-death "one thing" application draft expires on {date}; sign in to finish it.',
    params: ['date'],
  },
} as const satisfies Record<string, Bilingual & { params: readonly string[] }>;

export type TemplateName = keyof typeof TEMPLATES;

const FORBIDDEN = [
  /\d{15,}/, // ID numbers, bank cards
  /\d{6,}[\dXx]$/, // ID-like tails
  /[¥￥]|\d\s*元/, // money
];

export function renderTemplate(
  name: TemplateName,
  params: Record<string, string>,
  lang: keyof Bilingual = 'zh',
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
