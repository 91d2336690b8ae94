/**
 * Request and response schemas for the catalog, guide, questionnaire, bundle and calendar
 * endpoints, named (`.meta({ id })`) as the OpenAPI document's component schemas.
 */

import { z } from 'zod';
import { REPORT_KINDS } from '../../domain/death-registry.ts';
import { Bilingual, ResultType } from './schemas.ts';

const Replaceable = z
  .enum(['shared-data', 'e-licence'])
  .nullable()
  .describe('Whether the platform can fetch it instead: from shared data, or from the e-licence library');

/** An issuer's act (not applied for): which report the issuing institution files into the death registry. */
const IssuedBy = z.enum(REPORT_KINDS).nullable().meta({
  description:
    'Set when the matter is an issuer’s act (a death certificate, cremation or burial record), not applied for',
});

export const MatterGuide = z
  .object({
    code: z.string(),
    name: Bilingual,
    department: z.object({ code: z.string(), name: Bilingual }),
    level: Bilingual,
    implementer: Bilingual,
    legalBasis: z.array(z.string()),
    conditions: z.array(Bilingual),
    materials: z.array(
      z.object({ code: z.string(), name: Bilingual, replaceableBy: Replaceable, note: Bilingual.nullable() }),
    ),
    statutoryWorkingDays: z.number(),
    committedWorkingDays: z.number(),
    resultType: Bilingual,
    resultTypeCode: ResultType,
    needsApplication: z.boolean(),
    issuedBy: IssuedBy,
    fee: Bilingual,
    appliesWhen: Bilingual.nullable(),
  })
  .meta({ id: 'MatterGuide', description: 'The guide for one matter in a region (统一办事指南)' });

export const CatalogMatterList = z
  .object({ catalogVersion: z.string(), items: z.array(MatterGuide) })
  .meta({ id: 'CatalogMatterList', description: 'Matters of the current catalog' });

export const Guide = z
  .object({
    catalogVersion: z.string(),
    effective: z.string(),
    title: Bilingual,
    region: z.object({
      code: z.string(),
      name: Bilingual,
      parentName: Bilingual.nullable(),
      funeralMode: z.enum(['cremation', 'burial']).nullable(),
      pilot: z.boolean(),
    }),
    profile: z.object({
      code: z.string(),
      name: Bilingual,
      source: z.string(),
      contact: Bilingual,
      payee: z.enum(['applicant-account', 'deceased-account']),
    }),
    flow: z.array(z.object({ step: z.number(), title: Bilingual, detail: Bilingual })),
    coverage: z.object({ notCovered: z.array(Bilingual), goTo: Bilingual.nullable() }),
    whereToGo: Bilingual,
    matters: z.array(MatterGuide),
  })
  .meta({ id: 'Guide', description: 'The unified service guide for a region (统一办事指南)' });

export const QuestionView = z
  .object({
    id: z.string(),
    text: Bilingual,
    help: Bilingual.nullable(),
    options: z.array(z.object({ value: z.string(), label: Bilingual })),
  })
  .meta({ id: 'Question', description: 'A question of the questionnaire, with its options' });

export const Questionnaire = z
  .object({ catalogVersion: z.string(), questions: z.array(QuestionView) })
  .meta({ id: 'Questionnaire', description: "The questions a region's questionnaire may ask, in order" });

export const BundlePreviewRequest = z
  .object({
    regionCode: z.string().regex(/^\d{6}$/),
    answers: z.record(z.string().max(64), z.string().max(64)).default({}),
    deceasedIdNumber: z
      .string()
      .max(32)
      .optional()
      .describe('Signed in, shared data answers what it knows about the deceased'),
  })
  .meta({ id: 'BundlePreviewRequest', description: 'The questionnaire answers so far' });

export const BundleResponse = z
  .object({
    catalogVersion: z.string(),
    regionCode: z.string(),
    profileCode: z.string(),
    covered: z.boolean().nullable(),
    notCovered: z.object({ reasons: z.array(Bilingual), goTo: Bilingual }).nullable(),
    matters: z.array(
      z.object({
        code: z.string(),
        name: Bilingual,
        department: z.object({ code: z.string(), name: Bilingual }),
        included: z.boolean().nullable(),
        reason: Bilingual,
        needsApplication: z.boolean(),
        issuedBy: IssuedBy,
        issued: z
          .object({
            certificateNumber: z.string(),
            institution: Bilingual,
            issuedAt: z.string(),
            verifyToken: z.string(),
          })
          .nullable()
          .meta({
            description:
              'For an issuer’s act already done (the deceased given by a signed-in caller): the certificate the death registry holds',
          }),
        committedWorkingDays: z.number(),
        statutoryWorkingDays: z.number(),
        resultType: ResultType,
        implementer: Bilingual,
      }),
    ),
    materials: z.array(
      z.object({
        code: z.string(),
        name: Bilingual,
        neededBy: z.array(z.string()),
        replaceableBy: Replaceable,
        note: Bilingual.nullable(),
      }),
    ),
    questionnaire: z.object({
      next: QuestionView.nullable(),
      answered: z.array(z.string()),
      skipped: z.array(
        z.object({
          id: z.string(),
          question: Bilingual,
          reason: z.enum(['shared-data', 'region', 'not-applicable']),
          value: z.string().nullable(),
          valueLabel: Bilingual.nullable(),
          from: Bilingual.nullable(),
        }),
      ),
      remaining: z.number(),
      complete: z.boolean(),
    }),
    sharedData: z.enum(['used', 'not-found', 'unavailable', 'sign-in-required', 'not-requested']),
    contact: Bilingual,
  })
  .meta({
    id: 'BundlePreview',
    description: 'The bundle of matters with the reason for each, the material list, and the next question',
  });

export const CalendarNotices = z
  .object({
    years: z.array(z.number().int()),
    today: z.string(),
    missing: z
      .array(z.number().int())
      .describe('This year and the next, where their notice is not loaded (due dates may fall there)'),
  })
  .meta({ id: 'CalendarNotices', description: 'The years whose official holiday notice is loaded' });

export const DueDateResponse = z
  .object({
    start: z.string(),
    workingDays: z.number(),
    region: z.string().nullable(),
    due: z.string(),
    provisional: z.boolean(),
    convention: Bilingual,
    skipped: z.array(z.object({ date: z.string(), reason: z.string(), name: z.string().optional() })),
  })
  .meta({ id: 'DueDate', description: 'A due date in working days, with the days skipped and why' });
