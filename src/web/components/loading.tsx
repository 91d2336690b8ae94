/** A calm loading indicator that screen readers announce. */
import { Spin } from 'antd';
import { useAppState } from '../app-state.tsx';

export function Loading() {
  const { t } = useAppState();
  return (
    <div className="lb-centered" role="status">
      <Spin />
      <span>{t('loading')}</span>
    </div>
  );
}
