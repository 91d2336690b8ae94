/**
 * The matter catalog (事项目录): matters, materials, the questionnaire and the region profiles,
 * as one versioned document. This module defines its shape and checks it — every reference
 * between the parts must resolve — so a broken catalog is refused with the file, the path inside
 * it and what is wrong, before anything uses it.
 */

import { z } from 'zod';
import { countOf } from './bilingual.ts';
import { REPORT_KINDS } from './death-registry.ts';
import { isDepartmentCode } from './departments.ts';
import { findFormField } from './form.ts';

const text = z.object({ zh: z.string().min(1), en: z.string().min(1) });
const code = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'a lower-case code like household-registration-cancellation');
const regionCode = z.string().regex(/^\d{6}$/, 'a six-digit GB/T 2260 code');

export type Condition =
  | { fact: string; equals: string }
  | { fact: string; in: string[] }
  | { fact: string; notIn: string[] }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.object({ fact: z.string(), equals: z.string() }).strict(),
    z.object({ fact: z.string(), in: z.array(z.string()).min(1) }).strict(),
    z.object({ fact: z.string(), notIn: z.array(z.string()).min(1) }).strict(),
    z.object({ all: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ not: ConditionSchema }).strict(),
  ]),
);

export const RESULT_TYPES = [
  'certificate',
  'cancellation',
  'payment',
  'inquiry-result',
  'termination',
] as const;
export const LEVELS = ['province', 'prefecture', 'county', 'township'] as const;

export const MaterialSchema = z
  .object({
    code,
    name: z.string().min(1),
    nameEn: z.string().min(1),
    replaceableBy: z.enum(['shared-data', 'e-licence']).optional(),
    note: z.string().optional(),
    noteEn: z.string().optional(),
  })
  .strict();

export const MatterSchema = z
  .object({
    code,
    name: z.string().min(1),
    nameEn: z.string().min(1),
    department: z.string().refine(isDepartmentCode, 'not one of the departments'),
    level: z.enum(LEVELS),
    implementer: z.string().min(1),
    implementerEn: z.string().min(1),
    legalBasis: z.array(z.string().min(1)).min(1),
    conditions: z.array(z.string().min(1)).min(1),
    conditionsEn: z.array(z.string().min(1)).min(1),
    materials: z.array(code),
    statutoryWorkingDays: z.number().int().min(0).max(365),
    committedWorkingDays: z.number().int().min(0).max(365),
    resultType: z.enum(RESULT_TYPES),
    /** What the result's date is called for this matter (户口注销日期, 终止参保日期). */
    resultDateLabel: z.string().min(2).max(20).optional(),
    resultDateLabelEn: z.string().min(2).max(60).optional(),
    needsApplication: z.boolean(),
    /**
     * An issuer's act (a death certificate, a cremation or burial record): the institution issues
     * it into the death registry; nobody applies for it and no department handles it as a sub-case.
     */
    issuedBy: z.enum(REPORT_KINDS).optional(),
    fields: z.array(z.string()).min(1),
    sources: z.array(z.enum(['yunnan', 'yueyang'])).min(1),
  })
  .strict()
  .superRefine((m, ctx) => {
    if (m.issuedBy && m.needsApplication) {
      ctx.addIssue({
        code: 'custom',
        path: ['needsApplication'],
        message: 'an issuer act is not applied for: needsApplication must be false',
      });
    }
    if (m.committedWorkingDays > m.statutoryWorkingDays) {
      ctx.addIssue({
        code: 'custom',
        path: ['committedWorkingDays'],
        message: `the committed limit of ${countOf(m.committedWorkingDays, 'working day')} is longer than the statutory ${countOf(m.statutoryWorkingDays, 'working day')}`,
      });
    }
    m.fields.forEach((f, i) => {
      if (!findFormField(f))
        ctx.addIssue({ code: 'custom', path: ['fields', i], message: `unknown field "${f}"` });
    });
    // A cancellation or a termination ends something different for each matter; its date says what.
    const datedByMatter = m.resultType === 'cancellation' || m.resultType === 'termination';
    if (datedByMatter && !m.resultDateLabel) {
      ctx.addIssue({
        code: 'custom',
        path: ['resultDateLabel'],
        message: `a ${m.resultType} result needs the name of its date for this matter (e.g. 户口注销日期)`,
      });
    }
    if (m.resultType === 'inquiry-result' && m.resultDateLabel) {
      ctx.addIssue({
        code: 'custom',
        path: ['resultDateLabel'],
        message: 'an inquiry result has no date to name',
      });
    }
    if (Boolean(m.resultDateLabel) !== Boolean(m.resultDateLabelEn)) {
      ctx.addIssue({
        code: 'custom',
        path: [m.resultDateLabel ? 'resultDateLabelEn' : 'resultDateLabel'],
        message: 'the name of the result date is needed in Chinese and in English',
      });
    }
  });

