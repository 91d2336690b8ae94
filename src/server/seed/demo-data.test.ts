/**
 * The demo data carries every case to delivery: in every county where the service runs, each
 * matter a family may apply for has a demo approver of its department, and each issuer's act has
 * a demo institution (and account) of the kind that issues it.
 */
import { describe, expect, it } from 'vitest';
import { INSTITUTION_ISSUES } from '../../domain/death-registry.ts';
import { loadCatalogFromFolder } from '../catalog/catalog-files.ts';
import { DEMO_INSTITUTIONS, DEMO_STAFF } from './demo-data.ts';

const catalog = loadCatalogFromFolder();
const counties = catalog.profiles.flatMap((profile) =>
  profile.regions.filter((r) => r.level === 'county').map((region) => ({ profile, region })),
);

describe('the demo data', () => {
  it('has an approver for every matter applied for, in every county', () => {
    const missing: string[] = [];
    for (const { profile, region } of counties) {
      for (const rule of profile.matters) {
        const matter = catalog.matters.find((m) => m.code === rule.matter);
        if (!matter?.needsApplication) continue;
        const approver = DEMO_STAFF.find(
          (s) =>
            s.role === 'department_approver' &&
            s.departmentCode === matter.department &&
            s.regionCode === region.code,
        );
        if (!approver) missing.push(`${region.code} ${matter.department} (${matter.code})`);
      }
    }
    // Counties outside the pilots (盘龙区) are in the catalog for the guide only.
    expect(missing.filter((m) => !m.startsWith('530103'))).toEqual([]);
  });

  it('has an issuer for every issuer’s act, in every pilot county and Yueyang', () => {
    const pilots = counties.filter(({ region }) => region.pilot || region.code === '430621');
    expect(pilots.length).toBe(5);
    for (const { profile, region } of pilots) {
      for (const rule of profile.matters) {
        const matter = catalog.matters.find((m) => m.code === rule.matter);
        if (!matter?.issuedBy) continue;
        // A burial area has no funeral home to record cremations, and a cremation area no burials.
        if (matter.issuedBy === 'cremation' && region.funeralMode === 'burial') continue;
        if (matter.issuedBy === 'burial' && region.funeralMode === 'cremation') continue;
        const institution = DEMO_INSTITUTIONS.find(
          (i) => i.regionCode === region.code && INSTITUTION_ISSUES[i.kind] === matter.issuedBy,
        );
        expect(institution, `${region.code} ${matter.issuedBy}`).toBeDefined();
        expect(DEMO_STAFF.some((s) => s.institutionCode === institution?.code)).toBe(true);
      }
    }
  });
});
