/**
 * A department's return for more information (退回补充) and its answer: the family online — or the
 * window for the applicant at the counter — answers with a text and files, and the department sees
 * the answer marked as the answer to its request, files included (each read audited). A corrected
 * material replaces the earlier upload, which stays on record but no longer counts as current.
 */
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { queryRows } from '../../src/server/db/database.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { accept, hukouOf, samplePhoto, submit } from '../support/workflow.ts';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
});
afterAll(async () => {
  await app?.stop();
});

const REASON = '请补充逝者生前最后居住地址的证明（如租房合同或社区证明）';

/** A one-page PDF, as a scanner would send. */
function samplePdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
      '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  );
}

async function attach(cookie: string, path: string, content: Buffer, filename: string) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)]), filename);
  const response = await fetch(`${app.url}${path}`, { method: 'POST', headers: { cookie }, body: form });
  return { status: response.status, body: await response.json() };
}

/** A case whose household-registration sub-case the police returned for more information. */
async function returnedCase(familyIndex = 0) {
  const family = await app.citizenCookie(familyIndex);
  const submitted = await submit(app, family);
  await accept(app, submitted.id);
  const police = await app.signInStaff('police-530102');
  const subCaseId = hukouOf(submitted).id;
  const opened = await app.api(`/api/v1/department/sub-cases/${subCaseId}`, { cookie: police });
  const claimed = await app.api(`/api/v1/department/sub-cases/${subCaseId}/claim`, {
    cookie: police,
    body: { version: opened.body.version },
  });
  const returned = await app.api(`/api/v1/department/sub-cases/${subCaseId}/return`, {
    cookie: police,
    body: { version: claimed.body.version, reason: REASON },
  });
  expect(returned.body.state).toBe('returned');
  return { family, police, submitted, subCaseId, version: returned.body.version as number };
}

