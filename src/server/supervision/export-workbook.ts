/**
 * Supervision's figures and lists as Excel workbooks (.xlsx), for supervisors to file, forward and
 * work on offline.
 *
 * Conventions, the same on every sheet:
 * - row 1 is the title, row 2 says the region, the period and when the figures were read (Beijing
 *   time), row 3 holds the column headers — Chinese above, English beneath, in one cell — and
 *   stays frozen, with a filter on it; the data begins on row 4;
 * - regions, departments and matters appear by name, enumerations by their Chinese label;
 * - shares are numbers formatted as percentages; a figure with nothing to measure is left blank;
 * - pages print A4 landscape, one page wide, with the header rows repeated.
 *
 * Personal data: the lists hand over only masked names and phones, and nothing here decrypts.
 * As a second line of defence every text cell passes through `redactIdentifiers`, which masks
 * anything shaped like a resident ID number or a mobile number (a family's comment or a
 * supervisor's note may contain one).
 */
import { PassThrough } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import { and, eq, like } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { Bilingual } from '../../domain/bilingual.ts';
import { SERVICE_TIME_ZONE } from '../../domain/clock.ts';
import { departmentName } from '../../domain/departments.ts';
import { maskIdNumber, maskPhone } from '../../domain/identity-numbers.ts';
import { regionPrefix } from '../../domain/regions.ts';
import type { AppContext } from '../context.ts';
import { followUps } from '../db/schema.ts';
import type { FollowUp, TimeLimitAlert } from '../http/schemas.ts';
import type { SupervisedSubCase, SupervisionDashboard } from '../http/supervision-schemas.ts';

export type Dashboard = z.infer<typeof SupervisionDashboard>;
export type SupervisedSubCaseRow = z.infer<typeof SupervisedSubCase>;
export type FollowUpRow = z.infer<typeof FollowUp>;
export type TimeLimitAlertRow = z.infer<typeof TimeLimitAlert>;

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The most rows one list export carries; a longer list is cut there, and the sheet says so. */
export const MAX_EXPORT_ROWS = 50_000;

// ── Personal data ────────────────────────────────────────────────────────────────────────────

/** 18 characters, not part of a longer run of digits or letters (a 21-character case code is not one). */
const ID_NUMBER_IN_TEXT = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g;
/** A mainland mobile number, not part of a longer run of digits. */
const MOBILE_IN_TEXT = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

/** Masks whatever in free text is shaped like a resident ID number or a mobile number. */
export function redactIdentifiers(text: string): string {
  return text
    .replace(ID_NUMBER_IN_TEXT, (id) => maskIdNumber(id.toUpperCase()))
    .replace(MOBILE_IN_TEXT, (phone) => maskPhone(phone));
}

// ── Names and labels ─────────────────────────────────────────────────────────────────────────

/** Names of regions and matters beyond those the dashboard carries (from the catalog). */
export interface NameBook {
  regions: ReadonlyMap<string, Bilingual>;
  matters: ReadonlyMap<string, Bilingual>;
}

export const EMPTY_NAME_BOOK: NameBook = { regions: new Map(), matters: new Map() };

/**
 * The follow-ups of a region (and department): the follow-up list carries neither, so an export
 * for one region matches the list against the register by id.
 */
