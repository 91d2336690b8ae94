/**
 * The permission matrix: every action × a cast of people (citizens, clerks of two counties,
 * two departments' staff, supervisors at province and city level, an administrator, and the
 * issuers of death reports — doctors at a clinic and a hospital, a police officer, a funeral home
 * clerk, a village committee clerk) × two objects (a case in 五华区 530102 and one in 建水县 532524;
 * for the death-report actions, a report issued in each county), against a table written by hand
 * from the roles — not computed from the map it checks.
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
  /** A doctor at a community clinic in 530102. */
  dc102: {
    kind: 'staff',
    role: 'health_issuer',
    departmentCode: null,
    regionCode: '530102',
    institutionCode: '530102-C01',
  },
  /** A doctor at the county hospital in 530102: same role and county, another institution. */
  dh102: {
    kind: 'staff',
    role: 'health_issuer',
    departmentCode: null,
    regionCode: '530102',
    institutionCode: '530102-H01',
  },
  /** A police officer at a police station in 530102 (issues police death proofs). */
  po102: {
    kind: 'staff',
    role: 'police_issuer',
    departmentCode: null,
    regionCode: '530102',
    institutionCode: '530102-P01',
  },
  /** A clerk at the funeral home in 530102. */
  fh102: {
    kind: 'staff',
    role: 'funeral_home_clerk',
    departmentCode: null,
    regionCode: '530102',
    institutionCode: '530102-F01',
  },
  /** A clerk at a village committee in 532524 (registers burials). */
  vc524: {
    kind: 'staff',
    role: 'burial_registrar',
    departmentCode: null,
    regionCode: '532524',
    institutionCode: '532524-V01',
  },
  /** A doctor at a village clinic in 532524. */
  dc524: {
    kind: 'staff',
    role: 'health_issuer',
    departmentCode: null,
    regionCode: '532524',
    institutionCode: '532524-C01',
  },
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

/** A medical certificate issued by the clinic 530102-C01, in 530102. */
const reportInKunming = { regionCode: '530102', institutionCode: '530102-C01' };
/** A burial registration issued by the village committee 532524-V01, in 532524. */
const reportInJianshui = { regionCode: '532524', institutionCode: '532524-V01' };

type Target = typeof inKunming | typeof inJianshui | typeof reportInKunming | typeof reportInJianshui;

/** What each action is taken on: a death report for the report actions, a case for the rest. */
function targetsOf(action: Permission): [Target, Target] {
  return action.startsWith('death_report.') ? [reportInKunming, reportInJianshui] : [inKunming, inJianshui];
}

/**
 * Who may take each action on the 530102 object, and on the 532524 object (the case, or for
 * `death_report.*` the report). Written by hand.
 */
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
  'death_notice.read': ['pa102 ps102', ''],
  'death_notice.acknowledge': ['pa102', ''],
  'supervision.read': ['ps102 sv53 sv5301 ad53', 'sv53 ad53'],
  'follow_up.act': ['ps102 sv53 sv5301 ad53', 'sv53 ad53'],
  'overpayment.read': ['ps102 sv53 sv5301 ad53', 'sv53 ad53'],
  'audit.verify': ['ad53', 'ad53'],
  // Only the institution that issued a report issues, reads and corrects it; reviewers read it too.
  'death_report.issue': ['dc102', 'vc524'],
  'death_report.read': ['dc102 sv53 sv5301 ad53', 'vc524 sv53 ad53'],
  'death_report.correct': ['dc102', 'vc524'],
  // Any citizen may tell the clinic of a death at home; the county's doctors read those reports
  // (the server lists rows to clinics only).
  'home_death.report': ['cA cB cC', 'cA cB cC'],
  'home_death.read': ['dc102 dh102', 'dc524'],
  'death_registry.review': ['sv53 sv5301 ad53', 'sv53 ad53'],
  'offer.respond': ['cA', 'cC'],
  'catalog.manage': ['ad53', 'ad53'],
  'exchange.manage': ['ad53', 'ad53'],
};

const names = (list: string) => list.split(' ').filter(Boolean).sort();

