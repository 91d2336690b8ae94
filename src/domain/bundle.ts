/**
 * From answers to a bundle (情形引导 → 一次性告知). Given a region and what is known — answers to
 * the questionnaire, facts from shared data, the region's own settings — this decides, with no
 * I/O: the next question to ask, whether the region covers the case at all, which matters apply
 * and which do not (each with its reason in plain words), and the minimal material list across
 * them, deduplicated.
 *
 * Conditions are evaluated in three values: a rule whose facts are not yet known is "pending",
 * never silently true or false.
 */

import type { Bilingual } from './bilingual.ts';
import type {
  CatalogContent,
  CatalogMatter,
  Condition,
  Profile,
  ProfileRegion,
  Question,
} from './catalog.ts';
import type { ReportKind } from './death-registry.ts';
import { departmentName } from './departments.ts';
import { regionCovers } from './regions.ts';

export type FactSource = 'answer' | 'shared-data' | 'region';

export interface KnownFact {
  value: string;
  source: Exclude<FactSource, 'answer'>;
  /** Where the value came from, for the person reading it (e.g. 人口库, 本地为火葬区). */
  from: Bilingual;
}

export type Facts = Map<string, { value: string; source: FactSource; from?: Bilingual }>;

/** The region profile that governs a region: the most specific profile that lists or covers it. */
export function profileFor(catalog: CatalogContent, regionCode: string): Profile | undefined {
  const listing = catalog.profiles.filter((p) => p.regions.some((r) => r.code === regionCode));
  const covering =
    listing.length > 0 ? listing : catalog.profiles.filter((p) => regionCovers(p.code, regionCode));
  return covering.sort((a, b) => b.code.replace(/0+$/, '').length - a.code.replace(/0+$/, '').length)[0];
}

export function regionOf(catalog: CatalogContent, regionCode: string): ProfileRegion | undefined {
  for (const profile of catalog.profiles) {
    const region = profile.regions.find((r) => r.code === regionCode);
    if (region) return region;
  }
  return undefined;
}

export function collectFacts(
  region: ProfileRegion,
  answers: Record<string, string>,
  known: Record<string, KnownFact> = {},
): Facts {
  const facts: Facts = new Map();
  facts.set('region.code', { value: region.code, source: 'region' });
  if (region.funeralMode) {
    facts.set('region.funeralMode', { value: region.funeralMode, source: 'region' });
    if (region.funeralMode === 'cremation') {
      facts.set('funeral', {
        value: 'cremation',
        source: 'region',
        from: { zh: `${region.name}为火葬区，遗体一律火化`, en: `${region.nameEn} is a cremation area` },
      });
    }
  }
  for (const [id, fact] of Object.entries(known))
    facts.set(id, { value: fact.value, source: fact.source, from: fact.from });
  // A family's answer stands unless the region or certified shared data already settles it.
  for (const [id, value] of Object.entries(answers))
    if (!facts.has(id)) facts.set(id, { value, source: 'answer' });
  return facts;
}

export type Truth = true | false | 'unknown';

export function evaluate(condition: Condition, facts: Facts): Truth {
  if ('fact' in condition) {
    const fact = facts.get(condition.fact);
    if (!fact) return 'unknown';
    if ('equals' in condition) return fact.value === condition.equals;
    if ('in' in condition) return condition.in.includes(fact.value);
    return !condition.notIn.includes(fact.value);
  }
  if ('all' in condition) {
    const results = condition.all.map((c) => evaluate(c, facts));
    if (results.includes(false)) return false;
    return results.includes('unknown') ? 'unknown' : true;
  }
  if ('any' in condition) {
    const results = condition.any.map((c) => evaluate(c, facts));
    if (results.includes(true)) return true;
    return results.includes('unknown') ? 'unknown' : false;
  }
  const inner = evaluate(condition.not, facts);
  return inner === 'unknown' ? 'unknown' : !inner;
}

export interface SkippedQuestion {
  id: string;
  reason: 'shared-data' | 'region' | 'not-applicable';
  value?: string;
  from?: Bilingual;
}

export interface QuestionnaireState {
  next: Question | null;
  skipped: SkippedQuestion[];
  answered: string[];
  /** Questions still to ask after `next`, as far as can be told now. */
  remaining: number;
  complete: boolean;
}

export function questionnaireState(
  catalog: CatalogContent,
  profile: Profile,
  facts: Facts,
): QuestionnaireState {
  const skipped: SkippedQuestion[] = [];
  const answered: string[] = [];
  const open: Question[] = [];
  for (const id of profile.questions) {
    const question = catalog.questions.find((q) => q.id === id);
    if (!question) continue;
    const fact = facts.get(id);
    if (fact?.source === 'answer') {
      answered.push(id);
      continue;
    }
    if (fact) {
      skipped.push({
        id,
        reason: fact.source === 'region' ? 'region' : 'shared-data',
        value: fact.value,
        ...(fact.from ? { from: fact.from } : {}),
      });
      continue;
    }
    if (question.askIf && evaluate(question.askIf, facts) === false) {
      skipped.push({ id, reason: 'not-applicable' });
      continue;
    }
    open.push(question);
  }
  return {
    next: open[0] ?? null,
    skipped,
    answered,
    remaining: Math.max(open.length - 1, 0),
    complete: open.length === 0,
  };
}

