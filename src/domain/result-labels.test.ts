import { describe, expect, it } from 'vitest';
import { catalogDocuments, loadCatalogFromFolder } from '../server/catalog/catalog-files.ts';
import { buildCatalog, CatalogError } from './catalog.ts';
import { resultInOneLine, resultLabels } from './result-labels.ts';

const catalog = loadCatalogFromFolder();
const labelsOf = (code: string) => resultLabels(catalog.matters.find((m) => m.code === code));

describe('result labels fit each matter', () => {
  it.each([
    [
      'household-registration-cancellation',
      'cancelledOn',
      '户口注销日期',
      'Household registration cancelled on',
    ],
    ['driving-licence-cancellation', 'cancelledOn', '驾驶证注销日期', 'Driving licence cancelled on'],
    ['medical-insurance-stop', 'cancelledOn', '终止参保日期', 'Coverage ended on'],
    ['institution-employee-death-termination', 'effectiveOn', '终止参保日期', 'Coverage ended on'],
    ['institution-retiree-death-termination', 'effectiveOn', '待遇停发日期', 'Pension stopped on'],
    ['pension-payment-termination', 'effectiveOn', '待遇停发日期', 'Pension stopped on'],
    ['housing-fund-account-sealing', 'effectiveOn', '账户封存日期', 'Account sealed on'],
    ['disability-subsidy-termination', 'effectiveOn', '补贴停发日期', 'Subsidies stopped on'],
  ] as const)('%s: its date is called %s → %s', (code, key, zh, en) => {
    expect(labelsOf(code)[key]).toEqual({ zh, en });
  });

  it('a medical-insurance stop is never a "注销日期"', () => {
    expect(labelsOf('medical-insurance-stop').cancelledOn.zh).not.toBe('注销日期');
  });

  it('keeps the plain labels of the other values', () => {
    expect(labelsOf('housing-fund-withdrawal').paidOn).toEqual({ zh: '支付日期', en: 'Paid on' });
    expect(labelsOf('medical-death-certificate').documentNumber).toEqual({
      zh: '文书编号',
      en: 'Document number',
    });
  });

  it('without a matter (a case from an older catalog), the labels of the type', () => {
    expect(resultLabels(undefined).cancelledOn).toEqual({ zh: '注销日期', en: 'Cancelled on' });
    expect(resultLabels({ resultType: 'termination' }).effectiveOn).toEqual({
      zh: '终止日期',
      en: 'Ended on',
    });
  });

  it('says a result in one line with its labels', () => {
    const labels = labelsOf('medical-insurance-stop');
    expect(resultInOneLine({ type: 'cancellation', cancelledOn: '2026-11-20' }, labels)).toBe(
      '终止参保日期：2026-11-20',
    );
    expect(resultInOneLine({ type: 'cancellation', cancelledOn: '2026-11-20' }, labels, 'en')).toBe(
      'Coverage ended on: 2026-11-20',
    );
  });
});

describe('the catalog check', () => {
  // A fresh copy of the shipped catalog each time, to change one matter.
  const documents = () => structuredClone(catalogDocuments());
  it('refuses a cancellation or termination without the name of its date', () => {
    const docs = documents();
    const matters = docs.find((d) => d.kind === 'matters');
    const list = matters?.value as Record<string, unknown>[];
    const hukou = list.find((m) => m.code === 'household-registration-cancellation') as Record<
      string,
      unknown
    >;
    delete hukou.resultDateLabel;
    delete hukou.resultDateLabelEn;
    expect(() => buildCatalog(docs)).toThrow(CatalogError);
    try {
      buildCatalog(docs);
    } catch (error) {
      expect((error as CatalogError).problems.map((p) => p.path)).toContain(
        `[${list.indexOf(hukou)}].resultDateLabel`,
      );
    }
  });

  it('refuses a date name given in one language only', () => {
    const docs = documents();
    const list = docs.find((d) => d.kind === 'matters')?.value as Record<string, unknown>[];
    const stop = list.find((m) => m.code === 'medical-insurance-stop') as Record<string, unknown>;
    delete stop.resultDateLabelEn;
    expect(() => buildCatalog(docs)).toThrow(/Chinese and in English/);
  });
});
