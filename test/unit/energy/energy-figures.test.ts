/**
 * The energy arithmetic of DOMAIN.md §7: the worked example to the kWh, the efficiency tables as
 * the handout transcribes them, the lookup by power band, and tce and CO₂ on each basis.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { energyImpact, heatMjPerUnit, resolveEnergyBasis } from '../../../shared/energy/energy-basis';
import { fuelKgCo2PerUnit } from '../../../shared/energy/fuel-emissions';
import { GRID_FACTORS, GRID_FACTOR_KEYS } from '../../../shared/energy/grid-factors';
import { ratedEfficiency } from '../../../shared/energy/motor-efficiency';
import { GB_18613_2020, IEC_IE1_IE2_4POLE, POLES } from '../../../shared/energy/motor-efficiency-tables';
import { motorSavingKwh } from '../../../shared/energy/motor-saving';
import { REPO_ROOT } from '../register-store/store-helpers';

const DATA = path.resolve(REPO_ROOT, '../shared/data');

function csv(name: string): Record<string, string>[] | null {
  const file = path.join(DATA, name);
  if (!fs.existsSync(file)) return null;
  const [head, ...lines] = fs.readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const keys = (head as string).split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [keys[i], v])));
}

describe('the DOMAIN.md §7 worked example', () => {
  it('37 kW, β 0.75, 4,000 h, 92.7 % → 96.1 %: 4,236 kWh/yr, 0.521 tce, 2.25 t CO₂ at 0.5306', () => {
    const old = ratedEfficiency('IE2', 37, 4)!;
    const next = ratedEfficiency('IE5', 37, 4)!;
    // The two efficiencies of the example are the tables' IE2 and GB grade 1 values at 37 kW, 4 poles.
    expect([old.efficiency, next.efficiency]).toEqual([0.927, 0.961]);
    const kwh = motorSavingKwh({
      ratedKw: 37,
      loadFactor: 0.75,
      annualHours: 4000,
      efficiencyOld: old.efficiency,
      efficiencyNew: next.efficiency,
    });
    // 37 × 0.75 × 4000 × (1/0.927 − 1/0.961) = 111,000 × 0.0381659… = 4,236.42.
    expect(Math.round(kwh)).toBe(4236);
    const impact = energyImpact({ electricity: kwh }, resolveEnergyBasis({ gridFactor: 'national_2023' }));
    // 4,236.42 × 0.1229 kgce = 520.66 kgce; × 0.5306 kg = 2,247.84 kg.
    expect(impact.tce.toFixed(3)).toBe('0.521');
    expect(impact.co2Tonnes.toFixed(2)).toBe('2.25');
    expect(impact.co2NotCounted).toEqual([]);
  });
});

describe('motor efficiency tables', () => {
  it('hold exactly the handout files (GB 18613-2020 and IEC 60034-30-1)', () => {
    const gb = csv('gb18613-2020-motor-efficiency.csv');
    const iec = csv('iec60034-30-1-ie1-ie2-4pole-50hz.csv');
    if (gb === null || iec === null) return; // the handout is beside the repository in CI only
    const ours = GB_18613_2020.flatMap(([kw, ...byPoles]) =>
      byPoles.map((g, i) => [kw, POLES[i], ...g].join(',')),
    );
    expect(ours).toEqual(
      gb.map((r) =>
        [r.rated_kw, r.poles, r.grade1_pct, r.grade2_pct, r.grade3_pct].map((v) => Number(v)).join(','),
      ),
    );
    expect(IEC_IE1_IE2_4POLE.map((r) => r.join(','))).toEqual(
      iec.map((r) => [r.rated_kw, r.ie1_pct, r.ie2_pct].map((v) => Number(v)).join(',')),
    );
  });

  it('reads a power between two ratings from the row at or below it, and flags powers beyond the table', () => {
    // 7.3 kW lies in the 5.5 kW band: GB grade 2 (IE4), 4 poles 91.9 %; IE1 84.7 %.
    expect(ratedEfficiency('IE4', 7.3, 4)).toMatchObject({
      efficiency: 0.919,
      tableKw: 5.5,
      beyondTable: false,
    });
    expect(ratedEfficiency('IE1', 7.3, 2)).toMatchObject({ efficiency: 0.847, tableKw: 5.5, tablePoles: 4 });
    expect(ratedEfficiency('IE3', 7.5, 6)).toMatchObject({ efficiency: 0.891, tableKw: 7.5 });
    expect(ratedEfficiency('IE5', 37, 8)?.efficiency).toBe(0.944);
    // Below the first row there is no value; above the last, the last row's, said so.
    expect(ratedEfficiency('IE4', 0.1, 4)).toBeNull();
    expect(ratedEfficiency('IE2', 0.55, 4)).toBeNull();
    expect(ratedEfficiency('IE2', 250, 4)).toMatchObject({
      efficiency: 0.951,
      tableKw: 200,
      beyondTable: true,
    });
    expect(ratedEfficiency('IE4', 1200, 2)).toMatchObject({ tableKw: 1000, beyondTable: true });
    expect(ratedEfficiency('IE4', 1000, 2)).toMatchObject({ tableKw: 1000, beyondTable: false });
  });

  it('orders the classes as efficiency does, for every pole count and rating the tables share', () => {
    for (const [kw] of IEC_IE1_IE2_4POLE) {
      const e = (['IE1', 'IE2', 'IE3', 'IE4', 'IE5'] as const).map(
        (c) => ratedEfficiency(c, kw, 4)!.efficiency,
      );
      expect(
        [...e].sort((a, b) => a - b),
        `${kw} kW`,
      ).toEqual(e);
    }
  });
});

describe('tce and CO₂ by source', () => {
  it('offers every grid factor with its year and basis, the newest national average by default', () => {
    expect(resolveEnergyBasis().gridFactor).toMatchObject({
      key: 'national_2023',
      kgPerKwh: 0.5306,
      year: 2023,
    });
    expect(GRID_FACTOR_KEYS.map((k) => [GRID_FACTORS[k].kgPerKwh, GRID_FACTORS[k].year])).toEqual([
      [0.5306, 2023],
      [0.5366, 2022],
      [0.4042, 2023],
      [0.5703, 2022],
    ]);
    for (const k of GRID_FACTOR_KEYS) expect(GRID_FACTORS[k].basis.zh.length).toBeGreaterThan(0);
  });

  it('derives fuel CO₂ from calorific value, carbon content and oxidation', () => {
    // 0.038931 GJ × 15.3 kgC/GJ × 0.99 × 44/12 = 2.1622 kg per m³.
    expect(fuelKgCo2PerUnit('natural_gas')).toBeCloseTo(2.1622, 4);
    expect(fuelKgCo2PerUnit('diesel')).toBeCloseTo(3.0959, 4);
    expect(fuelKgCo2PerUnit('coal')).toBeCloseTo(1.9003, 4);
    expect(fuelKgCo2PerUnit('fuel_oil')).toBeCloseTo(3.1705, 4);
    expect(fuelKgCo2PerUnit('steam')).toBe(0.11);
    expect(fuelKgCo2PerUnit('other')).toBeNull();
  });

  it('counts electricity at its equivalent or equal value and gas at the chosen heating value', () => {
    const saved = { electricity: 10_000, natural_gas: -1_000, other: 50 };
    const equivalent = energyImpact(saved, resolveEnergyBasis());
    // 10,000 × 0.1229 − 1,000 × 1.2143 + 50 = 1,229 − 1,214.3 + 50 = 64.7 kgce.
    expect(equivalent.tce).toBeCloseTo(0.0647, 10);
    // 10,000 × 0.5306 − 1,000 × 2.1622 = 3,143.8 kg; 'other' has no factor and is named.
    expect(equivalent.co2Tonnes).toBeCloseTo(3.1438, 4);
    expect(equivalent.co2NotCounted).toEqual(['other']);
    const equal = resolveEnergyBasis({
      electricityCoal: 'equal',
      electricityEqualKgcePerKwh: 0.305,
      naturalGasKgcePerM3: 1.1,
      gridFactor: 'southern_grid_2023',
    });
    expect(equal.electricityKgcePerKwh).toMatchObject({ value: 0.305, isDefault: false });
    // 3,050 − 1,100 + 50 kgce; CO₂ 4,042 − 2,162.2 kg.
    expect(energyImpact(saved, equal).tce).toBeCloseTo(2.0, 10);
    expect(energyImpact(saved, equal).co2Tonnes).toBeCloseTo(1.8798, 4);
    expect(resolveEnergyBasis({ electricityCoal: 'equal' }).electricityKgcePerKwh.value).toBe(0.3);
  });

  it('gives heating values from the standard coal coefficients (29.3076 MJ per kgce)', () => {
    const basis = resolveEnergyBasis();
    expect(heatMjPerUnit('coal', basis)).toBeCloseTo(20.934, 3);
    expect(heatMjPerUnit('natural_gas', basis)).toBeCloseTo(35.588, 3);
    expect(heatMjPerUnit('electricity', basis)).toBeCloseTo(3.6019, 4);
  });
});
