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
