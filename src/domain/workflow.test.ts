/**
 * The two state machines, written out by hand from the documented flow (docs/ARCHITECTURE.md, "The
 * path of a case"): who may do what, in which state, and what the case or sub-case becomes. The
 * expectations here are not read from the tables in workflow.ts, so a wrong entry there fails.
 */
import { describe, expect, it } from 'vitest';
import {
  type Actor,
  allowedCaseActions,
  allowedSubCaseActions,
  allSubCasesEnded,
  type CaseAction,
  type CaseState,
  nextCaseState,
  nextSubCaseState,
  OPEN_CASE_STATES,
  SUB_CASE_CLOCK_PAUSED,
  SUB_CASE_ENDED,
  type SubCaseAction,
  type SubCaseState,
  type TransitionResult,
} from './workflow.ts';

/** Everyone who can ask for a transition: the family, each staff role and the platform itself. */
const EVERYONE: readonly Actor[] = [
  'citizen',
  'window_clerk',
  'department_approver',
  'department_supervisor',
  'supervisor',
  'admin',
  'system',
];

const ALL_CASE_STATES: readonly CaseState[] = [
  'submitted',
  'correction_requested',
  'rejected',
  'in_progress',
  'ready_for_delivery',
  'delivered',
];
const ALL_CASE_ACTIONS: readonly CaseAction[] = [
  'accept',
  'reject',
  'request_correction',
  'resubmit',
  'all_ended',
  'deliver',
];
const ALL_SUB_CASE_STATES: readonly SubCaseState[] = [
  'waiting',
  'pending',
  'in_review',
  'returned',
  'completed',
  'rejected',
  'cancelled',
];
const ALL_SUB_CASE_ACTIONS: readonly SubCaseAction[] = [
  'route',
  'cancel',
  'claim',
  'complete',
  'reject',
  'return',
  'supplement',
  'transfer',
];

/** (state, action, who) → the state it moves to. */
type Move<S, A> = [S, A, Actor, S];
/** (state, action, who) → refused; the roles that may take this action here. */
type WrongRole<S, A> = [S, A, Actor, Actor[]];
/** (state, action, who) → refused; the actions this state allows (to anyone). */
type WrongState<S, A> = [S, A, Actor, A[]];

const name = (row: readonly unknown[]) => `${row[0]} · ${row[1]} · ${row[2]}`;
const moveName = (what: string, [state, action, who, to]: readonly [string, string, Actor, string]) =>
  `${who} may ${action} when the ${what} is ${state}: it becomes ${to}`;
const roleName = (what: string, [state, action, who, roles]: readonly [string, string, Actor, string[]]) =>
  `${who} may not ${action} when the ${what} is ${state}: only ${roles.join(' or ')} may`;
const stateName = (what: string, [state, action, who, now]: readonly [string, string, Actor, string[]]) =>
  `${who} cannot ${action} when the ${what} is ${state}: only ${now.join(', ')} can happen now`;

/** Which roles may act matters to the person refused, not the order they are listed in. */
function rolesInAnyOrder<S>(result: TransitionResult<S>): TransitionResult<S> {
  return !result.ok && result.reason === 'role_not_allowed'
    ? { ...result, allowedRoles: [...result.allowedRoles].sort() }
    : result;
}

// ───────────────────────────── case (办件) ─────────────────────────────

/** Every move a case can make; anything not listed here is refused. */
const CASE_MOVES: Move<CaseState, CaseAction>[] = [
  // Front desk: the window clerk accepts, rejects, or sends one correction notice.
  ['submitted', 'accept', 'window_clerk', 'in_progress'],
  ['submitted', 'reject', 'window_clerk', 'rejected'],
  ['submitted', 'request_correction', 'window_clerk', 'correction_requested'],
  // The family (or the clerk for them, at the window) corrects and resubmits.
  ['correction_requested', 'resubmit', 'citizen', 'submitted'],
  ['correction_requested', 'resubmit', 'window_clerk', 'submitted'],
  // When the last sub-case ends, the platform makes the case ready for delivery.
  ['in_progress', 'all_ended', 'system', 'ready_for_delivery'],
  // Results are handed over at the window or confirmed online by the family (出件).
  ['ready_for_delivery', 'deliver', 'window_clerk', 'delivered'],
  ['ready_for_delivery', 'deliver', 'citizen', 'delivered'],
];

