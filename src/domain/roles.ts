/**
 * Roles and the one rule of who may see what: a staff role is scoped to a department (or to all
 * departments) and to a region; it covers the region and everything beneath it.
 */
import type { DepartmentCode } from './departments.ts';
import { regionCovers } from './regions.ts';

export const STAFF_ROLES = [
  'window_clerk',
  'department_approver',
  'department_supervisor',
  'supervisor',
  'admin',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type RoleName = StaffRole | 'citizen';

export const ROLE_LABELS: Record<RoleName, { zh: string; en: string }> = {
  citizen: { zh: '群众', en: 'Citizen' },
  window_clerk: { zh: '综合窗口人员', en: 'Window clerk' },
  department_approver: { zh: '部门审批人员', en: 'Department approver' },
  department_supervisor: { zh: '部门负责人', en: 'Department supervisor' },
  supervisor: { zh: '监管人员', en: 'Supervisor' },
  admin: { zh: '系统管理员', en: 'Administrator' },
};

/** Roles whose work is bound to one department. */
export const DEPARTMENT_ROLES: readonly StaffRole[] = ['department_approver', 'department_supervisor'];

export interface StaffScope {
  role: StaffRole;
  departmentCode: DepartmentCode | null;
  regionCode: string;
}

/** May this staff member see a sub-case of `departmentCode` in `regionCode`? */
export function scopeCoversSubCase(scope: StaffScope, departmentCode: string, regionCode: string): boolean {
  if (!regionCovers(scope.regionCode, regionCode)) return false;
  if (DEPARTMENT_ROLES.includes(scope.role)) return scope.departmentCode === departmentCode;
  return scope.role === 'supervisor' || scope.role === 'admin' || scope.role === 'window_clerk';
}
