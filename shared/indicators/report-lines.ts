/**
 * A report as the lines a table or a printout shows, one per figure: the indicators, the
 * electricity estimate against the metered consumption, then the seed-target counts. Each line says
 * which of its parts are register rows, so a screen can offer exactly those as links to the rows.
 */
import type { FigureIndicator, Indicator, IndicatorReport, UnitCount } from './compute-indicators';
import { indicatorSetsFor } from './compute-indicators';
import {
  SET_PARTS,
  TRACEABLE_INDICATORS,
  type IndicatorKey,
  type RowCount,
  type SetPart,
  type TraceableIndicator,
} from './indicator-sets';
import { INDICATOR_UNITS, type IndicatorUnits } from './indicator-units';
import type { ReferenceValue } from './reference-values';

export interface ReportLine {
  key: IndicatorKey;
  units: IndicatorUnits;
  /** Null when the denominator is 0 or the enterprise's figures are missing. */
  value: number | null;
  /** Null when unknown: a part that comes from figures the profile does not have. */
  numerator: number | null;
  /** Null for counts, and when unknown. */
  denominator: number | null;
  excluded: RowCount;
  /** The year of the enterprise's figures used; undefined for figures from the register alone. */
  figuresYear?: number | null;
  /** The parts that are register rows, listable through `indicators.rows`; null when none are. */
  rows: { indicator: TraceableIndicator; parts: readonly SetPart[] } | null;
  references: readonly ReferenceValue[];
}

type Figure = Indicator | FigureIndicator | UnitCount;

const isTraceable = (key: IndicatorKey): key is TraceableIndicator =>
  (TRACEABLE_INDICATORS as readonly string[]).includes(key);

export function reportLines(report: IndicatorReport): ReportLine[] {
  const { sets } = indicatorSetsFor(report.referenceYear);
  const figures: [IndicatorKey, Figure][] = [
    ...(Object.entries(report.indicators) as [IndicatorKey, Figure][]),
    ['estimated_electricity', report.electricity.vsReported],
    ...(Object.entries(report.counts) as [IndicatorKey, Figure][]),
  ];
  return figures.map(([key, x]) => {
    const units = INDICATOR_UNITS[key];
    const traceable = isTraceable(key);
    const rows = traceable
      ? { indicator: key, parts: SET_PARTS.filter((part) => sets[key][part] !== undefined) }
      : null;
    const references = report.references.filter((r) => r.indicator === key);
    if (!('value' in x)) {
      return {
        key,
        units,
        value: x.units,
        numerator: x.units,
        denominator: null,
        excluded: x.excluded,
        rows,
        references,
      };
    }
    // Without a year of figures, the parts they would give are unknown rather than 0.
    const noFigures = 'figuresYear' in x && x.figuresYear === null;
    return {
      key,
      units,
      value: x.value,
      numerator: noFigures && !traceable ? null : x.numerator,
      denominator: noFigures || units.denominator === null ? null : x.denominator,
      excluded: x.excluded,
      ...('figuresYear' in x ? { figuresYear: x.figuresYear } : {}),
      rows,
      references,
    };
  });
}
