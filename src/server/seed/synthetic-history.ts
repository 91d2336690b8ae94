/**
 * Synthetic history (模拟历史数据) for load tests and demonstrations of supervision at volume: case
 * number i, from a pseudo-random generator seeded with i alone, becomes one death and the
 * application that followed it — where and when, who died and who applied, the questionnaire's
 * answers and the bundle the catalog gives for them, and how far the case and each of its
 * sub-cases have come by today. Nothing here touches the database or encrypts anything; the seed
 * (`synthetic.ts`) seals the personal data and writes the rows.
 *
 * The history is shaped like the real thing:
 * - deaths spread over the service's counties with uneven, fixed weights, over the past few years,
 *   more in winter, and more cases as the service gets known;
 * - 60 % apply online, 30 % at the window, 10 % online from a proactive offer;
 * - the front desk accepts within a few working days; some cases get one correction notice first,
 *   a few are not accepted;
 * - each sub-case's clock follows the working-day calendar: it starts on the day of acceptance,
 *   stops while the sub-case waits on the family, and the department ends it within its committed
 *   working days — or, for a share, late; a few stall and stay open long past their due date;
 * - delivered cases are rated now and then, mostly well; a poor rating opens a follow-up.
 *
 * Deterministic for a given i, today, set of counties, catalog and calendar; the case's code and
 * row ids are given when the rows are written.
 */
import {
  bundleMaterials,
  collectFacts,
  evaluate,
  type Facts,
  profileFor,
  regionOf,
} from '../../domain/bundle.ts';
import { mod11_2CheckChar } from '../../domain/case-code.ts';
import type {
  CatalogContent,
  CatalogMatter,
  Profile,
  ProfileRegion,
  Question,
} from '../../domain/catalog.ts';
import { fieldLabel } from '../../domain/fields.ts';
import { mergeForm, PREFILL_SOURCES } from '../../domain/form.ts';
import { maskBankCard } from '../../domain/identity-numbers.ts';
import { savingsAtSubmission } from '../../domain/supervision.ts';
import type { CaseState, SubCaseState } from '../../domain/workflow.ts';
import type { WorkingDayCalendar } from '../../domain/working-days.ts';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

// ── Days ─────────────────────────────────────────────────────────────────────────────────────

/** A date in China as a whole number of days since 1970-01-01. */
export type DayNumber = number;

export function dayOfIso(date: string): DayNumber {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

const isoCache = new Map<DayNumber, string>();
export function isoOfDay(day: DayNumber): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

/** The instant of a minute of a day in China. */
export function instantOf(day: DayNumber, minute: number): number {
  return day * DAY_MS + minute * MINUTE_MS - CHINA_OFFSET_MS;
}

export function dayOfInstant(ms: number): DayNumber {
  return Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS);
}

// ── Randomness ───────────────────────────────────────────────────────────────────────────────

/** mulberry32: small, fast and good enough for synthetic data. */
export function randomFor(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < text.length; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h >>> 0;
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function between(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

function weighted<T>(random: Random, entries: readonly (readonly [T, number])[]): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, w] of entries) {
    r -= w;
    if (r < 0) return value;
  }
  return (entries[entries.length - 1] as readonly [T, number])[0];
}

// ── People ───────────────────────────────────────────────────────────────────────────────────

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤李王张',
];
const OLD_MEN = [
  '建国',
  '国强',
  '德明',
  '志强',
  '文华',
  '永福',
  '光明',
  '金山',
  '明华',
  '树林',
  '长顺',
  '玉林',
  '正荣',
  '福生',
  '家富',
  '国华',
  '宝山',
  '春生',
  '有才',
  '忠良',
  '学文',
  '世昌',
];
const OLD_WOMEN = [
  '秀英',
  '桂兰',
  '玉珍',
  '淑芬',
  '秀兰',
  '桂英',
  '凤英',
  '玉兰',
  '兰英',
  '秀珍',
  '翠花',
  '桂芳',
  '玉梅',
  '金凤',
  '素珍',
  '淑华',
  '春兰',
  '丽华',
  '惠芳',
  '琼英',
];
const YOUNG_MEN = [
  '伟',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '杰',
  '涛',
  '明',
  '超',
  '刚',
  '浩',
  '鹏',
  '志刚',
  '海涛',
  '建华',
  '晓东',
  '俊杰',
  '文斌',
  '宇航',
];
const YOUNG_WOMEN = [
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '艳',
  '娟',
  '霞',
  '平',
  '婷',
  '雪',
  '琳',
  '晓燕',
  '丽娟',
  '海燕',
  '红梅',
  '雅琴',
  '春燕',
  '佳怡',
  '欣怡',
];
const BANKS = [
  '中国工商银行',
  '中国农业银行',
  '中国银行',
  '中国建设银行',
  '中国邮政储蓄银行',
  '交通银行',
  '农村信用合作联社',
  '招商银行',
];

/**
 * Birth dates of the deceased, and the slots of their ID numbers: every case has a slot of its
 * own — a birth date in this range and a three-digit order code — so no two synthetic people
 * share an ID number.
 */
