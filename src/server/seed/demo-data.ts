/**
 * Demo staff: a staff account for every role, in the regions the catalog's profiles define
 * (Yunnan with four pilot counties, two cremation-area and two burial-area, and Yueyang county).
 */

import type { DepartmentCode } from '../../domain/departments.ts';
import type { StaffRole } from '../../domain/roles.ts';

export interface DemoStaff {
  username: string;
  displayName: string;
  role: StaffRole;
  departmentCode: DepartmentCode | null;
  regionCode: string;
}

export const DEMO_STAFF_PASSWORD = 'Lianban#2026';

const PILOT_COUNTIES = ['530102', '530302', '532524', '533324'];

export const DEMO_STAFF: readonly DemoStaff[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', departmentCode: null, regionCode: '530000' },
  {
    username: 'supervisor-yunnan',
    displayName: '省民政厅监管员',
    role: 'supervisor',
    departmentCode: null,
    regionCode: '530000',
  },
  {
    username: 'police-yunnan',
    displayName: '省公安厅负责人',
    role: 'department_supervisor',
    departmentCode: 'public-security',
    regionCode: '530000',
  },
  ...[...PILOT_COUNTIES, '430621'].flatMap((code): DemoStaff[] => [
    {
      username: `window-${code}`,
      displayName: `综合窗口（${code}）`,
      role: 'window_clerk',
      departmentCode: null,
      regionCode: code,
    },
    {
      username: `police-${code}`,
      displayName: `派出所审批员（${code}）`,
      role: 'department_approver',
      departmentCode: 'public-security',
      regionCode: code,
    },
  ]),
  {
    username: 'window-530102-b',
    displayName: '综合窗口二号（530102）',
    role: 'window_clerk',
    departmentCode: null,
    regionCode: '530102',
  },
  {
    username: 'hrss-530102',
    displayName: '人社审批员（530102）',
    role: 'department_approver',
    departmentCode: 'human-resources',
    regionCode: '530102',
  },
  {
    username: 'civil-530102',
    displayName: '民政审批员（530102）',
    role: 'department_approver',
    departmentCode: 'civil-affairs',
    regionCode: '530102',
  },
  {
    username: 'medins-530102',
    displayName: '医保审批员（530102）',
    role: 'department_approver',
    departmentCode: 'medical-insurance',
    regionCode: '530102',
  },
  {
    username: 'fund-530102',
    displayName: '公积金审批员（530102）',
    role: 'department_approver',
    departmentCode: 'housing-fund',
    regionCode: '530102',
  },
];
