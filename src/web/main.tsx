/**
 * Browser entry: mounts the app with its shared state and the router. The first render is a
 * transition, which React does in slices of a few milliseconds, so a slow phone's main thread is
 * never held for long and a tap is answered.
 *
 * A page the server sent prerendered (docs/ARCHITECTURE.md, "Prerendered family pages") does not
 * load this at all unless the browser refuses the preferences cookie (static-page.ts); the app then
 * draws that page itself, in the family's chosen language and size.
 */
import { type ReactNode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppTree } from './app-tree.tsx';
import { loadLanguage } from './i18n.ts';
import { storedLanguage } from './prefs.ts';
// antd's rules for the family's pages, made at build time (antd-family-styles.ts); ours come after.
import 'virtual:antd-family.css';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks the #root element');

const browserRouter = (app: ReactNode) => <BrowserRouter>{app}</BrowserRouter>;

function mount(root: HTMLElement) {
  startTransition(() => {
    createRoot(root).render(<AppTree router={browserRouter} knownSignedOut={false} />);
  });
}

// A family that chose English earlier sees English from the first paint, not Chinese first.
void loadLanguage(storedLanguage()).then(
  () => mount(container),
  () => mount(container),
);
