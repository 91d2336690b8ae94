/**
 * The light background and border of a state's tone, for antd alerts: antd derives its success
 * and warning backgrounds from our dark accessible colours as greys; these are the tag colours.
 */
import type { CSSProperties } from 'react';
import { TONES, type Tone } from '../theme.ts';

export function alertTone(tone: Tone): CSSProperties {
  return { background: TONES[tone].background, borderColor: TONES[tone].border };
}
