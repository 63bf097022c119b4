/**
 * Every indicator of DOMAIN.md §5 from the register's groups and the enterprise's yearly figures.
 * Pure: the core feeds it the groups its query built, and the renderer could feed it the same.
 */
import { newProductRate, ratio } from '../enterprise/enterprise-figures';
import type { EnterpriseYear, Ratio } from '../enterprise/enterprise-schema';
import { fenToYuan } from '../money';
import {
  resolveAssumptions,
  type IndicatorAssumptions,
  type IndicatorAssumptionsInput,
} from './indicator-assumptions';
import { indicatorSets, tally, type RowCount, type Tally, type TraceableIndicator } from './indicator-sets';
import { REFERENCE_VALUES, type ReferenceValue } from './reference-values';
import type { RegisterGroup } from './register-groups';
import { STANDARD_COAL, toTce, type CoalCoefficient } from './standard-coal';
import type { EnergySourceCode } from '../enterprise/energy-sources';

/** A figure with what it was computed from; value null when the denominator is 0. */
export interface Indicator extends Ratio {
  /** Register rows and units left out for missing data. */
  excluded: RowCount;
}

/** An indicator that needs the enterprise's yearly figures (employees, output value, energy). */
export interface FigureIndicator extends Indicator {
  /** The year whose figures were used; null when no year up to the reference year reports them. */
  figuresYear: number | null;
}

/** Units in service found in the register (seed targets), and those of unknown kind left out. */
export interface UnitCount extends RowCount {
  excluded: RowCount;
}

export interface ElectricityEstimate {
  /** Σ kW × hours × load factor × quantity over electric units in service, kWh/yr. */
  estimatedKwh: number;
  /** Rows and units the estimate covers. */
  included: RowCount;
  excluded: RowCount;
  /** Units estimated with the assumed load factor because the register gives none. */
  unitsAtAssumedLoadFactor: number;
  /** The estimate ÷ the metered consumption the enterprise reported for `figuresYear`. */
  vsReported: FigureIndicator;
}

export interface IndicatorReport {
  referenceYear: number;
  indicators: {
    nc_rate: Indicator;
    networking_rate: Indicator;
    /** Robots per 10,000 employees: numerator robot units, denominator employees. */
    robot_density: FigureIndicator;
    /** Numerator and denominator in kW (rated kW × quantity). */
    motor_ie3_share: Indicator;
    motor_class_unknown_share: Indicator;
    over_age_share: Indicator;
    /** Numerator and denominator in yuan of original value. */
    over_age_value_share: Indicator;
    automated_value_share: Indicator;
    new_product_output_rate: FigureIndicator;
    /** tce ÷ industrial output value in 万元. */
    energy_intensity: FigureIndicator;
  };
  counts: {
    diesel_generators: UnitCount;
    coal_oil_boilers: UnitCount;
    motors_below_ie3: UnitCount;
  };
  electricity: ElectricityEstimate;
  assumptions: IndicatorAssumptions;
  /** The standard coal coefficients energy intensity used, natural gas as assumed. */
  standardCoal: Record<EnergySourceCode, CoalCoefficient>;
  references: readonly ReferenceValue[];
}

export interface IndicatorInputs {
  groups: readonly RegisterGroup[];
  years: readonly EnterpriseYear[];
  referenceYear: number;
  assumptions?: IndicatorAssumptionsInput;
}

const ROBOT_DENSITY_PER = 10_000;
const YUAN_PER_WAN = 10_000;

const NONE: RowCount = { rows: 0, units: 0 };

/**
 * The newest year up to the reference year that reports what `pick` needs: filings report the
 * last completed year while the register describes today, so the current year rarely has figures.
 */
function newestFigures<T>(
  years: readonly EnterpriseYear[],
  referenceYear: number,
  pick: (y: EnterpriseYear) => T | null,
): { year: number; figures: T } | null {
  let best: { year: number; figures: T } | null = null;
  for (const y of years) {
    if (y.year > referenceYear || (best && best.year >= y.year)) continue;
    const figures = pick(y);
    if (figures !== null) best = { year: y.year, figures };
  }
  return best;
}

/**
 * Sums of doubles carry residue in their last digits (1148570.0000000007 kW); twelve significant
 * digits keep every digit a register's figures can mean.
 */
