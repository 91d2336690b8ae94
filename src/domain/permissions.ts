/**
 * Who may do what: the one permission map. For every action a person can take on the platform it
 * says which roles may take it and over what scope — the citizen's own case, the staff member's
 * region (and everything beneath it), or their department within their region. The API checks it
 * in one place (`server/identity/authorize.ts`), read-side filters in SQL are built from
 * `listScope`, and the web app reads it to decide which desks and buttons to show. Which state an
 * object must be in for an action is the state tables' business (`workflow.ts`); the roles given
 * here for a transition are the ones its table names (a test holds them together).
 */
import type { DepartmentCode } from './departments.ts';
import { regionCovers, regionPrefix } from './regions.ts';
import { DEPARTMENT_ROLES, type RoleName, type StaffRole } from './roles.ts';

/**
 * - `own`: the citizen's own case (they applied for it);
 * - `own-or-joined`: their own case, or one they joined as another heir;
 * - `region`: anything in the staff member's region or beneath it;
 * - `department`: for department roles, their own department's work in their region; for roles
 *   that span departments (supervisor, administrator), all departments' in their region;
 * - `institution`: for an issuer (hospital, police station, funeral home, village committee),
 *   their own institution's reports, within their region;
 * - `anyone`: not tied to an object (the proof the action needs is checked by its command).
 */
export type ScopeKind = 'own' | 'own-or-joined' | 'region' | 'department' | 'institution' | 'anyone';

export interface ActionRule {
  /** The roles that may take the action, and the scope each is held to. */
  grants: Partial<Record<RoleName, ScopeKind>>;
  zh: string;
  en: string;
}

const rule = (grants: ActionRule['grants'], zh: string, en: string): ActionRule => ({ grants, zh, en });

/** Every issuer (doctor, police officer, funeral home, committee), over its own institution's reports. */
const OWN_INSTITUTION = {
  health_issuer: 'institution',
  police_issuer: 'institution',
  funeral_home_clerk: 'institution',
  burial_registrar: 'institution',
} as const satisfies ActionRule['grants'];

