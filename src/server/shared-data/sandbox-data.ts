/**
 * Synthetic people for the sandbox registry and the simulator of the provincial service. Every
 * name and number here is made up; ID numbers only have a valid check character.
 */
import type { Bilingual } from '../../domain/bilingual.ts';
import type { CremationRecord, DeathRecord, ELicence, PersonRecord } from './gateway.ts';

export interface SandboxPerson {
  person: PersonRecord;
  death?: DeathRecord;
  cremation?: CremationRecord;
  /** Questionnaire facts from department records, with the records they come from. */
  facts: Record<string, string>;
}

export const SANDBOX_SOURCES: Record<string, Bilingual> = {
  deathCircumstance: { zh: '死亡医学证明信息（演示数据）', en: 'Medical death certificate (demo data)' },
  insuredInCountyCentre: { zh: '人社部门参保信息（演示数据）', en: 'Social insurance records (demo data)' },
  staffType: { zh: '人社部门参保信息（演示数据）', en: 'Social insurance records (demo data)' },
  medicalInsurance: { zh: '医保部门参保信息（演示数据）', en: 'Medical insurance records (demo data)' },
  providentFund: { zh: '住房公积金中心（演示数据）', en: 'Provident fund centre (demo data)' },
  socialAssistance: { zh: '民政部门救助信息（演示数据）', en: 'Civil affairs records (demo data)' },
  disabilitySubsidy: { zh: '残联补贴信息（演示数据）', en: "Disabled persons' federation (demo data)" },
  veteran: { zh: '退役军人事务部门（演示数据）', en: 'Veterans affairs records (demo data)' },
  drivingLicence: { zh: '公安交管驾驶人信息（演示数据）', en: 'Driver records (demo data)' },
  householdLocal: { zh: '人口信息库（演示数据）', en: 'Population registry (demo data)' },
};

export const SANDBOX_PEOPLE: Record<string, SandboxPerson> = {
  '530102194001050019': {
    person: {
      idNumber: '530102194001050019',
      name: '王建国',
      gender: 'male',
      dateOfBirth: '1940-01-05',
      householdRegion: '530102',
      householdAddress: '云南省昆明市五华区演示路1号',
    },
    death: {
      dateOfDeath: '2026-11-01',
      placeOfDeath: '昆明市五华区家中',
      circumstance: 'home',
      certificateNumber: 'YN-DEMO-20261101-0001',
      issuer: '五华区演示社区卫生服务站',
    },
    cremation: {
      date: '2026-11-03',
      funeralHome: '昆明市演示殡仪馆',
      certificateNumber: 'HH-DEMO-20261103-0001',
    },
    facts: {
      deathCircumstance: 'home',
      staffType: 'enterprise-retiree',
      medicalInsurance: 'employee',
      providentFund: 'yes',
      socialAssistance: 'no',
      disabilitySubsidy: 'no',
      veteran: 'no',
      drivingLicence: 'yes',
    },
  },
  '530102198503140020': {
    person: {
      idNumber: '530102198503140020',
      name: '张伟',
      gender: 'male',
      dateOfBirth: '1985-03-14',
      householdRegion: '530102',
      householdAddress: '云南省昆明市五华区演示路1号',
      mobile: '13800000001',
    },
    facts: {},
  },
  '532502193809120031': {
    person: {
      idNumber: '532502193809120031',
      name: '李秀英',
      gender: 'female',
      dateOfBirth: '1938-09-12',
      householdRegion: '532524',
      householdAddress: '云南省红河州建水县演示村3组',
    },
    facts: {
      staffType: 'resident',
      medicalInsurance: 'resident',
      providentFund: 'no',
      socialAssistance: 'yes',
      disabilitySubsidy: 'yes',
      veteran: 'no',
      drivingLicence: 'no',
    },
  },
  '430621194502030027': {
    person: {
      idNumber: '430621194502030027',
      name: '刘德明',
      gender: 'male',
      dateOfBirth: '1945-02-03',
      householdRegion: '430621',
      householdAddress: '湖南省岳阳市岳阳县演示街8号',
    },
    death: {
      dateOfDeath: '2026-11-10',
      placeOfDeath: '岳阳县演示人民医院',
      circumstance: 'hospital',
      certificateNumber: 'HN-DEMO-20261110-0007',
      issuer: '岳阳县演示人民医院',
    },
    cremation: {
      date: '2026-11-12',
      funeralHome: '岳阳县演示殡仪馆',
      certificateNumber: 'YY-DEMO-20261112-0003',
    },
    facts: {
      deathCircumstance: 'hospital',
      insuredInCountyCentre: 'yes',
      staffType: 'enterprise-retiree',
      medicalInsurance: 'employee',
      providentFund: 'yes',
      socialAssistance: 'no',
      disabilitySubsidy: 'no',
      veteran: 'yes',
    },
  },
  '530302195001010012': {
    person: {
      idNumber: '530302195001010012',
      name: '赵桂兰',
      gender: 'female',
      dateOfBirth: '1950-01-01',
      householdRegion: '530302',
      householdAddress: '云南省曲靖市麒麟区演示巷5号',
    },
    facts: {
      staffType: 'institution-retiree',
      medicalInsurance: 'employee',
      providentFund: 'yes',
      veteran: 'yes',
      drivingLicence: 'no',
    },
  },
  // A death not yet reported anywhere: the registry learns of it from the clinic and the funeral
  // home, and the platform then reaches her son first (主动服务).
  '530102194203150042': {
    person: {
      idNumber: '530102194203150042',
      name: '陈淑芬',
      gender: 'female',
      dateOfBirth: '1942-03-15',
      householdRegion: '530102',
      householdAddress: '云南省昆明市五华区演示路9号',
    },
    facts: {
      staffType: 'enterprise-retiree',
      medicalInsurance: 'employee',
      providentFund: 'no',
      socialAssistance: 'no',
      disabilitySubsidy: 'no',
      veteran: 'no',
      drivingLicence: 'no',
    },
  },
  '530102197006060033': {
    person: {
      idNumber: '530102197006060033',
      name: '陈明',
      gender: 'male',
      dateOfBirth: '1970-06-06',
      householdRegion: '530102',
      householdAddress: '云南省昆明市五华区演示路9号',
      mobile: '13900139000',
    },
    facts: {},
  },
  '532524197208080018': {
    person: {
      idNumber: '532524197208080018',
      name: '李国强',
      gender: 'male',
      dateOfBirth: '1972-08-08',
      householdRegion: '532524',
      householdAddress: '云南省红河州建水县演示村3组',
      mobile: '13700137000',
    },
    facts: {},
  },
};

