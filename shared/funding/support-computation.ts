/** The estimated support of a programme for a subject, with each step of its computation in words. */
import { yuanToFen } from '../money';
import type { Lang } from '../i18n/messages';
import { messageBoth, type BothLanguages } from './bilingual-text';
import { fenTimesRate } from './fen-rates';
import { fieldLabel, formatFen, formatNumber, formatRate } from './fact-format';
import type { FundingSubject } from './funding-subject';
import { readField, type FieldName } from './subject-fields';
import type { InterestSupport, RateSupport, Support, TieredSupport, Tier } from './support';

export interface ComputationStep {
  text: BothLanguages;
  amountFen: number | null;
}

export interface SupportEstimate {
  kind: Support['kind'];
  /** The sum the rate applies to (the loan principal for interest subsidies). */
  baseFen: number | null;
  uncappedFen: number | null;
  capFen: number | null;
  capApplied: boolean;
  /** Null when a fact it needs is unknown or the pack gives no amount. */
  amountFen: number | null;
  /** The facts it needs that the subject does not give. */
  missing: FieldName[];
  steps: ComputationStep[];
}

type ParamsIn = (lang: Lang) => Record<string, string>;
const step = (key: string, amountFen: number | null, params: ParamsIn): ComputationStep => ({
  text: messageBoth(`funding.${key}`, params),
  amountFen,
});

function estimate(
  partial: Partial<SupportEstimate> & Pick<SupportEstimate, 'kind' | 'steps'>,
): SupportEstimate {
  return {
    baseFen: null,
    uncappedFen: null,
    capFen: null,
    capApplied: false,
    amountFen: null,
    missing: [],
    ...partial,
  };
}

function unknownFacts(kind: Support['kind'], missing: FieldName[]): SupportEstimate {
  return estimate({
    kind,
    missing,
    steps: missing.map((field) => step('missingFact', null, (l) => ({ field: fieldLabel(l, field) }))),
  });
}

/** The base as the sum of its facts, or the facts that are missing. */
function baseOf(
  fields: FieldName[],
  subject: FundingSubject,
): { fen: number; step: ComputationStep } | FieldName[] {
  const values = fields.map((f) => readField(subject, f));
  const missing = fields.filter((_, i) => values[i] === null);
  if (missing.length) return missing;
  const parts = values.map((v) => yuanToFen(v as number));
  const fen = parts.reduce((a, b) => a + b, 0);
  const text = step(fields.length === 1 ? 'baseOne' : 'baseSum', fen, (l) => ({
    parts: fields.map((f, i) => `${fieldLabel(l, f)} ${formatFen(l, parts[i]!)}`).join(' + '),
    total: formatFen(l, fen),
  }));
  return { fen, step: text };
}

function capped(e: SupportEstimate, capYuan: number | undefined): SupportEstimate {
  if (capYuan === undefined || e.uncappedFen === null) return { ...e, amountFen: e.uncappedFen };
  const capFen = yuanToFen(capYuan);
  const capApplied = e.uncappedFen > capFen;
  const amountFen = capApplied ? capFen : e.uncappedFen;
  const last = step(capApplied ? 'capApplied' : 'capNotReached', amountFen, (l) => ({
    cap: formatFen(l, capFen),
  }));
  return { ...e, capFen, capApplied, amountFen, steps: [...e.steps, last] };
}

function rateSupport(s: RateSupport, subject: FundingSubject): SupportEstimate {
  const base = baseOf(s.base, subject);
  if (Array.isArray(base)) return unknownFacts(s.kind, base);
  const amount = fenTimesRate(base.fen, s.rate);
  const product = step('rateStep', amount, (l) => ({
    base: formatFen(l, base.fen),
    rate: formatRate(l, s.rate),
    amount: formatFen(l, amount),
  }));
  return capped(
    estimate({ kind: s.kind, baseFen: base.fen, uncappedFen: amount, steps: [base.step, product] }),
    s.capYuan,
  );
}

