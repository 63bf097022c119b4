import type { TFunction } from 'i18next';
import type { Ratio } from '../../shared/enterprise/enterprise-schema';
import {
  INDUSTRY_SIZE_RULE_2011,
  type SizeClassResult,
  type SizeRule,
} from '../../shared/enterprise/size-class';
import type { Lang } from '../../shared/i18n/messages';
import { formatCount, formatPercent, formatWan, formatWanBrief } from '../format/figures';

const RULES: SizeRule[] = [INDUSTRY_SIZE_RULE_2011];

/**
 * The size class with the rule that gave it, in words: the class's lower bounds, or for the fallback
 * class the lowest bounds it missed, then the year's own figures.
 */
export function sizeClassSentence(
  t: TFunction,
  lang: Lang,
  result: (SizeClassResult & { year: number }) | null,
): string {
  if (!result) return t('sizeRule.insufficient');
  const lowest = RULES.find((r) => r.id === result.ruleId)?.classes.at(-1);
  const minEmployees = result.minEmployees ?? lowest?.minEmployees ?? null;
  const minRevenueYuan = result.minRevenueYuan ?? lowest?.minRevenueYuan ?? null;
  const size = t(`size.${result.size}`);
  if (minEmployees === null || minRevenueYuan === null) return `${size} — ${result.source}`;
  return t(result.minEmployees === null ? 'sizeRule.fallback' : 'sizeRule.met', {
    size,
    source: result.source,
    minEmployees: formatCount(minEmployees, lang),
    minRevenue: formatWanBrief(minRevenueYuan, lang),
    year: result.year,
    employees: formatCount(result.employees, lang),
    revenue: formatWanBrief(result.revenueYuan, lang),
  });
}

/** 新产品产值率 with its numerator and denominator, or why it cannot be given. */
export function newProductRateText(t: TFunction, lang: Lang, rate: Ratio | null): string {
  if (!rate) return t('newProductRate.insufficient');
  if (rate.value === null) return t('newProductRate.zeroOutput');
  return t('newProductRate.value', {
    rate: formatPercent(rate.value, lang),
    numerator: formatWan(rate.numerator, lang),
    denominator: formatWan(rate.denominator, lang),
  });
}
