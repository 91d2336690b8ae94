/**
 * The API's request and response bodies as zod schemas: what the routes validate and serialize, and
 * — through `.meta({ id })` — the named schemas of the OpenAPI document (`#/components/schemas/<id>`)
 * that clients are generated from. Name a schema for what it is to a client; the enums come from
 * the domain's own lists, so the document cannot drift from the state tables.
 */

import { z } from 'zod';
import { RESULT_TYPES } from '../../domain/catalog.ts';
import { NOTICE_OUTCOMES } from '../../domain/exchange.ts';
import { STAFF_ROLES } from '../../domain/roles.ts';
import { CASE_ACTIONS, CASE_STATES, SUB_CASE_ACTIONS, SUB_CASE_STATES } from '../../domain/workflow.ts';
import { NOTICE_KINDS, type NoticeKind as NoticeKindName } from '../documents/notices.ts';
import { ERROR_CATALOG, type ErrorCode as ErrorCodeName } from '../errors.ts';
import { IssuerStep, RegistryCertificate } from './death-registry-schemas.ts';
import { Bilingual } from './schema-primitives.ts';

// ── Enumerations ────────────────────────────────────────────────────────────────────────────

/**
 * One of a closed list of values, as the views carry it: text read from the database, typed as a
 * string, checked against the list whenever it is sent, and published as an enum. (A view typed
 * with the domain's own union could use `z.enum` and tell TypeScript the same.)
 */
function stringEnum(values: readonly [string, ...string[]], meta: { id?: string; description: string }) {
  const allowed = new Set<string>(values);
  return z
    .string()
    .refine((value) => allowed.has(value), { message: `not one of ${values.join(', ')}` })
    .meta({ ...meta, enum: [...values] });
}

export const CaseState = stringEnum(CASE_STATES, {
  id: 'CaseState',
  description:
    'Where a case (办件) stands: submitted (待受理) → in_progress (办理中) → ready_for_delivery (待出件) → delivered (已办结); or correction_requested (待补正), rejected (不予受理)',
});

export const SubCaseState = stringEnum(SUB_CASE_STATES, {
  id: 'SubCaseState',
  description:
    "Where one matter's sub-case (子件) stands at its department: waiting (until the case is accepted) → pending → in_review → completed | rejected | returned (more information asked; the clock stops) | cancelled",
});

export const CaseAction = stringEnum(CASE_ACTIONS, {
  id: 'CaseAction',
  description: "An action of the case's state table (what `allowedActions` lists for the caller)",
});

export const SubCaseAction = stringEnum(SUB_CASE_ACTIONS, {
  id: 'SubCaseAction',
  description: "An action of the sub-case's state table (what `allowedActions` lists for the caller)",
});

export const StaffRole = z.enum(STAFF_ROLES).meta({ id: 'StaffRole', description: 'A staff role' });

export const ResultType = z.enum(RESULT_TYPES).meta({
  id: 'ResultType',
  description:
    "The kind of result a matter ends with; a department completes a sub-case with a result of its matter's type",
});

/** How an application came in, and who answered a return: the family online, or a clerk at the window. */
export const CHANNELS = ['online', 'window'] as const;
export const Channel = stringEnum(CHANNELS, {
  id: 'Channel',
  description:
    '`online`: the family, on the portal; `window`: a clerk at the comprehensive window, for the applicant',
});

export const NoticeKind = stringEnum(Object.keys(NOTICE_KINDS) as [NoticeKindName, ...NoticeKindName[]], {
  id: 'NoticeKind',
  description: 'A written notice of the case (a PDF with a QR code to verify it)',
});

export const TimeLimitStatus = stringEnum(['on-track', 'due-soon', 'overdue', 'paused', 'ended'], {
  id: 'TimeLimitStatus',
  description:
    'A time limit: due-soon past 70 % of it (yellow), overdue past it (red), paused while the family is asked for more, ended when the sub-case is',
});

export const FollowUpState = stringEnum(['open', 'called_back', 'closed'], {
  id: 'FollowUpState',
  description: 'Where the follow-up of a poor rating stands',
});

export const ErrorCode = z
  .enum(Object.keys(ERROR_CATALOG) as [ErrorCodeName, ...ErrorCodeName[]])
  .meta({ id: 'ErrorCode', description: 'What went wrong; clients branch on it, never on the message' });

// ── Shared pieces ───────────────────────────────────────────────────────────────────────────

export { Bilingual };

// ── Errors ──────────────────────────────────────────────────────────────────────────────────

export const FieldError = z
  .object({
    field: z.string().describe('The path of the field in the request, dot-separated'),
    labelZh: z.string(),
    labelEn: z.string(),
    zh: z.string(),
    en: z.string(),
  })
  .meta({ id: 'FieldError', description: 'One field that needs correcting, and why' });

