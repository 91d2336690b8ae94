/**
 * The calm colour scheme and the sizes of the UI: staff PC pages, citizen pages, and citizen pages
 * in large-text mode (大字模式). antd's defaults are replaced where they fall short of WCAG AA on
 * white: its primary blue (#1677ff, 4.1:1), its error red (#ff4d4f, 3.3:1) and its tertiary grey
 * (about 2.9:1).
 */
import type { ThemeConfig } from 'antd';

export const COLORS = {
  primary: '#2f5d8a',
  success: '#2e6b2e',
  warning: '#8a5a00',
  error: '#b42318',
  textSecondary: '#4a5560',
  border: '#87919b',
  layout: '#f4f6f8',
} as const;

/** Background and text pairs for state tags; each pair is at least 5.5:1. */
export const TONES = {
  neutral: { color: '#4a5560', background: '#eef0f2', border: '#c9ced4' },
  info: { color: '#2f5d8a', background: '#e6eef6', border: '#b7c9dc' },
  success: { color: '#2e6b2e', background: '#eaf4ea', border: '#b9d5b9' },
  error: { color: '#a8261c', background: '#fbeceb', border: '#e8bdb9' },
  // Waiting on someone, or a time limit near its end (黄灯): 6.5:1.
  warning: { color: '#7a4f00', background: '#fdf3e1', border: '#e3c48a' },
} as const;

export type Tone = keyof typeof TONES;

const FONT_FAMILY = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(', ');

const BASE: ThemeConfig = {
  token: {
    colorPrimary: COLORS.primary,
    colorInfo: COLORS.primary,
    colorInfoBg: '#e6eef6',
    colorInfoBorder: '#b7c9dc',
    colorLink: COLORS.primary,
    colorSuccess: COLORS.success,
    colorWarning: COLORS.warning,
    colorError: COLORS.error,
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: '#737373',
    colorBorder: COLORS.border,
    colorBgLayout: COLORS.layout,
    borderRadius: 6,
    fontFamily: FONT_FAMILY,
    // Calm, not shouting: antd's default h1 is 38px, too loud on a phone.
    fontSizeHeading1: 26,
    fontSizeHeading2: 20,
    fontSizeHeading3: 18,
  },
  components: {
    Layout: { headerBg: '#ffffff', headerPadding: '0 16px', headerHeight: 'auto', bodyBg: COLORS.layout },
  },
};

/**
 * The family's pages take antd's component styles from the app's stylesheet, made at build time
 * (antd-family-styles.ts), instead of writing them in the browser as each component first renders:
 * less work for an old phone. Without the hash class, the rules' selectors are antd's plain class
 * names, the same in the stylesheet as on the page.
 */
const PREBUILT_STYLES: ThemeConfig = { zeroRuntime: true, hashed: false };

/** Citizen pages are used on phones: controls at least 44px high, the usual touch-target size. */
const CITIZEN: ThemeConfig = {
  ...BASE,
  ...PREBUILT_STYLES,
  token: { ...BASE.token, fontSize: 16, controlHeight: 44, controlHeightLG: 48, controlHeightSM: 32 },
};

/** 大字模式: everything larger, text and controls alike, not just the font. */
const CITIZEN_LARGE: ThemeConfig = {
  ...BASE,
  ...PREBUILT_STYLES,
  token: {
    ...BASE.token,
    fontSize: 20,
    fontSizeHeading1: 32,
    fontSizeHeading2: 26,
    fontSizeHeading3: 22,
    controlHeight: 52,
    controlHeightLG: 56,
    controlHeightSM: 40,
  },
};

export type Area = 'citizen' | 'staff';

export function themeFor(area: Area, largeText: boolean): ThemeConfig {
  if (area === 'staff') return BASE;
  return largeText ? CITIZEN_LARGE : CITIZEN;
}
