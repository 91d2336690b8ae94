/**
 * The monthly report (工作月报) of one region that a civil affairs department sends upward: the
 * title, the reporting unit and date, the key figures of the month, a short summary written from
 * them, a table per subordinate region and per department, and notes on how the figures are
 * counted. Rendered as an A4 PDF with page numbers (in the embedded Chinese font the notices use)
 * and as an Excel workbook.
 *
 * The figures are the dashboard's for a period of that one month (`readDashboard`, held to the
 * reader's scope); only the follow-ups opened and closed in the month, which the dashboard does
 * not keep by month, are counted from the follow-up register, within the same scope.
 */
import { and, gte, like, lt, type SQL, sql } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import { startOfServiceDay } from '../../domain/clock.ts';
import { regionPrefix } from '../../domain/regions.ts';
import { addMonths } from '../../domain/supervision.ts';
import * as clock from '../clock.ts';
import type { AppContext } from '../context.ts';
import { queryRows } from '../db/database.ts';
import { followUps } from '../db/schema.ts';
import { noticeFont } from '../documents/render-notice.ts';
import type { StaffPrincipal } from '../identity/principal.ts';
import { readDashboard } from './dashboard.ts';
import {
  beijingTime,
  type Column,
  type Dashboard,
  EMPTY_NAME_BOOK,
  type NameBook,
  Names,
  redactIdentifiers,
  XlsxBook,
} from './export-workbook.ts';

// ── What the report says ─────────────────────────────────────────────────────────────────────

type FigureKind = 'int' | 'percent' | 'days' | 'text';

export interface KeyFigure {
  zh: string;
  en: string;
  value: number | string | null;
  kind: FigureKind;
  /** The unit after a count: 件, 份, 次, 个工作日. */
  unit?: string;
}

export interface RegionLine {
  regionCode: string;
  nameZh: string;
  received: number;
  completed: number;
  open: number;
  atRisk: number;
  overdue: number;
  ratings: number;
  satisfiedShare: number | null;
}

export interface DepartmentLine {
  departmentCode: string;
  nameZh: string;
  /** Sub-cases completed or refused in the month. */
  ended: number;
  onTimeShare: number | null;
  medianWorkingDays: number | null;
  open: number;
  overdue: number;
  ratings: number;
  satisfiedShare: number | null;
  poor: number;
}

export interface MonthlyReport {
  month: string;
  regionCode: string;
  regionZh: string;
  regionEn: string;
  departmentCode: string | null;
  title: string;
  titleEn: string;
  /** The reporting unit (报送单位). */
  unit: string;
  /** The reporting date, YYYY-MM-DD. */
  issuedOn: string;
  readAt: string;
  keyFigures: KeyFigure[];
  summary: string;
  regions: RegionLine[];
  regionTotal: RegionLine | null;
  departments: DepartmentLine[];
  notes: string[];
}

export interface FollowUpMonth {
  opened: number;
  closed: number;
}

