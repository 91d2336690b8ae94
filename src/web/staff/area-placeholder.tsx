/**
 * The staff areas that do not exist yet (supervision). They say so honestly rather
 * than show a mock-up that looks as if it worked.
 */
import { Card, Typography } from 'antd';
import type { StaffRole } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import type { MessageKey } from '../i18n.ts';
import { RequireStaff } from './require-staff.tsx';

interface AreaPlaceholderProps {
  roles: readonly StaffRole[];
  titleKey: MessageKey;
  messageKey: MessageKey;
}

export function AreaPlaceholder({ roles, titleKey, messageKey }: AreaPlaceholderProps) {
  const { t } = useAppState();
  return (
    <RequireStaff roles={roles}>
      {() => (
        <Card className="lb-narrow">
          <Typography.Title level={1}>{t(titleKey)}</Typography.Title>
          <Typography.Paragraph strong>{t(messageKey)}</Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('pendingExplain')}</Typography.Paragraph>
        </Card>
      )}
    </RequireStaff>
  );
}
