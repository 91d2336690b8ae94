/**
 * The public catalog endpoints the guide, the questionnaire and the window read (同源发布): the
 * unified service guide, one matter's guide, and the bundle preview that turns answers into the
 * matters and materials that apply. Texts arrive as {zh, en} pairs; `textIn` picks one.
 */
import { request } from '../api.ts';
import type { Language } from '../i18n.ts';

export interface Text {
  zh: string;
  en: string;
}

export type Replacement = 'shared-data' | 'e-licence' | null;

export interface GuideMaterial {
  code: string;
  name: Text;
  replaceableBy: Replacement;
  note: Text | null;
}

export interface MatterGuide {
  code: string;
  name: Text;
  department: { code: string; name: Text };
  level: Text;
  implementer: Text;
  legalBasis: string[];
  conditions: Text[];
  materials: GuideMaterial[];
  statutoryWorkingDays: number;
  committedWorkingDays: number;
  resultType: Text;
  needsApplication: boolean;
  fee: Text;
  appliesWhen: Text | null;
}

export interface Guide {
  catalogVersion: string;
  effective: string;
  title: Text;
  region: {
    code: string;
    name: Text;
    parentName: Text | null;
    funeralMode: 'cremation' | 'burial' | null;
    pilot: boolean;
  };
  profile: {
    code: string;
    name: Text;
    source: string;
    contact: Text;
    payee: 'applicant-account' | 'deceased-account';
  };
  flow: { step: number; title: Text; detail: Text }[];
  coverage: { notCovered: Text[]; goTo: Text | null };
  whereToGo: Text;
  matters: MatterGuide[];
}

export interface Question {
  id: string;
  text: Text;
  help: Text | null;
  options: { value: string; label: Text }[];
}

export interface SkippedQuestion {
  id: string;
  question: Text;
  reason: 'shared-data' | 'region' | 'not-applicable';
  value: string | null;
  valueLabel: Text | null;
  from: Text | null;
}

export interface BundleMatter {
  code: string;
  name: Text;
  department: { code: string; name: Text };
  included: boolean | null;
  reason: Text;
  needsApplication: boolean;
  committedWorkingDays: number;
  statutoryWorkingDays: number;
  resultType: string;
  implementer: Text;
}

export interface BundleMaterial {
  code: string;
  name: Text;
  neededBy: string[];
  replaceableBy: Replacement;
  note: Text | null;
}

export type SharedDataStatus = 'used' | 'not-found' | 'sign-in-required' | 'not-requested';

export interface Bundle {
  catalogVersion: string;
  regionCode: string;
  profileCode: string;
  covered: boolean | null;
  notCovered: { reasons: Text[]; goTo: Text } | null;
  matters: BundleMatter[];
  materials: BundleMaterial[];
  questionnaire: {
    next: Question | null;
    answered: string[];
    skipped: SkippedQuestion[];
    remaining: number;
    complete: boolean;
  };
  sharedData: SharedDataStatus;
  contact: Text;
}

export interface BundleRequest {
  regionCode: string;
  answers: Record<string, string>;
  deceasedIdNumber?: string;
}

export const DEFAULT_REGION = '530102';

export const catalogApi = {
  guide: (region: string, signal?: AbortSignal) =>
    request<Guide>('GET', `/api/v1/guide?${new URLSearchParams({ region })}`, { signal }),
  matterGuide: (region: string, code: string, signal?: AbortSignal) =>
    request<MatterGuide>(
      'GET',
      `/api/v1/guide/matters/${encodeURIComponent(code)}?${new URLSearchParams({ region })}`,
      { signal },
    ),
  previewBundle: (body: BundleRequest, signal?: AbortSignal) =>
    request<Bundle>('POST', '/api/v1/bundle/preview', { body, signal }),
};

/** The server's {zh, en} text in the UI language (Chinese when the English is missing). */
export function textIn(language: Language, text: Text | null | undefined): string {
  if (!text) return '';
  return language === 'en' && text.en ? text.en : text.zh;
}

export function isRegionCode(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^\d{6}$/.test(value);
}
