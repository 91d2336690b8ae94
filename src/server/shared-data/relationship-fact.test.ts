/**
 * The relationship question answered from the e-licence library: the household register of the
 * deceased names the applicant with 与户主关系, so the family is not asked how they are related.
 */
import { describe, expect, it } from 'vitest';
import { type ELicence, relationshipFromLicence } from './gateway.ts';
import { knownRelationship } from './relationship-fact.ts';
import { createSandboxGateway } from './sandbox-gateway.ts';

const HEAD = '530102194001050019'; // 王建国, head of the household, deceased in the sandbox
const SON = '530102198503140020'; // 张伟, listed in his household register as 子女

const register = (holder: string, member: string, relation?: string): ELicence => ({
  reference: 'ELIC-TEST-HH',
  type: 'household-register',
  number: 'HK-TEST',
  holderIdNumber: holder,
  issuer: '测试派出所',
  issuedOn: '2020-01-01',
  names: [member],
  ...(relation ? { relations: { [member]: relation } } : {}),
});

describe('relationship from a household register', () => {
  it('reads the applicant’s relationship to the head of the household when the deceased is the head', () => {
    expect(relationshipFromLicence(register(HEAD, SON, 'child'), SON, HEAD)).toBe('child');
  });

  it('turns it round when the applicant is the head', () => {
    expect(relationshipFromLicence(register(SON, HEAD, 'parent'), SON, HEAD)).toBe('child');
    expect(relationshipFromLicence(register(SON, HEAD, 'spouse'), SON, HEAD)).toBe('spouse');
  });

  it('says only "one household" when the register gives no relationship', () => {
    expect(relationshipFromLicence(register(HEAD, SON), SON, HEAD)).toBe('household-member');
  });

  it('answers the questionnaire from the sandbox register, naming the licence', async () => {
    const known = await knownRelationship(createSandboxGateway(), SON, HEAD);
    expect(known?.fact).toEqual({
      value: 'child',
      source: 'shared-data',
      from: {
        zh: '居民户口簿电子证照（五华区演示派出所）',
        en: 'Household register e-licence (五华区演示派出所)',
      },
    });
    expect(known?.licence.reference).toBe('ELIC-DEMO-HH-0001');
  });

  it('leaves the question to the family when no licence names both, or nothing precise is known', async () => {
    const gateway = createSandboxGateway();
    expect(await knownRelationship(gateway, '532502193809120031', HEAD)).toBeNull();
    expect(await knownRelationship(gateway, null, HEAD)).toBeNull();
    expect(await knownRelationship(gateway, HEAD, HEAD)).toBeNull();
  });
});
