/**
 * The register side of every indicator of DOMAIN.md §5 as sets of rows: which rows make its
 * numerator, its denominator, and which are left out for missing data, and what each row weighs.
 * Computing an indicator and listing the rows behind it both read this one table.
 */
import {
  categoryOf,
  EFFICIENCY_CLASS_CODES,
  MINIMUM_EFFICIENCY_CLASS,
  type CategoryCode,
  type EfficiencyClass,
} from '../register/taxonomy';
import type { TraceableIndicator } from './indicator-keys';
import type { RegisterGroup, RowTraits } from './register-groups';

// The names live apart from the sets so the app's routing can check a link's indicator without
// loading the taxonomy and the definitions.
export { SET_PARTS, TRACEABLE_INDICATORS } from './indicator-keys';
export type { IndicatorKey, SetPart, TraceableIndicator } from './indicator-keys';

export type RowPredicate = (row: RowTraits) => boolean;

export interface IndicatorSets {
  /** What a group adds to the numerator and the denominator. */
  weight: (group: RegisterGroup) => number;
  /** Absent when that part is not register rows (employees, reported energy). */
  numerator?: RowPredicate;
  denominator?: RowPredicate;
  /** Rows that would belong but lack the data to say where: unknown year, class, power, source. */
  excluded?: RowPredicate;
}

export interface SetContext {
  referenceYear: number;
  designLifeYears(category: CategoryCode): number;
  /** Applied to the rows whose load factor the register does not give. */
  loadFactor: number;
}

/** IE3 or better: the legal minimum of GB 18613-2020. Unknown is neither above nor below it. */
const meetsMinimum = (c: EfficiencyClass | null) =>
  c !== null && EFFICIENCY_CLASS_CODES.indexOf(c) >= EFFICIENCY_CLASS_CODES.indexOf(MINIMUM_EFFICIENCY_CLASS);
const belowMinimum = (c: EfficiencyClass | null) => c !== null && !meetsMinimum(c);

const production = (r: RowTraits) => categoryOf(r.category).production;
const motorDriven = (r: RowTraits) => categoryOf(r.category).motorDriven;
/** Robots are always digitally controlled (DOMAIN.md §4), whatever the row's flag says. */
const digital = (r: RowTraits) => r.cnc || r.category === 'robot';
const cncProduction = (r: RowTraits) => production(r) && digital(r);

const units = (g: RegisterGroup) => g.units;
const kwUnits = (g: RegisterGroup) => g.kwUnits;
const valueFen = (g: RegisterGroup) => g.valueFen;

export function indicatorSets(ctx: SetContext): Record<TraceableIndicator, IndicatorSets> {
  const overAge = (r: RowTraits) =>
    r.year !== null && ctx.referenceYear - r.year > ctx.designLifeYears(r.category);
  const motorWithPower = (r: RowTraits) => motorDriven(r) && r.kwKnown;
  const electric = (r: RowTraits) => r.energySource === 'electricity';
  return {
    nc_rate: { weight: units, numerator: cncProduction, denominator: production },
    networking_rate: {
      weight: units,
      numerator: (r) => cncProduction(r) && r.networked,
      denominator: cncProduction,
    },
    robot_density: { weight: units, numerator: (r) => r.category === 'robot' },
    motor_ie3_share: {
      weight: kwUnits,
      numerator: (r) => motorWithPower(r) && meetsMinimum(r.efficiencyClass),
      denominator: (r) => motorWithPower(r) && r.efficiencyClass !== null,
      excluded: (r) => motorDriven(r) && (!r.kwKnown || r.efficiencyClass === null),
    },
    motor_class_unknown_share: {
      weight: kwUnits,
      numerator: (r) => motorWithPower(r) && r.efficiencyClass === null,
      denominator: motorWithPower,
      excluded: (r) => motorDriven(r) && !r.kwKnown,
    },
    over_age_share: {
      weight: units,
      numerator: overAge,
      denominator: (r) => r.year !== null,
      excluded: (r) => r.year === null,
    },
    over_age_value_share: {
      weight: valueFen,
      numerator: (r) => r.valueKnown && overAge(r),
      denominator: (r) => r.valueKnown && r.year !== null,
      excluded: (r) => !r.valueKnown || r.year === null,
    },
    automated_value_share: {
      weight: valueFen,
      numerator: (r) => r.valueKnown && cncProduction(r),
      denominator: (r) => r.valueKnown && production(r),
      excluded: (r) => !r.valueKnown && production(r),
    },
    estimated_electricity: {
      weight: (g) => g.kwhAtGivenLoad + ctx.loadFactor * g.kwhAtFullLoad,
      numerator: (r) => electric(r) && r.kwKnown && r.hoursKnown,
      // A row of unknown source may run on electricity: it is missing data, not a fuel user.
      excluded: (r) => r.energySource === null || (electric(r) && !(r.kwKnown && r.hoursKnown)),
    },
    diesel_generators: {
      weight: units,
      numerator: (r) => r.category === 'generator' && r.energySource === 'diesel',
      excluded: (r) => r.category === 'generator' && r.energySource === null,
    },
    coal_oil_boilers: {
      weight: units,
      numerator: (r) =>
        r.category === 'boiler' && (r.energySource === 'coal' || r.energySource === 'fuel_oil'),
      excluded: (r) => r.category === 'boiler' && r.energySource === null,
    },
    motors_below_ie3: {
      weight: units,
      numerator: (r) => motorDriven(r) && belowMinimum(r.efficiencyClass),
      excluded: (r) => motorDriven(r) && r.efficiencyClass === null,
    },
  };
}

export interface RowCount {
  rows: number;
  units: number;
}

export interface Tally {
  numerator: number;
  denominator: number;
  /** The numerator set counted in rows and units, whatever the weight. */
  numeratorRows: RowCount;
  excluded: RowCount;
}

/** Sums the groups into an indicator's numerator, denominator and excluded rows and units. */
export function tally(groups: readonly RegisterGroup[], sets: IndicatorSets): Tally {
  const t: Tally = {
    numerator: 0,
    denominator: 0,
    numeratorRows: { rows: 0, units: 0 },
    excluded: { rows: 0, units: 0 },
  };
  for (const g of groups) {
    if (sets.numerator?.(g)) {
      t.numerator += sets.weight(g);
      t.numeratorRows.rows += g.rows;
      t.numeratorRows.units += g.units;
    }
    if (sets.denominator?.(g)) t.denominator += sets.weight(g);
    if (sets.excluded?.(g)) {
      t.excluded.rows += g.rows;
      t.excluded.units += g.units;
    }
  }
  return t;
}
