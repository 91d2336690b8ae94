/**
 * The joint handling's two state machines — a case (办件) at the front desk and a sub-case (子件)
 * at its department — as tables: for each state, the actions allowed and the roles allowed to take
 * them. This file is the one place to read to understand the workflow. Every transition elsewhere
 * goes through `nextCaseState` / `nextSubCaseState`; a wrong action is answered with the current
 * state and the actions that are allowed.
 *
 * Case: submitted → (accept) in_progress → (all sub-cases ended) ready_for_delivery → (deliver)
 * delivered. At the front desk a case may instead be rejected (不予受理) or sent one correction
 * notice (补正告知), after which the family resubmits.
 *
 * Sub-case: waiting (until the case is accepted) → pending (routed to the department) → claim →
 * in_review → complete with a typed result (办结) | reject with a reason (不予办理) | return for
 * more information (退回补充, through the window) → the family supplements → in_review.
 */
import type { RoleName } from './roles.ts';

/**
 * Who takes a transition: a person in a role, the platform itself (`system`), or a department's
 * own business system through the exchange API (`exchange`), held to that party's sub-cases.
 */
export type Actor = RoleName | 'system' | 'exchange';

interface Transition<S extends string> {
  to: S;
  roles: readonly Actor[];
}

export const CASE_STATES = [
  'submitted',
  'correction_requested',
  'rejected',
  'in_progress',
  'ready_for_delivery',
  'delivered',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const CASE_ACTIONS = [
  'accept',
  'reject',
  'request_correction',
  'resubmit',
  'all_ended',
  'deliver',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const CASE_TABLE = {
  submitted: {
    accept: { to: 'in_progress', roles: ['window_clerk'] },
    reject: { to: 'rejected', roles: ['window_clerk'] },
    request_correction: { to: 'correction_requested', roles: ['window_clerk'] },
  },
  correction_requested: {
    resubmit: { to: 'submitted', roles: ['citizen', 'window_clerk'] },
  },
  rejected: {},
  in_progress: {
    all_ended: { to: 'ready_for_delivery', roles: ['system'] },
  },
  ready_for_delivery: {
    deliver: { to: 'delivered', roles: ['window_clerk', 'citizen'] },
  },
  delivered: {},
} as const satisfies Record<CaseState, Partial<Record<CaseAction, Transition<CaseState>>>>;

export const CASE_STATE_LABELS: Record<CaseState, { zh: string; en: string }> = {
  submitted: { zh: '待受理', en: 'Awaiting acceptance' },
  correction_requested: { zh: '待补正', en: 'Correction needed' },
  rejected: { zh: '不予受理', en: 'Not accepted' },
  in_progress: { zh: '办理中', en: 'In progress' },
  ready_for_delivery: { zh: '待出件', en: 'Ready for delivery' },
  delivered: { zh: '已办结', en: 'Completed' },
};

export const SUB_CASE_STATES = [
  'waiting',
  'pending',
  'in_review',
  'returned',
  'completed',
  'rejected',
  'cancelled',
] as const;
export type SubCaseState = (typeof SUB_CASE_STATES)[number];

export const SUB_CASE_ACTIONS = [
  'route',
  'cancel',
  'claim',
  'complete',
  'reject',
  'return',
  'supplement',
  'transfer',
] as const;
export type SubCaseAction = (typeof SUB_CASE_ACTIONS)[number];

/** A department's approver at the workbench, or its own system through the exchange. */
const DEPARTMENT: readonly Actor[] = ['department_approver', 'exchange'];

export const SUB_CASE_TABLE = {
  waiting: {
    route: { to: 'pending', roles: ['system'] },
    cancel: { to: 'cancelled', roles: ['system'] },
  },
  pending: {
    claim: { to: 'in_review', roles: DEPARTMENT },
    // Remote assistance (远程协办): hand the sub-case to the competent office of another region.
    transfer: { to: 'pending', roles: ['department_approver', 'department_supervisor', 'window_clerk'] },
  },
  in_review: {
    complete: { to: 'completed', roles: DEPARTMENT },
    reject: { to: 'rejected', roles: DEPARTMENT },
    return: { to: 'returned', roles: DEPARTMENT },
    transfer: { to: 'pending', roles: ['department_approver', 'department_supervisor'] },
  },
  returned: {
    supplement: { to: 'in_review', roles: ['window_clerk', 'citizen'] },
  },
  completed: {},
  rejected: {},
  cancelled: {},
} as const satisfies Record<SubCaseState, Partial<Record<SubCaseAction, Transition<SubCaseState>>>>;

export const SUB_CASE_STATE_LABELS: Record<SubCaseState, { zh: string; en: string }> = {
  waiting: { zh: '待受理后办理', en: 'Waits for acceptance' },
  pending: { zh: '待办理', en: 'Waiting for the department' },
  in_review: { zh: '办理中', en: 'Being handled' },
  returned: { zh: '待补充材料', en: 'More information needed' },
  completed: { zh: '已办结', en: 'Done' },
  rejected: { zh: '不予办理', en: 'Refused' },
  cancelled: { zh: '已撤销', en: 'Cancelled' },
};

/**
 * Case states in which a case is still open: a second application for the same deceased is not a
 * new case (the database's partial unique index `case_one_open_per_deceased` lists the same).
 */
export const OPEN_CASE_STATES: readonly CaseState[] = [
  'submitted',
  'correction_requested',
  'in_progress',
  'ready_for_delivery',
];

/** Sub-case states in which the department's work has ended. */
export const SUB_CASE_ENDED: readonly SubCaseState[] = ['completed', 'rejected', 'cancelled'];
/** Sub-case states in which the time limit clock is stopped (waiting on the family). */
export const SUB_CASE_CLOCK_PAUSED: readonly SubCaseState[] = ['returned'];

export type TransitionResult<S> =
  | { ok: true; to: S }
  | { ok: false; reason: 'action_not_allowed'; state: S; allowed: string[] }
  | { ok: false; reason: 'role_not_allowed'; state: S; allowedRoles: string[] };

function next<S extends string, A extends string>(
  table: Record<S, Partial<Record<A, Transition<S>>>>,
  state: S,
  action: A,
  role: Actor,
): TransitionResult<S> {
  const row = table[state];
  if (!row) return { ok: false, reason: 'action_not_allowed', state, allowed: [] };
  const transition = row[action];
  if (!transition) return { ok: false, reason: 'action_not_allowed', state, allowed: Object.keys(row) };
  if (!transition.roles.includes(role))
    return { ok: false, reason: 'role_not_allowed', state, allowedRoles: [...transition.roles] };
  return { ok: true, to: transition.to };
}

export function nextCaseState(
  state: CaseState,
  action: CaseAction,
  role: Actor,
): TransitionResult<CaseState> {
  return next<CaseState, CaseAction>(CASE_TABLE, state, action, role);
}

export function nextSubCaseState(
  state: SubCaseState,
  action: SubCaseAction,
  role: Actor,
): TransitionResult<SubCaseState> {
  return next<SubCaseState, SubCaseAction>(SUB_CASE_TABLE, state, action, role);
}

/** Actions a given role may take now (for buttons); the table stays the authority. */
export function allowedCaseActions(state: CaseState, role: Actor): CaseAction[] {
  return (Object.entries(CASE_TABLE[state]) as [CaseAction, Transition<CaseState>][])
    .filter(([, t]) => t.roles.includes(role))
    .map(([a]) => a);
}

export function allowedSubCaseActions(state: SubCaseState, role?: Actor): SubCaseAction[] {
  return (Object.entries(SUB_CASE_TABLE[state]) as [SubCaseAction, Transition<SubCaseState>][])
    .filter(([, t]) => role === undefined || t.roles.includes(role))
    .map(([a]) => a);
}

/** The case is ready for delivery when every sub-case has ended. */
export function allSubCasesEnded(states: readonly SubCaseState[]): boolean {
  return states.length > 0 && states.every((s) => SUB_CASE_ENDED.includes(s));
}

/** The typed result a department records when it completes a sub-case, by the matter's result type. */
export type SubCaseResult =
  | { type: 'certificate'; documentNumber: string; issuedOn: string }
  | { type: 'cancellation'; cancelledOn: string; documentNumber?: string }
  | { type: 'payment'; amountYuan: string; paidOn: string; accountMasked: string }
  | { type: 'inquiry-result'; documentNumber: string; summary: string }
  | { type: 'termination'; effectiveOn: string };