export async function followUpIdsInScope(
  context: Pick<AppContext, 'database'>,
  scope: { regionCode: string; departmentCode: string | null },
): Promise<Set<string>> {
  const rows = await context.database.db
    .select({ id: followUps.id })
    .from(followUps)
    .where(
      and(
        like(followUps.regionCode, `${regionPrefix(scope.regionCode)}%`),
        scope.departmentCode ? eq(followUps.departmentCode, scope.departmentCode) : undefined,
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/** Every region and matter of the current catalog, by code. */
export async function loadNameBook(context: Pick<AppContext, 'catalog'>): Promise<NameBook> {
  const catalog = await context.catalog.current();
  const regions = new Map<string, Bilingual>();
  for (const profile of catalog.profiles)
    for (const r of profile.regions)
      if (!regions.has(r.code)) regions.set(r.code, { zh: r.name, en: r.nameEn });
  const matters = new Map(catalog.matters.map((m) => [m.code, { zh: m.name, en: m.nameEn }]));
  return { regions, matters };
}

/** A lookup of names: the dashboard's own first, then the book, then the code itself. */
export class Names {
  private readonly regions = new Map<string, Bilingual>();
  private readonly matters = new Map<string, Bilingual>();
  private readonly departments = new Map<string, Bilingual>();

  constructor(book: NameBook = EMPTY_NAME_BOOK, dashboard?: Dashboard) {
    for (const [code, name] of book.regions) this.regions.set(code, name);
    for (const [code, name] of book.matters) this.matters.set(code, name);
    if (dashboard) {
      const { scope } = dashboard;
      this.regions.set(scope.regionCode, { zh: scope.nameZh, en: scope.nameEn });
      for (const r of dashboard.children) this.regions.set(r.code, { zh: r.nameZh, en: r.nameEn });
      for (const d of dashboard.departments) this.departments.set(d.code, { zh: d.nameZh, en: d.nameEn });
      for (const m of dashboard.matters) this.matters.set(m.code, { zh: m.nameZh, en: m.nameEn });
    }
  }

  region(code: string): Bilingual {
    return this.regions.get(code) ?? { zh: code, en: code };
  }

  department(code: string | null): Bilingual {
    if (code === null || code === '') return { zh: '整件（综合窗口）', en: 'The case as a whole' };
    return this.departments.get(code) ?? departmentName(code);
  }

  matter(code: string): Bilingual {
    return this.matters.get(code) ?? { zh: code, en: code };
  }
}

export const CASE_STATE_LABELS: Record<string, Bilingual> = {
  submitted: { zh: '待受理', en: 'Awaiting acceptance' },
  correction_requested: { zh: '待补正', en: 'Correction needed' },
  rejected: { zh: '不予受理', en: 'Not accepted' },
  in_progress: { zh: '办理中', en: 'In progress' },
  ready_for_delivery: { zh: '待出件', en: 'Ready for delivery' },
  delivered: { zh: '已办结', en: 'Delivered' },
};

export const SUB_CASE_STATE_LABELS: Record<string, Bilingual> = {
  waiting: { zh: '待受理后办理', en: 'Waits for acceptance' },
  pending: { zh: '待办理', en: 'Pending' },
  in_review: { zh: '办理中', en: 'Being handled' },
  returned: { zh: '待补充材料', en: 'More information needed' },
  completed: { zh: '已办结', en: 'Completed' },
  rejected: { zh: '不予办理', en: 'Refused' },
  cancelled: { zh: '已撤销', en: 'Cancelled' },
};

export const CHANNEL_LABELS: Record<string, Bilingual> = {
  online: { zh: '网上申请', en: 'Online' },
  window: { zh: '窗口办理', en: 'At the window' },
  proactive: { zh: '主动服务', en: 'Proactive offer' },
};

export const LIMIT_STATUS_LABELS: Record<string, Bilingual> = {
  overdue: { zh: '已超期', en: 'Overdue' },
  'at-risk': { zh: '临近超期', en: 'At risk' },
  'due-soon': { zh: '即将到期', en: 'Due soon' },
  'on-track': { zh: '正常', en: 'On track' },
  paused: { zh: '暂停计时', en: 'Paused' },
  ended: { zh: '已结束', en: 'Ended' },
};

export const RATING_LEVEL_LABELS: Record<number, Bilingual> = {
  5: { zh: '非常满意', en: 'Very satisfied' },
  4: { zh: '满意', en: 'Satisfied' },
  3: { zh: '基本满意', en: 'Fairly satisfied' },
  2: { zh: '不满意', en: 'Dissatisfied' },
  1: { zh: '非常不满意', en: 'Very dissatisfied' },
};

export const FOLLOW_UP_STATE_LABELS: Record<string, Bilingual> = {
  open: { zh: '待回访', en: 'To call back' },
  called_back: { zh: '已回访，待整改', en: 'Called back, to put right' },
  closed: { zh: '已办结', en: 'Closed' },
};

export const SAVINGS_LABELS: { key: keyof Dashboard['savings']; zh: string; en: string }[] = [
  { key: 'cases', zh: '受理办件', en: 'Cases received' },
  { key: 'onlineCases', zh: '其中不见面办理', en: 'Of which without a visit (online or proactive)' },
  { key: 'materialsNotDemanded', zh: '免提交材料（份）', en: 'Materials not demanded' },
  { key: 'fieldsPrefilled', zh: '自动预填字段（项）', en: 'Form fields pre-filled' },
  { key: 'visitsAvoided', zh: '减少跑动（次）', en: 'Visits avoided' },
  { key: 'benefitsStopped', zh: '无需申请停发待遇（项）', en: 'Benefits stopped without an application' },
];

const label = (table: Record<string, Bilingual>, key: string) => table[key]?.zh ?? key;

/** The target of a rating: `case` or `department:<code>`. */
function ratingTarget(names: Names, target: string): string {
  return target.startsWith('department:')
    ? names.department(target.slice('department:'.length)).zh
    : names.department(null).zh;
}

// ── Times ────────────────────────────────────────────────────────────────────────────────────

const BEIJING = new Intl.DateTimeFormat('sv-SE', {
  timeZone: SERVICE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** An instant as Beijing wall-clock time, `YYYY-MM-DD HH:mm`. */
export function beijingTime(at: string | Date): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  return Number.isNaN(date.getTime()) ? String(at) : BEIJING.format(date);
}

export function periodText(period: { from: string; to: string }): string {
  return period.from === period.to ? period.from : `${period.from} 至 ${period.to}`;
}

// ── Sheets ───────────────────────────────────────────────────────────────────────────────────

export type Kind = 'text' | 'int' | 'days' | 'percent' | 'date';
type Value = string | number | boolean | null | undefined;

export interface Column<T> {
  zh: string;
  en: string;
  kind?: Kind;
  /** Width in characters; else from the kind and the header. */
  width?: number;
  value: (row: T) => Value;
  /** A row whose value is of another kind than the column's (a list of figures of mixed kinds). */
  kindOf?: (row: T) => Kind;
}

/** What rows 1 and 2 of every sheet say. */
export interface SheetHeading {
  title: string;
  regionZh: string;
  regionEn: string;
  /** The period the figures cover, when they cover one. */
  period?: { from: string; to: string } | undefined;
  readAt: string | Date;
  /** A sentence added to row 2 (a list cut at the limit says so here). */
  note?: string | undefined;
}

export const NUMBER_FORMATS: Record<Kind, string | undefined> = {
  text: undefined,
  int: '#,##0',
  days: '0.#',
  percent: '0.0%',
  date: undefined,
};

const DEFAULT_WIDTHS: Record<Kind, number> = { text: 18, int: 12, days: 12, percent: 12, date: 13 };

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFB7C3D4' } };

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) <= 0xff ? 1 : 2;
  return width;
}

function cellValue(value: Value): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return redactIdentifiers(value);
}

export function headingLine(heading: SheetHeading): string {
  const parts = [`地区 Region：${heading.regionZh}（${heading.regionEn}）`];
  if (heading.period) parts.push(`期间 Period：${periodText(heading.period)}`);
  parts.push(`数据读取时间 Read at：${beijingTime(heading.readAt)}（北京时间 Beijing time）`);
  if (heading.note) parts.push(heading.note);
  return parts.join('　｜　');
}

/** Rows written between two turns of the event loop, so a long list never stalls other requests. */
const ROWS_PER_TURN = 500;

/**
 * A workbook written as it is built (exceljs's streaming writer): each row is serialised and let
 * go once written, so a list of 50 000 rows takes little memory, and the work yields to other
 * requests as it goes.
 */
export class XlsxBook {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly names = new Set<string>();
  private readonly output: Promise<Buffer>;

  constructor(readAt: string | Date, title: string) {
    const stream = new PassThrough();
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    this.output = new Promise((resolve, reject) => {
      stream.on('end', () => resolve(Buffer.concat(chunks)));
      stream.on('error', reject);
    });
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream,
      useStyles: true,
      useSharedStrings: false,
    });
    const at = typeof readAt === 'string' ? new Date(readAt) : readAt;
    this.workbook.creator = '个人身后“一件事”联办平台 Lianban';
    this.workbook.title = title;
    this.workbook.created = Number.isNaN(at.getTime()) ? new Date() : at;
    this.workbook.modified = this.workbook.created;
  }

  /** Excel's limits on a sheet's name: 31 characters, none of : \ / ? * [ ], unique in the book. */
  private sheetName(wanted: string): string {
    const base = wanted.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
    let name = base;
    for (let i = 2; this.names.has(name); i++) name = `${base.slice(0, 28)} ${i}`;
    this.names.add(name);
    return name;
  }

  /**
   * One sheet: title, heading line, a frozen bilingual header row, the rows; then whatever
   * `after` writes below them (from the row number it is given).
   */
  async table<T>(
    name: string,
    heading: SheetHeading,
    columns: readonly Column<T>[],
    rows: Iterable<T>,
    after?: (sheet: ExcelJS.Worksheet, nextRow: number) => void,
  ): Promise<void> {
    const sheet = this.workbook.addWorksheet(this.sheetName(name), {
      views: [{ state: 'frozen', ySplit: 3, xSplit: 0, activeCell: 'A4' }],
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:3',
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      },
      headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
    });
    const width = Math.max(columns.length, 1);
    sheet.columns = columns.map((c) => {
      const kind = c.kind ?? 'text';
      const header = Math.max(displayWidth(c.zh), displayWidth(c.en)) + 2;
      const format = NUMBER_FORMATS[kind];
      // The number format sits on the column: every cell written below takes it.
      return {
        width: c.width ?? Math.min(Math.max(DEFAULT_WIDTHS[kind], header), 60),
        ...(format ? { style: { numFmt: format } } : {}),
      };
    });
    if (columns.length > 0) sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3, column: width } };
    if (width > 1) {
      sheet.mergeCells(1, 1, 1, width);
      sheet.mergeCells(2, 1, 2, width);
    }

    const title = sheet.getRow(1);
    title.height = 24;
    title.getCell(1).value = redactIdentifiers(heading.title);
    title.getCell(1).font = { bold: true, size: 14 };
    title.commit();
    const line = sheet.getRow(2);
    line.getCell(1).value = redactIdentifiers(headingLine(heading));
    line.getCell(1).font = { size: 9, color: { argb: 'FF555555' } };
    line.commit();
    const header = sheet.getRow(3);
    header.height = 32;
    columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = `${c.zh}\n${c.en}`;
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    });
    header.commit();

    let r = 4;
    for (const item of rows) {
      const row = sheet.getRow(r++);
      columns.forEach((c, i) => {
        const cell = row.getCell(i + 1);
        cell.value = cellValue(c.value(item));
        const kind = c.kindOf?.(item);
        if (kind) cell.numFmt = NUMBER_FORMATS[kind] ?? '@';
      });
      row.commit();
      if (r % ROWS_PER_TURN === 0) await setImmediate();
    }
    after?.(sheet, r);
    sheet.commit();
  }

  /** The finished .xlsx file. */
  async finish(): Promise<Buffer> {
    await this.workbook.commit();
    return this.output;
  }
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