export const ErrorResponse = z
  .object({
    error: z.object({
      code: ErrorCode,
      message: z
        .string()
        .describe('In the language asked for (`?lang=`, `X-Lianban-Lang` or `Accept-Language`)'),
      messageZh: z.string(),
      messageEn: z.string(),
      fields: z.array(FieldError).optional().describe('With VALIDATION_FAILED: every field to correct'),
      details: z.record(z.string(), z.unknown()).optional().describe('More about the refusal, by code'),
    }),
  })
  .meta({
    id: 'Error',
    description: 'Every refusal, whatever the status: a stable code and a message in Chinese and English',
    examples: [
      {
        error: {
          code: 'VALIDATION_FAILED',
          message: '提交的内容有误，请按提示修改',
          messageZh: '提交的内容有误，请按提示修改',
          messageEn: 'Some fields need correcting',
          fields: [
            {
              field: 'applicant.phone',
              labelZh: '申请人手机号码',
              labelEn: "Applicant's mobile number",
              zh: '手机号码应为11位数字',
              en: 'A mobile number has 11 digits',
            },
          ],
        },
      },
      {
        error: {
          code: 'STALE_VERSION',
          message: 'Someone else has changed this item; refresh and try again',
          messageZh: '该事项已被他人处理，请刷新后再试',
          messageEn: 'Someone else has changed this item; refresh and try again',
        },
      },
    ],
  });

/**
 * The error responses a route names itself (beyond those every route of its kind can answer,
 * which the OpenAPI transform adds): each is the one `Error` schema.
 */
export function errors<S extends number>(...statuses: S[]): Record<S, typeof ErrorResponse> {
  return Object.fromEntries(statuses.map((s) => [s, ErrorResponse])) as Record<S, typeof ErrorResponse>;
}

// ── Common request bodies ───────────────────────────────────────────────────────────────────

export const VersionRequest = z
  .object({ version: z.number().int().min(1).describe('The version last read (optimistic concurrency)') })
  .meta({ id: 'VersionRequest', description: 'An action on the version the caller last read' });

export const RatingRequest = z
  .object({
    target: z
      .string()
      .regex(/^(case|department:[a-z-]+)$/)
      .describe('`case`, or `department:<code>` for one department'),
    level: z.number().int().min(1).max(5).describe('5 非常满意 … 1 非常不满意'),
    comment: z.string().max(500).optional(),
  })
  .meta({ id: 'RatingRequest', description: 'A rating (好差评), once for the case and once per department' });

// ── Operations and reference data ───────────────────────────────────────────────────────────

export const Health = z
  .object({
    status: z.enum(['ok', 'unavailable']),
    database: z.object({ ok: z.boolean(), backend: z.enum(['pglite', 'postgres']) }),
    jobs: z.object({ ok: z.boolean() }),
  })
  .meta({ id: 'Health', description: 'Health of the database and the job queue' });

export const Region = z
  .object({
    code: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    level: z.string(),
    parentCode: z.string().nullable(),
    parentNameZh: z.string().nullable(),
    parentNameEn: z.string().nullable(),
    funeralMode: z.string().nullable(),
    pilot: z.boolean(),
  })
  .meta({ id: 'Region', description: 'A region (GB/T 2260 code)' });

export const RegionList = z
  .object({ items: z.array(Region) })
  .meta({ id: 'RegionList', description: 'Regions where the service is offered' });

export const MatterSummary = z
  .object({
    code: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    departmentCode: z.string(),
    departmentNameZh: z.string(),
    departmentNameEn: z.string(),
    committedWorkingDays: z.number(),
  })
  .meta({ id: 'MatterSummary', description: 'A matter that can be applied for' });

export const MatterList = z
  .object({ items: z.array(MatterSummary) })
  .meta({ id: 'MatterList', description: 'Matters that can be applied for' });

// ── Identity ────────────────────────────────────────────────────────────────────────────────

export const StaffMe = z
  .object({
    kind: z.literal('staff'),
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: StaffRole,
    roleLabelZh: z.string(),
    roleLabelEn: z.string(),
    departmentCode: z.string().nullable(),
    departmentNameZh: z.string().nullable(),
    departmentNameEn: z.string().nullable(),
    institutionCode: z.string().nullable(),
    institutionNameZh: z.string().nullable(),
    institutionNameEn: z.string().nullable(),
    institutionKind: z.string().nullable(),
    regionCode: z.string(),
    regionNameZh: z.string(),
    regionNameEn: z.string(),
  })
  .meta({ id: 'StaffMe', description: 'A signed-in staff member, with the role and scope they work in' });

export const AnonymousMe = z
  .object({ kind: z.literal('anonymous') })
  .meta({ id: 'AnonymousMe', description: 'Nobody is signed in' });

export const CitizenMe = z
  .object({ kind: z.literal('citizen'), id: z.string(), name: z.string() })
  .meta({ id: 'CitizenMe', description: 'A signed-in family member (through the identity service)' });

export const Me = z
  .discriminatedUnion('kind', [AnonymousMe, StaffMe, CitizenMe])
  .meta({ id: 'Me', description: 'Who is signed in, by `kind`' });

export const StaffSignInRequest = z
  .object({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) })
  .meta({ id: 'StaffSignInRequest', description: 'A staff member signs in with user name and password' });

// ── Cases, as the family sees them ──────────────────────────────────────────────────────────

const SupplementFile = z
  .object({
    id: z.string(),
    name: z.string(),
    mediaType: z.string().nullable(),
    size: z.number().nullable(),
    addedAt: z.string(),
  })
  .meta({ id: 'SupplementFile', description: 'A file attached to the answer to a department' });

