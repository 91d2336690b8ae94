/**
 * Supervision's downloads over HTTP: the dashboard and its lists as Excel workbooks, and the
 * monthly report as PDF and Excel — for cases that went through the ordinary flows (one handled,
 * delivered and poorly rated, one left open, one in another county). Every cell of every workbook
 * is searched for an ID number, a mobile number or a full name; a county supervisor cannot
 * export another county; a wrong query names its field; every download is audited.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addMonths } from '../../src/domain/supervision.ts';
import { setClockForTests, today } from '../../src/server/clock.ts';
import { queryRows } from '../../src/server/db/database.ts';
import { DEMO_CITIZENS } from '../../src/server/identity/demo-citizens.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import {
  accept,
  completeAll,
  DEFAULT_VALUES,
  newDeceasedIdNumber,
  type SubmittedCase,
  submit,
} from '../support/workflow.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * An 18-character resident ID number standing alone. (A 21-character case code also holds 18
 * digits in a row; it is no ID number, and the exports carry it.)
 */
const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dX](?![0-9A-Za-z])/i;
/** A mobile number standing alone, not masked. */
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

const POOR_COMMENT = '派出所让我多跑了一趟，请回电13912345678';

let app: TestApp;
let handled: SubmittedCase;
let open: SubmittedCase;
let elsewhere: SubmittedCase;
const secrets: string[] = [];
const cookies = new Map<string, string>();

async function staff(username: string): Promise<string> {
  let cookie = cookies.get(username);
  if (!cookie) {
    cookie = await app.signInStaff(username);
    cookies.set(username, cookie);
  }
  return cookie;
}

async function download(path: string, username: string) {
  const response = await fetch(app.url + path, { headers: { cookie: await staff(username) } });
  const content = Buffer.from(await response.arrayBuffer());
  return { response, content };
}

async function workbookOf(content: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  return workbook;
}

function cellTexts(workbook: ExcelJS.Workbook): string[] {
  const texts: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        texts.push(cell.text);
      });
    });
  });
  return texts;
}

/** No cell anywhere holds an ID number, an unmasked mobile number or a full name of the family. */
function expectMasked(workbook: ExcelJS.Workbook) {
  const texts = cellTexts(workbook);
  expect(texts.length).toBeGreaterThan(0);
  for (const text of texts) {
    expect(text, text).not.toMatch(ID_NUMBER);
    expect(text, text).not.toMatch(MOBILE);
    for (const secret of secrets) expect(text, text).not.toContain(secret);
  }
}

