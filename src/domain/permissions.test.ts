/**
 * The permission matrix: every action × a cast of people (citizens, clerks of two counties,
 * two departments' staff, supervisors at province and city level, an administrator) × two cases
 * (one in 盘龙区 530102, one in 建水县 532524), against a table written by hand from the roles in
 * the brief — not computed from the map it checks.
 */
import { describe, expect, it } from 'vitest';
import {
  listScope,
  mayTake,
  mayTakeOn,
  PERMISSION_NAMES,
  type Permission,
  rolesFor,
  type Subject,
} from './permissions.ts';
import { CASE_TABLE, SUB_CASE_TABLE } from './workflow.ts';

const people = {
  cA: { kind: 'citizen', id: 'citizen-a' },
  cB: { kind: 'citizen', id: 'citizen-b' },
  cC: { kind: 'citizen', id: 'citizen-c' },
  w102: { kind: 'staff', role: 'window_clerk', departmentCode: null, regionCode: '530102' },
  w524: { kind: 'staff', role: 'window_clerk', departmentCode: null, regionCode: '532524' },
  pa102: {
    kind: 'staff',
    role: 'department_approver',
    departmentCode: 'public-security',
    regionCode: '530102',
  },
  ps102: {
    kind: 'staff',
    role: 'department_supervisor',
    departmentCode: 'public-security',
    regionCode: '530102',
  },
  ha102: {
    kind: 'staff',
    role: 'department_approver',
    departmentCode: 'human-resources',
    regionCode: '530102',
  },
  sv53: { kind: 'staff', role: 'supervisor', departmentCode: null, regionCode: '530000' },
  sv5301: { kind: 'staff', role: 'supervisor', departmentCode: null, regionCode: '530100' },
  ad53: { kind: 'staff', role: 'admin', departmentCode: null, regionCode: '530000' },
} satisfies Record<string, Subject>;
type Who = keyof typeof people;
const EVERYONE = Object.keys(people) as Who[];

/** The case (and its public-security sub-case) in 530102: applied for by A, joined by B. */
const inKunming = {
  regionCode: '530102',
  departmentCode: 'public-security',
  applicantCitizenId: 'citizen-a',
  joinedCitizenIds: ['citizen-b'],
};
/** The case (and its public-security sub-case) in 532524: applied for by C. */
const inJianshui = {
  regionCode: '532524',
  departmentCode: 'public-security',
  applicantCitizenId: 'citizen-c',
};

/** Who may take each action on the 530102 case, and on the 532524 case. Written by hand. */
const EXPECTED: Record<Permission, [kunming: string, jianshui: string]> = {
  'draft.write': ['cA w102', 'cC w524'],
  'case.read': ['cA cB w102', 'cC w524'],
  'case.join': ['cA cB cC', 'cA cB cC'],
  'case.rate': ['cA w102', 'cC w524'],
  'case.resubmit': ['cA w102', 'cC w524'],
  'case.deliver': ['cA w102', 'cC w524'],
  'supplement.answer': ['cA w102', 'cC w524'],
  'notice.download': ['cA w102', 'cC w524'],
  'message.read': ['cA', 'cC'],
  'window.desk': ['w102', 'w524'],
  'case.accept': ['w102', 'w524'],
  'case.reject': ['w102', 'w524'],
  'case.request_correction': ['w102', 'w524'],
  'case.hand_over': ['w102', 'w524'],
  'sms.outbox.read': ['w102 ad53', 'w524 ad53'],
  'sub_case.read': ['pa102 ps102', ''],
  'sub_case.claim': ['pa102', ''],
  'sub_case.complete': ['pa102', ''],
  'sub_case.reject': ['pa102', ''],
  'sub_case.return': ['pa102', ''],
  'sub_case.transfer': ['pa102 ps102 w102', 'w524'],
  'material.read': ['pa102 ps102', ''],
  'supervision.read': ['ps102 sv53 sv5301 ad53', 'sv53 ad53'],
  'follow_up.act': ['ps102 sv53 sv5301 ad53', 'sv53 ad53'],
  'audit.verify': ['ad53', 'ad53'],
  'catalog.manage': ['ad53', 'ad53'],
};

const names = (list: string) => list.split(' ').filter(Boolean).sort();

