/**
 * The front door: what the service is, the two ways in (families, staff), and the public guide
 * and questionnaire, which need no sign-in.
 */
import { Button, Card, Flex, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useAppState } from './app-state.tsx';
import { ButtonLink } from './components/button-link.tsx';

export function LandingPage() {
  const { t } = useAppState();
  return (
    <Card className="lb-narrow">
      <Typography.Title level={1}>{t('landingTitle')}</Typography.Title>
      <Typography.Paragraph className="lb-lead">{t('landingIntro')}</Typography.Paragraph>
      <Flex gap="middle" wrap>
        <ButtonLink type="primary" size="large" to="/portal">
          {t('landingPortal')}
        </ButtonLink>
        <ButtonLink size="large" to="/staff/sign-in">
          {t('landingStaff')}
        </ButtonLink>
      </Flex>
      <Flex gap="large" wrap className="lb-landing-links">
        <Link to="/portal/guide-me" className="lb-link-strong">
          {t('landingGuideMe')}
        </Link>
        <Link to="/guide" className="lb-link-strong">
          {t('landingGuide')}
        </Link>
      </Flex>
    </Card>
  );
}

export function NotFoundPage() {
  const { t } = useAppState();
  const navigate = useNavigate();
  return (
    <Card className="lb-narrow">
      <Typography.Title level={1}>{t('notFoundTitle')}</Typography.Title>
      <Typography.Paragraph>{t('notFound')}</Typography.Paragraph>
      <Button onClick={() => navigate('/')}>{t('home')}</Button>
    </Card>
  );
}
