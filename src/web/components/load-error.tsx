/** The one way a page says it could not load its data, with a way to try again. */
import { Alert, Button } from 'antd';
import { useAppState } from '../app-state.tsx';

export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { describeError, t } = useAppState();
  return (
    <Alert
      type="error"
      showIcon
      title={describeError(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
