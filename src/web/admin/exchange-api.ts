/**
 * The administrator's exchange endpoints: the delivery monitor, a party's messages and replaying
 * the dead-lettered ones, saving a party, pausing it, and its credentials and push key (a secret
 * comes back once, in the answer that made it).
 */
import { client, done, ok, type Schemas } from '../api/client.ts';
import type { paths } from '../api/openapi.d.ts';

export type ExchangeParty = Schemas['ExchangePartyView'];
export type ExchangeCredential = ExchangeParty['credentials'][number];
export type ExchangeMessage = Schemas['ExchangeMessageRow'];
export type SavePartyRequest = Schemas['SavePartyRequest'];
export type IssuedSecret = Schemas['IssuedSecret'];
export type MessageFilter = NonNullable<
  NonNullable<paths['/api/v1/admin/exchange/parties/{code}/messages']['get']['parameters']['query']>['state']
>;

const party = (code: string) => ({ params: { path: { code } } });

export const exchangeAdminApi = {
  monitor: (signal?: AbortSignal) => ok(client.GET('/api/v1/admin/exchange', { signal })),
  save: (code: string, body: SavePartyRequest) =>
    ok(client.PUT('/api/v1/admin/exchange/parties/{code}', { ...party(code), body })),
  messages: (code: string, state: MessageFilter, signal?: AbortSignal) =>
    ok(
      client.GET('/api/v1/admin/exchange/parties/{code}/messages', {
        params: { path: { code }, query: { state } },
        signal,
      }),
    ),
  /** All of the party's dead-lettered messages, or only those named. */
  replay: (code: string, ids?: string[]) =>
    ok(
      client.POST('/api/v1/admin/exchange/parties/{code}/messages/replay', {
        ...party(code),
        body: ids ? { ids } : {},
      }),
    ),
  issueCredential: (code: string, rotate: boolean) =>
    ok(
      client.POST('/api/v1/admin/exchange/parties/{code}/credentials', { ...party(code), body: { rotate } }),
    ),
  revokeCredential: (code: string, keyId: string) =>
    done(
      client.POST('/api/v1/admin/exchange/parties/{code}/credentials/{keyId}/revoke', {
        params: { path: { code, keyId } },
      }),
    ),
  newPushKey: (code: string) =>
    ok(client.POST('/api/v1/admin/exchange/parties/{code}/push-key', party(code))),
  setPaused: (code: string, paused: boolean) =>
    done(client.POST('/api/v1/admin/exchange/parties/{code}/pause', { ...party(code), body: { paused } })),
};

/** Where integrators read the exchange API (served by the platform, outside the web app). */
export const EXCHANGE_DOCS_URL = '/docs/exchange';
