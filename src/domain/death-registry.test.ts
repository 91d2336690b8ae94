/**
 * The death registry's rules: what makes a report complete and believable (every problem named
 * by its field), what the registry concludes from the reports of several issuers — verified,
 * still waiting, or in conflict until a reviewer or an issuer settles it — certificate numbers,
 * and who is contacted first about a death.
 */
import { describe, expect, it } from 'vitest';
import { mod11_2CheckChar } from './case-code.ts';
import {
  type BurialContent,
  type CremationContent,
  certificateNumber,
  concludeRegistry,
  ICD10,
  type MedicalCertificateContent,
  nextOfKinOrder,
  normaliseReport,
  type PoliceProofContent,
  type RegistryReport,
  type ReportContent,
  reportKindOfMatter,
  validateReport,
} from './death-registry.ts';

/** A valid ID number for someone born on 1950-01-01. */
const BODY = '53010219500101123';
const ID = BODY + mod11_2CheckChar(BODY);
const TODAY = '2026-12-01';
const context = { today: TODAY };
const deceased = { idNumber: ID, name: '王建国', gender: 'male' as const };

const certificate = (over: Partial<MedicalCertificateContent> = {}): MedicalCertificateContent => ({
  kind: 'medical-certificate',
  deceased,
  dateOfDeath: '2026-11-20',
  timeOfDeath: '08:30',
  placeOfDeath: '昆明市五华区家中',
  placeKind: 'home',
  causes: [
    { cause: '急性心肌梗死', icd10: 'I21.9', interval: '约2小时' },
    { cause: '冠状动脉粥样硬化性心脏病', icd10: 'I25.1', interval: '10年' },
  ],
  doctor: '李医生',
  ...over,
});
const policeProof = (over: Partial<PoliceProofContent> = {}): PoliceProofContent => ({
  kind: 'police-proof',
  deceased,
  dateOfDeath: '2026-11-20',
  timeOfDeath: '23:10',
  placeOfDeath: '昆明市五华区家中',
  manner: 'accident',
  incidentNumber: 'A5301022026112000001',
  officer: '赵警官',
  ...over,
});
const cremation = (over: Partial<CremationContent> = {}): CremationContent => ({
  kind: 'cremation',
  deceased,
  dateOfDeath: '2026-11-20',
  cremationDate: '2026-11-23',
  officer: '钱师傅',
  ...over,
});
const burial = (over: Partial<BurialContent> = {}): BurialContent => ({
  kind: 'burial',
  deceased,
  dateOfDeath: '2026-11-20',
  burialDate: '2026-11-22',
  burialPlace: '建水县某村公墓',
  officer: '孙主任',
  ...over,
});

const fieldsOf = (content: ReportContent, today = TODAY) =>
  validateReport(content, { today }).map((p) => p.field);

