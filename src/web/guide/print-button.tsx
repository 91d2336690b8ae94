/** 打印: the browser's own print, laid out by the print styles (no header, black on white). */
import { Button } from 'antd';
import { useAppState } from '../app-state.tsx';

export function PrintButton() {
  const { t } = useAppState();
  return (
    // data-action: a server-drawn guide's own script (static-page.ts) finds the button by it.
    <Button className="lb-no-print" data-action="print" onClick={() => window.print()}>
      {t('print')}
    </Button>
  );
}
