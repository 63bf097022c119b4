/**
 * The finder's assumptions as the page edits them: one item per value a user can set, with what it
 * is now, its default, its unit, range and basis, gathered into topics; and the stored input that
 * changing or resetting one gives (opportunities.assumptions.set replaces the stored set whole).
 */
import { DEFAULT_GRID_FACTOR, GRID_FACTOR_KEYS } from '../../shared/energy/grid-factors';
import { ELECTRICITY_COAL_BASES } from '../../shared/energy/energy-basis';
import { POLES } from '../../shared/energy/motor-efficiency-tables';
import { en as sharedEn } from '../../shared/i18n/messages-en';
import { zhCN as sharedZh } from '../../shared/i18n/messages-zh-CN';
import { NATURAL_GAS_RANGE } from '../../shared/indicators/standard-coal';
import {
  MOTOR_TARGET_CLASSES,
  NUMERIC_ASSUMPTIONS,
  type AssumptionName,
  type NumericAssumptionKey,
  type OpportunityAssumptions,
  type OpportunityAssumptionsInput,
} from '../../shared/opportunities/opportunity-assumptions';
import { CATEGORY_CODES, categoryOf, type CategoryCode } from '../../shared/register/taxonomy';

type Text = { zh: string; en: string };

/** The energy basis is four settings; the design life is one per equipment category. */
export type BasisKey =
  'gridFactor' | 'electricityCoal' | 'electricityEqualKgcePerKwh' | 'naturalGasKgcePerM3';
export type ItemKey =
  | NumericAssumptionKey
  | 'loadFactor'
  | 'motorPoles'
  | 'motorTargetClass'
  | BasisKey
  | `designLife.${CategoryCode}`;

/** The units the page names; the core's unit words map onto these. */
export const UNIT_CODES = {
  'yuan/kWh': 'yuanPerKwh',
  'yuan/m³': 'yuanPerM3',
  'yuan/kg': 'yuanPerKg',
  'h/yr': 'hoursPerYear',
  'yuan/kW': 'yuanPerKw',
  share: 'percent',
  'kg/kWh': 'kgPerKwh',
  'm³/kWh': 'm3PerKwh',
  factor: 'times',
  'yuan/unit': 'yuanPerUnit',
  'yuan/station': 'yuanPerStation',
  'persons/station': 'personsPerStation',
  'yuan/person·yr': 'yuanPerPersonYear',
  kW: 'kw',
  'kgce/kWh': 'kgcePerKwh',
  'kgce/m³': 'kgcePerM3',
  years: 'years',
} as const;
export type UnitCode = (typeof UNIT_CODES)[keyof typeof UNIT_CODES];

const unitCode = (unit: string): UnitCode | null =>
  Object.hasOwn(UNIT_CODES, unit) ? UNIT_CODES[unit as keyof typeof UNIT_CODES] : null;

interface ItemBase {
  key: ItemKey;
  isDefault: boolean;
  basis: Text;
  /** The year of the figure, where it has one (grid factors). */
  year: number | null;
}

export interface NumberItem extends ItemBase {
  kind: 'number';
  /** As shown and typed: shares in percent. */
  value: number;
  default: number;
  unit: UnitCode | null;
  min: number;
  max: number;
  integer: boolean;
}

export interface ChoiceItem extends ItemBase {
  kind: 'choice';
  value: string;
  default: string;
  options: readonly string[];
}

export type AssumptionItem = NumberItem | ChoiceItem;

/** Shares are typed as percentages: 20 % rather than 0.2. */
const PERCENT = 100;
/** Enough decimals for any percentage typed, none of a float's residue (17.5 / 100 → 0.175). */
const fromPercent = (n: number) => Number((n / PERCENT).toFixed(8));
const toPercent = (n: number) => Number((n * PERCENT).toFixed(6));

const DESIGN_LIFE_BASIS: Text = {
  zh: sharedZh.indicators.designLifeBasis,
  en: sharedEn.indicators.designLifeBasis,
};

