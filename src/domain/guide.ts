/**
 * The unified service guide (统一办事指南), built from the catalog: the one source that the public
 * pages, the printable guide and the window's screens all read (同源发布). No I/O.
 */

import type { Bilingual } from './bilingual.ts';
import { profileFor, regionOf } from './bundle.ts';
import type { CatalogContent, CatalogMatter, Profile, ProfileRegion } from './catalog.ts';
import type { ReportKind } from './death-registry.ts';
import { departmentName } from './departments.ts';

export const RESULT_TYPE_LABELS: Record<CatalogMatter['resultType'], Bilingual> = {
  certificate: { zh: '证明文书', en: 'Certificate' },
  cancellation: { zh: '注销', en: 'Cancellation' },
  payment: { zh: '待遇支付', en: 'Payment' },
  'inquiry-result': { zh: '查询结果', en: 'Inquiry result' },
  termination: { zh: '待遇终止', en: 'Termination of benefits' },
};

export const LEVEL_LABELS: Record<CatalogMatter['level'], Bilingual> = {
  province: { zh: '省级', en: 'Province' },
  prefecture: { zh: '市（州）级', en: 'Prefecture' },
  county: { zh: '县（市、区）级', en: 'County' },
  township: { zh: '乡镇（街道）、村（社区）级', en: 'Township or village' },
};

export interface MatterGuide {
  code: string;
  name: Bilingual;
  department: { code: string; name: Bilingual };
  level: Bilingual;
  implementer: Bilingual;
  legalBasis: string[];
  conditions: Bilingual[];
  materials: {
    code: string;
    name: Bilingual;
    replaceableBy: 'shared-data' | 'e-licence' | null;
    note: Bilingual | null;
  }[];
  statutoryWorkingDays: number;
  committedWorkingDays: number;
  /** The kind of result, in words. */
  resultType: Bilingual;
  /** The kind of result, as a code: the type of result the department completes the matter with. */
  resultTypeCode: CatalogMatter['resultType'];
  needsApplication: boolean;
  issuedBy: ReportKind | null;
  fee: Bilingual;
  /** When the profile says a matter applies only in some situations, the situation in words. */
  appliesWhen: Bilingual | null;
}

export interface Guide {
  catalogVersion: string;
  effective: string;
  title: Bilingual;
  region: {
    code: string;
    name: Bilingual;
    parentName: Bilingual | null;
    funeralMode: NonNullable<ProfileRegion['funeralMode']> | null;
    pilot: boolean;
  };
  profile: { code: string; name: Bilingual; source: string; contact: Bilingual; payee: Profile['payee'] };
  flow: { step: number; title: Bilingual; detail: Bilingual }[];
  coverage: { notCovered: Bilingual[]; goTo: Bilingual | null };
  whereToGo: Bilingual;
  matters: MatterGuide[];
}

export const FREE: Bilingual = { zh: '不收费', en: 'Free of charge' };

function matterGuide(
  catalog: CatalogContent,
  matter: CatalogMatter,
  appliesWhen: Bilingual | null,
  payee: Profile['payee'],
): MatterGuide {
  return {
    code: matter.code,
    name: { zh: matter.name, en: matter.nameEn },
    department: { code: matter.department, name: departmentName(matter.department) },
    level: LEVEL_LABELS[matter.level],
    implementer: { zh: matter.implementer, en: matter.implementerEn },
    legalBasis: matter.legalBasis,
    conditions: matter.conditions.map((zh, i) => ({ zh, en: matter.conditionsEn[i] ?? zh })),
    materials: matter.materials.flatMap((raw) => {
      const code = raw === 'payee-bank-card' && payee === 'deceased-account' ? 'deceased-bank-card' : raw;
      const material = catalog.materials.find((m) => m.code === code);
      if (!material) return [];
      return [
        {
          code,
          name: { zh: material.name, en: material.nameEn },
          replaceableBy: material.replaceableBy ?? null,
          note: material.note ? { zh: material.note, en: material.noteEn ?? material.note } : null,
        },
      ];
    }),
    statutoryWorkingDays: matter.statutoryWorkingDays,
    committedWorkingDays: matter.committedWorkingDays,
    resultType: RESULT_TYPE_LABELS[matter.resultType],
    resultTypeCode: matter.resultType,
    needsApplication: matter.needsApplication,
    issuedBy: matter.issuedBy ?? null,
    fee: FREE,
    appliesWhen,
  };
}

