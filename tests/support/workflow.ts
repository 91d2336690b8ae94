/**
 * Small helpers to move a case along the workflow through the HTTP API in tests. A case comes in
 * the way every case does — through a draft: questionnaire answers, the merged form, materials,
 * submission — for a made-up deceased of its own, since a person has one open case at a time.
 */
import sharp from 'sharp';
import { mod11_2CheckChar } from '../../src/domain/case-code.ts';
import { CONSENT } from '../../src/domain/consent.ts';
import type { TestApp } from './test-app.ts';

let sequence = 0;
const run = Math.floor(Math.random() * 9000);

/**
 * A distinct, valid resident ID number for a made-up deceased, registered in `region` and born in
 * the 1930s–1950s (never one of the sandbox registry's people, whose order codes are below 100).
 */
export function newDeceasedIdNumber(region = '530102'): string {
  sequence += 1;
  const n = run * 1000 + sequence;
  const birth = new Date(Date.UTC(1930, 0, 1) + (n % 7000) * 86_400_000);
  const order = String(100 + (Math.floor(n / 7000) % 900)).padStart(3, '0');
  const body = `${region}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${order}`;
  return body + mod11_2CheckChar(body);
}

/** Answers to every question a county may ask; a county asks only its own. */
export const DEFAULT_ANSWERS: Record<string, string> = {
  deathCircumstance: 'unnatural',
  funeral: 'burial',
  crematedInCounty: 'yes',
  insuredInCountyCentre: 'yes',
  householdLocal: 'yes',
  workInjury: 'no',
  staffType: 'none',
  medicalInsurance: 'none',
  providentFund: 'no',
  socialAssistance: 'no',
  disabilitySubsidy: 'no',
  veteran: 'no',
  drivingLicence: 'no',
  notarisedWill: 'no',
  deposits: 'no',
  companyShares: 'no',
  relationship: 'child',
};

/** Values typed for a deceased the registries do not know. */
const APPLICANT_ID = '53010219800101123';

export const DEFAULT_VALUES: Record<string, string> = {
  'applicant.name': '王小明',
  'applicant.idNumber': APPLICANT_ID + mod11_2CheckChar(APPLICANT_ID),
  'deceased.name': '王建国',
  'deceased.dateOfDeath': '2026-11-01',
  'deceased.placeOfDeath': '昆明市五华区家中',
  'applicant.phone': '13912345678',
};

let png: Buffer | undefined;
/** A small photo, as a phone would upload for a material. */
export async function samplePhoto(): Promise<Buffer> {
  png ??= await sharp({ create: { width: 320, height: 240, channels: 3, background: '#e8e4dc' } })
    .png()
    .toBuffer();
  return png;
}

/** An instance the helpers can talk to: a test app, or one of several instances. */
type Target = Pick<TestApp, 'api' | 'url'>;

/**
 * Starts an application for 王建国, whom the sandbox population registry knows, as the
 * questionnaire's 开始填写 does for the demo citizen: its first screens hold only certified values.
 * Returns the draft's id.
 */
export async function startDemoDraft(app: Target, cookie: string): Promise<string> {
  const started = await app.api('/api/v1/drafts', {
    cookie,
    body: {
      regionCode: '530102',
      deceasedIdNumber: '530102194001050019',
      answers: { notarisedWill: 'no', deposits: 'no', companyShares: 'no' },
    },
  });
  if (started.status !== 201)
    throw new Error(`draft start failed: ${started.status} ${JSON.stringify(started.body)}`);
  return (started.body as { id: string }).id;
}

