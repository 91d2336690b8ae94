/** 打印: the browser's own print, laid out by the print styles (no header, black on white). */
import { Button } from 'antd';
import { useAppState } from '../app-state.tsx';

export function PrintButton() {
  const { t } = useAppState();
  return (
    <Button className="lb-no-print" onClick={() => window.print()}>
      {t('print')}
    </Button>
  );
}
