import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  type Dashboard,
  dashboardWorkbook,
  type FollowUpRow,
  followUpListWorkbook,
  type NameBook,
  redactIdentifiers,
  type SupervisedSubCaseRow,
  subCaseListWorkbook,
  type TimeLimitAlertRow,
  timeLimitListWorkbook,
} from './export-workbook.ts';
import {
  composeMonthlyReport,
  lastMonth,
  monthlyReportFileNames,
  monthlyReportWorkbook,
  renderMonthlyReportPdf,
  weightedMedian,
  wholeRegionWord,
} from './monthly-report.ts';

const ID_NUMBER = /(?<![0-9A-Za-z])\d{17}[\dX](?![0-9A-Za-z])/i;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/;

const dashboard: Dashboard = {
  scope: {
    regionCode: '530000',
    nameZh: '云南省',
    nameEn: 'Yunnan Province',
    level: 'province',
    departmentCode: null,
    parentCode: null,
  },
  period: { from: '2026-11', to: '2026-11' },
  today: '2026-12-01',
  asOf: '2026-12-01T01:30:00.000Z',
  source: 'primary',
  replicaLagSeconds: null,
  children: [
    { code: '530100', nameZh: '昆明市', nameEn: 'Kunming', level: 'prefecture' },
    { code: '532500', nameZh: '红河哈尼族彝族自治州', nameEn: 'Honghe', level: 'prefecture' },
  ],
  departments: [
    { code: 'public-security', nameZh: '公安', nameEn: 'Public Security' },
    { code: 'human-resources', nameZh: '人力资源和社会保障', nameEn: 'Human Resources and Social Security' },
  ],
  matters: [
    {
      code: 'hukou-cancellation',
      nameZh: '户口注销',
      nameEn: 'Cancellation of household registration',
      departmentCode: 'public-security',
      committedWorkingDays: 1,
    },
    {
      code: 'pension-termination',
      nameZh: '养老保险关系终止',
      nameEn: 'Pension termination',
      departmentCode: 'human-resources',
      committedWorkingDays: 5,
    },
  ],
  cases: {
    total: 42,
    byState: [
      { state: 'submitted', count: 2 },
      { state: 'in_progress', count: 10 },
      { state: 'delivered', count: 30 },
    ],
    received: 20,
    completed: 15,
    byChannel: [
      { channel: 'online', count: 12 },
      { channel: 'window', count: 6 },
      { channel: 'proactive', count: 2 },
    ],
    byMonth: [{ month: '2026-11', online: 12, window: 6, proactive: 2, completed: 15 }],
    byRegion: [
      { regionCode: '530100', received: 15, completed: 11, open: 8 },
      { regionCode: '532500', received: 5, completed: 4, open: 4 },
    ],
  },
  timeLimits: {
    open: 12,
    overdue: 3,
    atRisk: 2,
    waitingOnFamily: 1,
    byDepartment: [
      { departmentCode: 'public-security', open: 5, overdue: 3, atRisk: 1 },
      { departmentCode: 'human-resources', open: 7, overdue: 0, atRisk: 1 },
    ],
    byRegion: [
      { regionCode: '530100', open: 9, overdue: 2, atRisk: 2 },
      { regionCode: '532500', open: 3, overdue: 1, atRisk: 0 },
    ],
    byMatter: [
      { departmentCode: 'public-security', matterCode: 'hukou-cancellation', open: 5, overdue: 3, atRisk: 1 },
    ],
  },
  handling: [
    {
      departmentCode: 'public-security',
      matterCode: 'hukou-cancellation',
      ended: 10,
      medianWorkingDays: 1,
      p90WorkingDays: 3,
      committedWorkingDays: 1,
      onTimeShare: 0.8,
    },
    {
      departmentCode: 'human-resources',
      matterCode: 'pension-termination',
      ended: 4,
      medianWorkingDays: 4,
      p90WorkingDays: 6,
      committedWorkingDays: 5,
      onTimeShare: 0.75,
    },
  ],
  ratings: {
    total: 10,
    satisfiedShare: 0.9,
    byLevel: [
      { level: 5, count: 7 },
      { level: 4, count: 2 },
      { level: 3, count: 0 },
      { level: 2, count: 1 },
      { level: 1, count: 0 },
    ],
    byDepartment: [
      { departmentCode: null, count: 6, satisfiedShare: 1, poor: 0 },
      { departmentCode: 'public-security', count: 4, satisfiedShare: 0.75, poor: 1 },
    ],
    byRegion: [
      { regionCode: '530100', count: 8, satisfiedShare: 0.875 },
      { regionCode: '532500', count: 2, satisfiedShare: 1 },
    ],
  },
  followUps: {
    open: 1,
    overdue: 0,
    nextDue: '2026-12-04',
    byState: [
      { state: 'open', count: 1 },
      { state: 'closed', count: 2 },
    ],
  },
  savings: {
    cases: 20,
    onlineCases: 14,
    materialsNotDemanded: 55,
    fieldsPrefilled: 300,
    visitsAvoided: 80,
    benefitsStopped: 6,
  },
};

