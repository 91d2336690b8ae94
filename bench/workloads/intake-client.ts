/**
 * The intake workload's client: what a family's client sends, step by step, over HTTP. Runs in the
 * client worker thread (harness/client-worker.ts); the main thread calls these functions by name.
 * Drafts started here are kept, by application index, for the next call (prepare, then submit).
 *
 *   start   POST  /api/v1/drafts                     region, answers, the deceased's ID number
 *   save    PATCH /api/v1/drafts/:id                 the values the family types
 *   upload  POST  /api/v1/drafts/:id/materials/:code one per material the draft still lists as missing
 *   submit  POST  /api/v1/drafts/:id/submit          with an Idempotency-Key
 */
import { performance } from 'node:perf_hooks';
import { crc32 } from 'node:zlib';
import { CONSENT } from '../../src/domain/consent.ts';
import { runAtRate, runPool, tally } from '../harness/stats.ts';
import { applicationFor } from './intake-data.ts';

export const STEPS = ['start', 'save', 'upload', 'submit'] as const;
export type Step = (typeof STEPS)[number];

export interface ClientSetup {
  url: string;
  /** One session cookie per citizen; application i is made by citizen i mod length. */
  cookies: string[];
  /** The photo uploaded for every material (each upload a file of its own: `photoFor`). */
  photo: Uint8Array;
  /** Distinguishes this app run's idempotency keys and files. */
  tag: string;
  regions: string[];
}

export interface PhaseOrder {
  /** Applications from, from + count − 1. */
  from: number;
  count: number;
  concurrency: number;
}

export interface PhaseReport {
  latencies: number[];
  wallMs: number;
  /** How each case ended: `201`, or the step and status that stopped it. */
  statuses: Record<string, number>;
  firstError: string | null;
  /** Each step's latencies (application: one entry per upload). */
  steps: Record<Step, number[]>;
  /** Uploads each case made, and materials the server attached at start (e-licence, shared data). */
  uploads: number[];
  attachedAtStart: number[];
  /** The code of each case made, by application index. */
  codes: Record<number, string>;
}

export interface RateReport extends PhaseReport {
  sendWindowMs: number;
  /** How late each request left against its schedule (ms). */
  lateSendsMs: number[];
}

interface DraftView {
  id: string;
  version: number;
  form: { fields: { key: string; value: string }[] }[];
  materials: { code: string; items: { kind: string }[] }[];
  problems: { field: string }[];
}

class StepFailed extends Error {
  readonly key: string;
  constructor(step: Step, status: number, body: string) {
    super(`${step}: ${status} ${body.slice(0, 300)}`);
    this.key = `${step} ${status}`;
  }
}

let setup: ClientSetup | null = null;
const drafts = new Map<number, DraftView>();

export function configure(next: ClientSetup) {
  setup = next;
  drafts.clear();
}

const current = () => {
  if (!setup) throw new Error('configure the client first');
  return setup;
};

/**
 * The photo with a PNG text chunk naming the upload: still a valid 320×240 PNG, but bytes of its
 * own, so every upload is a new file to seal and store, as a family's photos would be.
 */
function photoFor(photo: Uint8Array, note: string): Uint8Array<ArrayBuffer> {
  const end = photo.length - 12; // the IEND chunk
  const data = Buffer.from(`Comment\0${note}`, 'latin1');
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write('tEXt', 4, 'latin1');
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)) >>> 0, 8 + data.length);
  return new Uint8Array(Buffer.concat([photo.subarray(0, end), chunk, photo.subarray(end)]));
}

async function send(
  step: Step,
  i: number,
  path: string,
  init: { method?: string; json?: unknown; form?: FormData; headers?: Record<string, string> },
): Promise<{ status: number; body: DraftView }> {
  const { url, cookies } = current();
  const headers: Record<string, string> = { cookie: cookies[i % cookies.length] as string, ...init.headers };
  let body: string | FormData | undefined = init.form;
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  }
  const response = await fetch(`${url}${path}`, { method: init.method ?? 'POST', headers, body });
  const text = await response.text();
  if (response.status >= 300) throw new StepFailed(step, response.status, text);
  return { status: response.status, body: JSON.parse(text) as DraftView };
}

const draftOf = (i: number) => {
  const draft = drafts.get(i);
  if (!draft) throw new Error(`application ${i} has no draft`);
  return draft;
};

/** Each step for application i; each returns what the report keeps. */
interface Done {
  status: number;
  uploads?: number;
  attached?: number;
  /** Latency of each request the step sent, when it sent several (uploads). */
  times?: number[];
  code?: string;
}

