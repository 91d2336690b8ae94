/** Which staff area each role works in; sign-in and the area guard both read this one table. */
import { type Permission, staffRolesFor } from '../../domain/permissions.ts';
import type { StaffRole } from '../api.ts';
import type { MessageKey } from '../i18n.ts';

export const AREA_BY_ROLE: Record<StaffRole, string> = {
  department_approver: '/department',
  department_supervisor: '/department',
  window_clerk: '/window',
  supervisor: '/supervision',
  admin: '/admin',
  health_issuer: '/issuer',
  police_issuer: '/issuer',
  funeral_home_clerk: '/issuer',
  burial_registrar: '/issuer',
};

export function staffHomePath(role: StaffRole): string {
  return AREA_BY_ROLE[role] ?? '/';
}

/** Areas some roles reach besides their own (shown in the header), with the action each is for. */
const OTHER_AREAS: { path: string; action: Permission; label: MessageKey }[] = [
  { path: '/registry', action: 'death_registry.review', label: 'registryNavLink' },
  { path: '/department/death-notices', action: 'death_notice.read', label: 'deathNoticesNavLink' },
];

const AREA_LABELS: Record<string, MessageKey> = {
  '/department': 'workbenchTitle',
  '/window': 'windowTitle',
  '/supervision': 'supervisionTitle',
  '/admin': 'adminTitle',
  '/issuer': 'issuerTitle',
};

/** The areas a role works in, its own first; a header lists them when there is more than one. */
export function staffAreas(role: StaffRole): { path: string; label: MessageKey }[] {
  const home = staffHomePath(role);
  const own = AREA_LABELS[home] ? [{ path: home, label: AREA_LABELS[home] }] : [];
  const others = OTHER_AREAS.filter(
    (area) => area.path !== home && staffRolesFor(area.action).includes(role),
  ).map(({ path, label }) => ({ path, label }));
  return [...own, ...others];
}