export const PERMISSIONS = {
  // The family's application (online) and the window's assisted one.
  'draft.write': rule(
    { citizen: 'own', window_clerk: 'region' },
    '填写、上传材料并提交申请',
    'Fill in, upload materials for and submit an application',
  ),
  'case.read': rule(
    { citizen: 'own-or-joined', window_clerk: 'region' },
    '查看办件及其进度',
    'See a case and its progress',
  ),
  'case.join': rule({ citizen: 'anyone' }, '作为其他继承人加入办件', 'Join a case as another heir'),
  'case.rate': rule(
    { citizen: 'own', window_clerk: 'region' },
    '评价办理服务（窗口代为记录）',
    'Rate the service (the window records it for the family)',
  ),
  'case.resubmit': rule(
    { citizen: 'own', window_clerk: 'region' },
    '补正后重新提交',
    'Resubmit after a correction',
  ),
  'case.deliver': rule({ citizen: 'own', window_clerk: 'region' }, '确认出件', 'Confirm delivery'),
  'supplement.answer': rule(
    { citizen: 'own', window_clerk: 'region' },
    '补充部门要求的材料',
    'Supply what a department asked for',
  ),
  'notice.download': rule(
    { citizen: 'own', window_clerk: 'region' },
    '下载告知书、通知书',
    'Download written notices',
  ),
  'message.read': rule({ citizen: 'own' }, '查看消息', 'Read messages'),

  // The front desk (综合窗口).
  'window.desk': rule({ window_clerk: 'region' }, '使用综合窗口工作台', 'Use the front desk'),
  'case.accept': rule({ window_clerk: 'region' }, '受理', 'Accept a case'),
  'case.reject': rule({ window_clerk: 'region' }, '不予受理', 'Refuse a case'),
  'case.request_correction': rule({ window_clerk: 'region' }, '一次性告知补正', 'Ask for a correction'),
  'case.hand_over': rule({ window_clerk: 'region' }, '移交给其他窗口人员', 'Hand a case to another clerk'),
  'sms.outbox.read': rule(
    { window_clerk: 'region', admin: 'region' },
    '查看开发环境短信',
    'See the development SMS outbox',
  ),

  // Departments (部门).
  'sub_case.read': rule(
    { department_approver: 'department', department_supervisor: 'department' },
    '查看本部门子件',
    "See the department's sub-cases",
  ),
  'sub_case.claim': rule({ department_approver: 'department' }, '认领', 'Claim a sub-case'),
  'sub_case.complete': rule({ department_approver: 'department' }, '办结', 'Complete a sub-case'),
  'sub_case.reject': rule({ department_approver: 'department' }, '不予办理', 'Refuse a sub-case'),
  'sub_case.return': rule({ department_approver: 'department' }, '退回补充', 'Ask for more information'),
  'sub_case.transfer': rule(
    { department_approver: 'department', department_supervisor: 'department', window_clerk: 'region' },
    '转交其他地区办理',
    'Transfer to another region',
  ),
  'material.read': rule(
    { department_approver: 'department', department_supervisor: 'department' },
    '查看办理所需材料',
    'Read the materials a matter needs',
  ),

  // Information use (信息应用): death notices a department answers by stopping a benefit.
  'death_notice.read': rule(
    { department_approver: 'department', department_supervisor: 'department' },
    '查看本部门的死亡信息推送',
    "See the department's death notices",
  ),
  'death_notice.acknowledge': rule(
    { department_approver: 'department' },
    '确认待遇终止',
    'Confirm that a benefit was stopped',
  ),

  // Supervision (监管).
  'supervision.read': rule(
    { supervisor: 'region', department_supervisor: 'department', admin: 'region' },
    '查看时限与督办',
    'See time limits and follow-ups',
  ),
  'follow_up.act': rule(
    { supervisor: 'region', department_supervisor: 'department', admin: 'region' },
    '处理督办',
    'Act on a follow-up',
  ),
  'overpayment.read': rule(
    { supervisor: 'region', department_supervisor: 'department', admin: 'region' },
    '查看死亡后多发待遇',
    'See benefits probably paid after a death',
  ),
  'audit.verify': rule({ admin: 'region' }, '核验审计记录', 'Verify the audit trail'),

  // The bodies that certify a death, and the death registry (死亡登记).
  'death_report.issue': rule(
    OWN_INSTITUTION,
    '出具死亡医学证明、死亡证明、火化证明或土葬登记',
    'Issue a death certificate, police death proof, cremation certificate or burial registration',
  ),
  'death_report.read': rule(
    {
      ...OWN_INSTITUTION,
      supervisor: 'region',
      admin: 'region',
    },
    '查看出具的证明',
    'See issued certificates',
  ),
  'death_report.correct': rule(
    OWN_INSTITUTION,
    '更正本机构出具的证明',
    "Correct the institution's own certificates",
  ),
  'home_death.report': rule({ citizen: 'anyone' }, '报告居家死亡', 'Report a death at home'),
  'home_death.read': rule({ health_issuer: 'region' }, '查看居家死亡报告', 'See reports of deaths at home'),
  'death_registry.review': rule(
    { supervisor: 'region', admin: 'region' },
    '核查死亡登记冲突',
    'Review conflicting death reports',
  ),
  'offer.respond': rule({ citizen: 'own' }, '回应主动服务提醒', 'Answer the offer of proactive service'),

  // Administration.
  'catalog.manage': rule({ admin: 'region' }, '维护事项目录', 'Maintain the catalog of matters'),
  'exchange.manage': rule(
    { admin: 'region' },
    '管理部门系统对接（交换方、凭证、投递）',
    'Manage department exchange (parties, credentials, delivery)',
  ),
} as const satisfies Record<string, ActionRule>;

export type Permission = keyof typeof PERMISSIONS;
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

/** Who is acting: a citizen, or a staff member with their role, department and region. */
export type Subject =
  | { kind: 'citizen'; id: string }
  | {
      kind: 'staff';
      role: StaffRole;
      departmentCode: DepartmentCode | null;
      regionCode: string;
      /** The institution an issuer belongs to (hospital, police station, funeral home, committee). */
      institutionCode?: string | null;
    };

