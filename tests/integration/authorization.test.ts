/**
 * Who sees what, generated over every demo staff account × sub-cases of several departments in
 * several counties: a department never sees another department's sub-case, a county never sees
 * another county's, a province-level role sees its whole province; window clerks see the cases of
 * their own county only. The expectation comes from the scope rule; the answer from the HTTP API.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { regionCovers } from '../../src/domain/regions.ts';
import { DEMO_STAFF } from '../../src/server/seed/demo-data.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { accept, departmentSubCases } from '../support/workflow.ts';

let app: TestApp;
interface Target {
  caseId: string;
  regionCode: string;
  subCases: { id: string; departmentCode: string }[];
}
const targets: Target[] = [];

async function draftCase(
  region: string,
  deceasedIdNumber: string,
  answers: Record<string, string>,
  cookie: string,
) {
  const started = await app.api('/api/v1/drafts', {
    cookie,
    body: { regionCode: region, answers, deceasedIdNumber },
  });
  if (started.status !== 201) throw new Error(`draft: ${started.status} ${JSON.stringify(started.body)}`);
  let view = started.body;
  const typed: Record<string, string> = {
    'payee.accountHolder': '张伟',
    'payee.bankName': '中国建设银行',
    'payee.accountNumber': '6222021234567890128',
    'deceased.placeOfDeath': '家中',
    'deceased.name': '测试逝者',
    'deceased.dateOfDeath': '2026-11-01',
    'applicant.phone': '13800000001',
  };
  const fields = view.form.flatMap(
    (g: { fields: { key: string; certified: boolean; value: string }[] }) => g.fields,
  );
  const values = Object.fromEntries(
    Object.entries(typed).filter(([k]) =>
      fields.some(
        (f: { key: string; certified: boolean; value: string }) => f.key === k && !f.certified && !f.value,
      ),
    ),
  );
  view = (
    await app.api(`/api/v1/drafts/${view.id}`, {
      method: 'PATCH',
      cookie,
      body: { version: view.version, values },
    })
  ).body;
  for (const material of view.materials.filter(
    (m: { satisfied: boolean; replaceableBy: string | null }) =>
      !m.satisfied && m.replaceableBy !== 'shared-data',
  )) {
    const form = new FormData();
    form.append(
      'file',
      new Blob([Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')]),
      'scan.pdf',
    );
    const response = await fetch(`${app.url}/api/v1/drafts/${view.id}/materials/${material.code}`, {
      method: 'POST',
      headers: { cookie },
      body: form,
    });
    view = await response.json();
  }
  const submitted = await app.api(`/api/v1/drafts/${view.id}/submit`, {
    cookie,
    headers: { 'idempotency-key': `authz-${crypto.randomUUID()}` },
    body: { version: view.version, declaration: { version: '2026-11', accepted: true } },
  });
  if (submitted.status !== 201)
    throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  await accept(app, submitted.body.id, region);
  targets.push({
    caseId: submitted.body.id,
    regionCode: region,
    subCases: submitted.body.subCases.map((s: { id: string; departmentCode: string }) => ({
      id: s.id,
      departmentCode: s.departmentCode,
    })),
  });
}

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
  const family = await app.citizenCookie(0);
  const rest = { notarisedWill: 'no', deposits: 'no', companyShares: 'no', relationship: 'child' };
  // 五华区: police, social security, provident fund, medical insurance, justice… from one case.
  await draftCase('530102', '530102194001050019', rest, family);
  // 建水县 (burial area) and 麒麟区: other counties, other departments.
  const all = {
    ...rest,
    deathCircumstance: 'home',
    funeral: 'burial',
    staffType: 'resident',
    medicalInsurance: 'resident',
    providentFund: 'no',
    socialAssistance: 'yes',
    disabilitySubsidy: 'no',
    veteran: 'no',
    drivingLicence: 'no',
  };
  await draftCase('532524', '532502193809120031', all, family);
  await draftCase('530302', '530302195001010012', { ...all, funeral: 'cremation' }, family);
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

describe('generated: department staff × sub-cases', () => {
  const departmentStaff = DEMO_STAFF.filter(
    (s) => s.role === 'department_approver' || s.role === 'department_supervisor',
  );
  for (const staff of departmentStaff) {
    it(`${staff.username} (${staff.departmentCode}, ${staff.regionCode}) sees exactly what its scope covers`, async () => {
      const cookie = await app.signInStaff(staff.username);
      const list = await departmentSubCases(app, cookie, 'all');
      const listed = new Set(list.map((i: { id: string }) => i.id));
      let checked = 0;
      for (const target of targets) {
        for (const sub of target.subCases) {
          const expected =
            sub.departmentCode === staff.departmentCode && regionCovers(staff.regionCode, target.regionCode);
          expect(listed.has(sub.id), `${sub.departmentCode}@${target.regionCode} in list`).toBe(expected);
          const detail = await app.api(`/api/v1/department/sub-cases/${sub.id}`, { cookie });
          expect(detail.status, `${sub.departmentCode}@${target.regionCode} detail`).toBe(
            expected ? 200 : 404,
          );
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(8);
    });
  }
});

describe('generated: window clerks × cases', () => {
  for (const clerk of DEMO_STAFF.filter((s) => s.role === 'window_clerk')) {
    it(`${clerk.username} sees the cases of ${clerk.regionCode} only`, async () => {
      const cookie = await app.signInStaff(clerk.username);
      for (const target of targets) {
        const response = await app.api(`/api/v1/window/cases/${target.caseId}`, { cookie });
        expect(response.status).toBe(regionCovers(clerk.regionCode, target.regionCode) ? 200 : 404);
      }
    });
  }

  it('no staff outside the window can act as the front desk', async () => {
    for (const username of ['police-530102', 'supervisor-yunnan', 'admin']) {
      const cookie = await app.signInStaff(username);
      const response = await app.api(`/api/v1/window/cases/${targets[0]?.caseId}/accept`, {
        cookie,
        body: { version: 1 },
      });
      expect(response.status).toBe(403);
    }
  });
});