const CASE_WRONG_ROLE: WrongRole<CaseState, CaseAction>[] = [
  ['submitted', 'accept', 'citizen', ['window_clerk']],
  ['submitted', 'accept', 'department_approver', ['window_clerk']],
  ['submitted', 'accept', 'supervisor', ['window_clerk']],
  ['submitted', 'accept', 'admin', ['window_clerk']],
  ['submitted', 'accept', 'system', ['window_clerk']],
  ['submitted', 'reject', 'department_supervisor', ['window_clerk']],
  ['submitted', 'request_correction', 'citizen', ['window_clerk']],
  ['correction_requested', 'resubmit', 'department_approver', ['citizen', 'window_clerk']],
  ['correction_requested', 'resubmit', 'admin', ['citizen', 'window_clerk']],
  ['in_progress', 'all_ended', 'window_clerk', ['system']],
  ['in_progress', 'all_ended', 'department_approver', ['system']],
  ['ready_for_delivery', 'deliver', 'department_approver', ['window_clerk', 'citizen']],
  ['ready_for_delivery', 'deliver', 'system', ['window_clerk', 'citizen']],
];

const CASE_WRONG_STATE: WrongState<CaseState, CaseAction>[] = [
  ['submitted', 'resubmit', 'citizen', ['accept', 'reject', 'request_correction']],
  ['submitted', 'deliver', 'window_clerk', ['accept', 'reject', 'request_correction']],
  ['submitted', 'all_ended', 'system', ['accept', 'reject', 'request_correction']],
  ['correction_requested', 'accept', 'window_clerk', ['resubmit']],
  ['correction_requested', 'request_correction', 'window_clerk', ['resubmit']],
  ['in_progress', 'accept', 'window_clerk', ['all_ended']],
  ['in_progress', 'reject', 'window_clerk', ['all_ended']],
  ['in_progress', 'deliver', 'window_clerk', ['all_ended']],
  ['ready_for_delivery', 'all_ended', 'system', ['deliver']],
  ['ready_for_delivery', 'reject', 'window_clerk', ['deliver']],
];

/** The actions each person is offered on a case, by state; anyone not named is offered nothing. */
const CASE_OFFERED: [CaseState, Partial<Record<Actor, CaseAction[]>>][] = [
  ['submitted', { window_clerk: ['accept', 'reject', 'request_correction'] }],
  ['correction_requested', { citizen: ['resubmit'], window_clerk: ['resubmit'] }],
  ['rejected', {}],
  ['in_progress', { system: ['all_ended'] }],
  ['ready_for_delivery', { window_clerk: ['deliver'], citizen: ['deliver'] }],
  ['delivered', {}],
];

describe('a case at the front desk and at delivery', () => {
  describe('moves as the window, the family and the platform are allowed to move it', () => {
    it.each(CASE_MOVES.map((row) => [moveName('case', row), ...row] as const))(
      '%s',
      (_, state, action, who, to) => {
        expect(nextCaseState(state, action, who)).toEqual({ ok: true, to });
      },
    );
  });

  describe('refuses someone who may not take the action, and says who may', () => {
    it.each(CASE_WRONG_ROLE.map((row) => [roleName('case', row), ...row] as const))(
      '%s',
      (_, state, action, who, allowedRoles) => {
        expect(rolesInAnyOrder(nextCaseState(state, action, who))).toEqual({
          ok: false,
          reason: 'role_not_allowed',
          state,
          allowedRoles: [...allowedRoles].sort(),
        });
      },
    );
  });

  describe('refuses an action out of turn, and says what can be done now', () => {
    it.each(CASE_WRONG_STATE.map((row) => [stateName('case', row), ...row] as const))(
      '%s',
      (_, state, action, who, allowed) => {
        expect(nextCaseState(state, action, who)).toEqual({
          ok: false,
          reason: 'action_not_allowed',
          state,
          allowed,
        });
      },
    );
  });

  it.each(['rejected', 'delivered'] as const)('a %s case is final: nobody can do anything to it', (state) => {
    for (const action of ALL_CASE_ACTIONS) {
      for (const who of EVERYONE) {
        expect(nextCaseState(state, action, who), `${action} by ${who}`).toEqual({
          ok: false,
          reason: 'action_not_allowed',
          state,
          allowed: [],
        });
      }
    }
  });

  it('allows nothing beyond the moves listed above', () => {
    const listed = new Set(CASE_MOVES.map(name));
    for (const state of ALL_CASE_STATES) {
      for (const action of ALL_CASE_ACTIONS) {
        for (const who of EVERYONE) {
          if (listed.has(name([state, action, who]))) continue;
          expect(nextCaseState(state, action, who).ok, name([state, action, who])).toBe(false);
        }
      }
    }
  });

  it.each(CASE_OFFERED)('offers each person only their own actions when the case is %s', (state, offered) => {
    for (const who of EVERYONE) {
      expect(allowedCaseActions(state, who), who).toEqual(offered[who] ?? []);
    }
  });

  it('counts a case as open until it is rejected or delivered, so a second application joins it', () => {
    expect([...OPEN_CASE_STATES].sort()).toEqual(
      ['correction_requested', 'in_progress', 'ready_for_delivery', 'submitted'].sort(),
    );
  });
});

