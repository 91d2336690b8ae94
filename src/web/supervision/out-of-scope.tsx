/**
 * What a supervisor sees when the address asks for a region (or case) outside their scope: a calm
 * sentence saying what they may see, and the way back to their own region — not an error page.
 */
import { Card, Typography } from 'antd';
import { Link } from 'react-router';
import { ApiError, type StaffMe } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { pick } from '../i18n.ts';

export function isOutOfScope(error: unknown): error is ApiError {
  return error instanceof ApiError && (error.status === 403 || error.status === 404);
}

export function OutOfScope({ me, error }: { me: StaffMe; error: ApiError }) {
  const { t, language } = useAppState();
  const mine = pick(language, me.regionNameZh, me.regionNameEn);
  return (
    <Card className="lb-narrow" data-testid="supervision-out-of-scope">
      <Typography.Title level={2}>
        {t(error.status === 404 ? 'dashNotFoundTitle' : 'dashRefusedTitle')}
      </Typography.Title>
      <Typography.Paragraph>{t('dashRefused', { region: mine })}</Typography.Paragraph>
      <Link to="/supervision" className="lb-link-strong">
        {t('dashBackToMine', { region: mine })}
      </Link>
    </Card>
  );
}
