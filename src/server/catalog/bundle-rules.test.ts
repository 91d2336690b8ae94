/**
 * Every rule the two source documents state, as a table: the answers, and which matters must be
 * in or out of the bundle — on the catalog as shipped.
 */
import { describe, expect, it } from 'vitest';
import { type Bundle, evaluateBundle } from '../../domain/bundle.ts';
import { buildCatalog, CatalogError } from '../../domain/catalog.ts';
import { catalogDocuments, loadCatalogFromFolder } from './catalog-files.ts';

const catalog = loadCatalogFromFolder();

const yunnanBase = {
  deathCircumstance: 'home',
  funeral: 'cremation',
  staffType: 'none',
  medicalInsurance: 'none',
  providentFund: 'no',
  socialAssistance: 'no',
  disabilitySubsidy: 'no',
  veteran: 'no',
  drivingLicence: 'no',
  notarisedWill: 'no',
  deposits: 'no',
  companyShares: 'no',
  relationship: 'child',
};

const yueyangBase = {
  deathCircumstance: 'home',
  crematedInCounty: 'yes',
  insuredInCountyCentre: 'yes',
  householdLocal: 'yes',
  workInjury: 'no',
  staffType: 'enterprise-retiree',
  medicalInsurance: 'employee',
  providentFund: 'no',
  socialAssistance: 'no',
  disabilitySubsidy: 'no',
  veteran: 'no',
  relationship: 'spouse',
};

function bundle(region: string, answers: Record<string, string>): Bundle {
  const result = evaluateBundle(catalog, region, answers);
  if (!result) throw new Error(`no profile for ${region}`);
  return result;
}

const included = (b: Bundle) => b.matters.filter((m) => m.included === true).map((m) => m.code);

interface Row {
  rule: string;
  region: string;
  answers: Record<string, string>;
  in?: string[];
  out?: string[];
}

