/**
 * The exchange against simulated department systems over real HTTP on loopback: a push party
 * that goes down (500s, then replies that never come, then reset connections) and comes back gets
 * its whole backlog, each message stored once and each sub-case completed once, while intake and
 * the other parties carry on; a pull party fetches, acknowledges and answers; answers sent twice
 * with the same Idempotency-Key have one effect.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addCalendarDays, serviceDate } from '../../src/domain/clock.ts';
import { queryRows } from '../../src/server/db/database.ts';
import type { ExchangeCredential } from '../../src/simulator/client.ts';
import { type SimulatedParty, type SimulatorHandle, startSimulator } from '../../src/simulator/simulator.ts';
import { waitFor } from '../support/push-receiver.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import {
  accept,
  DEFAULT_ANSWERS,
  newDeceasedIdNumber,
  type SubmittedCase,
  subCaseOf,
  submit,
} from '../support/workflow.ts';

const MEDINS = 'medical-insurance:530102';
const FUND = 'housing-fund:530100';
const BANK = 'bank:icbc-53';
const POLICE = 'public-security:530102';

const PAYEE = {
  'payee.accountHolder': '王小明',
  'payee.bankName': '中国建设银行',
  'payee.accountNumber': '6222021234567890128',
};

interface MessageRow {
  id: string;
  subject_id: string;
  state: string;
  attempts: number;
  delivered_at: Date | string | null;
  delivered_by: string | null;
}

describe('department simulator over HTTP', () => {
  let app: TestApp;
  let admin: string;
  let simulator: SimulatorHandle;

  const messagesOf = (party: string, subjects: string[]) =>
    queryRows<MessageRow>(
      app.database.db,
      sql`SELECT id, subject_id, state, attempts, delivered_at, delivered_by FROM exchange_message
          WHERE party_code = ${party}
            AND subject_id IN (${sql.join(
              subjects.map((s) => sql`${s}`),
              sql`, `,
            )})`,
    );

  const auditCount = async (action: string, objectId: string) => {
    const [row] = await queryRows<{ n: string | number }>(
      app.database.db,
      sql`SELECT count(*) AS n FROM audit_event WHERE action = ${action} AND object_id = ${objectId}`,
    );
    return Number(row?.n ?? 0);
  };

  /** The administrator configures the party through the admin API and gives it its secrets. */
  async function connect(
    code: string,
    party: Record<string, unknown>,
    simulated: Omit<SimulatedParty, 'code' | 'credential' | 'pushKey'>,
  ) {
    const saved = await app.api(`/api/v1/admin/exchange/parties/${code}`, {
      method: 'PUT',
      cookie: admin,
      body: {
        ...party,
        adapter: simulated.mode,
        ...(simulated.mode === 'push' ? { endpointUrl: simulator.endpointFor(code) } : {}),
      },
    });
    expect(saved.status).toBe(200);
    let pushKey: ExchangeCredential | undefined;
    if (simulated.mode === 'push') {
      const key = await app.api(`/api/v1/admin/exchange/parties/${code}/push-key`, {
        method: 'POST',
        cookie: admin,
      });
      expect(key.status).toBe(200);
      pushKey = { keyId: key.body.keyId, secret: key.body.secret };
    }
    const issued = await app.api(`/api/v1/admin/exchange/parties/${code}/credentials`, {
      method: 'POST',
      cookie: admin,
      body: {},
    });
    expect(issued.status).toBe(200);
    simulator.addParty({
      code,
      credential: { keyId: issued.body.keyId, secret: issued.body.secret },
      ...(pushKey ? { pushKey } : {}),
      ...simulated,
    });
  }

  beforeAll(async () => {
    app = await startTestApp({
      postgresUrl: inject('postgresUrl'),
      env: {
        EXCHANGE_POLL_MS: '100',
        EXCHANGE_RETRY_BASE_MS: '100',
        EXCHANGE_RETRY_CAP_MS: '1000',
        EXCHANGE_BREAKER_HALF_OPEN_MS: '500',
        EXCHANGE_PUSH_TIMEOUT_MS: '1000',
        // With pauses this short, a few seconds of outage stand for the better part of an hour; and
        // every failed push until the circuit opens, and every probe after, falls on the oldest
        // message. The default twelve attempts would dead-letter it before the party is back.
        EXCHANGE_MAX_ATTEMPTS: '40',
      },
    });
    admin = await app.signInStaff('admin');
    simulator = await startSimulator({ platformUrl: app.url });
    await connect(
      MEDINS,
      {
        kind: 'department',
        departmentCode: 'medical-insurance',
        regionCode: '530102',
        nameZh: '五华区医疗保障局业务系统',
        nameEn: 'Wuhua medical insurance system',
      },
      { mode: 'push', behaviour: { latencyMs: [0, 20] }, answer: { retryPauseMs: 200 } },
    );
    await connect(
      FUND,
      {
        kind: 'department',
        departmentCode: 'housing-fund',
        regionCode: '530100',
        nameZh: '昆明住房公积金管理中心业务系统',
        nameEn: 'Kunming provident fund centre system',
      },
      { mode: 'pull', pollMs: 100, answer: { repeat: 2, overpaymentDays: 3, retryPauseMs: 200 } },
    );
    await connect(
      BANK,
      {
        kind: 'bank',
        departmentCode: 'financial-regulation',
        regionCode: '530000',
        bankName: '中国工商银行',
        nameZh: '中国工商银行云南省分行业务系统',
        nameEn: 'ICBC Yunnan system',
      },
      { mode: 'push', answer: { repeat: 2, retryPauseMs: 200 } },
    );
  }, 120_000);

  afterAll(async () => {
    await simulator?.stop();
    await app?.stop();
  });

  it('delivers a push party’s backlog after an outage, each message stored and each sub-case completed once', async () => {
    const citizen = await app.citizenCookie();
    const cases: SubmittedCase[] = [];
    for (let i = 0; i < 10; i++) {
      cases.push(
        await submit(app, citizen, {
          answers: { ...DEFAULT_ANSWERS, medicalInsurance: 'resident', providentFund: 'yes' },
          values: PAYEE,
        }),
      );
    }
    const medins = cases.map((c) => subCaseOf(c, 'medical-insurance-stop').id as string);
    const fund = cases.map((c) => subCaseOf(c, 'housing-fund-withdrawal').id as string);
    const police = cases.map((c) => subCaseOf(c, 'household-registration-cancellation').id as string);

    // The medical insurance system goes down; the window accepts the cases all the same.
    const clerk = await app.signInStaff('window-530102');
    simulator.setOutage(MEDINS, 'status500');
    const intakeStarted = Date.now();
    for (const c of cases) {
      const view = await app.api(`/api/v1/window/cases/${c.id}`, { cookie: clerk });
      const accepted = await app.api(`/api/v1/window/cases/${c.id}/accept`, {
        cookie: clerk,
        body: { version: view.body.version },
      });
      expect(accepted.status).toBe(200);
    }
    const intakeMs = Date.now() - intakeStarted;
    await waitFor('the platform to meet the 500s', () => simulator.statsFor(MEDINS).injected.status500 >= 5);

    // Other parties do not wait: the workbench and the pull party have theirs during the outage.
    await waitFor('workbench and pull deliveries during the outage', async () => {
      const others = [...(await messagesOf(POLICE, police)), ...(await messagesOf(FUND, fund))];
      return others.length === 20 && others.every((m) => m.state === 'delivered');
    });
    expect(simulator.statsFor(MEDINS).outage).toBe('status500');

    simulator.setOutage(MEDINS, 'timeout');
    await waitFor('a push left without reply', () => simulator.statsFor(MEDINS).injected.timeout >= 1);
    simulator.setOutage(MEDINS, 'reset');
    await waitFor('a reset connection', () => simulator.statsFor(MEDINS).injected.reset >= 1);
    const down = await messagesOf(MEDINS, medins);
    expect(down).toHaveLength(10);
    expect(down.filter((m) => m.state === 'delivered')).toHaveLength(0);

    const recoveredAt = Date.now();
    simulator.setOutage(MEDINS, null);
    const delivered = await waitFor(
      'the backlog to drain',
      async () => {
        const rows = await messagesOf(MEDINS, medins);
        return rows.every((m) => m.state === 'delivered') && rows;
      },
      45_000,
    );
    const lastDelivery = Math.max(...delivered.map((m) => new Date(m.delivered_at as string).getTime()));

    // Each sub-case completed once, though some messages reached the system more than once.
    await waitFor('every medical insurance sub-case completed', async () => {
      const counts = await Promise.all(medins.map((id) => auditCount('sub_case.complete', id)));
      return counts.every((n) => n >= 1);
    });
    await simulator.settled();
    for (const id of medins) expect(await auditCount('sub_case.complete', id)).toBe(1);
    const stored = simulator.messages(MEDINS).filter((m) => m.subjectId && medins.includes(m.subjectId));
    expect(stored).toHaveLength(10);
    expect(new Set(stored.map((m) => m.id))).toEqual(new Set(delivered.map((m) => m.id)));
    expect(stored.every((m) => m.answer === 'answered')).toBe(true);
    const receipts = simulator.receipts(MEDINS);
    const stats = simulator.statsFor(MEDINS);
    expect([...receipts.values()].reduce((a, b) => a + b, 0)).toBe(stats.received);
    expect(stats.duplicates).toBe(stats.received - stats.stored);
    // A push left without reply was taken in; the platform sent it again and the repeat changed nothing.
    expect(stats.duplicates).toBeGreaterThanOrEqual(stats.injected.timeout);
    expect(stats.answerFailures).toBe(0);
    expect(stats.refused).toBe(0);

    const drainMs = lastDelivery - recoveredAt;
    console.info(
      `push party outage: ${medins.length} messages accepted in ${intakeMs} ms during the outage; ` +
        `injected ${stats.injected.status500}×500, ${stats.injected.timeout}×timeout, ${stats.injected.reset}×reset; ` +
        `backlog drained ${drainMs} ms after recovery; ${stats.duplicates} of ${stats.received} receipts were duplicates; ` +
        `most attempts on one message: ${Math.max(...delivered.map((m) => m.attempts))}`,
    );
  }, 150_000);

  it('a pull party fetches, acknowledges and answers its sub-cases', async () => {
    const citizen = await app.citizenCookie(1);
    const cases: SubmittedCase[] = [];
    for (let i = 0; i < 2; i++) {
      const detail = await submit(app, citizen, {
        answers: { ...DEFAULT_ANSWERS, providentFund: 'yes' },
        values: PAYEE,
      });
      await accept(app, detail.id);
      cases.push(detail);
    }
    const fund = cases.map((c) => subCaseOf(c, 'housing-fund-withdrawal').id as string);
    const rows = await waitFor('the pull party to acknowledge', async () => {
      const found = await messagesOf(FUND, fund);
      return found.length === 2 && found.every((m) => m.state === 'delivered') && found;
    });
    for (const row of rows) expect(row.delivered_by).toMatch(/^pull:lbk_/);
    await waitFor('the pull party’s results', async () => {
      const states = await queryRows<{ state: string; result: { type: string; amountYuan: string } | null }>(
        app.database.db,
        sql`SELECT state, result FROM sub_case WHERE id IN (${sql.join(
          fund.map((id) => sql`${id}`),
          sql`, `,
        )})`,
      );
      return (
        states.length === 2 && states.every((s) => s.state === 'completed' && s.result?.type === 'payment')
      );
    });
    await simulator.settled();
    for (const id of fund) expect(await auditCount('sub_case.complete', id)).toBe(1);
    const stats = simulator.statsFor(FUND);
    expect(stats.pollFailures).toBe(0);
    expect(stats.acknowledged).toBeGreaterThanOrEqual(fund.length);
    const taken = simulator.messages(FUND).filter((m) => m.subjectId && fund.includes(m.subjectId));
    expect(taken.map((m) => m.answer)).toEqual(['answered', 'answered']);
  }, 60_000);

  it('answers sent twice with the same Idempotency-Key have one effect', async () => {
    // A small deposit at the bank, answered by its system (which sends every answer twice).
    const citizen = await app.citizenCookie(2);
    const detail = await submit(app, citizen, {
      answers: { ...DEFAULT_ANSWERS, deposits: 'yes' },
      values: { 'deposit.bankName': '中国工商银行昆明五华支行' },
    });
    await accept(app, detail.id);
    const deposit = subCaseOf(detail, 'small-deposit-withdrawal').id as string;
    await waitFor('the bank’s result', async () => (await auditCount('sub_case.complete', deposit)) >= 1);

    // A verified death: the benefit payers' systems are told and answer (the fund's twice).
    const doctor = await app.signInStaff('doctor-530102');
    const funeral = await app.signInStaff('funeral-530102');
    const person = { idNumber: newDeceasedIdNumber('530102'), name: '李秀兰', gender: 'female' };
    const dateOfDeath = serviceDate(new Date(Date.now() - 5 * 86_400_000));
    const certificate = await app.api('/api/v1/death-reports', {
      cookie: doctor,
      body: {
        kind: 'medical-certificate',
        deceased: person,
        dateOfDeath,
        timeOfDeath: '06:40',
        placeOfDeath: '昆明市五华区演示路9号家中',
        placeKind: 'home',
        causes: [{ cause: '急性心肌梗死', icd10: 'I21.9', interval: '约2小时' }],
        doctor: '李医生',
      },
    });
    expect(certificate.status).toBe(201);
    const cremation = await app.api('/api/v1/death-reports', {
      cookie: funeral,
      body: {
        kind: 'cremation',
        deceased: person,
        dateOfDeath,
        cremationDate: serviceDate(new Date(Date.now() - 2 * 86_400_000)),
        officer: '钱师傅',
      },
    });
    expect(cremation.status).toBe(201);
    const notices = await waitFor('the notices answered', async () => {
      const rows = await queryRows<{
        id: string;
        party_code: string;
        state: string;
        effective_on: string | null;
        overpayment_days: number | null;
      }>(
        app.database.db,
        sql`SELECT id, party_code, state, effective_on::text AS effective_on, overpayment_days
            FROM death_notice WHERE party_code IN (${MEDINS}, ${FUND}) AND date_of_death = ${dateOfDeath}`,
      );
      return rows.length === 2 && rows.every((n) => n.state === 'acknowledged') && rows;
    });
    await simulator.settled();

    expect(await auditCount('sub_case.complete', deposit)).toBe(1);
    const bank = simulator.statsFor(BANK);
    expect(bank.answered).toBe(1);
    expect(bank.answerReplays).toBe(1);
    expect(bank.answerFailures).toBe(0);
    const keys = await queryRows<{ n: string | number }>(
      app.database.db,
      sql`SELECT count(*) AS n FROM exchange_idempotency WHERE party_code = ${BANK} AND key = ${`result-${deposit}`}`,
    );
    expect(Number(keys[0]?.n)).toBe(1);

    const dayAfter = addCalendarDays(dateOfDeath, 1);
    for (const notice of notices) {
      expect(await auditCount('death_notice.acknowledged', notice.id)).toBe(1);
      if (notice.party_code === FUND) {
        expect(notice.effective_on).toBe(addCalendarDays(dayAfter, 3));
        expect(notice.overpayment_days).toBe(3);
      } else {
        expect(notice.effective_on).toBe(dayAfter);
        expect(notice.overpayment_days).toBeNull();
      }
    }
    const fund = simulator.statsFor(FUND);
    // Every answer of the fund's system went twice; the second of each was recognised as a repeat.
    expect(fund.answerReplays).toBe(fund.answered);
    expect(fund.answerFailures).toBe(0);
  }, 60_000);
});