// ── The dashboard ────────────────────────────────────────────────────────────────────────────

export function dashboardHeading(dashboard: Dashboard, title: string): SheetHeading {
  const department = dashboard.scope.departmentCode
    ? `（${departmentName(dashboard.scope.departmentCode).zh}）`
    : '';
  return {
    title,
    regionZh: `${dashboard.scope.nameZh}${department}`,
    regionEn: dashboard.scope.nameEn,
    period: dashboard.period,
    readAt: dashboard.asOf,
  };
}

/** The dashboard's figures, one sheet each, after an overview of the key figures. */
export async function addDashboardSheets(book: XlsxBook, dashboard: Dashboard, names: Names): Promise<void> {
  const scope = dashboard.scope.nameZh;
  const heading = (title: string) => dashboardHeading(dashboard, `${scope} ${title}`);
  const { cases, timeLimits, ratings, followUps, savings } = dashboard;
  const committed = new Map(dashboard.matters.map((m) => [m.code, m.committedWorkingDays]));

  type Figure = { zh: string; en: string; value: number | string | null; kind: Kind };
  const overview: Figure[] = [
    { zh: '办件总量（全部状态）', en: 'Cases in scope, any state', value: cases.total, kind: 'int' },
    { zh: '本期受理', en: 'Received in the period', value: cases.received, kind: 'int' },
    { zh: '本期办结', en: 'Completed in the period', value: cases.completed, kind: 'int' },
    { zh: '在办子件（计时中）', en: 'Open sub-cases, clock running', value: timeLimits.open, kind: 'int' },
    { zh: '当前超期', en: 'Overdue now', value: timeLimits.overdue, kind: 'int' },
    { zh: '临近超期', en: 'At risk now', value: timeLimits.atRisk, kind: 'int' },
    {
      zh: '待群众补充（停止计时）',
      en: 'Waiting on the family (clock stopped)',
      value: timeLimits.waitingOnFamily,
      kind: 'int',
    },
    { zh: '评价总数', en: 'Ratings', value: ratings.total, kind: 'int' },
    { zh: '满意率', en: 'Satisfied share', value: ratings.satisfiedShare, kind: 'percent' },
    { zh: '待办回访整改', en: 'Open follow-ups', value: followUps.open, kind: 'int' },
    { zh: '回访整改超期', en: 'Follow-ups past their deadline', value: followUps.overdue, kind: 'int' },
    { zh: '最近回访期限', en: 'Next follow-up deadline', value: followUps.nextDue, kind: 'date' },
  ];
  await book.table<Figure>(
    '概览 Overview',
    heading('监管数据概览 Overview'),
    [
      { zh: '指标', en: 'Figure', width: 26, value: (f) => f.zh },
      { zh: '英文', en: 'In English', width: 36, value: (f) => f.en },
      { zh: '数值', en: 'Value', width: 14, kind: 'int', value: (f) => f.value, kindOf: (f) => f.kind },
    ],
    overview,
  );

  const stateTotal = cases.byState.reduce((sum, s) => sum + s.count, 0);
  await book.table(
    '按状态 By state',
    heading('办件按状态 Cases by state'),
    [
      { zh: '办件状态', en: 'State', value: (s) => label(CASE_STATE_LABELS, s.state) },
      { zh: '件数', en: 'Cases', kind: 'int', value: (s) => s.count },
      { zh: '占比', en: 'Share', kind: 'percent', value: (s) => share(s.count, stateTotal) },
    ],
    cases.byState,
  );

  const channelTotal = cases.byChannel.reduce((sum, c) => sum + c.count, 0);
  await book.table(
    '按渠道 By channel',
    heading('本期受理按渠道 Cases received by channel'),
    [
      { zh: '申请渠道', en: 'Channel', value: (c) => label(CHANNEL_LABELS, c.channel) },
      { zh: '件数', en: 'Cases', kind: 'int', value: (c) => c.count },
      { zh: '占比', en: 'Share', kind: 'percent', value: (c) => share(c.count, channelTotal) },
    ],
    cases.byChannel,
  );

  await book.table(
    '按月 By month',
    heading('办件按月 Cases by month'),
    [
      { zh: '月份', en: 'Month', kind: 'date', value: (m) => m.month },
      { zh: '网上申请', en: 'Online', kind: 'int', value: (m) => m.online },
      { zh: '窗口办理', en: 'At the window', kind: 'int', value: (m) => m.window },
      { zh: '主动服务', en: 'Proactive', kind: 'int', value: (m) => m.proactive },
      { zh: '受理合计', en: 'Received', kind: 'int', value: (m) => m.online + m.window + m.proactive },
      { zh: '办结', en: 'Completed', kind: 'int', value: (m) => m.completed },
    ],
    cases.byMonth,
  );

  await book.table(
    '按地区 By region',
    heading('办件按地区 Cases by region'),
    [
      { zh: '地区', en: 'Region', value: (r) => names.region(r.regionCode).zh },
      { zh: '区划代码', en: 'Region code', width: 12, value: (r) => r.regionCode },
      { zh: '本期受理', en: 'Received', kind: 'int', value: (r) => r.received },
      { zh: '本期办结', en: 'Completed', kind: 'int', value: (r) => r.completed },
      { zh: '当前在办', en: 'Open now', kind: 'int', value: (r) => r.open },
    ],
    cases.byRegion,
  );

  const limitColumns = <T extends { open: number; overdue: number; atRisk: number }>(): Column<T>[] => [
    { zh: '在办（计时中）', en: 'Open, clock running', kind: 'int', value: (r) => r.open },
    { zh: '临近超期', en: 'At risk', kind: 'int', value: (r) => r.atRisk },
    { zh: '已超期', en: 'Overdue', kind: 'int', value: (r) => r.overdue },
    { zh: '超期率', en: 'Overdue share', kind: 'percent', value: (r) => share(r.overdue, r.open) },
  ];
  await book.table(
    '时限·部门 Limits by dept',
    heading('时限监测按部门 Time limits by department'),
    [
      { zh: '部门', en: 'Department', value: (r) => names.department(r.departmentCode).zh },
      ...limitColumns(),
    ],
    timeLimits.byDepartment,
  );
  await book.table(
    '时限·地区 Limits by region',
    heading('时限监测按地区 Time limits by region'),
    [{ zh: '地区', en: 'Region', value: (r) => names.region(r.regionCode).zh }, ...limitColumns()],
    timeLimits.byRegion,
  );
  await book.table(
    '时限·事项 Limits by matter',
    heading('时限监测按事项 Time limits by matter'),
    [
      { zh: '部门', en: 'Department', value: (r) => names.department(r.departmentCode).zh },
      { zh: '事项', en: 'Matter', width: 30, value: (r) => names.matter(r.matterCode).zh },
      {
        zh: '承诺时限（工作日）',
        en: 'Committed limit (working days)',
        kind: 'int',
        value: (r) => committed.get(r.matterCode) ?? null,
      },
      ...limitColumns(),
    ],
    timeLimits.byMatter,
  );

  await book.table(
    '办理用时 Handling time',
    heading('办理用时 Handling time (working days)'),
    [
      { zh: '部门', en: 'Department', value: (h) => names.department(h.departmentCode).zh },
      { zh: '事项', en: 'Matter', width: 30, value: (h) => names.matter(h.matterCode).zh },
      { zh: '本期办结', en: 'Ended in the period', kind: 'int', value: (h) => h.ended },
      { zh: '用时中位数', en: 'Median', kind: 'days', value: (h) => h.medianWorkingDays },
      { zh: '用时90分位', en: '90th percentile', kind: 'days', value: (h) => h.p90WorkingDays },
      {
        zh: '承诺时限',
        en: 'Committed limit',
        kind: 'int',
        value: (h) => h.committedWorkingDays ?? committed.get(h.matterCode) ?? null,
      },
      { zh: '按期办结率', en: 'On-time share', kind: 'percent', value: (h) => h.onTimeShare },
    ],
    dashboard.handling,
  );

  await book.table(
    '评价·等级 Ratings by level',
    heading('好差评按等级 Ratings by level'),
    [
      {
        zh: '评价等级',
        en: 'Level',
        value: (r) => `${r.level} ${RATING_LEVEL_LABELS[r.level]?.zh ?? ''}`.trim(),
      },
      { zh: '件数', en: 'Ratings', kind: 'int', value: (r) => r.count },
      { zh: '占比', en: 'Share', kind: 'percent', value: (r) => share(r.count, ratings.total) },
    ],
    [...ratings.byLevel].sort((a, b) => b.level - a.level),
  );
  await book.table(
    '评价·部门 Ratings by dept',
    heading('好差评按部门 Ratings by department'),
    [
      { zh: '评价对象', en: 'Rated', width: 22, value: (r) => names.department(r.departmentCode).zh },
      { zh: '评价数', en: 'Ratings', kind: 'int', value: (r) => r.count },
      { zh: '满意率', en: 'Satisfied share', kind: 'percent', value: (r) => r.satisfiedShare },
      { zh: '差评（不满意及以下）', en: 'Poor (dissatisfied or worse)', kind: 'int', value: (r) => r.poor },
    ],
    ratings.byDepartment,
  );
  await book.table(
    '评价·地区 Ratings by region',
    heading('好差评按地区 Ratings by region'),
    [
      { zh: '地区', en: 'Region', value: (r) => names.region(r.regionCode).zh },
      { zh: '评价数', en: 'Ratings', kind: 'int', value: (r) => r.count },
      { zh: '满意率', en: 'Satisfied share', kind: 'percent', value: (r) => r.satisfiedShare },
    ],
    ratings.byRegion,
  );

  await book.table(
    '回访整改 Follow-ups',
    {
      ...heading('差评回访整改 Follow-ups of poor ratings'),
      note: `待办 Open：${followUps.open}；超期 Overdue：${followUps.overdue}；最近期限 Next due：${followUps.nextDue ?? '—'}`,
    },
    [
      { zh: '状态', en: 'State', value: (s) => label(FOLLOW_UP_STATE_LABELS, s.state) },
      { zh: '件数', en: 'Follow-ups', kind: 'int', value: (s) => s.count },
    ],
    followUps.byState,
  );

  await book.table(
    '减负成效 Savings',
    heading('改革减负成效 What the reform saved families'),
    [
      { zh: '项目', en: 'Item', width: 26, value: (s) => s.zh },
      { zh: '英文', en: 'In English', width: 44, value: (s) => s.en },
      { zh: '数量', en: 'Count', kind: 'int', value: (s) => savings[s.key] },
    ],
    SAVINGS_LABELS,
  );
}

