/**
 * How a programme's support is computed, as rule packs write it (amounts in yuan, rates as
 * fractions: 0.1 is 10%):
 *
 *   { "kind": "rate", "base": ["project.eligibleInvestmentYuan"], "rate": 0.1, "capYuan": 10000000 }
 *   { "kind": "tiers", "base": [...], "tiers": [{ "fromYuan": 1500000, "toYuan": 5000000, "rate": 0.06,
 *     "on": "whole" }, …], "capYuan": 40000000 }
 *   { "kind": "interest", "principal": "project.loanPrincipalYuan", "years": "project.loanYears",
 *     "ratePoints": 0.02, "maxYears": 3, "capYuan": 5000000 }
 *   { "kind": "none" }   the pack gives no amount (an informational check, or see the notice)
 *
 * The base is the sum of the amount facts it names. Brackets run from `fromYuan` (included) to
 * `toYuan` (excluded), each starting where the one before ends; the last may be open. A bracket
 * "on whole" applies its rate to the whole base; "on excess" continues from what the bracket below
 * gives at its upper edge and adds its rate on the part of the base above `fromYuan` — so Longhua's
 * "20% of the first ¥100m + 5% beyond" is a last bracket from ¥100m at 5% on excess.
 * Interest subsidy = principal × rate points × years (at most maxYears). The cap applies last.
 */
import type { FieldName } from './subject-fields';

export interface RateSupport {
  kind: 'rate';
  base: FieldName[];
  rate: number;
  capYuan?: number;
}

export interface Tier {
  fromYuan: number;
  toYuan?: number;
  rate: number;
  on: 'whole' | 'excess';
}

export interface TieredSupport {
  kind: 'tiers';
  base: FieldName[];
  tiers: Tier[];
  capYuan?: number;
}

export interface InterestSupport {
  kind: 'interest';
  principal: FieldName;
  years: FieldName;
  ratePoints: number;
  maxYears?: number;
  capYuan?: number;
}

export interface NoAmount {
  kind: 'none';
}

export type Support = RateSupport | TieredSupport | InterestSupport | NoAmount;
export const SUPPORT_KINDS = ['rate', 'tiers', 'interest', 'none'] as const;
