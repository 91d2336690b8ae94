/**
 * What the family sees filled in is what the case holds: every value the draft showed (certified
 * ones from the registries included, such as the date of birth) reaches the window's view of the
 * case and each department whose matter declares the field, in the same words — a relationship as
 * 子女, never as `child`. Also: a bank branch is taken as the bank, and an error names its field.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { queryRows } from '../../src/server/db/database.ts';
import { staffAccounts } from '../../src/server/db/schema.ts';
import { hashPassword } from '../../src/server/identity/staff-sign-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import {
  accept,
  completeAll,
  DEFAULT_ANSWERS,
  newDeceasedIdNumber,
  submit,
  submitDraft,
  uploadToDraft,
} from '../support/workflow.ts';

let app: TestApp;

// 王建国 (530102194001050019, born 1940-01-05): known to the sandbox registries.
const DECEASED_ID = '530102194001050019';
const answers = { notarisedWill: 'no', deposits: 'no', companyShares: 'no', relationship: 'child' };

/** An approver of one department in 五华区 (530102), made for this test (not every one is a demo account). */
async function approverOf(department: string): Promise<string> {
  const username = `fidelity-${department}`;
  await app.database.db
    .insert(staffAccounts)
    .values({
      username,
      displayName: `审批员（${department}）`,
      role: 'department_approver',
      departmentCode: department,
      regionCode: '530102',
      passwordHash: await hashPassword(PASSWORD),
      isDemo: false,
    })
    .onConflictDoNothing();
  return app.signInStaff(username, PASSWORD);
}

const PASSWORD = 'Fidelity-test-2026!';

type Text = { zh: string; en: string };
type DraftField = {
  key: string;
  label: Text;
  value: string;
  options: { value: string; zh: string; en: string }[];
};
type Draft = {
  id: string;
  version: number;
  form: { fields: DraftField[] }[];
  materials: { code: string; satisfied: boolean }[];
  problems: { field: string }[];
};

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
});
afterAll(async () => {
  await app?.stop();
});

/** The words the family reads for a field: a choice by its label, anything else as written. */
function shownToFamily(field: DraftField): Text {
  const option = field.options.find((o) => o.value === field.value);
  return option ? { zh: option.zh, en: option.en } : { zh: field.value, en: field.value };
}

