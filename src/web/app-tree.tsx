/**
 * The whole React tree, as the browser mounts it (main.tsx) and as the build prerenders the
 * family's first pages (prerender.tsx): the two must render the same markup for the browser to
 * take a prerendered page over instead of drawing it again.
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
