/**
 * The colour of the link-style buttons in the application forms (信息有误？, 修改, the problem list):
 * the theme's primary blue also on hover and focus, where antd would lighten it below 4.5:1 on
 * the grey and tinted backgrounds these buttons sit on.
 */
import { COLORS } from '../theme.ts';

export const LINK_STYLE = { color: COLORS.primary } as const;
