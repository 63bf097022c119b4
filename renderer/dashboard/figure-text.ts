/**
 * Indicator figures in words with their unit, the way the dashboard and the register's banner say
 * them. Money is 万元 on screen (the API carries yuan), as everywhere else in the app.
 */
import type { TFunction } from 'i18next';
import type { Lang } from '../../shared/i18n/messages';
import type { IndicatorKey, SetPart } from '../../shared/indicators/indicator-sets';
import type { IndicatorUnit } from '../../shared/indicators/indicator-units';
import { sharedText } from '../i18n/wire-messages';

/** Decimals worth showing per unit: a share to a tenth of a percent, energy intensity to 0.0001. */
const DIGITS: Record<IndicatorUnit, number> = {
  share: 1,
  perTenThousandEmployees: 1,
  tcePerWanYuan: 4,
  units: 0,
  employees: 0,
  kW: 1,
  yuan: 2,
  tce: 3,
  wanYuan: 2,
  kWh: 0,
};

const YUAN_PER_WAN = 10_000;

export function numberText(lang: Lang, n: number, digits: number, minimumDigits = 0): string {
  return n.toLocaleString(lang, { minimumFractionDigits: minimumDigits, maximumFractionDigits: digits });
}

export function amountText(t: TFunction, lang: Lang, unit: IndicatorUnit, n: number): string {
  if (unit === 'share') {
    return n.toLocaleString(lang, {
      style: 'percent',
      minimumFractionDigits: DIGITS.share,
      maximumFractionDigits: DIGITS.share,
    });
  }
  const [shown, shownUnit] = unit === 'yuan' ? [n / YUAN_PER_WAN, 'wanYuan' as const] : [n, unit];
  const digits = DIGITS[shownUnit];
  // Money keeps its two decimals, so a column of amounts reads like the rest of the app.
  const amount = numberText(lang, shown, digits, shownUnit === 'wanYuan' ? digits : 0);
  return t('dashboard.amount', { ns: 'shared', amount, unit: unitText(t, shownUnit) });
}

export const unitText = (t: TFunction, unit: IndicatorUnit): string =>
  sharedText(t, `indicators.unit_${unit}`);

export const indicatorName = (t: TFunction, key: IndicatorKey): string =>
  sharedText(t, `indicators.name_${key}`);

/** A text the core gives in both languages, in the one the interface shows. */
export const inLang = (text: { zh: string; en: string }, lang: Lang): string =>
  lang === 'en' ? text.en : text.zh;

/** A phrase as a label on its own: "diesel generator sets" → "Diesel generator sets". */
export const asLabel = (text: string, lang: Lang): string =>
  text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);

/** What a part of an indicator counts, in words ("CNC production units (robots included)"). */
export const partWords = (t: TFunction, key: IndicatorKey, part: SetPart): string =>
  sharedText(t, `dashboard.${part}_${key}`);
