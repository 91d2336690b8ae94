/**
 * The rows of synthetic history as COPY text (PostgreSQL's text format): each case's plan (see
 * `synthetic-history.ts`) with its personal data sealed as a submission seals it and row ids of
 * its own; the case code is a placeholder until the writer reserves it. Free of database code,
 * so that a worker thread can make batches while the writers write.
 */
import { randomFillSync } from 'node:crypto';
import { chinaDateStamp } from '../../domain/case-code.ts';
import { CONSENT } from '../../domain/consent.ts';
import { findField } from '../../domain/fields.ts';
import { blindIndex, type DataKeys, encryptField, sm3Hex } from '../security/national-crypto.ts';
import type { CasePlan } from './synthetic-history.ts';

/** The submitter of every synthetic case; its idempotency key is the case number. */
export const SYNTHETIC_SUBMITTER = 'synthetic';

// ── COPY text format ─────────────────────────────────────────────────────────────────────────

const NEEDS_ESCAPE = /[\\\t\n\r]/;
function copyText(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

type Cell = string | number | boolean | null;

/**
 * COPY lines written straight into UTF-8 buffers of their own (1 MiB each, whole lines), which a
 * worker thread can hand over without copying.
 */
class LineWriter {
  private buffer: Buffer | null = null;
  private used = 0;
  private readonly chunks: Uint8Array[];
  constructor(chunks: Uint8Array[]) {
    this.chunks = chunks;
  }

  add(cells: readonly Cell[]): void {
    let text = '';
    for (let k = 0; k < cells.length; k++) {
      const cell = cells[k] as Cell;
      if (k > 0) text += '\t';
      text += cell === null ? '\\N' : typeof cell === 'string' ? copyText(cell) : String(cell);
    }
    text += '\n';
    // At most three bytes per UTF-16 unit.
    const room = text.length * 3;
    if (!this.buffer || this.buffer.length - this.used < room) {
      this.end();
      this.buffer = Buffer.allocUnsafeSlow(Math.max(1 << 20, room));
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  end(): void {
    if (this.buffer && this.used > 0) this.chunks.push(this.buffer.subarray(0, this.used));
    this.buffer = null;
    this.used = 0;
  }
}

const instant = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

// The code comes first: its placeholder is at the start of each line.
const CASE_COLUMNS = [
  'code',
  'id',
  'region_code',
  'state',
  'version',
  'channel',
  'submitter_key',
  'idempotency_key',
  'request_digest',
  'deceased_name',
  'deceased_id_number_encrypted',
  'deceased_id_number_index',
  'date_of_death',
  'applicant_name',
  'applicant_phone_encrypted',
  'applicant_relationship',
  'catalog_version',
  'answers',
  'issuer_acts',
  'consent_version',
  'consent_digest',
  'consented_at',
  'proactive',
  'savings',
  'accepted_at',
  'correction',
  'decision_reason',
  'ready_at',
  'delivered_at',
  'delivery_channel',
  'submitted_at',
  'completed_at',
  'updated_at',
] as const;

const SUB_CASE_COLUMNS = [
  'id',
  'case_id',
  'matter_code',
  'department_code',
  'region_code',
  'state',
  'version',
  'fields',
  'decided_at',
  'decision_note',
  'result',
  'clock_started_on',
  'committed_working_days',
  'paused_working_days',
  'paused_since',
  'due_on',
  'ended_on',
  'handled_working_days',
  'created_at',
  'updated_at',
] as const;

const SUPPLEMENT_COLUMNS = [
  'id',
  'sub_case_id',
  'case_id',
  'reason',
  'requested_at',
  'answer_note',
  'answer_channel',
  'answered_at',
] as const;

const RATING_COLUMNS = ['id', 'case_id', 'target', 'level', 'comment', 'channel', 'created_at'] as const;

const FOLLOW_UP_COLUMNS = [
  'id',
  'rating_id',
  'case_id',
  'region_code',
  'department_code',
  'state',
  'due_on',
  'call_back_note',
  'rectification_note',
  'closed_at',
  'created_at',
] as const;

export const TABLES = {
  case: { table: '"case"', columns: CASE_COLUMNS },
  subCase: { table: 'sub_case', columns: SUB_CASE_COLUMNS },
  supplement: { table: 'supplement_request', columns: SUPPLEMENT_COLUMNS },
  rating: { table: 'rating', columns: RATING_COLUMNS },
  followUp: { table: 'follow_up', columns: FOLLOW_UP_COLUMNS },
} as const;
export type TableName = keyof typeof TABLES;

/**
 * A batch ready to write: the COPY text of each table, UTF-8 encoded (so that a worker thread can
 * hand it over without a copy), with a placeholder where each case's code goes.
 */
export interface Batch {
  /** The cases' lines, each beginning with `CODE_PLACEHOLDER`. */
  cases: Uint8Array[];
  /** Per case, in order: the county and day its code is counted under (RRRRRRYYYYMMDD). */
  codeKeys: string[];
  subCase: Uint8Array[];
  supplement: Uint8Array[];
  rating: Uint8Array[];
  followUp: Uint8Array[];
  counts: { cases: number; subCases: number; ratings: number; followUps: number };
  /** Case numbers the batch stands for (those already there included), for the progress. */
  looked: number;
}

/** Where a case's code goes in its line, until the writer has reserved it (21 characters). */
export const CODE_PLACEHOLDER = '0'.repeat(21);

export const COPY_TABLES = ['subCase', 'supplement', 'rating', 'followUp'] as const;

export function emptyBatch(looked = 0): Batch {
  return {
    cases: [],
    codeKeys: [],
    subCase: [],
    supplement: [],
    rating: [],
    followUp: [],
    counts: { cases: 0, subCases: 0, ratings: 0, followUps: 0 },
    looked,
  };
}

export function append(batch: Batch, part: Batch): void {
  batch.cases.push(...part.cases);
  batch.codeKeys.push(...part.codeKeys);
  for (const table of COPY_TABLES) batch[table].push(...part[table]);
  batch.counts.cases += part.counts.cases;
  batch.counts.subCases += part.counts.subCases;
  batch.counts.ratings += part.counts.ratings;
  batch.counts.followUps += part.counts.followUps;
}

/** The buffers of a batch, to transfer to another thread. */
export function batchBuffers(batch: Batch): ArrayBuffer[] {
  return [batch.cases, ...COPY_TABLES.map((t) => batch[t])].flat().map((b) => b.buffer as ArrayBuffer);
}

// ── Row ids ──────────────────────────────────────────────────────────────────────────────────

/**
 * Time-ordered UUIDs (version 7: milliseconds, then a counter, then random bits), so that a bulk
 * load appends to the primary-key and foreign-key indexes instead of writing all over them.
 */
const idRandom = Buffer.alloc(8192);
let idRandomAt = idRandom.length;
let idLastMs = 0;
let idCounter = 0;

export function orderedUuid(): string {
  let ms = Date.now();
  if (ms <= idLastMs) {
    ms = idLastMs;
    idCounter++;
  } else {
    idLastMs = ms;
    idCounter = 0;
  }
  if (idRandomAt + 4 > idRandom.length) {
    randomFillSync(idRandom);
    idRandomAt = 0;
  }
  const random = idRandom.readUInt32BE(idRandomAt);
  idRandomAt += 4;
  const time = ms.toString(16).padStart(12, '0');
  // 12 bits of the counter after the version, 30 after the variant, then 32 random bits.
  const high = Math.floor(idCounter / 0x40000000) & 0xfff;
  const low = idCounter % 0x40000000;
  const variant = 0x80000000 + low;
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${high.toString(16).padStart(3, '0')}-${variant
    .toString(16)
    .slice(0, 4)}-${variant.toString(16).slice(4, 8)}${random.toString(16).padStart(8, '0')}`;
}

// ── Sealing and serialising ──────────────────────────────────────────────────────────────────

const CONSENT_DIGESTS = {
  online: sm3Hex(CONSENT.zh),
  window: sm3Hex(CONSENT.zh + CONSENT.assistedZh),
};

export function serialise(plans: readonly CasePlan[], keys: DataKeys, catalogVersion: string): Batch {
  const batch = emptyBatch();
  const caseText = new LineWriter(batch.cases);
  const subCaseText = new LineWriter(batch.subCase);
  const supplementText = new LineWriter(batch.supplement);
  const ratingText = new LineWriter(batch.rating);
  const followUpText = new LineWriter(batch.followUp);
  for (const plan of plans) {
    const caseId = orderedUuid();
    // One ciphertext per value and case: the sub-cases of a case share them.
    const sealed = new Map<string, string>();
    const seal = (value: string) => {
      let cipher = sealed.get(value);
      if (cipher === undefined) {
        cipher = encryptField(keys, value);
        sealed.set(value, cipher);
      }
      return cipher;
    };
    const values: Record<string, string | null> = {
      'deceased.name': plan.deceased.name,
      'deceased.idNumber': plan.deceased.idNumber,
      'deceased.dateOfBirth': plan.deceased.dateOfBirth,
      'deceased.dateOfDeath': plan.deceased.dateOfDeath,
      'deceased.placeOfDeath': plan.deceased.placeOfDeath,
      'deceased.deathCircumstance': plan.deceased.circumstance,
      'deceased.funeralMode': plan.deceased.funeralMode,
      'deceased.drivingLicenceNumber': plan.deceased.idNumber,
      'applicant.name': plan.applicant.name,
      'applicant.idNumber': plan.applicant.idNumber,
      'applicant.phone': plan.applicant.phone,
      'applicant.relationship': plan.applicant.relationship,
      'payee.accountHolder': plan.payee.holder,
      'payee.bankName': plan.payee.bankName,
      'payee.accountNumber': plan.payee.accountNumber,
      'deposit.bankName': plan.depositBank,
    };
    const submittedAt = instant(plan.submittedAt);
    batch.codeKeys.push(plan.regionCode + chinaDateStamp(new Date(plan.submittedAt)));
    caseText.add([
      CODE_PLACEHOLDER,
      caseId,
      plan.regionCode,
      plan.state,
      plan.version,
      plan.channel,
      SYNTHETIC_SUBMITTER,
      String(plan.index),
      sm3Hex(`${SYNTHETIC_SUBMITTER}:${plan.index}`),
      plan.deceased.name,
      seal(plan.deceased.idNumber),
      blindIndex(keys, plan.deceased.idNumber),
      plan.deceased.dateOfDeath,
      plan.applicant.name,
      seal(plan.applicant.phone),
      plan.applicant.relationship,
      catalogVersion,
      json(plan.answers),
      json(plan.issuerActs),
      CONSENT.version,
      CONSENT_DIGESTS[plan.channel],
      submittedAt,
      plan.proactive,
      json(plan.savings),
      instant(plan.acceptedAt),
      json(plan.correction),
      plan.decisionReason,
      instant(plan.readyAt),
      instant(plan.deliveredAt),
      plan.deliveryChannel,
      submittedAt,
      instant(plan.deliveredAt),
      instant(plan.updatedAt),
    ]);
    batch.counts.cases++;
    for (const sub of plan.subCases) {
      // Only the fields the matter declares, with personal identifiers encrypted.
      const fields: Record<string, string> = {};
      for (const key of sub.matter.fields) {
        const value = values[key];
        if (value === undefined || value === null || value === '') continue;
        fields[key] = findField(key)?.sensitive ? seal(value) : value;
      }
      const subCaseId = orderedUuid();
      subCaseText.add([
        subCaseId,
        caseId,
        sub.matter.code,
        sub.matter.department,
        plan.regionCode,
        sub.state,
        sub.version,
        JSON.stringify(fields),
        instant(sub.decidedAt),
        sub.decisionNote,
        json(sub.result),
        sub.clockStartedOn,
        sub.committedWorkingDays,
        sub.pausedWorkingDays,
        sub.pausedSince,
        sub.dueOn,
        sub.endedOn,
        sub.handledWorkingDays,
        submittedAt,
        instant(sub.updatedAt),
      ]);
      batch.counts.subCases++;
      const asked = sub.supplement;
      if (asked) {
        supplementText.add([
          orderedUuid(),
          subCaseId,
          caseId,
          asked.reason,
          instant(asked.requestedAt),
          asked.answeredAt === null ? null : '已按要求补充',
          asked.answerChannel,
          instant(asked.answeredAt),
        ]);
      }
    }
    for (const rating of plan.ratings) {
      const ratingId = orderedUuid();
      const createdAt = instant(rating.createdAt);
      ratingText.add([
        ratingId,
        caseId,
        rating.target,
        rating.level,
        rating.comment,
        rating.channel,
        createdAt,
      ]);
      batch.counts.ratings++;
      const followUp = rating.followUp;
      if (!followUp) continue;
      followUpText.add([
        orderedUuid(),
        ratingId,
        caseId,
        plan.regionCode,
        followUp.departmentCode,
        followUp.state,
        followUp.dueOn,
        followUp.callBackNote,
        followUp.rectificationNote,
        instant(followUp.closedAt),
        createdAt,
      ]);
      batch.counts.followUps++;
    }
  }
  for (const writer of [caseText, subCaseText, supplementText, ratingText, followUpText]) writer.end();
  return batch;
}