const FLOW: { title: Bilingual; detail: Bilingual }[] = [
  {
    title: { zh: '死亡信息核验', en: 'Death verified' },
    detail: {
      zh: '医疗机构或村（社区）卫生室出具死亡医学证明，非正常死亡由公安机关出具证明；火化后殡仪馆出具火化证明，土葬区办理安葬登记。证明信息由出具机构上传至联办系统。',
      en: 'The clinic or hospital (or the police, for an unnatural death) certifies the death; the funeral home issues the cremation certificate, or the burial is registered. The issuers upload these to the platform.',
    },
  },
  {
    title: { zh: '一次申请', en: 'One application' },
    detail: {
      zh: '在网上或到综合窗口回答几个简单问题，系统告诉您要办哪些事、带哪些材料；共享数据自动填入，只需填写个人信息。',
      en: 'Online or at the window, answer a few questions; the platform tells you which matters apply and what to bring. Shared data fills the form; you add only personal details.',
    },
  },
  {
    title: { zh: '综合受理', en: 'Front desk accepts' },
    detail: {
      zh: '综合窗口核对材料，一次性告知需要补正的内容，受理后生成统一办件编码。',
      en: 'The window checks the materials, tells you at once anything missing, and gives the case its code.',
    },
  },
  {
    title: { zh: '部门并联办理', en: 'Departments work in parallel' },
    detail: {
      zh: '各部门同时办理各自事项，每项都有承诺时限，进度随时可查。',
      en: 'Each department handles its matter at the same time, within its committed limit; you can follow every step.',
    },
  },
  {
    title: { zh: '统一出件', en: 'One window delivers' },
    detail: {
      zh: '办理结果在综合窗口或网上领取，款项发放到指定账户；信息共享后相关待遇由部门主动终止。',
      en: 'Results are collected at the window or online; payments go to the named account; benefits are stopped by the departments themselves.',
    },
  },
];

export function buildGuide(catalog: CatalogContent, regionCode: string): Guide | null {
  const profile = profileFor(catalog, regionCode);
  const region = regionOf(catalog, regionCode);
  if (!profile || !region) return null;
  const parent = region.parent ? regionOf(catalog, region.parent) : undefined;
  const matters = profile.matters.flatMap((rule) => {
    const matter = catalog.matters.find((m) => m.code === rule.matter);
    return matter ? [matterGuide(catalog, matter, rule.when ? rule.because : null, profile.payee)] : [];
  });
  return {
    catalogVersion: catalog.meta.version,
    effective: catalog.meta.effective,
    title: { zh: catalog.meta.title, en: catalog.meta.titleEn },
    region: {
      code: region.code,
      name: { zh: region.name, en: region.nameEn },
      parentName: parent ? { zh: parent.name, en: parent.nameEn } : null,
      funeralMode: region.funeralMode ?? null,
      pilot: region.pilot ?? false,
    },
    profile: {
      code: profile.code,
      name: { zh: profile.name, en: profile.nameEn },
      source: profile.source,
      contact: { zh: profile.contact, en: profile.contactEn },
      payee: profile.payee,
    },
    flow: FLOW.map((f, i) => ({ step: i + 1, ...f })),
    coverage: { notCovered: profile.coverage.map((c) => c.because), goTo: profile.notCoveredGoTo ?? null },
    whereToGo: {
      zh: `${region.name}政务服务中心个人身后“一件事”综合窗口，或在网上办理。`,
      en: `The after-death "one thing" window at the ${region.nameEn} government service centre, or online.`,
    },
    matters,
  };
}

export function findMatterGuide(
  catalog: CatalogContent,
  regionCode: string,
  code: string,
): MatterGuide | null {
  return buildGuide(catalog, regionCode)?.matters.find((m) => m.code === code) ?? null;
}