describe('return → answer with files → department', () => {
  it('the family answers with a text and two files; the department sees both and opens them (audited)', async () => {
    const { family, police, submitted, subCaseId, version } = await returnedCase();

    // The family sees the request in the department's words, not yet answered.
    let mine = await app.api(`/api/v1/cases/${submitted.code}`, { cookie: family });
    const [request] = hukouOf(mine.body).requests;
    expect(request).toMatchObject({ reason: REASON, answer: null, pendingFiles: [] });
    expect(Date.parse(request.requestedAt)).toBeGreaterThan(Date.parse(submitted.submittedAt as string));

    const base = `/api/v1/sub-cases/${subCaseId}/supplement`;
    const photo = await attach(family, `${base}/files`, await samplePhoto(), '租房合同.png');
    expect(photo.status).toBe(200);
    expect(photo.body.pendingFiles).toHaveLength(1);
    // A retry of the same file after a dropped connection adds nothing.
    const retried = await attach(family, `${base}/files`, await samplePhoto(), '租房合同.png');
    expect(retried.body.pendingFiles).toHaveLength(1);
    const pdf = await attach(family, `${base}/files`, samplePdf(), '社区证明.pdf');
    expect(pdf.body.pendingFiles.map((f: { name: string }) => f.name)).toEqual([
      '租房合同.png',
      '社区证明.pdf',
    ]);

    // Before it is sent, the department sees nothing of it and cannot open the files.
    let seen = await app.api(`/api/v1/department/sub-cases/${subCaseId}`, { cookie: police });
    expect(seen.body.requests[0].answer).toBeNull();
    expect(seen.body.requests[0].pendingFiles).toEqual([]);
    const early = await fetch(
      `${app.url}/api/v1/department/sub-cases/${subCaseId}/materials/${pdf.body.pendingFiles[1].id}`,
      { headers: { cookie: police } },
    );
    expect(early.status).toBe(404);

    const sent = await app.api(base, {
      cookie: family,
      body: { version, note: '已上传租房合同和社区出具的居住证明。' },
    });
    expect(sent.status).toBe(204);

    seen = await app.api(`/api/v1/department/sub-cases/${subCaseId}`, { cookie: police });
    expect(seen.body.state).toBe('in_review');
    expect(seen.body.requests).toHaveLength(1);
    const answer = seen.body.requests[0].answer;
    expect(seen.body.requests[0].reason).toBe(REASON);
    expect(answer).toMatchObject({ note: '已上传租房合同和社区出具的居住证明。', channel: 'online' });
    expect(answer.files.map((f: { name: string; mediaType: string }) => [f.name, f.mediaType])).toEqual([
      ['租房合同.png', 'image/png'],
      ['社区证明.pdf', 'application/pdf'],
    ]);

    // The department opens both files; each read is audited.
    for (const file of answer.files) {
      const read = await fetch(`${app.url}/api/v1/department/sub-cases/${subCaseId}/materials/${file.id}`, {
        headers: { cookie: police },
      });
      expect(read.status).toBe(200);
      expect(read.headers.get('content-type')).toBe(file.mediaType);
    }
    const pdfBytes = Buffer.from(
      await (
        await fetch(`${app.url}/api/v1/department/sub-cases/${subCaseId}/materials/${answer.files[1].id}`, {
          headers: { cookie: police },
        })
      ).arrayBuffer(),
    );
    expect(pdfBytes.equals(samplePdf())).toBe(true);

    const events = await queryRows<{ action: string; details: Record<string, unknown> }>(
      app.database.db,
      sql`SELECT action, details FROM audit_event WHERE object_type = 'sub_case' AND object_id = ${subCaseId} ORDER BY sequence`,
    );
    const supplemented = events.find((e) => e.action === 'sub_case.supplement');
    expect(supplemented?.details).toMatchObject({
      requestId: request.id,
      channel: 'online',
      files: answer.files.map((f: { id: string }) => f.id),
    });
    expect(events.filter((e) => e.action === 'material.uploaded')).toHaveLength(2);
    expect(
      events.filter((e) => e.action === 'material.viewed' && e.details.requestId === request.id),
    ).toHaveLength(3);

    // The family sees what it sent, and the request is no longer open.
    mine = await app.api(`/api/v1/cases/${submitted.code}`, { cookie: family });
    expect(hukouOf(mine.body).requests[0].answer.files).toHaveLength(2);
    expect(hukouOf(mine.body).state).toBe('in_review');
  });

  it('the window answers for the applicant at the counter, with a file', async () => {
    const { police, submitted, subCaseId, version } = await returnedCase();
    const clerk = await app.signInStaff('window-530102');
    const atWindow = await app.api(`/api/v1/window/cases/${submitted.id}`, { cookie: clerk });
    const sub = atWindow.body.subCases.find((s: { id: string }) => s.id === subCaseId);
    expect(sub.requests[0]).toMatchObject({ reason: REASON, answer: null });

    const base = `/api/v1/window/sub-cases/${subCaseId}/supplement`;
    const scanned = await attach(clerk, `${base}/files`, samplePdf(), '居住证明.pdf');
    expect(scanned.status).toBe(200);
    const sent = await app.api(base, {
      cookie: clerk,
      body: { version, note: '申请人到窗口提交了居住证明。' },
    });
    expect(sent.status).toBe(204);

    const seen = await app.api(`/api/v1/department/sub-cases/${subCaseId}`, { cookie: police });
    expect(seen.body.requests[0].answer).toMatchObject({
      note: '申请人到窗口提交了居住证明。',
      channel: 'window',
      files: [{ name: '居住证明.pdf', mediaType: 'application/pdf' }],
    });
    const after = await app.api(`/api/v1/window/cases/${submitted.id}`, { cookie: clerk });
    expect(
      after.body.subCases.find((s: { id: string }) => s.id === subCaseId).requests[0].answer.channel,
    ).toBe('window');
  });

  it('a second return is a new request, answered on its own', async () => {
    const { family, police, subCaseId, version } = await returnedCase();
    await app.api(`/api/v1/sub-cases/${subCaseId}/supplement`, {
      cookie: family,
      body: { version, note: '地址是昆明市五华区演示路1号' },
    });
    const opened = await app.api(`/api/v1/department/sub-cases/${subCaseId}`, { cookie: police });
    const again = await app.api(`/api/v1/department/sub-cases/${subCaseId}/return`, {
      cookie: police,
      body: { version: opened.body.version, reason: '请上传社区证明的照片' },
    });
    expect(again.body.requests.map((r: { reason: string }) => r.reason)).toEqual([
      REASON,
      '请上传社区证明的照片',
    ]);
    expect(again.body.requests[1].answer).toBeNull();
    const base = `/api/v1/sub-cases/${subCaseId}/supplement`;
    await attach(family, `${base}/files`, await samplePhoto(), '社区证明.png');
    await app.api(base, { cookie: family, body: { version: again.body.version, note: '' } });
    const seen = await app.api(`/api/v1/department/sub-cases/${subCaseId}`, { cookie: police });
    expect(seen.body.requests[0].answer.files).toEqual([]);
    expect(seen.body.requests[1].answer.files.map((f: { name: string }) => f.name)).toEqual(['社区证明.png']);
  });
});

