/**
 * The family's way in: unified identity authentication (统一身份认证) is a full-page redirect
 * through the server, which returns the browser to `returnTo` with a citizen session.
 */
import { Alert, Button, Typography } from 'antd';
import { useLocation } from 'react-router';
import { useAppState } from '../app-state.tsx';

export function citizenSignInUrl(returnTo: string): string {
  // returnTo is always one of this app's own paths, which need no escaping.
  return `/auth/citizen/sign-in?returnTo=${returnTo}`;
}

export function CitizenSignIn({ returnTo }: { returnTo: string }) {
  const { t, sessionStatus } = useAppState();
  const location = useLocation();
  const sessionExpired = (location.state as { sessionExpired?: boolean } | null)?.sessionExpired === true;
  return (
    <>
      {sessionExpired ? <Alert className="lb-gap" type="info" showIcon title={t('sessionExpired')} /> : null}
      {sessionStatus === 'unavailable' ? (
        <Alert className="lb-gap" type="warning" showIcon title={t('serviceUnavailable')} />
      ) : null}
      <Typography.Paragraph className="lb-lead">{t('portalIntro')}</Typography.Paragraph>
      {/* A plain link: the sign-in is a full-page redirect, and a link works on a prerendered page
          before the app's scripts have run. */}
      <Button type="primary" size="large" block href={citizenSignInUrl(returnTo)}>
        {t('citizenSignIn')}
      </Button>
    </>
  );
}
