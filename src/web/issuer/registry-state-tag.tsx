/**
 * The death registry's state for a deceased, in words and colour (the colour only repeats the
 * word): reported (known, not yet complete), verified (certified, and cremated or buried where the
 * region requires it), or conflict (issuers disagree; a reviewer settles it).
 */
import type { MessageKey, Translate } from '../i18n.ts';
import { TONES, type Tone } from '../theme.ts';
import type { RegistryState } from './issuer-api.ts';

const STATES: Record<RegistryState, { key: MessageKey; tone: Tone }> = {
  reported: { key: 'registryStateReported', tone: 'info' },
  verified: { key: 'registryStateVerified', tone: 'success' },
  conflict: { key: 'registryStateConflict', tone: 'error' },
};

export function RegistryStateTag({ state, t }: { state: RegistryState | null; t: Translate }) {
  const entry = state ? STATES[state] : undefined;
  const tone = TONES[entry?.tone ?? 'neutral'];
  return (
    <span
      className="lb-state-tag"
      data-testid="registry-state"
      data-state={state ?? 'none'}
      style={{ color: tone.color, background: tone.background, borderColor: tone.border }}
    >
      {entry ? t(entry.key) : t('notSet')}
    </span>
  );
}
