/**
 * What the comparison table shows and how: one row per figure with which way is better, the best
 * column(s) of a row, and the assumed register changes in words. Money comes as integer fen and is
 * shown in 万元 from the integer, so a column's projects add up to the total shown.
 */
import type { TFunction } from 'i18next';
import { ENERGY_SOURCES } from '../../shared/enterprise/energy-sources';
import type { Lang } from '../../shared/i18n/messages';
import { categoryOf, type CategoryCode } from '../../shared/register/taxonomy';
import type { ChangedField, FieldValue } from '../../shared/scenarios/register-after-plan';
import type { ScenarioComparison } from '../../shared/scenarios/scenarios-api';
import { formatFenWan } from '../format/figures';

export type FigureFormat = 'wan' | 'count' | 'kwh' | 'tce' | 'co2' | 'persons' | 'years' | 'percent';

export interface FigureRow {
  key: string;
  value: (s: ScenarioComparison) => number | null;
  /** Which way is better; null: not judged (how much is spent is the user's choice). */
  better: 'higher' | 'lower' | null;
  format: FigureFormat;
}

export const FIGURE_ROWS: readonly FigureRow[] = [
  { key: 'projects', value: (s) => s.projectIds.length, better: null, format: 'count' },
  { key: 'investment', value: (s) => s.figures.investment.totalFen, better: null, format: 'wan' },
  { key: 'eligible', value: (s) => s.figures.investment.eligibleFen, better: null, format: 'wan' },
  { key: 'support', value: (s) => s.figures.supportFen, better: 'higher', format: 'wan' },
  { key: 'netCost', value: (s) => s.figures.netCostFen, better: 'lower', format: 'wan' },
  { key: 'saving', value: (s) => s.figures.savings.annualCostSavingFen, better: 'higher', format: 'wan' },
  { key: 'kwh', value: (s) => s.figures.savings.kwh, better: 'higher', format: 'kwh' },
  { key: 'tce', value: (s) => s.figures.savings.tce, better: 'higher', format: 'tce' },
  { key: 'co2', value: (s) => s.figures.savings.co2Tonnes, better: 'higher', format: 'co2' },
  { key: 'labour', value: (s) => s.figures.savings.labourPersons, better: 'higher', format: 'persons' },
  { key: 'payback', value: (s) => s.figures.returns.simplePaybackYears, better: 'lower', format: 'years' },
  { key: 'grossPayback', value: (s) => s.figures.grossPaybackYears, better: 'lower', format: 'years' },
  { key: 'npv', value: (s) => s.figures.returns.npvFen, better: 'higher', format: 'wan' },
  { key: 'irr', value: (s) => s.figures.returns.irr, better: 'higher', format: 'percent' },
];

/** Values within this of each other are equal: float sums of kWh differ in the last bits. */
const SAME = 1e-9;

/**
 * The columns holding the row's best value, every one on a tie; none when fewer than two columns
 * have a value or all have the same one (nothing to choose between).
 */
export function bestColumns(values: readonly (number | null)[], better: FigureRow['better']): number[] {
  if (better === null) return [];
  const known = values.filter((v): v is number => v !== null);
  if (known.length < 2) return [];
  const best = better === 'higher' ? Math.max(...known) : Math.min(...known);
  const worst = better === 'higher' ? Math.min(...known) : Math.max(...known);
  if (Math.abs(best - worst) <= SAME * Math.max(1, Math.abs(best))) return [];
  return values.flatMap((v, i) =>
    v !== null && Math.abs(v - best) <= SAME * Math.max(1, Math.abs(best)) ? [i] : [],
  );
}

const fmt = (n: number, lang: Lang, digits: number, min = 0) =>
  n.toLocaleString(lang, { minimumFractionDigits: min, maximumFractionDigits: digits });

export function figureText(value: number | null, format: FigureFormat, lang: Lang): string | null {
  if (value === null) return null;
  switch (format) {
    case 'wan':
      return formatFenWan(value, lang);
    case 'count':
    case 'kwh':
      return fmt(value, lang, 0);
    case 'tce':
      return fmt(value, lang, 3, 3);
    case 'co2':
      return fmt(value, lang, 2, 2);
    case 'persons':
    case 'years':
      return fmt(value, lang, 1, 1);
    case 'percent':
      return value.toLocaleString(lang, {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
  }
}

/** A register value in words: a category's name, an energy source's, yes/no, unknown. */
export function fieldValueText(t: TFunction, lang: Lang, field: ChangedField, v: FieldValue): string {
  if (v === null) return t('scenarioUi.unknown');
  if (typeof v === 'boolean') return t(v ? 'scenarioUi.yes' : 'scenarioUi.no');
  if (field === 'category') {
    const c = categoryOf(v as CategoryCode);
    return lang === 'en' ? c.en : c.zh;
  }
  if (field === 'energySource') {
    const s = ENERGY_SOURCES.find((e) => e.code === v);
    return s ? (lang === 'en' ? s.en : s.zh) : String(v);
  }
  if (field === 'valueFen') return formatFenWan(v as number, lang);
  return String(v);
}

/** "+3.5" or "−1.0" or "±0": a readiness change, in tenths. */
export function deltaText(delta: number, lang: Lang): string {
  const text = fmt(Math.abs(delta), lang, 1, 1);
  return delta > 0 ? `+${text}` : delta < 0 ? `−${text}` : `±${text}`;
}
