/**
 * One application through drafts: prefilled from shared data, saved as typed, materials once (or
 * an e-licence instead), submitted into sub-cases that hold only their own fields — online, at the
 * window with the applicant's consent, and with the data-sharing service down.
 */

import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runDraftExpiry } from '../../src/server/commands/draft-expiry.ts';
import { queryRows } from '../../src/server/db/database.ts';
import { type Simulator, startSharedDataSimulator } from '../../tools/shared-data-simulator.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { accept, DEFAULT_ANSWERS, newDeceasedIdNumber, prepareDraft } from '../support/workflow.ts';

let app: TestApp;

// 王建国 (530102194001050019): enterprise retiree, provident fund, employees' medical insurance,
// driving licence — all known to the sandbox registry. The family answers only the rest.
const answers = { notarisedWill: 'no', deposits: 'no', companyShares: 'no', relationship: 'child' };

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
});
afterAll(async () => {
  await app?.stop();
});

const key = () => `draft-${crypto.randomUUID()}`;

async function upload(
  cookie: string,
  draftId: string,
  materialCode: string,
  content: Buffer,
  filename: string,
  base = app.url,
) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)]), filename);
  const response = await fetch(`${base}/api/v1/drafts/${draftId}/materials/${materialCode}`, {
    method: 'POST',
    headers: { cookie },
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

const photo = () =>
  sharp({ create: { width: 900, height: 600, channels: 3, background: '#ddd' } })
    .jpeg()
    .toBuffer();

function field(view: { form: { fields: { key: string }[] }[] }, name: string) {
  return view.form.flatMap((g) => g.fields).find((f) => f.key === name) as
    | { key: string; value: string; source: string | null; certified: boolean }
    | undefined;
}

describe('an online application through a draft', () => {
  let cookie: string;
  let draft: { id: string; version: number } & Record<string, unknown>;

  it('starts with what shared data knows already filled in', async () => {
    cookie = await app.citizenCookie(0);
    const started = await app.api('/api/v1/drafts', {
      cookie,
      body: { regionCode: '530102', answers, deceasedIdNumber: '530102194001050019' },
    });
    expect(started.status).toBe(201);
    draft = started.body;
    expect(field(started.body, 'deceased.name')).toMatchObject({
      value: '王建国',
      source: 'population',
      certified: true,
    });
    expect(field(started.body, 'deceased.dateOfDeath')).toMatchObject({
      value: '2026-11-01',
      source: 'death-record',
    });
    expect(field(started.body, 'applicant.name')).toMatchObject({
      value: '张伟',
      source: 'identity',
      certified: true,
    });
    expect(field(started.body, 'applicant.phone')).toMatchObject({ value: '13800000001', certified: false });
    // 张伟 is on the deceased's household register e-licence as his child: taken from it, certified.
    expect(field(started.body, 'applicant.relationship')).toMatchObject({
      value: 'child',
      source: 'e-licence',
      certified: true,
    });
    const matters = started.body.matters.map((m: { code: string }) => m.code);
    expect(matters).toEqual(
      expect.arrayContaining([
        'household-registration-cancellation',
        'enterprise-retiree-death-benefits',
        'housing-fund-withdrawal',
        'driving-licence-cancellation',
      ]),
    );
    const material = (code: string) => started.body.materials.find((m: { code: string }) => m.code === code);
    expect(material('death-proof')).toMatchObject({ satisfied: true, items: [{ kind: 'shared-data' }] });
    expect(material('deceased-id-card')).toMatchObject({ satisfied: true, items: [{ kind: 'e-licence' }] });
    expect(material('relationship-proof')).toMatchObject({ satisfied: true });
    expect(material('payee-bank-card')).toMatchObject({ satisfied: false });
    expect(started.body.problems.map((p: { field: string }) => p.field)).toEqual(
      expect.arrayContaining(['payee.accountNumber', 'materials.payee-bank-card']),
    );
  });

  it('refuses to change a certified value but takes a flag on it', async () => {
    const changed = await app.api(`/api/v1/drafts/${draft.id}`, {
      method: 'PATCH',
      cookie,
      body: { version: draft.version, values: { 'deceased.name': '王建华' } },
    });
    expect(changed.status).toBe(400);
    expect(changed.body.error.fields[0]).toMatchObject({ field: 'deceased.name' });
    expect(changed.body.error.fields[0].zh).toContain('人口信息库');
    const flagged = await app.api(`/api/v1/drafts/${draft.id}`, {
      method: 'PATCH',
      cookie,
      body: { version: draft.version, flags: { 'deceased.name': '名字少了一个字' } },
    });
    expect(flagged.status).toBe(200);
    draft = flagged.body;
  });

  it('saves what the family types and resumes it on another device', async () => {
    const saved = await app.api(`/api/v1/drafts/${draft.id}`, {
      method: 'PATCH',
      cookie,
      body: {
        version: draft.version,
        values: {
          'payee.accountHolder': '张伟',
          'payee.bankName': '中国建设银行',
          'payee.accountNumber': '6222021234567890128',
        },
      },
    });
    expect(saved.status).toBe(200);
    draft = saved.body;
    const stale = await app.api(`/api/v1/drafts/${draft.id}`, {
      method: 'PATCH',
      cookie,
      body: { version: 1, values: {} },
    });
    expect(stale.status).toBe(409);
    const elsewhere = await app.citizenCookie(0);
    const list = await app.api('/api/v1/drafts', { cookie: elsewhere });
    expect(list.body.items.map((d: { id: string }) => d.id)).toContain(draft.id);
    const resumed = await app.api(`/api/v1/drafts/${draft.id}`, { cookie: elsewhere });
    expect(field(resumed.body, 'payee.accountNumber')?.value).toBe('6222021234567890128');
    const stranger = await app.citizenCookie(1);
    expect((await app.api(`/api/v1/drafts/${draft.id}`, { cookie: stranger })).status).toBe(404);
  });

  it('checks an upload by its content and stores it encrypted', async () => {
    const wrong = await upload(
      cookie,
      draft.id,
      'payee-bank-card',
      Buffer.from('not really a photo'),
      'card.jpg',
    );
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields[0]).toMatchObject({ field: 'materials.payee-bank-card' });
    expect(wrong.body.error.fields[0].zh).toContain('JPG');
    const image = await photo();
    const right = await upload(cookie, draft.id, 'payee-bank-card', image, '银行卡.jpg');
    expect(right.status).toBe(200);
    const card = right.body.materials.find((m: { code: string }) => m.code === 'payee-bank-card');
    expect(card.satisfied).toBe(true);
    const digest = card.items[0].fileDigest;
    const back = await fetch(`${app.url}/api/v1/drafts/${draft.id}/files/${digest}`, { headers: { cookie } });
    expect(back.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await back.arrayBuffer()).equals(image)).toBe(true);
    const stranger = await app.citizenCookie(1);
    expect(
      (await fetch(`${app.url}/api/v1/drafts/${draft.id}/files/${digest}`, { headers: { cookie: stranger } }))
        .status,
    ).toBe(404);
    draft = right.body;
    expect(draft.problems).toEqual([]);
  });

  it('submits once into sub-cases that each hold only their own fields', async () => {
    const idempotency = key();
    const body = { version: draft.version, declaration: { version: '2026-11', accepted: true } };
    const [a, b] = await Promise.all([
      app.api(`/api/v1/drafts/${draft.id}/submit`, {
        cookie,
        body,
        headers: { 'idempotency-key': idempotency },
      }),
      app.api(`/api/v1/drafts/${draft.id}/submit`, {
        cookie,
        body,
        headers: { 'idempotency-key': idempotency },
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.code).toBe(b.body.code);
    expect(a.body.subCases.length).toBeGreaterThanOrEqual(4);
    const fields = await queryRows<{ matter_code: string; fields: Record<string, string> }>(
      app.database.db,
      sql`SELECT s.matter_code, s.fields FROM sub_case s JOIN "case" c ON c.id = s.case_id WHERE c.code = ${a.body.code}`,
    );
    const police = fields.find((f) => f.matter_code === 'household-registration-cancellation');
    expect(Object.keys(police?.fields ?? {})).not.toContain('payee.accountNumber');
    const fund = fields.find((f) => f.matter_code === 'housing-fund-withdrawal');
    expect(Object.keys(fund?.fields ?? {})).toContain('payee.accountNumber');
    expect(JSON.stringify(fields)).not.toContain('6222021234567890128');
    const consent = await queryRows<{ consent_version: string; consent_digest: string }>(
      app.database.db,
      sql`SELECT consent_version, consent_digest FROM "case" WHERE code = ${a.body.code}`,
    );
    expect(consent[0]?.consent_version).toBe('2026-11');
    expect(consent[0]?.consent_digest).toMatch(/^[0-9a-f]{64}$/);
    const sms = await queryRows<{ body: string; phone_masked: string }>(
      app.database.db,
      sql`SELECT n.body, n.phone_masked FROM notification n JOIN "case" c ON c.id = n.case_id WHERE c.code = ${a.body.code} AND n.channel = 'sms'`,
    );
    expect(sms).toHaveLength(1);
    expect(sms[0]?.body).toContain(a.body.code);
    expect(sms[0]?.body).not.toContain('530102194001050019');
    expect(sms[0]?.phone_masked).toBe('138****0001');
  });
  it('shows each department only the materials its matter needs', async () => {
    const cases = await app.api('/api/v1/cases', { cookie });
    const latest = cases.body.items[0];
    // Departments see a case once the front desk has accepted it.
    await accept(app, latest.id);
    const subCase = (matter: string) =>
      latest.subCases.find((s: { matterCode: string }) => s.matterCode === matter);
    const police = await app.signInStaff('police-530102');
    const policeView = await app.api(
      `/api/v1/department/sub-cases/${subCase('household-registration-cancellation').id}`,
      { cookie: police },
    );
    const policeMaterials = policeView.body.materials.map((m: { materialCode: string }) => m.materialCode);
    expect(policeMaterials).toContain('death-proof');
    expect(policeMaterials).not.toContain('payee-bank-card');
    const fund = await app.signInStaff('fund-530102');
    const fundView = await app.api(`/api/v1/department/sub-cases/${subCase('housing-fund-withdrawal').id}`, {
      cookie: fund,
    });
    const card = fundView.body.materials.find(
      (m: { materialCode: string }) => m.materialCode === 'payee-bank-card',
    );
    expect(card).toMatchObject({ kind: 'upload', mediaType: 'image/jpeg' });
    const file = await fetch(
      `${app.url}/api/v1/department/sub-cases/${subCase('housing-fund-withdrawal').id}/materials/${card.id}`,
      {
        headers: { cookie: fund },
      },
    );
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    // The police station cannot fetch the bank card through its own sub-case.
    const refused = await fetch(
      `${app.url}/api/v1/department/sub-cases/${subCase('household-registration-cancellation').id}/materials/${card.id}`,
      { headers: { cookie: police } },
    );
    expect(refused.status).toBe(404);
  });
});

describe('at the window, assisted', () => {
  it('shows the clerk the case that already stands for the same person', async () => {
    const clerk = await app.signInStaff('window-530102');
    const started = await app.api('/api/v1/drafts', {
      cookie: clerk,
      body: {
        regionCode: '530102',
        answers,
        deceasedIdNumber: '530102194001050019',
        applicantIdNumber: '530102198503140020',
      },
    });
    // 王建国's family applied online above: the window sees that case, not a blank form.
    expect(started.status).toBe(409);
    expect(started.body.error.code).toBe('CASE_EXISTS');
    expect(started.body.error.details.existing).toMatchObject({
      // Accepted by the window in the test above.
      state: 'in_progress',
      stateLabel: { zh: '办理中' },
      channel: 'online',
      applicantNameMasked: '张*',
      applicantPhoneMasked: '138****0001',
      yours: false,
    });
    expect(started.body.error.details.existing.code).toMatch(/^530102\d{14}[\dX]$/);
  });

  it('needs the applicant consent recorded, then submits for them', async () => {
    const clerk = await app.signInStaff('window-530102');
    const view = await prepareDraft(app, clerk, { applicantIdNumber: '530102198503140020' });
    expect(view).toMatchObject({ channel: 'window' });
    const withoutConsent = await app.api(`/api/v1/drafts/${view.id}/submit`, {
      cookie: clerk,
      headers: { 'idempotency-key': key() },
      body: { version: view.version, declaration: { version: '2026-11', accepted: true } },
    });
    expect(withoutConsent.status).toBe(400);
    expect(withoutConsent.body.error.fields.map((f: { field: string }) => f.field)).toContain(
      'assistedConsent',
    );
    const submitted = await app.api(`/api/v1/drafts/${view.id}/submit`, {
      cookie: clerk,
      headers: { 'idempotency-key': key() },
      body: {
        version: view.version,
        declaration: { version: '2026-11', accepted: true },
        assistedConsent: true,
      },
    });
    expect(submitted.status).toBe(201);
    const row = await queryRows<{ channel: string; assisted_by_staff_id: string | null }>(
      app.database.db,
      sql`SELECT channel, assisted_by_staff_id FROM "case" WHERE code = ${submitted.body.code}`,
    );
    expect(row[0]).toMatchObject({ channel: 'window' });
    expect(row[0]?.assisted_by_staff_id).not.toBeNull();
  });

  it('keeps department staff out of drafts', async () => {
    const police = await app.signInStaff('police-530102');
    const response = await app.api('/api/v1/drafts', { cookie: police });
    expect(response.status).toBe(403);
  });
});

describe('when the data-sharing service is down', () => {
  let simulator: Simulator;
  let down: TestApp;

  beforeAll(async () => {
    simulator = await startSharedDataSimulator({ appId: 'lianban', secret: 's' });
    simulator.down = true;
    down = await startTestApp({
      env: { SHARED_DATA_URL: simulator.url, SHARED_DATA_SECRET: 's', SHARED_DATA_TIMEOUT_MS: '500' },
    });
  });
  afterAll(async () => {
    await down?.stop();
    await simulator?.stop();
  });

  it('still lets the family type and upload everything, and submit', async () => {
    const cookie = await down.citizenCookie(0);
    const allAnswers = {
      ...answers,
      deathCircumstance: 'home',
      staffType: 'none',
      medicalInsurance: 'none',
      providentFund: 'no',
      socialAssistance: 'no',
      disabilitySubsidy: 'no',
      veteran: 'no',
      drivingLicence: 'no',
    };
    const started = await down.api('/api/v1/drafts', {
      cookie,
      body: { regionCode: '530102', answers: allAnswers, deceasedIdNumber: '530102194001050019' },
    });
    expect(started.status).toBe(201);
    expect(started.body.sharedData.population).toBe('unavailable');
    expect(field(started.body, 'deceased.name')?.value).toBe('');
    let view = started.body;
    const saved = await down.api(`/api/v1/drafts/${view.id}`, {
      method: 'PATCH',
      cookie,
      body: {
        version: view.version,
        values: {
          'deceased.name': '王建国',
          'deceased.dateOfDeath': '2026-11-01',
        },
      },
    });
    expect(saved.status).toBe(200);
    view = saved.body;
    const missing = view.materials.filter(
      (m: { satisfied: boolean; replaceableBy: string | null }) =>
        !m.satisfied && m.replaceableBy !== 'shared-data',
    );
    expect(missing.length).toBeGreaterThan(0);
    for (const material of missing) {
      const uploaded = await upload(cookie, view.id, material.code, await photo(), 'scan.jpg', down.url);
      expect(uploaded.status).toBe(200);
      view = uploaded.body;
    }
    expect(view.problems.map((p: { field: string; zh: string }) => `${p.field}: ${p.zh}`)).toEqual([]);
    const submitted = await down.api(`/api/v1/drafts/${view.id}/submit`, {
      cookie,
      headers: { 'idempotency-key': key() },
      body: { version: view.version, declaration: { version: '2026-11', accepted: true } },
    });
    expect(submitted.status).toBe(201);
  });
});

describe('messages and expiry', () => {
  it('tells the family a draft is about to expire, then removes it when it has', async () => {
    const cookie = await app.citizenCookie(1);
    const started = await app.api('/api/v1/drafts', {
      cookie,
      body: { regionCode: '530102', answers: DEFAULT_ANSWERS, deceasedIdNumber: newDeceasedIdNumber() },
    });
    expect(started.status).toBe(201);
    await app.database.db.execute(
      sql`UPDATE application_draft SET expires_at = now() + interval '1 day' WHERE id = ${started.body.id}`,
    );
    const first = await runDraftExpiry(app.services.context);
    expect(first.noticed).toBeGreaterThanOrEqual(1);
    const messages = await app.api('/api/v1/messages', { cookie });
    const notice = messages.body.items.find((m: { template: string }) => m.template === 'draft.expiring');
    expect(notice.body).toContain('过期');
    expect(messages.body.unread).toBeGreaterThanOrEqual(1);
    expect((await app.api(`/api/v1/messages/${notice.id}/read`, { method: 'POST', cookie })).status).toBe(
      204,
    );
    // Told once, not every hour.
    const again = await runDraftExpiry(app.services.context);
    expect(again.noticed).toBe(0);
    await app.database.db.execute(
      sql`UPDATE application_draft SET expires_at = now() - interval '1 minute' WHERE id = ${started.body.id}`,
    );
    const gone = await runDraftExpiry(app.services.context);
    expect(gone.removed).toBeGreaterThanOrEqual(1);
    expect((await app.api(`/api/v1/drafts/${started.body.id}`, { cookie })).status).toBe(404);
  });

  it('shows administrators the SMS held by the development sink, with masked numbers', async () => {
    const admin = await app.signInStaff('admin');
    const sms = await app.api('/api/v1/dev/sms', { cookie: admin });
    expect(sms.status).toBe(200);
    const acknowledgement = sms.body.items.find((m: { body: string }) => m.body.includes('已提交'));
    expect(acknowledgement.to).toMatch(/^1\d{2}\*{4}\d{4}$/);
    const family = await app.citizenCookie(0);
    expect((await app.api('/api/v1/dev/sms', { cookie: family })).status).toBe(403);
  });
});
