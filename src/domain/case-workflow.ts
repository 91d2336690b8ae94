/**
 * The state tables of a case (办件) and of a sub-case (子件): for each state, the actions allowed
 * and who may take them. This file is the one place to read to understand the workflow; every
 * transition elsewhere goes through `nextCaseState` / `nextSubCaseState`.
 *
 * The path today: the family submits (submitted → in_progress as soon as the sub-cases are routed),
 * each department approves or rejects its sub-case, and when every sub-case has ended the case is
 * completed (办结).
 */
import type { RoleName } from './roles.ts';

export const CASE_STATES = ['submitted', 'in_progress', 'completed'] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const SUB_CASE_STATES = ['pending', 'approved', 'rejected'] as const;
export type SubCaseState = (typeof SUB_CASE_STATES)[number];

export const SUB_CASE_ACTIONS = ['approve', 'reject'] as const;
export type SubCaseAction = (typeof SUB_CASE_ACTIONS)[number];

export const CASE_ACTIONS = ['route', 'complete'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

interface Transition<S, R> {
  to: S;
  roles: readonly R[];
}

type ActorRole = RoleName | 'system';

export const SUB_CASE_TRANSITIONS = {
  pending: {
    approve: { to: 'approved', roles: ['department_approver'] },
    reject: { to: 'rejected', roles: ['department_approver'] },
  },
  approved: {},
  rejected: {},
} as const satisfies Record<
  SubCaseState,
  Partial<Record<SubCaseAction, Transition<SubCaseState, ActorRole>>>
>;

export const CASE_TRANSITIONS = {
  submitted: {
    route: { to: 'in_progress', roles: ['system'] },
  },
  in_progress: {
    complete: { to: 'completed', roles: ['system'] },
  },
  completed: {},
} as const satisfies Record<CaseState, Partial<Record<CaseAction, Transition<CaseState, ActorRole>>>>;

/** Sub-case states in which the department's work has ended (办结 or 不予办理). */
export const SUB_CASE_ENDED: readonly SubCaseState[] = ['approved', 'rejected'];

export type TransitionResult<S> =
  | { ok: true; to: S }
  | { ok: false; reason: 'action_not_allowed'; state: S; allowed: string[] }
  | { ok: false; reason: 'role_not_allowed'; state: S; allowedRoles: string[] };

function next<S extends string, A extends string>(
  table: Record<S, Partial<Record<A, Transition<S, ActorRole>>>>,
  state: S,
  action: A,
  role: ActorRole,
): TransitionResult<S> {
  const row = table[state];
  const transition = row[action];
  if (!transition) return { ok: false, reason: 'action_not_allowed', state, allowed: Object.keys(row) };
  if (!transition.roles.includes(role)) {
    return { ok: false, reason: 'role_not_allowed', state, allowedRoles: [...transition.roles] };
  }
  return { ok: true, to: transition.to };
}

export function nextSubCaseState(
  state: SubCaseState,
  action: SubCaseAction,
  role: ActorRole,
): TransitionResult<SubCaseState> {
  return next<SubCaseState, SubCaseAction>(SUB_CASE_TRANSITIONS, state, action, role);
}

export function nextCaseState(
  state: CaseState,
  action: CaseAction,
  role: ActorRole,
): TransitionResult<CaseState> {
  return next<CaseState, CaseAction>(CASE_TRANSITIONS, state, action, role);
}

export function allowedSubCaseActions(state: SubCaseState): SubCaseAction[] {
  return Object.keys(SUB_CASE_TRANSITIONS[state]) as SubCaseAction[];
}

/** The case is completed when every sub-case has ended. */
export function allSubCasesEnded(states: readonly SubCaseState[]): boolean {
  return states.length > 0 && states.every((s) => SUB_CASE_ENDED.includes(s));
}
