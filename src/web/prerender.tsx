/**
 * The family's pages drawn outside the browser (docs/ARCHITECTURE.md, "Prerendered family pages"),
 * in Chinese at the usual size, as a browser without a session sees them:
 *
 * - when the app is built, the front door and the portal (BUILT_PAGES), which need no data;
 * - while the service runs, the public guide (dataFor lists its addresses), whose catalog changes
 *   over time: the server fetches the page's data from its own API and draws the page with it
 *   (src/server/http/server-rendered-pages.ts);
 * - and, for the family signed in, a draft's screen of certified values (signedInDataFor,
 *   renderSignedInDocument; "Screens of the form the server draws").
 *
 * vite.config.ts bundles this file for Node after the browser build. A page is complete without the
 * app: text, links and the few controls its own small script works (static-page.ts).
 *
 * antd's styles for what the page shows come along as <style> elements, each with antd's own
 * markers, for the document's head.
 */
import { createCache, extractStyle, StyleProvider } from '@ant-design/cssinjs';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import type { Me } from './api.ts';
import { AppTree } from './app-tree.tsx';
import { type DraftView, draftDataKey } from './application/draft-api.ts';
import { DrawnByServer, PreloadedData } from './components/use-load.ts';
import { DEFAULT_REGION, isRegionCode } from './guide/catalog-api.ts';

/** The pages prerendered when the app is built, by the file each is written to. */
export const BUILT_PAGES = { home: '/', portal: '/portal' } as const;

/** Where the page's antd styles and its markup go in the document (the build's template.html). */
export const STYLES_MARK = '<!--lianban:styles-->';
export const BODY_MARK = '<!--lianban:body-->';

/** One read from the API a page needs: its useLoad key, and the GET address that answers it. */
export interface DataRead {
  key: string;
  path: string;
}

const MATTER_CODE = /^[A-Za-z0-9_-]{1,64}$/;
// As useRegions (guide/region-select.tsx) loads them.
const REGIONS: DataRead = { key: 'regions', path: '/api/v1/regions?level=county' };

/**
 * The reads a page the server draws needs, by its address (a path, no query), or null for a page
 * the server leaves to the app. The keys are those the guide's pages give useLoad.
 */
export function dataFor(address: string): DataRead[] | null {
  const parts = address.split('/').slice(1);
  if (parts[0] !== 'guide') return null;
  const [, region = DEFAULT_REGION, matters, code] = parts;
  if (!isRegionCode(region)) return null;
  if (parts.length <= 2) {
    return [REGIONS, { key: `guide:${region}`, path: `/api/v1/guide?region=${region}` }];
  }
  if (parts.length === 4 && matters === 'matters' && code && MATTER_CODE.test(code)) {
    return [
      REGIONS,
      { key: `matter:${region}:${code}`, path: `/api/v1/guide/matters/${code}?region=${region}` },
    ];
  }
  return null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DRAFT_PAGE = /^\/portal\/drafts\/([^/]+)$/;
const ME: DataRead = { key: 'me', path: '/api/v1/me' };

/**
 * The reads, made with the browser's own session, for a page the server draws for the person
 * signed in (never kept: it is theirs), or null for a page it leaves to the app. One page so far:
 * a draft's first screen (renderSignedInDocument).
 */
export function signedInDataFor(address: string): DataRead[] | null {
  const draft = DRAFT_PAGE.exec(address);
  const id = draft?.[1];
  if (!id || !UUID.test(id)) return null;
  return [ME, { key: draftDataKey(id), path: `/api/v1/drafts/${id}` }];
}

/**
 * A screen of the draft drawn by the server for the family signed in, when it is a screen to read
 * rather than fill in: a group of the form whose every value is certified (from the population
 * registry, the death certificate, the start of the application), such as 逝者信息, the first. The
 * family reads it, may say a value is wrong (the page's script sends that through the same
 * autosave as the app, application/drawn-draft.ts), and goes on with 下一步 or back with 上一步,
 * the browser's own GET of that screen. A screen with anything to type, the materials, the review,
 * or anyone but a citizen: null, and the app draws it.
 */
export async function renderSignedInDocument(
  template: string,
  location: string,
  data: ReadonlyMap<string, unknown>,
): Promise<string | null> {
  const url = new URL(location, 'http://drawn.invalid');
  const id = DRAFT_PAGE.exec(url.pathname)?.[1];
  if (!id || !signedInDataFor(url.pathname)) return null;
  const me = data.get('me') as Me | undefined;
  const draft = data.get(draftDataKey(id)) as DraftView | undefined;
  if (!draft || me?.kind !== 'citizen') return null;
  if ([...url.searchParams.keys()].some((name) => name !== 'step')) return null;
  const step = url.searchParams.get('step');
  const group = step === null ? draft.form[0] : draft.form.find((g) => g.id === step);
  if (!group || group.fields.length === 0 || group.fields.some((field) => !field.certified)) return null;
  return renderDocument(template, `${url.pathname}${url.search}`, data, me);
}

export interface RenderedPage {
  /** The markup inside #root. */
  body: string;
  /** antd's <style> elements for that markup, for the document's head. */
  styles: string;
}

/** React's mark of a part it could not draw here and left to the browser (a lazy part not yet loaded). */
const LEFT_TO_BROWSER = '<!--$!-->';

/**
 * Draws the page at `location` with the data given by useLoad's keys. A page's code is loaded on
 * first use (React.lazy): a part whose code has not arrived yet is left out of the markup, so the
 * page is drawn again once prerender (which waits for every part) has loaded it. A part still left
 * out after that is a failure: the page would show "loading" for ever without the app.
 */
export async function renderPage(
  location: string,
  data: ReadonlyMap<string, unknown> = new Map(),
  me?: Me,
): Promise<RenderedPage> {
  const tree = (cache: ReturnType<typeof createCache>) => (
    <StyleProvider cache={cache}>
      <DrawnByServer.Provider value>
        <PreloadedData.Provider value={data}>
          <AppTree
            router={(app: ReactNode) => <StaticRouter location={location}>{app}</StaticRouter>}
            knownSignedOut={me === undefined}
            knownMe={me}
          />
        </PreloadedData.Provider>
      </DrawnByServer.Provider>
    </StyleProvider>
  );
  for (let attempt = 1; ; attempt += 1) {
    const cache = createCache();
    const body = renderToString(tree(cache));
    if (!body.includes(LEFT_TO_BROWSER)) return { body, styles: extractStyle(cache) };
    if (attempt === 3) throw new Error(`${location}: part of the page could not be drawn`);
    const { prelude } = await prerender(tree(createCache()));
    await new Response(prelude).arrayBuffer();
  }
}

/** The whole document: the page drawn into the build's template. */
export async function renderDocument(
  template: string,
  location: string,
  data?: ReadonlyMap<string, unknown>,
  me?: Me,
): Promise<string> {
  const { body, styles } = await renderPage(location, data, me);
  // Functions, so that a `$` in the page is never read as a replacement pattern.
  return template.replace(STYLES_MARK, () => styles).replace(BODY_MARK, () => body);
}
