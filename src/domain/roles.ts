export const STAFF_ROLES = [
  'window_clerk',
  'department_approver',
  'department_supervisor',
  'supervisor',
  'admin',
  'health_issuer',
  'police_issuer',
  'funeral_home_clerk',
  'burial_registrar',
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
  health_issuer: { zh: '医疗卫生机构医师', en: 'Doctor (health institution)' },
  police_issuer: { zh: '派出所民警', en: 'Police officer (police station)' },
  funeral_home_clerk: { zh: '殡仪馆工作人员', en: 'Funeral home staff' },
  burial_registrar: { zh: '村（居）委会工作人员', en: 'Village or community committee staff' },
};

/** Roles whose work is bound to one department. */
export const DEPARTMENT_ROLES: readonly StaffRole[] = ['department_approver', 'department_supervisor'];

/**
 * Roles of the bodies that certify a death (hospital or clinic, police station, funeral home,
 * village or community committee): each belongs to one institution and issues its reports.
 */
export const ISSUER_ROLES: readonly StaffRole[] = [
  'health_issuer',
  'police_issuer',
  'funeral_home_clerk',
  'burial_registrar',
];