async function exportOf(query: Record<string, string>, username = 'supervisor-yunnan') {
  const { response, content } = await download(
    `/api/v1/supervision/export?${new URLSearchParams(query)}`,
    username,
  );
  expect(response.status, content.toString('utf8').slice(0, 300)).toBe(200);
  expect(response.headers.get('content-type')).toBe(XLSX);
  expect(response.headers.get('cache-control')).toBe('private, no-store');
  const disposition = response.headers.get('content-disposition') ?? '';
  expect(disposition).toMatch(
    /^attachment; filename="[\x20-\x7e]+\.xlsx"; filename\*=UTF-8''[\w%.-]+\.xlsx$/,
  );
  return { workbook: await workbookOf(content), disposition };
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name} in ${workbook.worksheets.map((s) => s.name)}`);
  return found;
}

/** The data rows of a sheet (from row 4, below the title, the heading line and the header). */
function rowsOf(worksheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  worksheet.eachRow((row, number) => {
    if (number >= 4) rows.push((row.values as ExcelJS.CellValue[]).slice(1));
  });
  return rows;
}

async function auditOf(action: string) {
  return queryRows<{ actor_label: string; object_id: string; details: Record<string, unknown> }>(
    app.database.db,
    sql`SELECT actor_label, object_id, details FROM audit_event WHERE action = ${action} ORDER BY sequence`,
  );
}

beforeAll(async () => {
  app = await startTestApp({ postgresUrl: inject('postgresUrl') });
  const family = await app.citizenCookie(0);
  const citizen = DEMO_CITIZENS[0];
  if (!citizen) throw new Error('no demo citizen');
  const handledId = newDeceasedIdNumber();
  const openId = newDeceasedIdNumber();
  const elsewhereId = newDeceasedIdNumber('530302');
  secrets.push(
    handledId,
    openId,
    elsewhereId,
    citizen.idNumber,
    citizen.phone,
    citizen.name,
    DEFAULT_VALUES['applicant.idNumber'] as string,
    DEFAULT_VALUES['applicant.phone'] as string,
    DEFAULT_VALUES['applicant.name'] as string,
    DEFAULT_VALUES['deceased.name'] as string,
    '13912345678',
  );

  // One case handled by every department, delivered at the window and rated poorly.
  handled = await submit(app, family, { deceasedIdNumber: handledId });
  await accept(app, handled.id);
  await completeAll(app, handled);
  const clerk = await staff('window-530102');
  const ready = await app.api(`/api/v1/window/cases/${handled.id}`, { cookie: clerk });
  const delivered = await app.api(`/api/v1/window/cases/${handled.id}/deliver`, {
    cookie: clerk,
    body: { version: ready.body.version },
  });
  expect(delivered.status).toBe(200);
  const rate = (target: string, level: number, comment?: string) =>
    app.api(`/api/v1/cases/${handled.code}/ratings`, {
      cookie: family,
      body: { target, level, ...(comment ? { comment } : {}) },
    });
  expect((await rate('case', 5)).status).toBe(200);
  expect((await rate('department:public-security', 1, POOR_COMMENT)).status).toBe(200);

  // One accepted and left open; one in another county (麒麟区, 曲靖市).
  open = await submit(app, family, { deceasedIdNumber: openId });
  await accept(app, open.id);
  elsewhere = await submit(app, family, { regionCode: '530302', deceasedIdNumber: elsewhereId });
  await accept(app, elsewhere.id, '530302');
});

afterAll(async () => {
  setClockForTests(null);
  await app?.stop();
});

describe('the dashboard as a workbook', () => {
  it('has a sheet per figure, titled with the region and period, names not codes, nothing personal', async () => {
    const month = today().slice(0, 7);
    const { workbook, disposition } = await exportOf({ view: 'dashboard', from: month, to: month });
    expect(disposition).toContain(`filename="supervision-dashboard-530000-${month}-${month}.xlsx"`);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe(
      `云南省联办监管数据（${month}）.xlsx`,
    );
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '概览 Overview',
      '按状态 By state',
      '按渠道 By channel',
      '按月 By month',
      '按地区 By region',
      '时限·部门 Limits by dept',
      '时限·地区 Limits by region',
      '时限·事项 Limits by matter',
      '办理用时 Handling time',
      '评价·等级 Ratings by level',
      '评价·部门 Ratings by dept',
      '评价·地区 Ratings by region',
      '回访整改 Follow-ups',
      '减负成效 Savings',
    ]);
    for (const worksheet of workbook.worksheets) {
      expect(String(worksheet.getCell('A1').value)).toContain('云南省');
      expect(String(worksheet.getCell('A2').value)).toContain(month);
      expect(String(worksheet.getCell('A2').value)).toContain('北京时间');
      expect(worksheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    }

    const overview = rowsOf(sheet(workbook, '概览 Overview'));
    const figure = (zh: string) => overview.find((row) => row[0] === zh)?.[2];
    expect(figure('本期受理')).toBeGreaterThanOrEqual(3);
    expect(figure('本期办结')).toBeGreaterThanOrEqual(1);

    const byRegion = rowsOf(sheet(workbook, '按地区 By region'));
    const kunming = byRegion.find((row) => row[0] === '昆明市');
    const qujing = byRegion.find((row) => row[0] === '曲靖市');
    expect(kunming?.[2]).toBeGreaterThanOrEqual(2);
    expect(qujing?.[2]).toBeGreaterThanOrEqual(1);

    const handling = rowsOf(sheet(workbook, '办理用时 Handling time'));
    const hukou = handling.find((row) => row[0] === '公安' && row[1] === '死亡人员户口注销');
    expect(hukou?.[2]).toBeGreaterThanOrEqual(1);
    expect(typeof hukou?.[5]).toBe('number'); // the committed limit beside the median and p90

    const ratings = sheet(workbook, '评价·部门 Ratings by dept');
    const police = rowsOf(ratings).findIndex((row) => row[0] === '公安');
    expect(police).toBeGreaterThanOrEqual(0);
    expect(rowsOf(ratings)[police]?.[3]).toBeGreaterThanOrEqual(1); // a poor rating
    expect(ratings.getRow(4 + police).getCell(3).numFmt).toBe('0.0%');

    const followUps = rowsOf(sheet(workbook, '回访整改 Follow-ups'));
    expect(followUps.find((row) => row[0] === '待回访')?.[1]).toBeGreaterThanOrEqual(1);
    expectMasked(workbook);

    const [audit] = (await auditOf('supervision.exported')).filter((a) => a.details.view === 'dashboard');
    expect(audit).toMatchObject({
      actor_label: 'supervisor-yunnan',
      object_id: '530000',
      details: { view: 'dashboard', filters: { from: month, to: month } },
    });
  });

  it('holds a county supervisor to their county, as the dashboard does', async () => {
    const own = await exportOf({ view: 'dashboard' }, 'supervisor-530102');
    expect(String(sheet(own.workbook, '概览 Overview').getCell('A1').value)).toContain('五华区');
    for (const view of ['dashboard', 'sub-cases', 'follow-ups', 'time-limits']) {
      const refused = await app.api(`/api/v1/supervision/export?view=${view}&region=530302`, {
        cookie: await staff('supervisor-530102'),
      });
      expect(refused.status, view).toBe(403);
      expect(refused.body.error.code).toBe('FORBIDDEN');
    }
    const report = await app.api('/api/v1/supervision/reports/monthly?region=530302', {
      cookie: await staff('supervisor-530102'),
    });
    expect(report.status).toBe(403);
    const family = await app.citizenCookie(0);
    expect((await app.api('/api/v1/supervision/export?view=dashboard', { cookie: family })).status).toBe(403);
    expect((await app.api('/api/v1/supervision/export?view=dashboard')).status).toBe(401);
  });

  it('names the field of a wrong query', async () => {
    const cookie = await staff('supervisor-yunnan');
    const unknown = await app.api('/api/v1/supervision/export?view=everything', { cookie });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.code).toBe('VALIDATION_FAILED');
    expect(unknown.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['view']);
    const missing = await app.api('/api/v1/supervision/export', { cookie });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['view']);
    const month = await app.api('/api/v1/supervision/reports/monthly?month=2026-13', { cookie });
    expect(month.status).toBe(400);
    expect(month.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['month']);
    const format = await app.api('/api/v1/supervision/reports/monthly?format=docx', { cookie });
    expect(format.body.error.fields.map((f: { field: string }) => f.field)).toEqual(['format']);
  });
});

describe('the lists as workbooks', () => {
  it('exports the follow-ups with the contact masked and numbers in comments masked', async () => {
    const { workbook } = await exportOf({ view: 'follow-ups' });
    const rows = rowsOf(sheet(workbook, '回访整改 Follow-ups'));
    const row = rows.find((r) => r[0] === handled.code);
    expect(row).toBeDefined();
    expect(row?.[1]).toBe('公安');
    expect(row?.[2]).toBe('1 非常不满意');
    expect(row?.[3]).toBe('派出所让我多跑了一趟，请回电139****5678');
    expect(row?.[4]).toMatch(/^\S\*+$/);
    expect(row?.[5]).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(row?.[6]).toBe('待回访');
    expectMasked(workbook);

    // 麒麟区's supervisor sees none of 五华区's follow-ups; 五华区's sees them.
    const qilin = await exportOf({ view: 'follow-ups' }, 'supervisor-530302');
    expect(rowsOf(sheet(qilin.workbook, '回访整改 Follow-ups'))).toEqual([]);
    const wuhua = await exportOf({ view: 'follow-ups', region: '530102' }, 'supervisor-kunming');
    expect(rowsOf(sheet(wuhua.workbook, '回访整改 Follow-ups')).some((r) => r[0] === handled.code)).toBe(
      true,
    );
    expect(String(sheet(wuhua.workbook, '回访整改 Follow-ups').getCell('A1').value)).toContain('五华区');

    // A department supervisor exports their department's follow-ups and nobody else's.
    const police = await exportOf({ view: 'follow-ups' }, 'police-yunnan');
    const policeRows = rowsOf(sheet(police.workbook, '回访整改 Follow-ups'));
    expect(policeRows.some((r) => r[0] === handled.code)).toBe(true);
    expect(policeRows.every((r) => r[1] === '公安')).toBe(true);
    const refused = await app.api('/api/v1/supervision/export?view=follow-ups&department=civil-affairs', {
      cookie: await staff('police-yunnan'),
    });
    expect(refused.status).toBe(403);
  });

  it('exports every overdue sub-case and the time-limit alerts, by name', async () => {
    // Two months on, nothing done: every sub-case of the open cases is overdue.
    setClockForTests(new Date(Date.now() + 60 * 86_400_000));
    try {
      const { workbook } = await exportOf({ view: 'sub-cases', status: 'overdue' });
      const rows = rowsOf(sheet(workbook, '子件清单 Sub-cases'));
      const ofOpen = rows.filter((r) => r[0] === open.code);
      expect(ofOpen.length).toBe(open.subCases.length);
      expect(rows.filter((r) => r[0] === elsewhere.code).length).toBe(elsewhere.subCases.length);
      expect(rows.some((r) => r[0] === handled.code)).toBe(false);
      const hukou = ofOpen.find((r) => r[3] === '死亡人员户口注销');
      expect(hukou?.slice(0, 4)).toEqual([open.code, '五华区', '公安', '死亡人员户口注销']);
      expect(hukou?.[6]).toBe('已超期');
      expect(hukou?.[7]).toBeLessThan(0);
      expectMasked(workbook);

      const county = await exportOf(
        { view: 'sub-cases', department: 'public-security' },
        'supervisor-530102',
      );
      const police = rowsOf(sheet(county.workbook, '子件清单 Sub-cases'));
      expect(police.length).toBeGreaterThanOrEqual(1);
      expect(police.every((r) => r[0] === open.code && r[2] === '公安')).toBe(true);

      const alerts = await exportOf({ view: 'time-limits', region: '530102' });
      const alertRows = rowsOf(sheet(alerts.workbook, '时限预警 Time-limit alerts'));
      expect(alertRows.filter((r) => r[0] === open.code).length).toBe(open.subCases.length);
      expect(alertRows.some((r) => r[0] === elsewhere.code)).toBe(false);
      expect(alertRows.every((r) => r[7] === '已超期')).toBe(true);
      expectMasked(alerts.workbook);
    } finally {
      setClockForTests(null);
    }
    const audits = await auditOf('supervision.exported');
    expect(audits.find((a) => a.details.view === 'sub-cases')).toMatchObject({
      details: { view: 'sub-cases', filters: { status: 'overdue' }, rows: expect.any(Number) },
    });
    expect(audits.find((a) => a.details.view === 'time-limits')).toMatchObject({
      object_id: '530102',
      details: { filters: { region: '530102' } },
    });
  });
});

describe('the monthly report', () => {
  it('is a printable PDF naming the region, the unit and the subordinate regions', async () => {
    const month = today().slice(0, 7);
    const { response, content } = await download(
      `/api/v1/supervision/reports/monthly?month=${month}&format=pdf`,
      'supervisor-yunnan',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toContain(`filename="monthly-report-530000-${month}.pdf"`);
    const [year, m] = month.split('-');
    const title = `云南省个人身后“一件事”联办工作月报（${year}年${Number(m)}月）`;
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe(
      `${title.replaceAll('“', '').replaceAll('”', '')}.pdf`,
    );
    expect(content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (existsSync('/usr/bin/pdftotext')) {
      const dir = mkdtempSync(join(tmpdir(), 'lianban-monthly-'));
      try {
        const file = join(dir, 'report.pdf');
        writeFileSync(file, content);
        const text = execFileSync('/usr/bin/pdftotext', [file, '-'], { encoding: 'utf8' });
        const flat = text.replace(/\s+/g, '');
        expect(flat).toContain(title);
        expect(flat).toContain('报送单位：云南省民政厅');
        expect(flat).toContain('昆明市');
        expect(flat).toContain('曲靖市');
        expect(flat).toContain('第1页');
        expect(text).not.toMatch(ID_NUMBER);
        expect(text).not.toMatch(MOBILE);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    const [audit] = await auditOf('supervision.report_downloaded');
    expect(audit).toMatchObject({
      actor_label: 'supervisor-yunnan',
      object_id: '530000',
      details: { report: 'monthly', region: '530000', month, format: 'pdf' },
    });
  });

  it('opens as a workbook, and covers last month unless told', async () => {
    const month = today().slice(0, 7);
    const { response, content } = await download(
      `/api/v1/supervision/reports/monthly?region=530100&month=${month}&format=xlsx`,
      'supervisor-yunnan',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX);
    const workbook = await workbookOf(content);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '月报 Report',
      '分地区 By region',
      '分部门 By department',
    ]);
    const main = sheet(workbook, '月报 Report');
    expect(String(main.getCell('A1').value)).toContain('昆明市个人身后“一件事”联办工作月报');
    const figures = rowsOf(main);
    expect(figures.find((r) => r[0] === '本月受理')?.[2]).toBeGreaterThanOrEqual(2);
    expect(figures.find((r) => r[0] === '差评回访新增')?.[2]).toBeGreaterThanOrEqual(1);
    expect(
      cellTexts(workbook).some((t) => t.startsWith(`${month.slice(0, 4)}年`) && t.includes('全市共受理')),
    ).toBe(true);
    expect(rowsOf(sheet(workbook, '分地区 By region')).some((r) => r[0] === '五华区')).toBe(true);
    expect(rowsOf(sheet(workbook, '分部门 By department')).some((r) => r[0] === '公安')).toBe(true);
    expectMasked(workbook);

    const police = await download(
      `/api/v1/supervision/reports/monthly?month=${month}&format=xlsx`,
      'police-yunnan',
    );
    expect(police.response.status).toBe(200);
    const policeBook = await workbookOf(police.content);
    expect(String(sheet(policeBook, '月报 Report').getCell('A2').value)).toContain('云南省公安部门');
    expect(rowsOf(sheet(policeBook, '分部门 By department')).map((r) => r[0])).toEqual(['公安']);

    const fallback = await download('/api/v1/supervision/reports/monthly?format=xlsx', 'supervisor-530102');
    expect(fallback.response.status).toBe(200);
    expect(fallback.response.headers.get('content-disposition')).toContain(
      `filename="monthly-report-530102-${addMonths(month, -1)}.xlsx"`,
    );
  });

  it('is described in the OpenAPI document as file downloads', async () => {
    const doc = (await app.api('/openapi.json')).body;
    const exported = doc.paths['/api/v1/supervision/export'].get;
    expect(exported.operationId).toBe('exportSupervision');
    expect(Object.keys(exported.responses['200'].content)).toEqual([XLSX]);
    expect(exported.responses['200'].content[XLSX].schema).toEqual({ type: 'string', format: 'binary' });
    expect(exported.responses['200'].headers).toHaveProperty('Content-Disposition');
    expect(exported.parameters.find((p: { name: string }) => p.name === 'view').schema.enum).toEqual([
      'dashboard',
      'sub-cases',
      'follow-ups',
      'time-limits',
    ]);
    const report = doc.paths['/api/v1/supervision/reports/monthly'].get;
    expect(report.operationId).toBe('getMonthlyReport');
    expect(Object.keys(report.responses['200'].content).sort()).toEqual(['application/pdf', XLSX]);
    expect(Object.keys(report.responses['403'].content)).toEqual(['application/json']);
  });
});