const act: Record<Step, (i: number) => Promise<Done>> = {
  async start(i) {
    const { cookies, regions } = current();
    const application = applicationFor(i, i % cookies.length, regions);
    const { status, body } = await send('start', i, '/api/v1/drafts', {
      json: {
        regionCode: application.regionCode,
        answers: application.answers,
        deceasedIdNumber: application.deceasedIdNumber,
      },
    });
    drafts.set(i, body);
    const attached = body.materials.filter((m) => m.items.some((item) => item.kind !== 'upload')).length;
    return { status, attached };
  },
  // Type what the registries and the identity left empty, as the family would.
  async save(i) {
    const { cookies, regions } = current();
    const application = applicationFor(i, i % cookies.length, regions);
    const draft = draftOf(i);
    const values: Record<string, string> = {};
    for (const field of draft.form.flatMap((g) => g.fields)) {
      const wanted = application.values[field.key];
      if (!field.value && wanted !== undefined) values[field.key] = wanted;
    }
    if (Object.keys(values).length === 0) return { status: 200 };
    const { status, body } = await send('save', i, `/api/v1/drafts/${draft.id}`, {
      method: 'PATCH',
      json: { version: draft.version, values },
    });
    drafts.set(i, body);
    return { status };
  },
  // Upload what the draft says is still missing (not what shared data or an e-licence stands in for).
  async upload(i) {
    const draft = draftOf(i);
    const missing = draft.materials.filter((m) =>
      draft.problems.some((p) => p.field === `materials.${m.code}`),
    );
    let status = 200;
    const times: number[] = [];
    for (const material of missing) {
      const form = new FormData();
      const photo = photoFor(current().photo, `${current().tag}-${i}-${material.code}`);
      form.append('file', new Blob([photo], { type: 'image/png' }), 'photo.png');
      const t0 = performance.now();
      const answer = await send('upload', i, `/api/v1/drafts/${draft.id}/materials/${material.code}`, {
        form,
      });
      times.push(performance.now() - t0);
      drafts.set(i, answer.body);
      status = answer.status;
    }
    return { status, uploads: missing.length, times };
  },
  async submit(i) {
    const draft = draftOf(i);
    const { status, body } = await send('submit', i, `/api/v1/drafts/${draft.id}/submit`, {
      headers: { 'idempotency-key': `bench-${current().tag}-${i}` },
      json: { version: draft.version, declaration: { version: CONSENT.version, accepted: true } },
    });
    drafts.delete(i);
    return { status, code: (body as unknown as { code: string }).code };
  },
};
function newReport(): PhaseReport {
  return {
    latencies: [],
    wallMs: 0,
    statuses: {},
    firstError: null,
    steps: { start: [], save: [], upload: [], submit: [] },
    uploads: [],
    attachedAtStart: [],
    codes: {},
  };
}

/** Run `steps` in order for one application, recording each step and how the application ended. */
async function runSteps(report: PhaseReport, i: number, steps: readonly Step[]): Promise<void> {
  let last = 0;
  try {
    for (const step of steps) {
      const t0 = performance.now();
      const done = await act[step](i);
      report.steps[step].push(...(done.times ?? [performance.now() - t0]));
      if (done.uploads !== undefined) report.uploads.push(done.uploads);
      if (done.attached !== undefined) report.attachedAtStart.push(done.attached);
      if (done.code !== undefined) report.codes[i] = done.code;
      last = done.status;
    }
    tally(report.statuses, String(last));
  } catch (error) {
    report.firstError ??= error instanceof Error ? error.message : String(error);
    tally(report.statuses, error instanceof StepFailed ? error.key : 'no answer');
  }
}

/** Applications from … from+count−1, C in flight, each through `steps`; timed per application. */
async function phase(order: PhaseOrder, steps: readonly Step[]): Promise<PhaseReport> {
  const report = newReport();
  const { latencies, wallMs } = await runPool(order.count, order.concurrency, (k) =>
    runSteps(report, order.from + k, steps),
  );
  return { ...report, latencies, wallMs };
}

/** Start, save and upload: a draft ready to submit. */
export const prepare = (order: PhaseOrder) => phase(order, ['start', 'save', 'upload']);
/** Submit drafts prepared before. */
export const submit = (order: PhaseOrder) => phase(order, ['submit']);
/** The whole path, start to submit. */
export const apply = (order: PhaseOrder) => phase(order, STEPS);
/** One step alone (for counting what each request sends to the database). */
export const step = (order: PhaseOrder & { step: Step }) => phase(order, [order.step]);

/** Submit prepared drafts arriving at `rate` per second, open loop. */
export async function submitAtRate(order: {
  from: number;
  count: number;
  rate: number;
}): Promise<RateReport> {
  const report = newReport();
  const run = await runAtRate(order.count, order.rate, (k) => runSteps(report, order.from + k, ['submit']));
  return { ...report, ...run };
}
