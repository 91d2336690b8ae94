/**
 * Demo data: Yunnan (53) with a few prefectures and counties — four pilot counties, two in
 * cremation areas and two in burial areas — plus Yueyang county, Hunan; every department; a staff
 * account for every role. The pilot choice here is illustrative, not the province's real list.
 */

import type { DepartmentCode } from '../../domain/departments.ts';
import type { Region } from '../../domain/regions.ts';
import type { StaffRole } from '../../domain/roles.ts';

export const DEMO_REGIONS: readonly Region[] = [
  { code: '530000', nameZh: '云南省', nameEn: 'Yunnan Province', level: 'province', parentCode: null },
  { code: '530100', nameZh: '昆明市', nameEn: 'Kunming', level: 'prefecture', parentCode: '530000' },
  {
    code: '530102',
    nameZh: '五华区',
    nameEn: 'Wuhua District',
    level: 'county',
    parentCode: '530100',
    funeralMode: 'cremation',
    pilot: true,
  },
  {
    code: '530103',
    nameZh: '盘龙区',
    nameEn: 'Panlong District',
    level: 'county',
    parentCode: '530100',
    funeralMode: 'cremation',
  },
  { code: '530300', nameZh: '曲靖市', nameEn: 'Qujing', level: 'prefecture', parentCode: '530000' },
  {
    code: '530302',
    nameZh: '麒麟区',
    nameEn: 'Qilin District',
    level: 'county',
    parentCode: '530300',
    funeralMode: 'cremation',
    pilot: true,
  },
  {
    code: '532500',
    nameZh: '红河哈尼族彝族自治州',
    nameEn: 'Honghe Hani and Yi Autonomous Prefecture',
    level: 'prefecture',
    parentCode: '530000',
  },
  {
    code: '532524',
    nameZh: '建水县',
    nameEn: 'Jianshui County',
    level: 'county',
    parentCode: '532500',
    funeralMode: 'burial',
    pilot: true,
  },
  {
    code: '533300',
    nameZh: '怒江傈僳族自治州',
    nameEn: 'Nujiang Lisu Autonomous Prefecture',
    level: 'prefecture',
    parentCode: '530000',
  },
  {
    code: '533324',
    nameZh: '贡山独龙族怒族自治县',
    nameEn: 'Gongshan Derung and Nu Autonomous County',
    level: 'county',
    parentCode: '533300',
    funeralMode: 'burial',
    pilot: true,
  },
  { code: '430000', nameZh: '湖南省', nameEn: 'Hunan Province', level: 'province', parentCode: null },
  { code: '430600', nameZh: '岳阳市', nameEn: 'Yueyang', level: 'prefecture', parentCode: '430000' },
  {
    code: '430621',
    nameZh: '岳阳县',
    nameEn: 'Yueyang County',
    level: 'county',
    parentCode: '430600',
    funeralMode: 'cremation',
  },
];

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