const settle = (n: number) => Number(n.toPrecision(12));

function figureIndicator(r: Ratio, figuresYear: number | null, excluded: RowCount = NONE): FigureIndicator {
  return { ...r, excluded, figuresYear };
}

/** The row sets of every indicator for a reference year and the user's assumptions. */
export function indicatorSetsFor(referenceYear: number, input?: IndicatorAssumptionsInput) {
  const assumptions = resolveAssumptions(input);
  const sets = indicatorSets({
    referenceYear,
    designLifeYears: (c) => assumptions.designLifeYears[c],
    loadFactor: assumptions.loadFactor.value,
  });
  return { sets, assumptions };
}

export function computeIndicators(inputs: IndicatorInputs): IndicatorReport {
  const { groups, years, referenceYear } = inputs;
  const { sets, assumptions } = indicatorSetsFor(referenceYear, inputs.assumptions);
  const tallies = Object.fromEntries(
    Object.entries(sets).map(([key, s]) => [key, tally(groups, s)]),
  ) as Record<TraceableIndicator, Tally>;
  const registerRatio = (key: TraceableIndicator, unit: (n: number) => number = (n) => n): Indicator => {
    const t = tallies[key];
    return { ...ratio(settle(unit(t.numerator)), settle(unit(t.denominator))), excluded: t.excluded };
  };
  const count = (key: TraceableIndicator): UnitCount => ({
    ...tallies[key].numeratorRows,
    excluded: tallies[key].excluded,
  });

  const robots = tallies.robot_density.numerator;
  const employees = newestFigures(years, referenceYear, (y) => y.employees);
  const density = ratio(robots, employees?.figures ?? 0);

  const newProduct = newestFigures(years, referenceYear, newProductRate);

  const gas = assumptions.naturalGasKgcePerM3.value;
  const energy = newestFigures(years, referenceYear, (y) =>
    y.outputValueYuan === null || y.energy.length === 0
      ? null
      : { tce: toTce(y.energy, gas), outputWan: y.outputValueYuan / YUAN_PER_WAN },
  );

  const electricity = tallies.estimated_electricity;
  const metered = newestFigures(
    years,
    referenceYear,
    (y) => y.energy.find((e) => e.source === 'electricity')?.quantity ?? null,
  );

  return {
    referenceYear,
    indicators: {
      nc_rate: registerRatio('nc_rate'),
      networking_rate: registerRatio('networking_rate'),
      robot_density: figureIndicator(
        { ...density, value: density.value === null ? null : density.value * ROBOT_DENSITY_PER },
        employees?.year ?? null,
      ),
      motor_ie3_share: registerRatio('motor_ie3_share'),
      motor_class_unknown_share: registerRatio('motor_class_unknown_share'),
      over_age_share: registerRatio('over_age_share'),
      // Summed in integer fen, turned into yuan at the edge, so the sums carry no rounding residue.
      over_age_value_share: registerRatio('over_age_value_share', fenToYuan),
      automated_value_share: registerRatio('automated_value_share', fenToYuan),
      new_product_output_rate: figureIndicator(newProduct?.figures ?? ratio(0, 0), newProduct?.year ?? null),
      energy_intensity: figureIndicator(
        ratio(settle(energy?.figures.tce ?? 0), energy?.figures.outputWan ?? 0),
        energy?.year ?? null,
      ),
    },
    counts: {
      diesel_generators: count('diesel_generators'),
      coal_oil_boilers: count('coal_oil_boilers'),
      motors_below_ie3: count('motors_below_ie3'),
    },
    electricity: {
      estimatedKwh: settle(electricity.numerator),
      included: electricity.numeratorRows,
      excluded: electricity.excluded,
      unitsAtAssumedLoadFactor: groups.reduce(
        (n, g) => n + (sets.estimated_electricity.numerator?.(g) ? g.unitsWithoutLoadFactor : 0),
        0,
      ),
      vsReported: figureIndicator(
        ratio(settle(electricity.numerator), metered?.figures ?? 0),
        metered?.year ?? null,
        electricity.excluded,
      ),
    },
    assumptions,
    standardCoal: {
      ...STANDARD_COAL,
      natural_gas: { ...STANDARD_COAL.natural_gas, kgcePerUnit: gas },
    },
    references: REFERENCE_VALUES,
  };
}
