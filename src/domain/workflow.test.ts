import { describe, expect, it } from 'vitest';
import { STAFF_ROLES } from './roles.ts';
import {
  allowedCaseActions,
  allSubCasesEnded,
  CASE_ACTIONS,
  CASE_STATES,
  CASE_TABLE,
  nextCaseState,
  nextSubCaseState,
  SUB_CASE_ACTIONS,
  SUB_CASE_STATES,
  SUB_CASE_TABLE,
} from './workflow.ts';

const ROLES = [...STAFF_ROLES, 'citizen', 'system'] as const;

describe('case state table: every state × action × role', () => {
  for (const state of CASE_STATES) {
    for (const action of CASE_ACTIONS) {
      it(`${state} × ${action}`, () => {
        const transition = (
          CASE_TABLE[state] as Record<string, { to: string; roles: readonly string[] } | undefined>
        )[action];
        for (const role of ROLES) {
          const result = nextCaseState(state, action, role);
          if (!transition) {
            expect(result).toEqual({
              ok: false,
              reason: 'action_not_allowed',
              state,
              allowed: Object.keys(CASE_TABLE[state]),
            });
          } else if (transition.roles.includes(role)) {
            expect(result).toEqual({ ok: true, to: transition.to });
          } else {
            expect(result).toMatchObject({ ok: false, reason: 'role_not_allowed', state });
          }
        }
      });
    }
  }

  it('front desk: a clerk accepts, rejects or asks for a correction; the family resubmits', () => {
    expect(nextCaseState('submitted', 'accept', 'window_clerk')).toEqual({ ok: true, to: 'in_progress' });
    expect(nextCaseState('submitted', 'request_correction', 'window_clerk')).toEqual({
      ok: true,
      to: 'correction_requested',
    });
    expect(nextCaseState('correction_requested', 'resubmit', 'citizen')).toEqual({
      ok: true,
      to: 'submitted',
    });
    expect(nextCaseState('submitted', 'accept', 'department_approver').ok).toBe(false);
    expect(allowedCaseActions('submitted', 'window_clerk')).toEqual([
      'accept',
      'reject',
      'request_correction',
    ]);
    expect(allowedCaseActions('submitted', 'citizen')).toEqual([]);
  });

  it('nothing leaves a final state', () => {
    for (const action of CASE_ACTIONS) {
      expect(nextCaseState('rejected', action, 'window_clerk').ok).toBe(false);
      expect(nextCaseState('delivered', action, 'window_clerk').ok).toBe(false);
    }
  });
});

describe('sub-case state table: every state × action × role', () => {
  for (const state of SUB_CASE_STATES) {
    for (const action of SUB_CASE_ACTIONS) {
      it(`${state} × ${action}`, () => {
        const transition = (
          SUB_CASE_TABLE[state] as Record<string, { to: string; roles: readonly string[] } | undefined>
        )[action];
        for (const role of ROLES) {
          const result = nextSubCaseState(state, action, role);
          if (!transition) expect(result).toMatchObject({ ok: false, reason: 'action_not_allowed', state });
          else if (transition.roles.includes(role)) expect(result).toEqual({ ok: true, to: transition.to });
          else expect(result).toMatchObject({ ok: false, reason: 'role_not_allowed' });
        }
      });
    }
  }

  it('a department claims, then completes, rejects or returns; the family supplements', () => {
    expect(nextSubCaseState('pending', 'claim', 'department_approver')).toEqual({
      ok: true,
      to: 'in_review',
    });
    expect(nextSubCaseState('in_review', 'return', 'department_approver')).toEqual({
      ok: true,
      to: 'returned',
    });
    expect(nextSubCaseState('returned', 'supplement', 'window_clerk')).toEqual({ ok: true, to: 'in_review' });
    expect(nextSubCaseState('pending', 'complete', 'department_approver').ok).toBe(false);
    expect(nextSubCaseState('waiting', 'claim', 'department_approver').ok).toBe(false);
  });

  it('a case is ready for delivery only when every sub-case has ended', () => {
    expect(allSubCasesEnded(['completed', 'rejected'])).toBe(true);
    expect(allSubCasesEnded(['completed', 'returned'])).toBe(false);
    expect(allSubCasesEnded([])).toBe(false);
  });
});
