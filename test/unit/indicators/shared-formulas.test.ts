/**
 * The pure formulas of shared/indicators on groups built by hand, for what a stored register
 * cannot hold (a robot without the CNC flag) and for the standard coal conversion.
 */
import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../../shared/indicators/compute-indicators';
import type { RegisterGroup } from '../../../shared/indicators/register-groups';
import { IndicatorAssumptionsSchema } from '../../../shared/indicators/indicator-assumptions';
import { REFERENCE_VALUES } from '../../../shared/indicators/reference-values';
import { toTce } from '../../../shared/indicators/standard-coal';

function group(overrides: Partial<RegisterGroup>): RegisterGroup {
  return {
    category: 'machine_tool',
    cnc: false,
    networked: false,
    energySource: 'electricity',
    efficiencyClass: null,
    year: 2020,
    kwKnown: false,
    hoursKnown: false,
    valueKnown: false,
    rows: 1,
    units: 1,
    kwUnits: 0,
    valueFen: 0,
    kwhAtGivenLoad: 0,
    kwhAtFullLoad: 0,
    unitsWithoutLoadFactor: 0,
    ...overrides,
  };
}

describe('shared indicator formulas', () => {
  it('counts robots as CNC even when a group says otherwise, and weights by quantity', () => {
    const r = computeIndicators({
      groups: [
        group({ category: 'robot', cnc: false, rows: 2, units: 7 }),
        group({ category: 'laser', cnc: true, networked: true, units: 3 }),
        group({ category: 'assembly', units: 10 }),
        // Not production equipment: outside the NC rate whatever its flag.
        group({ category: 'compressor', cnc: true, units: 50 }),
      ],
      years: [],
      referenceYear: 2026,
    });
    // (7 + 3) ÷ (7 + 3 + 10); networked 3 of the 10 CNC units.
    expect(r.indicators.nc_rate).toMatchObject({ value: 0.5, numerator: 10, denominator: 20 });
    expect(r.indicators.networking_rate).toMatchObject({ value: 0.3, numerator: 3, denominator: 10 });
    // No employees reported: the robots are counted, the density is unknown.
    expect(r.indicators.robot_density).toMatchObject({ value: null, numerator: 7, figuresYear: null });
  });

  it('converts reported energy to tce with the coefficients of GB/T 2589-2020', () => {
    // 10,000 kWh × 0.1229 + 1,000 m³ × 1.2143 + 100 kg × 1.4571 + 1,000 kg coal × 0.7143
    // + 10,000 MJ steam × 0.03412 + 50 kgce other = 1,229 + 1,214.3 + 145.71 + 714.3 + 341.2 + 50
    // = 3,694.51 kgce.
    const energy = [
      { source: 'electricity', quantity: 10_000 },
      { source: 'natural_gas', quantity: 1_000 },
      { source: 'diesel', quantity: 100 },
      { source: 'coal', quantity: 1_000 },
      { source: 'steam', quantity: 10_000 },
      { source: 'other', quantity: 50 },
    ] as const;
    expect(toTce(energy)).toBeCloseTo(3.69451, 9);
    // At a gas of 1.33 kgce/m³ the gas adds 1,330 kgce instead of 1,214.3.
    expect(toTce(energy, 1.33)).toBeCloseTo(3.69451 + 0.1157, 9);
  });

  it('refuses a natural-gas coefficient off by orders of magnitude and a load factor of 0', () => {
    for (const bad of [{ naturalGasKgcePerM3: 1214.3 }, { naturalGasKgcePerM3: 0.0012 }, { loadFactor: 0 }]) {
      expect(IndicatorAssumptionsSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    expect(IndicatorAssumptionsSchema.safeParse({ naturalGasKgcePerM3: 1.33, loadFactor: 1 }).success).toBe(
      true,
    );
  });

  it('carries the reference values with their year and source', () => {
    expect(REFERENCE_VALUES.map((v) => [v.indicator, v.value, v.year, v.source.en])).toEqual([
      ['nc_rate', 0.553, 2021, 'MIIT, 2022-02-28'],
      ['robot_density', 470, 2023, 'IFR World Robotics 2024'],
      ['robot_density', 162, 2023, 'IFR World Robotics 2024'],
    ]);
  });
});
