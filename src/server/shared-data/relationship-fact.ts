/**
 * The relationship question answered by shared data: when the e-licence library holds a licence
 * naming both the applicant and the deceased (a household register with 与户主关系, a marriage or a
 * birth certificate), the family is not asked how they are related — the questionnaire skips the
 * question, saying where the answer came from, and the draft takes the value from that licence.
 */
import type { KnownFact } from '../../domain/bundle.ts';
import { RELATIONSHIPS } from '../../domain/fields.ts';
import { type ELicence, LICENCE_TYPES, type SharedDataGateway } from './gateway.ts';

/** Relationships a licence can state outright; "other" is never inferred. */
const STATED = new Set<string>(RELATIONSHIPS.map((r) => r.code).filter((code) => code !== 'other'));

export interface KnownRelationship {
  fact: KnownFact;
  licence: ELicence;
}

/** The applicant's relationship to the deceased as an e-licence states it, or null (never throws). */
export async function knownRelationship(
  gateway: SharedDataGateway,
  applicantIdNumber: string | null | undefined,
  deceasedIdNumber: string,
): Promise<KnownRelationship | null> {
  if (!applicantIdNumber) return null;
  const applicant = applicantIdNumber.trim().toUpperCase();
  const deceased = deceasedIdNumber.trim().toUpperCase();
  if (!applicant || applicant === deceased) return null;
  const proof = await gateway.relationshipProof(applicant, deceased);
  if (proof.status !== 'ok' || !STATED.has(proof.value.relationship)) return null;
  const { licence } = proof.value;
  const type = LICENCE_TYPES[licence.type];
  return {
    licence,
    fact: {
      value: proof.value.relationship,
      source: 'shared-data',
      from: { zh: `${type.zh}电子证照（${licence.issuer}）`, en: `${type.en} e-licence (${licence.issuer})` },
    },
  };
}
