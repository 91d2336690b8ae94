/**
 * The death registry in front of the shared-data gateway: what the bodies that certify a death
 * reported to this platform comes first (death details, cremation or burial, the questionnaire's
 * facts); anything the registry does not hold is asked of the gateway behind it. A record in
 * conflict gives nothing for the disputed facts — the form does not pre-fill a value under review.
 */
import type { KnownFact } from '../../domain/bundle.ts';
import type { RegistryEntry } from '../death-registry/queries.ts';
import type { BurialRecord, CremationRecord, DeathRecord, Outcome, SharedDataGateway } from './gateway.ts';

export const REGISTRY_SOURCE = {
  zh: '死亡登记（出具机构上报）',
  en: 'Death registry (reported by the issuers)',
};

export function withDeathRegistry(
  inner: SharedDataGateway,
  lookup: (idNumber: string) => Promise<RegistryEntry | null>,
): SharedDataGateway {
  // Questions asked at the same moment about the same person (a draft's start asks for the death,
  // cremation and burial records together) share one look-up; nothing is kept afterwards.
  const pending = new Map<string, Promise<RegistryEntry | null>>();
  const entryOf = (idNumber: string) => {
    const asked = pending.get(idNumber);
    if (asked) return asked;
    const answer = lookup(idNumber)
      .catch(() => null)
      .finally(() => pending.delete(idNumber));
    pending.set(idNumber, answer);
    return answer;
  };
  return {
    ...inner,
    kind: inner.kind,
    person: (id) => inner.person(id),
    licences: (id) => inner.licences(id),
    relationshipProof: (a, d) => inner.relationshipProof(a, d),
    async deathRecord(idNumber): Promise<Outcome<DeathRecord>> {
      const entry = await entryOf(idNumber);
      const certificate = entry?.certificates.find(
        (c) => c.kind === 'medical-certificate' || c.kind === 'police-proof',
      );
      const c = entry?.conclusion;
      if (certificate && c?.dateOfDeath && c.placeOfDeath && c.circumstance) {
        return {
          status: 'ok',
          value: {
            dateOfDeath: c.dateOfDeath,
            placeOfDeath: c.placeOfDeath,
            circumstance: c.circumstance,
            certificateNumber: certificate.certificateNumber,
            issuer: certificate.institution.zh,
          },
        };
      }
      return inner.deathRecord(idNumber);
    },
    async cremationRecord(idNumber): Promise<Outcome<CremationRecord>> {
      const entry = await entryOf(idNumber);
      const record =
        entry?.conclusion.funeral === 'cremation'
          ? entry.certificates.find((c) => c.kind === 'cremation')
          : undefined;
      if (record?.eventDate) {
        return {
          status: 'ok',
          value: {
            date: record.eventDate,
            funeralHome: record.institution.zh,
            certificateNumber: record.certificateNumber,
          },
        };
      }
      return inner.cremationRecord(idNumber);
    },
    async burialRecord(idNumber): Promise<Outcome<BurialRecord>> {
      const entry = await entryOf(idNumber);
      const record =
        entry?.conclusion.funeral === 'burial'
          ? entry.certificates.find((c) => c.kind === 'burial')
          : undefined;
      if (record?.eventDate) {
        return {
          status: 'ok',
          value: {
            date: record.eventDate,
            place: '',
            registeredBy: record.institution.zh,
            certificateNumber: record.certificateNumber,
          },
        };
      }
      return inner.burialRecord ? inner.burialRecord(idNumber) : { status: 'not-found' };
    },
    async facts(idNumber, regionCode): Promise<Outcome<Record<string, KnownFact>>> {
      const [outcome, entry] = await Promise.all([inner.facts(idNumber, regionCode), entryOf(idNumber)]);
      const known: Record<string, KnownFact> = {};
      if (entry?.conclusion.circumstance)
        known.deathCircumstance = {
          value: entry.conclusion.circumstance,
          source: 'shared-data',
          from: REGISTRY_SOURCE,
        };
      if (entry?.conclusion.funeral)
        known.funeral = { value: entry.conclusion.funeral, source: 'shared-data', from: REGISTRY_SOURCE };
      if (outcome.status === 'ok') return { status: 'ok', value: { ...outcome.value, ...known } };
      return Object.keys(known).length > 0 ? { status: 'ok', value: known } : outcome;
    },
  };
}
