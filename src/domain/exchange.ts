/**
 * Department exchange (一网流转): how a routed sub-case and a verified death reach the systems of
 * the bodies that act on them, and how their results come back. Pure rules only — which party a
 * message goes to, the retry schedule, what a message says, and the overpayment a late benefit
 * stop implies. The server's `exchange/` folder does the I/O.
 *
 * An exchange party (交换方) is a department's office in a region, or a bank (each bank answers its
 * own small-deposit withdrawals). Each party is reached by one adapter:
 * - `workbench`: its staff use the platform's web workbench (the default for any office not
 *   configured otherwise);
 * - `push`: the platform POSTs each message to the party's endpoint, signed, and the party
 *   answers later through the result API;
 * - `pull`: the party pages through its queue with a cursor, acknowledges what it took, and
 *   answers through the same result API.
 */
import { profileFor } from './bundle.ts';
import type { CatalogContent, CatalogMatter } from './catalog.ts';
import { addCalendarDays as addDays } from './clock.ts';

/** Whole days from `from` to `to` (negative when `to` is earlier). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export const ADAPTERS = ['workbench', 'push', 'pull'] as const;
export type Adapter = (typeof ADAPTERS)[number];

export const ADAPTER_LABELS: Record<Adapter, { zh: string; en: string }> = {
  workbench: { zh: '工作台（人工办理）', en: 'Workbench (staff)' },
  push: { zh: '推送至部门系统', en: 'Pushed to the department system' },
  pull: { zh: '部门系统拉取', en: 'Pulled by the department system' },
};

export const PARTY_KINDS = ['department', 'bank'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/** The party code of a department's office in a region: `medical-insurance:530102`. */
export function departmentPartyCode(departmentCode: string, regionCode: string): string {
  return `${departmentCode}:${regionCode}`;
}

/** A party code is lower-case letters, digits, `-`, `:` and `.`; short enough for a header. */
export const PARTY_CODE = /^[a-z0-9][a-z0-9.:-]{1,62}$/;

export interface PartyCandidate {
  code: string;
  kind: PartyKind;
  departmentCode: string;
  /** The office's region (any level); for a bank, the region it serves through this party. */
  regionCode: string | null;
  /** For a bank: the name its accounts are written under on a form (中国工商银行). */
  bankName: string | null;
  adapter: Adapter;
}

/**
 * The party a message about `departmentCode` in `regionCode` goes to. A bank's own party takes a
 * small-deposit withdrawal at that bank in the region it serves (the form's bank name begins with
 * the bank's name, so a branch matches). Otherwise the department's office for the county, else for the nearest
 * enclosing region (a prefecture's provident fund centre serves its counties); with none
 * configured, the county office's workbench.
 */
export function resolveParty(
  parties: readonly PartyCandidate[],
  target: {
    departmentCode: string;
    regionCode: string;
    regionAncestors: readonly string[];
    bankName?: string;
  },
): { code: string; adapter: Adapter } {
  if (target.bankName) {
    const serves = new Set([target.regionCode, ...target.regionAncestors]);
    const bank = parties
      .filter(
        (p) =>
          p.kind === 'bank' &&
          p.bankName &&
          target.bankName?.startsWith(p.bankName) &&
          (p.regionCode === null || serves.has(p.regionCode)),
      )
      .sort((a, b) => (b.bankName?.length ?? 0) - (a.bankName?.length ?? 0))[0];
    if (bank) return { code: bank.code, adapter: bank.adapter };
  }
  for (const region of [target.regionCode, ...target.regionAncestors]) {
    const office = parties.find(
      (p) => p.kind === 'department' && p.departmentCode === target.departmentCode && p.regionCode === region,
    );
    if (office) return { code: office.code, adapter: office.adapter };
  }
  return { code: departmentPartyCode(target.departmentCode, target.regionCode), adapter: 'workbench' };
}

/** The enclosing regions of a county code, nearest first: 530102 → 530100, 530000. */
export function regionAncestors(regionCode: string): string[] {
  if (!/^\d{6}$/.test(regionCode)) return [];
  const prefecture = `${regionCode.slice(0, 4)}00`;
  const province = `${regionCode.slice(0, 2)}0000`;
  return [prefecture, province].filter((code) => code !== regionCode);
}

/**
 * `sub-case.routed`: a sub-case for the party to handle; `sub-case.supplemented`: the family (or the
 * window) answered the party's request for more information on it; `death.notified`: a verified
 * death, for a benefit the party pays.
 */
