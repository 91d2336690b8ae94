/**
 * One door for every submission, one case per deceased. Every way a case comes in — the family's
 * portal, the window's assisted application, a machine client of the same API — goes through the
 * same server-side steps, so a rule that holds on one holds on all: a table of route × rule. Then
 * the one-case-per-deceased rule, also under concurrency, and another heir joining a case.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OPEN_CASE_STATES } from '../../src/domain/workflow.ts';
import { queryRows } from '../../src/server/db/database.ts';
import { blindIndex } from '../../src/server/security/national-crypto.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import {
  DEFAULT_ANSWERS,
  newDeceasedIdNumber,
  prepareDraft,
  type SubmitOptions,
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

/** 张伟, the first demo citizen: their own ID number, as the identity service shares it. */
const ZHANG_WEI = '530102198503140020';
/** An applicant at the window (a living person, not in any test as a deceased). */
const WINDOW_APPLICANT = '530102196801010014';

interface Door {
  name: string;
  /** A session on this door for a case in `region`. */
  cookie(region: string): Promise<string>;
  /** What this door adds to a draft (the window: the applicant's ID number). */
  options: SubmitOptions;
  assisted: boolean;
}

const DOORS: Door[] = [
  {
    name: 'the family online',
    cookie: () => app.citizenCookie(0),
    options: {},
    assisted: false,
  },
  {
    name: 'the window, assisted',
    cookie: (region) => app.signInStaff(`window-${region}`),
    options: { applicantIdNumber: WINDOW_APPLICANT },
    assisted: true,
  },
];

const startDraft = (cookie: string, body: Record<string, unknown>) =>
  app.api('/api/v1/drafts', { cookie, body });