describe('validateReport', () => {
  it('accepts a complete report of every kind', () => {
    expect(validateReport(certificate(), context)).toEqual([]);
    expect(validateReport(policeProof(), context)).toEqual([]);
    expect(validateReport(cremation(), context)).toEqual([]);
    expect(validateReport(burial(), context)).toEqual([]);
    // Death today, cremation today: not in the future.
    expect(validateReport(cremation({ dateOfDeath: TODAY, cremationDate: TODAY }), context)).toEqual([]);
  });

  it('names every missing field of a medical certificate, each with its label and a reason', () => {
    const empty = {
      kind: 'medical-certificate',
      deceased: { idNumber: '', name: ' ', gender: '' },
      dateOfDeath: '',
      timeOfDeath: '',
      placeOfDeath: '',
      placeKind: '',
      causes: [],
      doctor: '  ',
    } as unknown as MedicalCertificateContent;
    const problems = validateReport(empty, context);
    expect(problems.map((p) => p.field).sort()).toEqual(
      [
        'causes',
        'dateOfDeath',
        'deceased.gender',
        'deceased.idNumber',
        'deceased.name',
        'doctor',
        'placeKind',
        'placeOfDeath',
        'timeOfDeath',
      ].sort(),
    );
    for (const p of problems) {
      expect(p.labelZh).not.toBe(p.field);
      expect(p.labelEn).not.toBe(p.field);
      expect(p.zh.length).toBeGreaterThan(0);
      expect(p.en.length).toBeGreaterThan(0);
    }
    expect(problems.find((p) => p.field === 'dateOfDeath')).toMatchObject({
      labelZh: '死亡日期',
      labelEn: 'Date of death',
      zh: '请填写日期',
    });
  });

  it('names every missing field of a police proof', () => {
    const empty = {
      ...policeProof(),
      timeOfDeath: '',
      placeOfDeath: '',
      manner: 'natural',
      incidentNumber: '',
      officer: '',
    } as unknown as PoliceProofContent;
    expect(fieldsOf(empty).sort()).toEqual(
      ['incidentNumber', 'manner', 'officer', 'placeOfDeath', 'timeOfDeath'].sort(),
    );
  });

  it('names every missing field of a cremation and a burial record', () => {
    expect(fieldsOf(cremation({ cremationDate: '', officer: '' })).sort()).toEqual([
      'cremationDate',
      'officer',
    ]);
    expect(fieldsOf(burial({ burialDate: '', burialPlace: ' ', officer: '' })).sort()).toEqual([
      'burialDate',
      'burialPlace',
      'officer',
    ]);
  });

  it('refuses an ID number with a wrong check character or a non-date', () => {
    const wrongCheck = BODY + (mod11_2CheckChar(BODY) === '0' ? '1' : '0');
    expect(fieldsOf(certificate({ deceased: { ...deceased, idNumber: wrongCheck } }))).toEqual([
      'deceased.idNumber',
    ]);
    expect(fieldsOf(certificate({ deceased: { ...deceased, idNumber: '5301021950010' } }))).toEqual([
      'deceased.idNumber',
    ]);
  });

  it('names each line of the cause of death by its letter (a to d)', () => {
    const problems = validateReport(
      certificate({
        causes: [
          { cause: '', icd10: 'I21.9', interval: '' },
          { cause: '肺炎', icd10: 'J189', interval: '' },
        ],
      }),
      context,
    );
    expect(problems.map((p) => p.field)).toEqual(['causes.0.cause', 'causes.1.icd10']);
    expect(problems[0]).toMatchObject({ labelZh: '死亡原因（a）疾病名称' });
    expect(problems[1]).toMatchObject({
      labelZh: '死亡原因（b）ICD-10编码',
      labelEn: 'Cause of death (b) ICD-10 code',
    });
  });

  it('takes at most four lines of causes', () => {
    const line = { cause: '肺炎', icd10: 'J18.9', interval: '3天' };
    expect(fieldsOf(certificate({ causes: [line, line, line, line] }))).toEqual([]);
    expect(fieldsOf(certificate({ causes: [line, line, line, line, line] }))).toEqual(['causes']);
  });

  it('checks the ICD-10 format of each cause', () => {
    for (const code of ['I21.9', 'C34.90', 'J18', 'A09.0', 'Z99.9', 'U07.1', 'i21.9', ' I21.9 ']) {
      expect({
        code,
        fields: fieldsOf(certificate({ causes: [{ cause: '某病', icd10: code, interval: '' }] })),
      }).toEqual({ code, fields: [] });
    }
    for (const code of ['', 'I219', '121.9', 'I21.', 'I21.999', 'II21', 'I2', '心梗']) {
      expect({
        code,
        fields: fieldsOf(certificate({ causes: [{ cause: '某病', icd10: code, interval: '' }] })),
      }).toEqual({ code, fields: ['causes.0.icd10'] });
    }
    expect(ICD10.test('I21.9')).toBe(true);
    expect(ICD10.test('I21.9 ')).toBe(false);
  });

  it('checks the time of death (HH:MM, 00:00 to 23:59)', () => {
    expect(fieldsOf(certificate({ timeOfDeath: '00:00' }))).toEqual([]);
    expect(fieldsOf(certificate({ timeOfDeath: '23:59' }))).toEqual([]);
    for (const time of ['24:00', '8:30', '08:60', '0830', '上午八点']) {
      expect({ time, fields: fieldsOf(policeProof({ timeOfDeath: time })) }).toEqual({
        time,
        fields: ['timeOfDeath'],
      });
    }
  });

  it('refuses a date that is not a real date or not in the form 2026-11-01', () => {
    for (const date of ['2026-02-30', '2026-13-01', '2026/11/20', '20261120', '2026-11-1']) {
      const problems = validateReport(certificate({ dateOfDeath: date }), context);
      expect({ date, fields: problems.map((p) => p.field) }).toEqual({ date, fields: ['dateOfDeath'] });
      expect(problems[0]?.zh).toContain('年-月-日');
    }
  });

  it('refuses a date in the future, for death and for cremation or burial', () => {
    const future = validateReport(certificate({ dateOfDeath: '2026-12-02' }), context);
    expect(future).toEqual([expect.objectContaining({ field: 'dateOfDeath', zh: '日期不能晚于今天' })]);
    expect(fieldsOf(cremation({ cremationDate: '2026-12-02' }))).toEqual(['cremationDate']);
    expect(fieldsOf(burial({ burialDate: '2027-01-01' }))).toEqual(['burialDate']);
    // Today is "today in China", as the caller says.
    expect(fieldsOf(certificate({ dateOfDeath: '2026-12-02' }), '2026-12-02')).toEqual([]);
  });

  it("refuses a date before the deceased's birth, read from the ID number", () => {
    const before = validateReport(certificate({ dateOfDeath: '1949-12-31' }), context);
    expect(before).toEqual([
      expect.objectContaining({ field: 'dateOfDeath', zh: '日期不能早于逝者出生日期' }),
    ]);
    // The day of birth itself is possible (a death on the first day).
    expect(fieldsOf(certificate({ dateOfDeath: '1950-01-01' }))).toEqual([]);
    expect(fieldsOf(cremation({ dateOfDeath: '1950-01-01', cremationDate: '1949-06-01' })).sort()).toEqual([
      'cremationDate',
    ]);
  });

  it('refuses a cremation or a burial before the death', () => {
    const early = validateReport(
      cremation({ dateOfDeath: '2026-11-20', cremationDate: '2026-11-19' }),
      context,
    );
    expect(early).toEqual([
      expect.objectContaining({ field: 'cremationDate', zh: '火化日期不能早于死亡日期' }),
    ]);
    const buried = validateReport(burial({ dateOfDeath: '2026-11-20', burialDate: '2026-11-18' }), context);
    expect(buried).toEqual([
      expect.objectContaining({ field: 'burialDate', zh: '安葬日期不能早于死亡日期' }),
    ]);
    // The same day is fine.
    expect(fieldsOf(burial({ burialDate: '2026-11-20' }))).toEqual([]);
    // When the date of death itself is wrong, only that is named (the order cannot be judged).
    expect(fieldsOf(cremation({ dateOfDeath: '2026-12-05', cremationDate: '2026-11-19' }))).toEqual([
      'dateOfDeath',
    ]);
  });
});

