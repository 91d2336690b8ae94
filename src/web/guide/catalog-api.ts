/**
 * The public catalog endpoints the guide, the questionnaire and the window read (同源发布): the
 * unified service guide, one matter's guide, and the bundle preview that turns answers into the
 * matters and materials that apply. Texts arrive as {zh, en} pairs; `textIn` picks one.
 */
import { client, ok, type Schemas } from '../api/client.ts';
import type { Language } from '../i18n.ts';

export type Text = Schemas['Bilingual'];
export type MatterGuide = Schemas['MatterGuide'];
export type GuideMaterial = MatterGuide['materials'][number];
export type Replacement = GuideMaterial['replaceableBy'];
export type Guide = Schemas['Guide'];
export type Question = Schemas['Question'];
export type Bundle = Schemas['BundlePreview'];
export type SkippedQuestion = Bundle['questionnaire']['skipped'][number];
export type BundleMatter = Bundle['matters'][number];
export type BundleMaterial = Bundle['materials'][number];
export type SharedDataStatus = Bundle['sharedData'];
export type BundleRequest = Schemas['BundlePreviewRequest'];

export { DEFAULT_REGION, isRegionCode } from './region-memory.ts';

export const catalogApi = {
  guide: (region: string, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/guide', { params: { query: { region } }, signal })),
  matterGuide: (region: string, code: string, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/guide/matters/{code}', { params: { path: { code }, query: { region } }, signal })),
  previewBundle: (body: BundleRequest, signal?: AbortSignal) =>
    ok(client.POST('/api/v1/bundle/preview', { body, signal })),
};

/** The server's {zh, en} text in the UI language (Chinese when the English is missing). */
export function textIn(language: Language, text: Text | null | undefined): string {
  if (!text) return '';
  return language === 'en' && text.en ? text.en : text.zh;
}