const rows: Row[] = [
  {
    rule: 'home or care-home natural death: the village or community clinic certifies',
    region: '530102',
    answers: { deathCircumstance: 'home' },
    in: ['medical-death-certificate'],
    out: ['police-death-proof'],
  },
  {
    rule: 'death in or on the way to hospital: the hospital certifies',
    region: '530102',
    answers: { deathCircumstance: 'hospital' },
    in: ['medical-death-certificate'],
    out: ['police-death-proof'],
  },
  {
    rule: 'unnatural death without treatment: the police certify',
    region: '530102',
    answers: { deathCircumstance: 'unnatural' },
    in: ['police-death-proof'],
    out: ['medical-death-certificate'],
  },
  {
    rule: 'cremation area: cremation certificate, no burial registration',
    region: '530302',
    answers: {},
    in: ['cremation-certificate'],
    out: ['burial-registration'],
  },
  {
    rule: 'burial area, burial chosen: burial registration, no cremation certificate',
    region: '532524',
    answers: { funeral: 'burial' },
    in: ['burial-registration'],
    out: ['cremation-certificate'],
  },
  {
    rule: 'burial area, cremation chosen: cremation certificate',
    region: '533324',
    answers: { funeral: 'cremation' },
    in: ['cremation-certificate'],
    out: ['burial-registration'],
  },
  {
    rule: 'household registration is always cancelled',
    region: '530102',
    answers: {},
    in: ['household-registration-cancellation'],
  },
  {
    rule: 'a driving licence is cancelled',
    region: '530102',
    answers: { drivingLicence: 'yes' },
    in: ['driving-licence-cancellation'],
  },
  {
    rule: 'no driving licence, no cancellation',
    region: '530102',
    answers: {},
    out: ['driving-licence-cancellation'],
  },
  {
    rule: 'a notarised will, or not knowing, is checked',
    region: '530102',
    answers: { notarisedWill: 'unknown' },
    in: ['will-notarization-check'],
  },
  {
    rule: 'enterprise retiree: account payout with funeral grant and pension',
    region: '530102',
    answers: { staffType: 'enterprise-retiree' },
    in: ['enterprise-retiree-death-benefits', 'pension-payment-termination'],
    out: ['enterprise-employee-death-benefits'],
  },
  {
    rule: 'enterprise employee in service: account payout with funeral grant and pension',
    region: '530102',
    answers: { staffType: 'enterprise-employee' },
    in: ['enterprise-employee-death-benefits'],
  },
  {
    rule: 'public institution employee: in-service death ends insurance',
    region: '530102',
    answers: { staffType: 'institution-employee' },
    in: ['institution-employee-death-termination'],
  },
  {
    rule: 'public institution retiree: retired death ends payment',
    region: '530102',
    answers: { staffType: 'institution-retiree' },
    in: ['institution-retiree-death-termination'],
  },
  {
    rule: "residents' pension: end of insurance and account payout",
    region: '530102',
    answers: { staffType: 'resident' },
    in: ['resident-pension-termination'],
  },
  {
    rule: 'provident fund: withdrawal and sealing',
    region: '530102',
    answers: { providentFund: 'yes' },
    in: ['housing-fund-withdrawal', 'housing-fund-account-sealing'],
  },
  {
    rule: "employees' medical insurance: stop and account payout",
    region: '530102',
    answers: { medicalInsurance: 'employee' },
    in: ['medical-insurance-stop', 'medical-account-payout'],
  },
  {
    rule: "residents' medical insurance: stop, no account payout",
    region: '530102',
    answers: { medicalInsurance: 'resident' },
    in: ['medical-insurance-stop'],
    out: ['medical-account-payout'],
  },
  {
    rule: 'company shares: heirs may inquire',
    region: '530102',
    answers: { companyShares: 'yes' },
    in: ['equity-registration-inquiry'],
  },
  {
    rule: 'company shares: not for someone who is not an heir',
    region: '530102',
    answers: { companyShares: 'yes', relationship: 'other' },
    out: ['equity-registration-inquiry'],
  },
  {
    rule: 'small deposits: first-order heirs withdraw',
    region: '530102',
    answers: { deposits: 'yes', relationship: 'spouse' },
    in: ['small-deposit-withdrawal'],
  },
  {
    rule: 'small deposits: a sibling is not a first-order heir',
    region: '530102',
    answers: { deposits: 'yes', relationship: 'sibling' },
    out: ['small-deposit-withdrawal'],
  },
  {
    rule: 'social assistance, disability subsidy and veterans benefits end without application',
    region: '530102',
    answers: { socialAssistance: 'yes', disabilitySubsidy: 'yes', veteran: 'yes' },
    in: ['assistance-support-termination', 'disability-subsidy-termination', 'veteran-benefits-termination'],
  },
  {
    rule: 'Yueyang: only the matters of its notice',
    region: '430621',
    answers: {},
    in: [
      'household-registration-cancellation',
      'enterprise-retiree-death-benefits',
      'medical-account-payout',
      'cremation-certificate',
    ],
    out: [],
  },
  {
    rule: 'Yueyang: social assistance is cancelled',
    region: '430621',
    answers: { socialAssistance: 'yes' },
    in: ['social-assistance-cancellation', 'assistance-support-termination'],
  },
  {
    rule: 'Yueyang: provident fund withdrawal and sealing',
    region: '430621',
    answers: { providentFund: 'yes' },
    in: ['housing-fund-withdrawal', 'housing-fund-account-sealing'],
  },
  {
    rule: 'Yueyang: public institution variants',
    region: '430621',
    answers: { staffType: 'institution-retiree' },
    in: ['institution-retiree-death-termination'],
    out: ['enterprise-retiree-death-benefits'],
  },
];

