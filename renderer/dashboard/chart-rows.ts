/**
 * The charts' data as recharts takes it: one row per category (or seed target) with a number per
 * series, the series that have something to show, and sizes that keep long Chinese category
 * names on one line.
 */
import type { Lang } from '../../shared/i18n/messages';
import type { IndicatorReport } from '../../shared/indicators/compute-indicators';
import {
  AGE_BAND_KEYS,
  AGE_BANDS,
  type AgeBand,
  type RegisterDistributions,
} from '../../shared/indicators/register-distributions';
import type { CategoryCode } from '../../shared/register/taxonomy';
import { categoryText } from '../register/register-labels';

/** Young to old from green to red; rows without a year grey, rows from after the year violet. */
export const AGE_COLORS: Record<AgeBand, string> = {
  y0_4: '#52c41a',
  y5_9: '#13c2c2',
  y10_14: '#1677ff',
  y15_19: '#fa8c16',
  y20_plus: '#f5222d',
  unknown: '#bfbfbf',
  later: '#9254de',
};

export type AgeRow = { category: CategoryCode; label: string } & Record<AgeBand, number>;

/**
 * Units by age band per category. The five age bands always show, so the legend reads the same
 * for every enterprise; 'unknown' and 'later' only when some row falls in them.
 */
export function ageChart(d: RegisterDistributions, lang: Lang): { rows: AgeRow[]; bands: AgeBand[] } {
  const rows = d.categories.map((c) => ({
    category: c.category,
    label: categoryText(c.category, lang),
    ...c.unitsByAge,
  }));
  const always = new Set<AgeBand>(AGE_BANDS.map((b) => b.band));
  const bands = AGE_BAND_KEYS.filter((b) => always.has(b) || rows.some((r) => r[b] > 0));
  return { rows, bands };
}

export interface PowerRow {
  category: CategoryCode;
  label: string;
  installedKw: number;
  estimatedKwh: number;
}

export const powerRows = (d: RegisterDistributions, lang: Lang): PowerRow[] =>
  d.categories.map((c) => ({
    category: c.category,
    label: categoryText(c.category, lang),
    installedKw: c.installedKw,
    estimatedKwh: c.estimatedKwh,
  }));

export type SeedTarget = keyof IndicatorReport['counts'];

export interface SeedRow {
  key: SeedTarget;
  /** Units in service of that kind. */
  found: number;
  /** Units that may be of that kind but whose register row lacks the data to say. */
  unknown: number;
}

export const seedRows = (report: IndicatorReport): SeedRow[] =>
  (Object.keys(report.counts) as SeedTarget[]).map((key) => ({
    key,
    found: report.counts[key].units,
    unknown: report.counts[key].excluded.units,
  }));

const ROW_PX = 30;
const AXES_PX = 64;

/** Room for every bar to be thick enough to hover and its label to be read. */
export const chartHeight = (rows: number) => Math.max(rows, 1) * ROW_PX + AXES_PX;

/** Han characters and full-width punctuation take the width of the font size; Latin about 0.6 of it. */
const isWide = (ch: string) => /[\u2e80-\u9fff\uff00-\uffef]/.test(ch);

export function labelWidth(text: string, fontSize: number): number {
  return [...text].reduce((w, ch) => w + (isWide(ch) ? fontSize : fontSize * 0.6), 0);
}

/** Beyond the text: the tick mark and its gap, and a margin for a font wider than the estimate. */
export const AXIS_PADDING = 24;

/** The category axis as wide as its longest label, within bounds that leave the bars room. */
export function categoryAxisWidth(labels: readonly string[], fontSize = 12): number {
  const longest = Math.max(0, ...labels.map((l) => labelWidth(l, fontSize)));
  return Math.round(Math.min(220, Math.max(56, longest + AXIS_PADDING)));
}
