/**
 * The whole React tree, as the browser mounts it (main.tsx) and as the build prerenders the
 * family's first pages (prerender.tsx), so a prerendered page is the app's own page, word for word.
 */
import { type ReactNode, StrictMode } from 'react';
import type { Me } from './api.ts';
import { App } from './app.tsx';
import { AppStateProvider } from './app-state.tsx';

export function AppTree({
  router,
  knownSignedOut,
  knownMe,
}: {
  router: (app: ReactNode) => ReactNode;
  knownSignedOut: boolean;
  knownMe?: Me;
}) {
  return (
    <StrictMode>
      <AppStateProvider knownSignedOut={knownSignedOut} knownMe={knownMe}>
        {router(<App />)}
      </AppStateProvider>
    </StrictMode>
  );
}
