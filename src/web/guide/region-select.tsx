/**
 * The county chooser (办理地区) shared by the guide and the questionnaire: a native select grouped
 * by prefecture, like the application form's. The choice is remembered (region-memory.ts).
 */
import { useMemo } from 'react';
import { api, type Region } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { LoadError } from '../components/load-error.tsx';
import { NativeSelect } from '../components/native-select.tsx';
import { useLoad } from '../components/use-load.ts';
import { type Language, pick } from '../i18n.ts';

/** The counties served, loaded once per page. */
export function useRegions() {
  return useLoad('regions', (signal) => api.regions(signal));
}

export function regionDescription(
  language: Language,
  t: ReturnType<typeof useAppState>['t'],
  region: Region,
): string {
  return [
    pick(language, region.parentNameZh ?? '', region.parentNameEn),
    pick(language, region.nameZh, region.nameEn),
    region.funeralMode === 'cremation'
      ? t('funeralModeCremation')
      : region.funeralMode === 'burial'
        ? t('funeralModeBurial')
        : '',
    region.pilot ? t('regionPilot') : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

interface RegionSelectProps {
  id: string;
  value: string | undefined;
  onChange(code: string): void;
  /** Shown under the select, tied to it with aria-describedby. */
  help?: string;
  invalid?: boolean;
  errorId?: string;
}

export function RegionSelect({ id, value, onChange, help, invalid, errorId }: RegionSelectProps) {
  const { t, language } = useAppState();
  const regions = useRegions();

  const groups = useMemo(() => {
    const byParent = new Map<string, { label: string; items: Region[] }>();
    for (const region of regions.data?.items ?? []) {
      const key = region.parentCode ?? '';
      const group = byParent.get(key) ?? {
        label: pick(language, region.parentNameZh ?? '', region.parentNameEn),
        items: [],
      };
      group.items.push(region);
      byParent.set(key, group);
    }
    return [...byParent.values()];
  }, [regions.data, language]);

  const helpId = help ? `${id}-help` : undefined;
  const describedBy = [helpId, invalid ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  // A remembered or linked code that is not (or not yet) in the list shows as "choose".
  const known = regions.data?.items.some((r) => r.code === value) ? value : undefined;

  return (
    <div className="lb-field">
      <label htmlFor={id} className="lb-label">
        {t('region')}
      </label>
      <NativeSelect
        id={id}
        value={known}
        placeholder={regions.loading ? t('loading') : t('regionPlaceholder')}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.items.map((region) => (
              <option key={region.code} value={region.code}>
                {pick(language, region.nameZh, region.nameEn)}
              </option>
            ))}
          </optgroup>
        ))}
      </NativeSelect>
      {help ? (
        <div id={helpId} className="lb-field-help">
          {help}
        </div>
      ) : null}
      {regions.error ? <LoadError error={regions.error} onRetry={regions.reload} /> : null}
    </div>
  );
}
