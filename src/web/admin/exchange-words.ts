/**
 * Small pieces the exchange pages share: a party's name and place in words, how long ago in words
 * ("3 分钟", "2 小时") and the circuit's state.
 */
import { ADAPTER_LABELS, type Adapter } from '../../domain/exchange.ts';
import type { Region } from '../api.ts';
import { type Language, type MessageKey, pick, type Translate } from '../i18n.ts';
import { departmentName } from '../workflow-api.ts';
import type { ExchangeParty } from './exchange-api.ts';

/** How long ago, in words: 不到 1 分钟, 3 分钟, 2 小时, 3 天. */
export function ageInWords(t: Translate, seconds: number): string {
  if (seconds < 60) return t('ageUnderMinute');
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t(minutes === 1 ? 'ageMinute' : 'ageMinutes', { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t(hours === 1 ? 'ageHour' : 'ageHours', { n: hours });
  return t('ageDays', { n: Math.floor(hours / 24) });
}

export const CIRCUIT_LABELS: Record<ExchangeParty['circuitState'], MessageKey> = {
  closed: 'circuitClosed',
  open: 'circuitOpen',
  half_open: 'circuitHalfOpen',
};

export function adapterLabel(language: Language, adapter: Adapter): string {
  const label = ADAPTER_LABELS[adapter];
  return pick(language, label.zh, label.en);
}

/** The party's own name, or what it is when nobody configured it (a county office's workbench). */
export function partyName(language: Language, t: Translate, party: ExchangeParty): string {
  if (party.nameZh) return pick(language, party.nameZh, party.nameEn);
  return t('exchangeUnconfiguredName', {
    department: pick(
      language,
      departmentName(party.departmentCode).zh,
      departmentName(party.departmentCode).en,
    ),
  });
}

/** A region by its code, with its name when it is a county the platform lists. */
export function regionInWords(
  language: Language,
  regions: Region[] | undefined,
  code: string | null,
): string {
  if (!code) return '—';
  const region = regions?.find((r) => r.code === code);
  return region ? `${pick(language, region.nameZh, region.nameEn)} ${code}` : code;
}
