/**
 * The one script a prerendered page names (docs/ARCHITECTURE.md, "Prerendered family pages").
 *
 * The front door, the portal and the guide, as a browser without a session sees them, are text and
 * links: they work from their HTML alone, so the app is not started on them, and a slow phone has
 * nothing to download or run before the family can read and tap. What needs a script is the
 * header's two switches, large text and the language, and on the guide its county and printing. A tap keeps the choice as the app does (prefs.ts) and
 * loads the page again: with the choice in its cookie, the server sends the app's page, which draws
 * it in that language and size. A choice kept before the cookie existed is carried over the same way.
 *
 * A browser that refuses the cookie would only be sent this page again, so there the app is started
 * instead (#root's `data-modules`: its entry, then the modules it imports, fetched side by side) and
 * draws the page itself in the chosen way.
 *
 * On a draft's screen the server draws for the family signed in (docs/ARCHITECTURE.md, "Screens of
 * the form the server draws") it also loads that screen's script (#root's `data-draft-modules`,
 * application/drawn-draft.ts), and nowhere else.
 */
import { chosenRegion, rememberRegion } from './guide/region-memory.ts';
import {
  prefsCookieValue,
  sentPrefsCookie,
  storedLanguage,
  storedLargeText,
  storeLanguage,
  storeLargeText,
  writePrefsCookie,
} from './prefs.ts';

let appStarted = false;

/** Runs the first of #root's modules named by `list` (a data attribute), fetching the rest beside it. */
function loadModules(list: 'modules' | 'draftModules'): boolean {
  const root = document.getElementById('root');
  const [entry, ...imports] = (root?.dataset[list] ?? '').split(' ').filter(Boolean);
  if (!entry) return false;
  for (const href of imports) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  void import(/* @vite-ignore */ entry);
  return true;
}

function startApp(): void {
  if (!appStarted) appStarted = loadModules('modules');
}

let language = storedLanguage();
let largeText = storedLargeText();

/** Shows the page as chosen: the server's page for the choice, or else the app's drawing of it. */
function showAsChosen(): void {
  const wanted = prefsCookieValue(language, largeText);
  // Chinese at the usual size is this very page (the cookie is removed by writing the defaults).
  writePrefsCookie(language, largeText);
  if (wanted === '') return;
  if (sentPrefsCookie() === wanted) window.location.reload();
  else startApp();
}

function onSwitch(pref: 'large-text' | 'language', change: () => void): void {
  document.querySelector(`[data-pref="${pref}"]`)?.addEventListener('click', () => {
    if (appStarted) return; // the app has the switches now
    change();
    showAsChosen();
  });
}

onSwitch('large-text', () => {
  largeText = !largeText;
  storeLargeText(largeText);
});
onSwitch('language', () => {
  language = language === 'zh' ? 'en' : 'zh';
  storeLanguage(language);
});
showAsChosen();

// The guide the server draws (/guide, /guide/<county>, a matter's page): printing, and the county.
document.querySelector('[data-action="print"]')?.addEventListener('click', () => {
  if (!appStarted) window.print();
});
const region = document.getElementById('guide-region');
if (region instanceof HTMLSelectElement) {
  // /guide shows the county chosen last time on this phone; the server, which cannot know it,
  // drew the first visit's.
  const chosen = chosenRegion();
  if (window.location.pathname === '/guide' && chosen && chosen !== region.value) {
    window.location.replace(`/guide/${chosen}`);
  }
  region.addEventListener('change', () => {
    if (appStarted) return;
    rememberRegion(region.value);
    window.location.assign(`/guide/${region.value}`);
  });
}

// A draft's screen the server drew for the family signed in: its own script, loaded here only.
if (document.querySelector('form[data-drawn-draft]')) loadModules('draftModules');
