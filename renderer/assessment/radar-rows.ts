/**
 * The sub-domain radar's data as recharts takes it: one row per sub-domain, in the model's order
 * (element by element, so an element's sub-domains sit side by side on the circle), with one score
 * per assessment drawn.
 */
import { SUB_DOMAINS, type SubDomainCode } from '../../shared/assessment/cmmm-structure';
import type { SubDomainScore } from '../../shared/assessment/maturity-scoring';

export interface RadarInput {
  /** The row field that holds this assessment's scores. */
  key: string;
  subDomains: readonly Pick<SubDomainScore, 'subDomain' | 'score'>[];
}

export type RadarRow = { subDomain: SubDomainCode; label: string } & Record<string, number | string>;

/** The radar's scale: the total's, 0–5. */
export const RADAR_MAX = 5;

/** `axisLabel` names a sub-domain on the circle, where twenty names must fit side by side. */
export function radarRows(
  inputs: readonly RadarInput[],
  axisLabel: (subDomain: SubDomainCode) => string,
): RadarRow[] {
  const scores = inputs.map((input) => new Map(input.subDomains.map((s) => [s.subDomain, s.score])));
  return SUB_DOMAINS.map((s) => {
    const row: RadarRow = { subDomain: s.code, label: axisLabel(s.code) };
    inputs.forEach((input, i) => (row[input.key] = scores[i]!.get(s.code) ?? 0));
    return row;
  });
}
