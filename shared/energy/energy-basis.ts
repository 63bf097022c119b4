/**
 * Turning energy saved by source into tonnes of standard coal and of CO₂, with the coefficients the
 * user picked: the grid factor (with its year and basis), electricity at its equivalent or equal
 * value, and the heating value of the natural gas. The coal coefficients themselves are those of
 * the indicators (standard-coal.ts), so a project and the enterprise's energy intensity agree.
 */
import { z } from 'zod';
import type { EnergySourceCode } from '../enterprise/energy-sources';
import { IndicatorAssumptionsSchema, type Assumption } from '../indicators/indicator-assumptions';
import {
  DEFAULT_NATURAL_GAS_KGCE_PER_M3,
  STANDARD_COAL,
  type CoalCoefficient,
} from '../indicators/standard-coal';
import { fuelKgCo2PerUnit, FUEL_EMISSION_BASIS } from './fuel-emissions';
import { DEFAULT_GRID_FACTOR, GRID_FACTOR_KEYS, GRID_FACTORS, type GridFactor } from './grid-factors';

/** Energy saved per year by source, in the source's unit (energy-sources.ts); negative is more used. */
export type EnergyAmounts = Partial<Record<EnergySourceCode, number>>;

/** GB/T 2589: 1 kgce = 29,307.6 kJ (7,000 kcal). */
export const MJ_PER_KGCE = 29.3076;

/** DOMAIN.md §7: "the equal value 等价值 ≈ 0.30 depends on the grid's coal rate". */
export const DEFAULT_EQUAL_VALUE_KGCE_PER_KWH = 0.3;

export const ELECTRICITY_COAL_BASES = ['equivalent', 'equal'] as const;
export type ElectricityCoalBasis = (typeof ELECTRICITY_COAL_BASES)[number];

export const EnergyBasisSchema = z.strictObject({
  gridFactor: z.enum(GRID_FACTOR_KEYS).optional(),
  electricityCoal: z.enum(ELECTRICITY_COAL_BASES).optional(),
  /** Only read on the equal-value basis; bounds catch gce typed for kgce. */
  electricityEqualKgcePerKwh: z.number().finite().min(0.2).max(0.45).optional(),
  naturalGasKgcePerM3: IndicatorAssumptionsSchema.shape.naturalGasKgcePerM3,
});
export type EnergyBasisInput = z.output<typeof EnergyBasisSchema>;

export interface EnergyBasis {
  gridFactor: GridFactor;
  electricityCoal: ElectricityCoalBasis;
  /** kgce per kWh on the chosen basis. */
  electricityKgcePerKwh: Assumption;
  naturalGasKgcePerM3: Assumption;
  /** Every source's coefficient as applied, electricity and natural gas as chosen. */
  standardCoal: Record<EnergySourceCode, CoalCoefficient>;
  fuelCo2Basis: { zh: string; en: string };
}

const EQUAL_VALUE_BASIS = {
  zh: '电力等价值（按发电煤耗折算）：默认约 0.30 kgce/kWh，随当年全国供电标准煤耗而变，请填写采用年份的数值 [待核实]',
  en: "Electricity at its equal value (the coal burnt to generate it): about 0.30 kgce/kWh by default; it follows the year's national coal consumption rate of power supply, so enter the figure of the year you use [verify]",
};

/** A value as set, or its default, with the basis of the default. */
export function assumption<T extends number | string>(
  value: T | undefined,
  fallback: T,
  basis: Assumption['basis'],
): Omit<Assumption, 'value' | 'default'> & { value: T; default: T } {
  return { value: value ?? fallback, default: fallback, isDefault: value === undefined, basis };
}

export function resolveEnergyBasis(input: EnergyBasisInput = {}): EnergyBasis {
  const electricityCoal = input.electricityCoal ?? 'equivalent';
  const electricity =
    electricityCoal === 'equal'
      ? assumption(input.electricityEqualKgcePerKwh, DEFAULT_EQUAL_VALUE_KGCE_PER_KWH, EQUAL_VALUE_BASIS)
      : assumption(undefined, STANDARD_COAL.electricity.kgcePerUnit, STANDARD_COAL.electricity.basis);
  const gas = assumption(
    input.naturalGasKgcePerM3,
    DEFAULT_NATURAL_GAS_KGCE_PER_M3,
    STANDARD_COAL.natural_gas.basis,
  );
  return {
    gridFactor: GRID_FACTORS[input.gridFactor ?? DEFAULT_GRID_FACTOR],
    electricityCoal,
    electricityKgcePerKwh: electricity,
    naturalGasKgcePerM3: gas,
    standardCoal: {
      ...STANDARD_COAL,
      electricity: { kgcePerUnit: electricity.value, basis: electricity.basis },
      natural_gas: { kgcePerUnit: gas.value, basis: gas.basis },
    },
    fuelCo2Basis: FUEL_EMISSION_BASIS,
  };
}

/** Heat released by a unit of the source, from its standard coal coefficient. */
export function heatMjPerUnit(source: EnergySourceCode, basis: EnergyBasis): number {
  return basis.standardCoal[source].kgcePerUnit * MJ_PER_KGCE;
}

export interface EnergyImpact {
  tce: number;
  co2Tonnes: number;
  /** Sources in the amounts whose CO₂ has no factor and is left out. */
  co2NotCounted: EnergySourceCode[];
}

export function energyImpact(amounts: EnergyAmounts, basis: EnergyBasis): EnergyImpact {
  let kgce = 0;
  let kgCo2 = 0;
  const co2NotCounted: EnergySourceCode[] = [];
  for (const [source, quantity] of Object.entries(amounts) as [EnergySourceCode, number][]) {
    if (quantity === 0) continue;
    kgce += quantity * basis.standardCoal[source].kgcePerUnit;
    const factor = source === 'electricity' ? basis.gridFactor.kgPerKwh : fuelKgCo2PerUnit(source);
    if (factor === null) co2NotCounted.push(source);
    else kgCo2 += quantity * factor;
  }
  return { tce: kgce / 1000, co2Tonnes: kgCo2 / 1000, co2NotCounted };
}

/** Adds amounts by source; a source that sums to zero stays, so a screen can show it as 0. */
export function addAmounts(...all: readonly EnergyAmounts[]): EnergyAmounts {
  const sum: EnergyAmounts = {};
  for (const amounts of all) {
    for (const [source, q] of Object.entries(amounts) as [EnergySourceCode, number][]) {
      sum[source] = (sum[source] ?? 0) + q;
    }
  }
  return sum;
}