function numericItem(a: OpportunityAssumptions, key: NumericAssumptionKey | 'loadFactor'): NumberItem {
  const v = a.values[key];
  const share = v.unit === 'share';
  const range = key === 'loadFactor' ? { min: 0.01, max: 1 } : NUMERIC_ASSUMPTIONS[key];
  const shown = (n: number) => (share ? toPercent(n) : n);
  return {
    key,
    kind: 'number',
    value: shown(v.value as number),
    default: shown(v.default as number),
    isDefault: v.isDefault,
    unit: unitCode(v.unit),
    min: shown(range.min),
    max: shown(range.max),
    integer: false,
    basis: v.basis,
    year: null,
  };
}

const isDesignLife = (key: ItemKey): key is `designLife.${CategoryCode}` => key.startsWith('designLife.');
const categoryIn = (key: `designLife.${CategoryCode}`) => key.slice('designLife.'.length) as CategoryCode;

/** One assumption as it stands, from the effective set and what the user stored. */
export function assumptionItem(
  a: OpportunityAssumptions,
  stored: OpportunityAssumptionsInput,
  key: ItemKey,
): AssumptionItem {
  const basis = a.energyBasis;
  if (isDesignLife(key)) {
    const category = categoryIn(key);
    return {
      key,
      kind: 'number',
      value: a.indicators.designLifeYears[category],
      default: categoryOf(category).defaultDesignLifeYears,
      isDefault: !a.indicators.designLifeOverridden.includes(category),
      unit: 'years',
      min: 1,
      max: 100,
      integer: true,
      basis: DESIGN_LIFE_BASIS,
      year: null,
    };
  }
  switch (key) {
    case 'motorPoles':
    case 'motorTargetClass': {
      const v = a.values[key];
      return {
        key,
        kind: 'choice',
        value: String(v.value),
        default: String(v.default),
        isDefault: v.isDefault,
        options: key === 'motorPoles' ? POLES.map(String) : MOTOR_TARGET_CLASSES,
        basis: v.basis,
        year: null,
      };
    }
    case 'gridFactor':
      return {
        key,
        kind: 'choice',
        value: basis.gridFactor.key,
        default: DEFAULT_GRID_FACTOR,
        isDefault: stored.gridFactor === undefined,
        options: GRID_FACTOR_KEYS,
        basis: basis.gridFactor.basis,
        year: basis.gridFactor.year,
      };
    case 'electricityCoal':
      return {
        key,
        kind: 'choice',
        value: basis.electricityCoal,
        default: 'equivalent',
        isDefault: stored.electricityCoal === undefined,
        options: ELECTRICITY_COAL_BASES,
        basis: basis.electricityKgcePerKwh.basis,
        year: null,
      };
    case 'electricityEqualKgcePerKwh':
    case 'naturalGasKgcePerM3': {
      const v = key === 'naturalGasKgcePerM3' ? basis.naturalGasKgcePerM3 : basis.electricityKgcePerKwh;
      const range = key === 'naturalGasKgcePerM3' ? NATURAL_GAS_RANGE : { min: 0.2, max: 0.45 };
      return {
        key,
        kind: 'number',
        value: v.value,
        default: v.default,
        isDefault: stored[key] === undefined,
        unit: key === 'naturalGasKgcePerM3' ? 'kgcePerM3' : 'kgcePerKwh',
        min: range.min,
        max: range.max,
        integer: false,
        basis: v.basis,
        year: null,
      };
    }
    default:
      return numericItem(a, key);
  }
}

/** What the finder stores for a value typed on the page (a percentage back to a share). */
export function storedValue(item: AssumptionItem, shown: number | string): number | string {
  if (item.kind === 'choice') return item.key === 'motorPoles' ? Number(shown) : shown;
  return item.unit === 'percent' ? fromPercent(shown as number) : (shown as number);
}