export const QuestionSchema = z
  .object({
    id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
    text: z.string().min(1),
    textEn: z.string().min(1),
    help: z.string().optional(),
    helpEn: z.string().optional(),
    sharedData: z.string().optional(),
    askIf: ConditionSchema.optional(),
    options: z
      .array(
        z.object({ value: z.string().min(1), label: z.string().min(1), labelEn: z.string().min(1) }).strict(),
      )
      .min(2),
  })
  .strict();

export const ProfileRegionSchema = z
  .object({
    code: regionCode,
    name: z.string().min(1),
    nameEn: z.string().min(1),
    level: z.enum(['province', 'prefecture', 'county']),
    parent: regionCode.optional(),
    funeralMode: z.enum(['cremation', 'burial']).optional(),
    pilot: z.boolean().optional(),
  })
  .strict();

export const ProfileSchema = z
  .object({
    code: regionCode,
    name: z.string().min(1),
    nameEn: z.string().min(1),
    source: z.string().min(1),
    contact: z.string().min(1),
    contactEn: z.string().min(1),
    payee: z.enum(['applicant-account', 'deceased-account']),
    regions: z.array(ProfileRegionSchema).min(1),
    questions: z.array(z.string()).min(1),
    coverage: z.array(
      z
        .object({
          when: ConditionSchema,
          because: text,
          /** Where to go instead when this rule is why a case is not covered (else `notCoveredGoTo`). */
          goTo: text.optional(),
        })
        .strict(),
    ),
    notCoveredGoTo: text.optional(),
    matters: z
      .array(
        z
          .object({
            matter: code,
            when: ConditionSchema.optional(),
            because: text,
            otherwise: text.optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const CatalogMetaSchema = z
  .object({
    version: z.string().min(1),
    effective: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    title: z.string().min(1),
    titleEn: z.string().min(1),
  })
  .strict();

export type Material = z.infer<typeof MaterialSchema>;
export type CatalogMatter = z.infer<typeof MatterSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileRegion = z.infer<typeof ProfileRegionSchema>;
export type CatalogMeta = z.infer<typeof CatalogMetaSchema>;

export interface CatalogContent {
  meta: CatalogMeta;
  matters: CatalogMatter[];
  materials: Material[];
  questions: Question[];
  profiles: Profile[];
}

/** One problem in one catalog file: where, and what is wrong. */
export interface CatalogProblem {
  file: string;
  path: string;
  message: string;
}

export class CatalogError extends Error {
  readonly problems: CatalogProblem[];
  constructor(problems: CatalogProblem[]) {
    super(
      `the matter catalog is broken:\n${problems.map((p) => `  ${p.file}: ${p.path || '(top)'}: ${p.message}`).join('\n')}`,
    );
    this.problems = problems;
  }
}

/** A catalog document as read from a file: its name and its parsed YAML or JSON value. */
export interface CatalogDocument {
  file: string;
  kind: 'meta' | 'matters' | 'materials' | 'questions' | 'profile';
  value: unknown;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

function factsOf(condition: Condition | undefined, out = new Set<string>()): Set<string> {
  if (!condition) return out;
  if ('fact' in condition) out.add(condition.fact);
  else if ('all' in condition) for (const c of condition.all) factsOf(c, out);
  else if ('any' in condition) for (const c of condition.any) factsOf(c, out);
  else factsOf(condition.not, out);
  return out;
}

export { factsOf as conditionFacts };

/** Facts a condition may name besides question answers. */
export const BUILT_IN_FACTS = ['region.funeralMode', 'region.code'] as const;

export function buildCatalog(documents: readonly CatalogDocument[]): CatalogContent {
  const problems: CatalogProblem[] = [];
  const parse = <T>(
    schema: z.ZodType<T>,
    document: CatalogDocument,
    value: unknown,
    prefix: PropertyKey[] = [],
  ): T | null => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      problems.push({
        file: document.file,
        path: formatPath([...prefix, ...issue.path]),
        message: issue.message,
      });
    }
    return null;
  };
  const listOf = <T>(schema: z.ZodType<T>, document: CatalogDocument): T[] => {
    if (!Array.isArray(document.value)) {
      problems.push({ file: document.file, path: '', message: 'expected a list' });
      return [];
    }
    return document.value
      .map((item, i) => parse(schema, document, item, [i]))
      .filter((x): x is T => x !== null);
  };

  let meta: CatalogMeta | null = null;
  const matters: { item: CatalogMatter; file: string; index: number }[] = [];
  const materials: Material[] = [];
  const questions: Question[] = [];
  const profiles: { item: Profile; file: string }[] = [];

  for (const document of documents) {
    switch (document.kind) {
      case 'meta':
        meta = parse(CatalogMetaSchema, document, document.value);
        break;
      case 'matters':
        listOf(MatterSchema, document).forEach((item, index) => {
          matters.push({ item, file: document.file, index });
        });
        break;
      case 'materials':
        materials.push(...listOf(MaterialSchema, document));
        break;
      case 'questions':
        questions.push(...listOf(QuestionSchema, document));
        break;
      case 'profile': {
        const profile = parse(ProfileSchema, document, document.value);
        if (profile) profiles.push({ item: profile, file: document.file });
        break;
      }
    }
  }
  if (!meta)
    problems.push({ file: 'catalog.yaml', path: '', message: 'the catalog has no version (catalog.yaml)' });

  const duplicates = <T>(items: T[], key: (t: T) => string, file: string, what: string) => {
    const seen = new Set<string>();
    for (const item of items) {
      const k = key(item);
      if (seen.has(k)) problems.push({ file, path: k, message: `${what} "${k}" is defined twice` });
      seen.add(k);
    }
  };
  duplicates(matters, (m) => m.item.code, 'matters.yaml', 'matter');
  duplicates(materials, (m) => m.code, 'materials.yaml', 'material');
  duplicates(questions, (q) => q.id, 'questionnaire.yaml', 'question');
  duplicates(profiles, (p) => p.item.code, 'profiles', 'profile');

  const materialCodes = new Set(materials.map((m) => m.code));
  const matterCodes = new Set(matters.map((m) => m.item.code));
  const questionIds = new Map(questions.map((q) => [q.id, q]));

  for (const { item, file, index } of matters) {
    item.materials.forEach((m, i) => {
      if (!materialCodes.has(m)) {
        problems.push({ file, path: `[${index}].materials[${i}]`, message: `unknown material "${m}"` });
      }
    });
  }
  for (const { item: profile, file } of profiles) {
    const known = new Set<string>([...BUILT_IN_FACTS, ...profile.questions]);
    profile.questions.forEach((q, i) => {
      if (!questionIds.has(q))
        problems.push({ file, path: `questions[${i}]`, message: `unknown question "${q}"` });
    });
    const checkFacts = (condition: Condition | undefined, path: string) => {
      for (const fact of factsOf(condition)) {
        if (!known.has(fact)) {
          problems.push({
            file,
            path,
            message: `condition uses "${fact}", which this profile never asks or knows`,
          });
        }
      }
    };
    profile.coverage.forEach((c, i) => {
      checkFacts(c.when, `coverage[${i}].when`);
    });
    profile.matters.forEach((rule, i) => {
      if (!matterCodes.has(rule.matter)) {
        problems.push({ file, path: `matters[${i}].matter`, message: `unknown matter "${rule.matter}"` });
      }
      checkFacts(rule.when, `matters[${i}].when`);
      if (rule.when && !rule.otherwise) {
        problems.push({
          file,
          path: `matters[${i}].otherwise`,
          message: 'a conditional matter needs an "otherwise" reason',
        });
      }
    });
    if (profile.coverage.length > 0 && !profile.notCoveredGoTo) {
      problems.push({
        file,
        path: 'notCoveredGoTo',
        message: 'a profile with coverage rules must say where to go instead',
      });
    }
    if (!profile.regions.some((r) => r.code === profile.code)) {
      problems.push({
        file,
        path: 'regions',
        message: `the profile's own region ${profile.code} is not in its region list`,
      });
    }
    profile.regions.forEach((r, i) => {
      if (r.level === 'county' && !r.funeralMode) {
        problems.push({
          file,
          path: `regions[${i}].funeralMode`,
          message: 'a county needs its funeral mode (cremation or burial)',
        });
      }
    });
  }

  if (problems.length > 0 || !meta) throw new CatalogError(problems);
  return {
    meta,
    matters: matters.map((m) => m.item),
    materials,
    questions,
    profiles: profiles.map((p) => p.item),
  };
}