export async function dashboardWorkbook(
  dashboard: Dashboard,
  nameBook: NameBook = EMPTY_NAME_BOOK,
): Promise<Buffer> {
  const title = `${dashboard.scope.nameZh}个人身后“一件事”联办监管数据`;
  const book = new XlsxBook(dashboard.asOf, title);
  await addDashboardSheets(book, dashboard, new Names(nameBook, dashboard));
  return book.finish();
}

// ── The lists ────────────────────────────────────────────────────────────────────────────────

/** The region, department and period a list export was asked for, and when it was read. */
export interface ListHeading {
  regionCode: string;
  departmentCode?: string | undefined;
  readAt: string | Date;
  /** Set when the list was cut at MAX_EXPORT_ROWS: how many rows there were in all. */
  truncatedOf?: number | undefined;
}

function listHeading(names: Names, heading: ListHeading, title: string): SheetHeading {
  const region = names.region(heading.regionCode);
  const department = heading.departmentCode ? names.department(heading.departmentCode) : null;
  return {
    title: `${region.zh}${department ? `（${department.zh}）` : ''} ${title}`,
    regionZh: department ? `${region.zh}（${department.zh}）` : region.zh,
    regionEn: department ? `${region.en}, ${department.en}` : region.en,
    readAt: heading.readAt,
    note:
      heading.truncatedOf !== undefined
        ? `共 ${heading.truncatedOf} 条，仅导出前 ${MAX_EXPORT_ROWS} 条 (first ${MAX_EXPORT_ROWS} of ${heading.truncatedOf} rows)`
        : undefined,
  };
}

