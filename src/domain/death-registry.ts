/**
 * The death registry (死亡登记): what the bodies that certify a death report, and what the
 * platform concludes from their reports. Pure: no I/O.
 *
 * Four issuers, each with its own act (both source documents start the flow here, before any
 * application):
 * - a health institution — the treating hospital, or the village/community clinic for a death at
 *   home or in a care home — issues the medical death certificate (居民死亡医学证明（推断）书);
 * - a police station issues the death proof for an unnatural death without medical treatment;
 * - a funeral home records the cremation and issues the cremation certificate (cremation areas);
 * - a village or community committee registers a burial (burial areas).
 *
 * The registry keeps one record per deceased (by resident ID number). Reports are never merged
 * silently: when two issuers disagree on the date or place of death, or on who died, the record is
 * in conflict until a reviewer says which report stands or an issuer corrects theirs.
 */
import type { Bilingual } from './bilingual.ts';
import type { FieldProblem } from './field-problems.ts';
import { birthDateFromIdNumber, isValidResidentIdNumber } from './identity-numbers.ts';

export const REPORT_KINDS = ['medical-certificate', 'police-proof', 'cremation', 'burial'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_KIND_LABELS: Record<ReportKind, Bilingual> = {
  'medical-certificate': { zh: '居民死亡医学证明（推断）书', en: 'Medical death certificate' },
  'police-proof': { zh: '公安机关死亡证明', en: 'Police death proof' },
  cremation: { zh: '火化证明', en: 'Cremation certificate' },
  burial: { zh: '遗体安葬（土葬）登记证明', en: 'Burial registration' },
};

/** The catalog matter each report kind is the issuer's act for. */
export const REPORT_KIND_MATTER: Record<ReportKind, string> = {
  'medical-certificate': 'medical-death-certificate',
  'police-proof': 'police-death-proof',
  cremation: 'cremation-certificate',
  burial: 'burial-registration',
};

export function reportKindOfMatter(matterCode: string): ReportKind | null {
  const entry = Object.entries(REPORT_KIND_MATTER).find(([, code]) => code === matterCode);
  return entry ? (entry[0] as ReportKind) : null;
}

export const INSTITUTION_KINDS = [
  'hospital',
  'clinic',
  'police-station',
  'funeral-home',
  'village-committee',
] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const INSTITUTION_KIND_LABELS: Record<InstitutionKind, Bilingual> = {
  hospital: { zh: '医疗机构', en: 'Hospital' },
  clinic: { zh: '村（社区）卫生室', en: 'Village or community clinic' },
  'police-station': { zh: '派出所', en: 'Police station' },
  'funeral-home': { zh: '殡仪馆', en: 'Funeral home' },
  'village-committee': { zh: '村（居）民委员会', en: 'Village or community committee' },
};

/** What each kind of institution issues. */
export const INSTITUTION_ISSUES: Record<InstitutionKind, ReportKind> = {
  hospital: 'medical-certificate',
  clinic: 'medical-certificate',
  'police-station': 'police-proof',
  'funeral-home': 'cremation',
  'village-committee': 'burial',
};

/** Where the death happened, as the medical certificate records it. */
export const PLACE_KINDS = ['hospital', 'on-the-way', 'home', 'care-home', 'other'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const PLACE_KIND_LABELS: Record<PlaceKind, Bilingual> = {
  hospital: { zh: '医疗机构内', en: 'In a hospital' },
  'on-the-way': { zh: '送医途中', en: 'On the way to hospital' },
  home: { zh: '家中', en: 'At home' },
  'care-home': { zh: '养老机构', en: 'In a care home' },
  other: { zh: '其他场所', en: 'Elsewhere' },
};

export const MANNERS = ['accident', 'suicide', 'homicide', 'undetermined'] as const;
export type Manner = (typeof MANNERS)[number];
export const MANNER_LABELS: Record<Manner, Bilingual> = {
  accident: { zh: '意外', en: 'Accident' },
  suicide: { zh: '自杀', en: 'Suicide' },
  homicide: { zh: '他杀', en: 'Homicide' },
  undetermined: { zh: '待定', en: 'Undetermined' },
};

export interface DeceasedIdentity {
  idNumber: string;
  name: string;
  gender: 'male' | 'female';
}

/** One line of the cause-of-death chain (a → d: immediate cause first, underlying cause last). */
export interface CauseLine {
  cause: string;
  /** ICD-10 code, e.g. I21.9. */
  icd10: string;
  /** Interval from onset to death, as the doctor writes it ("约2小时", "3年"). */
  interval: string;
}

export interface MedicalCertificateContent {
  kind: 'medical-certificate';
  deceased: DeceasedIdentity;
  dateOfDeath: string;
  /** HH:MM, local time. */
  timeOfDeath: string;
  placeOfDeath: string;
  placeKind: PlaceKind;
  causes: CauseLine[];
  doctor: string;
  /** The family's report of a death at home this certificate answers, if any. */
  homeReportId?: string | undefined;
}

export interface PoliceProofContent {
  kind: 'police-proof';
  deceased: DeceasedIdentity;
  dateOfDeath: string;
  timeOfDeath: string;
  placeOfDeath: string;
  manner: Manner;
  /** The police case or incident number the proof rests on. */
  incidentNumber: string;
  officer: string;
}

export interface CremationContent {
  kind: 'cremation';
  deceased: DeceasedIdentity;
  /** The date of death on the proof of death the funeral home saw. */
  dateOfDeath: string;
  cremationDate: string;
  officer: string;
}

export interface BurialContent {
  kind: 'burial';
  deceased: DeceasedIdentity;
  dateOfDeath: string;
  burialDate: string;
  burialPlace: string;
  officer: string;
}

export type ReportContent = MedicalCertificateContent | PoliceProofContent | CremationContent | BurialContent;

/** The labels of a report's fields, for errors and pages. */
export const REPORT_FIELD_LABELS: Record<string, Bilingual> = {
  kind: { zh: '证明类型', en: 'Kind of report' },
  'deceased.idNumber': { zh: '逝者公民身份号码', en: "Deceased's ID number" },
  'deceased.name': { zh: '逝者姓名', en: "Deceased's name" },
  'deceased.gender': { zh: '逝者性别', en: "Deceased's gender" },
  dateOfDeath: { zh: '死亡日期', en: 'Date of death' },
  timeOfDeath: { zh: '死亡时间', en: 'Time of death' },
  placeOfDeath: { zh: '死亡地点', en: 'Place of death' },
  placeKind: { zh: '死亡地点类别', en: 'Kind of place of death' },
  causes: { zh: '死亡原因', en: 'Causes of death' },
  doctor: { zh: '医师签名', en: 'Certifying doctor' },
  manner: { zh: '死亡方式', en: 'Manner of death' },
  incidentNumber: { zh: '案（事）件编号', en: 'Incident number' },
  officer: { zh: '经办人', en: 'Officer' },
  cremationDate: { zh: '火化日期', en: 'Date of cremation' },
  burialDate: { zh: '安葬日期', en: 'Date of burial' },
  burialPlace: { zh: '安葬地点', en: 'Place of burial' },
  reason: { zh: '更正原因', en: 'Reason for the correction' },
};

function labelOf(field: string): Bilingual {
  const line = /^causes\.(\d+)\.(cause|icd10|interval)$/.exec(field);
  if (line) {
    const letter = 'abcd'[Number(line[1])] ?? '?';
    const part = {
      cause: ['疾病名称', 'condition'],
      icd10: ['ICD-10编码', 'ICD-10 code'],
      interval: ['发病到死亡的大概间隔', 'interval'],
    }[line[2] as 'cause' | 'icd10' | 'interval'];
    return { zh: `死亡原因（${letter}）${part[0]}`, en: `Cause of death (${letter}) ${part[1]}` };
  }
  return REPORT_FIELD_LABELS[field] ?? { zh: field, en: field };
}

export function reportProblem(field: string, zh: string, en: string): FieldProblem {
  const label = labelOf(field);
  return { field, labelZh: label.zh, labelEn: label.en, zh, en };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** ICD-10: a letter (U included: U07.1), two digits, optionally a dot and one or two more characters (I21.9, C34.90). */
export const ICD10 = /^[A-Z]\d{2}(\.[0-9A-Z]{1,2})?$/;

function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function text(value: string | undefined): string {
  return (value ?? '').trim();
}

export interface ValidationContext {
  /** Today in China (YYYY-MM-DD). */
  today: string;
}

/**
 * Everything wrong with a report, each problem naming its field. Dates must be real, not in the
 * future, not before the deceased's birth, and in order (death ≤ cremation or burial).
 */
export function validateReport(content: ReportContent, context: ValidationContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const need = (field: string, value: string | undefined) => {
    if (!text(value)) problems.push(reportProblem(field, '请填写此项', 'Required'));
  };
  const id = text(content.deceased.idNumber).toUpperCase();
  if (!isValidResidentIdNumber(id)) {
    problems.push(
      reportProblem(
        'deceased.idNumber',
        '公民身份号码不正确，请核对18位号码（最后一位可能是X）',
        'The ID number is not valid',
      ),
    );
  }
  need('deceased.name', content.deceased.name);
  if (content.deceased.gender !== 'male' && content.deceased.gender !== 'female')
    problems.push(reportProblem('deceased.gender', '请选择性别', 'Choose the gender'));
  const birth = isValidResidentIdNumber(id) ? birthDateFromIdNumber(id) : null;
  const date = (field: string, value: string) => {
    if (!text(value)) {
      problems.push(reportProblem(field, '请填写日期', 'Enter the date'));
      return false;
    }
    if (!isDate(value)) {
      problems.push(reportProblem(field, '日期格式应为 年-月-日，如 2026-11-01', 'Use the form 2026-11-01'));
      return false;
    }
    if (value > context.today) {
      problems.push(reportProblem(field, '日期不能晚于今天', 'The date cannot be in the future'));
      return false;
    }
    if (birth && value < birth) {
      problems.push(
        reportProblem(field, '日期不能早于逝者出生日期', "The date cannot be before the deceased's birth"),
      );
      return false;
    }
    return true;
  };
  const deathOk = date('dateOfDeath', content.dateOfDeath);
  switch (content.kind) {
    case 'medical-certificate':
    case 'police-proof': {
      if (!TIME.test(text(content.timeOfDeath)))
        problems.push(reportProblem('timeOfDeath', '时间格式应为 时:分，如 08:30', 'Use the form 08:30'));
      need('placeOfDeath', content.placeOfDeath);
      if (content.kind === 'medical-certificate') {
        if (!PLACE_KINDS.includes(content.placeKind))
          problems.push(reportProblem('placeKind', '请选择死亡地点类别', 'Choose the kind of place'));
        if (!Array.isArray(content.causes) || content.causes.length === 0) {
          problems.push(
            reportProblem('causes', '请至少填写直接死亡原因（a）', 'Enter at least the immediate cause (a)'),
          );
        } else if (content.causes.length > 4) {
          problems.push(
            reportProblem('causes', '死亡原因最多填写 a 至 d 四行', 'At most four lines, a to d'),
          );
        } else {
          content.causes.forEach((line, i) => {
            if (!text(line.cause))
              problems.push(reportProblem(`causes.${i}.cause`, '请填写疾病名称', 'Enter the condition'));
            if (!ICD10.test(text(line.icd10).toUpperCase()))
              problems.push(
                reportProblem(
                  `causes.${i}.icd10`,
                  'ICD-10编码格式不正确，如 I21.9',
                  'Not an ICD-10 code (e.g. I21.9)',
                ),
              );
          });
        }
        need('doctor', content.doctor);
      } else {
        if (!MANNERS.includes(content.manner))
          problems.push(reportProblem('manner', '请选择死亡方式', 'Choose the manner of death'));
        need('incidentNumber', content.incidentNumber);
        need('officer', content.officer);
      }
      break;
    }
    case 'cremation': {
      const ok = date('cremationDate', content.cremationDate);
      if (ok && deathOk && content.cremationDate < content.dateOfDeath)
        problems.push(
          reportProblem('cremationDate', '火化日期不能早于死亡日期', 'Cremation cannot be before death'),
        );
      need('officer', content.officer);
      break;
    }
    case 'burial': {
      const ok = date('burialDate', content.burialDate);
      if (ok && deathOk && content.burialDate < content.dateOfDeath)
        problems.push(
          reportProblem('burialDate', '安葬日期不能早于死亡日期', 'Burial cannot be before death'),
        );
      need('burialPlace', content.burialPlace);
      need('officer', content.officer);
      break;
    }
  }
  return problems;
}

/** The report as stored: trimmed, the ID number upper-case, ICD-10 codes upper-case. */
export function normaliseReport<T extends ReportContent>(content: T): T {
  const deceased = {
    idNumber: text(content.deceased.idNumber).toUpperCase(),
    name: text(content.deceased.name),
    gender: content.deceased.gender,
  };
  if (content.kind === 'medical-certificate') {
    return {
      ...content,
      deceased,
      placeOfDeath: text(content.placeOfDeath),
      doctor: text(content.doctor),
      causes: content.causes.map((c) => ({
        cause: text(c.cause),
        icd10: text(c.icd10).toUpperCase(),
        interval: text(c.interval),
      })),
    };
  }
  if (content.kind === 'police-proof')
    return {
      ...content,
      deceased,
      placeOfDeath: text(content.placeOfDeath),
      incidentNumber: text(content.incidentNumber),
    };
  if (content.kind === 'burial') return { ...content, deceased, burialPlace: text(content.burialPlace) };
  return { ...content, deceased };
}

/** One current report, as the registry reads it. */
export interface RegistryReport {
  id: string;
  version: number;
  certificateNumber: string;
  institutionName: string;
  issuedAt: string;
  content: ReportContent;
}

export const CONFLICT_FIELDS = ['name', 'dateOfDeath', 'placeOfDeath', 'certifier', 'disposition'] as const;
export type ConflictField = (typeof CONFLICT_FIELDS)[number];

export const CONFLICT_LABELS: Record<ConflictField, Bilingual> = {
  name: { zh: '逝者姓名不一致', en: "The deceased's name differs" },
  dateOfDeath: { zh: '死亡日期不一致', en: 'The date of death differs' },
  placeOfDeath: { zh: '死亡地点不一致', en: 'The place of death differs' },
  certifier: {
    zh: '同时存在医学证明和公安死亡证明',
    en: 'Both a medical certificate and a police proof exist',
  },
  disposition: { zh: '同时存在火化和土葬记录', en: 'Both a cremation and a burial are recorded' },
};

export interface Conflict {
  field: ConflictField;
  /** Each disagreeing report and the value it gives. */
  values: { reportId: string; version: number; value: string }[];
}

/** A reviewer's decision: for this field, this report (at this version) stands. */
export interface Resolution {
  field: ConflictField;
  reportId: string;
  version: number;
}

export type RegistryState = 'reported' | 'verified' | 'conflict';

export interface RegistryConclusion {
  state: RegistryState;
  name: string | null;
  dateOfDeath: string | null;
  placeOfDeath: string | null;
  /** The questionnaire's deathCircumstance: home | hospital | unnatural. */
  circumstance: 'home' | 'hospital' | 'unnatural' | null;
  /** The questionnaire's funeral fact, from a cremation or burial record. */
  funeral: 'cremation' | 'burial' | null;
  conflicts: Conflict[];
  /** What is still missing before the death counts as verified. */
  missing: ReportKind[];
}

function circumstanceOf(content: ReportContent): RegistryConclusion['circumstance'] {
  if (content.kind === 'police-proof') return 'unnatural';
  if (content.kind !== 'medical-certificate') return null;
  return content.placeKind === 'hospital' || content.placeKind === 'on-the-way' ? 'hospital' : 'home';
}

const squash = (value: string) => value.replace(/\s+/g, '').normalize('NFKC');

/**
 * What the reports say together. `regionFuneralMode` is the household region's funeral mode
 * (a cremation area needs a cremation record; a burial area a cremation or a burial record).
 */
export function concludeRegistry(
  reports: readonly RegistryReport[],
  resolutions: readonly Resolution[],
  regionFuneralMode: 'cremation' | 'burial' | null,
): RegistryConclusion {
  const conflicts: Conflict[] = [];
  const chosen = new Map<ConflictField, RegistryReport>();
  const consider = (field: ConflictField, entries: { report: RegistryReport; value: string }[]) => {
    const distinct = new Set(entries.map((e) => squash(e.value)));
    if (distinct.size <= 1) return;
    const decided = resolutions.find(
      (r) =>
        r.field === field &&
        entries.some((e) => e.report.id === r.reportId && e.report.version === r.version),
    );
    if (decided) {
      const report = entries.find((e) => e.report.id === decided.reportId)?.report;
      if (report) chosen.set(field, report);
      return;
    }
    conflicts.push({
      field,
      values: entries.map((e) => ({ reportId: e.report.id, version: e.report.version, value: e.value })),
    });
  };
  consider(
    'name',
    reports.map((report) => ({ report, value: report.content.deceased.name })),
  );
  consider(
    'dateOfDeath',
    reports.map((report) => ({ report, value: report.content.dateOfDeath })),
  );
  const certificates = reports.filter(
    (r) => r.content.kind === 'medical-certificate' || r.content.kind === 'police-proof',
  );
  consider(
    'placeOfDeath',
    certificates.map((report) => ({
      report,
      value: (report.content as MedicalCertificateContent | PoliceProofContent).placeOfDeath,
    })),
  );
  consider(
    'certifier',
    certificates.map((report) => ({ report, value: report.content.kind })),
  );
  const dispositions = reports.filter((r) => r.content.kind === 'cremation' || r.content.kind === 'burial');
  consider(
    'disposition',
    dispositions.map((report) => ({ report, value: report.content.kind })),
  );

  const certificate = chosen.get('certifier') ?? chosen.get('placeOfDeath') ?? certificates[0];
  const disposition = chosen.get('disposition') ?? dispositions[0];
  const pick = (field: ConflictField, fallback: RegistryReport | undefined) => chosen.get(field) ?? fallback;
  const dateSource = pick('dateOfDeath', certificate ?? reports[0]);
  const nameSource = pick('name', certificate ?? reports[0]);
  const placeSource = pick('placeOfDeath', certificate);

  const missing: ReportKind[] = [];
  if (!certificate) missing.push('medical-certificate');
  if (!disposition && regionFuneralMode !== null)
    missing.push(regionFuneralMode === 'burial' ? 'burial' : 'cremation');
  const open = conflicts.length > 0;
  return {
    state: open ? 'conflict' : missing.length === 0 ? 'verified' : 'reported',
    name:
      open && conflicts.some((c) => c.field === 'name') ? null : (nameSource?.content.deceased.name ?? null),
    dateOfDeath: conflicts.some((c) => c.field === 'dateOfDeath')
      ? null
      : (dateSource?.content.dateOfDeath ?? null),
    placeOfDeath:
      conflicts.some((c) => c.field === 'placeOfDeath') || !placeSource
        ? null
        : (placeSource.content as MedicalCertificateContent | PoliceProofContent).placeOfDeath,
    circumstance:
      conflicts.some((c) => c.field === 'certifier') || !certificate
        ? null
        : circumstanceOf(certificate.content),
    funeral:
      conflicts.some((c) => c.field === 'disposition') || !disposition
        ? null
        : disposition.content.kind === 'burial'
          ? 'burial'
          : 'cremation',
    conflicts,
    missing,
  };
}

/** Certificate number prefixes: 医学证明, 公安证明, 火化, 土葬. */
const NUMBER_PREFIX: Record<ReportKind, string> = {
  'medical-certificate': 'YX',
  'police-proof': 'GA',
  cremation: 'HH',
  burial: 'TZ',
};

/** A certificate number: kind, county, issue date and a platform-wide serial — `YX53010220261201000042`. */
export function certificateNumber(
  kind: ReportKind,
  regionCode: string,
  serviceDate: string,
  serial: number,
): string {
  return `${NUMBER_PREFIX[kind]}${regionCode.slice(0, 6)}${serviceDate.replaceAll('-', '')}${String(serial).padStart(6, '0')}`;
}

/**
 * Who the platform contacts first about a death: the registered next of kin on the deceased's
 * household register, closest first (spouse, child, parent, sibling). Pure: given the register's
 * members and how each relates to the deceased.
 */
export function nextOfKinOrder(members: readonly { idNumber: string; relationship: string }[]): string[] {
  const rank: Record<string, number> = { spouse: 0, child: 1, parent: 2, sibling: 3, grandchild: 4 };
  return members
    .filter((m) => Object.hasOwn(rank, m.relationship))
    .toSorted((a, b) => (rank[a.relationship] ?? 9) - (rank[b.relationship] ?? 9))
    .map((m) => m.idNumber);
}
