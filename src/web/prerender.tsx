/**
 * Build-time rendering of the family's first pages (docs/ARCHITECTURE.md, "Prerendered family
 * pages"): the front door and the portal as a browser without a session sees them, in Chinese at
 * the usual size. vite.config.ts bundles this file for Node after the browser build and writes each
 * page into dist/web/prerendered/, so a phone shows the page as soon as the HTML arrives and React
 * then takes it over (main.tsx).
 *
 * antd's styles for what the page shows come along as <style> elements, each with antd's own
 * markers, so the browser does not build them again when it takes the page over.
 */
import { createCache, extractStyle, StyleProvider } from '@ant-design/cssinjs';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { AppTree } from './app-tree.tsx';

/** The pages prerendered, by the file each is written to. */
export const PRERENDERED_PAGES = { home: '/', portal: '/portal' } as const;

export interface PrerenderedPage {
  /** The markup inside #root. */
  body: string;
  /** antd's <style> elements for that markup, for the document's head. */
  styles: string;
}

export function prerender(location: string): PrerenderedPage {
  const cache = createCache();
  const router = (app: ReactNode) => <StaticRouter location={location}>{app}</StaticRouter>;
  const body = renderToString(
    <StyleProvider cache={cache}>
      <AppTree router={router} knownSignedOut />
    </StyleProvider>,
  );
  return { body, styles: extractStyle(cache) };
}
