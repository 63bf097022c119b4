/** The finder's assumptions in words: names, units, choices and defaults in the interface's language. */
import type { TFunction } from 'i18next';
import { GRID_FACTORS, type GridFactorKey } from '../../shared/energy/grid-factors';
import type { ElectricityCoalBasis } from '../../shared/energy/energy-basis';
import type { Lang } from '../../shared/i18n/messages';
import type { MotorTargetClass } from '../../shared/opportunities/opportunity-assumptions';
import { categoryOf, type CategoryCode } from '../../shared/register/taxonomy';
import { inLang } from '../dashboard/figure-text';
import { formatQuantity } from '../format/figures';
import type { AssumptionItem, ItemKey, UnitCode } from './assumption-items';

export function itemName(t: TFunction, lang: Lang, key: ItemKey): string {
  if (key.startsWith('designLife.')) {
    const category = key.slice('designLife.'.length) as CategoryCode;
    return t('opportunityUi.designLifeName', { category: inLang(categoryOf(category), lang) });
  }
  return t(`opportunityUi.assumptionName.${key as Exclude<ItemKey, `designLife.${string}`>}`);
}

export const unitText = (t: TFunction, unit: UnitCode): string => t(`opportunityUi.unit.${unit}`);

export function choiceText(t: TFunction, lang: Lang, key: ItemKey, value: string): string {
  switch (key) {
    case 'motorPoles':
      return t('opportunityUi.poles', { poles: value });
    case 'motorTargetClass':
      return t(`opportunityUi.targetClass.${value as MotorTargetClass}`);
    case 'gridFactor': {
      const f = GRID_FACTORS[value as GridFactorKey];
      return t('opportunityUi.gridFactorOption', {
        name: t(`opportunityUi.gridFactor.${f.key}`),
        value: formatQuantity(f.kgPerKwh, lang),
      });
    }
    case 'electricityCoal':
      return t(`opportunityUi.electricityCoal.${value as ElectricityCoalBasis}`);
    default:
      return value;
  }
}

/** A value with its unit: "0.75 元/kWh", "20%", "IE4（GB 18613-2020 二级）". */
export function valueText(t: TFunction, lang: Lang, item: AssumptionItem, value: number | string): string {
  if (item.kind === 'choice') return choiceText(t, lang, item.key, String(value));
  const amount = formatQuantity(value as number, lang);
  if (item.unit === null) return amount;
  if (item.unit === 'percent') return `${amount}%`;
  return t('opportunityUi.valueWithUnit', { value: amount, unit: unitText(t, item.unit) });
}