describe('bundle rules from the sources', () => {
  for (const row of rows) {
    it(row.rule, () => {
      const base = row.region === '430621' ? yueyangBase : yunnanBase;
      const result = bundle(row.region, { ...base, ...row.answers });
      expect(result.covered).toBe(true);
      const codes = included(result);
      for (const code of row.in ?? []) expect(codes, `${code} should apply`).toContain(code);
      for (const code of row.out ?? []) expect(codes, `${code} should not apply`).not.toContain(code);
    });
  }

  it('Yueyang offers none of the Yunnan-only matters', () => {
    const result = bundle('430621', { ...yueyangBase, providentFund: 'yes', socialAssistance: 'yes' });
    const all = result.matters.map((m) => m.code);
    for (const code of [
      'driving-licence-cancellation',
      'will-notarization-check',
      'small-deposit-withdrawal',
      'equity-registration-inquiry',
      'medical-insurance-stop',
    ]) {
      expect(all).not.toContain(code);
    }
  });

  const exclusions: [string, Record<string, string>, string][] = [
    ['not insured in the county centre', { insuredInCountyCentre: 'no' }, '中心城区参保'],
    ['not cremated in the county', { crematedInCounty: 'no' }, '在岳阳县火化'],
    ['non-local household registration', { householdLocal: 'no' }, '非岳阳县户籍'],
    ['work-injury death', { workInjury: 'yes' }, '工伤'],
    ['unnatural death', { deathCircumstance: 'unnatural' }, '在家自然死亡'],
  ];
  for (const [label, answers, words] of exclusions) {
    it(`Yueyang does not cover a ${label}, says so and says where to go, and bundles nothing`, () => {
      const result = bundle('430621', { ...yueyangBase, ...answers });
      expect(result.covered).toBe(false);
      expect(result.notCovered?.reasons.map((r) => r.zh).join()).toContain(words);
      expect(result.notCovered?.goTo.zh).toContain('窗口');
      expect(result.matters).toEqual([]);
      expect(result.materials).toEqual([]);
    });
  }

  it('Yueyang asks whether a hospital death is a criminal case, and sends a criminal case elsewhere', () => {
    const hospital = { ...yueyangBase, deathCircumstance: 'hospital' };
    // After "in hospital" the next question is whether it is a criminal case (刑事案件).
    expect(bundle('430621', { deathCircumstance: 'hospital' }).questionnaire.next?.id).toBe('criminalCase');
    // Not asked after a death at home.
    expect(bundle('430621', { deathCircumstance: 'home' }).questionnaire.next?.id).toBe('crematedInCounty');

    const criminal = bundle('430621', { ...hospital, criminalCase: 'yes' });
    expect(criminal.covered).toBe(false);
    expect(criminal.notCovered?.reasons.map((r) => r.zh)).toEqual([
      '岳阳县身后“一件事”只受理在家自然死亡和非案件类在医院死亡的情形，在医院死亡但属于刑事案件的暂不纳入联办。',
    ]);
    expect(criminal.notCovered?.goTo.zh).toBe(
      '属于刑事案件的，死亡证明事宜请先与办理案件的公安机关联系；其余事项请携带材料到公安、人社、民政、医保、住房公积金等部门窗口分别办理，或到县政务服务中心综合受理窗口咨询。',
    );
    expect(criminal.matters).toEqual([]);
    expect(criminal.materials).toEqual([]);

    // The same death in hospital, not a case: covered, the hospital certifies the death.
    const ordinary = bundle('430621', { ...hospital, criminalCase: 'no' });
    expect(ordinary.covered).toBe(true);
    expect(included(ordinary)).toContain('medical-death-certificate');
  });

  it('Yueyang pays into the deceased bank account', () => {
    const result = bundle('430621', yueyangBase);
    const codes = result.materials.map((m) => m.code);
    expect(codes).toContain('deceased-bank-card');
    expect(codes).not.toContain('payee-bank-card');
  });

  it('lists each material once, naming every matter that needs it', () => {
    const result = bundle('530102', {
      ...yunnanBase,
      staffType: 'enterprise-retiree',
      providentFund: 'yes',
      medicalInsurance: 'employee',
    });
    const codes = result.materials.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
    const deathProof = result.materials.find((m) => m.code === 'death-proof');
    expect(deathProof?.replaceableBy).toBe('shared-data');
    expect(deathProof?.neededBy).toEqual(
      expect.arrayContaining([
        'household-registration-cancellation',
        'enterprise-retiree-death-benefits',
        'housing-fund-withdrawal',
      ]),
    );
  });

  it('asks nothing about terminations: they need no materials', () => {
    const result = bundle('530102', { ...yunnanBase, veteran: 'yes' });
    const termination = result.matters.find((m) => m.code === 'veteran-benefits-termination');
    expect(termination).toMatchObject({ included: true, needsApplication: false });
    expect(result.materials.some((m) => m.neededBy.includes('veteran-benefits-termination'))).toBe(false);
  });

  it('gives a plain reason for every matter, in or out', () => {
    const result = bundle('530102', yunnanBase);
    for (const m of result.matters) {
      expect(m.reason.zh.length).toBeGreaterThan(4);
      expect(m.reason.en.length).toBeGreaterThan(4);
    }
  });
});