/** A department's request for more information (退回补充) and the answer to it. */
export const SupplementRequest = z
  .object({
    id: z.string(),
    reason: z.string(),
    requestedAt: z.string(),
    answer: z
      .object({
        note: z.string(),
        answeredAt: z.string(),
        channel: Channel,
        files: z.array(SupplementFile),
      })
      .nullable(),
    pendingFiles: z.array(SupplementFile).describe('Files attached to the answer, not sent yet'),
  })
  .meta({
    id: 'SupplementRequest',
    description: "A department's request for more information (退回补充) and the answer to it",
  });

export const PendingSupplementFiles = z
  .object({ pendingFiles: z.array(SupplementFile) })
  .meta({ id: 'PendingSupplementFiles', description: 'The files waiting to be sent with the answer' });

export const SupplementAnswerRequest = z
  .object({ version: z.number().int().min(1), note: z.string().max(2000).default('') })
  .meta({
    id: 'SupplementAnswerRequest',
    description: 'The answer to a return: the text, sent with the files attached so far',
  });

/** Which upload a new one replaced (a correction of the same material). */
export const ReplacedItem = z
  .object({ id: z.string(), fileName: z.string().nullable(), addedAt: z.string() })
  .meta({
    id: 'ReplacedItem',
    description: 'An upload a newer one replaced (a correction of the same material)',
  });

/** What each value of a matter's result is called (户口注销日期 for a household registration). */
export const ResultLabels = z
  .object({
    documentNumber: Bilingual,
    issuedOn: Bilingual,
    cancelledOn: Bilingual,
    amountYuan: Bilingual,
    paidOn: Bilingual,
    accountMasked: Bilingual,
    summary: Bilingual,
    effectiveOn: Bilingual,
  })
  .meta({
    id: 'ResultLabels',
    description: "What each value of a matter's result is called (户口注销日期 for a household registration)",
  });

/** A field of the application as a person reads it: `value` is stored (a code), `text` in words. */
export const ShownField = z
  .object({
    key: z.string(),
    labelZh: z.string(),
    labelEn: z.string(),
    value: z.string(),
    text: Bilingual.nullable().describe('The value in words (option labels), null when left empty'),
  })
  .meta({
    id: 'ShownField',
    description:
      'A field of the application as a person reads it: `value` as stored (a code), `text` in words',
  });

const SubCaseResultValues = z
  .record(z.string(), z.unknown())
  .describe(
    'The typed result the department recorded: `type` (a ResultType) and its values (see CompleteSubCaseRequest; a payment adds `accountMasked`)',
  );

/** A benefit stopped from the death record with no application (信息应用), as the family sees it. */
export const BenefitStop = z
  .object({
    matterCode: z.string(),
    matterName: Bilingual,
    department: Bilingual,
    state: z.enum(['sent', 'acknowledged']),
    outcome: z.enum(NOTICE_OUTCOMES).nullable(),
    outcomeLabel: Bilingual,
    effectiveOn: z.string().nullable(),
    notifiedAt: z.string(),
    acknowledgedAt: z.string().nullable(),
  })
  .meta({
    id: 'BenefitStop',
    description: 'A benefit the body that paid it stopped from the death record, with no application',
  });

export const SubCaseSummary = z
  .object({
    id: z.string(),
    matterCode: z.string(),
    matterNameZh: z.string(),
    matterNameEn: z.string(),
    departmentCode: z.string(),
    departmentNameZh: z.string(),
    departmentNameEn: z.string(),
    state: SubCaseState,
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
    stateLabel: Bilingual,
    dueOn: z.string().nullable(),
    result: SubCaseResultValues.nullable(),
    resultLabels: ResultLabels,
    version: z.number(),
    requests: z.array(SupplementRequest),
  })
  .meta({
    id: 'SubCaseSummary',
    description: 'One matter of a case at its department, as the family follows it',
  });

const CERTIFICATE_EXAMPLE = {
  kind: 'medical-certificate',
  label: { zh: '居民死亡医学证明（推断）书', en: 'Medical death certificate' },
  certificateNumber: 'YX53010220261101000001',
  version: 1,
  institution: { zh: '五华区演示社区卫生服务站', en: 'Wuhua Demo Community Clinic' },
  issuedAt: '2026-11-01T03:10:00.000Z',
  verifyToken: 'Qm4xT2vB9rKp7LwZc3Ns',
  dateOfDeath: '2026-11-01',
  eventDate: null,
  placeOfDeath: '昆明市五华区家中',
  funeralHome: null,
};

const SUB_CASE_EXAMPLE = {
  id: '0b9f6c1e-2f4e-4d55-9a36-3f0f5b8f7c21',
  matterCode: 'household-registration-cancellation',
  matterNameZh: '户口注销',
  matterNameEn: 'Cancellation of household registration',
  departmentCode: 'public-security',
  departmentNameZh: '公安机关',
  departmentNameEn: 'Public security',
  state: 'completed',
  decidedAt: '2026-11-20T03:12:45.000Z',
  decisionNote: null,
  stateLabel: { zh: '已办结', en: 'Done' },
  dueOn: '2026-11-24',
  result: { type: 'cancellation', cancelledOn: '2026-11-20' },
  resultLabels: {
    documentNumber: { zh: '文书编号', en: 'Document number' },
    issuedOn: { zh: '出具日期', en: 'Issued on' },
    cancelledOn: { zh: '户口注销日期', en: 'Registration cancelled on' },
    amountYuan: { zh: '金额（元）', en: 'Amount (yuan)' },
    paidOn: { zh: '支付日期', en: 'Paid on' },
    accountMasked: { zh: '收款账户', en: 'Paid to account' },
    summary: { zh: '结果说明', en: 'Summary' },
    effectiveOn: { zh: '生效日期', en: 'Effective on' },
  },
  version: 3,
  requests: [],
} as const;