// ───────────────────────────── sub-case (子件) ─────────────────────────────

const REMOTE_ASSISTANCE_PENDING: Actor[] = ['department_approver', 'department_supervisor', 'window_clerk'];
const REMOTE_ASSISTANCE_IN_REVIEW: Actor[] = ['department_approver', 'department_supervisor'];

/** Every move a sub-case can make; anything not listed here is refused. */
const SUB_CASE_MOVES: Move<SubCaseState, SubCaseAction>[] = [
  // A sub-case waits until its case is accepted, then goes to its department; a rejected case's
  // waiting sub-cases are cancelled.
  ['waiting', 'route', 'system', 'pending'],
  ['waiting', 'cancel', 'system', 'cancelled'],
  // The department's approver claims it, or the department's own system through the exchange.
  ['pending', 'claim', 'department_approver', 'in_review'],
  ['pending', 'claim', 'exchange', 'in_review'],
  // Remote assistance (远程协办): handed to another county, where it waits to be claimed again.
  ['pending', 'transfer', 'department_approver', 'pending'],
  ['pending', 'transfer', 'department_supervisor', 'pending'],
  ['pending', 'transfer', 'window_clerk', 'pending'],
  ['in_review', 'transfer', 'department_approver', 'pending'],
  ['in_review', 'transfer', 'department_supervisor', 'pending'],
  // The approver completes it with a result, refuses it, or returns it for more information.
  ['in_review', 'complete', 'department_approver', 'completed'],
  ['in_review', 'reject', 'department_approver', 'rejected'],
  ['in_review', 'return', 'department_approver', 'returned'],
  ['in_review', 'complete', 'exchange', 'completed'],
  ['in_review', 'reject', 'exchange', 'rejected'],
  ['in_review', 'return', 'exchange', 'returned'],
  // The family, or the window for them, answers; the department takes it up again.
  ['returned', 'supplement', 'citizen', 'in_review'],
  ['returned', 'supplement', 'window_clerk', 'in_review'],
];

/** Who handles a sub-case at its department: the approver, or the department's own system. */
const DEPARTMENT_HANDLERS: Actor[] = ['department_approver', 'exchange'];

const SUB_CASE_WRONG_ROLE: WrongRole<SubCaseState, SubCaseAction>[] = [
  ['waiting', 'route', 'window_clerk', ['system']],
  ['waiting', 'route', 'department_approver', ['system']],
  ['waiting', 'cancel', 'window_clerk', ['system']],
  ['pending', 'claim', 'department_supervisor', DEPARTMENT_HANDLERS],
  ['pending', 'claim', 'window_clerk', DEPARTMENT_HANDLERS],
  ['pending', 'claim', 'supervisor', DEPARTMENT_HANDLERS],
  ['pending', 'transfer', 'citizen', REMOTE_ASSISTANCE_PENDING],
  ['pending', 'transfer', 'admin', REMOTE_ASSISTANCE_PENDING],
  ['in_review', 'complete', 'department_supervisor', DEPARTMENT_HANDLERS],
  ['in_review', 'complete', 'window_clerk', DEPARTMENT_HANDLERS],
  ['in_review', 'complete', 'citizen', DEPARTMENT_HANDLERS],
  ['in_review', 'reject', 'supervisor', DEPARTMENT_HANDLERS],
  ['in_review', 'return', 'admin', DEPARTMENT_HANDLERS],
  ['in_review', 'transfer', 'window_clerk', REMOTE_ASSISTANCE_IN_REVIEW],
  ['returned', 'supplement', 'department_approver', ['citizen', 'window_clerk']],
  ['returned', 'supplement', 'system', ['citizen', 'window_clerk']],
  // A department's own system decides its sub-cases; it does not hand them on or answer for the family.
  ['pending', 'transfer', 'exchange', REMOTE_ASSISTANCE_PENDING],
  ['returned', 'supplement', 'exchange', ['citizen', 'window_clerk']],
];

