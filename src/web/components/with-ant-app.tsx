/**
 * antd's App: the message, notification and modal hooks (App.useApp) that staff pages and the
 * family's case page use. Loaded with those pages, so the family's first pages do without it; the
 * page frame (AppFrame in app.tsx) already gives text the colour, size and font App would.
 */
import { App } from 'antd';
import type { ReactNode } from 'react';

export function WithAntApp({ children }: { children: ReactNode }) {
  return <App component={false}>{children}</App>;
}
