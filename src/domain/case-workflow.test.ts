import { describe, expect, it } from 'vitest';
import {
  allSubCasesEnded,
  CASE_ACTIONS,
  CASE_STATES,
  CASE_TRANSITIONS,
  nextCaseState,
  nextSubCaseState,
  SUB_CASE_ACTIONS,
  SUB_CASE_STATES,
  SUB_CASE_TRANSITIONS,
} from './case-workflow.ts';
import { STAFF_ROLES } from './roles.ts';

describe('sub-case state table', () => {
  const expected: Record<string, Record<string, string | null>> = {
    pending: { approve: 'approved', reject: 'rejected' },
    approved: { approve: null, reject: null },
    rejected: { approve: null, reject: null },
  };

  for (const state of SUB_CASE_STATES) {
    for (const action of SUB_CASE_ACTIONS) {
      it(`${state} × ${action}`, () => {
        const result = nextSubCaseState(state, action, 'department_approver');
        const target = expected[state]?.[action] ?? null;
        if (target) expect(result).toEqual({ ok: true, to: target });
        else {
          expect(result).toMatchObject({ ok: false, reason: 'action_not_allowed', state });
          if (!result.ok && result.reason === 'action_not_allowed') {
            expect(result.allowed).toEqual(Object.keys(SUB_CASE_TRANSITIONS[state]));
          }
        }
      });
    }
  }

  for (const role of [...STAFF_ROLES, 'citizen'] as const) {
    it(`only a department approver decides (${role})`, () => {
      const result = nextSubCaseState('pending', 'approve', role);
      expect(result.ok).toBe(role === 'department_approver');
    });
  }
});

describe('case state table', () => {
  for (const state of CASE_STATES) {
    for (const action of CASE_ACTIONS) {
      it(`${state} × ${action}`, () => {
        const result = nextCaseState(state, action, 'system');
        const transition = (CASE_TRANSITIONS[state] as Record<string, { to: string } | undefined>)[action];
        if (transition) expect(result).toEqual({ ok: true, to: transition.to });
        else expect(result).toMatchObject({ ok: false, reason: 'action_not_allowed', state });
      });
    }
  }

  it('no person can complete a case by hand; the system does when all sub-cases end', () => {
    expect(nextCaseState('in_progress', 'complete', 'department_approver').ok).toBe(false);
    expect(allSubCasesEnded(['approved', 'rejected'])).toBe(true);
    expect(allSubCasesEnded(['approved', 'pending'])).toBe(false);
    expect(allSubCasesEnded([])).toBe(false);
  });
});
