/**
 * Information use (信息应用) on the staff side: the death notices a department answers at its
 * workbench (the list is masked; one notice read in full is audited on the server), and the
 * probable overpayments supervisors follow up.
 */
import { client, ok, type Schemas } from '../api/client.ts';
import type { paths } from '../api/openapi.d.ts';

export type DeathNoticeRow = Schemas['DeathNoticeListItem'];
export type DeathNotice = Schemas['ExchangeDeathNotice'];
export type NoticeAnswer = Schemas['DeathNoticeAnswer'];
export type NoticeAnswerRequest = Schemas['DeathNoticeAnswerRequest'];
export type Overpayment = NonNullable<NoticeAnswer['overpayment']>;
export type OverpaymentRow = Schemas['OverpaymentItem'];
export type NoticeFilter = NonNullable<
  NonNullable<paths['/api/v1/department/death-notices']['get']['parameters']['query']>['state']
>;

const notice = (id: string) => ({ params: { path: { id } } });

export const deathNoticeApi = {
  list: (state: NoticeFilter, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/department/death-notices', { params: { query: { state } }, signal })),
  /** The notice with the deceased's full identity (each read is audited). */
  get: (id: string, signal?: AbortSignal) =>
    ok(client.GET('/api/v1/department/death-notices/{id}', { ...notice(id), signal })),
  answer: (id: string, body: NoticeAnswerRequest) =>
    ok(client.POST('/api/v1/department/death-notices/{id}/acknowledgement', { ...notice(id), body })),
};

export const overpaymentApi = {
  list: (signal?: AbortSignal) => ok(client.GET('/api/v1/supervision/overpayments', { signal })),
};