describe('refusals', () => {
  it('refuses an answer while the sub-case is not returned', async () => {
    const family = await app.citizenCookie(0);
    const submitted = await submit(app, family);
    await accept(app, submitted.id);
    const subCaseId = hukouOf(submitted).id;
    const file = await attach(
      family,
      `/api/v1/sub-cases/${subCaseId}/supplement/files`,
      samplePdf(),
      'a.pdf',
    );
    expect(file.status).toBe(409);
    expect(file.body.error.code).toBe('ACTION_NOT_ALLOWED');
    const mine = await app.api(`/api/v1/cases/${submitted.code}`, { cookie: family });
    const sent = await app.api(`/api/v1/sub-cases/${subCaseId}/supplement`, {
      cookie: family,
      body: { version: hukouOf(mine.body).version, note: '我想补充一点' },
    });
    expect(sent.status).toBe(409);
    expect(sent.body.error).toMatchObject({ code: 'ACTION_NOT_ALLOWED', details: { state: 'pending' } });
  });

  it("does not let anyone answer someone else's case", async () => {
    const { subCaseId, version } = await returnedCase(0);
    const stranger = await app.citizenCookie(1);
    const byStranger = await attach(
      stranger,
      `/api/v1/sub-cases/${subCaseId}/supplement/files`,
      samplePdf(),
      'a.pdf',
    );
    expect(byStranger.status).toBe(404);
    expect(
      (
        await app.api(`/api/v1/sub-cases/${subCaseId}/supplement`, {
          cookie: stranger,
          body: { version, note: '不是我的办件' },
        })
      ).status,
    ).toBe(404);
    const otherCounty = await app.signInStaff('window-532524');
    expect(
      (
        await app.api(`/api/v1/window/sub-cases/${subCaseId}/supplement`, {
          cookie: otherCounty,
          body: { version, note: '不是本县的办件' },
        })
      ).status,
    ).toBe(404);
    const police = await app.signInStaff('police-530102');
    expect(
      (
        await app.api(`/api/v1/sub-cases/${subCaseId}/supplement`, {
          cookie: police,
          body: { version, note: 'x' },
        })
      ).status,
    ).toBe(403);
  });

  it('refuses a file over the limit or of another type, naming the field; an empty answer names the text', async () => {
    const { family, subCaseId, version } = await returnedCase();
    const base = `/api/v1/sub-cases/${subCaseId}/supplement`;
    const huge = await attach(family, `${base}/files`, Buffer.alloc(16 * 1024 * 1024, 1), 'scan.pdf');
    expect(huge.status).toBe(400);
    expect(huge.body.error.code).toBe('UPLOAD_REFUSED');
    expect(huge.body.error.fields[0]).toMatchObject({
      field: 'supplement.files',
      labelZh: '补充材料',
      labelEn: 'Files sent with the answer',
    });
    expect(huge.body.error.fields[0].zh).toContain('15 MB');
    expect(huge.body.error.fields[0].en).toContain('15 MB');

    const text = await attach(family, `${base}/files`, Buffer.from('just some words'), 'note.txt');
    expect(text.status).toBe(400);
    expect(text.body.error.fields[0]).toMatchObject({ field: 'supplement.files', labelZh: '补充材料' });
    expect(text.body.error.fields[0].zh).toContain('PDF');

    const empty = await app.api(base, { cookie: family, body: { version, note: ' ' } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields[0]).toMatchObject({ field: 'supplement.note', labelZh: '补充说明' });
  });

  it('takes a file back out before sending', async () => {
    const { family, police, subCaseId, version } = await returnedCase();
    const base = `/api/v1/sub-cases/${subCaseId}/supplement`;
    const wrong = await attach(family, `${base}/files`, samplePdf(), '拍错了.pdf');
    const removed = await app.api(`${base}/files/${wrong.body.pendingFiles[0].id}`, {
      method: 'DELETE',
      cookie: family,
    });
    expect(removed.body.pendingFiles).toEqual([]);
    await app.api(base, { cookie: family, body: { version, note: '地址是昆明市五华区演示路1号' } });
    const seen = await app.api(`/api/v1/department/sub-cases/${subCaseId}`, { cookie: police });
    expect(seen.body.requests[0].answer.files).toEqual([]);
  });
});

describe('a corrected material', () => {
  it('replaces the earlier upload: staff see it as new and what it replaced; the old one is history', async () => {
    const family = await app.citizenCookie(0);
    const submitted = await submit(app, family);
    const clerk = await app.signInStaff('window-530102');
    const view = (await app.api(`/api/v1/window/cases/${submitted.id}`, { cookie: clerk })).body;
    const register = view.materials.find((m: { code: string }) => m.code === 'deceased-household-register');
    const [original] = register.items;
    expect(original).toMatchObject({ isNew: false, replaces: [] });
    await app.api(`/api/v1/window/cases/${submitted.id}/correction`, {
      cookie: clerk,
      body: {
        version: view.version,
        items: [{ kind: 'material', key: 'deceased-household-register', reason: '户口簿照片不清晰' }],
      },
    });
    const clearer = await sharp({ create: { width: 900, height: 700, channels: 3, background: '#f4f1ea' } })
      .jpeg()
      .toBuffer();
    const uploaded = await attach(
      family,
      `/api/v1/cases/${submitted.code}/correction/materials/deceased-household-register`,
      clearer,
      '户口簿-清晰.jpg',
    );
    expect(uploaded.status).toBe(200);

    const corrected = (await app.api(`/api/v1/window/cases/${submitted.id}`, { cookie: clerk })).body;
    const after = corrected.materials.find((m: { code: string }) => m.code === 'deceased-household-register');
    expect(after.items).toHaveLength(1);
    expect(after.items[0]).toMatchObject({
      fileName: '户口簿-清晰.jpg',
      isNew: true,
      replaces: [{ id: original.id }],
    });
    expect(after.replaced).toEqual([
      expect.objectContaining({
        id: original.id,
        replacedBy: after.items[0].id,
        supersededAt: expect.any(String),
      }),
    ]);
    // Replaced, not deleted: the window can still open the old file.
    const old = await fetch(`${app.url}/api/v1/window/cases/${submitted.id}/materials/${original.id}`, {
      headers: { cookie: clerk },
    });
    expect(old.status).toBe(200);

    const mine = await app.api(`/api/v1/cases/${submitted.code}`, { cookie: family });
    await app.api(`/api/v1/cases/${submitted.code}/resubmit`, {
      cookie: family,
      body: { version: mine.body.version },
    });
    await accept(app, submitted.id);
    const police = await app.signInStaff('police-530102');
    const seen = (await app.api(`/api/v1/department/sub-cases/${hukouOf(submitted).id}`, { cookie: police }))
      .body;
    const current = seen.materials.filter(
      (m: { materialCode: string }) => m.materialCode === 'deceased-household-register',
    );
    expect(current).toEqual([
      expect.objectContaining({
        id: after.items[0].id,
        isNew: true,
        replaces: [expect.objectContaining({ id: original.id })],
      }),
    ]);
    expect(seen.replacedMaterials).toEqual([
      expect.objectContaining({ id: original.id, materialCode: 'deceased-household-register' }),
    ]);
  });
});