describe('every field the family saw filled in arrives in the case', () => {
  let cookie: string;
  let draft: Draft;
  let filled: DraftField[];
  let caseId: string;
  let caseCode: string;
  let matterCodes: string[];

  it('the family fills in the draft, a bank branch included, and submits', async () => {
    cookie = await app.citizenCookie(0);
    const started = await app.api('/api/v1/drafts', {
      cookie,
      body: { regionCode: '530102', answers, deceasedIdNumber: DECEASED_ID },
    });
    expect(started.status).toBe(201);
    draft = started.body;
    const saved = await app.api(`/api/v1/drafts/${draft.id}`, {
      method: 'PATCH',
      cookie,
      body: {
        version: draft.version,
        values: {
          'payee.accountHolder': '张伟',
          // A branch, as people write the bank on a form (开户行).
          'payee.bankName': '中国工商银行昆明五华支行',
          'payee.accountNumber': '6222021234567890128',
        },
      },
    });
    expect(saved.status).toBe(200);
    draft = saved.body;
    for (const material of draft.materials.filter((m) => !m.satisfied)) {
      const uploaded = await uploadToDraft(app, cookie, draft.id, material.code);
      expect(uploaded.status).toBe(200);
    }
    draft = (await app.api(`/api/v1/drafts/${draft.id}`, { cookie })).body;
    expect(draft.problems).toEqual([]);

    filled = draft.form.flatMap((g) => g.fields).filter((f) => f.value !== '');
    const byKey = Object.fromEntries(filled.map((f) => [f.key, shownToFamily(f)]));
    // What the family reads, stated plainly: the registry's birth date, the relationship in words.
    expect(byKey['deceased.dateOfBirth']).toEqual({ zh: '1940-01-05', en: '1940-01-05' });
    expect(byKey['applicant.relationship']).toEqual({ zh: '子女', en: 'Child' });
    expect(byKey['payee.bankName']?.zh).toBe('中国工商银行昆明五华支行');

    const submitted = await submitDraft(app, cookie, draft);
    expect(submitted.status).toBe(201);
    caseCode = submitted.body.code;
    caseId = (await app.api(`/api/v1/cases/${caseCode}`, { cookie })).body.id;
  });

  it('the window shows every one of them, in the same words', async () => {
    const clerk = await app.signInStaff('window-530102');
    const view = await app.api(`/api/v1/window/cases/${caseId}`, { cookie: clerk });
    expect(view.status).toBe(200);
    const atWindow = new Map<string, { label: Text; text: Text | null }>(
      view.body.form.flatMap((g: { fields: { key: string; label: Text; text: Text | null }[] }) =>
        g.fields.map((f) => [f.key, f]),
      ),
    );
    for (const field of filled) {
      expect(atWindow.get(field.key)?.text, `${field.label.zh} at the window`).toEqual(shownToFamily(field));
      expect(atWindow.get(field.key)?.label).toEqual(field.label);
    }
    expect(atWindow.get('deceased.dateOfBirth')?.text?.zh).toBe('1940-01-05');
    expect(atWindow.get('applicant.relationship')?.text?.zh).toBe('子女');

    matterCodes = view.body.subCases.map((s: { matter: { code: string } }) => s.matter.code);
  });

  it('a field the window asks to correct takes what the form takes, and the correction arrives', async () => {
    const clerk = await app.signInStaff('window-530102');
    const view = await app.api(`/api/v1/window/cases/${caseId}`, { cookie: clerk });
    const notice = await app.api(`/api/v1/window/cases/${caseId}/correction`, {
      cookie: clerk,
      body: {
        version: view.body.version,
        items: [{ kind: 'field', key: 'payee.bankName', reason: '请写明开户的支行' }],
      },
    });
    expect(notice.status).toBe(200);
    expect(notice.body.correction[0]).toMatchObject({ label: '开户银行', labelEn: 'Bank' });

    const refused = await app.api(`/api/v1/cases/${caseCode}/correction`, {
      method: 'PATCH',
      cookie,
      body: { values: { 'payee.bankName': '五华支行' } },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields[0]).toMatchObject({ field: 'payee.bankName', labelZh: '开户银行' });

    const corrected = await app.api(`/api/v1/cases/${caseCode}/correction`, {
      method: 'PATCH',
      cookie,
      body: { values: { 'payee.bankName': '中国农业银行昆明官渡支行' } },
    });
    expect(corrected.status).toBe(200);
    const resubmitted = await app.api(`/api/v1/cases/${caseCode}/resubmit`, {
      cookie,
      body: { version: corrected.body.version },
    });
    expect(resubmitted.status).toBe(200);

    const again = await app.api(`/api/v1/window/cases/${caseId}`, { cookie: clerk });
    const bank = again.body.form
      .flatMap((g: { fields: { key: string; text: Text | null }[] }) => g.fields)
      .find((f: { key: string }) => f.key === 'payee.bankName');
    expect(bank.text.zh).toBe('中国农业银行昆明官渡支行');
    const family = filled.find((f) => f.key === 'payee.bankName') as DraftField;
    family.value = '中国农业银行昆明官渡支行';

    const accepted = await app.api(`/api/v1/window/cases/${caseId}/accept`, {
      cookie: clerk,
      body: { version: again.body.version },
    });
    expect(accepted.status).toBe(200);
  });

  it('each department sees every filled field its matter declares, in the same words', async () => {
    const catalog = await app.services.context.catalog.current();
    const detail = await app.api(`/api/v1/cases/${caseCode}`, { cookie });
    expect(detail.status).toBe(200);
    let declaringDateOfBirth = 0;
    for (const sub of detail.body.subCases as { id: string; matterCode: string; departmentCode: string }[]) {
      const declared = catalog.matters.find((m) => m.code === sub.matterCode)?.fields ?? [];
      const opened = await app.api(`/api/v1/department/sub-cases/${sub.id}`, {
        cookie: await approverOf(sub.departmentCode),
      });
      expect(opened.status).toBe(200);
      const seen = new Map<string, { text: Text | null; labelZh: string }>(
        opened.body.fields.map((f: { key: string; text: Text | null; labelZh: string }) => [f.key, f]),
      );
      for (const field of filled.filter((f) => declared.includes(f.key))) {
        expect(seen.get(field.key)?.text, `${field.label.zh} at ${sub.matterCode}`).toEqual(
          shownToFamily(field),
        );
        expect(seen.get(field.key)?.labelZh).toBe(field.label.zh);
      }
      // Nothing beyond what the matter declares.
      for (const key of seen.keys()) expect(declared).toContain(key);
      if (declared.includes('deceased.dateOfBirth')) {
        declaringDateOfBirth += 1;
        expect(seen.get('deceased.dateOfBirth')?.text?.zh).toBe('1940-01-05');
      }
    }
    // The household registration (户口注销) needs the date of birth, and this case has it.
    expect(matterCodes).toContain('household-registration-cancellation');
    expect(declaringDateOfBirth).toBeGreaterThan(0);
  });
});

describe('an error names what to do, never an internal key', () => {
  it('a value sent under a field of the form is named by its label', async () => {
    const cookie = await app.citizenCookie(1);
    const started = await app.api('/api/v1/drafts', {
      cookie,
      body: { regionCode: '530102', answers, deceasedIdNumber: DECEASED_ID.replace(/019$/, '01X') },
    });
    expect(started.status).toBe(400);
    const text = JSON.stringify(started.body.error.fields.map((f: Record<string, string>) => [f.zh, f.en]));
    expect(started.body.error.fields[0]).toMatchObject({
      field: 'deceased.idNumber',
      labelZh: '逝者公民身份号码',
    });
    expect(text).not.toMatch(/deceased\.idNumber|values\./);
  });

  it('a wrongly typed value in the form is named by the field, not by its path in the request', async () => {
    const cookie = await app.citizenCookie(1);
    const started = await app.api('/api/v1/drafts', {
      cookie,
      body: { regionCode: '530102', answers: DEFAULT_ANSWERS, deceasedIdNumber: newDeceasedIdNumber() },
    });
    expect(started.status).toBe(201);
    const saved = await app.api(`/api/v1/drafts/${started.body.id}`, {
      method: 'PATCH',
      cookie,
      body: { version: started.body.version, values: { 'deceased.name': 42 } },
    });
    expect(saved.status).toBe(400);
    const problem = saved.body.error.fields[0];
    expect(problem.labelZh).toBe('逝者姓名');
    for (const words of [problem.labelZh, problem.labelEn, problem.zh, problem.en])
      expect(words).not.toMatch(/values\.|deceased\.name/);

    // A file over the limit: the message says the limit and which material, in both languages.
    const missing = started.body.materials.find((m: { satisfied: boolean }) => !m.satisfied);
    const tooLarge = await uploadToDraft(
      app,
      cookie,
      started.body.id,
      missing.code,
      Buffer.alloc(16 * 1024 * 1024, 1),
    );
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.error.code).toBe('UPLOAD_REFUSED');
    const refusal = tooLarge.body.error.fields[0];
    expect(refusal).toMatchObject({ field: `materials.${missing.code}`, labelZh: missing.name.zh });
    expect(refusal.zh).toBe(`文件超过 15 MB（${missing.name.zh}），请压缩或分页拍照后再上传`);
    expect(refusal.en).toContain(`15 MB (${missing.name.en})`);
  });
});

