/**
 * The death registry on the server: each issuer files its own act through the API (a hospital or
 * clinic the medical certificate, a police station the death proof, a funeral home the cremation,
 * a village committee the burial) and sees only its own institution's reports; one person has one
 * registry record however many issuers report, even at once; disagreements are flagged, kept out
 * of the family's form, and settled by a reviewer or a correction; the registry answers the
 * questionnaire (an unnatural death, a burial); a verified death brings the family one offer and at
 * most one reminder; a death at home reaches the clinic; and anyone can check an e-certificate.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { serviceDate } from '../../src/domain/clock.ts';
import { setClockForTests } from '../../src/server/clock.ts';
import { queryRows } from '../../src/server/db/database.ts';
import { deathRecords, deathReports, proactiveOffers } from '../../src/server/db/schema.ts';
import { remindProactiveOffers } from '../../src/server/death-registry/proactive.ts';
import { DEMO_CITIZENS } from '../../src/server/identity/demo-citizens.ts';
import { blindIndex, encryptField } from '../../src/server/security/national-crypto.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { DEFAULT_ANSWERS, newDeceasedIdNumber, submit } from '../support/workflow.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies of many shapes
type Json = any;

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
});
afterEach(() => {
  setClockForTests(null);
});
afterAll(async () => {
  setClockForTests(null);
  await app?.stop();
});

const staffCookies = new Map<string, string>();
async function staff(username: string): Promise<string> {
  let cookie = staffCookies.get(username);
  if (!cookie) {
    cookie = await app.signInStaff(username);
    staffCookies.set(username, cookie);
  }
  return cookie;
}

/** A date `days` before today in China. */
function daysAgo(days: number): string {
  return serviceDate(new Date(Date.now() - days * 86_400_000));
}

interface Person {
  idNumber: string;
  name: string;
  gender: 'male' | 'female';
}
function madeUp(region = '530102', name = '王建国'): Person {
  return { idNumber: newDeceasedIdNumber(region), name, gender: 'male' };
}

function certificate(person: Person, over: Record<string, unknown> = {}) {
  return {
    kind: 'medical-certificate',
    deceased: person,
    dateOfDeath: daysAgo(5),
    timeOfDeath: '06:40',
    placeOfDeath: '昆明市五华区演示路9号家中',
    placeKind: 'home',
    causes: [
      { cause: '急性心肌梗死', icd10: 'I21.9', interval: '约2小时' },
      { cause: '冠状动脉粥样硬化性心脏病', icd10: 'I25.1', interval: '10年' },
    ],
    doctor: '李医生',
    ...over,
  };
}
function policeProof(person: Person, over: Record<string, unknown> = {}) {
  return {
    kind: 'police-proof',
    deceased: person,
    dateOfDeath: daysAgo(5),
    timeOfDeath: '23:10',
    placeOfDeath: '昆明市五华区某河道',
    manner: 'accident',
    incidentNumber: 'A5301022026000001',
    officer: '赵警官',
    ...over,
  };
}
function cremation(person: Person, over: Record<string, unknown> = {}) {
  return {
    kind: 'cremation',
    deceased: person,
    dateOfDeath: daysAgo(5),
    cremationDate: daysAgo(2),
    officer: '钱师傅',
    ...over,
  };
}
function burial(person: Person, over: Record<string, unknown> = {}) {
  return {
    kind: 'burial',
    deceased: person,
    dateOfDeath: daysAgo(5),
    burialDate: daysAgo(3),
    burialPlace: '建水县演示村公墓',
    officer: '孙主任',
    ...over,
  };
}

/** File a report as the given issuer. */
async function issue(username: string, content: Record<string, unknown>) {
  return app.api('/api/v1/death-reports', { cookie: await staff(username), body: content });
}

