/** The dashboard charts' data and sizes, shaped from the core's answers. */
import { describe, expect, it } from 'vitest';
import type { IndicatorReport } from '../../../shared/indicators/compute-indicators';
import type {
  CategoryDistribution,
  RegisterDistributions,
} from '../../../shared/indicators/register-distributions';
import {
  AXIS_PADDING,
  ageChart,
  categoryAxisWidth,
  chartHeight,
  labelWidth,
  powerRows,
  seedRows,
} from '../../../renderer/dashboard/chart-rows';
import { referenceYears } from '../../../renderer/dashboard/reference-years';

const noAges = { y0_4: 0, y5_9: 0, y10_14: 0, y15_19: 0, y20_plus: 0, unknown: 0, later: 0 };

function category(
  c: Partial<CategoryDistribution> & Pick<CategoryDistribution, 'category'>,
): CategoryDistribution {
  return { units: 0, unitsByAge: noAges, installedKw: 0, unitsWithoutPower: 0, estimatedKwh: 0, ...c };
}

const distributions: RegisterDistributions = {
  referenceYear: 2026,
  categories: [
    category({
      category: 'machine_tool',
      units: 5,
      unitsByAge: { ...noAges, y5_9: 3, y20_plus: 2 },
      installedKw: 45,
      estimatedKwh: 78_000,
    }),
    category({
      category: 'smt',
      units: 2,
      unitsByAge: { ...noAges, y10_14: 2 },
      installedKw: 40,
      estimatedKwh: 160_000,
    }),
  ],
};

describe('ageChart', () => {
  it('gives one row per category, labelled in the language, with units per age band', () => {
    const { rows, bands } = ageChart(distributions, 'zh-CN');
    expect(rows.map((r) => r.label)).toEqual(['机床', 'SMT/电子装联设备']);
    expect(rows[0]).toMatchObject({ category: 'machine_tool', y5_9: 3, y20_plus: 2, y0_4: 0 });
    expect(ageChart(distributions, 'en').rows[1]?.label).toBe('SMT and electronics assembly');
    // The five bands always, so the legend reads the same for every enterprise.
    expect(bands).toEqual(['y0_4', 'y5_9', 'y10_14', 'y15_19', 'y20_plus']);
  });

  it('adds "year unknown" and "after the reference year" only when some units fall in them', () => {
    const d: RegisterDistributions = {
      referenceYear: 2010,
      categories: [
        category({ category: 'robot', units: 3, unitsByAge: { ...noAges, later: 2, unknown: 1 } }),
      ],
    };
    expect(ageChart(d, 'zh-CN').bands).toEqual([
      'y0_4',
      'y5_9',
      'y10_14',
      'y15_19',
      'y20_plus',
      'unknown',
      'later',
    ]);
  });
});

describe('powerRows and seedRows', () => {
  it('keep the installed power and the estimate of each category', () => {
    expect(powerRows(distributions, 'zh-CN')).toEqual([
      { category: 'machine_tool', label: '机床', installedKw: 45, estimatedKwh: 78_000 },
      { category: 'smt', label: 'SMT/电子装联设备', installedKw: 40, estimatedKwh: 160_000 },
    ]);
  });

  it('give the units found of each seed target beside those of unknown kind', () => {
    const count = (units: number, unknown: number) => ({
      rows: units,
      units,
      excluded: { rows: unknown, units: unknown },
    });
    const counts: IndicatorReport['counts'] = {
      diesel_generators: count(2, 1),
      coal_oil_boilers: count(0, 0),
      motors_below_ie3: count(14, 11),
    };
    expect(seedRows({ counts } as IndicatorReport)).toEqual([
      { key: 'diesel_generators', found: 2, unknown: 1 },
      { key: 'coal_oil_boilers', found: 0, unknown: 0 },
      { key: 'motors_below_ie3', found: 14, unknown: 11 },
    ]);
  });
});

describe('chart sizes', () => {
  it('measures Han characters at the font size and Latin letters narrower', () => {
    expect(labelWidth('机床', 12)).toBe(24);
    expect(labelWidth('SMT/电子装联设备', 12)).toBeCloseTo(4 * 7.2 + 6 * 12, 6);
  });

  it('makes the category axis as wide as its longest label, within bounds', () => {
    expect(categoryAxisWidth(['机床', '暖通空调/冷水机组'])).toBe(
      Math.round(labelWidth('暖通空调/冷水机组', 12) + AXIS_PADDING),
    );
    expect(categoryAxisWidth(['A'])).toBe(56);
    expect(categoryAxisWidth(['Injection moulding machines and a very long English category name'])).toBe(
      220,
    );
    expect(categoryAxisWidth([])).toBe(56);
  });

  it('gives every row the same height, and an empty chart the room of one', () => {
    expect(chartHeight(10) - chartHeight(9)).toBe(chartHeight(2) - chartHeight(1));
    expect(chartHeight(0)).toBe(chartHeight(1));
  });
});

describe('referenceYears', () => {
  it('runs from the oldest equipment or 2000 to next year, newest first', () => {
    const years = referenceYears(2026, 2026, 1995);
    expect(years[0]).toBe(2027);
    expect(years.at(-1)).toBe(1995);
    expect(referenceYears(2026, 2026, null).at(-1)).toBe(2000);
    expect(referenceYears(2026, 2026, 2015).at(-1)).toBe(2000);
  });

  it('always offers the year chosen, within the years the core accepts', () => {
    expect(referenceYears(2040, 2026, null)[0]).toBe(2040);
    expect(referenceYears(1980, 2026, null).at(-1)).toBe(1980);
    expect(referenceYears(2026, 2026, 1800).at(-1)).toBe(1900);
  });
});
