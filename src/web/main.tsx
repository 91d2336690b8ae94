/** Browser entry: mounts the app with its shared state and the router. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app.tsx';
import { AppStateProvider, storedLanguage } from './app-state.tsx';
import { loadLanguage } from './i18n.ts';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks the #root element');

function render(container: HTMLElement) {
  createRoot(container).render(
    <StrictMode>
      <AppStateProvider>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </AppStateProvider>
    </StrictMode>,
  );
}

// A family that chose English earlier sees English from the first paint, not Chinese first.
void loadLanguage(storedLanguage()).then(
  () => render(root),
  () => render(root),
);