/** What the action is on: a case (region, applicant, joined heirs) or a sub-case (and its department). */
export interface Target {
  regionCode: string;
  departmentCode?: string | null;
  applicantCitizenId?: string | null;
  joinedCitizenIds?: readonly string[];
  /** For a death report: the institution that issued it. */
  institutionCode?: string | null;
}

function roleOf(subject: Subject): RoleName {
  return subject.kind === 'citizen' ? 'citizen' : subject.role;
}

function grantOf(subject: Subject, action: Permission): ScopeKind | undefined {
  const grants: ActionRule['grants'] = PERMISSIONS[action].grants;
  return grants[roleOf(subject)];
}

/** Roles that may take the action at all (the web app shows a desk or a button by this). */
export function rolesFor(action: Permission): RoleName[] {
  return Object.keys(PERMISSIONS[action].grants) as RoleName[];
}

export function staffRolesFor(action: Permission): StaffRole[] {
  return rolesFor(action).filter((role): role is StaffRole => role !== 'citizen');
}

/** May this person take the action at all, on something in their scope? */
export function mayTake(subject: Subject, action: Permission): boolean {
  return grantOf(subject, action) !== undefined;
}

/** May this person take the action on this object? */
export function mayTakeOn(subject: Subject, action: Permission, target: Target): boolean {
  const scope = grantOf(subject, action);
  if (scope === undefined) return false;
  switch (scope) {
    case 'anyone':
      return true;
    case 'own':
      return subject.kind === 'citizen' && target.applicantCitizenId === subject.id;
    case 'own-or-joined':
      return (
        subject.kind === 'citizen' &&
        (target.applicantCitizenId === subject.id || (target.joinedCitizenIds ?? []).includes(subject.id))
      );
    case 'region':
      return subject.kind === 'staff' && regionCovers(subject.regionCode, target.regionCode);
    case 'institution':
      return (
        subject.kind === 'staff' &&
        !!subject.institutionCode &&
        subject.institutionCode === target.institutionCode &&
        regionCovers(subject.regionCode, target.regionCode)
      );
    case 'department':
      return (
        subject.kind === 'staff' &&
        regionCovers(subject.regionCode, target.regionCode) &&
        (!DEPARTMENT_BOUND.includes(subject.role) ||
          (subject.departmentCode !== null && subject.departmentCode === target.departmentCode))
      );
  }
}

/** Roles bound to one department: the `department` scope holds them to it. */
const DEPARTMENT_BOUND = DEPARTMENT_ROLES;

/**
 * The scope of a list, for SQL: the region prefix every row's region must start with, the
 * department every row must belong to (or null for all), or the citizen whose cases these are.
 * Null when the person may not take the action at all.
 */
export type ListScope =
  | {
      kind: 'staff';
      regionPrefix: string;
      departmentCode: DepartmentCode | null;
      /** For `institution` scope: the one institution whose rows are listed. */
      institutionCode?: string;
    }
  | { kind: 'citizen'; citizenId: string; joined: boolean };

export function listScope(subject: Subject, action: Permission): ListScope | null {
  const scope = grantOf(subject, action);
  if (scope === undefined) return null;
  if (subject.kind === 'citizen') {
    return scope === 'own' || scope === 'own-or-joined'
      ? { kind: 'citizen', citizenId: subject.id, joined: scope === 'own-or-joined' }
      : null;
  }
  if (scope === 'institution') {
    return {
      kind: 'staff',
      regionPrefix: regionPrefix(subject.regionCode),
      departmentCode: null,
      // An issuer without an institution sees nothing: no institution matches '-'.
      institutionCode: subject.institutionCode ?? '-',
    };
  }
  if (scope !== 'region' && scope !== 'department') return null;
  const bound = scope === 'department' && DEPARTMENT_BOUND.includes(subject.role);
  return {
    kind: 'staff',
    regionPrefix: regionPrefix(subject.regionCode),
    // A department-bound role without a department sees nothing: no department matches '-'.
    departmentCode: bound ? (subject.departmentCode ?? ('-' as DepartmentCode)) : null,
  };
}
