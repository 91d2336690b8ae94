/**
 * Staff sign-in with user name and password; on success each role lands in its own area.
 */
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { api } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { staffHomePath } from './staff-areas.ts';

interface SignInValues {
  username: string;
  password: string;
}

export function StaffSignInPage() {
  const { t, me, setMe, describeError } = useAppState();
  const navigate = useNavigate();
  const location = useLocation();
  const sessionExpired = (location.state as { sessionExpired?: boolean } | null)?.sessionExpired === true;
  const [error, setError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  async function signIn(values: SignInValues) {
    setSubmitting(true);
    setError(null);
    try {
      const me = await api.staffSignIn(values.username.trim(), values.password);
      setMe(me);
      navigate(staffHomePath(me.role), { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  }

  // Already signed in (a bookmark, the back button): go straight to work.
  if (me.kind === 'staff' && !submitting) return <Navigate to={staffHomePath(me.role)} replace />;

  return (
    <Card className="lb-narrow">
      <Typography.Title level={1}>{t('staffSignInTitle')}</Typography.Title>
      {sessionExpired && !error ? (
        <Alert className="lb-gap" type="info" showIcon title={t('sessionExpired')} />
      ) : null}
      {error ? (
        <Alert className="lb-gap" type="error" showIcon title={describeError(error)} role="alert" />
      ) : null}
      <Form<SignInValues> layout="vertical" onFinish={signIn} requiredMark={false}>
        <Form.Item
          label={t('username')}
          name="username"
          rules={[{ required: true, whitespace: true, message: t('required', { label: t('username') }) }]}
        >
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item
          label={t('password')}
          name="password"
          rules={[{ required: true, message: t('required', { label: t('password') }) }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting}>
          {t('signIn')}
        </Button>
      </Form>
    </Card>
  );
}
