import { describe, expect, it } from 'vitest';
import { familyAntdCss } from './antd-family-styles.ts';

describe("the family's antd stylesheet", () => {
  const css = familyAntdCss();

  it('has the rules of every component the family’s pages show', () => {
    for (const root of [
      'ant-layout',
      'ant-typography',
      'ant-flex',
      'ant-btn',
      'ant-card',
      'ant-alert',
      'ant-form-item',
      'ant-input',
      'ant-checkbox',
      'ant-radio',
      'ant-timeline',
      'ant-spin',
      'ant-tag',
      'ant-tooltip',
      'ant-modal',
      'ant-drawer',
      'ant-message',
      'ant-app',
    ]) {
      expect(css, root).toMatch(new RegExp(`\\.${root}[\\s{.:,\\[]`));
    }
  });

  it("names antd's plain class names, which the pages carry, and the theme only through variables", () => {
    expect(css).not.toContain(':where(.css-');
    expect(css).toContain('var(--ant-color-primary)');
    // The theme's own colours are set in the browser, not written into the rules.
    expect(css).not.toContain('#2f5d8a');
    expect(css).not.toContain('data-ant-cssinjs-cache-path');
  });
});