const BIRTH_FIRST = dayOfIso('1925-01-01');
const BIRTH_DAYS = dayOfIso('1974-12-31') - BIRTH_FIRST + 1;
/** The most cases the ID-number slots allow. */
export const MAX_SYNTHETIC_CASES = BIRTH_DAYS * 1000;
/** A prime that does not divide the slot count: i ↦ (i · STEP + OFFSET) mod slots is one-to-one. */
const SLOT_STEP = 1_000_003;
const SLOT_OFFSET = 7_654_321;

export function residentIdNumber(addressCode: string, birth: DayNumber, order: number): string {
  const body = `${addressCode}${isoOfDay(birth).replaceAll('-', '')}${String(order).padStart(3, '0')}`;
  return body + mod11_2CheckChar(body);
}

/**
 * The deceased's ID number for case i. Its address code is the city district code of the
 * county's prefecture (xxxx01), which is never a county's own code: the ID numbers a county's
 * residents type in, and those of the shared-data sandbox, never meet a synthetic one.
 */
export function syntheticDeceasedId(
  index: number,
  countyCode: string,
): { idNumber: string; birth: DayNumber; male: boolean } {
  if (!Number.isInteger(index) || index < 1 || index > MAX_SYNTHETIC_CASES)
    throw new RangeError(`case number out of range 1–${MAX_SYNTHETIC_CASES}`);
  const slot = ((index - 1) * SLOT_STEP + SLOT_OFFSET) % MAX_SYNTHETIC_CASES;
  const order = slot % 1000;
  const birth = BIRTH_FIRST + Math.floor(slot / 1000);
  return {
    idNumber: residentIdNumber(`${countyCode.slice(0, 4)}01`, birth, order),
    birth,
    male: order % 2 === 1,
  };
}

