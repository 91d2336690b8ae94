/**
 * Simulated department and bank systems that take part in the exchange the way a real
 * integrator's would, over real HTTP:
 * - a push party has an endpoint (`/parties/<code>/messages` on one server for all of them) that
 *   checks the platform's signature, stores each message by its id and answers 200 — also for a
 *   repeat of an id already stored, which is the receiver's half of "exactly once in effect";
 * - a pull party pages through its queue with the cursor, stores what it gets and acknowledges it;
 * - either answers what it stored through the exchange API: a routed sub-case with a result of
 *   the matter's type, a death notice with the date its benefit stopped.
 * Failures can be injected: latency, a share of 503s, and outages (500s, replies that never come,
 * connections reset), on a schedule or switched at run time. Every call to the platform goes
 * through the client typed by the exchange API's OpenAPI description.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { addCalendarDays, serviceDate } from '../domain/clock.ts';
import { sm3Hex } from '../server/security/national-crypto.ts';
import {
  createExchangeClient,
  type ExchangeClient,
  type ExchangeCredential,
  type ExchangeMessage,
  verifyPush,
} from './client.ts';
import type { components } from './exchange-api.d.ts';

export type OutageKind = 'status500' | 'timeout' | 'reset';

export interface ScheduledOutage {
  /** Milliseconds after the simulator started. */
  fromMs: number;
  toMs: number;
  kind: OutageKind;
}

export interface PartyBehaviour {
  /** A push is answered (a pull page processed) after a pause drawn from [min, max] ms. */
  latencyMs?: [number, number];
  /**
   * Share of pushes (0..1) answered 503 without being stored; for a pull party, the share of pages
   * stored but not acknowledged (as if the system stopped before it acknowledged them).
   */
  errorRate?: number;
  /**
   * Periods the system is down. A push party then answers 500 (`status500`), reads the message
   * and never replies (`timeout`: the message is taken in, the reply is lost, so the platform
   * sends it again), or drops the connection (`reset`). A pull party does not poll.
   */
  outages?: ScheduledOutage[];
}

export interface PartyAnswerSettings {
  /** Pause between storing a message and answering it. */
  delayMs?: number;
  /** A death notice's stop takes effect this many days after the day after death (default 0). */
  overpaymentDays?: number;
  /** Send each answer this many times with the same Idempotency-Key (a lost reply; default 1). */
  repeat?: number;
  /** Attempts per answer while the platform is unreachable or failing (default 4). */
  attempts?: number;
  /** Pause between attempts (default 2000 ms). */
  retryPauseMs?: number;
  /** Store and acknowledge, but never answer. */
  disabled?: boolean;
}

export interface SimulatedParty {
  code: string;
  mode: 'push' | 'pull';
  /** The credential the party signs its calls to the exchange API with. */
  credential: ExchangeCredential;
  /** The key the platform signs its pushes with (push mode). */
  pushKey?: ExchangeCredential;
  /** How often a pull party looks for messages (default 1000 ms). */
  pollMs?: number;
  behaviour?: PartyBehaviour;
  answer?: PartyAnswerSettings;
}

export interface SimulatorOptions {
  /** The platform's base URL, e.g. http://127.0.0.1:3000. */
  platformUrl: string;
  /** Where the push endpoints listen (default 127.0.0.1 and a free port). */
  host?: string;
  port?: number;
  parties?: SimulatedParty[];
  /** Where notable events are written (answer failures, refused pushes); default nowhere. */
  log?: (line: string) => void;
  /** A source of randomness in [0, 1), for latency and error injection (default Math.random). */
  random?: () => number;
}

export interface StoredMessage {
  id: string;
  kind: ExchangeMessage['kind'];
  /** The sub-case or death notice the message carries. */
  subjectId: string | null;
  firstReceivedAt: Date;
  receipts: number;
  answer: 'pending' | 'answered' | 'failed' | 'skipped' | 'disabled';
  answerError: string | null;
  answeredAt: Date | null;
  message: ExchangeMessage;
}

