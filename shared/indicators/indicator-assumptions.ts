/**
 * The assumptions behind the indicators that a user may change, each with its default and the
 * basis of that default, so that every figure can say what it rests on.
 */
import { z } from 'zod';
import { CATEGORY_CODES, categoryOf, DESIGN_LIFE_BASIS, type CategoryCode } from '../register/taxonomy';
import { DEFAULT_NATURAL_GAS_KGCE_PER_M3, NATURAL_GAS_RANGE, STANDARD_COAL } from './standard-coal';

/** DOMAIN.md §4: "load factor default 0.6 unless known (assumption, editable)". */
export const DEFAULT_LOAD_FACTOR = 0.6;

export const IndicatorAssumptionsSchema = z.strictObject({
  /** For register rows that give no load factor. */
  loadFactor: z.number().finite().gt(0).max(1).optional(),
  /** Outside GB/T 2589's range is a unit mistake (kgce per litre, per 1,000 m³), not a gas. */
  naturalGasKgcePerM3: z.number().finite().min(NATURAL_GAS_RANGE.min).max(NATURAL_GAS_RANGE.max).optional(),
  /** Replaces the taxonomy's default design life of these categories. */
  designLifeYears: z.partialRecord(z.enum(CATEGORY_CODES), z.number().int().min(1).max(100)).optional(),
});
export type IndicatorAssumptionsInput = z.output<typeof IndicatorAssumptionsSchema>;

export interface Assumption {
  value: number;
  default: number;
  /** False when the user set it. */
  isDefault: boolean;
  basis: { zh: string; en: string };
}

export interface IndicatorAssumptions {
  loadFactor: Assumption;
  naturalGasKgcePerM3: Assumption;
  /** Years per category, with the user's overrides applied. */
  designLifeYears: Record<CategoryCode, number>;
  designLifeBasis: typeof DESIGN_LIFE_BASIS;
  /** Categories whose design life the user set. */
  designLifeOverridden: CategoryCode[];
}

const LOAD_FACTOR_BASIS = {
  zh: '本产品的默认值，用于台账未填负载率的设备；不是标准值，有实测值时请在台账中填写',
  en: "The product's default for rows that give no load factor; not a standard — enter measured values in the register",
};

function assumption(value: number | undefined, fallback: number, basis: Assumption['basis']): Assumption {
  return { value: value ?? fallback, default: fallback, isDefault: value === undefined, basis };
}

export function resolveAssumptions(input: IndicatorAssumptionsInput = {}): IndicatorAssumptions {
  const overrides = input.designLifeYears ?? {};
  return {
    loadFactor: assumption(input.loadFactor, DEFAULT_LOAD_FACTOR, LOAD_FACTOR_BASIS),
    naturalGasKgcePerM3: assumption(
      input.naturalGasKgcePerM3,
      DEFAULT_NATURAL_GAS_KGCE_PER_M3,
      STANDARD_COAL.natural_gas.basis,
    ),
    designLifeYears: Object.fromEntries(
      CATEGORY_CODES.map((c) => [c, overrides[c] ?? categoryOf(c).defaultDesignLifeYears]),
    ) as Record<CategoryCode, number>,
    designLifeBasis: DESIGN_LIFE_BASIS,
    designLifeOverridden: CATEGORY_CODES.filter((c) => overrides[c] !== undefined),
  };
}