export function subCaseColumns(names: Names): Column<SupervisedSubCaseRow>[] {
  return [
    { zh: '办件编码', en: 'Case code', width: 25, value: (s) => s.caseCode },
    { zh: '地区', en: 'Region', value: (s) => names.region(s.regionCode).zh },
    { zh: '部门', en: 'Department', value: (s) => names.department(s.departmentCode).zh },
    { zh: '事项', en: 'Matter', width: 30, value: (s) => names.matter(s.matterCode).zh },
    { zh: '子件状态', en: 'State', value: (s) => label(SUB_CASE_STATE_LABELS, s.state) },
    { zh: '应办结日期', en: 'Due on', kind: 'date', value: (s) => s.dueOn },
    { zh: '时限状态', en: 'Time limit', value: (s) => label(LIMIT_STATUS_LABELS, s.status) },
    {
      zh: '剩余工作日',
      en: 'Working days left',
      kind: 'int',
      value: (s) => s.remainingWorkingDays,
    },
    { zh: '已督办', en: 'Escalated', width: 10, value: (s) => s.escalated },
  ];
}

export function followUpColumns(names: Names): Column<FollowUpRow>[] {
  return [
    { zh: '办件编码', en: 'Case code', width: 25, value: (f) => f.caseCode },
    { zh: '评价对象', en: 'Rated', width: 22, value: (f) => ratingTarget(names, f.target) },
    {
      zh: '评价等级',
      en: 'Level',
      width: 14,
      value: (f) => `${f.level} ${RATING_LEVEL_LABELS[f.level]?.zh ?? ''}`.trim(),
    },
    { zh: '评价内容', en: 'Comment', width: 36, value: (f) => f.comment },
    { zh: '申请人（脱敏）', en: 'Applicant (masked)', width: 16, value: (f) => f.contact.nameMasked },
    { zh: '联系电话（脱敏）', en: 'Phone (masked)', width: 16, value: (f) => f.contact.phoneMasked },
    { zh: '状态', en: 'State', width: 16, value: (f) => label(FOLLOW_UP_STATE_LABELS, f.state) },
    { zh: '回访期限', en: 'Due on', kind: 'date', value: (f) => f.dueOn },
    { zh: '期限暂定', en: 'Due date provisional', width: 12, value: (f) => f.dueProvisional },
    { zh: '回访记录', en: 'Call-back', width: 36, value: (f) => f.callBackNote },
    { zh: '整改情况', en: 'Rectification', width: 36, value: (f) => f.rectificationNote },
    { zh: '生成时间', en: 'Opened at', width: 18, value: (f) => beijingTime(f.createdAt) },
  ];
}