const book: NameBook = {
  regions: new Map([
    ['530102', { zh: '五华区', en: 'Wuhua District' }],
    ['530000', { zh: '云南省', en: 'Yunnan Province' }],
  ]),
  matters: new Map([
    ['hukou-cancellation', { zh: '户口注销', en: 'Cancellation of household registration' }],
  ]),
};

async function open(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function texts(workbook: ExcelJS.Workbook): string[] {
  const all: string[] = [];
  workbook.eachSheet((sheet) => {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        all.push(cell.text);
      });
    });
  });
  return all;
}

describe('redacting identifiers in free text', () => {
  it('masks ID numbers and mobile numbers but not case codes or dates', () => {
    expect(redactIdentifiers('请联系13912345678，身份证53010219800101123X。')).toBe(
      '请联系139****5678，身份证5301**********123X。',
    );
    expect(redactIdentifiers('办件 530102202611200000018 已办结')).toBe('办件 530102202611200000018 已办结');
    expect(redactIdentifiers('2026-11-20 10:15')).toBe('2026-11-20 10:15');
  });
});

describe('the dashboard workbook', () => {
  it('has one sheet per figure, titled, with frozen bilingual headers, names and percentages', async () => {
    const workbook = await open(await dashboardWorkbook(dashboard, book));
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual([
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
    for (const sheet of workbook.worksheets) {
      expect(String(sheet.getCell('A1').value)).toContain('云南省');
      expect(String(sheet.getCell('A2').value)).toContain('2026-11');
      expect(String(sheet.getCell('A2').value)).toContain('2026-12-01 09:30');
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
      expect(String(sheet.getCell('A3').value)).toMatch(/\n[A-Z]/);
    }

    const handling = workbook.getWorksheet('办理用时 Handling time') as ExcelJS.Worksheet;
    expect(handling.getRow(3).values).toEqual([
      undefined,
      '部门\nDepartment',
      '事项\nMatter',
      '本期办结\nEnded in the period',
      '用时中位数\nMedian',
      '用时90分位\n90th percentile',
      '承诺时限\nCommitted limit',
      '按期办结率\nOn-time share',
    ]);
    expect(handling.getRow(4).values).toEqual([undefined, '公安', '户口注销', 10, 1, 3, 1, 0.8]);
    expect(handling.getCell('G4').numFmt).toBe('0.0%');

    const byRegion = workbook.getWorksheet('按地区 By region') as ExcelJS.Worksheet;
    expect(byRegion.getCell('A4').value).toBe('昆明市');
    expect(byRegion.getCell('A5').value).toBe('红河哈尼族彝族自治州');

    const ratings = workbook.getWorksheet('评价·部门 Ratings by dept') as ExcelJS.Worksheet;
    expect(ratings.getCell('A4').value).toBe('整件（综合窗口）');
    expect(ratings.getCell('A5').value).toBe('公安');
    expect(ratings.getCell('C5').numFmt).toBe('0.0%');

    const overview = workbook.getWorksheet('概览 Overview') as ExcelJS.Worksheet;
    const satisfied = overview.getColumn(1).values.indexOf('满意率');
    expect(overview.getRow(satisfied).getCell(3).value).toBe(0.9);
    expect(overview.getRow(satisfied).getCell(3).numFmt).toBe('0.0%');
    expect(overview.getColumn(2).width).toBeGreaterThanOrEqual(30);
  });
});

describe('list workbooks', () => {
  const followUp: FollowUpRow = {
    id: '0d8e9d9e-2b0c-4c47-9a4e-3b1f2a0c9d11',
    caseCode: '530102202611200000018',
    target: 'department:public-security',
    level: 2,
    comment: '等了很久，我的电话13912345678，身份证号53010219800101123X',
    state: 'called_back',
    dueOn: '2026-11-27',
    dueProvisional: false,
    callBackNote: '已回访 13887654321',
    rectificationNote: null,
    createdAt: '2026-11-20T02:00:00.000Z',
    contact: { nameMasked: '王**', phoneMasked: '139****5678' },
  };

  it('carries only masked contacts, and masks numbers typed into free text', async () => {
    const workbook = await open(
      await followUpListWorkbook([followUp], { regionCode: '530102', readAt: '2026-11-21T00:00:00Z' }, book),
    );
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toContain('五华区');
    const row = sheet.getRow(4);
    expect(row.getCell(1).value).toBe('530102202611200000018');
    expect(row.getCell(2).value).toBe('公安');
    expect(row.getCell(5).value).toBe('王**');
    expect(row.getCell(6).value).toBe('139****5678');
    expect(row.getCell(4).value).toContain('139****5678');
    expect(row.getCell(4).value).toContain('5301**********123X');
    for (const text of texts(workbook)) {
      expect(text).not.toMatch(ID_NUMBER);
      expect(text).not.toMatch(MOBILE);
      expect(text).not.toContain('13912345678');
    }
  });

  it('writes sub-cases and time-limit alerts by name, and says when a list was cut', async () => {
    const sub: SupervisedSubCaseRow = {
      subCaseId: 'a',
      caseCode: '530102202611200000018',
      matterCode: 'hukou-cancellation',
      departmentCode: 'public-security',
      regionCode: '530102',
      state: 'pending',
      dueOn: '2026-11-21',
      status: 'overdue',
      remainingWorkingDays: -2,
      escalated: true,
    };
    const subs = await open(
      await subCaseListWorkbook(
        Array.from({ length: 3 }, () => sub),
        { regionCode: '530000', readAt: '2026-11-25T00:00:00Z', truncatedOf: 60_000 },
        book,
        'overdue',
      ),
    );
    const sheet = subs.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toContain('已超期子件清单');
    expect(sheet.getCell('A2').value).toContain('60000');
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      '530102202611200000018',
      '五华区',
      '公安',
      '户口注销',
      '待办理',
      '2026-11-21',
      '已超期',
      -2,
      '是',
    ]);
    expect(sheet.rowCount).toBe(6);

    const alert: TimeLimitAlertRow = {
      subCaseId: 'b',
      caseCode: '530102202611200000018',
      matterCode: 'hukou-cancellation',
      departmentCode: 'public-security',
      regionCode: '530102',
      state: 'in_review',
      due: '2026-11-26',
      status: 'due-soon',
      remainingWorkingDays: 1,
      provisional: false,
      escalated: false,
    };
    const alerts = await open(
      await timeLimitListWorkbook(
        [alert],
        { regionCode: '530102', departmentCode: 'public-security', readAt: '2026-11-25T00:00:00Z' },
        book,
      ),
    );
    const alertSheet = alerts.worksheets[0] as ExcelJS.Worksheet;
    expect(alertSheet.getCell('A1').value).toContain('五华区（公安）');
    expect(alertSheet.getCell('H4').value).toBe('即将到期');
  });
});

