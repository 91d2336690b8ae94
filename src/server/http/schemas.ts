/** Shared zod schemas for responses, reused by several route files and by the OpenAPI document. */
import { z } from 'zod';
import { ERROR_CATALOG } from '../errors.ts';

export const ErrorResponse = z.object({
  error: z.object({
    code: z.enum(
      Object.keys(ERROR_CATALOG) as [keyof typeof ERROR_CATALOG, ...(keyof typeof ERROR_CATALOG)[]],
    ),
    message: z.string(),
    messageZh: z.string(),
    messageEn: z.string(),
    fields: z
      .array(
        z.object({
          field: z.string(),
          labelZh: z.string(),
          labelEn: z.string(),
          zh: z.string(),
          en: z.string(),
        }),
      )
      .optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

export const errorResponses = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  423: ErrorResponse,
  429: ErrorResponse,
} as const;

export const StaffMe = z.object({
  kind: z.literal('staff'),
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  roleLabelZh: z.string(),
  roleLabelEn: z.string(),
  departmentCode: z.string().nullable(),
  departmentNameZh: z.string().nullable(),
  departmentNameEn: z.string().nullable(),
  regionCode: z.string(),
  regionNameZh: z.string(),
  regionNameEn: z.string(),
});

export const Me = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('anonymous') }),
  StaffMe,
  z.object({ kind: z.literal('citizen'), id: z.string(), name: z.string() }),
]);

const SupplementFile = z.object({
  id: z.string(),
  name: z.string(),
  mediaType: z.string().nullable(),
  size: z.number().nullable(),
  addedAt: z.string(),
});

/** A department's request for more information (退回补充) and the answer to it. */
export const SupplementRequest = z.object({
  id: z.string(),
  reason: z.string(),
  requestedAt: z.string(),
  answer: z
    .object({
      note: z.string(),
      answeredAt: z.string(),
      channel: z
        .string()
        .describe('`online`: the family; `window`: the clerk, for the applicant at the counter'),
      files: z.array(SupplementFile),
    })
    .nullable(),
  pendingFiles: z.array(SupplementFile).describe('Files attached to the answer, not sent yet'),
});

export const PendingSupplementFiles = z.object({ pendingFiles: z.array(SupplementFile) });

/** Which upload a new one replaced (a correction of the same material). */
export const ReplacedItem = z.object({
  id: z.string(),
  fileName: z.string().nullable(),
  addedAt: z.string(),
});

/** A value in both languages. */
const Words = z.object({ zh: z.string(), en: z.string() });

/** What each value of a matter's result is called (户口注销日期 for a household registration). */
export const ResultLabels = z.object({
  documentNumber: Words,
  issuedOn: Words,
  cancelledOn: Words,
  amountYuan: Words,
  paidOn: Words,
  accountMasked: Words,
  summary: Words,
  effectiveOn: Words,
});

/** A field of the application as a person reads it: `value` is stored (a code), `text` in words. */
export const ShownField = z.object({
  key: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  value: z.string(),
  text: Words.nullable().describe('The value in words (option labels), null when left empty'),
});

export const SubCaseSummary = z.object({
  id: z.string(),
  matterCode: z.string(),
  matterNameZh: z.string(),
  matterNameEn: z.string(),
  departmentCode: z.string(),
  departmentNameZh: z.string(),
  departmentNameEn: z.string(),
  state: z.string(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  stateLabel: z.object({ zh: z.string(), en: z.string() }),
  dueOn: z.string().nullable(),
  result: z.record(z.string(), z.unknown()).nullable(),
  resultLabels: ResultLabels,
  version: z.number(),
  requests: z.array(SupplementRequest),
});

export const CaseDetail = z.object({
  id: z.string(),
  code: z.string(),
  state: z.string(),
  regionCode: z.string(),
  regionNameZh: z.string(),
  regionNameEn: z.string(),
  submittedAt: z.string(),
  completedAt: z.string().nullable(),
  deceasedName: z.string(),
  version: z.number(),
  stateLabel: z.object({ zh: z.string(), en: z.string() }),
  channel: z.string(),
  decisionReason: z.string().nullable(),
  correction: z
    .array(
      z.object({
        kind: z.string(),
        key: z.string(),
        reason: z.string(),
        label: z.string().optional(),
        labelEn: z.string().optional(),
      }),
    )
    .nullable(),
  documents: z.array(z.object({ kind: z.string(), token: z.string(), issuedAt: z.string() })),
  ratings: z.array(z.object({ target: z.string(), level: z.number() })),
  subCases: z.array(SubCaseSummary),
  /** `applicant`: the caller applied; `heir`: the caller joined it as another heir (follows it only). */
  yourRole: z.enum(['applicant', 'heir']),
  /** Other heirs who joined the case instead of applying again (names masked). */
  heirs: z.array(z.object({ nameMasked: z.string(), relationship: z.string(), joinedAt: z.string() })),
});
