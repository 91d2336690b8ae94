/**
 * The sandbox registry: synthetic records standing in for the population registry and the
 * department records that answer questionnaire questions (insurance type, provident fund,
 * assistance, disability subsidy, veteran status, driving licence, the death record). Clearly
 * marked as demo data; the connector to the provincial data-sharing service replaces it.
 */
import type { KnownFact, Text } from '../../domain/bundle.ts';

interface DemoPerson {
  name: string;
  householdRegion: string;
  facts: Record<string, { value: string; from: Text }>;
}

const POPULATION: Text = { zh: '人口信息库（演示数据）', en: 'Population registry (demo data)' };
const HRSS: Text = { zh: '人社部门参保信息（演示数据）', en: 'Social insurance records (demo data)' };
const MEDICAL: Text = { zh: '医保部门参保信息（演示数据）', en: 'Medical insurance records (demo data)' };
const FUND: Text = { zh: '住房公积金中心（演示数据）', en: 'Provident fund centre (demo data)' };
const CIVIL: Text = { zh: '民政部门救助信息（演示数据）', en: 'Civil affairs records (demo data)' };
const DISABLED: Text = { zh: '残联补贴信息（演示数据）', en: "Disabled persons' federation (demo data)" };
const VETERANS: Text = { zh: '退役军人事务部门（演示数据）', en: 'Veterans affairs records (demo data)' };
const TRAFFIC: Text = { zh: '公安交管驾驶人信息（演示数据）', en: 'Driver records (demo data)' };
const DEATH: Text = { zh: '死亡医学证明信息（演示数据）', en: 'Medical death certificate (demo data)' };

const PEOPLE: Record<string, DemoPerson> = {
  '530102194001050019': {
    name: '王建国',
    householdRegion: '530102',
    facts: {
      deathCircumstance: { value: 'home', from: DEATH },
      staffType: { value: 'enterprise-retiree', from: HRSS },
      medicalInsurance: { value: 'employee', from: MEDICAL },
      providentFund: { value: 'yes', from: FUND },
      socialAssistance: { value: 'no', from: CIVIL },
      disabilitySubsidy: { value: 'no', from: DISABLED },
      veteran: { value: 'no', from: VETERANS },
      drivingLicence: { value: 'yes', from: TRAFFIC },
    },
  },
  '532502193809120031': {
    name: '李秀英',
    householdRegion: '532524',
    facts: {
      staffType: { value: 'resident', from: HRSS },
      medicalInsurance: { value: 'resident', from: MEDICAL },
      providentFund: { value: 'no', from: FUND },
      socialAssistance: { value: 'yes', from: CIVIL },
      disabilitySubsidy: { value: 'yes', from: DISABLED },
      veteran: { value: 'no', from: VETERANS },
      drivingLicence: { value: 'no', from: TRAFFIC },
    },
  },
  '430621194502030027': {
    name: '刘德明',
    householdRegion: '430621',
    facts: {
      deathCircumstance: { value: 'hospital', from: DEATH },
      insuredInCountyCentre: { value: 'yes', from: HRSS },
      staffType: { value: 'enterprise-retiree', from: HRSS },
      medicalInsurance: { value: 'employee', from: MEDICAL },
      providentFund: { value: 'yes', from: FUND },
      socialAssistance: { value: 'no', from: CIVIL },
      disabilitySubsidy: { value: 'no', from: DISABLED },
      veteran: { value: 'yes', from: VETERANS },
    },
  },
  '530302195001010012': {
    name: '赵桂兰',
    householdRegion: '530302',
    facts: {
      staffType: { value: 'institution-retiree', from: HRSS },
      medicalInsurance: { value: 'employee', from: MEDICAL },
      providentFund: { value: 'yes', from: FUND },
      veteran: { value: 'yes', from: VETERANS },
      drivingLicence: { value: 'no', from: TRAFFIC },
    },
  },
};

/** What the demo registry knows about a deceased person, as questionnaire facts for a region. */
export function demoRegistryFacts(idNumber: string, regionCode: string): Record<string, KnownFact> | null {
  const person = PEOPLE[idNumber.trim().toUpperCase()];
  if (!person) return null;
  const facts: Record<string, KnownFact> = {
    householdLocal: {
      value: person.householdRegion === regionCode ? 'yes' : 'no',
      source: 'shared-data',
      from: POPULATION,
    },
  };
  for (const [id, fact] of Object.entries(person.facts))
    facts[id] = { value: fact.value, source: 'shared-data', from: fact.from };
  return facts;
}
