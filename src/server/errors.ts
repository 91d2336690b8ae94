/**
 * Every error a client can receive, in one place: a stable code, an HTTP status, and a message in
 * Chinese and English. Clients branch on `code`, never on message text. Nothing else reaches a
 * client: unexpected failures become INTERNAL with no stack trace.
 */

export const ERROR_CATALOG = {
  VALIDATION_FAILED: { status: 400, zh: '提交的内容有误，请按提示修改', en: 'Some fields need correcting' },
  BAD_REQUEST: { status: 400, zh: '请求格式不正确', en: 'The request is malformed' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in' },
  SESSION_EXPIRED: {
    status: 401,
    zh: '长时间未操作，已自动退出，请重新登录',
    en: 'You were signed out after a period of inactivity; please sign in again',
  },
  INVALID_CREDENTIALS: {
    status: 401,
    zh: '用户名或密码不正确；连续输错多次后账号会暂时锁定，请稍后再试或联系管理员',
    en: 'Wrong user name or password; after repeated failures the account is locked for a while, so try later or ask an administrator',
  },
  ACCOUNT_LOCKED: {
    status: 423,
    zh: '登录失败次数过多，账号已暂时锁定，请稍后再试',
    en: 'Too many failed sign-in attempts; the account is locked for a while',
  },
  DEMO_ACCOUNTS_DISABLED: {
    status: 403,
    zh: '生产环境不允许使用演示账号',
    en: 'Demo accounts are refused in production',
  },
  CROSS_SITE_REFUSED: {
    status: 403,
    zh: '出于安全考虑，不接受来自其他网站的请求，请直接在联办平台中操作',
    en: 'Requests from other sites are refused for your safety; use the Lianban platform directly',
  },
  REQUEST_TOO_LARGE: {
    status: 413,
    zh: '提交的内容太大，请删减后再试',
    en: 'The request is too large; shorten it and try again',
  },
  UNSUPPORTED_CONTENT_TYPE: {
    status: 415,
    zh: '请求的内容格式不支持，请以 JSON 提交',
    en: 'This content type is not accepted; send JSON',
  },
  FORBIDDEN: { status: 403, zh: '您没有权限进行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { status: 404, zh: '没有找到相关内容', en: 'Not found' },
  CASE_NOT_FOUND: { status: 404, zh: '没有找到该办件', en: 'Case not found' },
  SUB_CASE_NOT_FOUND: { status: 404, zh: '没有找到该子件', en: 'Sub-case not found' },
  ACTION_NOT_ALLOWED: {
    status: 409,
    zh: '当前状态下不能进行此操作',
    en: 'This action is not allowed in the current state',
  },
  STALE_VERSION: {
    status: 409,
    zh: '该事项已被他人处理，请刷新后再试',
    en: 'Someone else has changed this item; refresh and try again',
  },
  DEATH_REPORT_EXISTS: {
    status: 409,
    zh: '本机构已为这位逝者出具过此类证明；如需修改，请在原证明上更正',
    en: 'This institution already issued this kind of report for this person; correct the existing one instead',
  },
  HOME_DEATH_REPORTED: {
    status: 409,
    zh: '已经有人报告了这位逝者的居家死亡，卫生室正在处理，无需重复报告',
    en: 'This death at home has already been reported and the clinic is handling it',
  },
  DEATH_ALREADY_CERTIFIED: {
    status: 409,
    zh: '这位逝者的死亡证明已经出具，无需再报告',
    en: 'A death certificate for this person has already been issued',
  },
  CASE_EXISTS: {
    status: 409,
    zh: '这位逝者已经有一件申请，不需要再申请一次。您可以查看它的进度，或者作为其他继承人加入',
    en: 'An application for this person already exists; you can follow it, or join it as another heir',
  },
  EXCHANGE_UNAUTHENTICATED: {
    status: 401,
    zh: '请求签名无效：密钥编号、时间戳、随机数或签名不正确，或凭证已失效',
    en: 'The request signature is not valid: the key id, timestamp, nonce or signature is wrong, or the credential has ended',
  },
  EXCHANGE_REPLAYED: {
    status: 401,
    zh: '该请求已收到过（随机数重复），不再处理',
    en: 'This request was seen before (the nonce was reused) and is not processed again',
  },
  IDEMPOTENCY_KEY_REQUIRED: {
    status: 400,
    zh: '请在请求头 Idempotency-Key 中提供本次回传的唯一编号',
    en: 'Give this callback a unique Idempotency-Key header',
  },
  DEATH_NOTICE_NOT_FOUND: { status: 404, zh: '没有找到该死亡信息推送', en: 'Death notice not found' },
  DEATH_NOTICE_ANSWERED: {
    status: 409,
    zh: '该死亡信息已确认过，结果不同的再次确认不予接受',
    en: 'This death notice was already answered; a different answer is not accepted',
  },
  EXCHANGE_PARTY_NOT_FOUND: { status: 404, zh: '没有找到该交换方', en: 'Exchange party not found' },
  EXCHANGE_MESSAGE_NOT_FOUND: { status: 404, zh: '没有找到该消息', en: 'Message not found' },
  IDEMPOTENCY_CONFLICT: {
    status: 409,
    zh: '同一提交编号已用于不同的内容',
    en: 'This idempotency key was already used for a different submission',
  },
  CATALOG_INVALID: {
    status: 400,
    zh: '事项目录有误，未发布',
    en: 'The catalog has errors and was not published',
  },
  CATALOG_UNCHANGED: {
    status: 409,
    zh: '内容与已发布的版本相同，无需重新发布',
    en: 'This content is already published',
  },
  CATALOG_VERSION_EXISTS: {
    status: 409,
    zh: '该版本号已被使用，请换一个版本号',
    en: 'This version label is already used',
  },
  REGION_NOT_SERVED: {
    status: 404,
    zh: '该地区尚未开通个人身后“一件事”服务',
    en: 'The service is not offered in this region',
  },
  DRAFT_NOT_FOUND: {
    status: 404,
    zh: '没有找到这份草稿，它可能已提交或被删除',
    en: 'Draft not found; it may have been submitted or deleted',
  },
  DRAFT_EXPIRED: {
    status: 410,
    zh: '这份草稿已过期，请重新开始申请',
    en: 'This draft has expired; please start again',
  },
  NOT_COVERED: {
    status: 422,
    zh: '您的情况暂不在本地联办范围内，请按提示到相关部门办理',
    en: 'Your case is not covered here yet; please follow the guidance to apply at each department',
  },
  QUESTIONS_UNANSWERED: {
    status: 422,
    zh: '请先回答完情形引导中的问题',
    en: 'Please answer the remaining questions first',
  },
  UPLOAD_REFUSED: { status: 400, zh: '文件无法接收，请按提示重新上传', en: 'The file was not accepted' },
  OWNED_BY_OTHER: {
    status: 409,
    zh: '该办件由其他窗口人员负责（首问负责），如需接办请先办理移交',
    en: 'Another clerk owns this case; it must be handed over first',
  },
  ALREADY_RATED: {
    status: 409,
    zh: '您已经评价过了，感谢您的反馈',
    en: 'You have already rated this; thank you',
  },
  RATE_LIMITED: {
    status: 429,
    zh: '操作太频繁，请稍后再试',
    en: 'Too many requests; please try again shortly',
  },
  SIGN_IN_FAILED: {
    status: 400,
    zh: '统一身份认证登录未完成，请重新登录',
    en: 'Sign-in through the identity service did not complete; please try again',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    zh: '服务暂时不可用，请稍后再试',
    en: 'The service is temporarily unavailable',
  },
  INTERNAL: {
    status: 500,
    zh: '系统出现问题，您的资料没有丢失，请稍后再试',
    en: 'Something went wrong on our side; nothing you submitted was lost',
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

/** One field problem, named by its path in the request and described in both languages. */
export interface FieldError {
  field: string;
  labelZh: string;
  labelEn: string;
  zh: string;
  en: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: Record<string, unknown> | undefined;
  readonly fieldErrors: FieldError[] | undefined;

  constructor(
    code: ErrorCode,
    options: { details?: Record<string, unknown>; fieldErrors?: FieldError[] } = {},
  ) {
    super(ERROR_CATALOG[code].en);
    this.code = code;
    this.status = ERROR_CATALOG[code].status;
    this.details = options.details;
    this.fieldErrors = options.fieldErrors;
  }
}

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    messageZh: string;
    messageEn: string;
    fields?: FieldError[];
    details?: Record<string, unknown>;
  };
}

export function errorBody(error: AppError, lang: 'zh' | 'en'): ErrorBody {
  const entry = ERROR_CATALOG[error.code];
  return {
    error: {
      code: error.code,
      message: lang === 'en' ? entry.en : entry.zh,
      messageZh: entry.zh,
      messageEn: entry.en,
      ...(error.fieldErrors ? { fields: error.fieldErrors } : {}),
      ...(error.details ? { details: error.details } : {}),
    },
  };
}
