/**
 * Two assessments side by side: which one is "before", and the per-sub-domain table of scores and
 * changes in the model's order with each sub-domain's element.
 */
import type { AssessmentSummary } from '../../shared/assessment/assessment-api';
import { SUB_DOMAINS, type ElementCode, type SubDomainCode } from '../../shared/assessment/cmmm-structure';
import type { AssessmentComparison } from '../../shared/assessment/compare-assessments';

/** The earlier assessment first (by date, then by creation), whatever order they were picked in. */
export function compareOrder(rows: readonly AssessmentSummary[], ids: readonly number[]): number[] {
  return rows
    .filter((r) => ids.includes(r.id))
    .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.id - b.id)
    .map((r) => r.id);
}

export interface DeltaRow {
  subDomain: SubDomainCode;
  element: ElementCode;
  first: number;
  second: number;
  delta: number;
  /** 'up', 'down' or 'same', for the colour of the change. */
  trend: 'up' | 'down' | 'same';
}

const ELEMENT_OF = new Map<SubDomainCode, ElementCode>(SUB_DOMAINS.map((s) => [s.code, s.element]));

export const trendOf = (delta: number): DeltaRow['trend'] =>
  Math.abs(delta) < 0.005 ? 'same' : delta > 0 ? 'up' : 'down';

export function subDomainDeltas(c: AssessmentComparison): DeltaRow[] {
  return c.subDomains.map((d) => ({
    subDomain: d.key,
    element: ELEMENT_OF.get(d.key)!,
    first: d.first,
    second: d.second,
    delta: d.delta,
    trend: trendOf(d.delta),
  }));
}