const CorrectionItem = z
  .object({
    kind: stringEnum(['field', 'material'], { description: 'A field of the form, or a material' }),
    key: z.string(),
    reason: z.string(),
    label: z.string().optional(),
    labelEn: z.string().optional(),
  })
  .meta({ id: 'CorrectionItem', description: 'One item a correction notice (补正告知) asks to put right' });

const Heir = z.object({ nameMasked: z.string(), relationship: z.string(), joinedAt: z.string() }).meta({
  id: 'Heir',
  description: 'Another heir who joined the case instead of applying again (name masked)',
});

export const CaseDetail = z
  .object({
    id: z.string(),
    code: z.string().describe('The unified case code (办件编码), 21 characters'),
    state: CaseState,
    regionCode: z.string(),
    regionNameZh: z.string(),
    regionNameEn: z.string(),
    submittedAt: z.string(),
    completedAt: z.string().nullable(),
    deceasedName: z.string(),
    version: z.number(),
    stateLabel: Bilingual,
    channel: Channel,
    decisionReason: z.string().nullable(),
    correction: z.array(CorrectionItem).nullable(),
    documents: z.array(z.object({ kind: NoticeKind, token: z.string(), issuedAt: z.string() })),
    ratings: z.array(z.object({ target: z.string(), level: z.number() })),
    deathCertificates: z.array(RegistryCertificate),
    benefitStops: z
      .array(BenefitStop)
      .describe('Benefits the bodies that paid them stopped from the death record, with no application'),
    issuerSteps: z
      .array(IssuerStep)
      .describe(
        'The bundle’s issuers’ acts: done (with the certificate) or still to happen (who does it, and where)',
      ),
    subCases: z.array(SubCaseSummary),
    yourRole: z
      .enum(['applicant', 'heir'])
      .describe(
        '`applicant`: the caller applied; `heir`: the caller joined it as another heir (follows it only)',
      ),
    heirs: z.array(Heir).describe('Other heirs who joined the case instead of applying again (names masked)'),
  })
  .meta({
    id: 'CaseDetail',
    description: 'A case (办件) as the family follows it: its state, its sub-cases and their results',
    examples: [
      {
        id: '6d1f3a52-8c1b-4d3e-9f7a-2b5c4e6a8d90',
        code: '530102202611200000019',
        state: 'in_progress',
        regionCode: '530102',
        regionNameZh: '五华区',
        regionNameEn: 'Wuhua District',
        submittedAt: '2026-11-18T02:30:00.000Z',
        completedAt: null,
        deceasedName: '王建国',
        version: 2,
        stateLabel: { zh: '办理中', en: 'In progress' },
        channel: 'online',
        decisionReason: null,
        correction: null,
        documents: [{ kind: 'acceptance', token: 'Yk3v9QpX2mRt7LwZ', issuedAt: '2026-11-18T06:05:00.000Z' }],
        ratings: [],
        subCases: [SUB_CASE_EXAMPLE],
        yourRole: 'applicant',
        heirs: [],
        deathCertificates: [CERTIFICATE_EXAMPLE],
        benefitStops: [
          {
            matterCode: 'medical-benefits-termination',
            matterName: {
              zh: '医保个人账户划拨、特殊病种门诊、特殊药品待遇终止',
              en: 'End of medical account allocation, special-disease outpatient and special-drug benefits',
            },
            department: { zh: '医疗保障', en: 'Medical Insurance' },
            state: 'acknowledged',
            outcome: 'terminated',
            outcomeLabel: { zh: '已终止', en: 'Stopped' },
            effectiveOn: '2026-11-02',
            notifiedAt: '2026-11-02T01:20:00.000Z',
            acknowledgedAt: '2026-11-02T03:05:00.000Z',
          },
        ],
        issuerSteps: [
          {
            matterCode: 'medical-death-certificate',
            kind: 'medical-certificate',
            name: {
              zh: '出具《居民死亡医学证明（推断）书》（正常死亡）',
              en: 'Medical death certificate (natural death)',
            },
            implementer: {
              zh: '村（社区）卫生室或救治的医疗机构',
              en: 'The village or community clinic, or the treating hospital',
            },
            certificate: CERTIFICATE_EXAMPLE,
          },
        ],
      },
    ],
  });

export const CaseList = z
  .object({ items: z.array(CaseDetail) })
  .meta({ id: 'CaseList', description: 'The cases the caller applied for or joined' });

export const JoinCaseRequest = z
  .object({ deceasedIdNumber: z.string().max(32), relationship: z.string().max(32) })
  .meta({
    id: 'JoinCaseRequest',
    description:
      "Join a case as another heir: the deceased's ID number, as CASE_EXISTS told, and the relationship",
  });

