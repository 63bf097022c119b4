/**
 * The register by category for the dashboard's charts: worked by hand on the small register, and
 * checked against the indicators it must agree with (the electricity estimate, the units counted).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../../shared/indicators/compute-indicators';
import type { RegisterGroup } from '../../../shared/indicators/register-groups';
import {
  AGE_BAND_KEYS,
  ageBandOf,
  registerDistributions,
  type AgeBand,
} from '../../../shared/indicators/register-distributions';
import {
  CATEGORY_CODES,
  EFFICIENCY_CLASS_CODES,
  REGISTER_ENERGY_SOURCE_CODES,
} from '../../../shared/register/taxonomy';
import { openSmallRegister } from './small-register';

const ages = (partial: Partial<Record<AgeBand, number>>) =>
  Object.fromEntries(AGE_BAND_KEYS.map((b) => [b, partial[b] ?? 0]));

describe('indicators.distributions of the small register, by hand', () => {
  it('gives units by age, installed power and the electricity estimate per category in service', async () => {
    const { core, enterpriseId } = await openSmallRegister();
    const d = await core.call('indicators.distributions', { enterpriseId });
    expect(d.referenceYear).toBe(2026);
    // In the taxonomy's order; R6 (idle), R7 (retired) and R16 (to be retired) count nowhere, so
    // the press (R7 alone) does not appear.
    expect(d.categories.map((c) => c.category)).toEqual([
      'machine_tool',
      'injection_molding',
      'smt',
      'robot',
      'compressor',
      'motor_pump_fan',
      'boiler',
      'generator',
      'hvac',
      'forklift',
    ]);
    const by = Object.fromEntries(d.categories.map((c) => [c.category, c]));

    // R1 3 units of 2020 (age 6) and R2 2 of 2005 (age 21); 10 kW × 3 + 7.5 × 2 = 45 kW;
    // 10 × 4,000 × 0.5 × 3 = 60,000 plus 7.5 × 2,000 × 0.6 (assumed) × 2 = 18,000 kWh.
    expect(by.machine_tool).toEqual({
      category: 'machine_tool',
      units: 5,
      unitsByAge: ages({ y5_9: 3, y20_plus: 2 }),
      installedKw: 45,
      unitsWithoutPower: 0,
      estimatedKwh: 78_000,
    });
    // R4: no year, 50 kW, no hours: power counted, electricity not estimated.
    expect(by.injection_molding).toMatchObject({
      unitsByAge: ages({ unknown: 1 }),
      installedKw: 50,
      estimatedKwh: 0,
    });
    // R3, under repair, counts: 4 robots of 2018; 3 × 6,000 × 0.6 × 4 = 43,200 kWh.
    expect(by.robot).toMatchObject({ units: 4, unitsByAge: ages({ y5_9: 4 }), estimatedKwh: 43_200 });
    // R11 2 diesel sets of 2008 (200 kW, not electric) and R12 one of 2011 without power.
    expect(by.generator).toEqual({
      category: 'generator',
      units: 3,
      unitsByAge: ages({ y15_19: 3 }),
      installedKw: 400,
      unitsWithoutPower: 1,
      estimatedKwh: 0,
    });
    // R13 2005, R14 2016, R15 2020: no power given.
    expect(by.boiler).toMatchObject({
      unitsByAge: ages({ y20_plus: 1, y10_14: 1, y5_9: 1 }),
      installedKw: 0,
      unitsWithoutPower: 3,
    });
    expect(by.hvac).toMatchObject({ unitsByAge: ages({ y20_plus: 1 }), unitsWithoutPower: 1 });

    // The categories' estimates add up to the report's 713,200 kWh.
    const report = await core.call('indicators.compute', { enterpriseId });
    expect(d.categories.reduce((n, c) => n + c.estimatedKwh, 0)).toBe(report.electricity.estimatedKwh);
  });

  it('counts ages to the reference year asked for, and applies the assumed load factor', async () => {
    const { core, enterpriseId } = await openSmallRegister();
    const d = await core.call('indicators.distributions', {
      enterpriseId,
      year: 2010,
      assumptions: { loadFactor: 0.5 },
    });
    const machineTools = d.categories.find((c) => c.category === 'machine_tool');
    // R1 was commissioned in 2020, after 2010: not yet there, which is not age 0. R2 was 5.
    expect(machineTools?.unitsByAge).toEqual(ages({ later: 3, y5_9: 2 }));
    // 60,000 as given, R2 at 0.5: 7.5 × 2,000 × 0.5 × 2 = 15,000.
    expect(machineTools?.estimatedKwh).toBe(75_000);
  });

  it('answers NOT_FOUND for an enterprise that does not exist', async () => {
    const { core } = await openSmallRegister();
    await expect(core.call('indicators.distributions', { enterpriseId: 9999 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('ageBandOf', () => {
  it('puts each age in its five-year band, the last one open', () => {
    const band = (year: number | null) => ageBandOf(year, 2026);
    expect([2026, 2022, 2021, 2017, 2012, 2011, 2007, 2006, 1950].map(band)).toEqual([
      'y0_4',
      'y0_4',
      'y5_9',
      'y5_9',
      'y10_14',
      'y15_19',
      'y15_19',
      'y20_plus',
      'y20_plus',
    ]);
    expect(band(null)).toBe('unknown');
    expect(band(2027)).toBe('later');
  });
});

const group: fc.Arbitrary<RegisterGroup> = fc
  .record({
    category: fc.constantFrom(...CATEGORY_CODES),
    cnc: fc.boolean(),
    networked: fc.boolean(),
    energySource: fc.option(fc.constantFrom(...REGISTER_ENERGY_SOURCE_CODES), { nil: null }),
    efficiencyClass: fc.option(fc.constantFrom(...EFFICIENCY_CLASS_CODES), { nil: null }),
    year: fc.option(fc.integer({ min: 1950, max: 2035 }), { nil: null }),
    kwKnown: fc.boolean(),
    hoursKnown: fc.boolean(),
    valueKnown: fc.boolean(),
    rows: fc.integer({ min: 1, max: 50 }),
    units: fc.integer({ min: 1, max: 500 }),
    kw: fc.integer({ min: 1, max: 100_000 }),
    kwhAtGivenLoad: fc.integer({ min: 0, max: 10_000_000 }),
    kwhAtFullLoad: fc.integer({ min: 0, max: 10_000_000 }),
    unitsWithoutLoadFactor: fc.integer({ min: 0, max: 500 }),
  })
  .map(({ kw, ...g }) => ({
    ...g,
    kwUnits: g.kwKnown ? kw : 0,
    valueFen: 0,
    kwhAtGivenLoad: g.kwKnown && g.hoursKnown ? g.kwhAtGivenLoad : 0,
    kwhAtFullLoad: g.kwKnown && g.hoursKnown ? g.kwhAtFullLoad : 0,
  }));

describe('registerDistributions', () => {
  it('agrees with the indicators: every unit in one age band, the estimate split by category', () => {
    fc.assert(
      fc.property(
        fc.array(group, { maxLength: 40 }),
        fc.integer({ min: 1990, max: 2030 }),
        (groups, year) => {
          const d = registerDistributions({ groups, referenceYear: year });
          const report = computeIndicators({ groups, years: [], referenceYear: year });
          const units = groups.reduce((n, g) => n + g.units, 0);
          expect(d.categories.reduce((n, c) => n + c.units, 0)).toBe(units);
          for (const c of d.categories) {
            expect(Object.values(c.unitsByAge).reduce((n, u) => n + u, 0)).toBe(c.units);
          }
          const kwh = d.categories.reduce((n, c) => n + c.estimatedKwh, 0);
          expect(kwh).toBeCloseTo(report.electricity.estimatedKwh, 3);
          expect(new Set(d.categories.map((c) => c.category)).size).toBe(d.categories.length);
        },
      ),
      { seed: 20260310, numRuns: 200 },
    );
  });
});
