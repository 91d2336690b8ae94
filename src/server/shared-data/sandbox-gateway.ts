/**
 * The embedded sandbox registry: the gateway over synthetic data, for demos, tests and a fresh
 * `npm start`. Every value it gives is labelled as demo data.
 */
import type { KnownFact } from '../../domain/bundle.ts';
import { type ELicence, type Outcome, relationshipFromLicence, type SharedDataGateway } from './gateway.ts';
import { SANDBOX_LICENCES, SANDBOX_PEOPLE, SANDBOX_SOURCES } from './sandbox-data.ts';

const normalise = (id: string) => id.trim().toUpperCase();

function found<T>(value: T | undefined): Outcome<T> {
  return value === undefined ? { status: 'not-found' } : { status: 'ok', value };
}

export function sandboxFacts(idNumber: string, regionCode: string): Record<string, KnownFact> | undefined {
  const entry = SANDBOX_PEOPLE[normalise(idNumber)];
  if (!entry) return undefined;
  const facts: Record<string, KnownFact> = {
    householdLocal: {
      value: entry.person.householdRegion === regionCode ? 'yes' : 'no',
      source: 'shared-data',
      from: SANDBOX_SOURCES.householdLocal as KnownFact['from'],
    },
  };
  for (const [id, value] of Object.entries(entry.facts)) {
    facts[id] = {
      value,
      source: 'shared-data',
      from: SANDBOX_SOURCES[id] ?? { zh: '共享数据（演示）', en: 'Shared data (demo)' },
    };
  }
  return facts;
}

export function sandboxLicences(idNumber: string): ELicence[] {
  const id = normalise(idNumber);
  return SANDBOX_LICENCES.filter((l) => l.holderIdNumber === id || l.names.includes(id));
}

export function createSandboxGateway(): SharedDataGateway {
  return {
    kind: 'sandbox',
    async person(idNumber) {
      return found(SANDBOX_PEOPLE[normalise(idNumber)]?.person);
    },
    async deathRecord(idNumber) {
      return found(SANDBOX_PEOPLE[normalise(idNumber)]?.death);
    },
    async cremationRecord(idNumber) {
      return found(SANDBOX_PEOPLE[normalise(idNumber)]?.cremation);
    },
    async facts(idNumber, regionCode) {
      return found(sandboxFacts(idNumber, regionCode));
    },
    async licences(idNumber) {
      const list = sandboxLicences(idNumber);
      return list.length > 0 ? { status: 'ok', value: list } : { status: 'not-found' };
    },
    async relationshipProof(applicantIdNumber, deceasedIdNumber) {
      const applicant = normalise(applicantIdNumber);
      const deceased = normalise(deceasedIdNumber);
      for (const licence of sandboxLicences(deceased)) {
        const relationship = relationshipFromLicence(licence, applicant, deceased);
        if (relationship) return { status: 'ok', value: { relationship, licence } };
      }
      return { status: 'not-found' };
    },
  };
}