describe('the monthly report', () => {
  const report = composeMonthlyReport(dashboard, '2026-11', { opened: 1, closed: 2 }, '2026-12-01', book);

  it('is titled, addressed and summarised in Chinese from the figures', () => {
    expect(report.title).toBe('云南省个人身后“一件事”联办工作月报（2026年11月）');
    expect(report.unit).toBe('云南省民政厅');
    expect(report.summary).toContain('2026年11月，全省共受理个人身后“一件事”联办申请20件');
    expect(report.summary).toContain('办结15件');
    expect(report.summary).toContain('超期3件，主要集中在公安部门（3件）');
    expect(report.summary).toContain('满意率90.0%');
    expect(report.summary).toContain('差评回访整改本月新增1件、办结2件');
    expect(report.summary).toContain('免提交材料55份');
    expect(report.regions.map((r) => r.nameZh)).toEqual(['昆明市', '红河哈尼族彝族自治州']);
    expect(report.regionTotal).toMatchObject({ nameZh: '合计', received: 20, completed: 15, overdue: 3 });
    expect(report.departments[0]).toMatchObject({
      nameZh: '公安',
      ended: 10,
      onTimeShare: 0.8,
      medianWorkingDays: 1,
      overdue: 3,
      poor: 1,
    });
    const onTime = report.keyFigures.find((f) => f.zh === '子件按期办结率');
    expect(onTime?.value).toBeCloseTo((0.8 * 10 + 0.75 * 4) / 14);
    expect(monthlyReportFileNames(report, 'pdf')).toEqual({
      ascii: 'monthly-report-530000-2026-11.pdf',
      utf8: '云南省个人身后一件事联办工作月报（2026年11月）.pdf',
    });
  });

  it('names the whole region and the month before as a report does', () => {
    expect(wholeRegionWord('prefecture', '红河哈尼族彝族自治州')).toBe('全州');
    expect(wholeRegionWord('prefecture', '昆明市')).toBe('全市');
    expect(wholeRegionWord('county', '五华区')).toBe('全区');
    expect(wholeRegionWord('county', '建水县')).toBe('全县');
    expect(lastMonth('2026-01-15')).toBe('2025-12');
    expect(
      weightedMedian([
        { value: 1, weight: 10 },
        { value: 4, weight: 4 },
        { value: null, weight: 3 },
      ]),
    ).toBe(1);
    expect(weightedMedian([])).toBeNull();
  });

  it('renders an A4 PDF with the region, the title and page numbers', async () => {
    const many = {
      ...report,
      departments: Array.from({ length: 40 }, (_, i) => ({
        ...report.departments[0],
        nameZh: `部门${i + 1}`,
      })),
    } as typeof report;
    const pdf = await renderMonthlyReportPdf(many);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (!existsSync('/usr/bin/pdftotext')) return;
    const dir = mkdtempSync(join(tmpdir(), 'lianban-report-'));
    try {
      const file = join(dir, 'report.pdf');
      writeFileSync(file, pdf);
      const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      expect(text).toContain('云南省');
      expect(text).toContain('联办工作月报');
      expect(text).toContain('报送单位：云南省民政厅');
      expect(text).toContain('红河哈尼族彝族自治州');
      expect(text).toContain('部门40');
      const info = execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Page size:\s+595\.28 x 841\.89/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThan(1);
      for (let page = 1; page <= pages; page++) {
        expect(text.replace(/\s+/g, '')).toContain(`第${page}页共${pages}页`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens as a workbook with the key figures, the summary and both tables', async () => {
    const workbook = await open(await monthlyReportWorkbook(report));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '月报 Report',
      '分地区 By region',
      '分部门 By department',
    ]);
    const main = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(main.getCell('A1').value).toBe(report.title);
    expect(texts(workbook)).toContain(report.summary);
    const regions = workbook.getWorksheet('分地区 By region') as ExcelJS.Worksheet;
    expect(regions.getCell('A6').value).toBe('合计');
    expect(regions.getCell('H4').numFmt).toBe('0.0%');
  });
});