describe('one door: every route refuses what another refuses', () => {
  it('has no second way in: the first release’s direct route is gone', async () => {
    const family = await app.citizenCookie(0);
    const response = await app.api('/api/v1/cases', {
      cookie: family,
      headers: { 'idempotency-key': `k-${crypto.randomUUID()}` },
      body: {
        regionCode: '430621',
        matterCodes: ['household-registration-cancellation'],
        deceased: { name: '王建国', idNumber: newDeceasedIdNumber('430621'), dateOfDeath: '2026-11-01' },
        applicant: { name: '王小明', phone: '13912345678', relationship: 'child' },
        declarationAccepted: true,
      },
    });
    expect(response.status).toBe(404);
    const doc = await app.api('/openapi.json');
    expect(Object.keys(doc.body.paths['/api/v1/cases'] ?? {})).toEqual(['get']);
  });

  for (const door of DOORS) {
    describe(door.name, () => {
      it('refuses a Yueyang work-injury death and says where to go', async () => {
        const cookie = await door.cookie('430621');
        const response = await startDraft(cookie, {
          regionCode: '430621',
          answers: { ...DEFAULT_ANSWERS, deathCircumstance: 'home', workInjury: 'yes' },
          deceasedIdNumber: newDeceasedIdNumber('430621'),
          ...(door.assisted ? { applicantIdNumber: WINDOW_APPLICANT } : {}),
        });
        expect(response.status).toBe(422);
        expect(response.body.error.code).toBe('NOT_COVERED');
        expect(JSON.stringify(response.body.error.details.reasons)).toContain('工伤死亡人员暂不纳入');
      });

      it('asks where the deceased was registered, and refuses one registered outside Yueyang County', async () => {
        const cookie = await door.cookie('430621');
        const base = {
          regionCode: '430621',
          deceasedIdNumber: newDeceasedIdNumber('430621'),
          ...(door.assisted ? { applicantIdNumber: WINDOW_APPLICANT } : {}),
        };
        const unanswered: Record<string, string> = { ...DEFAULT_ANSWERS, deathCircumstance: 'home' };
        delete unanswered.householdLocal;
        const asked = await startDraft(cookie, { ...base, answers: unanswered });
        expect(asked.status).toBe(422);
        expect(asked.body.error).toMatchObject({
          code: 'QUESTIONS_UNANSWERED',
          details: { next: 'householdLocal' },
        });
        const outside = await startDraft(cookie, {
          ...base,
          answers: { ...unanswered, householdLocal: 'no' },
        });
        expect(outside.status).toBe(422);
        expect(JSON.stringify(outside.body.error.details.reasons)).toContain('非岳阳县户籍');
      });

      it('gives a burial-area burial a burial registration — no cremation certificate, no licence to cancel for a non-holder', async () => {
        const cookie = await door.cookie('532524');
        const answers = { ...DEFAULT_ANSWERS, funeral: 'burial', drivingLicence: 'no' };
        // The burial registration and the police's death proof are the committee's and the
        // police's own acts (the death registry), shown in the bundle, never applied for.
        const preview = await app.api('/api/v1/bundle/preview', {
          cookie,
          body: { regionCode: '532524', answers },
        });
        const included = preview.body.matters.filter((m: { included: boolean }) => m.included);
        expect(
          included
            .filter((m: { issuedBy: string | null }) => m.issuedBy)
            .map((m: { code: string }) => m.code),
        ).toEqual(['police-death-proof', 'burial-registration']);
        const draft = await prepareDraft(app, cookie, {
          ...door.options,
          regionCode: '532524',
          answers: { funeral: 'burial', drivingLicence: 'no' },
        });
        const submitted = await submitDraft(app, cookie, draft, { assisted: door.assisted });
        expect(submitted.status).toBe(201);
        const matters = submitted.body.subCases.map((s: { matterCode: string }) => s.matterCode).sort();
        expect(matters).toEqual(['household-registration-cancellation']);
        expect(included.map((m: { code: string }) => m.code)).not.toContain('cremation-certificate');
        expect(included.map((m: { code: string }) => m.code)).not.toContain('driving-licence-cancellation');
      });

      it('decides the matters on the server: a matter list changed behind its back is refused', async () => {
        const cookie = await door.cookie('532524');
        const draft = await prepareDraft(app, cookie, {
          ...door.options,
          regionCode: '532524',
          answers: { funeral: 'burial', drivingLicence: 'no' },
        });
        await app.database.db.execute(
          sql`UPDATE application_draft SET matter_codes = matter_codes || '["cremation-certificate", "driving-licence-cancellation"]'::jsonb WHERE id = ${draft.id}`,
        );
        const submitted = await submitDraft(app, cookie, draft, { assisted: door.assisted });
        expect(submitted.status).toBe(400);
        expect(submitted.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['matterCodes']);
        expect(submitted.body.error.fields[0].zh).toContain('重新开始申请');
      });

      it('refuses an applicant naming themselves as the deceased', async () => {
        const cookie = await door.cookie('530102');
        const self = door.assisted ? WINDOW_APPLICANT : ZHANG_WEI;
        const response = await startDraft(cookie, {
          regionCode: '530102',
          answers: DEFAULT_ANSWERS,
          deceasedIdNumber: self,
          ...(door.assisted ? { applicantIdNumber: WINDOW_APPLICANT } : {}),
        });
        expect(response.status).toBe(400);
        expect(response.body.error.fields[0]).toMatchObject({
          field: 'applicant.idNumber',
          zh: '申请人不能是逝者本人',
        });
      });

      it('refuses a submission without its materials, naming each one', async () => {
        const cookie = await door.cookie('530102');
        const draft = await prepareDraft(app, cookie, {
          ...door.options,
          skipMaterials: ['deceased-household-register'],
        });
        const submitted = await submitDraft(app, cookie, draft, { assisted: door.assisted });
        expect(submitted.status).toBe(400);
        const problem = submitted.body.error.fields.find(
          (f: { field: string }) => f.field === 'materials.deceased-household-register',
        );
        expect(problem.zh).toContain('户口簿');
      });

      it('refuses a matter that needs the relationship proved when nothing proves it', async () => {
        const cookie = await door.cookie('530102');
        const draft = await prepareDraft(app, cookie, {
          ...door.options,
          answers: { notarisedWill: 'yes' },
          skipMaterials: ['relationship-proof'],
        });
        const submitted = await submitDraft(app, cookie, draft, { assisted: door.assisted });
        expect(submitted.status).toBe(400);
        expect(submitted.body.error.fields.map((f: { field: string }) => f.field)).toContain(
          'relationshipProof',
        );
      });

      it('refuses a second application for a deceased whose case is open, saying which case', async () => {
        const family = await app.citizenCookie(1);
        const deceasedIdNumber = newDeceasedIdNumber();
        const first = await submit(app, family, { deceasedIdNumber });
        const cookie = await door.cookie('530102');
        const again = await startDraft(cookie, {
          regionCode: '530102',
          answers: DEFAULT_ANSWERS,
          deceasedIdNumber,
          ...(door.assisted ? { applicantIdNumber: WINDOW_APPLICANT } : {}),
        });
        expect(again.status).toBe(409);
        expect(again.body.error.code).toBe('CASE_EXISTS');
        expect(again.body.error.messageZh).toContain('已经有一件申请');
        expect(again.body.error.details.existing).toMatchObject({
          code: first.code,
          state: 'submitted',
          stateLabel: { zh: '待受理', en: 'Awaiting acceptance' },
          applicantNameMasked: '李*',
          applicantPhoneMasked: '138****0002',
          yours: false,
        });
      });
    });
  }

  it('lets a window file applications for its own county only', async () => {
    const clerk = await app.signInStaff('window-530102');
    const response = await startDraft(clerk, {
      regionCode: '532524',
      answers: DEFAULT_ANSWERS,
      deceasedIdNumber: newDeceasedIdNumber('532524'),
      applicantIdNumber: WINDOW_APPLICANT,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields[0]).toMatchObject({ field: 'regionCode', labelZh: expect.any(String) });
  });

  it('refuses at submission too, when the other case came in after the draft began', async () => {
    const deceasedIdNumber = newDeceasedIdNumber();
    const a = await app.citizenCookie(0);
    const b = await app.citizenCookie(1);
    const early = await prepareDraft(app, a, { deceasedIdNumber });
    await submit(app, b, { deceasedIdNumber });
    const late = await submitDraft(app, a, early);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('CASE_EXISTS');
  });
});

describe('one case per deceased', () => {
  it('ends two simultaneous first applications for one deceased as one case', async () => {
    const a = await app.citizenCookie(0);
    const b = await app.citizenCookie(1);
    const clerk = await app.signInStaff('window-530102');
    for (let round = 0; round < 4; round++) {
      const deceasedIdNumber = newDeceasedIdNumber();
      // Three drafts for the same person, begun before any case exists: online twice and at the window.
      const drafts = await Promise.all([
        prepareDraft(app, a, { deceasedIdNumber }),
        prepareDraft(app, b, { deceasedIdNumber }),
        prepareDraft(app, clerk, { deceasedIdNumber, applicantIdNumber: WINDOW_APPLICANT }),
      ]);
      const replies = await Promise.all([
        submitDraft(app, a, drafts[0]),
        submitDraft(app, b, drafts[1]),
        submitDraft(app, clerk, drafts[2], { assisted: true }),
      ]);
      const statuses = replies.map((r) => r.status).sort();
      expect(statuses).toEqual([201, 409, 409]);
      const winner = replies.find((r) => r.status === 201);
      for (const loser of replies.filter((r) => r.status === 409)) {
        expect(loser.body.error.code).toBe('CASE_EXISTS');
        expect(loser.body.error.details.existing.code).toBe(winner?.body.code);
      }
      const rows = await queryRows<{ n: number }>(
        app.database.db,
        sql`SELECT count(*)::int AS n FROM "case" WHERE deceased_id_number_index = ${blindIndex(app.services.context.keys, deceasedIdNumber)}`,
      );
      expect(rows[0]?.n).toBe(1);
    }
  });

  it('is enforced by the database, not only by the code', async () => {
    const family = await app.citizenCookie(0);
    const submitted = await submit(app, family);
    await expect(
      app.database.db.execute(
        sql`INSERT INTO "case" (code, region_code, state, channel, submitter_key, idempotency_key, request_digest,
              deceased_name, deceased_id_number_encrypted, deceased_id_number_index, date_of_death,
              applicant_name, applicant_phone_encrypted, applicant_relationship)
            SELECT code || 'B', region_code, 'submitted', channel, submitter_key, idempotency_key || '-b', request_digest,
              deceased_name, deceased_id_number_encrypted, deceased_id_number_index, date_of_death,
              applicant_name, applicant_phone_encrypted, applicant_relationship
            FROM "case" WHERE id = ${submitted.id}`,
      ),
    ).rejects.toThrow();
  });

  it('keeps the database’s list of open states in step with the state table', async () => {
    const [index] = await queryRows<{ indexdef: string }>(
      app.database.db,
      sql`SELECT indexdef FROM pg_indexes WHERE indexname = 'case_one_open_per_deceased'`,
    );
    const listed = [...(index?.indexdef ?? '').matchAll(/'([a-z_]+)'/g)].map((m) => m[1]).sort();
    expect(listed).toEqual([...OPEN_CASE_STATES].sort());
    // Ended states are not open: a refused or delivered case does not block the index.
    expect(listed).not.toContain('rejected');
    expect(listed).not.toContain('delivered');
  });

  it('takes a new application only a while after the earlier case was delivered', async () => {
    const family = await app.citizenCookie(0);
    const deceasedIdNumber = newDeceasedIdNumber();
    const submitted = await submit(app, family, { deceasedIdNumber });
    await app.database.db.execute(
      sql`UPDATE "case" SET state = 'delivered', delivered_at = now() - interval '10 days' WHERE id = ${submitted.id}`,
    );
    const start = () =>
      startDraft(family, { regionCode: '530102', answers: DEFAULT_ANSWERS, deceasedIdNumber });
    const soon = await start();
    expect(soon.status).toBe(409);
    expect(soon.body.error.details.existing).toMatchObject({ state: 'delivered', yours: true });
    expect(soon.body.error.details.existing.reapplyFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await app.database.db.execute(
      sql`UPDATE "case" SET delivered_at = now() - interval '91 days' WHERE id = ${submitted.id}`,
    );
    expect((await start()).status).toBe(201);
  });

  it('tells the applicant their own case exists, to follow it', async () => {
    const family = await app.citizenCookie(0);
    const deceasedIdNumber = newDeceasedIdNumber();
    const submitted = await submit(app, family, { deceasedIdNumber });
    const again = await startDraft(family, {
      regionCode: '530102',
      answers: DEFAULT_ANSWERS,
      deceasedIdNumber,
    });
    expect(again.body.error.details.existing).toMatchObject({
      code: submitted.code,
      yours: true,
      joined: false,
    });
  });

  it('lets another heir join the case instead: they follow it, the applicant is told, nothing is duplicated', async () => {
    const applicant = await app.citizenCookie(0);
    const heir = await app.citizenCookie(1);
    const deceasedIdNumber = newDeceasedIdNumber();
    const submitted = await submit(app, applicant, { deceasedIdNumber });

    const wrong = await app.api(`/api/v1/cases/${submitted.code}/join`, {
      cookie: heir,
      body: { deceasedIdNumber: newDeceasedIdNumber(), relationship: 'spouse' },
    });
    expect(wrong.status).toBe(404);
    const badRelationship = await app.api(`/api/v1/cases/${submitted.code}/join`, {
      cookie: heir,
      body: { deceasedIdNumber, relationship: 'neighbour' },
    });
    expect(badRelationship.status).toBe(400);
    expect(badRelationship.body.error.fields[0]).toMatchObject({
      field: 'relationship',
      labelZh: '与逝者关系',
    });

    const joined = await app.api(`/api/v1/cases/${submitted.code}/join`, {
      cookie: heir,
      body: { deceasedIdNumber, relationship: 'spouse' },
    });
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ code: submitted.code, yourRole: 'heir' });
    expect(joined.body.heirs).toEqual([
      expect.objectContaining({ nameMasked: '李*', relationship: 'spouse' }),
    ]);
    // Joining twice changes nothing.
    expect(
      (
        await app.api(`/api/v1/cases/${submitted.code}/join`, {
          cookie: heir,
          body: { deceasedIdNumber, relationship: 'spouse' },
        })
      ).status,
    ).toBe(200);

    const heirsCases = await app.api('/api/v1/cases', { cookie: heir });
    expect(heirsCases.body.items.filter((c: { code: string }) => c.code === submitted.code)).toHaveLength(1);
    const again = await startDraft(heir, {
      regionCode: '530102',
      answers: DEFAULT_ANSWERS,
      deceasedIdNumber,
    });
    expect(again.body.error.details.existing).toMatchObject({ joined: true, yours: false });

    // The heir follows; acting on the case stays with the applicant.
    const rating = await app.api(`/api/v1/cases/${submitted.code}/ratings`, {
      cookie: heir,
      body: { target: 'case', level: 5 },
    });
    expect(rating.status).toBe(404);
    const told = await app.api('/api/v1/messages', { cookie: applicant });
    expect(
      told.body.items.some((m: { template: string; body: string }) => m.template === 'case.joined'),
    ).toBe(true);
    const cases = await queryRows<{ n: number }>(
      app.database.db,
      sql`SELECT count(*)::int AS n FROM "case" WHERE deceased_id_number_index = ${blindIndex(app.services.context.keys, deceasedIdNumber)}`,
    );
    expect(cases[0]?.n).toBe(1);
  });
});
