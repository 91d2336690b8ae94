/**
 * The demo's department systems: on a demo install, a few exchange parties are connected to
 * simulated systems started in this process on a loopback port, so the exchange can be seen at
 * work beside the offices that use the workbench — a county medical insurance bureau whose system
 * takes pushes, the Kunming provident fund centre (serving its counties) whose system pulls, and
 * a bank that answers its own small-deposit withdrawals. The simulator's port and secrets are new
 * at every start, so the parties' endpoints, credentials and push keys are written again each
 * time (the previous demo credentials revoked), in one transaction with their audit events.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Adapter } from '../../domain/exchange.ts';
import {
  type PartyAnswerSettings,
  type PartyBehaviour,
  type SimulatorHandle,
  startSimulator,
} from '../../simulator/simulator.ts';
import { type Actor, appendAudit } from '../audit/audit-log.ts';
import { exchangeCredentials, exchangeMessages, exchangeParties, staffAccounts } from '../db/schema.ts';
import { newKeyId } from '../exchange/dispatcher.ts';
import { encryptField } from '../security/national-crypto.ts';
import type { Services } from '../services.ts';

interface DemoParty {
  code: string;
  kind: 'department' | 'bank';
  departmentCode: string;
  regionCode: string;
  bankName: string | null;
  nameZh: string;
  nameEn: string;
  mode: 'push' | 'pull';
  pollMs?: number;
  behaviour: PartyBehaviour;
  answer: PartyAnswerSettings;
}

/** The parties the demo connects to simulated systems. */
export const DEMO_EXCHANGE_PARTIES: readonly DemoParty[] = [
  {
    code: 'medical-insurance:530102',
    kind: 'department',
    departmentCode: 'medical-insurance',
    regionCode: '530102',
    bankName: null,
    nameZh: '五华区医疗保障局业务系统（模拟）',
    nameEn: 'Wuhua medical insurance bureau system (simulated)',
    mode: 'push',
    behaviour: { latencyMs: [20, 150], errorRate: 0.05 },
    answer: { delayMs: 4000, overpaymentDays: 0 },
  },
  {
    code: 'housing-fund:530100',
    kind: 'department',
    departmentCode: 'housing-fund',
    regionCode: '530100',
    bankName: null,
    nameZh: '昆明住房公积金管理中心业务系统（模拟）',
    nameEn: 'Kunming housing provident fund centre system (simulated)',
    mode: 'pull',
    pollMs: 5000,
    behaviour: { latencyMs: [50, 300] },
    answer: { delayMs: 6000, overpaymentDays: 12 },
  },
  {
    code: 'bank:icbc-53',
    kind: 'bank',
    departmentCode: 'financial-regulation',
    regionCode: '530000',
    bankName: '中国工商银行',
    nameZh: '中国工商银行云南省分行业务系统（模拟）',
    nameEn: 'ICBC Yunnan branch system (simulated)',
    mode: 'push',
    behaviour: { latencyMs: [30, 250] },
    answer: { delayMs: 5000 },
  },
];

const DEMO_ACTOR: Actor = { kind: 'system', id: null, label: 'demo-simulator' };

export interface DemoExchange {
  /** Where the simulated systems listen. */
  url: string;
  parties: { code: string; mode: 'push' | 'pull' }[];
  simulator: SimulatorHandle;
  stop(): Promise<void>;
}

const newSecret = () => randomBytes(32).toString('base64url');

/** The address this instance's own processes reach it at (loopback when it listens on all interfaces). */
function platformUrlOf(services: Services): string {
  const address = services.app.server.address() as AddressInfo | string | null;
  if (!address || typeof address === 'string') throw new Error('the application is not listening on TCP');
  const host =
    address.address === '0.0.0.0' || address.address === '::'
      ? '127.0.0.1'
      : address.address.includes(':')
        ? `[${address.address}]`
        : address.address;
  return `http://${host}:${address.port}`;
}

/**
 * Starts the simulated systems and connects the demo parties to them; null when this is not a
 * demo install (no demo staff accounts). Call after the application listens.
 */
