/** Which staff area each role works in; sign-in and the area guard both read this one table. */
import type { StaffRole } from '../api.ts';

export const AREA_BY_ROLE: Record<StaffRole, string> = {
  department_approver: '/department',
  department_supervisor: '/department',
  window_clerk: '/window',
  supervisor: '/supervision',
  admin: '/admin',
};

export function staffHomePath(role: StaffRole): string {
  return AREA_BY_ROLE[role] ?? '/';
}