export const MESSAGE_KINDS = ['sub-case.routed', 'sub-case.supplemented', 'death.notified'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/**
 * A message's life: `pending` (due at `nextAttemptAt`), `in_flight` (an instance holds a lease
 * while it sends), `delivered` (the party's system took it: a 2xx to a push, an acknowledgement
 * of a pull, or the workbench), `dead` (given up after the attempts allowed, or refused outright
 * by the party; an administrator may replay it).
 */
export const MESSAGE_STATES = ['pending', 'in_flight', 'delivered', 'dead'] as const;
export type MessageState = (typeof MESSAGE_STATES)[number];

export const MESSAGE_STATE_LABELS: Record<MessageState, { zh: string; en: string }> = {
  pending: { zh: '待投递', en: 'Pending' },
  in_flight: { zh: '投递中', en: 'In flight' },
  delivered: { zh: '已送达', en: 'Delivered' },
  dead: { zh: '投递失败（待人工处理）', en: 'Dead-lettered' },
};

export interface RetryPolicy {
  /** The first pause, in milliseconds. */
  baseMs: number;
  /** No pause is longer than this. */
  capMs: number;
  /** After this many failed attempts the message is dead-lettered. */
  maxAttempts: number;
}

/**
 * The pause before attempt `attempt + 1`, after `attempt` failures (1, 2, …): exponential, capped,
 * with "full jitter" (a random share of the ceiling), so parties recovering from an outage are
 * not hit by every instance's backlog at the same moment. `random` is in [0, 1).
 */
export function retryDelayMs(attempt: number, policy: RetryPolicy, random: number): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random);
}

/** What a failed attempt means for the message. */
export function afterFailure(
  attempts: number,
  policy: RetryPolicy,
  failure: { permanent: boolean },
): 'retry' | 'dead' {
  if (failure.permanent) return 'dead';
  return attempts >= policy.maxAttempts ? 'dead' : 'retry';
}

/**
 * How a push party's answer is read: 2xx delivered; 408, 425, 429 and 5xx are worth trying again;
 * any other 4xx means the party will never take this message as it is (a contract mismatch), so
 * trying again would only delay the alert.
 */
export function classifyPushStatus(status: number): 'delivered' | 'retry' | 'permanent' {
  if (status >= 200 && status < 300) return 'delivered';
  if (status === 408 || status === 425 || status === 429 || status >= 500) return 'retry';
  return 'permanent';
}

/** How a party ends a benefit for a deceased, in answer to a death notice. */
export const NOTICE_OUTCOMES = ['terminated', 'not-a-beneficiary'] as const;
export type NoticeOutcome = (typeof NOTICE_OUTCOMES)[number];

export const NOTICE_OUTCOME_LABELS: Record<NoticeOutcome, { zh: string; en: string }> = {
  terminated: { zh: '已终止', en: 'Stopped' },
  'not-a-beneficiary': { zh: '无相关待遇', en: 'No such benefit' },
};

export interface Overpayment {
  /** The first day paid for although the person had died (the day after death). */
  from: string;
  /** The day before the stop took effect. */
  through: string;
  days: number;
}

/**
 * Overpayment guard: a benefit stopped later than the day after death was probably paid for days
 * the person was no longer alive. Returns the gap (for the party to recover and the supervisor to
 * see), or null when the stop took effect in time.
 */
export function overpaymentGap(dateOfDeath: string, effectiveOn: string): Overpayment | null {
  const firstDayAfter = addDays(dateOfDeath, 1);
  const days = daysBetween(firstDayAfter, effectiveOn);
  if (days <= 0) return null;
  return { from: firstDayAfter, through: addDays(effectiveOn, -1), days };
}

/** An acknowledgement's effective date may not be before the death, nor far in the future. */
export function checkEffectiveDate(
  dateOfDeath: string,
  effectiveOn: string,
  today: string,
): 'before-death' | 'too-late' | null {
  if (effectiveOn < dateOfDeath) return 'before-death';
  if (daysBetween(today, effectiveOn) > 366) return 'too-late';
  return null;
}

/**
 * The matters a region's benefit payers act on from the death record alone (信息应用): in its
 * profile, needing no application, and not an issuer's own act. The catalog is the one list.
 */
export function informationUseMatters(catalog: CatalogContent, regionCode: string): CatalogMatter[] {
  const profile = profileFor(catalog, regionCode);
  if (!profile) return [];
  const listed = new Set(profile.matters.map((m) => m.matter));
  return catalog.matters.filter((m) => listed.has(m.code) && m.needsApplication === false && !m.issuedBy);
}