export const CorrectFieldsRequest = z
  .object({ values: z.record(z.string().max(64), z.string().max(200)) })
  .meta({
    id: 'CorrectFieldsRequest',
    description: 'New values for the fields the correction notice lists, by key',
  });

// ── Drafts (the one door for applications) ──────────────────────────────────────────────────

export const DraftField = z
  .object({
    key: z.string(),
    label: Bilingual,
    input: z.string(),
    options: z.array(z.object({ value: z.string(), zh: z.string(), en: z.string() })),
    hint: Bilingual.nullable(),
    optional: z.boolean(),
    value: z.string(),
    source: z.string().nullable(),
    sourceLabel: Bilingual.nullable(),
    certified: z.boolean(),
    flagged: z.string().nullable(),
    neededBy: z.array(z.string()),
  })
  .meta({ id: 'DraftField', description: 'A field of the merged form, with where its value came from' });

export const DraftMaterial = z
  .object({
    code: z.string(),
    name: Bilingual,
    neededBy: z.array(z.string()),
    replaceableBy: z.enum(['shared-data', 'e-licence']).nullable(),
    satisfied: z.boolean(),
    items: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['upload', 'e-licence', 'shared-data']),
        label: Bilingual,
        mediaType: z.string().nullable(),
        fileDigest: z.string().nullable(),
        originalName: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'DraftMaterial', description: 'A material the matters need, and what is attached for it' });

export const Draft = z
  .object({
    id: z.string(),
    version: z.number(),
    channel: Channel,
    regionCode: z.string(),
    catalogVersion: z.string(),
    expiresAt: z.string(),
    updatedAt: z.string(),
    matters: z.array(
      z.object({ code: z.string(), name: Bilingual, department: z.string(), departmentName: Bilingual }),
    ),
    form: z.array(z.object({ id: z.string(), title: Bilingual, fields: z.array(DraftField) })),
    materials: z.array(DraftMaterial),
    sharedData: z.record(z.string(), z.enum(['used', 'not-found', 'unavailable'])),
    problems: z.array(FieldError),
    consent: z.object({
      version: z.string(),
      zh: z.string(),
      en: z.string(),
      assistedZh: z.string(),
      assistedEn: z.string(),
    }),
    maxUploadBytes: z.number(),
  })
  .meta({
    id: 'Draft',
    description: 'An application being prepared: the merged form, the materials and what is still missing',
  });

export const DraftSummary = z
  .object({
    id: z.string(),
    regionCode: z.string(),
    deceasedName: z.string().nullable(),
    updatedAt: z.string(),
    expiresAt: z.string(),
    matterCount: z.number(),
  })
  .meta({ id: 'DraftSummary', description: 'An unfinished application' });

export const DraftList = z
  .object({ items: z.array(DraftSummary) })
  .meta({ id: 'DraftList', description: "The caller's unfinished applications" });

export const StartDraftRequest = z
  .object({
    regionCode: z.string().regex(/^\d{6}$/),
    answers: z
      .record(z.string().max(64), z.string().max(64))
      .describe('The questionnaire, question id to option'),
    deceasedIdNumber: z.string().max(32),
    applicantIdNumber: z.string().max(32).optional().describe("For a clerk's assisted application only"),
  })
  .meta({ id: 'StartDraftRequest', description: 'Start an application from the questionnaire' });

export const SaveDraftRequest = z
  .object({
    version: z.number().int().min(1),
    values: z.record(z.string().max(64), z.string().max(200)).optional(),
    flags: z.record(z.string().max(64), z.string().max(200)).optional(),
  })
  .meta({
    id: 'SaveDraftRequest',
    description: 'Typed values, and flags on certified values (which cannot be edited), by field key',
  });

export const SubmitDraftRequest = z
  .object({
    version: z.number().int().min(1),
    declaration: z.object({ version: z.string().max(32), accepted: z.boolean() }),
    assistedConsent: z.boolean().optional(),
  })
  .meta({
    id: 'SubmitDraftRequest',
    description: "Submit with the declaration accepted (and, at the window, the applicant's consent)",
  });

// ── The comprehensive window (综合窗口) ──────────────────────────────────────────────────────

export const WindowQueueItem = z
  .object({
    id: z.string(),
    code: z.string(),
    state: CaseState,
    channel: Channel,
    deceasedNameMasked: z.string(),
    applicantNameMasked: z.string(),
    submittedAt: z.string(),
    waitedMinutes: z.number(),
    ownerName: z.string().nullable(),
    ownedByMe: z.boolean(),
    version: z.number(),
  })
  .meta({ id: 'WindowQueueItem', description: 'A case waiting at the window, with how long it has waited' });

export const WindowQueue = z
  .object({ items: z.array(WindowQueueItem) })
  .meta({ id: 'WindowQueue', description: "Cases of the clerk's region in one state, oldest first" });

