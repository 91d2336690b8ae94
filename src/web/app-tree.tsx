/**
 * The whole React tree, as the browser mounts it (main.tsx) and as the build prerenders the
 * family's first pages (prerender.tsx), so a prerendered page is the app's own page, word for word.
 */
import { type ReactNode, StrictMode } from 'react';
import { App } from './app.tsx';
import { AppStateProvider } from './app-state.tsx';

export function AppTree({
  router,
  knownSignedOut,
}: {
  router: (app: ReactNode) => ReactNode;
  knownSignedOut: boolean;
}) {
  return (
    <StrictMode>
      <AppStateProvider knownSignedOut={knownSignedOut}>{router(<App />)}</AppStateProvider>
    </StrictMode>
  );
}
