/**
 * Every string the web front end shows, in Chinese (the default) and English. Pages look strings
 * up by key through `useAppState().t`; names coming from the server (regions, matters, roles)
 * arrive already in both languages and are picked with `pick`.
 */

export type Language = 'zh' | 'en';

const zh = {
  productName: '联办',
  productTitle: '个人身后“一件事”联办',
  skipToContent: '跳到主要内容',
  switchLanguage: 'English',
  switchLanguageLabel: '切换到英文',
  largeText: '大字模式',
  signOut: '退出',
  loading: '正在加载…',
  refresh: '刷新',
  back: '返回',
  retry: '重试',
  notSet: '—',
  networkError: '网络连接不稳定，请检查网络后重试',
  unexpectedError: '系统出现问题，请稍后再试',
  sessionExpired: '长时间未操作，已自动退出，请重新登录',
  serviceUnavailable: '服务暂时不可用，请稍后再试',

  landingTitle: '个人身后“一件事”联办服务',
  landingIntro:
    '亲人离世后，家属往往需要奔走多个部门、反复提交相同材料。通过本服务，您只需提交一次申请、填写一张表单，户口注销等相关事项将由公安、人社、民政等部门联动办理，办理进度可随时查看。',
  landingPortal: '群众办事',
  landingStaff: '工作人员登录',

  portalTitle: '个人身后“一件事”',
  portalIntro: '一次申请，多个部门联动办理。请先登录，再提交申请或查看办理进度。',
  citizenSignIn: '使用统一身份认证登录',
  greeting: '您好，{name}',
  myCases: '我的办件',
  apply: '申请办理',
  noCases: '您还没有提交过申请。',
  caseCode: '办件编号',
  deceased: '逝者',
  caseState: '办件状态',
  submittedAt: '提交时间',
  viewProgress: '查看办理进度',

  applyTitle: '申请办理：户口注销',
  applyMatterNote: '本次申请的事项为“户口注销”，由{department}办理，承诺{days}个工作日内办结。',
  stepOf: '第 {current} 步，共 {total} 步',
  stepRegion: '办理地区',
  stepDeceased: '逝者信息',
  stepApplicant: '申请人信息',
  stepReview: '确认提交',
  region: '办理地区',
  regionHelp: '请选择逝者户籍所在的县（市、区）',
  regionPlaceholder: '请选择',
  regionPilot: '试点',
  funeralModeCremation: '火葬区',
  funeralModeBurial: '土葬区',
  regionsUnavailable: '暂时无法获取地区列表，请稍后重试。',
  deceasedName: '逝者姓名',
  idNumber: '公民身份号码',
  idNumberHelp: '18位，最后一位可能是X',
  dateOfDeath: '死亡日期',
  applicantName: '申请人姓名',
  phone: '手机号码',
  relationship: '与逝者关系',
  relationshipPlaceholder: '请选择',
  declaration: '本人承诺所填信息真实有效，并同意将信息共享给办理上述事项的部门',
  next: '下一步',
  previous: '上一步',
  submit: '提交',
  reviewHint: '请核对以下信息，确认无误后提交。',
  required: '请填写{label}',
  requiredChoice: '请选择{label}',
  invalidName: '姓名应为2至40个汉字或字母',
  invalidIdNumber: '公民身份号码不正确，请核对18位号码（最后一位可能是X）',
  invalidDate: '日期格式应为 年-月-日，例如 2026-01-31',
  futureDate: '死亡日期不能晚于今天',
  invalidPhone: '手机号码应为11位数字，以1开头',
  declarationRequired: '请阅读并勾选承诺后再提交',
  submitted: '申请已提交',
  submittedHint: '请记下您的办件编号，可随时查看各部门的办理进度。',
  backToMyCases: '返回我的办件',

  trackingTitle: '办件进度',
  progressByDepartment: '各部门办理情况',
  decidedAt: '办结时间',
  department: '办理部门',
  decisionNote: '说明',
  lastUpdated: '更新于 {time}',

  caseSubmitted: '已提交',
  caseInProgress: '办理中',
  caseCompleted: '已办结',
  subPending: '待办理',
  subApproved: '已办结',
  subRejected: '不予办理',

  staffSignInTitle: '工作人员登录',
  username: '用户名',
  password: '密码',
  signIn: '登录',

  workbenchTitle: '部门工作台',
  filterLabel: '按状态筛选',
  filterAll: '全部',
  matter: '事项',
  deceasedNameColumn: '逝者姓名',
  idNumberColumn: '公民身份号码',
  regionColumn: '地区',
  state: '状态',
  noSubCases: '暂无子件',
  detailTitle: '子件详情',
  auditNote: '查看个人信息将被记录',
  approve: '审批通过',
  reject: '不予办理',
  note: '办理意见（选填）',
  rejectReason: '不予办理理由',
  rejectReasonRequired: '请填写不予办理理由',
  rejectReasonTooShort: '理由至少2个字',
  rejectTitle: '不予办理',
  confirm: '确定',
  cancel: '取消',
  approved: '已审批通过',
  rejected: '已记录为不予办理',
  close: '关闭',

  windowTitle: '综合窗口',
  windowPending: '综合窗口功能正在建设中',
  supervisionTitle: '监管',
  supervisionPending: '监管功能正在建设中',
  adminTitle: '系统管理',
  adminPending: '系统管理功能正在建设中',
  pendingExplain: '此区域暂未开放，敬请期待。',
  notAllowedTitle: '无权访问',
  notAllowed: '您的角色不能使用此区域。',
  goToMyArea: '前往我的工作区',
  notFoundTitle: '页面不存在',
  notFound: '您访问的页面不存在。',
  home: '返回首页',
};

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  productName: 'Lianban',
  productTitle: 'After-death "one thing" service',
  skipToContent: 'Skip to main content',
  switchLanguage: '中文',
  switchLanguageLabel: 'Switch to Chinese',
  largeText: 'Large text',
  signOut: 'Sign out',
  loading: 'Loading…',
  refresh: 'Refresh',
  back: 'Back',
  retry: 'Try again',
  notSet: '—',
  networkError: 'The connection is unstable; check your network and try again',
  unexpectedError: 'Something went wrong; please try again later',
  sessionExpired: 'You were signed out after a period of inactivity; please sign in again',
  serviceUnavailable: 'The service is temporarily unavailable; please try again later',

  landingTitle: 'The after-death "one thing" service',
  landingIntro:
    'When a family member dies, relatives often have to visit many offices and hand over the same documents again and again. Here you apply once with one form; matters such as cancelling the household registration are handled together by the police, social security, civil affairs and other departments, and you can follow the progress at any time.',
  landingPortal: 'For families',
  landingStaff: 'Staff sign-in',

  portalTitle: 'After-death "one thing"',
  portalIntro: 'Apply once; the departments handle it together. Sign in to apply or to follow your case.',
  citizenSignIn: 'Sign in with the unified identity service',
  greeting: 'Hello, {name}',
  myCases: 'My cases',
  apply: 'Apply',
  noCases: 'You have not submitted an application yet.',
  caseCode: 'Case code',
  deceased: 'Deceased',
  caseState: 'Case status',
  submittedAt: 'Submitted',
  viewProgress: 'Follow progress',

  applyTitle: 'Apply: household registration cancellation',
  applyMatterNote:
    'This application is for household registration cancellation, handled by {department} within {days} working days.',
  stepOf: 'Step {current} of {total}',
  stepRegion: 'Region',
  stepDeceased: 'The deceased',
  stepApplicant: 'The applicant',
  stepReview: 'Review',
  region: 'Region',
  regionHelp: 'Choose the county where the deceased was registered',
  regionPlaceholder: 'Choose',
  regionPilot: 'pilot',
  funeralModeCremation: 'cremation area',
  funeralModeBurial: 'burial area',
  regionsUnavailable: 'The list of regions is not available right now; please try again later.',
  deceasedName: "Deceased's name",
  idNumber: 'Resident ID number',
  idNumberHelp: '18 characters; the last may be X',
  dateOfDeath: 'Date of death',
  applicantName: "Applicant's name",
  phone: 'Mobile number',
  relationship: 'Relationship to the deceased',
  relationshipPlaceholder: 'Choose',
  declaration:
    'I declare that the information is true and agree that it is shared with the departments handling the matters above',
  next: 'Next',
  previous: 'Previous',
  submit: 'Submit',
  reviewHint: 'Check the information below, then submit.',
  required: 'Enter {label}',
  requiredChoice: 'Choose {label}',
  invalidName: 'A name is 2 to 40 Chinese characters or letters',
  invalidIdNumber: 'The ID number is not valid; check all 18 characters (the last may be X)',
  invalidDate: 'Use the form YYYY-MM-DD',
  futureDate: 'The date of death cannot be in the future',
  invalidPhone: 'A mobile number is 11 digits starting with 1',
  declarationRequired: 'Read and accept the declaration before submitting',
  submitted: 'Application submitted',
  submittedHint: 'Keep your case code; you can follow every department’s progress with it.',
  backToMyCases: 'Back to my cases',

  trackingTitle: 'Case progress',
  progressByDepartment: 'Progress by department',
  decidedAt: 'Decided',
  department: 'Department',
  decisionNote: 'Note',
  lastUpdated: 'Updated {time}',

  caseSubmitted: 'Submitted',
  caseInProgress: 'In progress',
  caseCompleted: 'Completed',
  subPending: 'Pending',
  subApproved: 'Completed',
  subRejected: 'Not granted',

  staffSignInTitle: 'Staff sign-in',
  username: 'User name',
  password: 'Password',
  signIn: 'Sign in',

  workbenchTitle: 'Department workbench',
  filterLabel: 'Filter by status',
  filterAll: 'All',
  matter: 'Matter',
  deceasedNameColumn: "Deceased's name",
  idNumberColumn: 'ID number',
  regionColumn: 'Region',
  state: 'Status',
  noSubCases: 'No sub-cases',
  detailTitle: 'Sub-case',
  auditNote: 'Viewing personal information is recorded',
  approve: 'Approve',
  reject: 'Decline',
  note: 'Note (optional)',
  rejectReason: 'Reason for declining',
  rejectReasonRequired: 'Enter the reason for declining',
  rejectReasonTooShort: 'The reason needs at least 2 characters',
  rejectTitle: 'Decline',
  confirm: 'OK',
  cancel: 'Cancel',
  approved: 'Approved',
  rejected: 'Recorded as declined',
  close: 'Close',

  windowTitle: 'Service window',
  windowPending: 'The service window area is being built',
  supervisionTitle: 'Supervision',
  supervisionPending: 'The supervision area is being built',
  adminTitle: 'Administration',
  adminPending: 'The administration area is being built',
  pendingExplain: 'This area is not open yet.',
  notAllowedTitle: 'Not available',
  notAllowed: 'Your role cannot use this area.',
  goToMyArea: 'Go to my area',
  notFoundTitle: 'Page not found',
  notFound: 'The page you asked for does not exist.',
  home: 'Home',
};

const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { zh, en };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const dictionary = DICTIONARIES[language];
  return (key, values) => {
    const text = dictionary[key];
    if (!values) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  };
}

/** Picks the server-provided name for the current language. */
export function pick(language: Language, zhText: string, enText: string | null | undefined): string {
  return language === 'en' && enText ? enText : zhText;
}

/** Dates and times in the user's language, in China's time zone (where every case is handled). */
export function formatDateTime(language: Language, iso: string | null | undefined): string {
  if (!iso) return DICTIONARIES[language].notSet;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

export const HTML_LANG: Record<Language, string> = { zh: 'zh-CN', en: 'en' };
