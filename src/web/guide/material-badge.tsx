/**
 * The small mark on a material the family need not bring: shared data already holds it
 * (免提交), or an electronic licence can stand in for the paper (电子证照). Drawn with a border as
 * well as a colour so it survives black-and-white printing.
 */
import { useAppState } from '../app-state.tsx';
import { TONES } from '../theme.ts';
import type { Replacement } from './catalog-api.ts';

interface MaterialBadgeProps {
  replaceableBy: Replacement;
  /** The guide says where the data comes from; the family's list says it short. */
  wording: 'guide' | 'short';
}

export function MaterialBadge({ replaceableBy, wording }: MaterialBadgeProps) {
  const { t } = useAppState();
  if (!replaceableBy) return null;
  const tone = replaceableBy === 'shared-data' ? TONES.success : TONES.info;
  const label =
    replaceableBy === 'shared-data'
      ? t(wording === 'guide' ? 'badgeSharedDataGuide' : 'badgeSharedData')
      : t(wording === 'guide' ? 'badgeELicenceGuide' : 'badgeELicence');
  return (
    <span
      className="lb-state-tag lb-badge"
      data-replaceable-by={replaceableBy}
      style={{ color: tone.color, background: tone.background, borderColor: tone.border }}
    >
      {label}
    </span>
  );
}