export const WindowCase = z
  .object({
    id: z.string(),
    code: z.string(),
    state: CaseState,
    version: z.number(),
    channel: Channel,
    regionCode: z.string(),
    submittedAt: z.string(),
    owner: z.object({ id: z.string(), name: z.string(), isMe: z.boolean() }).nullable(),
    allowedActions: z.array(CaseAction),
    correction: z.array(CorrectionItem).nullable(),
    decisionReason: z.string().nullable(),
    sameDeceased: z
      .array(
        z.object({
          id: z.string(),
          code: z.string(),
          state: CaseState,
          stateLabel: Bilingual,
          channel: Channel,
          submittedAt: z.string(),
          regionCode: z.string(),
        }),
      )
      .describe('Other cases for the same deceased (earlier or later), newest first'),
    deathCertificates: z
      .array(RegistryCertificate)
      .describe('The death registry’s certificates for the deceased (verified; checkable by QR)'),
    heirs: z.array(Heir).describe('Other heirs who joined this case instead of applying again'),
    form: z.array(
      z.object({
        id: z.string(),
        title: Bilingual,
        fields: z.array(
          z.object({
            key: z.string(),
            label: Bilingual,
            value: z.string(),
            text: Bilingual.nullable().describe('The value in words (option labels), null when left empty'),
          }),
        ),
      }),
    ),
    materials: z.array(
      z.object({
        code: z.string(),
        name: Bilingual,
        neededBy: z.array(z.string()),
        replaceableBy: z.enum(['shared-data', 'e-licence']).nullable(),
        items: z.array(
          z.object({
            id: z.string(),
            kind: z.string(),
            reference: z.string().nullable(),
            mediaType: z.string().nullable(),
            fileName: z.string().nullable(),
            addedAt: z.string(),
            isNew: z.boolean().describe('Came after the application (a correction)'),
            replaces: z.array(ReplacedItem),
          }),
        ),
        replaced: z
          .array(
            z.object({
              id: z.string(),
              mediaType: z.string().nullable(),
              fileName: z.string().nullable(),
              addedAt: z.string(),
              supersededAt: z.string().nullable(),
              replacedBy: z.string(),
            }),
          )
          .describe('Uploads a correction replaced: kept for the record, not current'),
      }),
    ),
    subCases: z.array(
      z.object({
        id: z.string(),
        matter: z.object({ code: z.string(), zh: z.string(), en: z.string() }),
        department: z.object({ code: z.string(), zh: z.string(), en: z.string() }),
        state: SubCaseState,
        stateLabel: Bilingual,
        dueOn: z.string().nullable(),
        dueProvisional: z
          .boolean()
          .describe("The due date's year has no official holiday notice loaded (暂定)"),
        regionCode: z.string(),
        version: z.number(),
        decisionNote: z.string().nullable(),
        requests: z.array(SupplementRequest),
      }),
    ),
    documents: z.array(
      z.object({ id: z.string(), kind: NoticeKind, token: z.string(), issuedAt: z.string() }),
    ),
  })
  .meta({ id: 'WindowCase', description: 'The whole application as the window clerk handles it' });

export const RejectCaseRequest = z
  .object({ version: z.number().int().min(1), reason: z.string().trim().min(4).max(1000) })
  .meta({
    id: 'RejectCaseRequest',
    description: 'Do not accept (不予受理), with the reason the family is given',
  });

export const CorrectionNoticeRequest = z
  .object({
    version: z.number().int().min(1),
    items: z
      .array(
        z.object({
          kind: z.enum(['field', 'material']),
          key: z.string().max(64),
          reason: z.string().trim().min(2).max(300),
        }),
      )
      .min(1)
      .max(40),
  })
  .meta({
    id: 'CorrectionNoticeRequest',
    description: 'One correction notice (补正告知) listing every item at once',
  });

export const HandOverRequest = z
  .object({ toUsername: z.string().max(64), reason: z.string().trim().min(2).max(300) })
  .meta({
    id: 'HandOverRequest',
    description: 'Hand the case to another clerk of the region, with a reason',
  });

// ── Departments ─────────────────────────────────────────────────────────────────────────────

export const TimeLimit = z
  .object({
    due: z.string(),
    status: TimeLimitStatus,
    remainingWorkingDays: z.number(),
    provisional: z.boolean(),
  })
  .meta({ id: 'TimeLimit', description: "A sub-case's time limit in working days" });

export const DepartmentSubCaseListItem = z
  .object({
    id: z.string(),
    caseCode: z.string(),
    matterCode: z.string(),
    matterNameZh: z.string(),
    matterNameEn: z.string(),
    state: SubCaseState,
    version: z.number(),
    submittedAt: z.string(),
    deceasedNameMasked: z.string(),
    deceasedIdNumberMasked: z.string().nullable(),
    regionCode: z.string(),
    regionNameZh: z.string(),
    limit: TimeLimit.nullable(),
    answeredAt: z
      .string()
      .nullable()
      .describe('When the answer to a return came in, while the sub-case is back in review'),
  })
  .meta({
    id: 'DepartmentSubCaseListItem',
    description: "A sub-case in the department's list (personal data masked)",
  });

export const DepartmentSubCasePage = z
  .object({
    items: z.array(DepartmentSubCaseListItem),
    nextCursor: z
      .string()
      .nullable()
      .describe('Pass as `cursor` for the page after this one; null on the last page'),
    total: z
      .number()
      .int()
      .describe('How many sub-cases the filter matches in all (the same scope and state), on every page'),
  })
  .meta({
    id: 'DepartmentSubCasePage',
    description: "One page of the department's sub-cases in its region, oldest submission first",
  });

