/**
 * Enterprise size class for industry. The thresholds are data, not code: a newer revision of the
 * rule may exist ([verify] in DOMAIN.md §3), and the result names the rule and thresholds it used.
 */
export type SizeClass = 'large' | 'medium' | 'small' | 'micro';

export interface SizeRule {
  id: string;
  source: string;
  year: number;
  /** Highest class first; the fallback applies when no bound pair is met. */
  classes: { size: Exclude<SizeClass, 'micro'>; minEmployees: number; minRevenueYuan: number }[];
  fallback: SizeClass;
}

export const INDUSTRY_SIZE_RULE_2011: SizeRule = {
  id: 'miit-2011-300-industry',
  source: '工信部联企业〔2011〕300号',
  year: 2011,
  classes: [
    { size: 'large', minEmployees: 1000, minRevenueYuan: 400_000_000 },
    { size: 'medium', minEmployees: 300, minRevenueYuan: 20_000_000 },
    { size: 'small', minEmployees: 20, minRevenueYuan: 3_000_000 },
  ],
  fallback: 'micro',
};

export interface SizeClassResult {
  size: SizeClass;
  ruleId: string;
  source: string;
  /** The bounds of the class applied (null for the fallback class). */
  minEmployees: number | null;
  minRevenueYuan: number | null;
  employees: number;
  revenueYuan: number;
}

/** Takes the highest class whose lower bounds are both met; null when either figure is unknown. */
export function classifySize(
  employees: number | null | undefined,
  revenueYuan: number | null | undefined,
  rule: SizeRule = INDUSTRY_SIZE_RULE_2011,
): SizeClassResult | null {
  if (employees == null || revenueYuan == null) return null;
  const met = rule.classes.find((c) => employees >= c.minEmployees && revenueYuan >= c.minRevenueYuan);
  return {
    size: met?.size ?? rule.fallback,
    ruleId: rule.id,
    source: rule.source,
    minEmployees: met?.minEmployees ?? null,
    minRevenueYuan: met?.minRevenueYuan ?? null,
    employees,
    revenueYuan,
  };
}
