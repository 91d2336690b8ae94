/**
 * The shared-data gateway (共享数据): one interface to the population registry, the e-licence
 * library (电子证照库) and department records, with two implementations — the embedded sandbox
 * (synthetic, clearly marked) and an HTTP connector to the provincial data-sharing service.
 *
 * Every call answers with a small closed set of outcomes and never throws: when the service is
 * down the answer is `unavailable`, and the form falls back to typing and uploading.
 */
import type { KnownFact } from '../../domain/bundle.ts';

export type Outcome<T> =
  | { status: 'ok'; value: T }
  | { status: 'not-found' }
  | { status: 'unavailable'; reason: string };

export interface PersonRecord {
  idNumber: string;
  name: string;
  gender: 'male' | 'female';
  dateOfBirth: string;
  householdRegion: string;
  householdAddress: string;
  /** The mobile number registered with the person's real-name identity, if shared. */
  mobile?: string;
}

export interface BurialRecord {
  date: string;
  place: string;
  registeredBy: string;
  certificateNumber: string;
}

export interface DeathRecord {
  dateOfDeath: string;
  placeOfDeath: string;
  circumstance: 'home' | 'hospital' | 'unnatural';
  certificateNumber: string;
  issuer: string;
}

export interface CremationRecord {
  date: string;
  funeralHome: string;
  certificateNumber: string;
}

export const LICENCE_TYPES = {
  'id-card': { zh: '居民身份证', en: 'Resident ID card' },
  'household-register': { zh: '居民户口簿', en: 'Household register' },
  'marriage-certificate': { zh: '结婚证', en: 'Marriage certificate' },
  'birth-certificate': { zh: '出生医学证明', en: 'Birth certificate' },
  'medical-death-certificate': { zh: '居民死亡医学证明（推断）书', en: 'Medical death certificate' },
  'cremation-certificate': { zh: '火化证明', en: 'Cremation certificate' },
  'burial-registration': { zh: '遗体安葬（土葬）登记证明', en: 'Burial registration' },
  'driving-licence': { zh: '机动车驾驶证', en: 'Driving licence' },
} as const;

export type LicenceType = keyof typeof LICENCE_TYPES;

export interface ELicence {
  /** Stable reference in the e-licence library; recorded instead of an upload (免提交). */
  reference: string;
  type: LicenceType;
  number: string;
  holderIdNumber: string;
  issuer: string;
  issuedOn: string;
  /** Other people the licence names (spouse on a marriage certificate, parents on a birth certificate, members of a household). */
  names: string[];
  /**
   * On a household register: each named member's relationship to the holder (与户主关系), as the
   * register states it — `spouse`, `child`, `parent`, `sibling` or `grandchild`.
   */
  relations?: Record<string, string>;
}

export interface RelationshipProof {
  relationship: string;
  licence: ELicence;
}

export interface SharedDataGateway {
  readonly kind: 'sandbox' | 'http';
  person(idNumber: string): Promise<Outcome<PersonRecord>>;
  deathRecord(idNumber: string): Promise<Outcome<DeathRecord>>;
  cremationRecord(idNumber: string): Promise<Outcome<CremationRecord>>;
  /** A burial registration (burial areas); only the death registry answers it. */
  burialRecord?(idNumber: string): Promise<Outcome<BurialRecord>>;
  /** Department records as questionnaire facts for a region (insurance type, provident fund, …). */
  facts(idNumber: string, regionCode: string): Promise<Outcome<Record<string, KnownFact>>>;
  /** E-licences held by or about a person. */
  licences(idNumber: string): Promise<Outcome<ELicence[]>>;
  /** An e-licence that proves how the applicant is related to the deceased, if the library has one. */
  relationshipProof(applicantIdNumber: string, deceasedIdNumber: string): Promise<Outcome<RelationshipProof>>;
}

/** Which licence proves which relationship (from the applicant's side). */
export function relationshipFromLicence(
  licence: ELicence,
  applicantId: string,
  deceasedId: string,
): string | null {
  const both = [applicantId, deceasedId];
  if (!both.every((id) => id === licence.holderIdNumber || licence.names.includes(id))) return null;
  switch (licence.type) {
    case 'marriage-certificate':
      return 'spouse';
    case 'birth-certificate':
      // The holder of a birth certificate is the child; the names are the parents.
      return licence.holderIdNumber === applicantId ? 'child' : 'parent';
    case 'household-register':
      return householdRelationship(licence, applicantId, deceasedId);
    default:
      return null;
  }
}

/** From "the member is the head's …" to "the head is the member's …". */
const INVERSE: Record<string, string> = {
  spouse: 'spouse',
  child: 'parent',
  parent: 'child',
  sibling: 'sibling',
};

/**
 * What a household register says the applicant is to the deceased: read from 与户主关系 when one
 * of the two is the head of the household; otherwise only that they live in one household.
 */
function householdRelationship(licence: ELicence, applicantId: string, deceasedId: string): string {
  const relations = licence.relations ?? {};
  if (licence.holderIdNumber === deceasedId) return relations[applicantId] ?? 'household-member';
  if (licence.holderIdNumber === applicantId) {
    const deceasedToHead = relations[deceasedId];
    return (deceasedToHead && INVERSE[deceasedToHead]) ?? 'household-member';
  }
  return 'household-member';
}