describe('the permission map', () => {
  it('has a hand-written expectation for every action, and no expectation for an action it lacks', () => {
    expect([...PERMISSION_NAMES].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const action of Object.keys(EXPECTED) as Permission[]) {
    it(`lets exactly the right people take "${action}" in 530102 and in 532524`, () => {
      const [kunming, jianshui] = EXPECTED[action];
      const allowedOn = (target: typeof inKunming | typeof inJianshui) =>
        EVERYONE.filter((who) => mayTakeOn(people[who], action, target)).sort();
      expect(allowedOn(inKunming)).toEqual(names(kunming));
      expect(allowedOn(inJianshui)).toEqual(names(jianshui));
    });
  }

  it('refuses an action to a role without it before any object is looked at', () => {
    expect(mayTake(people.ps102, 'sub_case.claim')).toBe(false);
    expect(mayTake(people.pa102, 'sub_case.claim')).toBe(true);
    expect(mayTake(people.w102, 'catalog.manage')).toBe(false);
    expect(mayTake(people.cA, 'window.desk')).toBe(false);
    // Another county's sub-case is a matter of scope, not of role: the role may claim.
    expect(mayTake(people.ha102, 'sub_case.claim')).toBe(true);
  });

  it('builds list filters from the same scopes', () => {
    expect(listScope(people.ps102, 'supervision.read')).toEqual({
      kind: 'staff',
      regionPrefix: '530102',
      departmentCode: 'public-security',
    });
    expect(listScope(people.sv5301, 'supervision.read')).toEqual({
      kind: 'staff',
      regionPrefix: '5301',
      departmentCode: null,
    });
    expect(listScope(people.sv53, 'follow_up.act')).toEqual({
      kind: 'staff',
      regionPrefix: '53',
      departmentCode: null,
    });
    expect(listScope(people.pa102, 'sub_case.read')).toEqual({
      kind: 'staff',
      regionPrefix: '530102',
      departmentCode: 'public-security',
    });
    expect(listScope(people.w102, 'window.desk')).toEqual({
      kind: 'staff',
      regionPrefix: '530102',
      departmentCode: null,
    });
    expect(listScope(people.cB, 'case.read')).toEqual({
      kind: 'citizen',
      citizenId: 'citizen-b',
      joined: true,
    });
    expect(listScope(people.w102, 'sub_case.read')).toBeNull();
    expect(listScope(people.cA, 'window.desk')).toBeNull();
  });

  it('gives a department role without a department nothing of any department', () => {
    const orphan: Subject = {
      kind: 'staff',
      role: 'department_approver',
      departmentCode: null,
      regionCode: '530102',
    };
    expect(mayTakeOn(orphan, 'sub_case.read', inKunming)).toBe(false);
    expect(listScope(orphan, 'sub_case.read')).toMatchObject({ departmentCode: '-' });
  });
});

describe('the permission map and the state tables', () => {
  /** The roles a state table lets take an action in any state, people only (not the system). */
  function tableRoles(
    table: Record<string, Record<string, { roles: readonly string[] } | undefined>>,
    action: string,
  ) {
    const roles = new Set<string>();
    for (const transitions of Object.values(table)) {
      for (const role of transitions[action]?.roles ?? []) if (role !== 'system') roles.add(role);
    }
    return [...roles].sort();
  }

  it('names the same roles for each transition a person takes', () => {
    const pairs: [
      Permission,
      Record<string, Record<string, { roles: readonly string[] } | undefined>>,
      string,
    ][] = [
      ['case.accept', CASE_TABLE, 'accept'],
      ['case.reject', CASE_TABLE, 'reject'],
      ['case.request_correction', CASE_TABLE, 'request_correction'],
      ['case.resubmit', CASE_TABLE, 'resubmit'],
      ['case.deliver', CASE_TABLE, 'deliver'],
      ['sub_case.claim', SUB_CASE_TABLE, 'claim'],
      ['sub_case.complete', SUB_CASE_TABLE, 'complete'],
      ['sub_case.reject', SUB_CASE_TABLE, 'reject'],
      ['sub_case.return', SUB_CASE_TABLE, 'return'],
      ['sub_case.transfer', SUB_CASE_TABLE, 'transfer'],
      ['supplement.answer', SUB_CASE_TABLE, 'supplement'],
    ];
    for (const [permission, table, action] of pairs) {
      expect({ permission, roles: rolesFor(permission).sort() }).toEqual({
        permission,
        roles: tableRoles(table, action),
      });
    }
  });
});