describe('normaliseReport', () => {
  it('trims, and upper-cases the ID number and the ICD-10 codes', () => {
    const lower = `${BODY}x`;
    const clean = normaliseReport(
      certificate({
        deceased: { idNumber: ` ${lower} `, name: ' 王建国 ', gender: 'male' },
        placeOfDeath: ' 家中 ',
        causes: [{ cause: ' 肺炎 ', icd10: ' j18.9 ', interval: ' 3天 ' }],
      }),
    );
    expect(clean.deceased).toEqual({ idNumber: `${BODY}X`, name: '王建国', gender: 'male' });
    expect(clean.placeOfDeath).toBe('家中');
    expect(clean.causes).toEqual([{ cause: '肺炎', icd10: 'J18.9', interval: '3天' }]);
  });
});

describe('reportKindOfMatter', () => {
  it('knows the four matters that are issuer acts, and no other', () => {
    expect(reportKindOfMatter('medical-death-certificate')).toBe('medical-certificate');
    expect(reportKindOfMatter('police-death-proof')).toBe('police-proof');
    expect(reportKindOfMatter('cremation-certificate')).toBe('cremation');
    expect(reportKindOfMatter('burial-registration')).toBe('burial');
    expect(reportKindOfMatter('household-registration-cancellation')).toBeNull();
  });
});

let serial = 0;
function filed(content: ReportContent, over: Partial<RegistryReport> = {}): RegistryReport {
  serial += 1;
  return {
    id: `r${serial}`,
    version: 1,
    certificateNumber: `N${serial}`,
    institutionName: '演示机构',
    issuedAt: `2026-11-2${serial % 10}T08:00:00.000Z`,
    content,
    ...over,
  };
}