/** The stored set with one assumption set to a value (as storedValue gives it). */
export function withAssumption(
  stored: OpportunityAssumptionsInput,
  key: ItemKey,
  value: number | string,
): OpportunityAssumptionsInput {
  if (isDesignLife(key)) {
    return { ...stored, designLifeYears: { ...stored.designLifeYears, [categoryIn(key)]: value as number } };
  }
  return { ...stored, [key]: value } as OpportunityAssumptionsInput;
}

/** The stored set with one assumption back at its default. */
export function withoutAssumption(
  stored: OpportunityAssumptionsInput,
  key: ItemKey,
): OpportunityAssumptionsInput {
  if (isDesignLife(key)) {
    const lives = Object.fromEntries(
      Object.entries(stored.designLifeYears ?? {}).filter(([c]) => c !== categoryIn(key)),
    );
    const { designLifeYears: _dropped, ...rest } = stored;
    return Object.keys(lives).length === 0 ? rest : { ...rest, designLifeYears: lives };
  }
  const { [key]: _dropped, ...rest } = stored;
  return rest;
}

/** How many assumptions the user has set. */
export function changedCount(stored: OpportunityAssumptionsInput): number {
  return Object.entries(stored).reduce(
    (n, [key, v]) =>
      v === undefined ? n : key === 'designLifeYears' ? n + Object.keys(v as object).length : n + 1,
    0,
  );
}

export const TOPICS = [
  'prices',
  'operation',
  'motors',
  'compressors',
  'generators',
  'boilers',
  'renewal',
  'mes',
  'robots',
  'energyBasis',
] as const;
export type Topic = (typeof TOPICS)[number];

const DESIGN_LIVES = CATEGORY_CODES.map((c) => `designLife.${c}` as const);

/** The energy basis settings in force: the equal-value coefficient only matters on that basis. */
const basisKeys = (a: OpportunityAssumptions): ItemKey[] => [
  'gridFactor',
  'electricityCoal',
  ...(a.energyBasis.electricityCoal === 'equal' ? (['electricityEqualKgcePerKwh'] as const) : []),
  'naturalGasKgcePerM3',
];

/** Every assumption, by topic, in the order a user reads them. */
export function topicKeys(a: OpportunityAssumptions): Record<Topic, ItemKey[]> {
  return {
    prices: [
      'electricityPriceYuanPerKwh',
      'naturalGasPriceYuanPerM3',
      'dieselPriceYuanPerKg',
      'coalPriceYuanPerKg',
      'fuelOilPriceYuanPerKg',
    ],
    operation: ['defaultAnnualHours', 'loadFactor'],
    motors: ['motorPoles', 'motorTargetClass', 'motorIe4CostYuanPerKw', 'motorIe5CostYuanPerKw'],
    compressors: ['compressorSavingShare', 'compressorCostYuanPerKw'],
    generators: ['gensetDefaultHours', 'gensetDieselKgPerKwh', 'gensetGasM3PerKwh', 'gensetCostYuanPerKw'],
    boilers: [
      'boilerEfficiencyCoal',
      'boilerEfficiencyFuelOil',
      'boilerEfficiencyGas',
      'boilerCostYuanPerKw',
    ],
    renewal: ['renewalSavingShare', 'renewalCostFactor', ...DESIGN_LIVES],
    mes: ['mesCostYuanPerUnit'],
    robots: ['robotCostYuanPerStation', 'robotOperatorsPerStation', 'labourCostYuanPerPersonYear', 'robotKw'],
    energyBasis: basisKeys(a),
  };
}

/**
 * The settings behind the assumptions a proposal names: its own category's design life, and the
 * energy basis as its settings.
 */
export function proposalKeys(
  a: OpportunityAssumptions,
  names: readonly AssumptionName[],
  category: CategoryCode,
): ItemKey[] {
  return names.flatMap((name): ItemKey[] => {
    if (name === 'designLifeYears') return [`designLife.${category}`];
    if (name === 'energyBasis') return basisKeys(a);
    return [name];
  });
}