export async function startDemoExchange(services: Services): Promise<DemoExchange | null> {
  const { db } = services.context.database;
  const keys = services.context.keys;
  const [admin] = await db
    .select({ id: staffAccounts.id })
    .from(staffAccounts)
    .where(eq(staffAccounts.username, 'admin'))
    .limit(1);
  if (!admin) return null;

  const secrets = DEMO_EXCHANGE_PARTIES.map((party) => ({
    party,
    credential: { keyId: newKeyId(), secret: newSecret() },
    pushKey: party.mode === 'push' ? { keyId: newKeyId(), secret: newSecret() } : null,
  }));
  const simulated = secrets.map(({ party, credential, pushKey }) => ({
    code: party.code,
    mode: party.mode,
    credential,
    ...(pushKey ? { pushKey } : {}),
    ...(party.pollMs ? { pollMs: party.pollMs } : {}),
    behaviour: party.behaviour,
    answer: party.answer,
  }));
  // Push parties are ready before their endpoints are written (a push can only follow the commit);
  // pull parties start polling after it, when their credentials exist.
  const simulator = await startSimulator({
    platformUrl: platformUrlOf(services),
    parties: simulated.filter((p) => p.mode === 'push'),
    log: (line) => services.app.log.warn(`demo department system: ${line}`),
  });

  try {
    await db.transaction(async (tx) => {
      for (const { party, credential, pushKey } of secrets) {
        const adapter: Adapter = party.mode;
        const endpointUrl = party.mode === 'push' ? simulator.endpointFor(party.code) : null;
        const [existing] = await tx
          .select()
          .from(exchangeParties)
          .where(eq(exchangeParties.code, party.code))
          .for('update')
          .limit(1);
        const values = {
          kind: party.kind,
          departmentCode: party.departmentCode,
          regionCode: party.regionCode,
          bankName: party.bankName,
          nameZh: party.nameZh,
          nameEn: party.nameEn,
          adapter,
          endpointUrl,
          pushKeyId: pushKey?.keyId ?? null,
          pushKeyEncrypted: pushKey ? encryptField(keys, pushKey.secret) : null,
          // This process's breakers start closed; the monitor should not show last run's state.
          circuitState: 'closed',
          circuitChangedAt: null,
          updatedAt: new Date(),
        };
        if (existing) {
          await tx
            .update(exchangeParties)
            .set({ ...values, version: existing.version + 1 })
            .where(eq(exchangeParties.code, party.code));
        } else {
          await tx.insert(exchangeParties).values({ code: party.code, ...values });
        }
        if (existing?.adapter !== adapter) {
          // Messages not yet delivered to this party go its (new) way.
          await tx
            .update(exchangeMessages)
            .set({ adapter, state: 'pending', leaseUntil: null, nextAttemptAt: new Date() })
            .where(
              and(
                eq(exchangeMessages.partyCode, party.code),
                inArray(exchangeMessages.state, ['pending', 'in_flight']),
              ),
            );
        }
        await appendAudit(tx, keys, {
          actor: DEMO_ACTOR,
          action: existing ? 'exchange.party.changed' : 'exchange.party.created',
          objectType: 'exchange_party',
          objectId: party.code,
          details: { adapter, endpointUrl, previousAdapter: existing?.adapter ?? null },
        });
        // Credentials the demo issued before (an administrator's carry an issuer) stop now.
        const revoked = await tx
          .update(exchangeCredentials)
          .set({ revokedAt: new Date() })
          .where(
            and(
              eq(exchangeCredentials.partyCode, party.code),
              isNull(exchangeCredentials.issuedBy),
              isNull(exchangeCredentials.revokedAt),
            ),
          )
          .returning({ keyId: exchangeCredentials.keyId });
        for (const { keyId } of revoked) {
          await appendAudit(tx, keys, {
            actor: DEMO_ACTOR,
            action: 'exchange.credential.revoked',
            objectType: 'exchange_party',
            objectId: party.code,
            details: { keyId },
          });
        }
        await tx.insert(exchangeCredentials).values({
          keyId: credential.keyId,
          partyCode: party.code,
          secretEncrypted: encryptField(keys, credential.secret),
          issuedBy: null,
        });
        await appendAudit(tx, keys, {
          actor: DEMO_ACTOR,
          action: 'exchange.credential.issued',
          objectType: 'exchange_party',
          objectId: party.code,
          details: { keyId: credential.keyId, retiring: [], retiringUntil: null },
        });
        if (pushKey) {
          await appendAudit(tx, keys, {
            actor: DEMO_ACTOR,
            action: 'exchange.push_key.issued',
            objectType: 'exchange_party',
            objectId: party.code,
            details: { keyId: pushKey.keyId },
          });
        }
      }
    });
  } catch (error) {
    await simulator.stop();
    throw error;
  }
  for (const party of simulated.filter((p) => p.mode === 'pull')) simulator.addParty(party);

  return {
    url: simulator.url,
    parties: DEMO_EXCHANGE_PARTIES.map((p) => ({ code: p.code, mode: p.mode })),
    simulator,
    stop: () => simulator.stop(),
  };
}