/** File a report that must be accepted; returns the issued report. */
async function issued(username: string, content: Record<string, unknown>): Promise<Json> {
  const response = await issue(username, content);
  if (response.status !== 201)
    throw new Error(`issue by ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

const fieldsOf = (body: Json): string[] => (body.error.fields ?? []).map((f: { field: string }) => f.field);

function draftField(view: Json, key: string) {
  return view.form.flatMap((g: Json) => g.fields).find((f: Json) => f.key === key) as
    | { key: string; value: string; source: string | null }
    | undefined;
}

async function auditOf(objectId: string) {
  return queryRows<{ action: string; object_type: string; actor_kind: string; details: Json }>(
    app.database.db,
    sql`SELECT action, object_type, actor_kind, details FROM audit_event WHERE object_id = ${objectId} ORDER BY sequence`,
  );
}

/** The development SMS outbox, as the administrator sees it. */
async function outbox(): Promise<{ to: string | null; body: string }[]> {
  const response = await app.api('/api/v1/dev/sms', { cookie: await staff('admin') });
  expect(response.status).toBe(200);
  return response.body.items;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll the outbox (bounded) until `count` messages match; returns them. */
async function waitForSms(
  match: (sms: { to: string | null; body: string }) => boolean,
  count = 1,
  timeoutMs = 10_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await outbox()).filter(match);
    if (found.length >= count || Date.now() > deadline) return found;
    await sleep(200);
  }
}

/** Watch the outbox for a while (bounded) and return what matched at the end. */
async function smsAfterSettling(match: (sms: { to: string | null; body: string }) => boolean, ms = 4_000) {
  await sleep(ms);
  return (await outbox()).filter(match);
}

const OFFER_LINK = /\/portal\/offers\/([0-9a-f-]{36})\?from=sms/;

describe('each issuer files its own act', () => {
  it('a clinic issues a medical certificate, reads it back and lists it, the ID number masked', async () => {
    const person = madeUp();
    const report = await issued('clinic-530102', certificate(person));
    expect(report).toMatchObject({ version: 1, lineageId: report.id, registry: { state: 'reported' } });
    expect(report.certificateNumber).toMatch(/^YX530102\d{8}\d{6}$/);
    expect(report.verifyToken).toMatch(/^[A-Za-z0-9_-]{16,64}$/);

    const cookie = await staff('clinic-530102');
    const detail = await app.api(`/api/v1/death-reports/${report.id}`, { cookie });
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      id: report.id,
      kind: 'medical-certificate',
      status: 'current',
      certificateNumber: report.certificateNumber,
      institution: { code: '530102-C01' },
      content: { deceased: person, causes: [{ icd10: 'I21.9' }, { icd10: 'I25.1' }] },
      history: [{ id: report.id, version: 1, status: 'current' }],
    });

    const list = await app.api('/api/v1/death-reports', { cookie });
    expect(list.status).toBe(200);
    const listed = list.body.items.find((r: Json) => r.id === report.id);
    expect(listed).toMatchObject({
      kind: 'medical-certificate',
      deceasedName: person.name,
      registryState: 'reported',
      deceasedIdNumberMasked: `${person.idNumber.slice(0, 4)}**********${person.idNumber.slice(-4)}`,
    });
    expect(JSON.stringify(list.body)).not.toContain(person.idNumber);

    // Opening the report in full shows the ID number, and that view is audited.
    const trail = await auditOf(report.id);
    expect(trail.map((e) => e.action)).toEqual(['death_report.issued', 'personal_data.viewed']);
    expect(JSON.stringify(trail)).not.toContain(person.idNumber);
  });

  it('a hospital issues a medical certificate too', async () => {
    const report = await issued('doctor-530102', certificate(madeUp(), { placeKind: 'hospital' }));
    expect(report.certificateNumber).toMatch(/^YX530102/);
  });

  it('a police station issues a death proof, a funeral home a cremation, a village committee a burial', async () => {
    const proof = await issued('officer-530102', policeProof(madeUp()));
    expect(proof.certificateNumber).toMatch(/^GA530102\d{14}$/);
    const cremated = await issued('funeral-530102', cremation(madeUp()));
    expect(cremated.certificateNumber).toMatch(/^HH530102\d{14}$/);
    const buried = await issued('committee-532524', burial(madeUp('532524')));
    expect(buried.certificateNumber).toMatch(/^TZ532524\d{14}$/);
    // Serials are platform-wide: no two reports share a number.
    expect(new Set([proof, cremated, buried].map((r) => r.certificateNumber.slice(-6))).size).toBe(3);
  });

  it('refuses a kind of report the institution does not issue, naming the kind', async () => {
    const byClinic = await issue('clinic-530102', cremation(madeUp()));
    expect(byClinic.status).toBe(400);
    expect(byClinic.body.error.code).toBe('VALIDATION_FAILED');
    expect(fieldsOf(byClinic.body)).toEqual(['kind']);
    expect(byClinic.body.error.fields[0]).toMatchObject({
      labelZh: '证明类型',
      zh: '本机构不能出具此类证明',
    });

    const byFuneralHome = await issue('funeral-530102', certificate(madeUp()));
    expect(byFuneralHome.status).toBe(400);
    expect(fieldsOf(byFuneralHome.body)).toEqual(['kind']);
    const burialByPolice = await issue('officer-530102', burial(madeUp()));
    expect(fieldsOf(burialByPolice.body)).toEqual(['kind']);
  });

  it('names every field that is wrong', async () => {
    const person = madeUp();
    const response = await issue(
      'clinic-530102',
      certificate(
        { ...person, idNumber: `${person.idNumber.slice(0, 17)}${person.idNumber[17] === '0' ? '1' : '0'}` },
        {
          dateOfDeath: daysAgo(-2),
          timeOfDeath: '25:00',
          causes: [{ cause: '肺炎', icd10: 'J189', interval: '' }],
          doctor: '',
        },
      ),
    );
    expect(response.status).toBe(400);
    expect(fieldsOf(response.body).sort()).toEqual(
      ['causes.0.icd10', 'dateOfDeath', 'deceased.idNumber', 'doctor', 'timeOfDeath'].sort(),
    );
    const cremated = await issue(
      'funeral-530102',
      cremation(madeUp(), { dateOfDeath: daysAgo(3), cremationDate: daysAgo(4) }),
    );
    expect(fieldsOf(cremated.body)).toEqual(['cremationDate']);
  });

  it("keeps one institution's reports from another: 404 to read or correct, even in the same county", async () => {
    const person = madeUp();
    const report = await issued('clinic-530102', certificate(person));
    for (const other of ['doctor-530102', 'clinic-530302']) {
      const cookie = await staff(other);
      const read = await app.api(`/api/v1/death-reports/${report.id}`, { cookie });
      expect({ other, status: read.status }).toEqual({ other, status: 404 });
      const corrected = await app.api(`/api/v1/death-reports/${report.id}/corrections`, {
        cookie,
        body: { content: certificate(person, { timeOfDeath: '07:00' }), reason: '时间记错' },
      });
      expect({ other, status: corrected.status }).toEqual({ other, status: 404 });
      const list = await app.api('/api/v1/death-reports', { cookie });
      expect(list.body.items.some((r: Json) => r.id === report.id)).toBe(false);
    }
    // A funeral home, with a record of its own kind, cannot reach the clinic's report either.
    const byFuneralHome = await app.api(`/api/v1/death-reports/${report.id}/corrections`, {
      cookie: await staff('funeral-530102'),
      body: { content: cremation(person), reason: '更正' },
    });
    expect(byFuneralHome.status).toBe(404);
    // The clinic's report is unchanged.
    const own = await app.api(`/api/v1/death-reports/${report.id}`, { cookie: await staff('clinic-530102') });
    expect(own.body).toMatchObject({ version: 1, status: 'current' });
  });

  it('lets a reviewer read a report, but not file or correct one', async () => {
    const person = madeUp();
    const report = await issued('clinic-530102', certificate(person));
    const supervisor = await staff('supervisor-yunnan');
    expect((await app.api(`/api/v1/death-reports/${report.id}`, { cookie: supervisor })).status).toBe(200);
    expect(
      (await app.api('/api/v1/death-reports', { cookie: supervisor, body: certificate(madeUp()) })).status,
    ).toBe(403);
    const corrected = await app.api(`/api/v1/death-reports/${report.id}/corrections`, {
      cookie: supervisor,
      body: { content: certificate(person), reason: '更正' },
    });
    expect(corrected.status).toBe(403);
  });

  it('refuses a citizen and a window clerk (403)', async () => {
    const person = madeUp();
    const report = await issued('clinic-530102', certificate(person));
    for (const cookie of [await app.citizenCookie(0), await staff('window-530102')]) {
      expect((await app.api('/api/v1/death-reports', { cookie, body: certificate(madeUp()) })).status).toBe(
        403,
      );
      expect((await app.api('/api/v1/death-reports', { cookie })).status).toBe(403);
      expect((await app.api(`/api/v1/death-reports/${report.id}`, { cookie })).status).toBe(403);
      const corrected = await app.api(`/api/v1/death-reports/${report.id}/corrections`, {
        cookie,
        body: { content: certificate(person), reason: '更正' },
      });
      expect(corrected.status).toBe(403);
    }
    expect((await app.api('/api/v1/death-reports', { body: certificate(madeUp()) })).status).toBe(401);
  });
});

describe('one registry record per person', () => {
  it('refuses the same report from the same institution twice (409 DEATH_REPORT_EXISTS)', async () => {
    const person = madeUp();
    const first = await issued('clinic-530102', certificate(person));
    const again = await issue('clinic-530102', certificate(person, { timeOfDeath: '07:15' }));
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'DEATH_REPORT_EXISTS', details: { reportId: first.id } });
  });

  it('takes a double submission from one institution once', async () => {
    const person = madeUp();
    const both = await Promise.all([
      issue('clinic-530102', certificate(person)),
      issue('clinic-530102', certificate(person)),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const rows = await app.database.db
      .select({ id: deathReports.id })
      .from(deathReports)
      .where(eq(deathReports.deceasedIdNumberIndex, blindIndex(app.services.context.keys, person.idNumber)));
    expect(rows).toHaveLength(1);
  });

  it('joins the reports of different issuers in one record, verified when complete', async () => {
    const person = madeUp();
    const first = await issued('clinic-530102', certificate(person));
    const second = await issued('funeral-530102', cremation(person));
    expect(second.registry).toEqual({ id: first.registry.id, state: 'verified' });
    const rows = await app.database.db
      .select()
      .from(deathRecords)
      .where(eq(deathRecords.deceasedIdNumberIndex, blindIndex(app.services.context.keys, person.idNumber)));
    expect(rows.map((r) => r.id)).toEqual([first.registry.id]);
    expect(rows[0]?.verifiedAt).not.toBeNull();
    // The issuers' lists show the record's state next to their own report.
    const list = await app.api('/api/v1/death-reports', { cookie: await staff('clinic-530102') });
    expect(list.body.items.find((r: Json) => r.id === first.id).registryState).toBe('verified');
    // The registry's events are in the audit trail, as the system's: verified, and the six
    // benefit payers of the county told (信息应用).
    const trail = await auditOf(first.registry.id);
    expect(trail).toEqual([
      expect.objectContaining({
        action: 'death_registry.verified',
        object_type: 'death_record',
        actor_kind: 'system',
        details: expect.objectContaining({ from: 'reported', to: 'verified' }),
      }),
      expect.objectContaining({
        action: 'death_notice.sent',
        object_type: 'death_record',
        actor_kind: 'system',
        details: { notices: 6, region: '530102' },
      }),
    ]);
  });

  it('ends in one record, in conflict, when two institutions file at the same moment', async () => {
    const person = madeUp();
    const [byHospital, byClinic] = await Promise.all([
      issue('doctor-530102', certificate(person, { dateOfDeath: daysAgo(6) })),
      issue('clinic-530102', certificate(person, { dateOfDeath: daysAgo(5) })),
    ]);
    expect([byHospital.status, byClinic.status]).toEqual([201, 201]);
    expect(byHospital.body.registry.id).toBe(byClinic.body.registry.id);
    // Whichever came second saw the first.
    expect([byHospital.body.registry.state, byClinic.body.registry.state].sort()).toEqual([
      'conflict',
      'reported',
    ]);
    const rows = await app.database.db
      .select()
      .from(deathRecords)
      .where(eq(deathRecords.deceasedIdNumberIndex, blindIndex(app.services.context.keys, person.idNumber)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: byClinic.body.registry.id, state: 'conflict' });

    const conflicts = await app.api('/api/v1/death-registry/conflicts', {
      cookie: await staff('supervisor-yunnan'),
    });
    const record = conflicts.body.items.find((c: Json) => c.recordId === byClinic.body.registry.id);
    expect(record.conflicts.map((c: Json) => c.field)).toEqual(['dateOfDeath']);
    expect(record.conflicts[0].reports.map((r: Json) => r.reportId).sort()).toEqual(
      [byHospital.body.id, byClinic.body.id].sort(),
    );
  });
});

describe('a conflict between issuers', () => {
  it('is flagged, kept out of the form, settled by a reviewer, and re-opened by a disagreeing correction', async () => {
    const person = madeUp();
    const onCertificate = daysAgo(6);
    const onCremation = daysAgo(5);
    const cert = await issued('clinic-530102', certificate(person, { dateOfDeath: onCertificate }));
    const burnt = await issued('funeral-530102', cremation(person, { dateOfDeath: onCremation }));
    const recordId = burnt.registry.id;
    expect(burnt.registry).toEqual({ id: cert.registry.id, state: 'conflict' });

    // The reviewer sees it, with both reports and the values they give.
    const supervisor = await staff('supervisor-yunnan');
    const listed = await app.api('/api/v1/death-registry/conflicts', { cookie: supervisor });
    expect(listed.status).toBe(200);
    const record = listed.body.items.find((c: Json) => c.recordId === recordId);
    expect(record).toMatchObject({
      regionCode: '530102',
      deceasedIdNumberMasked: `${person.idNumber.slice(0, 4)}**********${person.idNumber.slice(-4)}`,
      conflicts: [
        {
          field: 'dateOfDeath',
          label: { zh: '死亡日期不一致' },
          reports: expect.arrayContaining([
            expect.objectContaining({
              reportId: cert.id,
              kind: 'medical-certificate',
              certificateNumber: cert.certificateNumber,
              value: onCertificate,
            }),
            expect.objectContaining({
              reportId: burnt.id,
              kind: 'cremation',
              certificateNumber: burnt.certificateNumber,
              value: onCremation,
            }),
          ]),
        },
      ],
    });
    expect(JSON.stringify(listed.body)).not.toContain(person.idNumber);
    // A window clerk, a department approver and an issuer do not review conflicts.
    for (const who of ['window-530102', 'civil-530102', 'clinic-530102']) {
      const refused = await app.api('/api/v1/death-registry/conflicts', { cookie: await staff(who) });
      expect({ who, status: refused.status }).toEqual({ who, status: 403 });
    }

    // The family's form does not take either date while they disagree.
    const family = await app.citizenCookie(1);
    const draft = await app.api('/api/v1/drafts', {
      cookie: family,
      body: { regionCode: '530102', answers: DEFAULT_ANSWERS, deceasedIdNumber: person.idNumber },
    });
    expect(draft.status).toBe(201);
    const date = draftField(draft.body, 'deceased.dateOfDeath');
    expect(date?.value ?? '').toBe('');
    expect(date?.source ?? null).not.toBe('death-record');

    // A decision needs a reason, and one of the disagreeing reports.
    const resolve = (body: Json) =>
      app.api(`/api/v1/death-registry/${recordId}/resolutions`, { cookie: supervisor, body });
    const noReason = await resolve({ field: 'dateOfDeath', reportId: burnt.id, reason: '  ' });
    expect(noReason.status).toBe(400);
    expect(fieldsOf(noReason.body)).toEqual(['reason']);
    const notInDispute = await resolve({ field: 'name', reportId: burnt.id, reason: '核对' });
    expect(fieldsOf(notInDispute.body)).toEqual(['reportId']);
    const windowClerk = await app.api(`/api/v1/death-registry/${recordId}/resolutions`, {
      cookie: await staff('window-530102'),
      body: { field: 'dateOfDeath', reportId: burnt.id, reason: '核对' },
    });
    expect(windowClerk.status).toBe(403);

    // The reviewer decides for the funeral home's record: verified (certificate and cremation).
    const decided = await resolve({
      field: 'dateOfDeath',
      reportId: burnt.id,
      reason: '经核对火化登记和家属提供的住院记录，以火化记录为准',
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toEqual({ id: recordId, state: 'verified' });
    const after = await app.api('/api/v1/death-registry/conflicts', { cookie: supervisor });
    expect(after.body.items.some((c: Json) => c.recordId === recordId)).toBe(false);

    // The funeral home corrects its record (a new version) to a third date: the decision was about
    // the old version, so the conflict is open again.
    const corrected = await app.api(`/api/v1/death-reports/${burnt.id}/corrections`, {
      cookie: await staff('funeral-530102'),
      body: { content: cremation(person, { dateOfDeath: daysAgo(4) }), reason: '死亡日期录入有误' },
    });
    expect(corrected.status).toBe(201);
    expect(corrected.body).toMatchObject({
      lineageId: burnt.id,
      version: 2,
      certificateNumber: burnt.certificateNumber,
      registry: { id: recordId, state: 'conflict' },
    });
    expect(corrected.body.id).not.toBe(burnt.id);
    expect(corrected.body.verifyToken).not.toBe(burnt.verifyToken);

    // Correcting the superseded version again is refused: the current one is the one to correct.
    const stale = await app.api(`/api/v1/death-reports/${burnt.id}/corrections`, {
      cookie: await staff('funeral-530102'),
      body: { content: cremation(person, { dateOfDeath: onCertificate }), reason: '再次更正' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('STALE_VERSION');

    // A correction to the certificate's date settles it without a reviewer.
    const agreed = await app.api(`/api/v1/death-reports/${corrected.body.id}/corrections`, {
      cookie: await staff('funeral-530102'),
      body: { content: cremation(person, { dateOfDeath: onCertificate }), reason: '与医学证明核对一致' },
    });
    expect(agreed.status).toBe(201);
    expect(agreed.body).toMatchObject({ version: 3, registry: { state: 'verified' } });

    // The old certificates say they were replaced; the newest is current.
    const check = (token: string) => app.api(`/api/v1/verify/death-reports/${token}`);
    expect((await check(burnt.verifyToken)).body).toMatchObject({ status: 'superseded', version: 1 });
    expect((await check(corrected.body.verifyToken)).body).toMatchObject({
      status: 'superseded',
      version: 2,
    });
    expect((await check(agreed.body.verifyToken)).body).toMatchObject({
      status: 'current',
      version: 3,
      certificateNumber: burnt.certificateNumber,
      dateOfDeath: onCertificate,
    });
    const detail = await app.api(`/api/v1/death-reports/${agreed.body.id}`, {
      cookie: await staff('funeral-530102'),
    });
    expect(detail.body.history).toEqual([
      expect.objectContaining({ id: burnt.id, version: 1, status: 'superseded', correctionReason: null }),
      expect.objectContaining({
        id: corrected.body.id,
        version: 2,
        status: 'superseded',
        correctionReason: '死亡日期录入有误',
      }),
      expect.objectContaining({
        id: agreed.body.id,
        version: 3,
        status: 'current',
        correctionReason: '与医学证明核对一致',
      }),
    ]);
    // Only the current version is listed.
    const list = await app.api('/api/v1/death-reports', { cookie: await staff('funeral-530102') });
    const lineage = list.body.items.filter((r: Json) => r.lineageId === burnt.id);
    expect(lineage.map((r: Json) => r.version)).toEqual([3]);

    // The audit trail: the record's changes of state and the decision, and each correction; the
    // benefit payers are told once, when the death is first verified.
    const recordTrail = await auditOf(recordId);
    expect(recordTrail.map((e) => e.action)).toEqual([
      'death_registry.conflict',
      'death_registry.resolved',
      'death_registry.verified',
      'death_notice.sent',
      'death_registry.conflict',
      'death_registry.verified',
    ]);
    expect(recordTrail[0]?.details).toMatchObject({
      from: 'reported',
      to: 'conflict',
      conflicts: ['dateOfDeath'],
    });
    expect(recordTrail[1]).toMatchObject({
      actor_kind: 'staff',
      details: {
        field: 'dateOfDeath',
        reportId: burnt.id,
        version: 1,
        reason: '经核对火化登记和家属提供的住院记录，以火化记录为准',
      },
    });
    const correction = await auditOf(corrected.body.id);
    expect(correction[0]).toMatchObject({
      action: 'death_report.corrected',
      actor_kind: 'staff',
      details: {
        kind: 'cremation',
        version: 2,
        replaces: burnt.id,
        reason: '死亡日期录入有误',
        changed: ['dateOfDeath'],
      },
    });
    expect(JSON.stringify([...recordTrail, ...correction])).not.toContain(person.idNumber);
  });
});

describe("a reviewer's region", () => {
  it("holds a reviewer to their own province's records", async () => {
    const person = madeUp('430621');
    await issued(
      'doctor-430621',
      certificate(person, { dateOfDeath: daysAgo(6), placeOfDeath: '岳阳县演示人民医院' }),
    );
    const burnt = await issued('funeral-430621', cremation(person, { dateOfDeath: daysAgo(5) }));
    expect(burnt.registry.state).toBe('conflict');
    const supervisor = await staff('supervisor-yunnan');
    const listed = await app.api('/api/v1/death-registry/conflicts', { cookie: supervisor });
    expect(listed.body.items.some((c: Json) => c.recordId === burnt.registry.id)).toBe(false);
    const resolved = await app.api(`/api/v1/death-registry/${burnt.registry.id}/resolutions`, {
      cookie: supervisor,
      body: { field: 'dateOfDeath', reportId: burnt.id, reason: '核对' },
    });
    expect(resolved.status).toBe(404);
    expect((await app.api(`/api/v1/death-reports/${burnt.id}`, { cookie: supervisor })).status).toBe(404);
  });
});

describe('an unnatural death (police proof, no medical certificate)', () => {
  it('answers the circumstance from the registry, and no health department sub-case follows', async () => {
    const person = madeUp();
    const proof = await issued('officer-530102', policeProof(person));
    // 五华区 is a cremation area: the record waits for the cremation.
    expect(proof.registry.state).toBe('reported');

    const cookie = await app.citizenCookie(0);
    const preview = await app.api('/api/v1/bundle/preview', {
      cookie,
      // The family's answer does not override what the registry holds.
      body: {
        regionCode: '530102',
        answers: { deathCircumstance: 'home' },
        deceasedIdNumber: person.idNumber,
      },
    });
    expect(preview.status).toBe(200);
    expect(preview.body.sharedData).toBe('used');
    const circumstance = preview.body.questionnaire.skipped.find((s: Json) => s.id === 'deathCircumstance');
    expect(circumstance).toMatchObject({
      reason: 'shared-data',
      value: 'unnatural',
      from: { zh: '死亡登记（出具机构上报）' },
    });
    const health = preview.body.matters.filter(
      (m: Json) => m.department.code === 'health' && m.included !== false && m.needsApplication,
    );
    expect(health).toEqual([]);
    const medical = preview.body.matters.find((m: Json) => m.code === 'medical-death-certificate');
    expect(medical).toMatchObject({ included: false, needsApplication: false });
    const police = preview.body.matters.find((m: Json) => m.code === 'police-death-proof');
    expect(police).toMatchObject({ needsApplication: false, issuedBy: 'police-proof' });

    const submitted = await submit(app, cookie, { deceasedIdNumber: person.idNumber });
    expect(submitted.subCases.filter((s) => s.departmentCode === 'health')).toEqual([]);
    const issuerActs = [
      'medical-death-certificate',
      'police-death-proof',
      'cremation-certificate',
      'burial-registration',
    ];
    expect(submitted.subCases.filter((s) => issuerActs.includes(s.matterCode))).toEqual([]);
    expect(submitted.deathCertificates).toEqual([
      expect.objectContaining({
        kind: 'police-proof',
        certificateNumber: proof.certificateNumber,
        verifyToken: proof.verifyToken,
        placeOfDeath: '昆明市五华区某河道',
      }),
    ]);
  });
});

describe('a burial area (建水县 532524)', () => {
  it('verifies with a certificate and a burial registration, and the bundle has no cremation', async () => {
    const person = madeUp('532524', '杨桂芝');
    const cert = await issued('clinic-532524', certificate(person, { placeOfDeath: '建水县演示村家中' }));
    expect(cert.registry.state).toBe('reported');
    const buried = await issued('committee-532524', burial(person));
    expect(buried.registry).toEqual({ id: cert.registry.id, state: 'verified' });

    const cookie = await app.citizenCookie(0);
    const preview = await app.api('/api/v1/bundle/preview', {
      cookie,
      body: { regionCode: '532524', answers: { funeral: 'cremation' }, deceasedIdNumber: person.idNumber },
    });
    expect(preview.status).toBe(200);
    const funeral = preview.body.questionnaire.skipped.find((s: Json) => s.id === 'funeral');
    expect(funeral).toMatchObject({ reason: 'shared-data', value: 'burial' });
    const circumstance = preview.body.questionnaire.skipped.find((s: Json) => s.id === 'deathCircumstance');
    expect(circumstance).toMatchObject({ reason: 'shared-data', value: 'home' });
    const matter = (code: string) => preview.body.matters.find((m: Json) => m.code === code);
    expect(matter('cremation-certificate')).toMatchObject({ included: false });
    expect(preview.body.matters.filter((m: Json) => /cremat/.test(m.code) && m.included)).toEqual([]);
    expect(matter('burial-registration')).toMatchObject({
      included: true,
      needsApplication: false,
      issuedBy: 'burial',
    });
    expect(
      preview.body.matters.filter(
        (m: Json) => m.department.code === 'health' && m.included && m.needsApplication,
      ),
    ).toEqual([]);
  });
});

describe('a death at home, reported by the family', () => {
  it('reaches the clinic, once, until the clinic certifies it', async () => {
    const person = madeUp();
    const family = await app.citizenCookie(0);
    const body = {
      deceasedIdNumber: person.idNumber,
      deceasedName: person.name,
      regionCode: '530102',
      address: '昆明市五华区演示路12号',
      dateOfDeath: daysAgo(1),
      note: '老人夜间在家中去世',
    };
    const reported = await app.api('/api/v1/home-death-reports', { cookie: family, body });
    expect(reported.status).toBe(201);
    const reportId = reported.body.id;

    // The clinic of the county sees it; the hospital (which certifies deaths in hospital) does not.
    const clinic = await staff('clinic-530102');
    const queue = await app.api('/api/v1/home-death-reports', { cookie: clinic });
    expect(queue.status).toBe(200);
    expect(queue.body.items.find((r: Json) => r.id === reportId)).toMatchObject({
      regionCode: '530102',
      deceasedName: person.name,
      deceasedIdNumber: person.idNumber,
      address: '昆明市五华区演示路12号',
      dateOfDeath: daysAgo(1),
      // Left empty, the reporter's own number.
      phone: DEMO_CITIZENS[0]?.phone,
      phoneMasked: '138****0001',
      note: '老人夜间在家中去世',
    });
    const hospital = await app.api('/api/v1/home-death-reports', { cookie: await staff('doctor-530102') });
    expect(hospital.status).toBe(200);
    expect(hospital.body.items).toEqual([]);
    const elsewhere = await app.api('/api/v1/home-death-reports', { cookie: await staff('clinic-530302') });
    expect(elsewhere.body.items.some((r: Json) => r.id === reportId)).toBe(false);
    for (const who of ['window-530102', 'funeral-530102']) {
      const refused = await app.api('/api/v1/home-death-reports', { cookie: await staff(who) });
      expect({ who, status: refused.status }).toEqual({ who, status: 403 });
    }
    // Staff do not file the family's report.
    expect((await app.api('/api/v1/home-death-reports', { cookie: clinic, body })).status).toBe(403);

    // Someone else in the family reports it too: it is already with the clinic.
    const twice = await app.api('/api/v1/home-death-reports', { cookie: await app.citizenCookie(1), body });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('HOME_DEATH_REPORTED');

    // A certificate about someone else, or from another county's clinic, does not close it.
    const someoneElse = await issue('clinic-530102', certificate(madeUp(), { homeReportId: reportId }));
    expect(someoneElse.status).toBe(400);
    expect(fieldsOf(someoneElse.body)).toEqual(['homeReportId']);
    const otherCounty = await issue('clinic-530302', certificate(person, { homeReportId: reportId }));
    expect(otherCounty.status).toBe(400);
    expect(fieldsOf(otherCounty.body)).toEqual(['homeReportId']);
    const still = await app.api('/api/v1/home-death-reports', { cookie: clinic });
    expect(still.body.items.some((r: Json) => r.id === reportId)).toBe(true);

    // The clinic's certificate answers the report, and it leaves the queue.
    const cert = await issued(
      'clinic-530102',
      certificate(person, { dateOfDeath: daysAgo(1), homeReportId: reportId }),
    );
    expect(cert.registry.state).toBe('reported');
    const after = await app.api('/api/v1/home-death-reports', { cookie: clinic });
    expect(after.body.items.some((r: Json) => r.id === reportId)).toBe(false);

    // Once certified, there is nothing to report.
    const late = await app.api('/api/v1/home-death-reports', { cookie: await app.citizenCookie(1), body });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('DEATH_ALREADY_CERTIFIED');

    // The report and the clinic's view of it are in the audit trail, without the ID number.
    const trail = await auditOf(reportId);
    expect(trail.map((e) => e.action)).toEqual(['home_death.reported']);
    expect(JSON.stringify(trail)).not.toContain(person.idNumber);
  });

  it('names the fields that are wrong', async () => {
    const family = await app.citizenCookie(0);
    const person = madeUp();
    const wrongCheck = `${person.idNumber.slice(0, 17)}${person.idNumber[17] === '0' ? '1' : '0'}`;
    const response = await app.api('/api/v1/home-death-reports', {
      cookie: family,
      body: {
        deceasedIdNumber: wrongCheck,
        deceasedName: '',
        regionCode: '530102',
        address: '  ',
        dateOfDeath: daysAgo(-1),
        phone: '12345',
      },
    });
    expect(response.status).toBe(400);
    expect(fieldsOf(response.body).sort()).toEqual(
      ['address', 'dateOfDeath', 'deceased.idNumber', 'deceased.name', 'phone'].sort(),
    );
    for (const f of response.body.error.fields) {
      expect(f.labelZh).not.toBe(f.field);
      expect(f.zh.length).toBeGreaterThan(0);
    }
    // A date that is not on the calendar, or before the deceased was born.
    for (const dateOfDeath of ['2026-02-30', '2026-13-01', '1920-01-01']) {
      const dated = await app.api('/api/v1/home-death-reports', {
        cookie: family,
        body: {
          deceasedIdNumber: person.idNumber,
          deceasedName: person.name,
          regionCode: '530102',
          address: '昆明市五华区演示路12号',
          dateOfDeath,
        },
      });
      expect({ dateOfDeath, status: dated.status, fields: fieldsOf(dated.body) }).toEqual({
        dateOfDeath,
        status: 400,
        fields: ['dateOfDeath'],
      });
    }
    // A county that is not one (a city) is named too; and one's own ID number is not a death.
    const own = await app.api('/api/v1/home-death-reports', {
      cookie: family,
      body: {
        deceasedIdNumber: DEMO_CITIZENS[0]?.idNumber,
        deceasedName: '张伟',
        regionCode: '530100',
        address: '昆明市五华区演示路1号',
        dateOfDeath: daysAgo(1),
      },
    });
    expect(fieldsOf(own.body).sort()).toEqual(['deceased.idNumber', 'regionCode']);
  });
});

describe('checking an e-certificate (public)', () => {
  it('shows the masked name and never the ID number, without sign-in', async () => {
    const person = madeUp('530102', '王建国');
    const report = await issued('clinic-530102', certificate(person));
    const checked = await app.api(`/api/v1/verify/death-reports/${report.verifyToken}`);
    expect(checked.status).toBe(200);
    expect(checked.body).toEqual({
      kind: 'medical-certificate',
      label: { zh: '居民死亡医学证明（推断）书', en: 'Medical death certificate' },
      certificateNumber: report.certificateNumber,
      version: 1,
      status: 'current',
      institution: { zh: '五华区演示社区卫生服务站', en: 'Wuhua Demo Community Clinic' },
      issuedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      deceasedName: '王**',
      dateOfDeath: daysAgo(5),
    });
    const text = JSON.stringify(checked.body);
    expect(text).not.toContain(person.idNumber);
    expect(text).not.toContain(person.idNumber.slice(6, 14));
    expect(text).not.toContain('王建国');
  });

  it('does not know a token it did not issue (404)', async () => {
    const unknown = await app.api('/api/v1/verify/death-reports/AAAAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown.status).toBe(404);
    expect((await app.api('/api/v1/verify/death-reports/not-a-token!')).status).toBe(404);
  });
});

describe('the proactive offer', () => {
  const CHEN = { idNumber: '530102194203150042', name: '陈淑芬', gender: 'female' as const };
  const LI = { idNumber: '532502193809120031', name: '李秀英', gender: 'female' as const };
  /** The offer itself (the reminder carries the same link, in other words). */
  const toChenMing = (sms: { to: string | null; body: string }) =>
    sms.to === '139****9000' && OFFER_LINK.test(sms.body) && sms.body.includes('深表哀悼');
  const reminderToChenMing = (sms: { to: string | null; body: string }) =>
    sms.to === '139****9000' && sms.body.includes('温馨提醒');
  const toLiGuoqiang = (sms: { to: string | null; body: string }) => sms.to === '137****7000';

  /** Move the service clock past the reminder's day. */
  function pastReminderDay() {
    const days = app.services.context.config.proactiveReminderDays;
    setClockForTests(new Date(Date.now() + (days + 1) * 86_400_000));
  }

  it("goes once to 陈淑芬's son when her death is verified, with one reminder", async () => {
    expect(app.services.context.config.proactiveReminderDays).toBe(7);
    const cert = await issued('clinic-530102', certificate(CHEN, { dateOfDeath: daysAgo(3) }));
    expect(cert.registry.state).toBe('reported');
    // Nothing is sent before the death is verified.
    expect((await outbox()).filter((s) => s.to === '139****9000')).toEqual([]);
    const burnt = await issued(
      'funeral-530102',
      cremation(CHEN, { dateOfDeath: daysAgo(3), cremationDate: daysAgo(1) }),
    );
    expect(burnt.registry.state).toBe('verified');

    const [sms] = await waitForSms(toChenMing);
    expect(sms).toBeDefined();
    expect(sms?.body).toContain('陈**');
    expect(sms?.body).toContain('暂不办理');
    expect(sms?.body).not.toContain(CHEN.idNumber);
    expect(sms?.body).not.toContain('陈淑芬');
    const offerId = OFFER_LINK.exec(sms?.body ?? '')?.[1] as string;
    expect(sms?.body).toContain(`${app.url}/portal/offers/${offerId}?from=sms`);

    // A correction of a verified death sends nothing new.
    const corrected = await app.api(`/api/v1/death-reports/${cert.id}/corrections`, {
      cookie: await staff('clinic-530102'),
      body: {
        content: certificate(CHEN, { dateOfDeath: daysAgo(3), timeOfDeath: '05:20' }),
        reason: '死亡时间更正',
      },
    });
    expect(corrected.status).toBe(201);
    expect(corrected.body.registry.state).toBe('verified');
    expect(await smsAfterSettling(toChenMing)).toHaveLength(1);

    // Her son sees the offer; opening it gives the full ID number and the certificates.
    const son = await app.citizenCookie(2);
    const offers = await app.api('/api/v1/offers', { cookie: son });
    expect(offers.status).toBe(200);
    expect(offers.body.items).toEqual([
      expect.objectContaining({
        id: offerId,
        state: 'sent',
        regionCode: '530102',
        deceasedName: '陈淑芬',
        deceasedIdNumberMasked: '5301**********0042',
        dateOfDeath: daysAgo(3),
      }),
    ]);
    expect(JSON.stringify(offers.body)).not.toContain(CHEN.idNumber);
    const opened = await app.api(`/api/v1/offers/${offerId}`, { cookie: son });
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ id: offerId, deceasedIdNumber: CHEN.idNumber });
    expect(opened.body.certificates.map((c: Json) => c.kind).sort()).toEqual([
      'cremation',
      'medical-certificate',
    ]);
    expect(opened.body.certificates.find((c: Json) => c.kind === 'medical-certificate')).toMatchObject({
      certificateNumber: cert.certificateNumber,
      version: 2,
      verifyToken: corrected.body.verifyToken,
    });
    const [offerRow] = await app.database.db
      .select()
      .from(proactiveOffers)
      .where(eq(proactiveOffers.id, offerId));
    expect((await auditOf(offerId)).map((e) => e.action)).toEqual([
      'proactive_offer.sent',
      'proactive_offer.opened',
    ]);
    expect(offerRow?.state).toBe('sent');

    // Anyone else is told there is no such offer; staff do not answer offers.
    const stranger = await app.citizenCookie(0);
    expect((await app.api(`/api/v1/offers/${offerId}`, { cookie: stranger })).status).toBe(404);
    expect(
      (await app.api(`/api/v1/offers/${offerId}/decline`, { method: 'POST', cookie: stranger })).status,
    ).toBe(404);
    expect(
      (await app.api('/api/v1/offers', { cookie: stranger })).body.items.some((o: Json) => o.id === offerId),
    ).toBe(false);
    expect((await app.api('/api/v1/offers', { cookie: await staff('window-530102') })).status).toBe(403);

    // Past the reminder's day: one reminder, and only one.
    pastReminderDay();
    await remindProactiveOffers(app.services.context);
    const reminders = await waitForSms(reminderToChenMing);
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.body).toContain(`/portal/offers/${offerId}?from=sms`);
    // Named as in the offer: the family name, masked — no part of her ID number.
    expect(reminders[0]?.body).toContain('陈**');
    expect(reminders[0]?.body).not.toContain('0042');
    expect(await remindProactiveOffers(app.services.context)).toBe(0);
    setClockForTests(new Date(Date.now() + 30 * 86_400_000));
    expect(await remindProactiveOffers(app.services.context)).toBe(0);
    expect((await outbox()).filter(reminderToChenMing)).toHaveLength(1);
    expect((await outbox()).filter(toChenMing)).toHaveLength(1);

    // Her son starts the application: the offer has done its work.
    setClockForTests(null);
    const draft = await app.api('/api/v1/drafts', {
      cookie: son,
      body: { regionCode: '530102', answers: DEFAULT_ANSWERS, deceasedIdNumber: CHEN.idNumber },
    });
    expect(draft.status).toBe(201);
    // Verified, the registry's date of death is filled in for him.
    expect(draftField(draft.body, 'deceased.dateOfDeath')).toMatchObject({
      value: daysAgo(3),
      source: 'death-record',
    });
    expect((await app.api('/api/v1/offers', { cookie: son })).body.items).toEqual([]);
    const [started] = await app.database.db
      .select()
      .from(proactiveOffers)
      .where(eq(proactiveOffers.id, offerId));
    expect(started).toMatchObject({ state: 'started', draftId: draft.body.id });
  });

  it("goes to 李秀英's son in a burial area, and after “not now” nothing more", async () => {
    const cert = await issued(
      'clinic-532524',
      certificate(LI, { placeOfDeath: '建水县演示村3组家中', dateOfDeath: daysAgo(4) }),
    );
    expect(cert.registry.state).toBe('reported');
    const buried = await issued('committee-532524', burial(LI, { dateOfDeath: daysAgo(4) }));
    expect(buried.registry.state).toBe('verified');
    const [sms] = await waitForSms(toLiGuoqiang);
    const offerId = OFFER_LINK.exec(sms?.body ?? '')?.[1] as string;
    expect(offerId).toBeDefined();
    expect(sms?.body).toContain('李**');

    const son = await app.citizenCookie(3);
    const offers = await app.api('/api/v1/offers', { cookie: son });
    expect(offers.body.items.map((o: Json) => o.id)).toEqual([offerId]);
    expect(offers.body.items[0]).toMatchObject({ regionCode: '532524', deceasedName: '李秀英' });
    // Chen Ming is not her next of kin.
    expect((await app.api(`/api/v1/offers/${offerId}`, { cookie: await app.citizenCookie(2) })).status).toBe(
      404,
    );

    const declined = await app.api(`/api/v1/offers/${offerId}/decline`, { method: 'POST', cookie: son });
    expect(declined.status).toBe(204);
    expect((await app.api('/api/v1/offers', { cookie: son })).body.items).toEqual([]);
    const [row] = await app.database.db.select().from(proactiveOffers).where(eq(proactiveOffers.id, offerId));
    expect(row?.state).toBe('declined');

    pastReminderDay();
    await remindProactiveOffers(app.services.context);
    setClockForTests(new Date(Date.now() + 60 * 86_400_000));
    await remindProactiveOffers(app.services.context);
    expect(await smsAfterSettling(toLiGuoqiang, 2_000)).toHaveLength(1);
    expect((await app.api('/api/v1/offers', { cookie: son })).body.items).toEqual([]);
    expect((await auditOf(offerId)).map((e) => e.action)).toEqual([
      'proactive_offer.sent',
      'proactive_offer.declined',
    ]);
  });

  it('is marked started when the family starts an application, and then never reminded', async () => {
    // An offer already sent to 李娜 (demo citizen 1) about a death she then applies for herself.
    const { keys } = app.services.context;
    const person = madeUp();
    const lina = DEMO_CITIZENS[1];
    if (!lina) throw new Error('no demo citizen 1');
    const phone = '13600136000';
    const [offer] = await app.database.db
      .insert(proactiveOffers)
      .values({
        deceasedIdNumberIndex: blindIndex(keys, person.idNumber),
        deceasedIdNumberEncrypted: encryptField(keys, person.idNumber),
        regionCode: '530102',
        recipientIdNumberIndex: blindIndex(keys, lina.idNumber),
        recipientIdNumberEncrypted: encryptField(keys, lina.idNumber),
        phoneEncrypted: encryptField(keys, phone),
        state: 'sent',
        sentAt: new Date(),
        remindAfter: new Date(Date.now() + 86_400_000),
      })
      .returning({ id: proactiveOffers.id });
    const offerId = offer?.id as string;
    const cookie = await app.citizenCookie(1);
    expect((await app.api('/api/v1/offers', { cookie })).body.items.map((o: Json) => o.id)).toContain(
      offerId,
    );

    const draft = await app.api('/api/v1/drafts', {
      cookie,
      body: { regionCode: '530102', answers: DEFAULT_ANSWERS, deceasedIdNumber: person.idNumber },
    });
    expect(draft.status).toBe(201);
    const [row] = await app.database.db.select().from(proactiveOffers).where(eq(proactiveOffers.id, offerId));
    expect(row).toMatchObject({ state: 'started', draftId: draft.body.id });
    expect((await app.api('/api/v1/offers', { cookie })).body.items.some((o: Json) => o.id === offerId)).toBe(
      false,
    );

    // Past the day the reminder would have gone: nothing goes.
    setClockForTests(new Date(Date.now() + 2 * 86_400_000));
    await remindProactiveOffers(app.services.context);
    expect((await outbox()).filter((s) => s.to === '136****6000')).toEqual([]);
  });
});

describe('the issuers’ acts in the bundle and the case', () => {
  it('shows a certificate already filed as done in the bundle, and the step still to come as such', async () => {
    const person = madeUp();
    const filed = await issued('officer-530102', policeProof(person));
    const family = await app.citizenCookie(1);
    const preview = await app.api('/api/v1/bundle/preview', {
      cookie: family,
      body: { regionCode: '530102', answers: DEFAULT_ANSWERS, deceasedIdNumber: person.idNumber },
    });
    expect(preview.status).toBe(200);
    const byCode = (code: string) => preview.body.matters.find((m: Json) => m.code === code);
    expect(byCode('police-death-proof')).toMatchObject({
      included: true,
      needsApplication: false,
      issuedBy: 'police-proof',
      issued: { certificateNumber: filed.certificateNumber, institution: { zh: '五华区演示派出所' } },
    });
    // The cremation is still to happen: shown with who does it, no certificate yet.
    expect(byCode('cremation-certificate')).toMatchObject({
      included: true,
      issuedBy: 'cremation',
      issued: null,
      implementer: { zh: '殡仪馆' },
    });
    // Without a signed-in caller nothing of the registry is shown.
    const anonymous = await app.api('/api/v1/bundle/preview', {
      body: { regionCode: '530102', answers: DEFAULT_ANSWERS, deceasedIdNumber: person.idNumber },
    });
    expect(anonymous.body.matters.find((m: Json) => m.code === 'police-death-proof').issued).toBeNull();
  });

  it('follows the case: each issuer’s act done with its certificate, or still to come, and never a sub-case', async () => {
    const person = madeUp();
    await issued('officer-530102', policeProof(person));
    const family = await app.citizenCookie(1);
    const detail = await submit(app, family, { deceasedIdNumber: person.idNumber });
    expect(detail.subCases.map((s: Json) => s.departmentCode)).not.toContain('health');
    expect(detail.subCases.map((s: Json) => s.matterCode)).not.toContain('police-death-proof');
    const steps = (detail as Json).issuerSteps as Json[];
    expect(steps.map((s) => [s.matterCode, s.certificate?.kind ?? null])).toEqual([
      ['police-death-proof', 'police-proof'],
      ['cremation-certificate', null],
    ]);
    // The funeral home records the cremation later: the family's case shows it done.
    const record = await issued('funeral-530102', cremation(person));
    const later = await app.api(`/api/v1/cases/${detail.code}`, { cookie: family });
    expect(later.body.issuerSteps[1].certificate).toMatchObject({
      kind: 'cremation',
      certificateNumber: record.certificateNumber,
    });
    expect(later.body.deathCertificates.map((c: Json) => c.kind).sort()).toEqual([
      'cremation',
      'police-proof',
    ]);
    // The window and the department see the same certificates as verified material.
    const window = await staff('window-530102');
    const atWindow = await app.api(`/api/v1/window/cases/${detail.id}`, { cookie: window });
    expect(atWindow.body.deathCertificates.map((c: Json) => c.certificateNumber).sort()).toEqual(
      later.body.deathCertificates.map((c: Json) => c.certificateNumber).sort(),
    );
  });
});

describe('the e-certificate as PDF', () => {
  const pdfOf = async (path: string, cookie?: string) => {
    const response = await fetch(`${app.url}${path}`, { headers: cookie ? { cookie } : {} });
    const bytes = Buffer.from(await response.arrayBuffer());
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      head: bytes.subarray(0, 5).toString(),
    };
  };

  it('is for the issuing institution, and for whoever follows a case of that person', async () => {
    const person = madeUp();
    const report = await issued('officer-530102', policeProof(person));
    const own = await pdfOf(`/api/v1/death-reports/${report.id}/certificate`, await staff('officer-530102'));
    expect(own).toEqual({ status: 200, type: 'application/pdf', head: '%PDF-' });
    // Another institution, even in the same county, is told it does not exist.
    const other = await pdfOf(`/api/v1/death-reports/${report.id}/certificate`, await staff('clinic-530102'));
    expect(other.status).toBe(404);

    const family = await app.citizenCookie(1);
    const detail = await submit(app, family, { deceasedIdNumber: person.idNumber });
    const token = (detail as Json).deathCertificates[0].verifyToken;
    const mine = await pdfOf(`/api/v1/cases/${detail.code}/death-certificates/${token}`, family);
    expect(mine).toEqual({ status: 200, type: 'application/pdf', head: '%PDF-' });
    const clerk = await pdfOf(
      `/api/v1/cases/${detail.code}/death-certificates/${token}`,
      await staff('window-530102'),
    );
    expect(clerk.status).toBe(200);
    // Someone who does not follow the case, or a token of another person's certificate: nothing.
    const stranger = await pdfOf(
      `/api/v1/cases/${detail.code}/death-certificates/${token}`,
      await app.citizenCookie(0),
    );
    expect(stranger.status).toBe(404);
    const elsewhere = await issued('officer-530102', policeProof(madeUp()));
    const wrong = await pdfOf(
      `/api/v1/cases/${detail.code}/death-certificates/${elsewhere.verifyToken}`,
      family,
    );
    expect(wrong.status).toBe(404);
    const audited = await queryRows<{ n: number | string }>(
      app.database.db,
      sql`SELECT count(*) AS n FROM audit_event WHERE action = 'personal_data.viewed' AND details->>'purpose' = 'certificate.pdf' AND object_id = ${report.id}`,
    );
    expect(Number(audited[0]?.n)).toBe(3);
  });
});
