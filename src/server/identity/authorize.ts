/**
 * The API's one check of the permission map (`domain/permissions.ts`): a route names the action,
 * `authorize*` answers who is asking or refuses (UNAUTHENTICATED, SESSION_EXPIRED, FORBIDDEN);
 * commands and queries hold the object to the action's scope with `inScope`, or build their SQL
 * filter with `scopeCondition` — the same rule either way.
 */
import { and, eq, like, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { FastifyRequest } from 'fastify';
import {
  listScope,
  mayTake,
  mayTakeOn,
  type Permission,
  type Subject,
  type Target,
} from '../../domain/permissions.ts';
import { AppError, type ErrorCode } from '../errors.ts';
import type { CitizenPrincipal, Principal, StaffPrincipal } from './principal.ts';

export function subjectOf(principal: Principal): Subject {
  return principal.kind === 'citizen'
    ? { kind: 'citizen', id: principal.id }
    : {
        kind: 'staff',
        role: principal.role,
        departmentCode: principal.departmentCode,
        regionCode: principal.regionCode,
        institutionCode: principal.institutionCode,
      };
}

/** Who is asking, if they may take the action at all; else the refusal. */
export function authorize(request: FastifyRequest, action: Permission): Principal {
  const principal = request.principal;
  if (!principal) {
    throw new AppError(request.sessionState === 'expired' ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
  }
  if (!mayTake(subjectOf(principal), action)) throw new AppError('FORBIDDEN');
  return principal;
}

export function authorizeStaff(request: FastifyRequest, action: Permission): StaffPrincipal {
  const principal = authorize(request, action);
  if (principal.kind !== 'staff') throw new AppError('FORBIDDEN');
  return principal;
}

export function authorizeCitizen(request: FastifyRequest, action: Permission): CitizenPrincipal {
  const principal = authorize(request, action);
  if (principal.kind !== 'citizen') throw new AppError('FORBIDDEN');
  return principal;
}

export function inScope(principal: Principal, action: Permission, target: Target): boolean {
  return mayTakeOn(subjectOf(principal), action, target);
}

/**
 * Refuse an object outside the person's scope as if it did not exist, so that nobody learns what
 * is there by being refused.
 */
export function assertInScope(
  principal: Principal,
  action: Permission,
  target: Target,
  notFound: ErrorCode = 'NOT_FOUND',
): void {
  if (!inScope(principal, action, target)) throw new AppError(notFound);
}

/**
 * The rows a staff member may list for an action: region beneath theirs, and their department
 * when the action holds them to it. (Citizens' lists are by their own id; see the case queries.)
 */
export function scopeCondition(
  principal: StaffPrincipal,
  action: Permission,
  columns: { region: PgColumn; department?: PgColumn; institution?: PgColumn },
): SQL | undefined {
  const scope = listScope(subjectOf(principal), action);
  if (scope?.kind !== 'staff') throw new AppError('FORBIDDEN');
  const inRegion = like(columns.region, `${scope.regionPrefix}%`);
  if (scope.institutionCode !== undefined) {
    if (!columns.institution) throw new AppError('FORBIDDEN');
    return and(inRegion, eq(columns.institution, scope.institutionCode));
  }
  if (scope.departmentCode === null || !columns.department) return inRegion;
  return and(inRegion, eq(columns.department, scope.departmentCode));
}