describe('staff pages say a result and a contact in words that fit', () => {
  it("a department's result is labelled for its matter, and the follow-up shows whom to call", async () => {
    const family = await app.citizenCookie(1);
    const submitted = await submit(app, family);
    await accept(app, submitted.id);
    await completeAll(app, submitted);
    const tracked = await app.api(`/api/v1/cases/${submitted.code}`, { cookie: family });
    const hukou = tracked.body.subCases.find(
      (s: { matterCode: string }) => s.matterCode === 'household-registration-cancellation',
    );
    expect(hukou.result).toMatchObject({ type: 'cancellation' });
    expect(hukou.resultLabels.cancelledOn).toEqual({
      zh: '户口注销日期',
      en: 'Household registration cancelled on',
    });

    const clerk = await app.signInStaff('window-530102');
    const ready = await app.api(`/api/v1/window/cases/${submitted.id}`, { cookie: clerk });
    await app.api(`/api/v1/window/cases/${submitted.id}/deliver`, {
      cookie: clerk,
      body: { version: ready.body.version },
    });
    const rated = await app.api(`/api/v1/cases/${submitted.code}/ratings`, {
      cookie: family,
      body: { target: 'department:public-security', level: 1, comment: '没人接电话' },
    });
    expect(rated.status).toBe(200);

    const supervisor = await app.signInStaff('supervisor-yunnan');
    const list = await app.api('/api/v1/supervision/follow-ups', { cookie: supervisor });
    const item = list.body.items.find((f: { caseCode: string }) => f.caseCode === submitted.code);
    // The number is masked in the list: the family's phone is not on every supervisor's screen.
    expect(item.contact).toEqual({ nameMasked: '李*', phoneMasked: '138****0002' });

    const contact = await app.api(`/api/v1/supervision/follow-ups/${item.id}/contact`, {
      method: 'POST',
      cookie: supervisor,
    });
    expect(contact.status).toBe(200);
    expect(contact.body).toEqual({ name: '李娜', phone: '13800000002' });
    const viewed = await queryRows<{ action: string; details: { fields: string[] } }>(
      app.database.db,
      sql`SELECT action, details FROM audit_event WHERE object_type = 'follow_up' AND object_id = ${item.id}`,
    );
    expect(viewed).toEqual([
      expect.objectContaining({
        action: 'personal_data.viewed',
        details: expect.objectContaining({ fields: ['applicant.name', 'applicant.phone'] }),
      }),
    ]);

    // Closing too early says which records are missing, by their names.
    const early = await app.api(`/api/v1/supervision/follow-ups/${item.id}`, {
      cookie: supervisor,
      body: { close: true },
    });
    expect(early.status).toBe(400);
    expect(early.body.error.fields.map((f: { labelZh: string }) => f.labelZh)).toEqual([
      '回访记录',
      '整改情况',
    ]);
  });
});