export async function uploadToDraft(
  app: Target,
  cookie: string,
  draftId: string,
  materialCode: string,
  content?: Buffer,
  filename = 'photo.png',
) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content ?? (await samplePhoto()))]), filename);
  const response = await fetch(`${app.url}/api/v1/drafts/${draftId}/materials/${materialCode}`, {
    method: 'POST',
    headers: { cookie },
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

export interface SubmitOptions {
  regionCode?: string;
  deceasedIdNumber?: string;
  answers?: Record<string, string>;
  values?: Record<string, string>;
  /** For the window: the applicant's ID number (assisted application). */
  applicantIdNumber?: string;
  /** Materials left without an upload. */
  skipMaterials?: string[];
}

type Draft = {
  id: string;
  version: number;
  form: { fields: { key: string; value: string; input: string; options: { value: string }[] }[] }[];
  materials: { code: string; satisfied: boolean }[];
};

/**
 * Start a draft with the questionnaire answered, fill what the registries did not, upload a photo
 * for every material still missing. Returns the draft ready to submit.
 */
export async function prepareDraft(app: Target, cookie: string, options: SubmitOptions = {}): Promise<Draft> {
  const regionCode = options.regionCode ?? '530102';
  const started = await app.api('/api/v1/drafts', {
    cookie,
    body: {
      regionCode,
      answers: { ...DEFAULT_ANSWERS, ...options.answers },
      deceasedIdNumber: options.deceasedIdNumber ?? newDeceasedIdNumber(regionCode.slice(0, 6)),
      ...(options.applicantIdNumber ? { applicantIdNumber: options.applicantIdNumber } : {}),
    },
  });
  if (started.status !== 201)
    throw new Error(`draft start failed: ${started.status} ${JSON.stringify(started.body)}`);
  let draft = started.body as Draft;
  const values: Record<string, string> = {};
  for (const field of draft.form.flatMap((g) => g.fields)) {
    const wanted = options.values?.[field.key] ?? (field.value ? undefined : DEFAULT_VALUES[field.key]);
    if (wanted !== undefined && wanted !== field.value) values[field.key] = wanted;
  }
  if (Object.keys(values).length > 0) {
    const saved = await app.api(`/api/v1/drafts/${draft.id}`, {
      method: 'PATCH',
      cookie,
      body: { version: draft.version, values },
    });
    if (saved.status !== 200)
      throw new Error(`draft save failed: ${saved.status} ${JSON.stringify(saved.body)}`);
    draft = saved.body;
  }
  for (const material of draft.materials.filter(
    (m) => !m.satisfied && !options.skipMaterials?.includes(m.code),
  )) {
    const uploaded = await uploadToDraft(app, cookie, draft.id, material.code);
    if (uploaded.status !== 200 && uploaded.status !== 201)
      throw new Error(`upload failed: ${uploaded.status} ${JSON.stringify(uploaded.body)}`);
  }
  return (await app.api(`/api/v1/drafts/${draft.id}`, { cookie })).body as Draft;
}

export async function submitDraft(
  app: Target,
  cookie: string,
  draft: { id: string; version: number },
  options: { assisted?: boolean; idempotencyKey?: string } = {},
) {
  return app.api(`/api/v1/drafts/${draft.id}/submit`, {
    cookie,
    headers: { 'idempotency-key': options.idempotencyKey ?? `k-${crypto.randomUUID()}` },
    body: {
      version: draft.version,
      declaration: { version: CONSENT.version, accepted: true },
      ...(options.assisted ? { assistedConsent: true } : {}),
    },
  });
}

export type SubmittedCase = {
  id: string;
  code: string;
  version: number;
  state: string;
  subCases: { id: string; matterCode: string; departmentCode: string; state: string; version: number }[];
} & Record<string, unknown>;

/** A family member applies online for a deceased of their own; returns the case as they see it. */
export async function submit(
  app: TestApp,
  cookie: string,
  options: SubmitOptions = {},
): Promise<SubmittedCase> {
  const draft = await prepareDraft(app, cookie, options);
  const response = await submitDraft(app, cookie, draft);
  if (response.status !== 201)
    throw new Error(`submit failed: ${response.status} ${JSON.stringify(response.body)}`);
  const code = response.body.code as string;
  const detail = await app.api(`/api/v1/cases/${code}`, { cookie });
  return detail.body as SubmittedCase;
}

// biome-ignore lint/suspicious/noExplicitAny: tests read JSON bodies of many shapes
type Json = any;

/** The sub-case of one matter. */
export function subCaseOf(detail: { subCases: Json[] }, matterCode: string): Json {
  const found = detail.subCases.find((s: { matterCode: string }) => s.matterCode === matterCode);
  if (!found)
    throw new Error(
      `no sub-case for ${matterCode} in ${detail.subCases.map((s: { matterCode: string }) => s.matterCode)}`,
    );
  return found;
}

/** The household-registration cancellation (户口注销) every case carries, handled by the police. */
export const hukouOf = (detail: { subCases: Json[] }): Json =>
  subCaseOf(detail, 'household-registration-cancellation');

/**
 * Every row of the department's list for `state`, following the cursor page after page (the
 * list comes a page at a time), checked against the total each page reports.
 */
export async function departmentSubCases(
  app: Target,
  cookie: string,
  state = 'pending',
  limit = 200,
): Promise<Json[]> {
  const items: Json[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 1000; pages++) {
    const query = new URLSearchParams({ state, limit: String(limit), ...(cursor ? { cursor } : {}) });
    const response = await app.api(`/api/v1/department/sub-cases?${query}`, { cookie });
    if (response.status !== 200)
      throw new Error(`department list failed: ${response.status} ${JSON.stringify(response.body)}`);
    items.push(...response.body.items);
    cursor = response.body.nextCursor;
    if (cursor === null) {
      if (items.length !== response.body.total)
        throw new Error(`department list gave ${items.length} rows of ${response.body.total}`);
      return items;
    }
  }
  throw new Error('department list did not end');
}

/** The county's window clerk accepts the case (受理). */
export async function accept(app: TestApp, caseId: string, region = '530102') {
  const clerk = await app.signInStaff(`window-${region}`);
  const view = await app.api(`/api/v1/window/cases/${caseId}`, { cookie: clerk });
  const accepted = await app.api(`/api/v1/window/cases/${caseId}/accept`, {
    cookie: clerk,
    body: { version: view.body.version },
  });
  if (accepted.status !== 200)
    throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return accepted.body;
}

/** A department approver claims the sub-case and completes it with the given result. */
export async function claimAndComplete(
  app: TestApp,
  cookie: string,
  subCaseId: string,
  result: Record<string, unknown> | string = '2026-11-20',
) {
  const opened = await app.api(`/api/v1/department/sub-cases/${subCaseId}`, { cookie });
  const claimed = await app.api(`/api/v1/department/sub-cases/${subCaseId}/claim`, {
    cookie,
    body: { version: opened.body.version },
  });
  if (claimed.status !== 200)
    throw new Error(`claim failed: ${claimed.status} ${JSON.stringify(claimed.body)}`);
  const completed = await app.api(`/api/v1/department/sub-cases/${subCaseId}/complete`, {
    cookie,
    body: {
      version: claimed.body.version,
      result: typeof result === 'string' ? { type: 'cancellation', cancelledOn: result } : result,
    },
  });
  if (completed.status !== 200)
    throw new Error(`complete failed: ${completed.status} ${JSON.stringify(completed.body)}`);
  return completed.body;
}

/** The demo approver of each department in 五华区 (530102). */
export const APPROVER: Record<string, string> = {
  'public-security': 'police',
  'civil-affairs': 'civil',
  'human-resources': 'hrss',
  'medical-insurance': 'medins',
  'housing-fund': 'fund',
  justice: 'justice',
  'market-regulation': 'market',
  'financial-regulation': 'bank',
  'disabled-federation': 'cdpf',
  'veterans-affairs': 'veterans',
};

/** A result of the matter's type, as the department would record it. */
export function resultFor(matterCode: string): Record<string, unknown> {
  if (matterCode.endsWith('-check') || matterCode.endsWith('-inquiry'))
    return {
      type: 'inquiry-result',
      documentNumber: `INQ-${matterCode.slice(0, 8)}`,
      summary: '未查询到遗嘱公证记录',
    };
  if (matterCode.endsWith('-cancellation') || matterCode === 'medical-insurance-stop')
    return { type: 'cancellation', cancelledOn: '2026-11-20' };
  if (matterCode.endsWith('-termination')) return { type: 'termination', effectiveOn: '2026-11-20' };
  return { type: 'certificate', documentNumber: `DOC-${matterCode.slice(0, 8)}`, issuedOn: '2026-11-20' };
}

/** Every department of an accepted case completes its sub-case, so the case becomes ready (待出件). */
export async function completeAll(app: TestApp, detail: SubmittedCase, region = '530102') {
  for (const sub of detail.subCases) {
    const who = APPROVER[sub.departmentCode];
    if (!who) throw new Error(`no demo approver for ${sub.departmentCode}`);
    const cookie = await app.signInStaff(`${who}-${region}`);
    await claimAndComplete(app, cookie, sub.id, resultFor(sub.matterCode));
  }
}
