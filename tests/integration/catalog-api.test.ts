/**
 * The catalog through the HTTP API: the guide, the bundle preview with shared data, the
 * working-day calendar, and an administrator publishing a new version while a case is in flight.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { queryRows } from '../../src/server/db/database.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { hukouOf, submit } from '../support/workflow.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
});
afterAll(async () => {
  await app?.stop();
});

describe('guide and catalog', () => {
  it('serves the whole guide for a pilot county from the catalog', async () => {
    const guide = await app.api('/api/v1/guide?region=532524');
    expect(guide.status).toBe(200);
    expect(guide.body.region).toMatchObject({ code: '532524', funeralMode: 'burial', pilot: true });
    expect(guide.body.flow).toHaveLength(5);
    const cancellation = guide.body.matters.find(
      (m: { code: string }) => m.code === 'household-registration-cancellation',
    );
    expect(cancellation).toMatchObject({
      committedWorkingDays: 1,
      statutoryWorkingDays: 5,
      fee: { zh: '不收费' },
    });
    expect(cancellation.legalBasis[0]).toContain('户口登记条例');
  });

  it("serves Yueyang's own guide, with who is not covered", async () => {
    const guide = await app.api('/api/v1/guide?region=430621');
    expect(guide.body.profile.payee).toBe('deceased-account');
    expect(guide.body.coverage.notCovered.map((t: { zh: string }) => t.zh).join()).toContain('工伤');
  });

  it('says plainly when a region is not served', async () => {
    const response = await app.api('/api/v1/guide?region=110101');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('REGION_NOT_SERVED');
  });

  it('lists matters with their time limits and materials', async () => {
    const response = await app.api('/api/v1/catalog/matters?region=530102');
    expect(response.status).toBe(200);
    for (const m of response.body.items)
      expect(m.committedWorkingDays).toBeLessThanOrEqual(m.statutoryWorkingDays);
  });
});

describe('bundle preview', () => {
  it('turns answers into matters with reasons and one material list, creating nothing', async () => {
    const before = await queryRows<{ n: number }>(
      app.database.db,
      sql`SELECT count(*)::int AS n FROM "case"`,
    );
    const response = await app.api('/api/v1/bundle/preview', {
      body: {
        regionCode: '532524',
        answers: { deathCircumstance: 'home', funeral: 'burial', drivingLicence: 'yes' },
      },
    });
    expect(response.status).toBe(200);
    const included = response.body.matters
      .filter((m: { included: boolean }) => m.included === true)
      .map((m: { code: string }) => m.code);
    expect(included).toEqual(expect.arrayContaining(['burial-registration', 'driving-licence-cancellation']));
    expect(included).not.toContain('cremation-certificate');
    expect(response.body.questionnaire.next.id).toBe('staffType');
    const after = await queryRows<{ n: number }>(app.database.db, sql`SELECT count(*)::int AS n FROM "case"`);
    expect(after[0]?.n).toBe(before[0]?.n);
  });

  it('does not look a person up for someone who is not signed in', async () => {
    const response = await app.api('/api/v1/bundle/preview', {
      body: { regionCode: '530102', answers: {}, deceasedIdNumber: '530102194001050019' },
    });
    expect(response.body.sharedData).toBe('sign-in-required');
    expect(response.body.questionnaire.next.id).toBe('deathCircumstance');
  });

  it('skips what shared data knows for a signed-in family member, and audits the look-up', async () => {
    const family = await app.citizenCookie(0);
    const response = await app.api('/api/v1/bundle/preview', {
      cookie: family,
      body: { regionCode: '530102', answers: {}, deceasedIdNumber: '530102194001050019' },
    });
    expect(response.body.sharedData).toBe('used');
    const skipped = response.body.questionnaire.skipped.map((s: { id: string }) => s.id);
    expect(skipped).toEqual(
      expect.arrayContaining(['deathCircumstance', 'staffType', 'providentFund', 'drivingLicence']),
    );
    expect(response.body.questionnaire.next.id).toBe('notarisedWill');
    const staffType = response.body.questionnaire.skipped.find((s: { id: string }) => s.id === 'staffType');
    expect(staffType.valueLabel.zh).toBe('企业退休人员');
    expect(staffType.from.zh).toContain('人社');
    const audit = await queryRows<{ object_id: string }>(
      app.database.db,
      sql`SELECT object_id FROM audit_event WHERE action = 'shared_data.queried'`,
    );
    expect(audit.map((a) => a.object_id)).toContain('5301**********0019');
  });

  it('tells a Yueyang family when the case is not covered and where to go', async () => {
    const response = await app.api('/api/v1/bundle/preview', {
      body: {
        regionCode: '430621',
        answers: {
          deathCircumstance: 'home',
          crematedInCounty: 'yes',
          insuredInCountyCentre: 'yes',
          householdLocal: 'no',
        },
      },
    });
    expect(response.body.covered).toBe(false);
    expect(response.body.notCovered.reasons[0].zh).toContain('非岳阳县户籍');
    expect(response.body.notCovered.goTo.zh).toContain('窗口');
    expect(response.body.matters).toEqual([]);
  });
});

describe('working-day calendar', () => {
  it('computes a due date across the National Day holiday', async () => {
    const response = await app.api('/api/v1/calendar/due-date?start=2026-09-30&workingDays=1');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ due: '2026-10-08', provisional: false });
    expect(response.body.convention.zh).toContain('第0天');
  });

  it('names the field of a bad start date', async () => {
    const response = await app.api('/api/v1/calendar/due-date?start=2026-02-30&workingDays=1');
    expect(response.status).toBe(400);
    expect(response.body.error.fields[0].field).toBe('start');
  });
});

describe('publishing a catalog version', () => {
  it('keeps an in-flight case on the version it began with', async () => {
    const family = await app.citizenCookie(0);
    const first = await submit(app, family);

    const admin = await app.signInStaff('admin');
    const versions = await app.api('/api/v1/admin/catalog/versions', { cookie: admin });
    const current = versions.body.items[0].version;
    const exported = await app.api(`/api/v1/admin/catalog/versions/${current}/export`, { cookie: admin });
    const content = parse(exported.body.yaml);
    content.meta.version = '2026.2';
    const matter = content.matters.find(
      (m: { code: string }) => m.code === 'household-registration-cancellation',
    );
    matter.name = '户口注销（死亡）';
    matter.committedWorkingDays = 2;

    const checked = await app.api('/api/v1/admin/catalog/check', {
      cookie: admin,
      body: { yaml: stringify(content) },
    });
    expect(checked.body.ok).toBe(true);
    const change = checked.body.diff.matters.find(
      (e: { key: string }) => e.key === 'household-registration-cancellation',
    );
    expect(change.changes.map((c: { path: string }) => c.path)).toEqual(
      expect.arrayContaining(['name', 'committedWorkingDays']),
    );

    const published = await app.api('/api/v1/admin/catalog/versions', {
      cookie: admin,
      body: { yaml: stringify(content), note: '调整户口注销时限' },
    });
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ version: '2026.2', current: true });

    const old = await app.api(`/api/v1/cases/${first.code}`, { cookie: family });
    expect(hukouOf(old.body).matterNameZh).toBe('死亡人员户口注销');
    const second = await submit(app, family);
    expect(hukouOf(second).matterNameZh).toBe('户口注销（死亡）');

    const diff = await app.api(`/api/v1/admin/catalog/diff?from=${current}&to=2026.2`, { cookie: admin });
    expect(diff.body.matters[0].key).toBe('household-registration-cancellation');
    const republish = await app.api('/api/v1/admin/catalog/versions', {
      cookie: admin,
      body: { yaml: stringify(content) },
    });
    expect(republish.status).toBe(409);
  });

  it('refuses a broken catalog, naming the path and the problem', async () => {
    const admin = await app.signInStaff('admin');
    const exported = await app.api('/api/v1/admin/catalog/versions/2026.2/export', { cookie: admin });
    const content = parse(exported.body.yaml);
    content.meta.version = '2026.3';
    content.matters[2].committedWorkingDays = 400;
    const response = await app.api('/api/v1/admin/catalog/versions', {
      cookie: admin,
      body: { yaml: stringify(content) },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('CATALOG_INVALID');
    expect(response.body.error.details.problems[0]).toMatchObject({
      file: 'matters',
      path: '[2].committedWorkingDays',
    });
  });

  it('lets only administrators publish', async () => {
    const clerk = await app.signInStaff('window-530102');
    const response = await app.api('/api/v1/admin/catalog/versions', {
      cookie: clerk,
      body: { yaml: 'meta: {}' },
    });
    expect(response.status).toBe(403);
  });
});
