/**
 * The family's way through, on the server: the relationship is not asked when an e-licence
 * states it, and the draft takes it from there; each message says what it is about and is read
 * once opened; due dates in a year whose holiday notice is not loaded are marked provisional.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { submit } from '../support/workflow.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
});
afterAll(async () => {
  await app?.stop();
});

/** 王建国 in the sandbox registry; his household register names 张伟 (demo citizen 0) as his child. */
const DECEASED = '530102194001050019';
const OTHERS = { notarisedWill: 'no', deposits: 'no', companyShares: 'no' };

describe('the relationship, from the household register e-licence', () => {
  it('is not asked in the questionnaire, and says where it came from', async () => {
    const cookie = await app.citizenCookie(0);
    const preview = await app.api('/api/v1/bundle/preview', {
      cookie,
      body: { regionCode: '530102', answers: OTHERS, deceasedIdNumber: DECEASED },
    });
    expect(preview.status).toBe(200);
    expect(preview.body.questionnaire.complete).toBe(true);
    const relationship = preview.body.questionnaire.skipped.find(
      (s: { id: string }) => s.id === 'relationship',
    );
    expect(relationship).toMatchObject({
      reason: 'shared-data',
      value: 'child',
      valueLabel: { zh: '子女' },
      from: { zh: '居民户口簿电子证照（五华区演示派出所）' },
    });
  });

  it('is still asked of someone no licence links to the deceased', async () => {
    const cookie = await app.citizenCookie(1);
    const preview = await app.api('/api/v1/bundle/preview', {
      cookie,
      body: { regionCode: '530102', answers: OTHERS, deceasedIdNumber: DECEASED },
    });
    expect(preview.body.questionnaire.next?.id).toBe('relationship');
  });

  it('fills the draft from the licence, certified, without an answer from the family', async () => {
    const cookie = await app.citizenCookie(0);
    const started = await app.api('/api/v1/drafts', {
      cookie,
      body: { regionCode: '530102', answers: OTHERS, deceasedIdNumber: DECEASED },
    });
    expect(started.status).toBe(201);
    const field = started.body.form
      .flatMap((g: { fields: { key: string }[] }) => g.fields)
      .find((f: { key: string }) => f.key === 'applicant.relationship');
    expect(field).toMatchObject({ value: 'child', source: 'e-licence', certified: true });
    const proof = started.body.materials.find((m: { code: string }) => m.code === 'relationship-proof');
    expect(proof).toMatchObject({ satisfied: true, items: [{ kind: 'e-licence' }] });
  });
});

describe('messages', () => {
  it('each says what it is about, and one opened is read', async () => {
    const cookie = await app.citizenCookie(0);
    const submitted = await submit(app, cookie);
    const listed = await app.api('/api/v1/messages', { cookie });
    const ack = listed.body.items.find(
      (m: { template: string; about: { caseCode: string } }) =>
        m.template === 'case.submitted' && m.about.caseCode === submitted.code,
    );
    expect(ack).toMatchObject({
      about: { kind: 'case', caseCode: submitted.code, subCaseId: null },
      readAt: null,
    });

    const read = await app.api(`/api/v1/messages/${ack.id}/read`, { method: 'POST', cookie });
    expect(read.status).toBe(204);
    const after = await app.api('/api/v1/messages', { cookie });
    expect(after.body.unread).toBe(listed.body.unread - 1);
    expect(after.body.items.find((m: { id: string }) => m.id === ack.id).readAt).not.toBeNull();
  });

  it('a correction notice leads to the correction items', async () => {
    const cookie = await app.citizenCookie(0);
    const submitted = await submit(app, cookie);
    const clerk = await app.signInStaff('window-530102');
    const atWindow = await app.api(`/api/v1/window/cases/${submitted.id}`, { cookie: clerk });
    const sent = await app.api(`/api/v1/window/cases/${submitted.id}/correction`, {
      cookie: clerk,
      body: {
        version: atWindow.body.version,
        items: [{ kind: 'field', key: 'applicant.phone', reason: '号码无法接通，请核对' }],
      },
    });
    expect(sent.status).toBe(200);
    const listed = await app.api('/api/v1/messages', { cookie });
    const notice = listed.body.items.find((m: { template: string }) => m.template === 'case.correction');
    expect(notice.about).toEqual({ kind: 'correction', caseCode: submitted.code, subCaseId: null });
  });
});

describe('provisional due dates', () => {
  it('names the years with a holiday notice, and the coming ones without (2027 as shipped)', async () => {
    const response = await app.api('/api/v1/calendar/notices');
    expect(response.status).toBe(200);
    expect(response.body.years).toEqual(expect.arrayContaining([2024, 2025, 2026]));
    expect(response.body.years).not.toContain(2027);
    expect(response.body.missing).toContain(2027);
  });

  it('marks each due date the window sees, provisional or not, by its year', async () => {
    const cookie = await app.citizenCookie(0);
    const submitted = await submit(app, cookie);
    const clerk = await app.signInStaff('window-530102');
    const before = await app.api(`/api/v1/window/cases/${submitted.id}`, { cookie: clerk });
    const accepted = await app.api(`/api/v1/window/cases/${submitted.id}/accept`, {
      cookie: clerk,
      body: { version: before.body.version },
    });
    expect(accepted.status).toBe(200);
    const calendar = app.services.context.calendar;
    const dated = accepted.body.subCases.filter((s: { dueOn: string | null }) => s.dueOn);
    expect(dated.length).toBeGreaterThan(0);
    for (const sub of dated) expect(sub.dueProvisional).toBe(calendar.isProvisional(sub.dueOn));
  });
});