const SUB_CASE_WRONG_STATE: WrongState<SubCaseState, SubCaseAction>[] = [
  ['waiting', 'claim', 'department_approver', ['route', 'cancel']],
  ['waiting', 'transfer', 'department_approver', ['route', 'cancel']],
  ['pending', 'complete', 'department_approver', ['claim', 'transfer']],
  ['pending', 'return', 'department_approver', ['claim', 'transfer']],
  ['pending', 'cancel', 'system', ['claim', 'transfer']],
  ['pending', 'route', 'system', ['claim', 'transfer']],
  ['in_review', 'claim', 'department_approver', ['complete', 'reject', 'return', 'transfer']],
  ['in_review', 'supplement', 'citizen', ['complete', 'reject', 'return', 'transfer']],
  ['returned', 'complete', 'department_approver', ['supplement']],
  ['returned', 'reject', 'department_approver', ['supplement']],
  ['returned', 'transfer', 'department_approver', ['supplement']],
];

/** The actions each person is offered on a sub-case, by state; anyone not named is offered nothing. */
const SUB_CASE_OFFERED: [SubCaseState, Partial<Record<Actor, SubCaseAction[]>>][] = [
  ['waiting', { system: ['route', 'cancel'] }],
  [
    'pending',
    {
      department_approver: ['claim', 'transfer'],
      department_supervisor: ['transfer'],
      window_clerk: ['transfer'],
    },
  ],
  [
    'in_review',
    {
      department_approver: ['complete', 'reject', 'return', 'transfer'],
      department_supervisor: ['transfer'],
    },
  ],
  ['returned', { citizen: ['supplement'], window_clerk: ['supplement'] }],
  ['completed', {}],
  ['rejected', {}],
  ['cancelled', {}],
];

/** Every action a state allows, whoever takes it. */
const SUB_CASE_ANY_ROLE: [SubCaseState, SubCaseAction[]][] = [
  ['waiting', ['route', 'cancel']],
  ['pending', ['claim', 'transfer']],
  ['in_review', ['complete', 'reject', 'return', 'transfer']],
  ['returned', ['supplement']],
  ['completed', []],
  ['rejected', []],
  ['cancelled', []],
];

