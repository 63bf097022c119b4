import { classifySize } from './size-class';
import type { Enterprise, EnterpriseYear, EnterpriseYearView, Ratio } from './enterprise-schema';

export function ratio(numerator: number, denominator: number): Ratio {
  return { value: denominator === 0 ? null : numerator / denominator, numerator, denominator };
}

export function newProductRate(y: EnterpriseYear): Ratio | null {
  if (y.newProductOutputYuan == null || y.outputValueYuan == null) return null;
  return ratio(y.newProductOutputYuan, y.outputValueYuan);
}

/** Adds the figures the app derives from each year's reported ones; newest year first. */
export function deriveYears(years: EnterpriseYear[]): EnterpriseYearView[] {
  return [...years]
    .sort((a, b) => b.year - a.year)
    .map((y) => ({
      ...y,
      sizeClass: classifySize(y.employees, y.revenueYuan),
      newProductRate: newProductRate(y),
    }));
}

/** Size class of the newest year that can be classified. */
export function currentSizeClass(years: EnterpriseYearView[]): Enterprise['sizeClass'] {
  const y = years.find((v) => v.sizeClass !== null);
  return y?.sizeClass ? { ...y.sizeClass, year: y.year } : null;
}
