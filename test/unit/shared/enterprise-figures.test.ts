import { describe, expect, it } from 'vitest';
import {
  currentSizeClass,
  deriveYears,
  newProductRate,
  ratio,
} from '../../../shared/enterprise/enterprise-figures';
import type { EnterpriseYear } from '../../../shared/enterprise/enterprise-schema';

const year = (y: number, figures: Partial<EnterpriseYear> = {}): EnterpriseYear => ({
  year: y,
  employees: null,
  revenueYuan: null,
  outputValueYuan: null,
  newProductOutputYuan: null,
  rndYuan: null,
  fixedAssetsYuan: null,
  energy: [],
  ...figures,
});

describe('enterprise figures', () => {
  it('new-product output rate = new-product output ÷ industrial output, keeping both parts', () => {
    expect(newProductRate(year(2023, { newProductOutputYuan: 30, outputValueYuan: 120 }))).toEqual({
      value: 0.25,
      numerator: 30,
      denominator: 120,
    });
    expect(newProductRate(year(2023, { newProductOutputYuan: 30 }))).toBeNull();
    expect(newProductRate(year(2023, { outputValueYuan: 30 }))).toBeNull();
    expect(ratio(5, 0)).toEqual({ value: null, numerator: 5, denominator: 0 });
  });

  it('orders years newest first without changing the input', () => {
    const input = [year(2021), year(2023), year(2022)];
    const views = deriveYears(input);
    expect(views.map((v) => v.year)).toEqual([2023, 2022, 2021]);
    expect(input.map((v) => v.year)).toEqual([2021, 2023, 2022]);
  });

  it('classifies each year and takes the size class from the newest classifiable year', () => {
    const views = deriveYears([
      year(2022, { employees: 1200, revenueYuan: 500_000_000 }),
      year(2023, { employees: 310, revenueYuan: 25_000_000 }),
      year(2024, { employees: 2000 }), // revenue not reported yet
    ]);
    expect(views.map((v) => v.sizeClass?.size ?? null)).toEqual([null, 'medium', 'large']);
    expect(currentSizeClass(views)).toMatchObject({ size: 'medium', year: 2023 });
    expect(currentSizeClass(deriveYears([year(2024)]))).toBeNull();
  });
});