export const DepartmentSubCase = z
  .object({
    id: z.string(),
    caseCode: z.string(),
    matterCode: z.string(),
    matterNameZh: z.string(),
    matterNameEn: z.string(),
    state: SubCaseState,
    version: z.number(),
    allowedActions: z.array(SubCaseAction).describe('What the caller may do now, by the state table'),
    limit: TimeLimit.nullable(),
    result: SubCaseResultValues.nullable(),
    resultType: ResultType.nullable().describe(
      'The type of result this matter ends with: complete it with one',
    ),
    resultLabels: ResultLabels,
    submittedAt: z.string(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
    regionNameZh: z.string(),
    deathCertificates: z
      .array(RegistryCertificate)
      .describe('The death registry’s certificates for the deceased (verified; checkable by QR)'),
    fields: z.array(ShownField),
    materials: z.array(
      z.object({
        id: z.string(),
        materialCode: z.string(),
        name: Bilingual,
        kind: z.string(),
        reference: z.string().nullable(),
        mediaType: z.string().nullable(),
        fileName: z.string().nullable(),
        addedAt: z.string(),
        isNew: z.boolean().describe('Came after the application (a correction)'),
        replaces: z.array(ReplacedItem),
      }),
    ),
    replacedMaterials: z.array(
      z.object({
        id: z.string(),
        materialCode: z.string(),
        name: Bilingual,
        mediaType: z.string().nullable(),
        fileName: z.string().nullable(),
        addedAt: z.string(),
        supersededAt: z.string().nullable(),
        replacedBy: z.string(),
      }),
    ),
    requests: z.array(SupplementRequest),
  })
  .meta({
    id: 'DepartmentSubCase',
    description: 'One sub-case opened by its department, with its fields in full (the view is audited)',
    examples: [
      {
        id: '0b9f6c1e-2f4e-4d55-9a36-3f0f5b8f7c21',
        caseCode: '530102202611200000019',
        matterCode: 'household-registration-cancellation',
        matterNameZh: '户口注销',
        matterNameEn: 'Cancellation of household registration',
        state: 'in_review',
        version: 2,
        allowedActions: ['complete', 'reject', 'return', 'transfer'],
        limit: { due: '2026-11-24', status: 'on-track', remainingWorkingDays: 3, provisional: false },
        result: null,
        resultType: 'cancellation',
        resultLabels: SUB_CASE_EXAMPLE.resultLabels,
        submittedAt: '2026-11-18T02:30:00.000Z',
        decidedAt: null,
        decisionNote: null,
        regionNameZh: '五华区',
        deathCertificates: [CERTIFICATE_EXAMPLE],
        fields: [
          {
            key: 'deceased.name',
            labelZh: '逝者姓名',
            labelEn: 'Name of the deceased',
            value: '王建国',
            text: { zh: '王建国', en: '王建国' },
          },
        ],
        materials: [],
        replacedMaterials: [],
        requests: [],
      },
    ],
  });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The typed result a department records, of its matter's result type (the sub-case view says which). */
export const CompletionResult = z
  .discriminatedUnion('type', [
    z.object({
      type: z.literal('certificate'),
      documentNumber: z.string().trim().min(1).max(64),
      issuedOn: isoDate,
    }),
    z.object({
      type: z.literal('cancellation'),
      cancelledOn: isoDate,
      documentNumber: z.string().max(64).optional(),
    }),
    z.object({
      type: z.literal('payment'),
      amountYuan: z.string().regex(/^\d{1,9}(\.\d{1,2})?$/),
      paidOn: isoDate,
    }),
    z.object({
      type: z.literal('inquiry-result'),
      documentNumber: z.string().trim().min(1).max(64),
      summary: z.string().trim().min(1).max(500),
    }),
    z.object({ type: z.literal('termination'), effectiveOn: isoDate }),
  ])
  .meta({
    id: 'CompletionResult',
    description:
      "The typed result of a completed sub-case, by `type` (the matter's ResultType, as the sub-case view's `resultType` says)",
  });

const SubCaseReason = z.string().trim().min(2).max(500);

export const CompleteSubCaseRequest = z
  .object({
    version: z.number().int().min(1),
    result: CompletionResult,
    note: z.string().max(500).optional(),
  })
  .meta({
    id: 'CompleteSubCaseRequest',
    description: "Complete (办结) with a result of the matter's result type",
  });

export const SubCaseReasonRequest = z
  .object({ version: z.number().int().min(1), reason: SubCaseReason })
  .meta({
    id: 'SubCaseReasonRequest',
    description: 'Refuse, or return for more information, with the reason',
  });

export const TransferSubCaseRequest = z
  .object({ version: z.number().int().min(1), toRegion: z.string().regex(/^\d{6}$/), reason: SubCaseReason })
  .meta({
    id: 'TransferSubCaseRequest',
    description: 'Hand to the competent office of another county (远程协办)',
  });

// ── Messages ────────────────────────────────────────────────────────────────────────────────

export const Message = z
  .object({
    id: z.string(),
    template: z.string(),
    body: z.string(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
    about: z
      .object({
        kind: z.enum(['case', 'correction', 'returned', 'progress', 'results', 'drafts']),
        caseCode: z.string().nullable(),
        subCaseId: z.string().nullable(),
      })
      .describe(
        'What the message is about, to open it there: the case, its correction items, a department question…',
      ),
  })
  .meta({ id: 'Message', description: 'An in-app message to the family' });

export const MessageList = z
  .object({ items: z.array(Message), unread: z.number() })
  .meta({ id: 'MessageList', description: "The caller's in-app messages, newest first" });

export const DevelopmentSmsList = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        to: z.string().nullable(),
        body: z.string(),
        status: z.string(),
        createdAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'DevelopmentSmsList', description: 'SMS the development sink held instead of sending' });

