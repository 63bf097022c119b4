/**
 * The finder's proposals as the page lays them out: open, accepted and dismissed; grouped by rule
 * or direction; sorted by a figure; and added up. Every figure is cut to the decimals the page
 * shows before it is added, so a total is exactly the sum of the figures listed above it.
 */
import type { Opportunity, OpportunityReport } from '../../shared/opportunities/opportunities-api';
import type { RuleKey } from '../../shared/opportunities/opportunity-rules';
import type { DirectionCode } from '../../shared/projects/directions';
import { simplePaybackYears } from '../../shared/projects/cash-flows';

/** Decimals shown: kWh whole, tonnes to the hundredth, money in 万元 to the hundredth. */
export const SHOWN_DIGITS = { kwh: 0, tce: 2, co2Tonnes: 2, paybackYears: 1 } as const;
/** 0.01 万元 = 100 yuan = 10,000 fen: the money step the tables show. */
const FEN_PER_STEP = 10_000;

/** Half away from zero, as Intl.NumberFormat rounds, so a figure and its text agree. */
const roundHalfAway = (x: number): number => Math.sign(x) * Math.round(Math.abs(x)) + 0;

/** A figure in whole steps of its last shown decimal. */
const stepsOf = (x: number, digits: number): number => roundHalfAway(x * 10 ** digits);

/** A proposal's figures as the page shows them, rounded to the shown decimals. */
export interface ShownFigures {
  kwh: number;
  tce: number;
  co2Tonnes: number;
  /** Multiples of 10,000 fen (0.01 万元). */
  costSavingFen: number;
  investmentFen: number | null;
}

interface Steps {
  kwh: number;
  tce: number;
  co2Tonnes: number;
  costSaving: number;
  investment: number | null;
}

function steps(o: Opportunity): Steps {
  return {
    kwh: stepsOf(o.kwh, SHOWN_DIGITS.kwh),
    tce: stepsOf(o.tce, SHOWN_DIGITS.tce),
    co2Tonnes: stepsOf(o.co2Tonnes, SHOWN_DIGITS.co2Tonnes),
    costSaving: roundHalfAway(o.costSavingFen / FEN_PER_STEP),
    investment: o.investmentFen === null ? null : roundHalfAway(o.investmentFen / FEN_PER_STEP),
  };
}

function fromSteps(s: Steps): ShownFigures {
  return {
    kwh: s.kwh / 10 ** SHOWN_DIGITS.kwh,
    tce: s.tce / 10 ** SHOWN_DIGITS.tce,
    co2Tonnes: s.co2Tonnes / 10 ** SHOWN_DIGITS.co2Tonnes,
    costSavingFen: s.costSaving * FEN_PER_STEP,
    investmentFen: s.investment === null ? null : s.investment * FEN_PER_STEP,
  };
}

export const shownFigures = (o: Opportunity): ShownFigures => fromSteps(steps(o));

export interface Totals extends ShownFigures {
  proposals: number;
  rows: number;
  units: number;
  /** Proposals that could not be priced: their investment is not in the total. */
  unpriced: number;
  /** Total investment ÷ total saving, from the exact amounts; null when the saving is not positive. */
  paybackYears: number | null;
  /** Sources some proposal could not count the CO₂ of. */
  co2NotCounted: Opportunity['co2NotCounted'];
}

/** The sum of the listed proposals' shown figures. */
export function totals(list: readonly Opportunity[]): Totals {
  const sum: Steps = { kwh: 0, tce: 0, co2Tonnes: 0, costSaving: 0, investment: null };
  let exactInvestment = 0;
  let exactSaving = 0;
  let unpriced = 0;
  for (const o of list) {
    const s = steps(o);
    sum.kwh += s.kwh;
    sum.tce += s.tce;
    sum.co2Tonnes += s.co2Tonnes;
    sum.costSaving += s.costSaving;
    exactSaving += o.costSavingFen;
    if (s.investment === null) unpriced++;
    else {
      sum.investment = (sum.investment ?? 0) + s.investment;
      exactInvestment += o.investmentFen as number;
    }
  }
  return {
    ...fromSteps(sum),
    proposals: list.length,
    rows: list.reduce((n, o) => n + o.rowCount, 0),
    units: list.reduce((n, o) => n + o.units, 0),
    unpriced,
    paybackYears: sum.investment === null ? null : simplePaybackYears(exactInvestment, exactSaving),
    co2NotCounted: [...new Set(list.flatMap((o) => o.co2NotCounted))],
  };
}