describe('concludeRegistry', () => {
  it('verifies a death with a medical certificate and a cremation in a cremation area', () => {
    const result = concludeRegistry([filed(certificate()), filed(cremation())], [], 'cremation');
    expect(result).toEqual({
      state: 'verified',
      name: '王建国',
      dateOfDeath: '2026-11-20',
      placeOfDeath: '昆明市五华区家中',
      circumstance: 'home',
      funeral: 'cremation',
      conflicts: [],
      missing: [],
    });
  });

  it('waits for what is missing: the cremation in a cremation area, the certificate always', () => {
    expect(concludeRegistry([filed(certificate())], [], 'cremation')).toMatchObject({
      state: 'reported',
      missing: ['cremation'],
      funeral: null,
    });
    expect(concludeRegistry([filed(cremation())], [], 'cremation')).toMatchObject({
      state: 'reported',
      missing: ['medical-certificate'],
      circumstance: null,
      // The name and date come from the cremation record until a certificate arrives.
      name: '王建国',
      dateOfDeath: '2026-11-20',
    });
    // Where the county's funeral mode is unknown, the certificate alone verifies the death.
    expect(concludeRegistry([filed(certificate())], [], null)).toMatchObject({
      state: 'verified',
      missing: [],
    });
    expect(concludeRegistry([], [], 'cremation')).toMatchObject({
      state: 'reported',
      name: null,
      dateOfDeath: null,
      missing: ['medical-certificate', 'cremation'],
    });
  });

  it('accepts a burial or a cremation in a burial area', () => {
    expect(concludeRegistry([filed(certificate()), filed(burial())], [], 'burial')).toMatchObject({
      state: 'verified',
      funeral: 'burial',
      missing: [],
    });
    expect(concludeRegistry([filed(certificate()), filed(cremation())], [], 'burial')).toMatchObject({
      state: 'verified',
      funeral: 'cremation',
      missing: [],
    });
    expect(concludeRegistry([filed(certificate())], [], 'burial')).toMatchObject({
      state: 'reported',
      missing: ['burial'],
    });
  });

  it('reads the circumstance of death from the certifier and the place', () => {
    const circumstance = (content: ReportContent) =>
      concludeRegistry([filed(content)], [], null).circumstance;
    expect(circumstance(certificate({ placeKind: 'hospital' }))).toBe('hospital');
    expect(circumstance(certificate({ placeKind: 'on-the-way' }))).toBe('hospital');
    expect(circumstance(certificate({ placeKind: 'home' }))).toBe('home');
    expect(circumstance(certificate({ placeKind: 'care-home' }))).toBe('home');
    expect(circumstance(policeProof())).toBe('unnatural');
    // A police proof alone is a certificate of death: nothing is missing but the disposition.
    expect(concludeRegistry([filed(policeProof()), filed(cremation())], [], 'cremation')).toMatchObject({
      state: 'verified',
      circumstance: 'unnatural',
    });
  });

  it('flags different dates of death, and gives no date until it is settled', () => {
    const a = filed(certificate({ dateOfDeath: '2026-11-20' }));
    const b = filed(cremation({ dateOfDeath: '2026-11-19', cremationDate: '2026-11-23' }));
    const result = concludeRegistry([a, b], [], 'cremation');
    expect(result.state).toBe('conflict');
    expect(result.dateOfDeath).toBeNull();
    expect(result.conflicts).toEqual([
      {
        field: 'dateOfDeath',
        values: [
          { reportId: a.id, version: 1, value: '2026-11-20' },
          { reportId: b.id, version: 1, value: '2026-11-19' },
        ],
      },
    ]);
    // What is not in dispute is still known.
    expect(result).toMatchObject({ name: '王建国', placeOfDeath: '昆明市五华区家中', funeral: 'cremation' });
  });

  it('flags different places of death between two certificates', () => {
    const a = filed(certificate({ placeOfDeath: '昆明市五华区家中' }));
    const b = filed(certificate({ placeOfDeath: '五华区演示人民医院', placeKind: 'hospital' }));
    const result = concludeRegistry([a, b], [], null);
    expect(result.state).toBe('conflict');
    expect(result.conflicts.map((c) => c.field)).toEqual(['placeOfDeath']);
    expect(result.placeOfDeath).toBeNull();
  });

  it('does not count spacing or full-width characters as a difference', () => {
    const a = filed(
      certificate({ placeOfDeath: '昆明市 五华区 家中', deceased: { ...deceased, name: '王建国' } }),
    );
    const b = filed(
      certificate({ placeOfDeath: '昆明市五华区家中', deceased: { ...deceased, name: '王 建国' } }),
    );
    expect(concludeRegistry([a, b], [], null).conflicts).toEqual([]);
    const c = filed(policeProof({ placeOfDeath: '昆明市五华区１号院' }));
    const d = filed(policeProof({ placeOfDeath: '昆明市五华区1号院' }));
    expect(concludeRegistry([c, d], [], null).conflicts).toEqual([]);
  });

  it('flags a different name, and names nobody until it is settled', () => {
    const a = filed(certificate());
    const b = filed(cremation({ deceased: { ...deceased, name: '王建华' } }));
    const result = concludeRegistry([a, b], [], 'cremation');
    expect(result).toMatchObject({ state: 'conflict', name: null });
    expect(result.conflicts.map((c) => c.field)).toEqual(['name']);
  });

  it('flags both a medical certificate and a police proof, and gives no circumstance', () => {
    const a = filed(certificate());
    const b = filed(policeProof());
    const result = concludeRegistry([a, b, filed(cremation())], [], 'cremation');
    expect(result.state).toBe('conflict');
    expect(result.conflicts).toEqual([
      {
        field: 'certifier',
        values: [
          { reportId: a.id, version: 1, value: 'medical-certificate' },
          { reportId: b.id, version: 1, value: 'police-proof' },
        ],
      },
    ]);
    expect(result.circumstance).toBeNull();
  });

  it('flags both a cremation and a burial, and gives no funeral', () => {
    const result = concludeRegistry(
      [filed(certificate()), filed(cremation()), filed(burial())],
      [],
      'burial',
    );
    expect(result.state).toBe('conflict');
    expect(result.conflicts.map((c) => c.field)).toEqual(['disposition']);
    expect(result.funeral).toBeNull();
  });

  it('lists every disagreement at once', () => {
    const a = filed(certificate({ placeOfDeath: '家中' }));
    const b = filed(policeProof({ dateOfDeath: '2026-11-18', placeOfDeath: '河边' }));
    const result = concludeRegistry([a, b, filed(cremation()), filed(burial())], [], 'cremation');
    expect(result.conflicts.map((c) => c.field)).toEqual([
      'dateOfDeath',
      'placeOfDeath',
      'certifier',
      'disposition',
    ]);
  });

  it("settles a conflict by a reviewer's decision, and uses the chosen report's value", () => {
    const a = filed(certificate({ dateOfDeath: '2026-11-20' }));
    const b = filed(cremation({ dateOfDeath: '2026-11-19', cremationDate: '2026-11-23' }));
    const byCremation = concludeRegistry(
      [a, b],
      [{ field: 'dateOfDeath', reportId: b.id, version: 1 }],
      'cremation',
    );
    expect(byCremation).toMatchObject({ state: 'verified', dateOfDeath: '2026-11-19', conflicts: [] });
    const byCertificate = concludeRegistry(
      [a, b],
      [{ field: 'dateOfDeath', reportId: a.id, version: 1 }],
      'cremation',
    );
    expect(byCertificate).toMatchObject({ state: 'verified', dateOfDeath: '2026-11-20' });
    // A decision on another field leaves this one open.
    expect(concludeRegistry([a, b], [{ field: 'name', reportId: b.id, version: 1 }], 'cremation').state).toBe(
      'conflict',
    );
  });

  it('uses the chosen name, certifier and disposition', () => {
    const a = filed(certificate());
    const b = filed(cremation({ deceased: { ...deceased, name: '王建华' } }));
    expect(
      concludeRegistry([a, b], [{ field: 'name', reportId: b.id, version: 1 }], 'cremation'),
    ).toMatchObject({ state: 'verified', name: '王建华' });

    const medical = filed(certificate());
    const police = filed(policeProof());
    const burnt = filed(cremation());
    expect(
      concludeRegistry(
        [medical, police, burnt],
        [{ field: 'certifier', reportId: police.id, version: 1 }],
        'cremation',
      ),
    ).toMatchObject({ state: 'verified', circumstance: 'unnatural' });
    expect(
      concludeRegistry(
        [medical, police, burnt],
        [{ field: 'certifier', reportId: medical.id, version: 1 }],
        'cremation',
      ),
    ).toMatchObject({ state: 'verified', circumstance: 'home' });

    const buried = filed(burial());
    expect(
      concludeRegistry(
        [medical, burnt, buried],
        [{ field: 'disposition', reportId: buried.id, version: 1 }],
        'burial',
      ),
    ).toMatchObject({ state: 'verified', funeral: 'burial' });
  });

  it('re-opens the conflict when a new version of the chosen report still disagrees', () => {
    const a = filed(certificate({ dateOfDeath: '2026-11-20' }));
    const b = filed(cremation({ dateOfDeath: '2026-11-19', cremationDate: '2026-11-23' }));
    const decided = [{ field: 'dateOfDeath' as const, reportId: b.id, version: 1 }];
    expect(concludeRegistry([a, b], decided, 'cremation').state).toBe('verified');

    // The funeral home corrects its record (a new version, as a new row of the same certificate),
    // and the date still differs from the certificate's: the decision was about version 1.
    const b2 = filed(cremation({ dateOfDeath: '2026-11-18', cremationDate: '2026-11-23' }), {
      version: 2,
      certificateNumber: b.certificateNumber,
    });
    const reopened = concludeRegistry([a, b2], decided, 'cremation');
    expect(reopened.state).toBe('conflict');
    expect(reopened.dateOfDeath).toBeNull();
    expect(reopened.conflicts[0]?.values).toEqual([
      { reportId: a.id, version: 1, value: '2026-11-20' },
      { reportId: b2.id, version: 2, value: '2026-11-18' },
    ]);
    // Also when the new version keeps the same id.
    const sameId = { ...b2, id: b.id };
    expect(concludeRegistry([a, sameId], decided, 'cremation').state).toBe('conflict');

    // A new version that agrees ends the conflict without any decision.
    const agreed = filed(cremation({ dateOfDeath: '2026-11-20', cremationDate: '2026-11-23' }), {
      version: 2,
    });
    expect(concludeRegistry([a, agreed], decided, 'cremation')).toMatchObject({
      state: 'verified',
      dateOfDeath: '2026-11-20',
    });
  });
});