describe('a sub-case at its department', () => {
  describe('moves as the department, the family, the window and the platform are allowed to move it', () => {
    it.each(SUB_CASE_MOVES.map((row) => [moveName('sub-case', row), ...row] as const))(
      '%s',
      (_, state, action, who, to) => {
        expect(nextSubCaseState(state, action, who)).toEqual({ ok: true, to });
      },
    );
  });

  describe('refuses someone who may not take the action, and says who may', () => {
    it.each(SUB_CASE_WRONG_ROLE.map((row) => [roleName('sub-case', row), ...row] as const))(
      '%s',
      (_, state, action, who, allowedRoles) => {
        expect(rolesInAnyOrder(nextSubCaseState(state, action, who))).toEqual({
          ok: false,
          reason: 'role_not_allowed',
          state,
          allowedRoles: [...allowedRoles].sort(),
        });
      },
    );
  });

  describe('refuses an action out of turn, and says what can be done now', () => {
    it.each(SUB_CASE_WRONG_STATE.map((row) => [stateName('sub-case', row), ...row] as const))(
      '%s',
      (_, state, action, who, allowed) => {
        expect(nextSubCaseState(state, action, who)).toEqual({
          ok: false,
          reason: 'action_not_allowed',
          state,
          allowed,
        });
      },
    );
  });

  it.each(['completed', 'rejected', 'cancelled'] as const)(
    'a %s sub-case is final: nobody can do anything to it',
    (state) => {
      for (const action of ALL_SUB_CASE_ACTIONS) {
        for (const who of EVERYONE) {
          expect(nextSubCaseState(state, action, who), `${action} by ${who}`).toEqual({
            ok: false,
            reason: 'action_not_allowed',
            state,
            allowed: [],
          });
        }
      }
    },
  );

  it('allows nothing beyond the moves listed above', () => {
    const listed = new Set(SUB_CASE_MOVES.map(name));
    for (const state of ALL_SUB_CASE_STATES) {
      for (const action of ALL_SUB_CASE_ACTIONS) {
        for (const who of EVERYONE) {
          if (listed.has(name([state, action, who]))) continue;
          expect(nextSubCaseState(state, action, who).ok, name([state, action, who])).toBe(false);
        }
      }
    }
  });

  it.each(SUB_CASE_OFFERED)(
    'offers each person only their own actions when the sub-case is %s',
    (state, offered) => {
      for (const who of EVERYONE) {
        expect(allowedSubCaseActions(state, who), who).toEqual(offered[who] ?? []);
      }
    },
  );

  it.each(SUB_CASE_ANY_ROLE)(
    'lists every action possible when the sub-case is %s, for anyone',
    (state, all) => {
      expect(allowedSubCaseActions(state)).toEqual(all);
    },
  );

  it('counts completed, refused and cancelled sub-cases as ended, and stops the clock only while returned', () => {
    expect([...SUB_CASE_ENDED].sort()).toEqual(['cancelled', 'completed', 'rejected']);
    expect([...SUB_CASE_CLOCK_PAUSED]).toEqual(['returned']);
  });

  it('makes a case ready for delivery only when every sub-case has ended', () => {
    expect(allSubCasesEnded(['completed', 'rejected'])).toBe(true);
    expect(allSubCasesEnded(['completed', 'cancelled'])).toBe(true);
    expect(allSubCasesEnded(['completed', 'returned'])).toBe(false);
    expect(allSubCasesEnded(['completed', 'in_review'])).toBe(false);
    expect(allSubCasesEnded(['pending'])).toBe(false);
    expect(allSubCasesEnded([])).toBe(false);
  });
});

// ───────────────────────────── invariants ─────────────────────────────

/** States reachable from `start` by any sequence of allowed moves, by anyone. */
function reachable<S extends string, A extends string>(
  start: S,
  states: readonly S[],
  actions: readonly A[],
  next: (state: S, action: A, who: Actor) => { ok: true; to: S } | { ok: false },
): Set<S> {
  const seen = new Set<S>([start]);
  const queue = [start];
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    for (const action of actions) {
      for (const who of EVERYONE) {
        const result = next(state, action, who);
        if (result.ok && !seen.has(result.to)) {
          seen.add(result.to);
          queue.push(result.to);
        }
      }
    }
  }
  return new Set(states.filter((s) => seen.has(s)));
}

describe('the workflow as a whole', () => {
  it('can bring a newly submitted case to every state', () => {
    expect(reachable('submitted', ALL_CASE_STATES, ALL_CASE_ACTIONS, nextCaseState)).toEqual(
      new Set(ALL_CASE_STATES),
    );
  });

  it('can bring a waiting sub-case to every state', () => {
    expect(reachable('waiting', ALL_SUB_CASE_STATES, ALL_SUB_CASE_ACTIONS, nextSubCaseState)).toEqual(
      new Set(ALL_SUB_CASE_STATES),
    );
  });

  it('lets every open case still reach an end: rejected or delivered', () => {
    for (const state of OPEN_CASE_STATES) {
      const ends = reachable(state, ALL_CASE_STATES, ALL_CASE_ACTIONS, nextCaseState);
      expect(ends.has('rejected') || ends.has('delivered'), state).toBe(true);
    }
  });

  it('lets every sub-case that has not ended still reach an end', () => {
    for (const state of ALL_SUB_CASE_STATES.filter((s) => !SUB_CASE_ENDED.includes(s))) {
      const ends = reachable(state, ALL_SUB_CASE_STATES, ALL_SUB_CASE_ACTIONS, nextSubCaseState);
      expect(
        ['completed', 'rejected', 'cancelled'].some((end) => ends.has(end as SubCaseState)),
        state,
      ).toBe(true);
    }
  });
});