/** Why a payback is shown as "—". */
export type NoPayback = 'retirement' | 'unpriced' | 'noSaving';

export function paybackOf(
  o: Pick<Opportunity, 'paybackYears' | 'investmentFen'> & { retirement?: boolean },
): { years: number | null; why: NoPayback | null } {
  if (o.paybackYears !== null) return { years: o.paybackYears, why: null };
  if (o.retirement) return { years: null, why: 'retirement' };
  return { years: null, why: o.investmentFen === null ? 'unpriced' : 'noSaving' };
}

export interface Partitioned {
  open: Opportunity[];
  accepted: Opportunity[];
  dismissed: Opportunity[];
}

export function partition(report: Pick<OpportunityReport, 'opportunities'>): Partitioned {
  const p: Partitioned = { open: [], accepted: [], dismissed: [] };
  for (const o of report.opportunities) {
    if (!o.decision) p.open.push(o);
    else if (o.decision.kind === 'accepted') p.accepted.push(o);
    else p.dismissed.push(o);
  }
  return p;
}

export const GROUP_BYS = ['rule', 'direction', 'none'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export type ProposalGroup =
  | { kind: 'rule'; key: RuleKey; proposals: Opportunity[] }
  | { kind: 'direction'; key: DirectionCode; proposals: Opportunity[] }
  | { kind: 'none'; key: 'all'; proposals: Opportunity[] };

/** Groups in the order their first proposal comes, which is the core's rule order. */
export function groupProposals(list: readonly Opportunity[], by: GroupBy): ProposalGroup[] {
  if (by === 'none') return list.length === 0 ? [] : [{ kind: 'none', key: 'all', proposals: [...list] }];
  const groups = new Map<string, Opportunity[]>();
  for (const o of list) {
    const key = by === 'rule' ? o.rule : o.direction;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  return [...groups].map(([key, proposals]) =>
    by === 'rule'
      ? { kind: 'rule', key: key as RuleKey, proposals }
      : { kind: 'direction', key: key as DirectionCode, proposals },
  );
}

export const SORT_KEYS = ['paybackYears', 'costSavingFen', 'kwh', 'investmentFen'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface SortState {
  key: SortKey;
  order: 'ascend' | 'descend';
}

/**
 * Sorted by one figure, the core's order kept among equals. Proposals without the figure (no
 * payback, no price) come last in either order: "—" is neither short nor long.
 */
export function sortProposals(list: readonly Opportunity[], sort: SortState | null): Opportunity[] {
  if (!sort) return [...list];
  const sign = sort.order === 'ascend' ? 1 : -1;
  const value = (o: Opportunity): number | null => o[sort.key];
  return list
    .map((o, i) => ({ o, i, v: value(o) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1;
      return a.v === b.v ? a.i - b.i : sign * (a.v - b.v);
    })
    .map((x) => x.o);
}

/**
 * Pairs among the chosen proposals that name the same register rows: accepting both would count
 * those rows' savings and prices twice.
 */
export function overlapsWithin(chosen: readonly Opportunity[]): [Opportunity, Opportunity][] {
  const ids = new Map(chosen.map((o) => [o.id, o]));
  const pairs: [Opportunity, Opportunity][] = [];
  chosen.forEach((o, i) => {
    for (const other of o.overlaps) {
      const p = ids.get(other);
      if (p && chosen.indexOf(p) > i) pairs.push([o, p]);
    }
  });
  return pairs;
}

/** The direction most of the chosen proposals belong to (the first one's on a tie). */
export function commonDirection(chosen: readonly Opportunity[]): DirectionCode | null {
  const counts = new Map<DirectionCode, number>();
  for (const o of chosen) counts.set(o.direction, (counts.get(o.direction) ?? 0) + 1);
  let best: DirectionCode | null = null;
  for (const [d, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = d;
  return best;
}
