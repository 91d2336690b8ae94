/**
 * Who is making a request: nobody, a citizen (signed in through OpenID Connect) or a staff member
 * (password, scoped by role, department and region). Resolved once per request from the session.
 */
import { eq } from 'drizzle-orm';
import type { DepartmentCode } from '../../domain/departments.ts';
import { ROLE_LABELS, type StaffRole } from '../../domain/roles.ts';
import type { Actor } from '../audit/audit-log.ts';
import type { Executor } from '../db/database.ts';
import { departments, institutions, regions, staffAccounts } from '../db/schema.ts';
import type { SessionLookup } from './sessions.ts';

export interface StaffPrincipal {
  kind: 'staff';
  id: string;
  username: string;
  displayName: string;
  role: StaffRole;
  departmentCode: DepartmentCode | null;
  regionCode: string;
  /** An issuer's institution (hospital, police station, funeral home, committee); else null. */
  institutionCode: string | null;
  isDemo: boolean;
}

export interface CitizenPrincipal {
  kind: 'citizen';
  id: string;
  name: string;
}

export type Principal = StaffPrincipal | CitizenPrincipal;

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    sessionState: SessionLookup['status'];
    sessionToken: string | undefined;
  }
}

export async function loadStaffPrincipal(db: Executor, id: string): Promise<StaffPrincipal | null> {
  const [row] = await db.select().from(staffAccounts).where(eq(staffAccounts.id, id)).limit(1);
  if (!row) return null;
  const role = row.role as StaffRole;
  const departmentCode = (row.departmentCode as DepartmentCode | null) ?? null;
  return {
    kind: 'staff',
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role,
    departmentCode,
    regionCode: row.regionCode,
    institutionCode: row.institutionCode ?? null,
    isDemo: row.isDemo,
  };
}

export function actorOf(principal: Principal): Actor {
  return principal.kind === 'staff'
    ? { kind: 'staff', id: principal.id, label: `${principal.username}` }
    : { kind: 'citizen', id: principal.id, label: `citizen:${principal.id.slice(0, 8)}` };
}

export async function describeStaff(db: Executor, principal: StaffPrincipal) {
  const [region] = await db.select().from(regions).where(eq(regions.code, principal.regionCode)).limit(1);
  const [institution] = principal.institutionCode
    ? await db.select().from(institutions).where(eq(institutions.code, principal.institutionCode)).limit(1)
    : [];
  const [department] = principal.departmentCode
    ? await db.select().from(departments).where(eq(departments.code, principal.departmentCode)).limit(1)
    : [];
  return {
    kind: 'staff' as const,
    id: principal.id,
    username: principal.username,
    displayName: principal.displayName,
    role: principal.role,
    roleLabelZh: ROLE_LABELS[principal.role].zh,
    roleLabelEn: ROLE_LABELS[principal.role].en,
    departmentCode: principal.departmentCode,
    departmentNameZh: department?.nameZh ?? null,
    departmentNameEn: department?.nameEn ?? null,
    institutionCode: principal.institutionCode,
    institutionNameZh: institution?.nameZh ?? null,
    institutionNameEn: institution?.nameEn ?? null,
    institutionKind: institution?.kind ?? null,
    regionCode: principal.regionCode,
    regionNameZh: region?.nameZh ?? principal.regionCode,
    regionNameEn: region?.nameEn ?? principal.regionCode,
  };
}
