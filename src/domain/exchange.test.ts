import { describe, expect, it } from 'vitest';
import { loadCatalogFromFolder } from '../server/catalog/catalog-files.ts';
import {
  afterFailure,
  checkEffectiveDate,
  classifyPushStatus,
  informationUseMatters,
  overpaymentGap,
  type PartyCandidate,
  regionAncestors,
  resolveParty,
  retryDelayMs,
} from './exchange.ts';

const party = (overrides: Partial<PartyCandidate> & Pick<PartyCandidate, 'code'>): PartyCandidate => ({
  kind: 'department',
  departmentCode: 'medical-insurance',
  regionCode: '530102',
  bankName: null,
  adapter: 'push',
  ...overrides,
});

describe('which party a message goes to', () => {
  const parties = [
    party({ code: 'medical-insurance:530102' }),
    party({
      code: 'housing-fund:530100',
      departmentCode: 'housing-fund',
      regionCode: '530100',
      adapter: 'pull',
    }),
    party({
      code: 'bank:icbc-53',
      kind: 'bank',
      departmentCode: 'financial-regulation',
      regionCode: '530000',
      bankName: '中国工商银行',
    }),
    party({
      code: 'bank:icbc-43',
      kind: 'bank',
      departmentCode: 'financial-regulation',
      regionCode: '430000',
      bankName: '中国工商银行',
    }),
  ];
  const target = (departmentCode: string, regionCode: string, bankName?: string) => ({
    departmentCode,
    regionCode,
    regionAncestors: regionAncestors(regionCode),
    ...(bankName ? { bankName } : {}),
  });

  it('is the county office when it is configured', () => {
    expect(resolveParty(parties, target('medical-insurance', '530102'))).toEqual({
      code: 'medical-insurance:530102',
      adapter: 'push',
    });
  });

  it('is the nearest enclosing office otherwise (a prefecture’s provident fund centre)', () => {
    expect(resolveParty(parties, target('housing-fund', '530102'))).toEqual({
      code: 'housing-fund:530100',
      adapter: 'pull',
    });
  });

  it('is the county office’s workbench when nothing is configured', () => {
    expect(resolveParty(parties, target('civil-affairs', '532524'))).toEqual({
      code: 'civil-affairs:532524',
      adapter: 'workbench',
    });
  });

  it('is the bank itself for deposits held there, a branch included, in the province it serves', () => {
    expect(
      resolveParty(parties, target('financial-regulation', '530102', '中国工商银行昆明五华支行')).code,
    ).toBe('bank:icbc-53');
    expect(resolveParty(parties, target('financial-regulation', '430621', '中国工商银行')).code).toBe(
      'bank:icbc-43',
    );
    expect(resolveParty(parties, target('financial-regulation', '530102', '富滇银行')).code).toBe(
      'financial-regulation:530102',
    );
  });

  it('knows a county’s enclosing regions', () => {
    expect(regionAncestors('530102')).toEqual(['530100', '530000']);
    expect(regionAncestors('530100')).toEqual(['530000']);
    expect(regionAncestors('x')).toEqual([]);
  });
});

describe('retries', () => {
  const policy = { baseMs: 1000, capMs: 60_000, maxAttempts: 5 };

  it('grow exponentially, with jitter in the upper half, and never pass the cap', () => {
    expect(retryDelayMs(1, policy, 0)).toBe(500);
    expect(retryDelayMs(1, policy, 0.999)).toBeLessThanOrEqual(1000);
    expect(retryDelayMs(3, policy, 0)).toBe(2000);
    expect(retryDelayMs(3, policy, 0.5)).toBe(3000);
    for (let attempt = 1; attempt < 40; attempt++) {
      expect(retryDelayMs(attempt, policy, 0.9999)).toBeLessThanOrEqual(60_000);
    }
  });

  it('end in the dead letters after the attempts allowed, or at once for a permanent refusal', () => {
    expect(afterFailure(4, policy, { permanent: false })).toBe('retry');
    expect(afterFailure(5, policy, { permanent: false })).toBe('dead');
    expect(afterFailure(1, policy, { permanent: true })).toBe('dead');
  });

  it('read a push party’s status: 2xx delivered, 408/425/429/5xx again, other 4xx never', () => {
    expect(classifyPushStatus(200)).toBe('delivered');
    expect(classifyPushStatus(204)).toBe('delivered');
    for (const status of [408, 425, 429, 500, 502, 503]) expect(classifyPushStatus(status)).toBe('retry');
    for (const status of [400, 401, 404, 409, 422]) expect(classifyPushStatus(status)).toBe('permanent');
    expect(classifyPushStatus(302)).toBe('permanent');
  });
});

describe('the overpayment guard', () => {
  it('says nothing when the stop took effect the day after death (or earlier)', () => {
    expect(overpaymentGap('2026-11-01', '2026-11-02')).toBeNull();
    expect(overpaymentGap('2026-11-01', '2026-11-01')).toBeNull();
  });

  it('shows the days paid for after death when the stop came later', () => {
    expect(overpaymentGap('2026-11-01', '2026-12-01')).toEqual({
      from: '2026-11-02',
      through: '2026-11-30',
      days: 29,
    });
  });

  it('refuses a stop before the death, or more than a year ahead', () => {
    expect(checkEffectiveDate('2026-11-01', '2026-10-31', '2026-12-01')).toBe('before-death');
    expect(checkEffectiveDate('2026-11-01', '2028-01-01', '2026-12-01')).toBe('too-late');
    expect(checkEffectiveDate('2026-11-01', '2026-11-02', '2026-12-01')).toBeNull();
  });
});

describe('information use', () => {
  const catalog = loadCatalogFromFolder();

  it('tells the six bodies that pay benefits in a pilot county, and no issuer', () => {
    const matters = informationUseMatters(catalog, '530102');
    expect(matters.map((m) => m.department).sort()).toEqual([
      'civil-affairs',
      'disabled-federation',
      'housing-fund',
      'human-resources',
      'medical-insurance',
      'veterans-affairs',
    ]);
    expect(matters.every((m) => m.needsApplication === false && !m.issuedBy)).toBe(true);
  });

  it('follows the region’s own profile (Yueyang)', () => {
    expect(informationUseMatters(catalog, '430621').length).toBeGreaterThan(0);
  });
});