export interface BundleMatter {
  code: string;
  name: string;
  nameEn: string;
  departmentCode: string;
  departmentName: string;
  departmentNameEn: string;
  /** true: applies; false: does not; null: not decided until more is known. */
  included: boolean | null;
  reason: Bilingual;
  needsApplication: boolean;
  /** An issuer's act (certificate, cremation, burial record): shown as done or still to happen. */
  issuedBy: ReportKind | null;
  committedWorkingDays: number;
  statutoryWorkingDays: number;
  resultType: CatalogMatter['resultType'];
  implementer: Bilingual;
}

export interface BundleMaterial {
  code: string;
  name: string;
  nameEn: string;
  neededBy: string[];
  replaceableBy: 'shared-data' | 'e-licence' | null;
  note: Bilingual | null;
}

export interface Bundle {
  regionCode: string;
  profileCode: string;
  catalogVersion: string;
  covered: boolean | null;
  notCovered: { reasons: Bilingual[]; goTo: Bilingual } | null;
  matters: BundleMatter[];
  materials: BundleMaterial[];
  questionnaire: QuestionnaireState;
  contact: Bilingual;
}

const PAYEE_MATERIAL: Record<Profile['payee'], string> = {
  'applicant-account': 'payee-bank-card',
  'deceased-account': 'deceased-bank-card',
};

export function evaluateBundle(
  catalog: CatalogContent,
  regionCode: string,
  answers: Record<string, string>,
  known: Record<string, KnownFact> = {},
): Bundle | null {
  const profile = profileFor(catalog, regionCode);
  const region = regionOf(catalog, regionCode);
  if (!profile || !region || region.level !== 'county') return null;
  const facts = collectFacts(region, answers, known);
  const questionnaire = questionnaireState(catalog, profile, facts);
  const base = {
    regionCode,
    profileCode: profile.code,
    catalogVersion: catalog.meta.version,
    questionnaire,
    contact: { zh: profile.contact, en: profile.contactEn },
  };

  const exclusions = profile.coverage.filter((rule) => evaluate(rule.when, facts) === true);
  if (exclusions.length > 0) {
    return {
      ...base,
      covered: false,
      notCovered: {
        reasons: exclusions.map((e) => e.because),
        goTo: exclusions.find((e) => e.goTo)?.goTo ??
          profile.notCoveredGoTo ?? { zh: profile.contact, en: profile.contactEn },
      },
      matters: [],
      materials: [],
    };
  }
  const coverageOpen = profile.coverage.some((rule) => evaluate(rule.when, facts) === 'unknown');

  const matters: BundleMatter[] = profile.matters.flatMap((rule) => {
    const matter = catalog.matters.find((m) => m.code === rule.matter);
    if (!matter) return [];
    const truth = rule.when ? evaluate(rule.when, facts) : true;
    const department = departmentName(matter.department);
    return [
      {
        code: matter.code,
        name: matter.name,
        nameEn: matter.nameEn,
        departmentCode: matter.department,
        departmentName: department.zh,
        departmentNameEn: department.en,
        included: truth === 'unknown' ? null : truth,
        reason:
          truth === false
            ? (rule.otherwise ?? rule.because)
            : truth === true
              ? rule.because
              : { zh: '回答后面的问题后确定', en: 'Decided by the questions still to answer' },
        needsApplication: matter.needsApplication,
        issuedBy: matter.issuedBy ?? null,
        committedWorkingDays: matter.committedWorkingDays,
        statutoryWorkingDays: matter.statutoryWorkingDays,
        resultType: matter.resultType,
        implementer: { zh: matter.implementer, en: matter.implementerEn },
      },
    ];
  });

  const applied = matters.filter((m) => m.included === true && m.needsApplication).map((m) => m.code);
  const materials = bundleMaterials(catalog, profile, applied);

  return { ...base, covered: coverageOpen ? null : true, notCovered: null, matters, materials };
}

/** The materials a set of matters needs, each once, naming every matter that uses it. */
export function bundleMaterials(
  catalog: CatalogContent,
  profile: Profile,
  matterCodes: readonly string[],
): BundleMaterial[] {
  const materials: BundleMaterial[] = [];
  for (const code of matterCodes) {
    const matter = catalog.matters.find((m) => m.code === code);
    if (!matter?.needsApplication) continue;
    for (const rawCode of matter.materials) {
      const materialCode = rawCode === 'payee-bank-card' ? PAYEE_MATERIAL[profile.payee] : rawCode;
      const existing = materials.find((m) => m.code === materialCode);
      if (existing) {
        existing.neededBy.push(code);
        continue;
      }
      const material = catalog.materials.find((m) => m.code === materialCode);
      if (!material) continue;
      materials.push({
        code: material.code,
        name: material.name,
        nameEn: material.nameEn,
        neededBy: [code],
        replaceableBy: material.replaceableBy ?? null,
        note: material.note ? { zh: material.note, en: material.noteEn ?? material.note } : null,
      });
    }
  }
  return materials;
}
