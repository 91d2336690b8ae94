/**
 * The foundation path through the HTTP API, on PGlite and (with LIANBAN_TEST_BACKEND=postgres)
 * on a PostgreSQL server: a family submits, the police station in that county approves, the
 * family sees the matter done — plus who may see what, and what a bad request gets back.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { maskIdNumber } from '../../src/domain/identity-numbers.ts';
import { verifyAudit } from '../../src/server/audit/verify.ts';
import { queryRows } from '../../src/server/db/database.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import {
  accept,
  claimAndComplete,
  completeAll,
  departmentSubCases,
  hukouOf,
  newDeceasedIdNumber,
  prepareDraft,
  type SubmittedCase,
  submit,
  submitDraft,
} from '../support/workflow.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
});
afterAll(async () => {
  await app?.stop();
});

function idempotencyKey() {
  return `test-${crypto.randomUUID()}`;
}

describe(`the foundation path (${process.env.LIANBAN_TEST_BACKEND ?? 'pglite'})`, () => {
  it('takes a case from submission through the window and the department to 办结', async () => {
    const family = await app.citizenCookie(0);
    const deceasedIdNumber = newDeceasedIdNumber();
    const draft = await prepareDraft(app, family, {
      deceasedIdNumber,
      answers: { notarisedWill: 'unknown' },
    });
    const submitted = await submitDraft(app, family, draft);
    expect(submitted.status).toBe(201);
    const code: string = submitted.body.code;
    expect(code).toMatch(/^530102\d{8}\d{6}[\dX]$/);
    expect(submitted.body.state).toBe('submitted');
    expect(submitted.body.stateLabel.zh).toBe('待受理');
    // An unnatural death in a cremation area, a will to look for: the household cancellation and
    // the will check, each waiting for the window. The police's death proof and the funeral home's
    // cremation certificate are the issuers' own acts (the death registry), never sub-cases.
    expect(submitted.body.subCases.map((s: { matterCode: string }) => s.matterCode).sort()).toEqual([
      'household-registration-cancellation',
      'will-notarization-check',
    ]);
    expect(hukouOf(submitted.body)).toMatchObject({
      departmentNameZh: '公安',
      matterNameZh: '死亡人员户口注销',
      state: 'waiting',
    });

    // Departments see nothing before the front desk accepts.
    const police = await app.signInStaff('police-530102');
    const before = await departmentSubCases(app, police, 'all');
    expect(before.some((i: { caseCode: string }) => i.caseCode === code)).toBe(false);

    await accept(app, submitted.body.id);
    const accepted = await app.api(`/api/v1/cases/${code}`, { cookie: family });
    expect(accepted.body.state).toBe('in_progress');
    expect(hukouOf(accepted.body).dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(accepted.body.documents.map((d: { kind: string }) => d.kind)).toEqual(['acceptance']);

    const list = await departmentSubCases(app, police, 'pending');
    const item = list.find((i: { id: string }) => i.id === hukouOf(accepted.body).id);
    expect(item).toBeDefined();
    // The list masks personal data.
    expect(item.deceasedIdNumberMasked).toBe(maskIdNumber(deceasedIdNumber));
    expect(item.deceasedIdNumberMasked).toMatch(/^5301\*{10}\d{3}[\dX]$/);
    expect(item.deceasedNameMasked).toBe('王**');
    expect(item.limit.status).toMatch(/on-track|due-soon/);

    const detail = await app.api(`/api/v1/department/sub-cases/${item.id}`, { cookie: police });
    expect(detail.status).toBe(200);
    const fieldValue = (key: string) => detail.body.fields.find((f: { key: string }) => f.key === key)?.value;
    expect(fieldValue('deceased.idNumber')).toBe(deceasedIdNumber);
    expect(detail.body.allowedActions).toEqual(['claim', 'transfer']);

    const completed = await claimAndComplete(app, police, item.id);
    expect(completed.state).toBe('completed');
    expect(completed.result).toMatchObject({ type: 'cancellation', cancelledOn: '2026-11-20' });
    const halfway = await app.api(`/api/v1/cases/${code}`, { cookie: family });
    expect(halfway.body.state).toBe('in_progress');
    await completeAll(app, {
      ...halfway.body,
      subCases: halfway.body.subCases.filter((s: { state: string }) => s.state !== 'completed'),
    } as SubmittedCase);

    const ready = await app.api(`/api/v1/cases/${code}`, { cookie: family });
    expect(ready.body.state).toBe('ready_for_delivery');
    expect(ready.body.subCases.map((s: { state: string }) => s.state)).toEqual(['completed', 'completed']);
    const received = await app.api(`/api/v1/cases/${code}/receive`, {
      cookie: family,
      body: { version: ready.body.version },
    });
    expect(received.status).toBe(200);
    expect(received.body.state).toBe('delivered');
    expect(received.body.stateLabel.zh).toBe('已办结');
    expect(received.body.completedAt).not.toBeNull();
  });

  it('stores ID and phone numbers encrypted, never in clear', async () => {
    const rows = await queryRows<{
      deceased_id_number_encrypted: string;
      applicant_phone_encrypted: string;
      fields: unknown;
    }>(
      app.database.db,
      sql`SELECT c.deceased_id_number_encrypted, c.applicant_phone_encrypted, s.fields FROM "case" c JOIN sub_case s ON s.case_id = c.id`,
    );
    expect(rows.length).toBeGreaterThan(0);
    const dump = JSON.stringify(rows);
    expect(dump).not.toMatch(/5301\d{2}(19|20)\d{9}[\dX]/);
    expect(dump).not.toContain('13800000001');
    expect(rows[0]?.deceased_id_number_encrypted).toMatch(/^v1\./);
  });

  it('records the department view of personal data and every state change in the audit trail', async () => {
    const actions = await queryRows<{ action: string }>(
      app.database.db,
      sql`SELECT action FROM audit_event ORDER BY sequence`,
    );
    const names = actions.map((a) => a.action);
    expect(names).toEqual(
      expect.arrayContaining([
        'case.submitted',
        'case.accept',
        'sub_case.route',
        'personal_data.viewed',
        'sub_case.claim',
        'sub_case.complete',
        'case.all_ended',
        'case.deliver',
      ]),
    );
    const result = await verifyAudit(app.database.db, app.services.context.keys);
    expect(result.ok).toBe(true);
  });

  it('refuses to change or delete audit events, for the application itself', async () => {
    await expect(
      app.database.db.execute(sql`UPDATE audit_event SET outcome = 'failure' WHERE sequence = 1`),
    ).rejects.toThrow();
    await expect(app.database.db.execute(sql`DELETE FROM audit_event WHERE sequence = 1`)).rejects.toThrow();
  });

  it('creates one case for a double submit with the same idempotency key', async () => {
    const family = await app.citizenCookie(1);
    const key = idempotencyKey();
    const draft = await prepareDraft(app, family, { regionCode: '530302' });
    const [a, b] = await Promise.all([
      submitDraft(app, family, draft, { idempotencyKey: key }),
      submitDraft(app, family, draft, { idempotencyKey: key }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.code).toBe(b.body.code);
    const mine = await app.api('/api/v1/cases', { cookie: family });
    expect(mine.body.items.filter((c: { code: string }) => c.code === a.body.code)).toHaveLength(1);

    // The same key for another application is a conflict, not the first case.
    const other = await prepareDraft(app, family, { regionCode: '530302' });
    const changed = await submitDraft(app, family, other, { idempotencyKey: key });
    expect(changed.status).toBe(409);
    expect(changed.body.error.code).toBe('IDEMPOTENCY_CONFLICT');
  });

  it('names every wrong field at once, in Chinese and English', async () => {
    const family = await app.citizenCookie(0);
    const badId = await app.api('/api/v1/drafts', {
      cookie: family,
      body: { regionCode: '530102', answers: {}, deceasedIdNumber: '530102194001050018' },
    });
    expect(badId.status).toBe(400);
    const idError = badId.body.error.fields.find((f: { field: string }) => f.field === 'deceased.idNumber');
    expect(idError.labelZh).toBe('逝者公民身份号码');
    expect(idError.zh).toContain('公民身份号码');
    expect(idError.en).toContain('ID number');

    const draft = await prepareDraft(app, family, {
      values: {
        'deceased.name': ' ',
        'deceased.dateOfDeath': '2999-01-01',
        'applicant.phone': '12345',
        'applicant.relationship': 'neighbour',
      },
    });
    const response = await app.api(`/api/v1/drafts/${draft.id}/submit`, {
      cookie: family,
      headers: { 'idempotency-key': idempotencyKey() },
      body: { version: draft.version, declaration: { version: 'old', accepted: false } },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    const fields = response.body.error.fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(
      [
        'applicant.phone',
        'applicant.relationship',
        'declarationAccepted',
        'deceased.dateOfDeath',
        'deceased.name',
      ].sort(),
    );
    const phone = response.body.error.fields.find((f: { field: string }) => f.field === 'applicant.phone');
    expect(phone.labelZh).toBe('申请人手机号码');
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers a malformed body with a coded error and no stack trace', async () => {
    const family = await app.citizenCookie(0);
    const response = await fetch(`${app.url}/api/v1/drafts`, {
      method: 'POST',
      headers: { cookie: family, 'content-type': 'application/json' },
      body: '{"regionCode": ',
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; messageZh: string } };
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(body)).not.toContain('SyntaxError');
  });

  it('requires a signed-in family member to apply', async () => {
    const response = await app.api('/api/v1/drafts', {
      body: { regionCode: '530102', answers: {}, deceasedIdNumber: newDeceasedIdNumber() },
    });
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('lets exactly one of two approvers acting at once win', async () => {
    const family = await app.citizenCookie(0);
    const submitted = await submit(app, family);
    await accept(app, submitted.id);
    const subCaseId = hukouOf(submitted).id;
    const first = await app.signInStaff('police-530102');
    const second = await app.signInStaff('police-530102');
    const [a, b] = await Promise.all([
      app.api(`/api/v1/department/sub-cases/${subCaseId}/claim`, { cookie: first, body: { version: 2 } }),
      app.api(`/api/v1/department/sub-cases/${subCaseId}/claim`, { cookie: second, body: { version: 2 } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(['STALE_VERSION', 'ACTION_NOT_ALLOWED']).toContain(loser.body.error.code);
  });

  it('answers an action not allowed in the current state with 409 naming the state and what is allowed', async () => {
    const family = await app.citizenCookie(0);
    const submitted = await submit(app, family);
    await accept(app, submitted.id);
    const police = await app.signInStaff('police-530102');
    const subCaseId = hukouOf(submitted).id;
    const early = await app.api(`/api/v1/department/sub-cases/${subCaseId}/complete`, {
      cookie: police,
      body: { version: 2, result: { type: 'cancellation', cancelledOn: '2026-11-20' } },
    });
    expect(early.status).toBe(409);
    expect(early.body.error).toMatchObject({
      code: 'ACTION_NOT_ALLOWED',
      details: { state: 'pending', allowedActions: ['claim', 'transfer'] },
    });
    await claimAndComplete(app, police, subCaseId);
    const again = await app.api(`/api/v1/department/sub-cases/${subCaseId}/complete`, {
      cookie: police,
      body: { version: 4, result: { type: 'cancellation', cancelledOn: '2026-11-20' } },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.details).toMatchObject({ state: 'completed', allowedActions: [] });
  });
});

describe('who sees which sub-case', () => {
  let subCaseId: string;
  let caseCode: string;

  beforeAll(async () => {
    const family = await app.citizenCookie(0);
    const submitted = await submit(app, family, { regionCode: '532524' });
    subCaseId = hukouOf(submitted).id;
    caseCode = submitted.code;
    await accept(app, submitted.id, '532524');
  });

  const cases: { username: string; sees: boolean }[] = [
    { username: 'police-532524', sees: true },
    { username: 'police-yunnan', sees: true },
    { username: 'police-530102', sees: false },
    { username: 'police-430621', sees: false },
    { username: 'hrss-530102', sees: false },
    { username: 'civil-530102', sees: false },
  ];

  for (const { username, sees } of cases) {
    it(`${username} ${sees ? 'sees' : 'does not see'} a police sub-case of 建水县`, async () => {
      const cookie = await app.signInStaff(username);
      const list = await departmentSubCases(app, cookie, 'all');
      const listed = list.some((i: { caseCode: string }) => i.caseCode === caseCode);
      expect(listed).toBe(sees);
      const detail = await app.api(`/api/v1/department/sub-cases/${subCaseId}`, { cookie });
      expect(detail.status).toBe(sees ? 200 : 404);
    });
  }

  it('refuses a county approver of another county to act on it', async () => {
    const cookie = await app.signInStaff('police-530102');
    const response = await app.api(`/api/v1/department/sub-cases/${subCaseId}/approve`, {
      cookie,
      body: { version: 1 },
    });
    expect(response.status).toBe(404);
  });

  it('keeps window clerks and citizens out of the department workbench', async () => {
    const clerk = await app.signInStaff('window-532524');
    expect((await app.api('/api/v1/department/sub-cases', { cookie: clerk })).status).toBe(403);
    const family = await app.citizenCookie(0);
    expect((await app.api('/api/v1/department/sub-cases', { cookie: family })).status).toBe(403);
  });
});