describe('certificateNumber', () => {
  it('is the kind, the county, the issue date and a six-digit serial', () => {
    expect(certificateNumber('medical-certificate', '530102', '2026-12-01', 42)).toBe(
      'YX53010220261201000042',
    );
    expect(certificateNumber('police-proof', '530102', '2026-12-01', 1)).toBe('GA53010220261201000001');
    expect(certificateNumber('cremation', '530302', '2026-01-31', 999_999)).toBe('HH53030220260131999999');
    expect(certificateNumber('burial', '532524', '2026-12-01', 7)).toBe('TZ53252420261201000007');
  });

  it('takes the county from a longer region code', () => {
    expect(certificateNumber('burial', '532524001', '2026-12-01', 7)).toBe('TZ53252420261201000007');
  });

  it('has the same shape for every kind', () => {
    for (const kind of ['medical-certificate', 'police-proof', 'cremation', 'burial'] as const) {
      expect(certificateNumber(kind, '530102', '2026-12-01', 123)).toMatch(/^(YX|GA|HH|TZ)\d{6}\d{8}\d{6}$/);
    }
  });
});

describe('nextOfKinOrder', () => {
  it('puts the closest first: spouse, child, parent, sibling, grandchild', () => {
    expect(
      nextOfKinOrder([
        { idNumber: 'grandchild', relationship: 'grandchild' },
        { idNumber: 'sibling', relationship: 'sibling' },
        { idNumber: 'child', relationship: 'child' },
        { idNumber: 'parent', relationship: 'parent' },
        { idNumber: 'spouse', relationship: 'spouse' },
      ]),
    ).toEqual(['spouse', 'child', 'parent', 'sibling', 'grandchild']);
  });

  it('keeps the register order among equals, and leaves out anyone who is not next of kin', () => {
    expect(
      nextOfKinOrder([
        { idNumber: 'lodger', relationship: '' },
        { idNumber: 'son', relationship: 'child' },
        { idNumber: 'other', relationship: 'other' },
        { idNumber: 'daughter', relationship: 'child' },
      ]),
    ).toEqual(['son', 'daughter']);
    expect(nextOfKinOrder([])).toEqual([]);
  });
});
