/**
 * antd's component styles for the family's pages, made once when the app is built instead of in
 * each browser as the page first draws (docs/PERFORMANCE.md, "The family's pages on a phone").
 *
 * antd normally writes each component's CSS in the browser the first time that component renders:
 * it serialises the style objects, hashes them and inserts a <style> element, one component type
 * after another. On an old phone that was about a third of the script time of the first form step.
 * On the family's pages (theme.ts: `zeroRuntime`) antd skips that work and the rules come from the
 * app's stylesheet instead: the build renders one sample of every antd component the family's pages
 * use, here, in Node, and keeps the CSS antd wrote for them (vite.config.ts, `familyAntdStyles`).
 *
 * The rules are the same for every theme: they refer to the theme's values through CSS variables
 * (`var(--ant-color-primary)`), which antd still sets in the browser for the theme in force, so
 * normal and large text share one stylesheet. `familyAntdCss` checks that this holds.
 *
 * A component missing here would show unstyled on a family page; the browser tests check on every
 * page they record that each antd component on it has its rules (e2e/support/browser.ts).
 */
import { createCache, extractStyle, StyleProvider } from '@ant-design/cssinjs';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  ConfigProvider,
  Drawer,
  Flex,
  Form,
  Input,
  Layout,
  Modal,
  message,
  Radio,
  Spin,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import { createElement as h, type ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { themeFor } from './theme.ts';

/**
 * One sample of each antd component a family's page can show, in the variants that bring parts of
 * their own (an icon, a loading state, a validation message). A component's styles are its whole
 * stylesheet, every state included, so one rendering of it is enough, closed dialogs included
 * (antd registers them as the component renders, not as it opens).
 */
function familySamples(): ReactElement[] {
  return [
    h(
      Layout,
      { key: 'layout' },
      h(Layout.Header, null, 'header'),
      h(Layout.Content, null, 'content'),
      h(Layout.Footer, null, 'footer'),
    ),
    h(Typography.Title, { key: 'title', level: 2 }, 'title'),
    h(Typography.Paragraph, { key: 'paragraph', type: 'secondary' }, 'paragraph'),
    h(Typography.Text, { key: 'text', strong: true }, 'text'),
    h(Typography.Link, { key: 'link', href: '#' }, 'link'),
    h(Flex, { key: 'flex', gap: 'small', wrap: true, vertical: true }, 'flex'),
    h(Button, { key: 'button', type: 'primary', loading: true, icon: h('span') }, 'button'),
    h(Button, { key: 'button-link', type: 'link', danger: true, block: true }, 'button'),
    h(Card, {
      key: 'card',
      title: 'card',
      extra: 'extra',
      size: 'small',
      actions: [h('span', { key: 'a' })],
    }),
    h(Alert, {
      key: 'alert',
      type: 'warning',
      showIcon: true,
      title: 'alert',
      description: 'd',
      closable: true,
    }),
    h(Alert, { key: 'alert-banner', type: 'error', banner: true, title: 'alert' }),
    h(
      Form,
      { key: 'form', layout: 'vertical' },
      h(
        Form.Item,
        { label: 'label', required: true, help: 'help', validateStatus: 'error', hasFeedback: true },
        h(Input, { allowClear: true, prefix: h('span'), showCount: true, maxLength: 9 }),
      ),
      h(
        Form.Item,
        { label: 'label', tooltip: 'tooltip', extra: 'extra' },
        h(Input.TextArea, { showCount: true }),
      ),
      h(Form.Item, null, h(Input.Password, null)),
    ),
    h(Input.Search, { key: 'search' }),
    h(Checkbox.Group, { key: 'checkbox', options: ['a', 'b'] }),
    h(Radio.Group, { key: 'radio', options: ['a', 'b'] }),
    h(Radio.Group, { key: 'radio-button', optionType: 'button', options: ['a', 'b'] }),
    h(Timeline, { key: 'timeline', items: [{ content: 'a' }, { content: 'b', color: 'green' }] }),
    h(Spin, { key: 'spin', description: 'description' }, h('span')),
    h(Tag, { key: 'tag', color: 'blue', closable: true }, 'tag'),
    h(Tooltip, { key: 'tooltip', title: 'tooltip' }, h('span')),
    h(Tooltip._InternalPanelDoNotUseOrYouWillBeFired, { key: 'tooltip-panel', title: 'tooltip' }),
    h(Modal, { key: 'modal', title: 'modal' }, 'modal'),
    h(Modal._InternalPanelDoNotUseOrYouWillBeFired, { key: 'confirm', type: 'confirm', title: 'confirm' }),
    h(Drawer, { key: 'drawer', title: 'drawer' }, 'drawer'),
    h(App, { key: 'app' }, 'app'),
    h(message._InternalPanelDoNotUseOrYouWillBeFired, {
      key: 'message',
      type: 'success',
      content: 'message',
    }),
  ];
}

const CACHE_MAP_RULE = /\.data-ant-cssinjs-cache-path\{content:"[^"]*";\}$/;

/** The CSS antd writes for the samples under the family's theme, normal or large text. */
function renderedCss(largeText: boolean): string {
  const cache = createCache();
  renderToString(
    h(
      StyleProvider,
      { cache },
      h(
        ConfigProvider,
        { theme: { ...themeFor('citizen', largeText), zeroRuntime: false } },
        ...familySamples(),
      ),
    ),
  );
  // Only the components' rules: the theme's variables (`cssVar`) antd still sets in the browser.
  // The last rule is a map of the cache for hydrating antd's own <style> elements: none here.
  return extractStyle(cache, { plain: true, types: 'style' }).replace(CACHE_MAP_RULE, '');
}

/** The family's antd stylesheet; fails if its rules would differ between normal and large text. */
export function familyAntdCss(): string {
  const normal = renderedCss(false);
  if (renderedCss(true) !== normal) {
    throw new Error("antd's rules differ between normal and large text: one stylesheet cannot serve both");
  }
  return normal;
}