const bracket = (l: Lang, t: Tier) =>
  t.toYuan === undefined
    ? `≥ ${formatFen(l, yuanToFen(t.fromYuan))}`
    : `${formatFen(l, yuanToFen(t.fromYuan))} – ${formatFen(l, yuanToFen(t.toYuan))}`;

/** What bracket i gives on a base x, appending the steps that explain it. */
function tierAmount(
  tiers: Tier[],
  i: number,
  xFen: number,
  atEdge: boolean,
  steps: ComputationStep[],
): number {
  const t = tiers[i]!;
  if (t.on === 'whole') {
    const amount = fenTimesRate(xFen, t.rate);
    steps.push(
      step(atEdge ? 'tierEdge' : 'tierWhole', amount, (l) => ({
        bracket: bracket(l, t),
        base: formatFen(l, xFen),
        rate: formatRate(l, t.rate),
        amount: formatFen(l, amount),
      })),
    );
    return amount;
  }
  const fromFen = yuanToFen(t.fromYuan);
  const carried = i === 0 ? 0 : tierAmount(tiers, i - 1, fromFen, true, steps);
  const amount = carried + fenTimesRate(xFen - fromFen, t.rate);
  steps.push(
    step('tierExcess', amount, (l) => ({
      bracket: bracket(l, t),
      carried: formatFen(l, carried),
      rate: formatRate(l, t.rate),
      base: formatFen(l, xFen),
      from: formatFen(l, fromFen),
      amount: formatFen(l, amount),
    })),
  );
  return amount;
}

function tieredSupport(s: TieredSupport, subject: FundingSubject): SupportEstimate {
  const base = baseOf(s.base, subject);
  if (Array.isArray(base)) return unknownFacts(s.kind, base);
  const steps = [base.step];
  const firstFrom = yuanToFen(s.tiers[0]!.fromYuan);
  let amount = 0;
  if (base.fen < firstFrom) {
    steps.push(
      step('belowTiers', 0, (l) => ({ base: formatFen(l, base.fen), from: formatFen(l, firstFrom) })),
    );
  } else {
    const i = s.tiers.findLastIndex((t) => base.fen >= yuanToFen(t.fromYuan));
    amount = tierAmount(s.tiers, i, base.fen, false, steps);
  }
  return capped(estimate({ kind: s.kind, baseFen: base.fen, uncappedFen: amount, steps }), s.capYuan);
}

function interestSupport(s: InterestSupport, subject: FundingSubject): SupportEstimate {
  const principal = readField(subject, s.principal);
  const years = readField(subject, s.years);
  const missing = [s.principal, s.years].filter((_, i) => [principal, years][i] === null);
  if (missing.length) return unknownFacts(s.kind, missing);
  const principalFen = yuanToFen(principal as number);
  const counted = s.maxYears === undefined ? (years as number) : Math.min(years as number, s.maxYears);
  const steps: ComputationStep[] = [];
  if (counted < (years as number)) {
    steps.push(
      step('yearsCapped', null, (l) => ({
        years: formatNumber(l, years as number),
        maxYears: formatNumber(l, counted),
      })),
    );
  }
  const amount = fenTimesRate(principalFen, s.ratePoints, counted);
  steps.push(
    step('interestStep', amount, (l) => ({
      principal: formatFen(l, principalFen),
      rate: formatRate(l, s.ratePoints),
      years: formatNumber(l, counted),
      amount: formatFen(l, amount),
    })),
  );
  return capped(estimate({ kind: s.kind, baseFen: principalFen, uncappedFen: amount, steps }), s.capYuan);
}

/** `informational` marks a check that never pays, as opposed to a programme whose amount is not given. */
export function computeSupport(s: Support, subject: FundingSubject, informational: boolean): SupportEstimate {
  switch (s.kind) {
    case 'rate':
      return rateSupport(s, subject);
    case 'tiers':
      return tieredSupport(s, subject);
    case 'interest':
      return interestSupport(s, subject);
    case 'none':
      return estimate({
        kind: s.kind,
        steps: [step(informational ? 'checkOnly' : 'noAmount', null, () => ({}))],
      });
  }
}