describe('questionnaire', () => {
  it('skips the cremation-or-burial question in a cremation area and says why', () => {
    const result = bundle('530102', { deathCircumstance: 'home' });
    expect(result.questionnaire.next?.id).toBe('staffType');
    expect(result.questionnaire.skipped.find((s) => s.id === 'funeral')).toMatchObject({
      reason: 'region',
      value: 'cremation',
    });
  });

  it('asks it in a burial area', () => {
    expect(bundle('532524', { deathCircumstance: 'home' }).questionnaire.next?.id).toBe('funeral');
  });

  it('skips what shared data already knows', () => {
    const result = evaluateBundle(
      catalog,
      '530102',
      { deathCircumstance: 'home' },
      {
        staffType: {
          value: 'enterprise-retiree',
          source: 'shared-data',
          from: { zh: '人社部门', en: 'HR and social security' },
        },
      },
    );
    expect(result?.questionnaire.next?.id).toBe('medicalInsurance');
    expect(result?.matters.find((m) => m.code === 'enterprise-retiree-death-benefits')?.included).toBe(true);
  });

  it('leaves a matter undecided until its question is answered', () => {
    const result = bundle('530102', { deathCircumstance: 'home' });
    expect(result.matters.find((m) => m.code === 'housing-fund-withdrawal')?.included).toBeNull();
    expect(result.questionnaire.complete).toBe(false);
  });

  it('is complete when every question is answered or known', () => {
    expect(bundle('530102', yunnanBase).questionnaire).toMatchObject({ complete: true, next: null });
  });

  it('has no profile for a region outside the service', () => {
    expect(evaluateBundle(catalog, '110101', {})).toBeNull();
    expect(evaluateBundle(catalog, '530100', {})).toBeNull();
  });
});

describe('catalog checks', () => {
  function broken(mutate: (docs: ReturnType<typeof catalogDocuments>) => void): CatalogError {
    const docs = structuredClone(catalogDocuments());
    mutate(docs);
    try {
      buildCatalog(docs);
    } catch (error) {
      if (error instanceof CatalogError) return error;
      throw error;
    }
    throw new Error('the broken catalog was accepted');
  }

  it('names the file, the path and the problem of a committed limit longer than the statutory one', () => {
    const error = broken((docs) => {
      const matters = docs.find((d) => d.kind === 'matters')?.value as { committedWorkingDays: number }[];
      (matters[4] as { committedWorkingDays: number }).committedWorkingDays = 99;
    });
    expect(error.problems[0]).toMatchObject({ file: 'matters.yaml', path: '[4].committedWorkingDays' });
    expect(error.message).toContain('statutory');
  });

  it('refuses a profile rule naming an unknown matter', () => {
    const error = broken((docs) => {
      const profile = docs.find((d) => d.file.includes('yueyang'))?.value as {
        matters: { matter: string }[];
      };
      (profile.matters[0] as { matter: string }).matter = 'no-such-matter';
    });
    expect(error.problems[0]).toMatchObject({
      file: 'profiles/430621-yueyang-county.yaml',
      path: 'matters[0].matter',
    });
  });

  it('refuses a condition on a question the profile never asks', () => {
    const error = broken((docs) => {
      const profile = docs.find((d) => d.file.includes('yunnan'))?.value as { questions: string[] };
      profile.questions = profile.questions.filter((q) => q !== 'drivingLicence');
    });
    expect(error.problems.map((p) => p.message).join()).toContain('drivingLicence');
  });
});
