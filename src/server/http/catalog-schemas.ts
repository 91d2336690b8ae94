/** Response schemas for the catalog, guide, questionnaire, bundle and calendar endpoints. */
import { z } from 'zod';

export const Text = z.object({ zh: z.string(), en: z.string() });

export const MatterGuide = z.object({
  code: z.string(),
  name: Text,
  department: z.object({ code: z.string(), name: Text }),
  level: Text,
  implementer: Text,
  legalBasis: z.array(z.string()),
  conditions: z.array(Text),
  materials: z.array(
    z.object({
      code: z.string(),
      name: Text,
      replaceableBy: z.enum(['shared-data', 'e-licence']).nullable(),
      note: Text.nullable(),
    }),
  ),
  statutoryWorkingDays: z.number(),
  committedWorkingDays: z.number(),
  resultType: Text,
  needsApplication: z.boolean(),
  fee: Text,
  appliesWhen: Text.nullable(),
});

export const Guide = z.object({
  catalogVersion: z.string(),
  effective: z.string(),
  title: Text,
  region: z.object({
    code: z.string(),
    name: Text,
    parentName: Text.nullable(),
    funeralMode: z.enum(['cremation', 'burial']).nullable(),
    pilot: z.boolean(),
  }),
  profile: z.object({
    code: z.string(),
    name: Text,
    source: z.string(),
    contact: Text,
    payee: z.enum(['applicant-account', 'deceased-account']),
  }),
  flow: z.array(z.object({ step: z.number(), title: Text, detail: Text })),
  coverage: z.object({ notCovered: z.array(Text), goTo: Text.nullable() }),
  whereToGo: Text,
  matters: z.array(MatterGuide),
});

export const QuestionView = z.object({
  id: z.string(),
  text: Text,
  help: Text.nullable(),
  options: z.array(z.object({ value: z.string(), label: Text })),
});

export const BundleResponse = z.object({
  catalogVersion: z.string(),
  regionCode: z.string(),
  profileCode: z.string(),
  covered: z.boolean().nullable(),
  notCovered: z.object({ reasons: z.array(Text), goTo: Text }).nullable(),
  matters: z.array(
    z.object({
      code: z.string(),
      name: Text,
      department: z.object({ code: z.string(), name: Text }),
      included: z.boolean().nullable(),
      reason: Text,
      needsApplication: z.boolean(),
      committedWorkingDays: z.number(),
      statutoryWorkingDays: z.number(),
      resultType: z.string(),
      implementer: Text,
    }),
  ),
  materials: z.array(
    z.object({
      code: z.string(),
      name: Text,
      neededBy: z.array(z.string()),
      replaceableBy: z.enum(['shared-data', 'e-licence']).nullable(),
      note: Text.nullable(),
    }),
  ),
  questionnaire: z.object({
    next: QuestionView.nullable(),
    answered: z.array(z.string()),
    skipped: z.array(
      z.object({
        id: z.string(),
        question: Text,
        reason: z.enum(['shared-data', 'region', 'not-applicable']),
        value: z.string().nullable(),
        valueLabel: Text.nullable(),
        from: Text.nullable(),
      }),
    ),
    remaining: z.number(),
    complete: z.boolean(),
  }),
  sharedData: z.enum(['used', 'not-found', 'unavailable', 'sign-in-required', 'not-requested']),
  contact: Text,
});

export const DueDateResponse = z.object({
  start: z.string(),
  workingDays: z.number(),
  region: z.string().nullable(),
  due: z.string(),
  provisional: z.boolean(),
  convention: Text,
  skipped: z.array(z.object({ date: z.string(), reason: z.string(), name: z.string().optional() })),
});
