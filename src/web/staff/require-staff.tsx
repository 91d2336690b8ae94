/**
 * Guards a staff area: anonymous visitors go to the staff sign-in, and a staff member whose role
 * does not work in this area is told so plainly and pointed to their own area. The server checks
 * again on every request; this guard only spares people a page that would refuse them.
 */
import { Button, Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { type Permission, staffRolesFor } from '../../domain/permissions.ts';
import type { StaffMe } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { Loading } from '../components/loading.tsx';
import { staffHomePath } from './staff-areas.ts';

interface RequireStaffProps {
  /** The action the area is for; the roles that may take it come from the permission map. */
  action: Permission;
  children: (me: StaffMe) => ReactNode;
}

export function RequireStaff({ action, children }: RequireStaffProps) {
  const { me, sessionStatus, t } = useAppState();
  const location = useLocation();
  const navigate = useNavigate();

  if (sessionStatus === 'loading') {
    return <Loading />;
  }
  if (me.kind !== 'staff') {
    return <Navigate to="/staff/sign-in" replace state={{ from: location.pathname }} />;
  }
  if (!staffRolesFor(action).includes(me.role)) {
    return (
      <Card className="lb-narrow">
        <Typography.Title level={1}>{t('notAllowedTitle')}</Typography.Title>
        <Typography.Paragraph>{t('notAllowed')}</Typography.Paragraph>
        <Button type="primary" onClick={() => navigate(staffHomePath(me.role))}>
          {t('goToMyArea')}
        </Button>
      </Card>
    );
  }
  return <>{children(me)}</>;
}
