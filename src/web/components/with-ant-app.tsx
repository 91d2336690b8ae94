/**
 * antd's App: the message, notification and modal hooks (App.useApp) that staff pages and the
 * family's case page use. Loaded with those pages, so the family's first pages do without it; the
 * page frame (AppFrame in app.tsx) already gives text the colour, size and font App would.
 *
 * Messages appear below a drawer's header: at antd's default place they cover a drawer's close
 * button just after an action (and stay while the pointer rests on them), so a clerk who claims a
 * sub-case and closes it at once would wait for the message to go.
 */
import { App } from 'antd';
import type { ReactNode } from 'react';

const MESSAGE_CONFIG = { top: 72 };

export function WithAntApp({ children }: { children: ReactNode }) {
  return (
    <App component={false} message={MESSAGE_CONFIG}>
      {children}
    </App>
  );
}
