/**
 * Information use (信息应用) over real HTTP: a death the registry verifies (a medical certificate,
 * then a cremation record) is told to every body that may pay the deceased a benefit in that
 * county — one notice per information-use matter of the region's profile, each with one message
 * to its party — with no application by the family. A push party, a pull party and the workbench
 * offices each answer exactly once; the same answer again changes nothing and a different one is
 * refused; a stop later than the day after death shows the overpayment to the party and to the
 * county's supervisors (no one else's); the family sees the benefits stopped on its case.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addCalendarDays, serviceDate } from '../../src/domain/clock.ts';
import { informationUseMatters } from '../../src/domain/exchange.ts';
import { queryRows } from '../../src/server/db/database.ts';
import { staffAccounts } from '../../src/server/db/schema.ts';
import { notifyBenefitPayers } from '../../src/server/exchange/death-notices.ts';
import { hashPassword } from '../../src/server/identity/staff-sign-in.ts';
import { createExchangeClient, type ExchangeCredential } from '../../src/simulator/client.ts';
import { type PushReceiver, startPushReceiver, waitFor } from '../support/push-receiver.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { newDeceasedIdNumber, submit } from '../support/workflow.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies of many shapes
type Json = any;

const COUNTY = '530102';
/** The matters the Yunnan profile has benefit payers act on from the death record alone. */
const INFORMATION_USE = [
  'assistance-support-termination',
  'disability-subsidy-termination',
  'housing-fund-account-sealing',
  'medical-benefits-termination',
  'pension-payment-termination',
  'veteran-benefits-termination',
];
const PUSH_PARTY = `medical-insurance:${COUNTY}`;
const PULL_PARTY = `human-resources:${COUNTY}`;
/** The offices left on the workbench, and their demo approvers. */
const WORKBENCH: Record<string, string> = {
  'civil-affairs': `civil-${COUNTY}`,
  'disabled-federation': `cdpf-${COUNTY}`,
  'veterans-affairs': `veterans-${COUNTY}`,
  'housing-fund': `fund-${COUNTY}`,
};
const SUPERVISOR_PASSWORD = 'Supervision-test-2026!';

let app: TestApp;
let admin: string;
let push: PushReceiver;
let pushCredential: ExchangeCredential;
let pullCredential: ExchangeCredential;

const day = (ago: number) => serviceDate(new Date(Date.now() - ago * 86_400_000));
const DEATH = day(5);
const person = { idNumber: newDeceasedIdNumber(COUNTY), name: '钱玉兰', gender: 'female' as const };

interface NoticeRow {
  id: string;
  matter_code: string;
  department_code: string;
  party_code: string;
  state: string;
  outcome: string | null;
  effective_on: string | null;
  overpayment_days: number | null;
  acknowledged_at: Date | string | null;
  acknowledged_by: string | null;
}

let recordId: string;
let notices: NoticeRow[] = [];
const noticeOf = (department: string) => notices.find((n) => n.department_code === department) as NoticeRow;

async function noticeRows(): Promise<NoticeRow[]> {
  return queryRows<NoticeRow>(
    app.database.db,
    sql`SELECT id, matter_code, department_code, party_code, state, outcome, effective_on::text AS effective_on,
               overpayment_days, acknowledged_at, acknowledged_by
        FROM death_notice WHERE death_record_id = ${recordId} ORDER BY matter_code`,
  );
}

async function messagesAbout(noticeId: string) {
  return queryRows<{ id: string; party_code: string; adapter: string; state: string; kind: string }>(
    app.database.db,
    sql`SELECT id, party_code, adapter, state, kind FROM exchange_message WHERE subject_id = ${noticeId}`,
  );
}

async function acknowledgements(noticeId: string) {
  return queryRows<{ actor_label: string; details: Json }>(
    app.database.db,
    sql`SELECT actor_label, details FROM audit_event WHERE action = 'death_notice.acknowledged' AND object_id = ${noticeId}`,
  );
}

