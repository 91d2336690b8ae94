/**
 * Browser entry: mounts the app with its shared state and the router.
 *
 * A page the server sent prerendered (`data-prerendered` on #root, docs/ARCHITECTURE.md,
 * "Prerendered family pages") is hydrated: React takes over the markup already on screen. Any
 * other page is rendered here. Either way the work is a transition, which React does in slices of a
 * few milliseconds, so a slow phone's main thread is never held for long and a tap is answered.
 */
import { type ReactNode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { prefsCookieValue, storedLanguage, storedLargeText } from './app-state.tsx';
import { AppTree } from './app-tree.tsx';
import { loadLanguage } from './i18n.ts';
import './styles.css';

/** What prerender.tsx renders: Chinese at the usual size, nobody signed in. */
const PRERENDERED_AS = 'zh';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks the #root element');

const browserRouter = (app: ReactNode) => <BrowserRouter>{app}</BrowserRouter>;

function mount(root: HTMLElement) {
  // The server sends a prerendered page only to a browser without a preferences cookie; a browser
  // that kept other choices without the cookie draws the page itself.
  const hydrate =
    root.dataset.prerendered === PRERENDERED_AS &&
    prefsCookieValue(storedLanguage(), storedLargeText()) === '';
  startTransition(() => {
    if (hydrate) {
      hydrateRoot(root, <AppTree router={browserRouter} knownSignedOut />);
    } else {
      createRoot(root).render(<AppTree router={browserRouter} knownSignedOut={false} />);
    }
  });
}

// A family that chose English earlier sees English from the first paint, not Chinese first.
void loadLanguage(storedLanguage()).then(
  () => mount(container),
  () => mount(container),
);
