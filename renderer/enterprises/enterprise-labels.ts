import type { TFunction } from 'i18next';
import { districtLabel } from '../../shared/enterprise/districts';
import { ENERGY_SOURCES } from '../../shared/enterprise/energy-sources';
import { INDUSTRY_DIVISIONS, industryLabel } from '../../shared/enterprise/industry-divisions';
import type { Lang } from '../../shared/i18n/messages';

/** "南山区", or for a firm outside Shenzhen "深圳市外（东莞市）". */
export function placeText(district: string | null, cityOutside: string | null, lang: Lang): string | null {
  if (!district) return null;
  const label = districtLabel(district, lang);
  if (district !== 'outside' || !cityOutside) return label;
  return lang === 'en' ? `${label} (${cityOutside})` : `${label}（${cityOutside}）`;
}

export const industryText = (code: string | null, lang: Lang): string | null =>
  code ? industryLabel(code, lang) : null;

export function industryOptions(lang: Lang) {
  return INDUSTRY_DIVISIONS.map((d) => ({ value: d.code, label: industryLabel(d.code, lang) }));
}

/** Search matches code, Chinese and English name, whichever language the interface shows. */
export function industryMatches(code: string, input: string): boolean {
  const d = INDUSTRY_DIVISIONS.find((x) => x.code === code);
  const query = input.trim().toLowerCase();
  return !!d && `${d.code} ${d.zh} ${d.en}`.toLowerCase().includes(query);
}

export function energySource(code: string) {
  return ENERGY_SOURCES.find((s) => s.code === code);
}

export function energySourceText(code: string, lang: Lang): string {
  const source = energySource(code);
  if (!source) return code;
  return lang === 'en' ? source.en : source.zh;
}

export const manufacturingTypeText = (t: TFunction, type: 'discrete' | 'process' | null): string | null =>
  type ? t(`manufacturingType.${type}`) : null;