describe('the permission map', () => {
  it('has a hand-written expectation for every action, and no expectation for an action it lacks', () => {
    expect([...PERMISSION_NAMES].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const action of Object.keys(EXPECTED) as Permission[]) {
    it(`lets exactly the right people take "${action}" in 530102 and in 532524`, () => {
      const [kunming, jianshui] = EXPECTED[action];
      const [here, there] = targetsOf(action);
      const allowedOn = (target: Target) =>
        EVERYONE.filter((who) => mayTakeOn(people[who], action, target)).sort();
      expect(allowedOn(here)).toEqual(names(kunming));
      expect(allowedOn(there)).toEqual(names(jianshui));
    });
  }

  it('refuses an action to a role without it before any object is looked at', () => {
    expect(mayTake(people.ps102, 'sub_case.claim')).toBe(false);
    expect(mayTake(people.pa102, 'sub_case.claim')).toBe(true);
    expect(mayTake(people.w102, 'catalog.manage')).toBe(false);
    expect(mayTake(people.cA, 'window.desk')).toBe(false);
    // Another county's sub-case is a matter of scope, not of role: the role may claim.
    expect(mayTake(people.ha102, 'sub_case.claim')).toBe(true);
    // Issuing is the issuers' act alone; a clerk, a reviewer or a citizen never issues.
    expect(mayTake(people.fh102, 'death_report.issue')).toBe(true);
    expect(mayTake(people.po102, 'death_report.correct')).toBe(true);
    expect(mayTake(people.w102, 'death_report.issue')).toBe(false);
    expect(mayTake(people.sv53, 'death_report.issue')).toBe(false);
    expect(mayTake(people.cA, 'death_report.read')).toBe(false);
    // Issuers have nothing of a case: they hand their report to the registry, not to the family.
    expect(mayTake(people.dc102, 'case.read')).toBe(false);
    expect(mayTake(people.fh102, 'window.desk')).toBe(false);
  });

  it("holds an issuer to their own institution's reports, and within their region", () => {
    // A report the funeral home issued is the funeral home's, not the clinic's next door.
    const byFuneralHome = { regionCode: '530102', institutionCode: '530102-F01' };
    expect(mayTakeOn(people.dc102, 'death_report.read', byFuneralHome)).toBe(false);
    expect(mayTakeOn(people.fh102, 'death_report.read', byFuneralHome)).toBe(true);
    expect(mayTakeOn(people.fh102, 'death_report.correct', byFuneralHome)).toBe(true);
    // The same institution code on a report outside the issuer's region is not theirs either.
    const elsewhere = { regionCode: '532524', institutionCode: '530102-C01' };
    expect(mayTakeOn(people.dc102, 'death_report.read', elsewhere)).toBe(false);
    // A report with no institution belongs to no issuer.
    expect(mayTakeOn(people.dc102, 'death_report.read', { regionCode: '530102' })).toBe(false);
  });

  it('gives an issuer without an institution no report at all', () => {
    const orphan: Subject = {
      kind: 'staff',
      role: 'health_issuer',
      departmentCode: null,
      regionCode: '530102',
      institutionCode: null,
    };
    expect(mayTake(orphan, 'death_report.issue')).toBe(true);
    expect(mayTakeOn(orphan, 'death_report.read', reportInKunming)).toBe(false);
    expect(mayTakeOn(orphan, 'death_report.read', { regionCode: '530102', institutionCode: null })).toBe(
      false,
    );
    expect(listScope(orphan, 'death_report.read')).toEqual({
      kind: 'staff',
      regionPrefix: '530102',
      departmentCode: null,
      institutionCode: '-',
    });
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
    // An issuer lists their own institution's reports; a reviewer everything in their region.
    expect(listScope(people.dc102, 'death_report.read')).toEqual({
      kind: 'staff',
      regionPrefix: '530102',
      departmentCode: null,
      institutionCode: '530102-C01',
    });
    expect(listScope(people.sv5301, 'death_report.read')).toStrictEqual({
      kind: 'staff',
      regionPrefix: '5301',
      departmentCode: null,
    });
    expect(listScope(people.dh102, 'home_death.read')).toStrictEqual({
      kind: 'staff',
      regionPrefix: '530102',
      departmentCode: null,
    });
    expect(listScope(people.cA, 'offer.respond')).toEqual({
      kind: 'citizen',
      citizenId: 'citizen-a',
      joined: false,
    });
    expect(listScope(people.cA, 'home_death.report')).toBeNull();
    expect(listScope(people.w102, 'death_registry.review')).toBeNull();
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
  /**
   * The roles a state table lets take an action in any state, people only: not the platform
   * (`system`), nor a department's own system (`exchange`, held to its party by the exchange API).
   */
  function tableRoles(
    table: Record<string, Record<string, { roles: readonly string[] } | undefined>>,
    action: string,
  ) {
    const roles = new Set<string>();
    for (const transitions of Object.values(table)) {
      for (const role of transitions[action]?.roles ?? [])
        if (role !== 'system' && role !== 'exchange') roles.add(role);
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