async function configure(code: string, department: string, adapter: 'push' | 'pull', url?: string) {
  const saved = await app.api(`/api/v1/admin/exchange/parties/${code}`, {
    method: 'PUT',
    cookie: admin,
    body: {
      kind: 'department',
      departmentCode: department,
      regionCode: COUNTY,
      nameZh: `${department}业务系统`,
      nameEn: `${department} system`,
      adapter,
      ...(url ? { endpointUrl: url } : {}),
    },
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const credential = await app.api(`/api/v1/admin/exchange/parties/${code}/credentials`, {
    method: 'POST',
    cookie: admin,
    body: {},
  });
  expect(credential.status).toBe(200);
  return { keyId: credential.body.keyId, secret: credential.body.secret } as ExchangeCredential;
}

/** A staff account made for this test: a supervisor of one county (the demo data has a provincial one). */
async function supervisorOf(region: string): Promise<string> {
  const username = `overpayment-supervisor-${region}`;
  await app.database.db
    .insert(staffAccounts)
    .values({
      username,
      displayName: `监管员（${region}）`,
      role: 'supervisor',
      departmentCode: null,
      regionCode: region,
      passwordHash: await hashPassword(SUPERVISOR_PASSWORD),
      isDemo: false,
    })
    .onConflictDoNothing();
  return app.signInStaff(username, SUPERVISOR_PASSWORD);
}

beforeAll(async () => {
  app = await startTestApp({
    postgresUrl: inject('postgresUrl'),
    env: { EXCHANGE_POLL_MS: '100', EXCHANGE_RETRY_BASE_MS: '50', EXCHANGE_RETRY_CAP_MS: '200' },
  });
  admin = await app.signInStaff('admin');
  push = await startPushReceiver({ status: 200 });
  pushCredential = await configure(PUSH_PARTY, 'medical-insurance', 'push', push.url);
  const key = await app.api(`/api/v1/admin/exchange/parties/${PUSH_PARTY}/push-key`, {
    method: 'POST',
    cookie: admin,
  });
  expect(key.status).toBe(200);
  push.setPushKey({ keyId: key.body.keyId, secret: key.body.secret });
  pullCredential = await configure(PULL_PARTY, 'human-resources', 'pull');
});

afterAll(async () => {
  await push?.close();
  await app?.stop();
});

describe('a verified death is told to every benefit payer once', () => {
  let caseCode: string;
  let family: string;

  it('writes one notice per information-use matter when the death becomes verified, each with one message to its party', async () => {
    const catalog = await app.services.context.catalog.current();
    const matters = informationUseMatters(catalog, COUNTY);
    expect(matters.map((m) => m.code).sort()).toEqual(INFORMATION_USE);

    const certified = await app.api('/api/v1/death-reports', {
      cookie: await app.signInStaff(`doctor-${COUNTY}`),
      body: {
        kind: 'medical-certificate',
        deceased: person,
        dateOfDeath: DEATH,
        timeOfDeath: '03:15',
        placeOfDeath: '五华区演示人民医院',
        placeKind: 'hospital',
        causes: [{ cause: '脑出血', icd10: 'I61.9', interval: '约6小时' }],
        doctor: '李医生',
      },
    });
    expect(certified.status, JSON.stringify(certified.body)).toBe(201);
    // 五华区 is a cremation area: the record is not verified yet, and no one is told.
    expect(certified.body.registry.state).toBe('reported');
    recordId = certified.body.registry.id;
    expect(await noticeRows()).toEqual([]);

    const cremated = await app.api('/api/v1/death-reports', {
      cookie: await app.signInStaff(`funeral-${COUNTY}`),
      body: {
        kind: 'cremation',
        deceased: person,
        dateOfDeath: DEATH,
        cremationDate: day(2),
        officer: '钱师傅',
      },
    });
    expect(cremated.status, JSON.stringify(cremated.body)).toBe(201);
    expect(cremated.body.registry).toEqual({ id: recordId, state: 'verified' });

    notices = await noticeRows();
    expect(notices.map((n) => n.matter_code)).toEqual(INFORMATION_USE);
    for (const notice of notices) {
      const matter = matters.find((m) => m.code === notice.matter_code);
      expect(notice.department_code).toBe(matter?.department);
      expect(notice.party_code).toBe(`${matter?.department}:${COUNTY}`);
      expect(notice.state).toBe('sent');
      const messages = await messagesAbout(notice.id);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({
        kind: 'death.notified',
        party_code: notice.party_code,
        adapter:
          notice.party_code === PUSH_PARTY ? 'push' : notice.party_code === PULL_PARTY ? 'pull' : 'workbench',
      });
    }
    const sent = await queryRows<{ details: Json }>(
      app.database.db,
      sql`SELECT details FROM audit_event WHERE action = 'death_notice.sent' AND object_id = ${recordId}`,
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]?.details).toMatchObject({ notices: INFORMATION_USE.length, region: COUNTY });

    // Running the notification again (as a retried transaction would) writes nothing new.
    const again = await app.database.db.transaction((tx) =>
      notifyBenefitPayers(app.services.context, tx, { id: recordId, regionCode: COUNTY, dateOfDeath: DEATH }),
    );
    expect(again).toBe(0);
    expect(await noticeRows()).toHaveLength(INFORMATION_USE.length);
    const allMessages = await queryRows<{ n: string | number }>(
      app.database.db,
      sql`SELECT count(*) AS n FROM exchange_message m JOIN death_notice d ON d.id = m.subject_id
          WHERE d.death_record_id = ${recordId}`,
    );
    expect(Number(allMessages[0]?.n)).toBe(INFORMATION_USE.length);

    // The push party's system gets its notice, signed; the workbench offices have theirs at once.
    const medical = noticeOf('medical-insurance');
    const pushed = await waitFor('the push of the medical insurance notice', () =>
      push.receipts.find((r) => r.body?.deathNotice?.id === medical.id),
    );
    expect(pushed.valid).toBe(true);
    expect(pushed.body).toMatchObject({
      kind: 'death.notified',
      party: PUSH_PARTY,
      subCase: null,
      deathNotice: {
        matterCode: 'medical-benefits-termination',
        deceased: { name: person.name, idNumber: person.idNumber },
        dateOfDeath: DEATH,
        answer: { state: 'sent', outcome: null },
      },
    });
    await waitFor('push and workbench messages delivered', async () => {
      for (const notice of notices) {
        if (notice.party_code === PULL_PARTY) continue;
        const [message] = await messagesAbout(notice.id);
        if (message?.state !== 'delivered') return false;
      }
      return true;
    });
    expect((await messagesAbout(noticeOf('human-resources').id))[0]?.state).toBe('pending');
    expect(push.receipts.filter((r) => r.body?.deathNotice?.id === medical.id)).toHaveLength(1);

    // The family applies for the person; its case shows the bodies told, none answered yet.
    family = await app.citizenCookie(1);
    const submitted = await submit(app, family, { deceasedIdNumber: person.idNumber });
    caseCode = submitted.code;
    const tracked = await app.api(`/api/v1/cases/${caseCode}`, { cookie: family });
    expect(tracked.status).toBe(200);
    expect(tracked.body.benefitStops.map((s: Json) => s.matterCode)).toEqual(INFORMATION_USE);
    expect(
      tracked.body.benefitStops.every(
        (s: Json) => s.state === 'sent' && s.outcome === null && !s.effectiveOn,
      ),
    ).toBe(true);
  });

  it('the push party answers through the exchange API once; the same answer again changes nothing, another is refused', async () => {
    const notice = noticeOf('medical-insurance');
    const client = createExchangeClient(app.url, pushCredential);
    const stopped = addCalendarDays(DEATH, 10);
    const answer = { outcome: 'terminated' as const, effectiveOn: stopped, reference: 'YB-2026-0001' };
    const first = await client.POST('/api/exchange/v1/death-notices/{id}/acknowledgement', {
      params: { path: { id: notice.id }, header: { 'idempotency-key': `ack-${notice.id}` } },
      body: answer,
    });
    expect(first.response.status).toBe(200);
    expect(first.data).toMatchObject({
      id: notice.id,
      state: 'acknowledged',
      outcome: 'terminated',
      effectiveOn: stopped,
      reference: 'YB-2026-0001',
      dateOfDeath: DEATH,
      overpayment: { from: addCalendarDays(DEATH, 1), through: addCalendarDays(DEATH, 9), days: 9 },
    });

    const replayed = await client.POST('/api/exchange/v1/death-notices/{id}/acknowledgement', {
      params: { path: { id: notice.id }, header: { 'idempotency-key': `ack-${notice.id}` } },
      body: answer,
    });
    expect(replayed.response.status).toBe(200);
    expect(replayed.response.headers.get('idempotent-replayed')).toBe('true');
    expect(replayed.data).toEqual(first.data);

    const sameAnswer = await client.POST('/api/exchange/v1/death-notices/{id}/acknowledgement', {
      params: { path: { id: notice.id }, header: { 'idempotency-key': `ack-again-${notice.id}` } },
      body: answer,
    });
    expect(sameAnswer.response.status).toBe(200);
    expect(sameAnswer.data).toEqual(first.data);

    const otherAnswer = await client.POST('/api/exchange/v1/death-notices/{id}/acknowledgement', {
      params: { path: { id: notice.id }, header: { 'idempotency-key': `ack-other-${notice.id}` } },
      body: { outcome: 'terminated', effectiveOn: addCalendarDays(DEATH, 1) },
    });
    expect(otherAnswer.response.status).toBe(409);
    expect((otherAnswer.error as Json).error.code).toBe('DEATH_NOTICE_ANSWERED');
    const otherBodySameKey = await client.POST('/api/exchange/v1/death-notices/{id}/acknowledgement', {
      params: { path: { id: notice.id }, header: { 'idempotency-key': `ack-${notice.id}` } },
      body: { outcome: 'not-a-beneficiary' },
    });
    expect(otherBodySameKey.response.status).toBe(409);
    expect((otherBodySameKey.error as Json).error.code).toBe('IDEMPOTENCY_CONFLICT');

    const read = await client.GET('/api/exchange/v1/death-notices/{id}', {
      params: { path: { id: notice.id } },
    });
    expect(read.response.status).toBe(200);
    expect(read.data?.answer).toEqual(first.data);

    const [row] = (await noticeRows()).filter((n) => n.id === notice.id);
    expect(row).toMatchObject({
      state: 'acknowledged',
      outcome: 'terminated',
      effective_on: stopped,
      overpayment_days: 9,
      acknowledged_by: `exchange:${PUSH_PARTY}`,
    });
    expect(await acknowledgements(notice.id)).toHaveLength(1);
  });

  it('the pull party pulls the notice, acknowledges the message and answers once', async () => {
    const notice = noticeOf('human-resources');
    const client = createExchangeClient(app.url, pullCredential);
    const page = await client.GET('/api/exchange/v1/messages', { params: { query: { limit: 10 } } });
    expect(page.response.status).toBe(200);
    const items = page.data?.items ?? [];
    expect(items).toHaveLength(1);
    const item = items[0];
    expect(item).toMatchObject({
      kind: 'death.notified',
      party: PULL_PARTY,
      deathNotice: {
        id: notice.id,
        matterCode: 'pension-payment-termination',
        deceased: { idNumber: person.idNumber },
        dateOfDeath: DEATH,
      },
    });
    const ack = await client.POST('/api/exchange/v1/messages/acknowledgements', {
      body: { ids: [item?.id as string] },
    });
    expect(ack.data).toEqual({ acknowledged: [item?.id], unknown: [] });
    const after = await client.GET('/api/exchange/v1/messages', { params: { query: {} } });
    expect(after.data?.items).toEqual([]);
    expect((await messagesAbout(notice.id))[0]?.state).toBe('delivered');

    const answer = { outcome: 'not-a-beneficiary' as const };
    const first = await client.POST('/api/exchange/v1/death-notices/{id}/acknowledgement', {
      params: { path: { id: notice.id }, header: { 'idempotency-key': `pension-${notice.id}` } },
      body: answer,
    });
    expect(first.response.status).toBe(200);
    expect(first.data).toMatchObject({
      state: 'acknowledged',
      outcome: 'not-a-beneficiary',
      overpayment: null,
    });
    const again = await client.POST('/api/exchange/v1/death-notices/{id}/acknowledgement', {
      params: { path: { id: notice.id }, header: { 'idempotency-key': `pension-again-${notice.id}` } },
      body: answer,
    });
    expect(again.response.status).toBe(200);
    expect(again.data).toEqual(first.data);
    const other = await client.POST('/api/exchange/v1/death-notices/{id}/acknowledgement', {
      params: { path: { id: notice.id }, header: { 'idempotency-key': `pension-other-${notice.id}` } },
      body: { outcome: 'terminated', effectiveOn: addCalendarDays(DEATH, 1) },
    });
    expect(other.response.status).toBe(409);
    expect((other.error as Json).error.code).toBe('DEATH_NOTICE_ANSWERED');
    expect(await acknowledgements(notice.id)).toHaveLength(1);

    // One party's credential does not reach another party's notice.
    const foreign = await client.GET('/api/exchange/v1/death-notices/{id}', {
      params: { path: { id: noticeOf('medical-insurance').id } },
    });
    expect(foreign.response.status).toBe(404);
  });

  it('the workbench offices answer as their approvers; a stop before the death is refused naming effectiveOn', async () => {
    const answers: Record<string, Json> = {
      'civil-affairs': { outcome: 'terminated', effectiveOn: addCalendarDays(DEATH, 1) },
      'disabled-federation': { outcome: 'not-a-beneficiary' },
      'veterans-affairs': { outcome: 'terminated', effectiveOn: DEATH, reference: 'TY-0007' },
      'housing-fund': { outcome: 'terminated', effectiveOn: addCalendarDays(DEATH, 1) },
    };
    for (const [department, username] of Object.entries(WORKBENCH)) {
      const notice = noticeOf(department);
      const cookie = await app.signInStaff(username);
      const listed = await app.api('/api/v1/department/death-notices?state=sent', { cookie });
      expect(listed.status).toBe(200);
      const item = listed.body.items.find((n: Json) => n.id === notice.id);
      expect(item).toMatchObject({ state: 'sent', partyCode: notice.party_code, dateOfDeath: DEATH });
      expect(item.deceasedIdNumberMasked).not.toBe(person.idNumber);
      // An office sees only its own department's notices.
      expect(listed.body.items.every((n: Json) => n.partyCode === notice.party_code)).toBe(true);

      const path = `/api/v1/department/death-notices/${notice.id}/acknowledgement`;
      if (department === 'veterans-affairs') {
        const early = await app.api(path, {
          cookie,
          body: { outcome: 'terminated', effectiveOn: addCalendarDays(DEATH, -1) },
        });
        expect(early.status).toBe(400);
        expect(early.body.error.code).toBe('VALIDATION_FAILED');
        expect(early.body.error.fields).toEqual([
          expect.objectContaining({ field: 'effectiveOn', zh: expect.stringContaining(DEATH) }),
        ]);
        expect(early.body.error.fields[0].en).toContain(DEATH);
        const [unchanged] = (await noticeRows()).filter((n) => n.id === notice.id);
        expect(unchanged).toMatchObject({ state: 'sent', outcome: null, effective_on: null });
        expect(await acknowledgements(notice.id)).toHaveLength(0);
      }

      const first = await app.api(path, { cookie, body: answers[department] });
      expect(first.status, JSON.stringify(first.body)).toBe(200);
      expect(first.body).toMatchObject({
        state: 'acknowledged',
        outcome: answers[department].outcome,
        overpayment: null,
      });
      const same = await app.api(path, { cookie, body: answers[department] });
      expect(same.status).toBe(200);
      expect(same.body).toEqual(first.body);
      const different = await app.api(path, {
        cookie,
        body:
          answers[department].outcome === 'terminated'
            ? { outcome: 'not-a-beneficiary' }
            : { outcome: 'terminated', effectiveOn: DEATH },
      });
      expect(different.status).toBe(409);
      expect(different.body.error.code).toBe('DEATH_NOTICE_ANSWERED');
      const [row] = (await noticeRows()).filter((n) => n.id === notice.id);
      expect(row?.acknowledged_by).toBe(username);
      expect((await messagesAbout(notice.id))[0]?.state).toBe('delivered');
    }

    // Another county's office of the same department does not see the notice.
    const elsewhere = await app.signInStaff('civil-530302');
    const foreign = await app.api(
      `/api/v1/department/death-notices/${noticeOf('civil-affairs').id}/acknowledgement`,
      { cookie: elsewhere, body: { outcome: 'not-a-beneficiary' } },
    );
    expect(foreign.status).toBe(404);
    expect(
      (
        await app.api(`/api/v1/department/death-notices/${noticeOf('civil-affairs').id}`, {
          cookie: elsewhere,
        })
      ).status,
    ).toBe(404);
  });

  it('has every party acknowledged exactly once, and every message delivered', async () => {
    const rows = await noticeRows();
    expect(rows.every((n) => n.state === 'acknowledged' && n.acknowledged_at)).toBe(true);
    for (const notice of rows) {
      expect(await acknowledgements(notice.id)).toHaveLength(1);
      const messages = await messagesAbout(notice.id);
      expect(messages).toHaveLength(1);
      expect(messages[0]?.state).toBe('delivered');
    }
    expect(
      push.receipts.filter((r) => r.body?.deathNotice?.id === noticeOf('medical-insurance').id),
    ).toHaveLength(1);
  });

  it('shows the late stop’s overpayment to the party and to the county’s supervisors, not another county’s', async () => {
    const medical = noticeOf('medical-insurance');
    const approver = await app.signInStaff(`medins-${COUNTY}`);
    const atWorkbench = await app.api('/api/v1/department/death-notices?state=acknowledged', {
      cookie: approver,
    });
    expect(atWorkbench.body.items.find((n: Json) => n.id === medical.id)).toMatchObject({
      outcome: 'terminated',
      effectiveOn: addCalendarDays(DEATH, 10),
      overpayment: { days: 9 },
    });

    const county = await supervisorOf(COUNTY);
    const here = await app.api('/api/v1/supervision/overpayments', { cookie: county });
    expect(here.status).toBe(200);
    const ours = here.body.items.filter((i: Json) => notices.some((n) => n.id === i.id));
    expect(ours).toEqual([
      expect.objectContaining({
        id: medical.id,
        matterCode: 'medical-benefits-termination',
        regionCode: COUNTY,
        dateOfDeath: DEATH,
        effectiveOn: addCalendarDays(DEATH, 10),
        overpayment: { from: addCalendarDays(DEATH, 1), through: addCalendarDays(DEATH, 9), days: 9 },
      }),
    ]);
    expect(ours[0].deceasedNameMasked).not.toBe(person.name);

    const province = await app.signInStaff('supervisor-yunnan');
    const all = await app.api('/api/v1/supervision/overpayments', { cookie: province });
    expect(all.body.items.some((i: Json) => i.id === medical.id)).toBe(true);

    const otherCounty = await supervisorOf('530302');
    const there = await app.api('/api/v1/supervision/overpayments', { cookie: otherCounty });
    expect(there.status).toBe(200);
    expect(there.body.items.some((i: Json) => notices.some((n) => n.id === i.id))).toBe(false);
  });

  it('shows the family the benefits stopped, with outcome and date, on its case', async () => {
    const tracked = await app.api(`/api/v1/cases/${caseCode}`, { cookie: family });
    expect(tracked.status).toBe(200);
    const stops: Json[] = tracked.body.benefitStops;
    expect(stops.map((s) => s.matterCode)).toEqual(INFORMATION_USE);
    const byMatter = Object.fromEntries(stops.map((s) => [s.matterCode, s]));
    expect(byMatter['medical-benefits-termination']).toMatchObject({
      state: 'acknowledged',
      outcome: 'terminated',
      outcomeLabel: { zh: '已终止', en: 'Stopped' },
      effectiveOn: addCalendarDays(DEATH, 10),
    });
    expect(byMatter['pension-payment-termination']).toMatchObject({
      state: 'acknowledged',
      outcome: 'not-a-beneficiary',
      effectiveOn: null,
    });
    expect(byMatter['veteran-benefits-termination']).toMatchObject({
      outcome: 'terminated',
      effectiveOn: DEATH,
    });
    expect(byMatter['housing-fund-account-sealing']).toMatchObject({
      outcome: 'terminated',
      effectiveOn: addCalendarDays(DEATH, 1),
    });
    for (const stop of stops) {
      expect(stop.acknowledgedAt).not.toBeNull();
      expect(stop.department.zh).toBeTruthy();
      // The overpayment is the payer's and the supervisor's business, not the family's.
      expect(stop).not.toHaveProperty('overpayment');
    }
  });
});
