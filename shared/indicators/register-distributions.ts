/**
 * The register by category, for the dashboard's charts: in-service units by age, installed power
 * and the electricity estimate. Shaped from the same groups and the same row sets as the
 * indicators, so the electricity by category adds up to the report's estimate and an age counts
 * from the same reference year.
 */
import { CATEGORY_CODES, type CategoryCode } from '../register/taxonomy';
import { indicatorSetsFor } from './compute-indicators';
import type { IndicatorAssumptionsInput } from './indicator-assumptions';
import type { RegisterGroup } from './register-groups';

/** Five-year bands of age (reference year − year commissioned); the last one is open. */
export const AGE_BANDS = [
  { band: 'y0_4', from: 0, to: 4 },
  { band: 'y5_9', from: 5, to: 9 },
  { band: 'y10_14', from: 10, to: 14 },
  { band: 'y15_19', from: 15, to: 19 },
  { band: 'y20_plus', from: 20, to: null },
] as const;

/**
 * An age band, 'unknown' for rows without a year, and 'later' for rows commissioned after the
 * reference year (a past year chosen as reference): they did not exist yet, which is not age 0.
 */
export type AgeBand = (typeof AGE_BANDS)[number]['band'] | 'unknown' | 'later';
export const AGE_BAND_KEYS: readonly AgeBand[] = [...AGE_BANDS.map((b) => b.band), 'unknown', 'later'];

export interface CategoryDistribution {
  category: CategoryCode;
  /** In-service units (Σ quantity). */
  units: number;
  unitsByAge: Record<AgeBand, number>;
  /** Σ rated kW × quantity over the units whose power is known. */
  installedKw: number;
  /** Units whose rated power the register does not give: not in installedKw. */
  unitsWithoutPower: number;
  /** This category's part of the register's electricity estimate, kWh/yr. */
  estimatedKwh: number;
}

export interface RegisterDistributions {
  referenceYear: number;
  /** Categories with units in service, in the taxonomy's order. */
  categories: CategoryDistribution[];
}

export function ageBandOf(year: number | null, referenceYear: number): AgeBand {
  if (year === null) return 'unknown';
  const age = referenceYear - year;
  if (age < 0) return 'later';
  return AGE_BANDS.find((b) => b.to === null || age <= b.to)?.band ?? 'y20_plus';
}

/** The same twelve significant digits the report keeps: sums of doubles carry residue. */
const settle = (n: number) => Number(n.toPrecision(12));

const noUnits = () => Object.fromEntries(AGE_BAND_KEYS.map((b) => [b, 0])) as Record<AgeBand, number>;

export function registerDistributions(input: {
  groups: readonly RegisterGroup[];
  referenceYear: number;
  assumptions?: IndicatorAssumptionsInput;
}): RegisterDistributions {
  const { groups, referenceYear } = input;
  const electricity = indicatorSetsFor(referenceYear, input.assumptions).sets.estimated_electricity;
  const byCategory = new Map<CategoryCode, CategoryDistribution>();
  for (const g of groups) {
    let d = byCategory.get(g.category);
    if (!d) {
      d = {
        category: g.category,
        units: 0,
        unitsByAge: noUnits(),
        installedKw: 0,
        unitsWithoutPower: 0,
        estimatedKwh: 0,
      };
      byCategory.set(g.category, d);
    }
    d.units += g.units;
    d.unitsByAge[ageBandOf(g.year, referenceYear)] += g.units;
    d.installedKw += g.kwUnits;
    if (!g.kwKnown) d.unitsWithoutPower += g.units;
    if (electricity.numerator?.(g)) d.estimatedKwh += electricity.weight(g);
  }
  const categories = CATEGORY_CODES.flatMap((code) => {
    const d = byCategory.get(code);
    return d ? [{ ...d, installedKw: settle(d.installedKw), estimatedKwh: settle(d.estimatedKwh) }] : [];
  });
  return { referenceYear, categories };
}
