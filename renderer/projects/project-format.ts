/**
 * A project's figures as the pages write them. Money stays exact: amounts are integer fen from the
 * core and are written from the integer, never through a division that could round a line and its
 * total differently, so a column of lines always adds up to the total shown under it.
 */
import type { TFunction } from 'i18next';
import { ENERGY_SOURCES, type EnergySourceCode } from '../../shared/enterprise/energy-sources';
import type { EnergyAmounts } from '../../shared/energy/energy-basis';
import type { Lang } from '../../shared/i18n/messages';
import { PROJECT_DIRECTIONS, type DirectionCode } from '../../shared/projects/directions';
import type { FinancingFigures, InvestmentReturns } from '../../shared/projects/project-figures';
import type { LineCategory, ProjectStatus, FinancingKind } from '../../shared/projects/project-schema';
import { formatCount } from '../format/figures';

/** Yuan with exactly two decimals, from fen: 123456789 → "1,234,567.89". */
export function formatFen(fen: number, lang: Lang): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  const whole = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${formatCount(whole, lang)}.${cents}`;
}

/** A plain figure with up to `digits` decimals: 1,234.5 tce, 3.25 years. */
export function formatFigure(n: number, lang: Lang, digits = 2): string {
  return n.toLocaleString(lang, { maximumFractionDigits: digits });
}

/** 0.08 → "8%", 0.0435 → "4.35%"; enough decimals to show what was typed. */
export function formatRate(fraction: number, lang: Lang): string {
  return fraction.toLocaleString(lang, { style: 'percent', maximumFractionDigits: 4 });
}

/** The percentage typed in a form → the fraction the API takes; 4.35 → 0.0435 without float residue. */
export function percentToFraction(percent: number): number {
  return Number((percent / 100).toPrecision(12));
}

export function fractionToPercent(fraction: number): number {
  return Number((fraction * 100).toPrecision(12));
}

export function directionText(code: DirectionCode, lang: Lang): string {
  const d = PROJECT_DIRECTIONS[code];
  return lang === 'en' ? d.name.en : d.name.zh;
}

/** "智能化改造 · 深府办〔2015〕20号 第（四）条": the option text, so the clause is seen when choosing. */
export function directionOptionText(code: DirectionCode, lang: Lang): string {
  return `${directionText(code, lang)} · ${PROJECT_DIRECTIONS[code].citation}`;
}

export const statusText = (t: TFunction, status: ProjectStatus): string =>
  t(`projects.status_${status}`, { ns: 'shared' });

/** Tag colours: what is under way stands out, what is over recedes. */
export function statusColor(status: ProjectStatus): string {
  switch (status) {
    case 'planned':
      return 'blue';
    case 'in_progress':
      return 'processing';
    case 'completed':
      return 'success';
    case 'cancelled':
      return 'default';
    case 'draft':
      return 'gold';
  }
}

/** "2025-03-01 至 2025-12-31", with either end possibly not set yet. */
export function dateRangeText(t: TFunction, start: string | null, end: string | null): string {
  if (!start && !end) return t('projectUi.datesNone');
  const open = t('projectUi.dateOpen');
  return t('projectUi.datesRange', { start: start ?? open, end: end ?? open });
}

export const categoryText = (t: TFunction, category: LineCategory): string =>
  t(`projects.category_${category}`, { ns: 'shared' });

export const financingKindText = (t: TFunction, kind: FinancingKind): string =>
  t(`projects.financing_${kind}`, { ns: 'shared' });

export function energySourceName(source: EnergySourceCode, lang: Lang): string {
  const s = ENERGY_SOURCES.find((e) => e.code === source);
  return s ? (lang === 'en' ? s.en : s.zh) : source;
}

export function energyUnit(source: EnergySourceCode): string {
  return ENERGY_SOURCES.find((e) => e.code === source)?.unit ?? '';
}

/** "电力 12,000 kWh；天然气 500 m³", in the order sources are listed everywhere else. */
export function energyAmountsText(amounts: EnergyAmounts, lang: Lang): string {
  const parts = ENERGY_SOURCES.filter((s) => amounts[s.code] !== undefined).map(
    (s) => `${lang === 'en' ? s.en : s.zh} ${formatFigure(amounts[s.code] as number, lang)} ${s.unit}`,
  );
  return parts.join(lang === 'en' ? '; ' : '；');
}

/** Years to repay, or the reason there are none. */
export function paybackText(t: TFunction, years: number | null, lang: Lang): string {
  return years === null
    ? t('projectUi.figures.paybackNever')
    : t('projectUi.figures.years', { value: formatFigure(years, lang) });
}

/** The IRR, or 不存在 with the core's reason. */
export function irrText(
  t: TFunction,
  returns: Pick<InvestmentReturns, 'irr' | 'irrStatus'>,
  lang: Lang,
): string {
  if (returns.irr !== null)
    return returns.irr.toLocaleString(lang, { style: 'percent', maximumFractionDigits: 2 });
  const why = returns.irrStatus === 'found' ? '' : t(`projects.irr_${returns.irrStatus}`, { ns: 'shared' });
  return t('projectUi.figures.irrNone', { why });
}

export type FinancingBalance =
  { kind: 'gap'; fen: number } | { kind: 'excess'; fen: number } | { kind: 'balanced'; fen: 0 };

/** Whether the financing listed covers the investment, and by how much it misses or exceeds it. */
export function financingBalance(f: Pick<FinancingFigures, 'unfinancedFen'>): FinancingBalance {
  if (f.unfinancedFen > 0) return { kind: 'gap', fen: f.unfinancedFen };
  if (f.unfinancedFen < 0) return { kind: 'excess', fen: -f.unfinancedFen };
  return { kind: 'balanced', fen: 0 };
}

export interface CashFlowRow {
  year: number;
  /** Yuan, for the chart's axis; the table and texts use fen. */
  flow: number;
  cumulative: number;
  discountedCumulative: number;
}

/** The yearly flows with their running sums, plain and discounted at the project's rate. */
export function cashFlowRows(
  returns: Pick<InvestmentReturns, 'cashFlowsFen' | 'discountRate'>,
): CashFlowRow[] {
  let cumulative = 0;
  let discounted = 0;
  return returns.cashFlowsFen.map((fen, year) => {
    cumulative += fen;
    discounted += fen / Math.pow(1 + returns.discountRate, year);
    return {
      year,
      flow: fen / 100,
      cumulative: cumulative / 100,
      discountedCumulative: Math.round(discounted) / 100,
    };
  });
}