/** 2026-11 → 2026年11月 */
export function monthZh(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

/** 2026-12-01 → 2026年12月1日 */
export function dateZh(date: string): string {
  return `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** The month before today's: what a monthly report covers unless another month is asked for. */
export function lastMonth(today: string): string {
  return addMonths(today.slice(0, 7), -1);
}

/** 全省, 全市, 全州, 全区, 全县: how a report names the whole of its region. */
export function wholeRegionWord(level: string, nameZh: string): string {
  if (level === 'province') return '全省';
  const last = nameZh.slice(-1);
  if (last === '州') return '全州';
  if (last === '县') return '全县';
  if (last === '区') return '全区';
  if (last === '盟') return '全盟';
  if (last === '旗') return '全旗';
  return '全市';
}

/** The civil affairs department of the region: 民政厅 for a province, else 民政局. */
export function reportingUnit(level: string, nameZh: string, departmentZh: string | null): string {
  if (departmentZh) return `${nameZh}${departmentZh}部门`;
  return `${nameZh}${level === 'province' ? '民政厅' : '民政局'}`;
}

const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);
const shareOf = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** The median of per-matter medians, each weighted by how many sub-cases it ended. */
export function weightedMedian(values: readonly { value: number | null; weight: number }[]): number | null {
  const usable = values
    .filter((v): v is { value: number; weight: number } => v.value !== null && v.weight > 0)
    .sort((a, b) => a.value - b.value);
  const totalWeight = usable.reduce((sum, v) => sum + v.weight, 0);
  if (totalWeight === 0) return null;
  let seen = 0;
  for (const v of usable) {
    seen += v.weight;
    if (seen * 2 >= totalWeight) return v.value;
  }
  return usable[usable.length - 1]?.value ?? null;
}

/** The share on time over several matters, each weighted by how many it ended. */
function weightedShare(rows: readonly { onTimeShare: number | null; ended: number }[]): number | null {
  const usable = rows.filter((r) => r.onTimeShare !== null && r.ended > 0);
  const weight = usable.reduce((sum, r) => sum + r.ended, 0);
  if (weight === 0) return null;
  return usable.reduce((sum, r) => sum + (r.onTimeShare ?? 0) * r.ended, 0) / weight;
}

/** Everything the report says, from the dashboard of the month; no reading, no rendering. */
export function composeMonthlyReport(
  dashboard: Dashboard,
  month: string,
  followUpMonth: FollowUpMonth,
  issuedOn: string,
  book: NameBook = EMPTY_NAME_BOOK,
): MonthlyReport {
  const names = new Names(book, dashboard);
  const { scope, cases, timeLimits, ratings, followUps, savings, handling } = dashboard;
  const departmentZh = scope.departmentCode ? names.department(scope.departmentCode).zh : null;
  const whole = wholeRegionWord(scope.level, scope.nameZh);
  const asOfDate = dashboard.today;

  const ended = handling.reduce((sum, h) => sum + h.ended, 0);
  const onTimeShare = weightedShare(handling);
  const median = weightedMedian(handling.map((h) => ({ value: h.medianWorkingDays, weight: h.ended })));

  // Per subordinate region.
  const regionCodes = [
    ...new Set([
      ...dashboard.children.map((c) => c.code),
      ...cases.byRegion.map((r) => r.regionCode),
      ...timeLimits.byRegion.map((r) => r.regionCode),
      ...ratings.byRegion.map((r) => r.regionCode),
    ]),
  ];
  const regions: RegionLine[] = regionCodes.map((code) => {
    const c = cases.byRegion.find((r) => r.regionCode === code);
    const t = timeLimits.byRegion.find((r) => r.regionCode === code);
    const r = ratings.byRegion.find((x) => x.regionCode === code);
    return {
      regionCode: code,
      nameZh: names.region(code).zh,
      received: c?.received ?? 0,
      completed: c?.completed ?? 0,
      open: c?.open ?? 0,
      atRisk: t?.atRisk ?? 0,
      overdue: t?.overdue ?? 0,
      ratings: r?.count ?? 0,
      satisfiedShare: r?.satisfiedShare ?? null,
    };
  });
  const sum = (key: keyof RegionLine) => regions.reduce((s, r) => s + (r[key] as number), 0);
  const ratedRegions = regions.filter((r) => r.satisfiedShare !== null && r.ratings > 0);
  const regionTotal: RegionLine | null =
    regions.length === 0
      ? null
      : {
          regionCode: scope.regionCode,
          nameZh: '合计',
          received: sum('received'),
          completed: sum('completed'),
          open: sum('open'),
          atRisk: sum('atRisk'),
          overdue: sum('overdue'),
          ratings: sum('ratings'),
          satisfiedShare: shareOf(
            ratedRegions.reduce((s, r) => s + (r.satisfiedShare ?? 0) * r.ratings, 0),
            ratedRegions.reduce((s, r) => s + r.ratings, 0),
          ),
        };

  // Per department, in the order of the department list.
  const order = dashboard.departments.map((d) => d.code);
  const departmentCodes = [
    ...new Set([
      ...handling.map((h) => h.departmentCode),
      ...timeLimits.byDepartment.map((d) => d.departmentCode),
      ...ratings.byDepartment.flatMap((d) => (d.departmentCode ? [d.departmentCode] : [])),
    ]),
  ].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? 999 : ia) - (ib < 0 ? 999 : ib) || a.localeCompare(b);
  });
  const departments: DepartmentLine[] = departmentCodes.map((code) => {
    const own = handling.filter((h) => h.departmentCode === code);
    const limits = timeLimits.byDepartment.find((d) => d.departmentCode === code);
    const rated = ratings.byDepartment.find((d) => d.departmentCode === code);
    return {
      departmentCode: code,
      nameZh: names.department(code).zh,
      ended: own.reduce((s, h) => s + h.ended, 0),
      onTimeShare: weightedShare(own),
      medianWorkingDays: weightedMedian(own.map((h) => ({ value: h.medianWorkingDays, weight: h.ended }))),
      open: limits?.open ?? 0,
      overdue: limits?.overdue ?? 0,
      ratings: rated?.count ?? 0,
      satisfiedShare: rated?.satisfiedShare ?? null,
      poor: rated?.poor ?? 0,
    };
  });

  const keyFigures: KeyFigure[] = [
    { zh: '本月受理', en: 'Received', value: cases.received, kind: 'int', unit: '件' },
    { zh: '本月办结', en: 'Completed', value: cases.completed, kind: 'int', unit: '件' },
    { zh: '子件按期办结率', en: 'Sub-cases ended on time', value: onTimeShare, kind: 'percent' },
    { zh: '当前超期子件', en: 'Sub-cases overdue now', value: timeLimits.overdue, kind: 'int', unit: '件' },
    { zh: '办理用时中位数', en: 'Median handling time', value: median, kind: 'days', unit: '个工作日' },
    { zh: '群众满意率', en: 'Satisfied share', value: ratings.satisfiedShare, kind: 'percent' },
    { zh: '差评回访新增', en: 'Follow-ups opened', value: followUpMonth.opened, kind: 'int', unit: '件' },
    { zh: '差评回访办结', en: 'Follow-ups closed', value: followUpMonth.closed, kind: 'int', unit: '件' },
    {
      zh: '免提交材料',
      en: 'Materials not demanded',
      value: savings.materialsNotDemanded,
      kind: 'int',
      unit: '份',
    },
    { zh: '减少跑动', en: 'Visits avoided', value: savings.visitsAvoided, kind: 'int', unit: '次' },
    { zh: '自动预填字段', en: 'Fields pre-filled', value: savings.fieldsPrefilled, kind: 'int', unit: '项' },
    {
      zh: '主动停发待遇',
      en: 'Benefits stopped without an application',
      value: savings.benefitsStopped,
      kind: 'int',
      unit: '项',
    },
  ];

  // The summary, written from the figures.
  const sentences: string[] = [];
  const subject = departmentZh ? `${whole}${departmentZh}部门` : whole;
  if (cases.received > 0 || cases.completed > 0) {
    const noVisit =
      savings.onlineCases > 0 && cases.received > 0
        ? `，其中不见面办理${savings.onlineCases}件，占${percent(savings.onlineCases / cases.received)}`
        : '';
    sentences.push(
      `${monthZh(month)}，${subject}共受理个人身后“一件事”联办申请${cases.received}件${noVisit}；办结${cases.completed}件。`,
    );
  } else {
    sentences.push(`${monthZh(month)}，${subject}未受理个人身后“一件事”联办申请，亦无办结办件。`);
  }
  if (ended > 0) {
    const parts = [`各部门本月办结（含不予办理）子件${ended}件`];
    if (onTimeShare !== null) parts.push(`按期办结率${percent(onTimeShare)}`);
    if (median !== null) parts.push(`办理用时中位数${median}个工作日`);
    sentences.push(`${parts.join('，')}。`);
  }
  const worst = [...timeLimits.byDepartment].sort((a, b) => b.overdue - a.overdue)[0];
  if (timeLimits.overdue > 0) {
    const where =
      worst && worst.overdue > 0
        ? `，主要集中在${names.department(worst.departmentCode).zh}部门（${worst.overdue}件）`
        : '';
    sentences.push(
      `截至${dateZh(asOfDate)}，在办子件${timeLimits.open}件，其中超期${timeLimits.overdue}件${where}${
        timeLimits.atRisk > 0 ? `，另有${timeLimits.atRisk}件临近超期` : ''
      }，已纳入督办。`,
    );
  } else if (timeLimits.open > 0) {
    sentences.push(
      `截至${dateZh(asOfDate)}，在办子件${timeLimits.open}件，无超期${
        timeLimits.atRisk > 0 ? `，${timeLimits.atRisk}件临近超期，已提醒承办部门` : ''
      }。`,
    );
  } else {
    sentences.push(`截至${dateZh(asOfDate)}，无在办超期子件。`);
  }
  if (ratings.total > 0) {
    const poor = ratings.byLevel.filter((l) => l.level <= 2).reduce((s, l) => s + l.count, 0);
    sentences.push(
      `本月收到群众评价${ratings.total}条，满意率${percent(ratings.satisfiedShare)}${
        poor > 0 ? `，差评${poor}条` : '，无差评'
      }。`,
    );
  } else {
    sentences.push('本月未收到群众评价。');
  }
  if (followUpMonth.opened > 0 || followUpMonth.closed > 0 || followUps.open > 0) {
    sentences.push(
      `差评回访整改本月新增${followUpMonth.opened}件、办结${followUpMonth.closed}件${
        followUps.open > 0
          ? `，尚有${followUps.open}件待办${followUps.overdue > 0 ? `（其中${followUps.overdue}件已超过回访期限）` : ''}`
          : '，已全部办结'
      }。`,
    );
  }
  const saved: string[] = [];
  if (savings.materialsNotDemanded > 0) saved.push(`免提交材料${savings.materialsNotDemanded}份`);
  if (savings.fieldsPrefilled > 0) saved.push(`自动预填表单${savings.fieldsPrefilled}项`);
  if (savings.visitsAvoided > 0) saved.push(`减少群众跑动${savings.visitsAvoided}次`);
  if (savings.benefitsStopped > 0) saved.push(`依据死亡信息主动停发待遇${savings.benefitsStopped}项`);
  if (saved.length > 0) sentences.push(`通过数据共享和电子证照，${saved.join('，')}。`);

  const title = `${scope.nameZh}个人身后“一件事”联办工作月报（${monthZh(month)}）`;
  return {
    month,
    regionCode: scope.regionCode,
    regionZh: scope.nameZh,
    regionEn: scope.nameEn,
    departmentCode: scope.departmentCode,
    title,
    titleEn: `${scope.nameEn}: monthly report on the after-death "one thing" joint handling, ${month}`,
    unit: reportingUnit(scope.level, scope.nameZh, departmentZh),
    issuedOn,
    readAt: dashboard.asOf,
    keyFigures,
    summary: redactIdentifiers(sentences.join('')),
    regions,
    regionTotal,
    departments,
    notes: [
      `统计期间为${monthZh(month)}（北京时间）；受理、办结、评价、减负成效按发生月份统计。`,
      `“当前超期”“在办”“临近超期”及待办回访为截至${dateZh(asOfDate)}的实时数，不随统计月份回溯。`,
      '按期办结率为本月办结（含不予办理）的子件中在承诺时限内办结的比例；群众满意率为“满意”及“非常满意”评价的比例。',
      '办理用时以工作日计（扣除法定节假日及群众补充材料期间）；汇总的中位数按各事项中位数以办结件数加权得出。',
      `数据读取时间：${beijingTime(dashboard.asOf)}（北京时间）。本报告不含任何个人身份信息。`,
    ],
  };
}

// ── Reading ──────────────────────────────────────────────────────────────────────────────────

/** Follow-ups opened and closed in the month (Beijing time), within the reader's scope. */
export async function countFollowUpsOfMonth(
  context: AppContext,
  scope: { regionCode: string; departmentCode: string | null },
  month: string,
): Promise<FollowUpMonth> {
  const start = startOfServiceDay(`${month}-01`);
  const end = startOfServiceDay(`${addMonths(month, 1)}-01`);
  const within: SQL[] = [like(followUps.regionCode, `${regionPrefix(scope.regionCode)}%`)];
  if (scope.departmentCode) within.push(sql`${followUps.departmentCode} = ${scope.departmentCode}`);
  const [row] = await queryRows<{ opened: string | number; closed: string | number }>(
    context.readDatabase.db,
    sql`SELECT
          count(*) FILTER (WHERE ${and(gte(followUps.createdAt, start), lt(followUps.createdAt, end))}) AS opened,
          count(*) FILTER (WHERE ${and(gte(followUps.closedAt, start), lt(followUps.closedAt, end))}) AS closed
        FROM ${followUps}
        WHERE ${and(...within)}`,
  );
  return { opened: Number(row?.opened ?? 0), closed: Number(row?.closed ?? 0) };
}

/** The report of one region and month, as the caller may read it (refused outside their scope). */
export async function readMonthlyReport(
  context: AppContext,
  staff: StaffPrincipal,
  request: { region?: string | undefined; month?: string | undefined },
  book: NameBook = EMPTY_NAME_BOOK,
): Promise<{ report: MonthlyReport; dashboard: Dashboard }> {
  const today = clock.today();
  const month = request.month ?? lastMonth(today);
  const dashboard = await readDashboard(context, staff, { region: request.region, from: month, to: month });
  const followUpMonth = await countFollowUpsOfMonth(context, dashboard.scope, month);
  return { report: composeMonthlyReport(dashboard, month, followUpMonth, today, book), dashboard };
}

// ── Rendering: PDF ───────────────────────────────────────────────────────────────────────────

const MARGIN = 56;
const FOOTER_GAP = 28;

interface PdfColumn {
  title: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

function figureText(f: KeyFigure): string {
  if (f.value === null) return '—';
  if (f.kind === 'percent' && typeof f.value === 'number') return percent(f.value);
  return `${f.value}`;
}

export async function renderMonthlyReportPdf(report: MonthlyReport): Promise<Buffer> {
  const font = noticeFont();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_GAP, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: report.title,
      Author: report.unit,
      Subject: report.titleEn,
      Creator: '个人身后“一件事”联办平台',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  if (font.family) doc.registerFont('cjk', font.path, font.family);
  else doc.registerFont('cjk', font.path);
  doc.font('cjk');

  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  // Title, unit and date.
  doc.fillColor('#000').fontSize(18).text(report.title, left, MARGIN, { width, align: 'center', lineGap: 4 });
  doc.moveDown(0.6);
  const lineY = doc.y;
  doc.fontSize(10.5).text(`报送单位：${report.unit}`, left, lineY, { width: width / 2, lineBreak: false });
  doc.text(`报送日期：${dateZh(report.issuedOn)}`, left + width / 2, lineY, {
    width: width / 2,
    align: 'right',
    lineBreak: false,
  });
  doc.y = lineY + 18;
  doc
    .moveTo(left, doc.y)
    .lineTo(left + width, doc.y)
    .lineWidth(1.2)
    .strokeColor('#b22222')
    .stroke();
  doc.y += 12;

  // A heading keeps at least a few lines of what follows it on its page.
  const heading = (text: string) => {
    ensure(90);
    doc.moveDown(0.4);
    doc.fillColor('#000').fontSize(13).text(text, left, doc.y, { width });
    doc.moveDown(0.3);
  };

  // Key figures, four to a row.
  heading('一、主要指标');
  const perRow = 4;
  const boxW = width / perRow;
  const boxH = 50;
  for (let i = 0; i < report.keyFigures.length; i += perRow) {
    ensure(boxH);
    const y = doc.y;
    report.keyFigures.slice(i, i + perRow).forEach((f, j) => {
      const x = left + j * boxW;
      doc
        .rect(x + 2, y, boxW - 4, boxH - 4)
        .fillColor('#f3f6fa')
        .fill();
      const value = figureText(f);
      const unit = f.value !== null && f.unit ? f.unit : '';
      doc
        .fillColor('#1f3a5f')
        .fontSize(15)
        .text(value, x + 8, y + 6, { width: boxW - 16, lineBreak: false });
      if (unit) {
        const after = x + 8 + doc.widthOfString(value) + 3;
        doc
          .fontSize(9)
          .text(unit, after, y + 12, { width: Math.max(x + boxW - 8 - after, 10), lineBreak: false });
      }
      doc
        .fillColor('#444')
        .fontSize(9)
        .text(f.zh, x + 8, y + 28, { width: boxW - 16, lineBreak: false });
    });
    doc.y = y + boxH;
  }

  heading('二、总体情况');
  doc.fillColor('#000').fontSize(11).text(report.summary, left, doc.y, { width, indent: 22, lineGap: 5 });

  const table = (columns: PdfColumn[], rows: string[][], emphasiseLast = false) => {
    const scale = width / columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => c.width * scale);
    const pad = 4;
    const size = 9;
    const rowHeight = (cells: string[]) =>
      Math.max(
        ...cells.map((text, i) => {
          doc.fontSize(size);
          return doc.heightOfString(text, { width: (widths[i] ?? 40) - 2 * pad }) + 2 * pad;
        }),
        18,
      );
    const drawRow = (cells: string[], fill: string | null) => {
      const h = rowHeight(cells);
      const y = doc.y;
      let x = left;
      cells.forEach((text, i) => {
        const w = widths[i] ?? 40;
        if (fill) doc.rect(x, y, w, h).fillColor(fill).fill();
        doc.rect(x, y, w, h).lineWidth(0.5).strokeColor('#9aa7b8').stroke();
        doc
          .fillColor('#000')
          .fontSize(size)
          .text(text, x + pad, y + pad, { width: w - 2 * pad, align: columns[i]?.align ?? 'left' });
        x += w;
      });
      doc.y = y + h;
    };
    const header = columns.map((c) => c.title);
    ensure(rowHeight(header) + 20);
    drawRow(header, '#e8eef7');
    rows.forEach((cells, index) => {
      const last = emphasiseLast && index === rows.length - 1;
      if (doc.y + rowHeight(cells) > bottom()) {
        doc.addPage();
        drawRow(header, '#e8eef7');
      }
      drawRow(cells, last ? '#f3f6fa' : null);
    });
    doc.x = left;
    doc.moveDown(0.5);
  };

  heading('三、分地区情况');
  if (report.regions.length === 0) {
    doc.fontSize(11).fillColor('#000').text('本地区无下级行政区划，分地区情况从略。', left, doc.y, { width });
  } else {
    const lines = report.regionTotal ? [...report.regions, report.regionTotal] : report.regions;
    table(
      [
        { title: '地区', width: 3 },
        { title: '本月受理', width: 1.6, align: 'right' },
        { title: '本月办结', width: 1.6, align: 'right' },
        { title: '当前在办', width: 1.6, align: 'right' },
        { title: '临近超期', width: 1.6, align: 'right' },
        { title: '当前超期', width: 1.6, align: 'right' },
        { title: '评价数', width: 1.4, align: 'right' },
        { title: '满意率', width: 1.6, align: 'right' },
      ],
      lines.map((r) => [
        r.nameZh,
        String(r.received),
        String(r.completed),
        String(r.open),
        String(r.atRisk),
        String(r.overdue),
        String(r.ratings),
        percent(r.satisfiedShare),
      ]),
      report.regionTotal !== null,
    );
  }

  heading('四、分部门情况');
  if (report.departments.length === 0) {
    doc.fontSize(11).fillColor('#000').text('本月各部门无办结、在办或评价记录。', left, doc.y, { width });
  } else {
    table(
      [
        { title: '部门', width: 2.8 },
        { title: '本月办结子件', width: 2, align: 'right' },
        { title: '按期办结率', width: 1.8, align: 'right' },
        { title: '用时中位数（工作日）', width: 1.9, align: 'right' },
        { title: '当前在办', width: 1.4, align: 'right' },
        { title: '当前超期', width: 1.4, align: 'right' },
        { title: '评价数', width: 1.3, align: 'right' },
        { title: '满意率', width: 1.5, align: 'right' },
        { title: '差评', width: 1.1, align: 'right' },
      ],
      report.departments.map((d) => [
        d.nameZh,
        String(d.ended),
        percent(d.onTimeShare),
        d.medianWorkingDays === null ? '—' : String(d.medianWorkingDays),
        String(d.open),
        String(d.overdue),
        String(d.ratings),
        percent(d.satisfiedShare),
        String(d.poor),
      ]),
    );
  }

  heading('五、说明');
  doc.fillColor('#333').fontSize(9);
  report.notes.forEach((note, i) => {
    ensure(14);
    doc.text(`${i + 1}. ${note}`, left, doc.y, { width, lineGap: 3 });
  });

  // Page numbers, once every page exists.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .fillColor('#666')
      .fontSize(9)
      .text(`第 ${i - range.start + 1} 页  共 ${range.count} 页`, left, doc.page.height - MARGIN, {
        width,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = saved;
  }
  doc.end();
  await finished;
  return Buffer.concat(chunks);
}

// ── Rendering: Excel ─────────────────────────────────────────────────────────────────────────

export async function monthlyReportWorkbook(report: MonthlyReport): Promise<Buffer> {
  const book = new XlsxBook(report.readAt, report.title);
  const heading = (title: string) => ({
    title,
    regionZh: report.regionZh,
    regionEn: report.regionEn,
    period: { from: report.month, to: report.month },
    readAt: report.readAt,
    note: `报送单位 Reporting unit：${report.unit}；报送日期 Date：${dateZh(report.issuedOn)}`,
  });

  const figureColumns: Column<KeyFigure>[] = [
    { zh: '指标', en: 'Figure', width: 22, value: (f) => f.zh },
    { zh: '英文', en: 'In English', width: 40, value: (f) => f.en },
    {
      zh: '数值',
      en: 'Value',
      width: 14,
      kind: 'int',
      value: (f) => f.value,
      kindOf: (f) => (f.kind === 'percent' ? 'percent' : f.kind === 'days' ? 'days' : 'int'),
    },
    { zh: '单位', en: 'Unit', width: 12, value: (f) => (f.kind === 'percent' ? '' : (f.unit ?? '')) },
  ];
  // Below the key figures: the summary, then the notes.
  await book.table('月报 Report', heading(report.title), figureColumns, report.keyFigures, (sheet, next) => {
    let r = next + 1;
    const summaryTitle = sheet.getRow(r++);
    summaryTitle.getCell(1).value = '总体情况 Summary';
    summaryTitle.getCell(1).font = { bold: true };
    summaryTitle.commit();
    sheet.mergeCells(r, 1, r, figureColumns.length);
    const summary = sheet.getRow(r++);
    summary.getCell(1).value = report.summary;
    summary.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    summary.height = Math.min(Math.max(Math.ceil(report.summary.length / 40) * 16, 48), 400);
    summary.commit();
    r++;
    const notesTitle = sheet.getRow(r++);
    notesTitle.getCell(1).value = '说明 Notes';
    notesTitle.getCell(1).font = { bold: true };
    notesTitle.commit();
    for (const [i, note] of report.notes.entries()) {
      sheet.mergeCells(r, 1, r, figureColumns.length);
      const row = sheet.getRow(r++);
      row.getCell(1).value = `${i + 1}. ${note}`;
      row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
      row.height = 30;
      row.commit();
    }
  });

  const regionLines = report.regionTotal ? [...report.regions, report.regionTotal] : report.regions;
  await book.table<RegionLine>(
    '分地区 By region',
    heading(`${report.regionZh} 分地区情况 By region`),
    [
      { zh: '地区', en: 'Region', width: 22, value: (x) => x.nameZh },
      { zh: '本月受理', en: 'Received', kind: 'int', value: (x) => x.received },
      { zh: '本月办结', en: 'Completed', kind: 'int', value: (x) => x.completed },
      { zh: '当前在办', en: 'Open now', kind: 'int', value: (x) => x.open },
      { zh: '临近超期', en: 'At risk', kind: 'int', value: (x) => x.atRisk },
      { zh: '当前超期', en: 'Overdue', kind: 'int', value: (x) => x.overdue },
      { zh: '评价数', en: 'Ratings', kind: 'int', value: (x) => x.ratings },
      { zh: '满意率', en: 'Satisfied share', kind: 'percent', value: (x) => x.satisfiedShare },
    ],
    regionLines,
  );
  await book.table<DepartmentLine>(
    '分部门 By department',
    heading(`${report.regionZh} 分部门情况 By department`),
    [
      { zh: '部门', en: 'Department', width: 22, value: (x) => x.nameZh },
      { zh: '本月办结子件', en: 'Sub-cases ended', kind: 'int', value: (x) => x.ended },
      { zh: '按期办结率', en: 'On-time share', kind: 'percent', value: (x) => x.onTimeShare },
      {
        zh: '用时中位数（工作日）',
        en: 'Median (working days)',
        kind: 'days',
        value: (x) => x.medianWorkingDays,
      },
      { zh: '当前在办', en: 'Open now', kind: 'int', value: (x) => x.open },
      { zh: '当前超期', en: 'Overdue', kind: 'int', value: (x) => x.overdue },
      { zh: '评价数', en: 'Ratings', kind: 'int', value: (x) => x.ratings },
      { zh: '满意率', en: 'Satisfied share', kind: 'percent', value: (x) => x.satisfiedShare },
      { zh: '差评', en: 'Poor ratings', kind: 'int', value: (x) => x.poor },
    ],
    report.departments,
  );
  return book.finish();
}

/** The report's file name: ASCII for old clients, and the Chinese title for the rest. */
export function monthlyReportFileNames(report: MonthlyReport, extension: 'pdf' | 'xlsx') {
  const department = report.departmentCode ? `-${report.departmentCode}` : '';
  return {
    ascii: `monthly-report-${report.regionCode}${department}-${report.month}.${extension}`,
    utf8: `${report.title.replaceAll('“', '').replaceAll('”', '')}.${extension}`,
  };
}
