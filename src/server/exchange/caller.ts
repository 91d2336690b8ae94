/** Who calls through the exchange API: a party's own system, by the credential it signed with. */
import type { Actor } from '../audit/audit-log.ts';

export interface ExchangeCaller {
  kind: 'exchange';
  partyCode: string;
  keyId: string;
}

/** How the audit trail names a party's system. */
export function exchangeActor(caller: ExchangeCaller): Actor {
  return { kind: 'exchange', id: caller.partyCode, label: `exchange:${caller.partyCode}:${caller.keyId}` };
}