export function timeLimitColumns(names: Names): Column<TimeLimitAlertRow>[] {
  return [
    { zh: '办件编码', en: 'Case code', width: 25, value: (t) => t.caseCode },
    { zh: '地区', en: 'Region', value: (t) => names.region(t.regionCode).zh },
    { zh: '部门', en: 'Department', value: (t) => names.department(t.departmentCode).zh },
    { zh: '事项', en: 'Matter', width: 30, value: (t) => names.matter(t.matterCode).zh },
    { zh: '子件状态', en: 'State', value: (t) => label(SUB_CASE_STATE_LABELS, t.state) },
    { zh: '应办结日期', en: 'Due on', kind: 'date', value: (t) => t.due },
    { zh: '期限暂定', en: 'Due date provisional', width: 12, value: (t) => t.provisional },
    { zh: '预警', en: 'Alert', value: (t) => label(LIMIT_STATUS_LABELS, t.status) },
    { zh: '剩余工作日', en: 'Working days left', kind: 'int', value: (t) => t.remainingWorkingDays },
    { zh: '已督办', en: 'Escalated', width: 10, value: (t) => t.escalated },
  ];
}

export async function subCaseListWorkbook(
  rows: readonly SupervisedSubCaseRow[],
  heading: ListHeading,
  nameBook: NameBook = EMPTY_NAME_BOOK,
  status = 'overdue',
): Promise<Buffer> {
  const names = new Names(nameBook);
  const title = `${label(LIMIT_STATUS_LABELS, status)}子件清单`;
  const book = new XlsxBook(heading.readAt, title);
  await book.table(
    '子件清单 Sub-cases',
    listHeading(names, heading, `${title} Sub-cases (${LIMIT_STATUS_LABELS[status]?.en ?? status})`),
    subCaseColumns(names),
    rows,
  );
  return book.finish();
}

export async function followUpListWorkbook(
  rows: readonly FollowUpRow[],
  heading: ListHeading,
  nameBook: NameBook = EMPTY_NAME_BOOK,
): Promise<Buffer> {
  const names = new Names(nameBook);
  const book = new XlsxBook(heading.readAt, '差评回访整改清单');
  await book.table(
    '回访整改 Follow-ups',
    listHeading(names, heading, '差评回访整改清单 Follow-ups of poor ratings'),
    followUpColumns(names),
    rows,
  );
  return book.finish();
}

export async function timeLimitListWorkbook(
  rows: readonly TimeLimitAlertRow[],
  heading: ListHeading,
  nameBook: NameBook = EMPTY_NAME_BOOK,
): Promise<Buffer> {
  const names = new Names(nameBook);
  const book = new XlsxBook(heading.readAt, '时限预警清单');
  await book.table(
    '时限预警 Time-limit alerts',
    listHeading(names, heading, '时限预警清单 Time-limit alerts (due soon or overdue)'),
    timeLimitColumns(names),
    rows,
  );
  return book.finish();
}
