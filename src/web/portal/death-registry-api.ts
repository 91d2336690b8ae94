/**
 * The family's side of the death registry: the proactive offer (open, or "not now") and the
 * report of a death at home to the village or community clinic.
 */
import { client, done, ok, type Schemas } from '../api/client.ts';

export type Offer = Schemas['ProactiveOffer'];
export type OfferDetail = Schemas['ProactiveOfferDetail'];
export type RegistryCertificate = Schemas['RegistryCertificate'];
export type HomeDeathReport = Schemas['HomeDeathReport'];

const offer = (id: string) => ({ params: { path: { id } } });

export const offerApi = {
  list: (signal?: AbortSignal) => ok(client.GET('/api/v1/offers', { signal })),
  get: (id: string, signal?: AbortSignal) => ok(client.GET('/api/v1/offers/{id}', { ...offer(id), signal })),
  decline: (id: string) => done(client.POST('/api/v1/offers/{id}/decline', offer(id))),
};

export const homeDeathApi = {
  report: (body: HomeDeathReport) => ok(client.POST('/api/v1/home-death-reports', { body })),
};

/** An offer the family can still answer (the others were declined, started or overtaken). */
export function isOpenOffer(state: string): boolean {
  return state === 'pending' || state === 'sent' || state === 'reminded';
}
