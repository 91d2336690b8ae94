import { describe, expect, it } from 'vitest';
import { renderTemplate, TEMPLATES } from './notification-templates.ts';

describe('message templates', () => {
  it('never ask for an ID number, an account or an amount', () => {
    for (const [name, template] of Object.entries(TEMPLATES)) {
      for (const param of template.params) expect(param, name).not.toMatch(/id|account|amount|card|money/i);
      expect(template.zh).not.toMatch(/身份证|银行卡|金额|元/);
    }
  });

  it('renders with the case code', () => {
    expect(renderTemplate('case.submitted', { caseCode: '530102202611220000012' })).toContain(
      '530102202611220000012',
    );
  });

  it('refuses a value that looks like an ID number or an amount', () => {
    expect(() => renderTemplate('draft.expiring', { date: '530102194001050019' })).toThrow();
    expect(() => renderTemplate('draft.expiring', { date: '¥1200' })).toThrow();
  });
});
