/**
 * The HTTP connector to the provincial data-sharing service (省政务数据直达系统). Signed requests,
 * a timeout on every call, a short in-memory cache, and a closed set of outcomes: a service that
 * is down or slow yields `unavailable`, never an exception, so the form can fall back to typing
 * and uploading. The protocol is described in docs/SHARED-DATA.md.
 */
import { randomUUID } from 'node:crypto';
import type { KnownFact } from '../../domain/bundle.ts';
import type {
  CremationRecord,
  DeathRecord,
  ELicence,
  Outcome,
  PersonRecord,
  RelationshipProof,
  SharedDataGateway,
} from './gateway.ts';
import { SIGNATURE_HEADERS, sign } from './signing.ts';

export interface HttpGatewayOptions {
  baseUrl: string;
  appId: string;
  secret: string;
  timeoutMs: number;
  cacheSeconds: number;
}

export function createHttpGateway(options: HttpGatewayOptions): SharedDataGateway {
  const base = new URL(options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
  const cache = new Map<string, { expires: number; outcome: Outcome<unknown> }>();

  async function call<T>(resource: string, query: Record<string, string>): Promise<Outcome<T>> {
    const key = `${resource}?${new URLSearchParams(query).toString()}`;
    const cached = cache.get(key);
    if (cached && cached.expires > Date.now()) return cached.outcome as Outcome<T>;

    const url = new URL(`v1/${resource}`, base);
    const body = JSON.stringify(query);
    const timestamp = String(Date.now());
    const nonce = randomUUID();
    let outcome: Outcome<T>;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADERS.appId]: options.appId,
          [SIGNATURE_HEADERS.timestamp]: timestamp,
          [SIGNATURE_HEADERS.nonce]: nonce,
          [SIGNATURE_HEADERS.signature]: sign(options.secret, 'POST', url.pathname, timestamp, nonce, body),
        },
        body,
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      if (response.status === 404) outcome = { status: 'not-found' };
      else if (response.ok) {
        const payload = (await response.json()) as { value?: T };
        outcome =
          payload.value === undefined ? { status: 'not-found' } : { status: 'ok', value: payload.value };
      } else outcome = { status: 'unavailable', reason: `the service answered ${response.status}` };
    } catch (error) {
      const timedOut =
        error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      outcome = {
        status: 'unavailable',
        reason: timedOut ? `no answer within ${options.timeoutMs} ms` : 'the service cannot be reached',
      };
    }
    // Only answers are cached; an outage is retried on the next call.
    if (outcome.status !== 'unavailable' && options.cacheSeconds > 0) {
      cache.set(key, { expires: Date.now() + options.cacheSeconds * 1000, outcome });
      if (cache.size > 5000) cache.delete(cache.keys().next().value as string);
    }
    return outcome;
  }

  return {
    kind: 'http',
    person: (idNumber) => call<PersonRecord>('person', { idNumber }),
    deathRecord: (idNumber) => call<DeathRecord>('death-record', { idNumber }),
    cremationRecord: (idNumber) => call<CremationRecord>('cremation-record', { idNumber }),
    facts: (idNumber, regionCode) => call<Record<string, KnownFact>>('facts', { idNumber, regionCode }),
    licences: (idNumber) => call<ELicence[]>('licences', { idNumber }),
    relationshipProof: (applicantIdNumber, deceasedIdNumber) =>
      call<RelationshipProof>('relationship-proof', { applicantIdNumber, deceasedIdNumber }),
  };
}