function luhnComplete(body: string): string {
  let sum = 0;
  for (let k = 0; k < body.length; k++) {
    let d = Number(body[body.length - 1 - k]);
    if (k % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

function bankCard(random: Random): string {
  let body = `62${between(random, 1000, 9999)}`;
  const length = pick(random, [16, 19, 19]);
  while (body.length < length - 1) body += String(Math.floor(random() * 10));
  return luhnComplete(body);
}

function mobile(random: Random): string {
  let phone = `1${pick(random, ['3', '5', '7', '8', '9', '3', '8'])}`;
  while (phone.length < 11) phone += String(Math.floor(random() * 10));
  return phone;
}

function firstDayOf(today: DayNumber, years: number): DayNumber {
  return today - Math.round(years * 365.25);
}

// ── Counties and bundles ─────────────────────────────────────────────────────────────────────

export interface SyntheticCounty {
  code: string;
  nameZh: string;
  prefectureZh: string;
  pilot: boolean;
}

/** Answer shares, by question; a question not listed is answered uniformly. */
const ANSWER_SHARES: Record<string, readonly (readonly [string, number])[]> = {
  deathCircumstance: [
    ['home', 38],
    ['hospital', 57],
    ['unnatural', 5],
  ],
  criminalCase: [
    ['no', 98],
    ['yes', 2],
  ],
  funeral: [
    ['burial', 55],
    ['cremation', 45],
  ],
  crematedInCounty: [
    ['yes', 95],
    ['no', 5],
  ],
  insuredInCountyCentre: [
    ['yes', 90],
    ['no', 10],
  ],
  householdLocal: [
    ['yes', 93],
    ['no', 7],
  ],
  workInjury: [
    ['no', 99],
    ['yes', 1],
  ],
  staffType: [
    ['enterprise-retiree', 35],
    ['enterprise-employee', 5],
    ['institution-retiree', 12],
    ['institution-employee', 2],
    ['resident', 38],
    ['none', 8],
  ],
  medicalInsurance: [
    ['employee', 42],
    ['resident', 53],
    ['none', 5],
  ],
  providentFund: [
    ['yes', 30],
    ['no', 70],
  ],
  socialAssistance: [
    ['yes', 12],
    ['no', 88],
  ],
  disabilitySubsidy: [
    ['yes', 8],
    ['no', 92],
  ],
  veteran: [
    ['yes', 4],
    ['no', 96],
  ],
  drivingLicence: [
    ['yes', 25],
    ['no', 75],
  ],
  notarisedWill: [
    ['yes', 5],
    ['unknown', 15],
    ['no', 80],
  ],
  deposits: [
    ['yes', 35],
    ['no', 65],
  ],
  companyShares: [
    ['yes', 6],
    ['no', 94],
  ],
  relationship: [
    ['spouse', 30],
    ['child', 60],
    ['parent', 2],
    ['sibling', 3],
    ['grandchild', 3],
    ['other', 2],
  ],
};

/** What the catalog gives for one set of answers in one county, worked out once. */
interface BundleChoice {
  matters: CatalogMatter[];
  issuerActs: string[];
  materials: {
    code: string;
    name: string;
    nameEn: string;
    replaceableBy: 'shared-data' | 'e-licence' | null;
  }[];
  formKeys: string[];
  /** Fields a certified source (registry, certificate, identity service) fills. */
  prefilled: number;
  departments: number;
}

interface County extends SyntheticCounty {
  profile: Profile;
  region: ProfileRegion;
  questions: { question: Question; shares: readonly (readonly [string, number])[] }[];
  /** What the region itself settles (its funeral mode). */
  facts: Facts;
}

// ── The plan of one case ─────────────────────────────────────────────────────────────────────

export interface CorrectionEntry {
  kind: 'field' | 'material';
  key: string;
  reason: string;
  label: string;
  labelEn: string;
}

export interface SubCasePlan {
  matter: CatalogMatter;
  state: SubCaseState;
  version: number;
  decidedAt: number | null;
  decisionNote: string | null;
  result: Record<string, string> | null;
  clockStartedOn: string | null;
  committedWorkingDays: number | null;
  pausedWorkingDays: number;
  pausedSince: string | null;
  dueOn: string | null;
  endedOn: string | null;
  handledWorkingDays: number | null;
  /** The department's request for more information (退回补充), and the answer once given. */
  supplement: {
    requestedAt: number;
    reason: string;
    answeredAt: number | null;
    answerChannel: 'online' | 'window' | null;
  } | null;
  updatedAt: number;
}

export interface FollowUpPlan {
  departmentCode: string | null;
  state: 'open' | 'called_back' | 'closed';
  dueOn: string;
  callBackNote: string | null;
  rectificationNote: string | null;
  closedAt: number | null;
}

export interface RatingPlan {
  target: string;
  level: number;
  comment: string | null;
  channel: 'online' | 'window';
  createdAt: number;
  followUp: FollowUpPlan | null;
}

export interface CasePlan {
  index: number;
  regionCode: string;
  channel: 'online' | 'window';
  proactive: boolean;
  state: CaseState;
  version: number;
  deceased: {
    name: string;
    idNumber: string;
    dateOfBirth: string;
    dateOfDeath: string;
    placeOfDeath: string;
    circumstance: string | null;
    funeralMode: string | null;
  };
  applicant: { name: string; idNumber: string; phone: string; relationship: string };
  payee: { holder: string; bankName: string; accountNumber: string };
  depositBank: string;
  answers: Record<string, string>;
  issuerActs: string[];
  savings: Record<string, number>;
  correction: CorrectionEntry[] | null;
  decisionReason: string | null;
  submittedAt: number;
  acceptedAt: number | null;
  readyAt: number | null;
  deliveredAt: number | null;
  deliveryChannel: 'online' | 'window' | null;
  updatedAt: number;
  subCases: SubCasePlan[];
  ratings: RatingPlan[];
}

export interface HistoryOptions {
  catalog: CatalogContent;
  calendar: WorkingDayCalendar;
  /** Counties of the service (the `region` table's); those without a bundle are left out. */
  counties: readonly SyntheticCounty[];
  /** The present: nothing in the history happens after it. */
  now: Date;
  /** How far back deaths go (years). */
  years?: number;
}

/**
 * Everything a history is made from, in a form a worker thread can be given: the calendar as
 * each county's working days (one byte a day, from well before the first death to three years
 * after today).
 */
export interface HistorySnapshot {
  catalog: CatalogContent;
  counties: SyntheticCounty[];
  nowMs: number;
  years: number;
  workingDays: Record<string, { first: DayNumber; working: Uint8Array }>;
}

const REJECTION_REASONS = [
  '申请人不是逝者的近亲属，也未提交授权委托书',
  '逝者户籍不在本县，请到户籍所在地申请',
  '同一逝者已有办件正在办理',
];
const CORRECTION_REASONS = [
  '照片不清晰，请重新拍摄上传',
  '与身份证件上的信息不一致',
  '缺少签名或印章',
  '材料已过有效期',
];
const RETURN_REASONS = ['请补充清晰的材料照片', '请补充收款账户的开户信息', '请补充与逝者关系的证明'];
const SUB_REJECTION_REASONS = [
  '经核查，逝者在本部门无相关登记信息',
  '申请人提供的收款账户与户名不一致，且未在期限内更正',
  '该待遇已于逝者生前停止发放',
];
const POOR_COMMENTS = ['等了很久也没有人联系', '来回跑了两次窗口', '工作人员态度不好', '办理进度查不到'];
const GOOD_COMMENTS = ['办理很快，服务周到', '一次就办好了，省心', '工作人员很耐心'];

export class SyntheticHistory {
  private readonly catalog: CatalogContent;
  private readonly counties: County[];
  private readonly cumulative: number[];
  private readonly nowMs: number;
  private readonly today: DayNumber;
  private readonly firstDay: DayNumber;
  private readonly bundles = new Map<string, BundleChoice>();
  private readonly matters: Map<string, CatalogMatter>;
  private readonly tables = new Map<
    string,
    { first: DayNumber; working: Uint8Array; before: Int32Array; list: DayNumber[] }
  >();
  private readonly salt: number;
  readonly snapshot: HistorySnapshot;

  /** A history from the calendar itself (its working days are read once, into tables). */
  static create(options: HistoryOptions): SyntheticHistory {
    const nowMs = options.now.getTime();
    const today = dayOfInstant(nowMs);
    const years = options.years ?? 3;
    const first = firstDayOf(today, years) - 60;
    const last = today + 3 * 366;
    const workingDays: HistorySnapshot['workingDays'] = {};
    for (const county of options.counties) {
      const working = new Uint8Array(last - first + 1);
      for (let day = first; day <= last; day++)
        working[day - first] = options.calendar.isWorkingDay(isoOfDay(day), county.code) ? 1 : 0;
      workingDays[county.code] = { first, working };
    }
    return new SyntheticHistory({
      catalog: options.catalog,
      counties: [...options.counties],
      nowMs,
      years,
      workingDays,
    });
  }

  constructor(snapshot: HistorySnapshot) {
    this.snapshot = snapshot;
    this.catalog = snapshot.catalog;
    this.matters = new Map(snapshot.catalog.matters.map((m) => [m.code, m]));
    this.nowMs = snapshot.nowMs;
    this.today = dayOfInstant(this.nowMs);
    this.firstDay = firstDayOf(this.today, snapshot.years);
    this.counties = [...snapshot.counties]
      .sort((a, b) => a.code.localeCompare(b.code))
      .flatMap((county) => {
        const profile = profileFor(this.catalog, county.code);
        const region = regionOf(this.catalog, county.code);
        if (!profile || !region || region.level !== 'county') return [];
        const questions = profile.questions.flatMap((id) => {
          const question = this.catalog.questions.find((q) => q.id === id);
          if (!question) return [];
          const shares = (ANSWER_SHARES[id] ?? []).filter(([value]) =>
            question.options.some((o) => o.value === value),
          );
          return [{ question, shares }];
        });
        return [{ ...county, profile, region, questions, facts: collectFacts(region, {}) }];
      });
    if (this.counties.length === 0)
      throw new Error('no county of the region table has a bundle in the catalog');
    // Fixed, uneven weights: pilots see more cases; the rest varies by county, the same on every run.
    let sum = 0;
    this.cumulative = this.counties.map((c) => {
      sum += (c.pilot ? 2.5 : 1) * (0.4 + 1.2 * ((hash32(c.code) % 1000) / 1000));
      return sum;
    });
    this.salt = hash32(`${isoOfDay(this.today)}`) ^ 0x5eed;
  }

  /**
   * The day `n` working days after `start` (n = 0: the first working day on or after it), as
   * `calendar.dueDate` counts it — read from the county's table of working days, since the
   * history asks this a dozen times per case.
   */
  private due(start: DayNumber, n: number, regionCode: string): DayNumber {
    const table = this.workingDays(regionCode);
    const offset = start - table.first;
    // before[offset]: working days from the table's first day up to `start`; list: those days.
    const counted = offset >= 0 && offset < table.before.length ? (table.before[offset] as number) : -1;
    const target = n === 0 && table.working[offset] === 1 ? counted - 1 : counted + n - (n === 0 ? 0 : 1);
    const day = counted < 0 ? undefined : table.list[target];
    if (day === undefined)
      throw new RangeError(`${isoOfDay(start)} + ${n} working days is beyond the calendar read`);
    return day;
  }

  private workingDays(regionCode: string) {
    let table = this.tables.get(regionCode);
    if (!table) {
      const source = this.snapshot.workingDays[regionCode];
      if (!source) throw new Error(`no working days for ${regionCode}`);
      const before = new Int32Array(source.working.length);
      const list: DayNumber[] = [];
      for (let k = 0; k < source.working.length; k++) {
        if (source.working[k] === 1) list.push(source.first + k);
        before[k] = list.length;
      }
      table = { first: source.first, working: source.working, before, list };
      this.tables.set(regionCode, table);
    }
    return table;
  }

  private previousWorkingDay(day: DayNumber, regionCode: string): DayNumber {
    const table = this.workingDays(regionCode);
    let d = day;
    while (d > table.first && table.working[d - table.first] !== 1) d--;
    return d;
  }

  /** An instant on `day` in office hours, after `previous` (on the same day: minutes after it). */
  private after(random: Random, previous: number, day: DayNumber, from = 510, to = 1050): number {
    let at = instantOf(day, between(random, from, to));
    if (at > previous) return at;
    at = Math.min(previous + between(random, 1, 40) * MINUTE_MS, instantOf(day + 1, 0) - 1000);
    return at > previous ? at : previous + 1000;
  }

  private countyFor(random: Random) {
    const total = this.cumulative[this.cumulative.length - 1] as number;
    const r = random() * total;
    let k = 0;
    while (k < this.cumulative.length - 1 && (this.cumulative[k] as number) <= r) k++;
    return this.counties[k] as County;
  }

  /** Deaths: more in winter (peak in mid-January), and more cases as the service gets known. */
  private deathDay(random: Random): DayNumber {
    const span = this.today - this.firstDay;
    for (;;) {
      const day = this.firstDay + Math.floor(random() * (span + 1));
      const yearStart = dayOfIso(`${isoOfDay(day).slice(0, 4)}-01-01`);
      const season = 1 + 0.3 * Math.cos((2 * Math.PI * (day - yearStart - 15)) / 365.25);
      const growth = 0.7 + 0.6 * ((day - this.firstDay) / Math.max(span, 1));
      if (random() * 1.3 * 1.3 < season * growth) return day;
    }
  }

  /**
   * Questionnaire answers for one case, and the bundle they give: each question the county asks
   * is answered (in the profile's order, skipping what the region settles and what does not
   * apply), then the county's coverage and matter rules are read as `evaluateBundle` reads them.
   * A case the county would not cover is drawn again.
   */
  private answersFor(
    random: Random,
    county: County,
  ): { answers: Record<string, string>; bundle: BundleChoice } {
    for (let attempt = 0; attempt < 50; attempt++) {
      const answers: Record<string, string> = {};
      const facts: Facts = new Map(county.facts);
      for (const { question, shares } of county.questions) {
        if (facts.has(question.id)) continue;
        if (question.askIf && evaluate(question.askIf, facts) === false) continue;
        const value = shares.length > 0 ? weighted(random, shares) : pick(random, question.options).value;
        answers[question.id] = value;
        facts.set(question.id, { value, source: 'answer' });
      }
      if (county.profile.coverage.some((rule) => evaluate(rule.when, facts) !== false)) continue;
      const applied: string[] = [];
      const issuerActs: string[] = [];
      for (const rule of county.profile.matters) {
        if (rule.when && evaluate(rule.when, facts) !== true) continue;
        const matter = this.matters.get(rule.matter);
        if (matter?.needsApplication) applied.push(matter.code);
        else if (matter?.issuedBy) issuerActs.push(matter.code);
      }
      if (applied.length === 0) continue;
      return { answers, bundle: this.bundleFor(county.profile, applied, issuerActs) };
    }
    throw new Error(`no covered bundle found for county ${county.code}`);
  }

  private bundleFor(profile: Profile, applied: string[], issuerActs: string[]): BundleChoice {
    const key = `${profile.code}|${applied.join(',')}|${issuerActs.join(',')}`;
    const cached = this.bundles.get(key);
    if (cached) return cached;
    const matters = applied.map((code) => this.matters.get(code) as CatalogMatter);
    const form = mergeForm(matters);
    const fields = form.groups.flatMap((g) => g.fields);
    const choice: BundleChoice = {
      matters,
      issuerActs,
      materials: bundleMaterials(this.catalog, profile, applied).map((m) => ({
        code: m.code,
        name: m.name,
        nameEn: m.nameEn,
        replaceableBy: m.replaceableBy,
      })),
      formKeys: form.keys,
      prefilled: fields.filter((f) => f.prefill?.some((source) => PREFILL_SOURCES[source].certified)).length,
      departments: new Set(matters.map((m) => m.department)).size,
    };
    this.bundles.set(key, choice);
    return choice;
  }

  /** Case number i (from 1), as it stands today. */
  plan(index: number): CasePlan {
    const random = randomFor(Math.imul(index, 0x9e3779b1) ^ this.salt);
    const county = this.countyFor(random);
    const regionCode = county.code;
    const deceasedId = syntheticDeceasedId(index, regionCode);
    const surname = pick(random, SURNAMES);
    const deceasedName = surname + pick(random, deceasedId.male ? OLD_MEN : OLD_WOMEN);
    const { answers, bundle } = this.answersFor(random, county);
    const relationship = answers.relationship ?? weighted(random, ANSWER_SHARES.relationship ?? []);

    // Where, when and how.
    const death = this.deathDay(random);
    const circumstance = answers.deathCircumstance ?? null;
    const funeralMode = answers.funeral ?? county.region.funeralMode ?? null;
    const placeOfDeath =
      circumstance === 'hospital'
        ? pick(random, [
            `${county.prefectureZh}第${between(random, 1, 3)}人民医院`,
            `${county.nameZh}人民医院`,
            `${county.nameZh}中医医院`,
          ])
        : circumstance === 'unnatural'
          ? `${county.nameZh}${pick(random, ['建设', '人民', '新华', '环城', '滨江'])}路`
          : `${county.nameZh}${pick(random, ['东风', '红旗', '新村', '和平', '光明', '团结'])}${pick(random, ['社区', '村'])}家中`;

    // Who applies.
    const applicantMale = random() < 0.5;
    const applicantSurname =
      ['child', 'grandchild', 'sibling', 'parent'].includes(relationship) && random() < 0.7
        ? surname
        : pick(random, SURNAMES);
    const applicantName = applicantSurname + pick(random, applicantMale ? YOUNG_MEN : YOUNG_WOMEN);
    const offsetYears =
      {
        spouse: between(random, -5, 5),
        child: between(random, 22, 36),
        grandchild: between(random, 45, 60),
        sibling: between(random, -8, 8),
        parent: -between(random, 20, 30),
        other: between(random, 10, 40),
      }[relationship] ?? 25;
    const applicantBirth = Math.min(
      deceasedId.birth + Math.round(offsetYears * 365.25) + between(random, -150, 150),
      this.today - 18 * 366,
    );
    // The order code's last digit is odd for a man, even for a woman.
    const applicantId = residentIdNumber(
      regionCode,
      applicantBirth,
      2 * between(random, 50, 499) + (applicantMale ? 1 : 0),
    );
    const phone = mobile(random);
    const payeeHolder = county.profile.payee === 'deceased-account' ? deceasedName : applicantName;
    const payee = { holder: payeeHolder, bankName: pick(random, BANKS), accountNumber: bankCard(random) };
    const depositBank = pick(random, BANKS);

    // The channel, and the day of the application.
    const roll = random();
    let channel: 'online' | 'window' = roll < 0.6 ? 'online' : roll < 0.9 ? 'window' : 'online';
    const proactive = roll >= 0.9;
    const lag = proactive
      ? between(random, 1, 5)
      : weighted(random, [
          [between(random, 0, 3), 40],
          [between(random, 4, 14), 40],
          [between(random, 15, 45), 20],
        ] as const);
    let submitDay = death + lag;
    if (submitDay > this.today) submitDay = death + Math.floor(random() * (this.today - death + 1));
    if (channel === 'window') {
      let day = this.due(submitDay, 0, regionCode);
      if (day > this.today) day = this.previousWorkingDay(this.today, regionCode);
      if (day < death) channel = 'online';
      else submitDay = day;
    }
    let submittedAt =
      channel === 'window'
        ? instantOf(submitDay, between(random, 510, 1020))
        : instantOf(
            submitDay,
            weighted(random, [
              [between(random, 420, 720), 35],
              [between(random, 720, 1080), 35],
              [between(random, 1080, 1410), 30],
            ] as const),
          );
    if (submittedAt > this.nowMs) {
      const start = instantOf(submitDay, 0);
      submittedAt = start + Math.floor(random() * Math.max(this.nowMs - start, 1));
    }

    const departmentCount = bundle.departments;
    const savings = savingsAtSubmission({
      channel,
      departments: departmentCount,
      materialsNotDemanded: bundle.materials.filter(
        (m) => m.replaceableBy === 'shared-data' || (m.replaceableBy === 'e-licence' && random() < 0.7),
      ).length,
      fieldsPrefilled: Math.max(bundle.prefilled - (random() < 0.2 ? 1 : 0), 0),
    });

    const plan: CasePlan = {
      index,
      regionCode,
      channel,
      proactive,
      state: 'submitted',
      version: 1,
      deceased: {
        name: deceasedName,
        idNumber: deceasedId.idNumber,
        dateOfBirth: isoOfDay(deceasedId.birth),
        dateOfDeath: isoOfDay(death),
        placeOfDeath,
        circumstance,
        funeralMode,
      },
      applicant: { name: applicantName, idNumber: applicantId, phone, relationship },
      payee,
      depositBank,
      answers,
      issuerActs: bundle.issuerActs,
      savings: savings as Record<string, number>,
      correction: null,
      decisionReason: null,
      submittedAt,
      acceptedAt: null,
      readyAt: null,
      deliveredAt: null,
      deliveryChannel: null,
      updatedAt: submittedAt,
      subCases: bundle.matters.map((matter) => ({
        matter,
        state: 'waiting',
        version: 1,
        decidedAt: null,
        decisionNote: null,
        result: null,
        clockStartedOn: null,
        committedWorkingDays: null,
        pausedWorkingDays: 0,
        pausedSince: null,
        dueOn: null,
        endedOn: null,
        handledWorkingDays: null,
        supplement: null,
        updatedAt: submittedAt,
      })),
      ratings: [],
    };
    const happened = (at: number) => at <= this.nowMs;

    // The front desk: a correction notice first for some, not accepted for a few, else accepted;
    // an application sent online in the evening is read the next working day at the earliest.
    const evening = channel === 'online' && submittedAt > instantOf(submitDay, 990);
    const frontDay =
      channel === 'window' && random() < 0.85
        ? submitDay
        : this.due(
            submitDay,
            weighted(random, [
              [evening ? 1 : 0, 40],
              [1, 45],
              [2, 15],
            ] as const),
            regionCode,
          );
    let frontAt =
      frontDay === submitDay && channel === 'window'
        ? submittedAt + between(random, 5, 40) * MINUTE_MS
        : this.after(random, submittedAt, frontDay);
    const decision = weighted(random, [
      ['accept', 91],
      ['correct', 7],
      ['reject', 2],
    ] as const);
    if (!happened(frontAt)) return plan;
    if (decision === 'reject') {
      plan.state = 'rejected';
      plan.version = 2;
      plan.decisionReason = pick(random, REJECTION_REASONS);
      plan.updatedAt = frontAt;
      for (const sub of plan.subCases) {
        sub.state = 'cancelled';
        sub.version = 2;
        sub.updatedAt = frontAt;
      }
      return plan;
    }
    if (decision === 'correct') {
      plan.state = 'correction_requested';
      plan.version = 2;
      plan.correction = this.correctionItems(random, bundle);
      plan.updatedAt = frontAt;
      const resubmitDay = frontDay + between(random, 1, 10);
      const resubmitAt = instantOf(resubmitDay, between(random, 420, 1380));
      if (!happened(resubmitAt)) return plan;
      // Resubmitted: the notice stays on the case until it is accepted.
      plan.state = 'submitted';
      plan.version = 3;
      plan.updatedAt = resubmitAt;
      const acceptDay = this.due(resubmitDay, between(random, 0, 1), regionCode);
      frontAt = this.after(random, resubmitAt, acceptDay);
      if (!happened(frontAt)) return plan;
      plan.correction = null;
    }

    // Accepted: every sub-case goes to its department, its clock starting that day.
    const acceptDay = dayOfInstant(frontAt);
    plan.state = 'in_progress';
    plan.version += 1;
    plan.acceptedAt = frontAt;
    plan.updatedAt = frontAt;
    let lastEnd = frontAt;
    let allEnded = true;
    const lateDepartments = new Set<string>();
    for (const sub of plan.subCases) {
      const ended = this.runSubCase(random, sub, {
        regionCode,
        acceptDay,
        acceptedAt: frontAt,
        account: payee.accountNumber,
        death,
        channel,
      });
      if (ended === null) allEnded = false;
      else {
        lastEnd = Math.max(lastEnd, ended);
        if ((sub.handledWorkingDays ?? 0) > (sub.committedWorkingDays ?? 0))
          lateDepartments.add(sub.matter.department);
      }
      plan.updatedAt = Math.max(plan.updatedAt, sub.updatedAt);
    }
    if (!allEnded) return plan;

    // Every sub-case ended: ready for delivery, then delivered online or at the window.
    plan.state = 'ready_for_delivery';
    plan.version += 1;
    plan.readyAt = lastEnd;
    plan.updatedAt = lastEnd;
    const readyDay = dayOfInstant(lastEnd);
    const deliverOnline = channel === 'online' ? random() < 0.85 : random() < 0.2;
    const deliveredAt = deliverOnline
      ? this.after(
          random,
          lastEnd,
          readyDay +
            weighted(random, [
              [0, 50],
              [1, 30],
              [between(random, 2, 5), 20],
            ] as const),
          420,
          1380,
        )
      : this.after(random, lastEnd, this.due(readyDay, between(random, 1, 7), regionCode));
    if (!happened(deliveredAt)) return plan;
    plan.state = 'delivered';
    plan.version += 1;
    plan.deliveredAt = deliveredAt;
    plan.deliveryChannel = deliverOnline ? 'online' : 'window';
    plan.updatedAt = deliveredAt;

    // Ratings: the case, and now and then a department; poorer where a department was late.
    if (random() < 0.45) {
      const ratedAt = deliveredAt + between(random, 5, 3 * 24 * 60) * MINUTE_MS;
      if (happened(ratedAt)) {
        const departments = [...new Set(plan.subCases.map((s) => s.matter.department))];
        const targets = ['case', ...departments.filter(() => random() < 0.35).map((d) => `department:${d}`)];
        for (const target of targets) {
          const wasLate =
            target === 'case' ? lateDepartments.size > 0 : lateDepartments.has(target.slice(11));
          const level = weighted(
            random,
            wasLate
              ? ([
                  [5, 35],
                  [4, 25],
                  [3, 15],
                  [2, 15],
                  [1, 10],
                ] as const)
              : ([
                  [5, 72],
                  [4, 18],
                  [3, 6],
                  [2, 3],
                  [1, 1],
                ] as const),
          );
          const createdAt = ratedAt + between(random, 0, 3) * MINUTE_MS;
          plan.ratings.push({
            target,
            level,
            comment:
              level <= 2
                ? pick(random, POOR_COMMENTS)
                : level === 5 && random() < 0.3
                  ? pick(random, GOOD_COMMENTS)
                  : null,
            channel: plan.deliveryChannel === 'window' ? 'window' : 'online',
            createdAt,
            followUp: level <= 2 ? this.followUp(random, target, regionCode, createdAt) : null,
          });
        }
      }
    }
    return plan;
  }

  private correctionItems(random: Random, bundle: BundleChoice): CorrectionEntry[] {
    const uploads = bundle.materials.filter((m) => m.replaceableBy === null);
    const fields = bundle.formKeys.filter((k) =>
      ['deceased.placeOfDeath', 'payee.accountNumber', 'payee.accountHolder', 'applicant.phone'].includes(k),
    );
    const items: CorrectionEntry[] = [];
    const count = between(random, 1, 2);
    for (let k = 0; k < count; k++) {
      if ((random() < 0.6 || fields.length === 0) && uploads.length > 0) {
        const material = pick(random, uploads);
        if (items.some((i) => i.key === material.code)) continue;
        items.push({
          kind: 'material',
          key: material.code,
          reason: pick(random, CORRECTION_REASONS),
          label: material.name,
          labelEn: material.nameEn,
        });
      } else if (fields.length > 0) {
        const key = pick(random, fields);
        if (items.some((i) => i.key === key)) continue;
        const label = fieldLabel(key);
        items.push({
          kind: 'field',
          key,
          reason: '与身份证件上的信息不一致',
          label: label.zh,
          labelEn: label.en,
        });
      }
    }
    if (items.length === 0) {
      const label = fieldLabel('applicant.phone');
      items.push({
        kind: 'field',
        key: 'applicant.phone',
        reason: '号码无法接通，请核对',
        label: label.zh,
        labelEn: label.en,
      });
    }
    return items;
  }

  /**
   * One sub-case from routing on: claimed, perhaps returned to the family for a while (the clock
   * stops), then ended after `h` working days of the department's own — within the committed days
   * for most, late for some, and very late for the few that stall. Returns when it ended, or null
   * while it is still open today.
   */
  private runSubCase(
    random: Random,
    sub: SubCasePlan,
    of: {
      regionCode: string;
      acceptDay: DayNumber;
      acceptedAt: number;
      account: string;
      death: DayNumber;
      channel: 'online' | 'window';
    },
  ): number | null {
    const { regionCode, acceptDay, acceptedAt, account, death, channel } = of;
    const committed = sub.matter.committedWorkingDays;
    const outcome = weighted(random, [
      ['on_time', 88],
      ['late', 11.5],
      ['stalled', 0.5],
    ] as const);
    const handled =
      outcome === 'on_time'
        ? weighted(random, [
            [committed, 30],
            [between(random, Math.ceil(committed / 2), committed), 50],
            [between(random, 0, committed), 20],
          ] as const)
        : outcome === 'late'
          ? committed +
            weighted(random, [
              [1, 45],
              [between(random, 2, 4), 35],
              [between(random, 5, 15), 20],
            ] as const)
          : committed + between(random, 40, 250);
    const claimAfter = Math.min(
      handled,
      weighted(random, [
        [0, 70],
        [1, 25],
        [2, 5],
      ] as const),
    );
    const returned = handled >= 1 && random() < 0.08;
    const pauseAt = returned ? between(random, claimAfter, handled) : 0;
    const paused = returned ? between(random, 1, 8) : 0;

    sub.clockStartedOn = isoOfDay(acceptDay);
    sub.committedWorkingDays = committed;
    sub.dueOn = isoOfDay(this.due(acceptDay, committed, regionCode));
    sub.state = 'pending';
    sub.version = 2;
    sub.updatedAt = acceptedAt;

    const claimedAt = this.after(random, acceptedAt, this.due(acceptDay, claimAfter, regionCode));
    if (claimedAt > this.nowMs) return null;
    sub.state = 'in_review';
    sub.version = 3;
    sub.updatedAt = claimedAt;
    let last = claimedAt;
    if (returned) {
      const pauseDay = this.due(acceptDay, pauseAt, regionCode);
      const pausedAt = this.after(random, last, pauseDay);
      if (pausedAt > this.nowMs) return null;
      sub.state = 'returned';
      sub.version = 4;
      sub.pausedSince = isoOfDay(pauseDay);
      sub.decisionNote = pick(random, RETURN_REASONS);
      sub.supplement = {
        requestedAt: pausedAt,
        reason: sub.decisionNote,
        answeredAt: null,
        answerChannel: null,
      };
      sub.updatedAt = pausedAt;
      const resumeDay = this.due(pauseDay, paused, regionCode);
      const resumedAt = this.after(random, pausedAt, resumeDay, 420, 1380);
      if (resumedAt > this.nowMs) return null;
      sub.state = 'in_review';
      sub.version = 5;
      sub.pausedSince = null;
      sub.pausedWorkingDays = paused;
      sub.dueOn = isoOfDay(this.due(acceptDay, committed + paused, regionCode));
      // The family answered online, or the window for them.
      sub.supplement = { ...sub.supplement, answeredAt: resumedAt, answerChannel: channel };
      sub.updatedAt = resumedAt;
      last = resumedAt;
    }
    const endDay = this.due(acceptDay, handled + paused, regionCode);
    const endedAt = this.after(random, last, endDay);
    if (endedAt > this.nowMs) return null;
    const refused = random() < 0.04;
    sub.state = refused ? 'rejected' : 'completed';
    sub.version += 1;
    sub.decidedAt = endedAt;
    sub.endedOn = isoOfDay(endDay);
    sub.handledWorkingDays = handled;
    sub.decisionNote = refused ? pick(random, SUB_REJECTION_REASONS) : null;
    sub.result = refused ? null : this.result(random, sub.matter, isoOfDay(endDay), account, death);
    sub.updatedAt = endedAt;
    return endedAt;
  }

  private result(
    random: Random,
    matter: CatalogMatter,
    on: string,
    account: string,
    death: DayNumber,
  ): Record<string, string> {
    const number = `${on.slice(0, 4)}${String(between(random, 1, 99_999)).padStart(5, '0')}`;
    switch (matter.resultType) {
      case 'certificate':
        return { type: 'certificate', documentNumber: `证字${number}`, issuedOn: on };
      case 'cancellation':
        return { type: 'cancellation', cancelledOn: on, documentNumber: `注字${number}` };
      case 'payment':
        return {
          type: 'payment',
          amountYuan: `${between(random, 800, 60_000)}.${String(between(random, 0, 99)).padStart(2, '0')}`,
          paidOn: on,
          accountMasked: maskBankCard(account),
        };
      case 'inquiry-result':
        return {
          type: 'inquiry-result',
          documentNumber: `查字${number}`,
          summary:
            random() < 0.8 ? '经查询，未发现相关登记记录' : '经查询，存在相关登记记录，详见查询结果告知书',
        };
      case 'termination':
        return { type: 'termination', effectiveOn: isoOfDay(Math.min(death + 1, dayOfIso(on))) };
    }
  }

  private followUp(random: Random, target: string, regionCode: string, createdAt: number): FollowUpPlan {
    const createdDay = dayOfInstant(createdAt);
    const dueOn = isoOfDay(this.due(createdDay, 5, regionCode));
    const age = this.today - createdDay;
    const state =
      age > 20
        ? weighted(random, [
            ['closed', 92],
            ['called_back', 5],
            ['open', 3],
          ] as const)
        : age > 3
          ? weighted(random, [
              ['closed', 30],
              ['called_back', 50],
              ['open', 20],
            ] as const)
          : 'open';
    const closedAt =
      state === 'closed' ? Math.min(createdAt + between(random, 1, 7) * DAY_MS, this.nowMs) : null;
    return {
      departmentCode: target.startsWith('department:') ? target.slice(11) : null,
      state,
      dueOn,
      callBackNote: state === 'open' ? null : '已电话回访申请人，了解不满意的原因',
      rectificationNote: state === 'closed' ? '已约谈经办人员并改进办理流程' : null,
      closedAt,
    };
  }
}