export const SANDBOX_LICENCES: ELicence[] = [
  {
    reference: 'ELIC-DEMO-ID-0001',
    type: 'id-card',
    number: '530102194001050019',
    holderIdNumber: '530102194001050019',
    issuer: '昆明市公安局五华分局（演示）',
    issuedOn: '2010-06-01',
    names: [],
  },
  {
    reference: 'ELIC-DEMO-HH-0001',
    type: 'household-register',
    number: 'HK-DEMO-530102-0001',
    holderIdNumber: '530102194001050019',
    issuer: '五华区演示派出所',
    issuedOn: '2005-03-01',
    names: ['530102198503140020'],
    relations: { '530102198503140020': 'child' },
  },
  {
    reference: 'ELIC-DEMO-BC-0001',
    type: 'birth-certificate',
    number: 'CS-DEMO-1985-0001',
    holderIdNumber: '530102198503140020',
    issuer: '昆明市演示妇幼保健院',
    issuedOn: '1985-03-20',
    names: ['530102194001050019'],
  },
  {
    reference: 'ELIC-DEMO-MD-0001',
    type: 'medical-death-certificate',
    number: 'YN-DEMO-20261101-0001',
    holderIdNumber: '530102194001050019',
    issuer: '五华区演示社区卫生服务站',
    issuedOn: '2026-11-01',
    names: [],
  },
  {
    reference: 'ELIC-DEMO-CR-0001',
    type: 'cremation-certificate',
    number: 'HH-DEMO-20261103-0001',
    holderIdNumber: '530102194001050019',
    issuer: '昆明市演示殡仪馆',
    issuedOn: '2026-11-03',
    names: [],
  },
  {
    reference: 'ELIC-DEMO-DL-0001',
    type: 'driving-licence',
    number: '530102194001050019',
    holderIdNumber: '530102194001050019',
    issuer: '昆明市公安局交通警察支队（演示）',
    issuedOn: '2016-04-01',
    names: [],
  },
  {
    reference: 'ELIC-DEMO-ID-0002',
    type: 'id-card',
    number: '530102198503140020',
    holderIdNumber: '530102198503140020',
    issuer: '昆明市公安局五华分局（演示）',
    issuedOn: '2015-08-01',
    names: [],
  },
  {
    reference: 'ELIC-DEMO-HH-0002',
    type: 'household-register',
    number: 'HK-DEMO-530102-0009',
    holderIdNumber: '530102194203150042',
    issuer: '五华区演示派出所',
    issuedOn: '1998-05-01',
    names: ['530102197006060033'],
    relations: { '530102197006060033': 'child' },
  },
  {
    reference: 'ELIC-DEMO-ID-0003',
    type: 'id-card',
    number: '530102194203150042',
    holderIdNumber: '530102194203150042',
    issuer: '昆明市公安局五华分局（演示）',
    issuedOn: '2012-03-01',
    names: [],
  },
  {
    reference: 'ELIC-DEMO-ID-0004',
    type: 'id-card',
    number: '530102197006060033',
    holderIdNumber: '530102197006060033',
    issuer: '昆明市公安局五华分局（演示）',
    issuedOn: '2014-06-01',
    names: [],
  },
  {
    reference: 'ELIC-DEMO-HH-0003',
    type: 'household-register',
    number: 'HK-DEMO-532524-0003',
    holderIdNumber: '532502193809120031',
    issuer: '建水县演示派出所',
    issuedOn: '2001-09-01',
    names: ['532524197208080018'],
    relations: { '532524197208080018': 'child' },
  },
];
