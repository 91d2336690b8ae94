/**
 * The joint handling through the API: the front desk's three answers and first-contact
 * ownership, a correction loop where the family fixes only what was listed, a department that
 * returns a sub-case and the clock that stops meanwhile, remote assistance, written notices that
 * verify online, time limits that escalate, and ratings that open a follow-up.
 */
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { escalateOverdue } from '../../src/server/commands/time-limit-watch.ts';
import { queryRows } from '../../src/server/db/database.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import {
  accept,
  completeAll,
  departmentSubCases,
  hukouOf,
  newDeceasedIdNumber,
  submit,
} from '../support/workflow.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
});
afterAll(async () => {
  await app?.stop();
});

async function windowView(cookie: string, caseId: string) {
  return (await app.api(`/api/v1/window/cases/${caseId}`, { cookie })).body;
}

describe('front desk', () => {
  it('lists submitted cases of its region, oldest first, and not others', async () => {
    const family = await app.citizenCookie(0);
    const first = await submit(app, family);
    const second = await submit(app, family);
    const elsewhere = await submit(app, family, { regionCode: '532524' });
    const clerk = await app.signInStaff('window-530102');
    const queue = await app.api('/api/v1/window/queue?state=submitted', { cookie: clerk });
    const codes = queue.body.items.map((i: { code: string }) => i.code);
    expect(codes.indexOf(first.code)).toBeLessThan(codes.indexOf(second.code));
    expect(codes).not.toContain(elsewhere.code);
    expect(queue.body.items[0]).toMatchObject({ deceasedNameMasked: '王**', ownerName: null });
    const other = await app.signInStaff('window-532524');
    expect((await app.api(`/api/v1/window/cases/${first.id}`, { cookie: other })).status).toBe(404);
  });

  it('gives the case to the clerk who first handles it, until handed over', async () => {
    const family = await app.citizenCookie(0);
    const submitted = await submit(app, family);
    const a = await app.signInStaff('window-530102');
    const b = await app.signInStaff('window-530102-b');
    const view = await windowView(a, submitted.id);
    const corrected = await app.api(`/api/v1/window/cases/${submitted.id}/correction`, {
      cookie: a,
      body: {
        version: view.version,
        items: [{ kind: 'field', key: 'applicant.phone', reason: '电话号码无法接通' }],
      },
    });
    expect(corrected.status).toBe(200);
    expect(corrected.body.owner).toMatchObject({ isMe: true });
    // Clerk B cannot take over a case clerk A owns.
    const handOverByB = await app.api(`/api/v1/window/cases/${submitted.id}/hand-over`, {
      cookie: b,
      body: { toUsername: 'window-530102-b', reason: '接班' },
    });
    expect(handOverByB.status).toBe(409);
    expect(handOverByB.body.error.code).toBe('OWNED_BY_OTHER');
    const handed = await app.api(`/api/v1/window/cases/${submitted.id}/hand-over`, {
      cookie: a,
      body: { toUsername: 'window-530102-b', reason: '轮休交接' },
    });
    expect(handed.status).toBe(200);
    expect((await windowView(b, submitted.id)).owner).toMatchObject({ isMe: true });
  });

  it('rejects with a written reason; nothing reaches a department', async () => {
    const family = await app.citizenCookie(0);
    const submitted = await submit(app, family);
    const clerk = await app.signInStaff('window-530102');
    const view = await windowView(clerk, submitted.id);
    const rejected = await app.api(`/api/v1/window/cases/${submitted.id}/reject`, {
      cookie: clerk,
      body: { version: view.version, reason: '逝者户籍不在本县，请到户籍所在地办理' },
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body.state).toBe('rejected');
    expect(rejected.body.subCases.map((s: { state: string }) => s.state)).toEqual(
      rejected.body.subCases.map(() => 'cancelled'),
    );
    const mine = await app.api(`/api/v1/cases/${submitted.code}`, { cookie: family });
    expect(mine.body).toMatchObject({
      state: 'rejected',
      decisionReason: '逝者户籍不在本县，请到户籍所在地办理',
    });
    const notice = mine.body.documents.find((d: { kind: string }) => d.kind === 'rejection');
    const pdf = await fetch(`${app.url}/api/v1/cases/${submitted.code}/documents/${notice.token}`, {
      headers: { cookie: family },
    });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const police = await app.signInStaff('police-530102');
    const list = await departmentSubCases(app, police, 'all');
    expect(list.some((i: { caseCode: string }) => i.caseCode === submitted.code)).toBe(false);
  });
});

describe('one correction notice, fixed and resubmitted', () => {
  it('lets the family change only the listed items, then goes back to the window', async () => {
    const family = await app.citizenCookie(0);
    const submitted = await submit(app, family);
    const clerk = await app.signInStaff('window-530102');
    const view = await windowView(clerk, submitted.id);
    const noticed = await app.api(`/api/v1/window/cases/${submitted.id}/correction`, {
      cookie: clerk,
      body: {
        version: view.version,
        items: [
          { kind: 'field', key: 'applicant.phone', reason: '电话号码无法接通' },
          { kind: 'material', key: 'deceased-household-register', reason: '户口簿照片不清晰' },
        ],
      },
    });
    expect(noticed.body.state).toBe('correction_requested');

    let mine = await app.api(`/api/v1/cases/${submitted.code}`, { cookie: family });
    expect(mine.body.correction.map((i: { label: string }) => i.label)).toEqual([
      '申请人手机号码',
      '逝者居民户口簿',
    ]);
    const notListed = await app.api(`/api/v1/cases/${submitted.code}/correction`, {
      method: 'PATCH',
      cookie: family,
      body: { values: { 'deceased.name': '王建华' } },
    });
    expect(notListed.status).toBe(400);
    expect(notListed.body.error.fields[0].field).toBe('deceased.name');
    const fixed = await app.api(`/api/v1/cases/${submitted.code}/correction`, {
      method: 'PATCH',
      cookie: family,
      body: { values: { 'applicant.phone': '13712345678' } },
    });
    expect(fixed.status).toBe(200);
    const tooEarly = await app.api(`/api/v1/cases/${submitted.code}/resubmit`, {
      cookie: family,
      body: { version: fixed.body.version },
    });
    expect(tooEarly.status).toBe(400);
    expect(tooEarly.body.error.fields[0].field).toBe('materials.deceased-household-register');

    const form = new FormData();
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#eee' } })
      .jpeg()
      .toBuffer();
    form.append('file', new Blob([new Uint8Array(photo)]), 'hukou.jpg');
    const uploaded = await fetch(
      `${app.url}/api/v1/cases/${submitted.code}/correction/materials/deceased-household-register`,
      {
        method: 'POST',
        headers: { cookie: family },
        body: form,
      },
    );
    expect(uploaded.status).toBe(200);
    mine = await app.api(`/api/v1/cases/${submitted.code}`, { cookie: family });
    const resubmitted = await app.api(`/api/v1/cases/${submitted.code}/resubmit`, {
      cookie: family,
      body: { version: mine.body.version },
    });
    expect(resubmitted.status).toBe(200);
    expect(resubmitted.body.state).toBe('submitted');

    const again = await windowView(clerk, submitted.id);
    const phone = again.form
      .flatMap((g: { fields: { key: string; value: string }[] }) => g.fields)
      .find((f: { key: string }) => f.key === 'applicant.phone');
    expect(phone.value).toBe('13712345678');
    await accept(app, submitted.id);
    expect((await app.api(`/api/v1/cases/${submitted.code}`, { cookie: family })).body.state).toBe(
      'in_progress',
    );
  });
});

describe('back office', () => {
  it('returns a sub-case for more information; the clock stops until the family answers', async () => {
    const family = await app.citizenCookie(0);
    const submitted = await submit(app, family);
    await accept(app, submitted.id);
    const police = await app.signInStaff('police-530102');
    const subCaseId = hukouOf(submitted).id;
    const claimed = await app.api(`/api/v1/department/sub-cases/${subCaseId}/claim`, {
      cookie: police,
      body: { version: 2 },
    });
    const returned = await app.api(`/api/v1/department/sub-cases/${subCaseId}/return`, {
      cookie: police,
      body: { version: claimed.body.version, reason: '请补充逝者生前最后居住地址' },
    });
    expect(returned.body).toMatchObject({ state: 'returned', limit: { status: 'paused' } });
    const mine = await app.api(`/api/v1/cases/${submitted.code}`, { cookie: family });
    expect(hukouOf(mine.body)).toMatchObject({
      state: 'returned',
      decisionNote: '请补充逝者生前最后居住地址',
    });
    const answered = await app.api(`/api/v1/sub-cases/${subCaseId}/supplement`, {
      cookie: family,
      body: { version: returned.body.version, note: '昆明市五华区演示路1号' },
    });
    expect(answered.status).toBe(204);
    const resumed = await app.api(`/api/v1/department/sub-cases/${subCaseId}`, { cookie: police });
    expect(resumed.body.state).toBe('in_review');
    const done = await app.api(`/api/v1/department/sub-cases/${subCaseId}/complete`, {
      cookie: police,
      body: {
        version: resumed.body.version,
        result: { type: 'certificate', documentNumber: 'X1', issuedOn: '2026-11-20' },
      },
    });
    // The result must be of the matter's own type: a household cancellation records a date.
    expect(done.status).toBe(400);
    expect(done.body.error.fields[0].field).toBe('result');
  });

  it('hands a sub-case to another county (远程协办)', async () => {
    const family = await app.citizenCookie(0);
    const submitted = await submit(app, family);
    await accept(app, submitted.id);
    const police = await app.signInStaff('police-530102');
    const subCaseId = hukouOf(submitted).id;
    const moved = await app.api(`/api/v1/department/sub-cases/${subCaseId}/transfer`, {
      cookie: police,
      body: { version: 2, toRegion: '532524', reason: '逝者户籍在建水县' },
    });
    expect(moved.status).toBe(404); // it is no longer theirs to see
    const jianshui = await app.signInStaff('police-532524');
    const list = await departmentSubCases(app, jianshui, 'pending');
    expect(list.some((i: { id: string }) => i.id === subCaseId)).toBe(true);
    const wuhua = await departmentSubCases(app, police, 'all');
    expect(wuhua.some((i: { id: string }) => i.id === subCaseId)).toBe(false);
  });

  it('escalates an overdue sub-case once and apologises to the family', async () => {
    const family = await app.citizenCookie(0);
    const submitted = await submit(app, family);
    await accept(app, submitted.id);
    const subCaseId = hukouOf(submitted).id;
    await app.database.db.execute(
      sql`UPDATE sub_case SET due_on = '2026-01-05', clock_started_on = '2026-01-02' WHERE id = ${subCaseId}`,
    );
    const police = await app.signInStaff('police-530102');
    const list = await departmentSubCases(app, police, 'pending');
    const item = list.find((i: { id: string }) => i.id === subCaseId);
    expect(item.limit.status).toBe('overdue');
    expect(await escalateOverdue(app.services.context)).toBeGreaterThanOrEqual(1);
    expect(await escalateOverdue(app.services.context)).toBe(0);
    const apology = await queryRows<{ body: string }>(
      app.database.db,
      sql`SELECT body FROM notification WHERE template = 'sub_case.overdue' AND case_id = ${submitted.id} AND channel = 'sms'`,
    );
    expect(apology[0]?.body).toContain('很抱歉');
    const escalated = await queryRows<{ n: number }>(
      app.database.db,
      sql`SELECT count(*)::int AS n FROM notification WHERE template = 'sub_case.escalated' AND case_id = ${submitted.id}`,
    );
    expect(escalated[0]?.n).toBeGreaterThanOrEqual(1); // police-yunnan supervises 公安 province-wide
    const supervisor = await app.signInStaff('supervisor-yunnan');
    const watch = await app.api('/api/v1/supervision/time-limits', { cookie: supervisor });
    expect(watch.body.items.find((i: { subCaseId: string }) => i.subCaseId === subCaseId)).toMatchObject({
      status: 'overdue',
      escalated: true,
    });
  });
});

describe('notices, delivery and ratings', () => {
  it('issues notices that verify online without signing in, showing only what is safe', async () => {
    const family = await app.citizenCookie(0);
    const deceasedIdNumber = newDeceasedIdNumber();
    const submitted = await submit(app, family, { deceasedIdNumber });
    await accept(app, submitted.id);
    const mine = await app.api(`/api/v1/cases/${submitted.code}`, { cookie: family });
    const notice = mine.body.documents.find((d: { kind: string }) => d.kind === 'acceptance');
    const page = await fetch(`${app.url}/verify/${notice.token}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('受理通知书');
    expect(html).toContain('王**');
    expect(html).not.toContain(submitted.code);
    expect(html).not.toContain(deceasedIdNumber);
    expect((await fetch(`${app.url}/verify/not-a-real-token-123`)).status).toBe(404);
    const stranger = await app.citizenCookie(1);
    const pdf = await fetch(`${app.url}/api/v1/cases/${submitted.code}/documents/${notice.token}`, {
      headers: { cookie: stranger },
    });
    expect(pdf.status).toBe(404);
  });

  it('delivers at the window and takes one rating per target; a poor one opens a follow-up', async () => {
    const family = await app.citizenCookie(0);
    const submitted = await submit(app, family);
    await accept(app, submitted.id);
    await completeAll(app, submitted);
    const clerk = await app.signInStaff('window-530102');
    const ready = await windowView(clerk, submitted.id);
    expect(ready.state).toBe('ready_for_delivery');
    const delivered = await app.api(`/api/v1/window/cases/${submitted.id}/deliver`, {
      cookie: clerk,
      body: { version: ready.version },
    });
    expect(delivered.body.state).toBe('delivered');
    expect(delivered.body.documents.map((d: { kind: string }) => d.kind)).toContain('completion');

    const rate = (target: string, level: number) =>
      app.api(`/api/v1/cases/${submitted.code}/ratings`, {
        cookie: family,
        body: { target, level, comment: '等待时间太长' },
      });
    expect((await rate('case', 4)).status).toBe(200);
    expect((await rate('case', 5)).body.error.code).toBe('ALREADY_RATED');
    expect((await rate('department:human-resources', 2)).status).toBe(400);
    const poor = await rate('department:public-security', 2);
    expect(poor.body.ratings).toEqual(
      expect.arrayContaining([{ target: 'department:public-security', level: 2 }]),
    );

    // The same once-per-target rule holds at the window.
    const atWindow = await app.api(`/api/v1/window/cases/${submitted.id}/ratings`, {
      cookie: clerk,
      body: { target: 'case', level: 5 },
    });
    expect(atWindow.status).toBe(409);

    const supervisor = await app.signInStaff('supervisor-yunnan');
    const followUps = await app.api('/api/v1/supervision/follow-ups', { cookie: supervisor });
    const item = followUps.body.items.find((f: { caseCode: string }) => f.caseCode === submitted.code);
    expect(item).toMatchObject({ state: 'open', level: 2, target: 'department:public-security' });
    const closeEarly = await app.api(`/api/v1/supervision/follow-ups/${item.id}`, {
      cookie: supervisor,
      body: { close: true },
    });
    expect(closeEarly.status).toBe(400);
    await app.api(`/api/v1/supervision/follow-ups/${item.id}`, {
      cookie: supervisor,
      body: { callBackNote: '已电话回访，家属反映等待时间长' },
    });
    const closed = await app.api(`/api/v1/supervision/follow-ups/${item.id}`, {
      cookie: supervisor,
      body: { rectificationNote: '已要求派出所当日认领', close: true },
    });
    expect(closed.status).toBe(204);
    const after = await app.api('/api/v1/supervision/follow-ups', { cookie: supervisor });
    expect(after.body.items.find((f: { id: string }) => f.id === item.id).state).toBe('closed');
  });
});
