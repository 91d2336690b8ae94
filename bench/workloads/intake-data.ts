/**
 * The intake workload's applications: distinct, valid applications, each for a deceased of its own
 * (a GB 11643 ID number the sandbox registry does not know, so nothing is prefilled and the same
 * materials are asked every time), by one of the bench's citizens, in one county or spread over
 * the demo counties.
 */
import { mod11_2CheckChar } from '../../src/domain/case-code.ts';
import { DEFAULT_ANSWERS, DEFAULT_VALUES } from '../../tests/support/workflow.ts';

/** The county of `--regions one`; its code also starts every generated ID number. */
export const REGION = '530102';
export type RegionMode = 'one' | 'spread';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = '建国秀英桂兰德明志强海燕玉珍文华淑芬';
const personName = (n: number) =>
  `${SURNAMES[n % SURNAMES.length]}${GIVEN[Math.floor(n / SURNAMES.length) % GIVEN.length]}${GIVEN[n % GIVEN.length]}`;

/** The name of the k-th bench citizen, as their (made-up) identity gives it. */
export const citizenName = (k: number) => `测试家属${GIVEN[k % GIVEN.length]}`;

/** A valid GB 11643 ID number: the region, a birth date, a three-digit order code, the check char. */
function idNumber(birth: Date, order: number): string {
  const body = `${REGION}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${String(order).padStart(3, '0')}`;
  return body + mod11_2CheckChar(body);
}

/**
 * The k-th bench citizen's own ID number, typed into the form: the bench's citizens sign in with
 * no ID number in their identity.
 */
const applicantIdNumber = (k: number) => idNumber(new Date(Date.UTC(1980, 0, 1)), 100 + k);

/**
 * Answers changed per county for `--regions spread`: 岳阳县 (430621) takes no unnatural deaths
 * into the joint service, so its families answer a death at home.
 */
const ANSWERS_IN: Record<string, Record<string, string>> = { '430621': { deathCircumstance: 'home' } };

export interface Application {
  regionCode: string;
  /** The questionnaire answers (every question any county may ask). */
  answers: Record<string, string>;
  deceasedIdNumber: string;
  /** What the family types into the fields the registries and their identity left empty. */
  values: Record<string, string>;
}

/**
 * The i-th application, by the k-th citizen, filed in county `regions[i mod length]`. Order codes
 * run from 100 up, never one of the sandbox registry's people.
 */
export function applicationFor(i: number, k: number, regions: readonly string[]): Application {
  const birth = new Date(Date.UTC(1930, 0, 1) + Math.floor(i / 900) * 86_400_000);
  const regionCode = regions[i % regions.length] as string;
  return {
    regionCode,
    answers: { ...DEFAULT_ANSWERS, ...ANSWERS_IN[regionCode] },
    deceasedIdNumber: idNumber(birth, 100 + (i % 900)),
    values: {
      ...DEFAULT_VALUES,
      'deceased.name': personName(i),
      'applicant.name': citizenName(k),
      'applicant.idNumber': applicantIdNumber(k),
      'applicant.phone': `139${String(i % 100_000_000).padStart(8, '0')}`,
    },
  };
}