// ── Supervision ─────────────────────────────────────────────────────────────────────────────

export const TimeLimitAlert = z
  .object({
    subCaseId: z.string(),
    caseCode: z.string(),
    matterCode: z.string(),
    departmentCode: z.string(),
    regionCode: z.string(),
    state: SubCaseState,
    due: z.string(),
    status: TimeLimitStatus,
    remainingWorkingDays: z.number(),
    provisional: z.boolean().describe("The due date's year has no official holiday notice loaded (暂定)"),
    escalated: z.boolean(),
  })
  .meta({ id: 'TimeLimitAlert', description: 'An open sub-case due soon (yellow) or overdue (red)' });

export const TimeLimitAlertList = z
  .object({ items: z.array(TimeLimitAlert) })
  .meta({ id: 'TimeLimitAlertList', description: 'Open sub-cases due soon or overdue' });

export const FollowUp = z
  .object({
    id: z.string(),
    caseCode: z.string(),
    target: z.string(),
    level: z.number(),
    comment: z.string().nullable(),
    state: FollowUpState,
    dueOn: z.string(),
    dueProvisional: z.boolean().describe("The due date's year has no official holiday notice loaded (暂定)"),
    callBackNote: z.string().nullable(),
    rectificationNote: z.string().nullable(),
    createdAt: z.string(),
    contact: z
      .object({ nameMasked: z.string(), phoneMasked: z.string() })
      .describe('The applicant to call back, masked; the full contact is read (and audited) separately'),
  })
  .meta({ id: 'FollowUp', description: 'The follow-up of a poor rating (不满意 or worse)' });

export const FollowUpList = z
  .object({ items: z.array(FollowUp) })
  .meta({ id: 'FollowUpList', description: 'Follow-ups of poor ratings' });

export const FollowUpContact = z
  .object({ name: z.string(), phone: z.string() })
  .meta({ id: 'FollowUpContact', description: "The applicant's full name and mobile number, to call back" });

export const FollowUpUpdateRequest = z
  .object({
    callBackNote: z.string().trim().min(2).max(1000).optional(),
    rectificationNote: z.string().trim().min(2).max(1000).optional(),
    close: z.boolean().default(false),
  })
  .meta({
    id: 'FollowUpUpdateRequest',
    description: 'The call-back and the rectification; close when both are written',
  });

// ── Catalog administration ──────────────────────────────────────────────────────────────────

const CatalogProblem = z.object({ file: z.string(), path: z.string(), message: z.string() }).meta({
  id: 'CatalogProblem',
  description: 'A problem in a catalog: the file, the path in it, and what is wrong',
});

const CatalogChange = z
  .object({ path: z.string(), before: z.unknown(), after: z.unknown() })
  .meta({ id: 'CatalogChange', description: 'One value that changed' });

const CatalogDiffEntry = z
  .object({
    key: z.string(),
    change: z.enum(['added', 'removed', 'changed']),
    changes: z.array(CatalogChange),
  })
  .meta({ id: 'CatalogDiffEntry', description: 'One matter, material, question or profile that changed' });

export const CatalogDiff = z
  .object({
    from: z.string(),
    to: z.string(),
    meta: z.array(CatalogChange),
    matters: z.array(CatalogDiffEntry),
    materials: z.array(CatalogDiffEntry),
    questions: z.array(CatalogDiffEntry),
    profiles: z.array(CatalogDiffEntry),
    unchanged: z.boolean(),
  })
  .meta({ id: 'CatalogDiff', description: 'What changed between two catalog versions' });

export const CatalogVersionSummary = z
  .object({
    version: z.string(),
    digest: z.string(),
    source: z.string(),
    note: z.string().nullable(),
    publishedAt: z.string(),
    current: z.boolean(),
  })
  .meta({ id: 'CatalogVersionSummary', description: 'A published catalog version' });

export const CatalogVersionList = z
  .object({ items: z.array(CatalogVersionSummary) })
  .meta({ id: 'CatalogVersionList', description: 'Published catalog versions, newest (current) first' });

export const CatalogExport = z.object({ version: z.string(), yaml: z.string() }).meta({
  id: 'CatalogExport',
  description: 'A catalog version as YAML, ready to edit and publish as a new one',
});

export const CatalogSubmission = z
  .object({
    yaml: z.string().max(2_000_000).optional().describe('The whole catalog as YAML (as exported)'),
    content: z.record(z.string(), z.unknown()).optional().describe('Or the whole catalog as a JSON object'),
    note: z.string().max(500).optional(),
  })
  .meta({ id: 'CatalogSubmission', description: 'A new catalog version, as YAML text or as a JSON object' });

export const CatalogCheckResult = z
  .object({ ok: z.boolean(), problems: z.array(CatalogProblem), diff: CatalogDiff.nullable() })
  .meta({
    id: 'CatalogCheckResult',
    description: 'Its problems, or its difference from the current version',
  });