export interface PartyStats {
  code: string;
  mode: 'push' | 'pull';
  /** Deliveries that reached the system (pushes taken in, pulled items), repeats included. */
  received: number;
  /** Deliveries of a message already stored. */
  duplicates: number;
  /** Distinct messages stored. */
  stored: number;
  answered: number;
  answerFailures: number;
  /** Answers sent again with the same key that the platform recognised as repeats. */
  answerReplays: number;
  /** Messages stored without an answer (already decided, or of no known kind). */
  answerSkipped: number;
  /** Pushes refused for a signature that did not verify. */
  refused: number;
  /** Pull pages, and pull calls that failed (platform unreachable or refusing). */
  polls: number;
  pollFailures: number;
  acknowledged: number;
  injected: {
    status500: number;
    timeout: number;
    reset: number;
    error503: number;
    /** Pull pages stored but not acknowledged on purpose. */
    ackSkipped: number;
    /** Pull rounds skipped during an outage. */
    pollsSkipped: number;
  };
  outage: OutageKind | null;
}

export interface SimulatorHandle {
  /** Base URL of the push server, e.g. http://127.0.0.1:41234. */
  url: string;
  /** The push endpoint to configure for a party. */
  endpointFor(code: string): string;
  /** Adds a party after start (its pull loop starts at once). */
  addParty(party: SimulatedParty): void;
  /** Switches an outage on (or off with null) now; it takes precedence over the schedule. */
  setOutage(code: string, kind: OutageKind | null): void;
  stats(): PartyStats[];
  statsFor(code: string): PartyStats;
  /** The messages a party stored, oldest first. */
  messages(code: string): StoredMessage[];
  /** Deliveries per message id. */
  receipts(code: string): Map<string, number>;
  /** Resolves when no answer is waiting or in flight. */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

type CompletionResult = components['schemas']['CompletionResult'];

/** How many answers of one party are sent at once. */
const ANSWER_CONCURRENCY = 4;
const PULL_LIMIT = 50;
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** A short, stable prefix for a department's own record numbers. */
const RECORD_PREFIX: Record<string, string> = {
  'medical-insurance': 'YB',
  'housing-fund': 'GJJ',
  'financial-regulation': 'YH',
  'public-security': 'GA',
  'civil-affairs': 'MZ',
  'human-resources': 'RS',
  justice: 'SF',
  'market-regulation': 'SJ',
  'disabled-federation': 'CL',
  'veterans-affairs': 'TY',
};

/** A record number of the party's own system, stable for one subject. */
function recordNumber(departmentCode: string, today: string, subjectId: string): string {
  const prefix = RECORD_PREFIX[departmentCode] ?? 'BM';
  const serial = Number.parseInt(sm3Hex(subjectId).slice(0, 8), 16) % 1_000_000;
  return `${prefix}-${today.replaceAll('-', '')}-${String(serial).padStart(6, '0')}`;
}

/** The result a department's system records for a sub-case of this result type (null: unknown type). */
export function simulatedResult(
  subCase: { id: string; departmentCode: string; resultType: string | null },
  today: string,
): CompletionResult | null {
  const documentNumber = recordNumber(subCase.departmentCode, today, subCase.id);
  switch (subCase.resultType) {
    case 'certificate':
      return { type: 'certificate', documentNumber, issuedOn: today };
    case 'cancellation':
      return { type: 'cancellation', cancelledOn: today, documentNumber };
    case 'payment': {
      const cents = 100_000 + (Number.parseInt(sm3Hex(`amount:${subCase.id}`).slice(0, 8), 16) % 5_000_000);
      return { type: 'payment', amountYuan: (cents / 100).toFixed(2), paidOn: today };
    }
    case 'inquiry-result':
      return {
        type: 'inquiry-result',
        documentNumber,
        summary: '经本系统查询，未发现逝者名下的相关登记记录。',
      };
    case 'termination':
      return { type: 'termination', effectiveOn: today };
    default:
      return null;
  }
}

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|localhost|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/i;

/** Whether a host name or address is the loopback interface. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host.replace(/^\[|\]$/g, ''));
}

interface PartyState {
  party: SimulatedParty;
  client: ExchangeClient;
  stats: PartyStats;
  stored: Map<string, StoredMessage>;
  receipts: Map<string, number>;
  runtimeOutage: OutageKind | null | undefined;
  answersRunning: number;
  answerQueue: (() => Promise<void>)[];
  loop: Promise<void> | null;
}

function emptyStats(party: SimulatedParty): PartyStats {
  return {
    code: party.code,
    mode: party.mode,
    received: 0,
    duplicates: 0,
    stored: 0,
    answered: 0,
    answerFailures: 0,
    answerReplays: 0,
    answerSkipped: 0,
    refused: 0,
    polls: 0,
    pollFailures: 0,
    acknowledged: 0,
    injected: { status500: 0, timeout: 0, reset: 0, error503: 0, ackSkipped: 0, pollsSkipped: 0 },
    outage: null,
  };
}

const errorText = (error: unknown): string =>
  error instanceof Error
    ? error.cause instanceof Error
      ? `${error.message}: ${error.cause.message}`
      : error.message
    : String(error);

/** The code of an exchange API error body, or the status. */
function failureOf(status: number, body: unknown): string {
  const code = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
  return typeof code === 'string' ? `HTTP ${status} ${code}` : `HTTP ${status}`;
}

const worthRetrying = (status: number) => status === 408 || status === 429 || status >= 500;

export async function startSimulator(options: SimulatorOptions): Promise<SimulatorHandle> {
  const random = options.random ?? Math.random;
  const log = options.log ?? (() => {});
  const startedAt = Date.now();
  const parties = new Map<string, PartyState>();
  const abort = new AbortController();
  const held = new Set<Socket>();
  const tasks = new Set<Promise<void>>();
  let stopped = false;

  const track = (task: Promise<void>) => {
    tasks.add(task);
    void task.finally(() => tasks.delete(task));
  };

  const pause = async (ms: number) => {
    if (ms <= 0 || stopped) return;
    await sleep(ms, undefined, { signal: abort.signal }).catch(() => {});
  };

  const latency = (party: SimulatedParty) => {
    const range = party.behaviour?.latencyMs;
    if (!range) return 0;
    const [min, max] = range;
    return Math.round(min + (Math.max(min, max) - min) * random());
  };

  function outageOf(state: PartyState): OutageKind | null {
    if (state.runtimeOutage !== undefined) return state.runtimeOutage;
    const elapsed = Date.now() - startedAt;
    const scheduled = state.party.behaviour?.outages?.find((o) => elapsed >= o.fromMs && elapsed < o.toMs);
    return scheduled?.kind ?? null;
  }

  /** Stores a delivered message once; a repeat is counted and changes nothing. */
  function take(state: PartyState, message: ExchangeMessage): 'new' | 'repeat' {
    state.stats.received += 1;
    state.receipts.set(message.id, (state.receipts.get(message.id) ?? 0) + 1);
    const earlier = state.stored.get(message.id);
    if (earlier) {
      earlier.receipts += 1;
      state.stats.duplicates += 1;
      return 'repeat';
    }
    const stored: StoredMessage = {
      id: message.id,
      kind: message.kind,
      subjectId: message.subCase?.id ?? message.deathNotice?.id ?? null,
      firstReceivedAt: new Date(),
      receipts: 1,
      answer: 'pending',
      answerError: null,
      answeredAt: null,
      message,
    };
    state.stored.set(message.id, stored);
    state.stats.stored += 1;
    scheduleAnswer(state, stored);
    return 'new';
  }

  // ── Answers ────────────────────────────────────────────────────────────────────────────────

  function scheduleAnswer(state: PartyState, stored: StoredMessage) {
    const settings = state.party.answer ?? {};
    if (settings.disabled) {
      stored.answer = 'disabled';
      return;
    }
    state.answerQueue.push(() => answer(state, stored));
    drainAnswers(state);
  }

  function drainAnswers(state: PartyState) {
    while (!stopped && state.answersRunning < ANSWER_CONCURRENCY && state.answerQueue.length > 0) {
      const next = state.answerQueue.shift();
      if (!next) break;
      state.answersRunning += 1;
      track(
        next()
          .catch((error) => log(`${state.party.code}: answer failed unexpectedly: ${errorText(error)}`))
          .finally(() => {
            state.answersRunning -= 1;
            drainAnswers(state);
          }),
      );
    }
  }

  type Sent = { ok: true; replayed: boolean } | { ok: false; retry: boolean; error: string };

  /** One call that answers the message; what came of it. */
  async function sendAnswer(state: PartyState, stored: StoredMessage, today: string): Promise<Sent | null> {
    const { client } = state;
    const settings = state.party.answer ?? {};
    const request = { signal: abort.signal };
    const subCase = stored.message.subCase;
    const notice = stored.message.deathNotice;
    let response: Response;
    let error: unknown;
    if (stored.kind === 'sub-case.routed' && subCase) {
      const result = simulatedResult(subCase, today);
      if (!result) return null;
      ({ response, error } = await client.POST('/api/exchange/v1/sub-cases/{id}/result', {
        ...request,
        params: { path: { id: subCase.id }, header: { 'idempotency-key': `result-${subCase.id}` } },
        body: { decision: 'complete', result, note: '部门业务系统自动办结' },
      }));
    } else if (stored.kind === 'death.notified' && notice) {
      const effectiveOn = addCalendarDays(notice.dateOfDeath, 1 + (settings.overpaymentDays ?? 0));
      ({ response, error } = await client.POST('/api/exchange/v1/death-notices/{id}/acknowledgement', {
        ...request,
        params: { path: { id: notice.id }, header: { 'idempotency-key': `ack-${notice.id}` } },
        body: {
          outcome: 'terminated',
          effectiveOn,
          reference: recordNumber(notice.departmentCode, today, notice.id),
        },
      }));
    } else {
      return null;
    }
    if (response.ok) return { ok: true, replayed: response.headers.get('idempotent-replayed') === 'true' };
    return { ok: false, retry: worthRetrying(response.status), error: failureOf(response.status, error) };
  }

  async function answer(state: PartyState, stored: StoredMessage) {
    const settings = state.party.answer ?? {};
    const subCaseState = stored.message.subCase?.state;
    const noticeState = stored.message.deathNotice?.answer.state;
    if (
      (subCaseState !== undefined && subCaseState !== 'pending' && subCaseState !== 'in_review') ||
      (noticeState !== undefined && noticeState !== 'sent')
    ) {
      // Already decided (a message sent again after the decision): nothing to answer.
      stored.answer = 'skipped';
      state.stats.answerSkipped += 1;
      return;
    }
    await pause(settings.delayMs ?? 0);
    const attempts = Math.max(1, settings.attempts ?? 4);
    const repeat = Math.max(1, settings.repeat ?? 1);
    const today = serviceDate(new Date());
    for (let copy = 0; copy < repeat; copy++) {
      let outcome: Sent | null = null;
      for (let attempt = 1; attempt <= attempts && !stopped; attempt++) {
        try {
          outcome = await sendAnswer(state, stored, today);
        } catch (error) {
          outcome = { ok: false, retry: true, error: `network: ${errorText(error)}` };
        }
        if (outcome === null) {
          stored.answer = 'skipped';
          state.stats.answerSkipped += 1;
          log(`${state.party.code}: message ${stored.id} has nothing this system can answer`);
          return;
        }
        if (outcome.ok || !outcome.retry) break;
        if (attempt < attempts) await pause(settings.retryPauseMs ?? 2000);
      }
      if (stopped) return;
      if (!outcome?.ok) {
        stored.answer = 'failed';
        stored.answerError = outcome?.error ?? 'not sent';
        state.stats.answerFailures += 1;
        log(`${state.party.code}: answer to message ${stored.id} failed: ${stored.answerError}`);
        return;
      }
      if (copy === 0) {
        stored.answer = 'answered';
        stored.answeredAt = new Date();
        state.stats.answered += 1;
      } else if (outcome.replayed) {
        state.stats.answerReplays += 1;
      }
    }
  }

  // ── Push ───────────────────────────────────────────────────────────────────────────────────

  function readBody(request: IncomingMessage): Promise<string | null> {
    return new Promise((resolve) => {
      const chunks: Buffer[] = [];
      let size = 0;
      request.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      });
      request.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')));
      request.on('error', () => resolve(null));
      request.on('close', () => {
        if (!request.complete) resolve(null);
      });
    });
  }

  const reply = (response: ServerResponse, status: number, body: Record<string, unknown>) => {
    if (response.destroyed || response.writableEnded) return;
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };

  async function handlePush(request: IncomingMessage, response: ServerResponse) {
    const path = request.url ?? '/';
    const match = /^\/parties\/([^/?]+)\/messages(?:\?.*)?$/.exec(path);
    const state = match?.[1] ? parties.get(decodeURIComponent(match[1])) : undefined;
    if (!match || !state || state.party.mode !== 'push') {
      reply(response, 404, { error: 'no such party endpoint' });
      return;
    }
    if (request.method !== 'POST') {
      reply(response, 405, { error: 'POST only' });
      return;
    }
    const outage = outageOf(state);
    if (outage === 'reset') {
      state.stats.injected.reset += 1;
      request.socket.destroy();
      return;
    }
    const body = await readBody(request);
    if (outage === 'status500') {
      state.stats.injected.status500 += 1;
      reply(response, 500, { error: 'system unavailable' });
      return;
    }
    if (body === null) {
      reply(response, 413, { error: 'body too large' });
      return;
    }
    const pushKey = state.party.pushKey;
    if (!pushKey || !verifyPush(pushKey, { method: request.method, path, headers: request.headers, body })) {
      state.stats.refused += 1;
      log(`${state.party.code}: refused a push whose signature did not verify`);
      reply(response, 401, { error: 'signature not valid' });
      return;
    }
    let message: ExchangeMessage;
    try {
      message = JSON.parse(body) as ExchangeMessage;
    } catch {
      reply(response, 400, { error: 'not JSON' });
      return;
    }
    if (typeof message?.id !== 'string' || request.headers['idempotency-key'] !== message.id) {
      reply(response, 400, { error: 'Idempotency-Key must be the message id' });
      return;
    }
    if (outage === 'timeout') {
      // The message is taken in, but the reply never leaves: the platform gives up and sends it again.
      state.stats.injected.timeout += 1;
      take(state, message);
      held.add(request.socket);
      request.socket.once('close', () => held.delete(request.socket));
      return;
    }
    const errorRate = state.party.behaviour?.errorRate ?? 0;
    if (errorRate > 0 && random() < errorRate) {
      state.stats.injected.error503 += 1;
      reply(response, 503, { error: 'busy, try again later' });
      return;
    }
    const outcome = take(state, message);
    await pause(latency(state.party));
    reply(response, 200, { stored: true, repeat: outcome === 'repeat' });
  }

  // ── Pull ───────────────────────────────────────────────────────────────────────────────────

  /**
   * One poll: page through the queue from its start (it holds only what this party has not
   * acknowledged), store each page, acknowledge it.
   */
  async function pullRound(state: PartyState): Promise<void> {
    const { client } = state;
    let cursor: string | null = null;
    for (let pages = 0; pages < 100 && !stopped; pages++) {
      state.stats.polls += 1;
      const query: { limit: number; cursor?: string } = { limit: PULL_LIMIT, ...(cursor ? { cursor } : {}) };
      const { data, error, response } = await client.GET('/api/exchange/v1/messages', {
        params: { query },
        signal: abort.signal,
      });
      if (!data) {
        state.stats.pollFailures += 1;
        log(`${state.party.code}: pull failed: ${failureOf(response.status, error)}`);
        return;
      }
      for (const message of data.items) take(state, message);
      await pause(latency(state.party));
      if (data.items.length > 0) {
        const errorRate = state.party.behaviour?.errorRate ?? 0;
        if (errorRate > 0 && random() < errorRate) {
          // Stored, but the system stops before acknowledging: the page comes again.
          state.stats.injected.ackSkipped += 1;
          return;
        }
        const ack = await client.POST('/api/exchange/v1/messages/acknowledgements', {
          body: { ids: data.items.map((m) => m.id) },
          signal: abort.signal,
        });
        if (!ack.data) {
          state.stats.pollFailures += 1;
          log(`${state.party.code}: acknowledgement failed: ${failureOf(ack.response.status, ack.error)}`);
          return;
        }
        state.stats.acknowledged += ack.data.acknowledged.length;
      }
      if (!data.nextCursor) return;
      cursor = data.nextCursor;
    }
  }

  async function pullLoop(state: PartyState) {
    while (!stopped) {
      if (outageOf(state)) {
        state.stats.injected.pollsSkipped += 1;
      } else {
        try {
          await pullRound(state);
        } catch (error) {
          if (stopped) return;
          state.stats.pollFailures += 1;
          log(`${state.party.code}: pull failed: ${errorText(error)}`);
        }
      }
      await pause(state.party.pollMs ?? 1000);
    }
  }

  // ── Server and handle ──────────────────────────────────────────────────────────────────────

  const server: Server = createServer((request, response) => {
    handlePush(request, response).catch((error) => {
      log(`push handling failed: ${errorText(error)}`);
      reply(response, 500, { error: 'internal error' });
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.address.includes(':') ? `[${address.address}]` : address.address;
  const url = `http://${urlHost === '[::]' ? '[::1]' : urlHost === '0.0.0.0' ? '127.0.0.1' : urlHost}:${address.port}`;

  const stateOf = (code: string): PartyState => {
    const state = parties.get(code);
    if (!state) throw new Error(`no simulated party ${code}`);
    return state;
  };

  const snapshot = (state: PartyState): PartyStats => ({
    ...state.stats,
    injected: { ...state.stats.injected },
    outage: outageOf(state),
  });

  function addParty(party: SimulatedParty) {
    if (parties.has(party.code)) throw new Error(`party ${party.code} is simulated already`);
    if (party.mode === 'push' && !party.pushKey)
      throw new Error(`push party ${party.code} needs its push key`);
    const state: PartyState = {
      party,
      client: createExchangeClient(options.platformUrl, party.credential),
      stats: emptyStats(party),
      stored: new Map(),
      receipts: new Map(),
      runtimeOutage: undefined,
      answersRunning: 0,
      answerQueue: [],
      loop: null,
    };
    parties.set(party.code, state);
    if (party.mode === 'pull') {
      state.loop = pullLoop(state).catch((error) =>
        log(`${party.code}: pull loop ended: ${errorText(error)}`),
      );
    }
  }

  for (const party of options.parties ?? []) addParty(party);

  return {
    url,
    endpointFor: (code) => `${url}/parties/${code}/messages`,
    addParty,
    setOutage(code, kind) {
      stateOf(code).runtimeOutage = kind;
    },
    stats: () => [...parties.values()].map(snapshot),
    statsFor: (code) => snapshot(stateOf(code)),
    messages: (code) => [...stateOf(code).stored.values()],
    receipts: (code) => new Map(stateOf(code).receipts),
    async settled() {
      for (;;) {
        const waiting = [...parties.values()].some((s) => s.answerQueue.length > 0 || s.answersRunning > 0);
        if (!waiting || stopped) return;
        await Promise.race([...tasks, sleep(50)]);
      }
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      abort.abort();
      for (const socket of held) socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([...parties.values()].map((s) => s.loop));
      await Promise.all([...tasks]);
    },
  };
}
