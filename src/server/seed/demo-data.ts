/**
 * Demo staff: a staff account for every role, in the regions the catalog's profiles define
 * (Yunnan with four pilot counties, two cremation-area and two burial-area, and Yueyang county).
 */

import type { InstitutionKind } from '../../domain/death-registry.ts';
import type { DepartmentCode } from '../../domain/departments.ts';
import type { StaffRole } from '../../domain/roles.ts';

export interface DemoStaff {
  username: string;
  displayName: string;
  role: StaffRole;
  departmentCode: DepartmentCode | null;
  regionCode: string;
  institutionCode?: string;
}

export const DEMO_STAFF_PASSWORD = 'Lianban#2026';

const PILOT_COUNTIES = ['530102', '530302', '532524', '533324'];

/** Username prefix, department and short name of each department with matters to handle. */
const DEMO_DEPARTMENTS: readonly [string, DepartmentCode, string][] = [
  ['civil', 'civil-affairs', '民政'],
  ['hrss', 'human-resources', '人社'],
  ['fund', 'housing-fund', '公积金'],
  ['medins', 'medical-insurance', '医保'],
  ['justice', 'justice', '司法'],
  ['market', 'market-regulation', '市场监管'],
  ['bank', 'financial-regulation', '银行'],
  ['cdpf', 'disabled-federation', '残联'],
  ['veterans', 'veterans-affairs', '退役军人'],
];

export interface DemoInstitution {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: InstitutionKind;
  regionCode: string;
  /** The demo account that issues for it. */
  account: string;
}

const COUNTY_NAMES: Record<string, [string, string]> = {
  '530102': ['五华区', 'Wuhua'],
  '530302': ['麒麟区', 'Qilin'],
  '532524': ['建水县', 'Jianshui'],
  '533324': ['贡山县', 'Gongshan'],
  '430621': ['岳阳县', 'Yueyang'],
};
const BURIAL_COUNTIES = ['532524', '533324'];

/** Demo institutions (all names made up) in every pilot county and Yueyang. */
export const DEMO_INSTITUTIONS: readonly DemoInstitution[] = [...PILOT_COUNTIES, '430621'].flatMap((code) => {
  const [zh, en] = COUNTY_NAMES[code] ?? [code, code];
  const list: DemoInstitution[] = [
    {
      code: `${code}-H01`,
      nameZh: `${zh}演示人民医院`,
      nameEn: `${en} Demo People's Hospital`,
      kind: 'hospital',
      regionCode: code,
      account: `doctor-${code}`,
    },
    {
      code: `${code}-C01`,
      nameZh: `${zh}演示社区卫生服务站`,
      nameEn: `${en} Demo Community Clinic`,
      kind: 'clinic',
      regionCode: code,
      account: `clinic-${code}`,
    },
    {
      code: `${code}-P01`,
      nameZh: `${zh}演示派出所`,
      nameEn: `${en} Demo Police Station`,
      kind: 'police-station',
      regionCode: code,
      account: `officer-${code}`,
    },
  ];
  list.push(
    BURIAL_COUNTIES.includes(code)
      ? {
          code: `${code}-V01`,
          nameZh: `${zh}演示村民委员会`,
          nameEn: `${en} Demo Village Committee`,
          kind: 'village-committee',
          regionCode: code,
          account: `committee-${code}`,
        }
      : {
          code: `${code}-F01`,
          nameZh: `${zh}演示殡仪馆`,
          nameEn: `${en} Demo Funeral Home`,
          kind: 'funeral-home',
          regionCode: code,
          account: `funeral-${code}`,
        },
  );
  return list;
});

const ISSUER_ROLE_OF: Record<InstitutionKind, StaffRole> = {
  hospital: 'health_issuer',
  clinic: 'health_issuer',
  'police-station': 'police_issuer',
  'funeral-home': 'funeral_home_clerk',
  'village-committee': 'burial_registrar',
};

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
    username: 'supervisor-kunming',
    displayName: '昆明市民政局监管员',
    role: 'supervisor',
    departmentCode: null,
    regionCode: '530100',
  },
  {
    username: 'supervisor-530102',
    displayName: '五华区民政局监管员',
    role: 'supervisor',
    departmentCode: null,
    regionCode: '530102',
  },
  {
    username: 'supervisor-530302',
    displayName: '麒麟区民政局监管员',
    role: 'supervisor',
    departmentCode: null,
    regionCode: '530302',
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
  // Every department that holds a matter has an approver in every pilot county and in Yueyang,
  // so that every demo case can be carried to delivery.
  ...[...PILOT_COUNTIES, '430621'].flatMap((code) =>
    DEMO_DEPARTMENTS.map(
      ([prefix, departmentCode, short]): DemoStaff => ({
        username: `${prefix}-${code}`,
        displayName: `${short}审批员（${code}）`,
        role: 'department_approver',
        departmentCode,
        regionCode: code,
      }),
    ),
  ),
  // The bodies that certify a death: a doctor at the county hospital and one at a clinic, a
  // police officer, and a funeral home (cremation areas) or a village committee (burial areas).
  ...DEMO_INSTITUTIONS.map(
    (institution): DemoStaff => ({
      username: institution.account,
      displayName: `${institution.nameZh}`,
      role: ISSUER_ROLE_OF[institution.kind],
      departmentCode: null,
      regionCode: institution.regionCode,
      institutionCode: institution.code,
    }),
  ),
];
