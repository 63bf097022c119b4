/**
 * What a project's plan adds up to (issue 5, DOMAIN.md §8): investment by category and the part
 * eligible for support, financing and instalments, yearly benefits with their tce and CO₂, and the
 * returns. Pure and exported for the funding rules and scenarios, which call it on a Project.
 * Money stays in integer fen: totals are sums of the lines' own rounded amounts.
 */
import type { EnergySourceCode } from '../enterprise/energy-sources';
import {
  addAmounts,
  energyImpact,
  resolveEnergyBasis,
  type EnergyAmounts,
  type EnergyBasis,
} from '../energy/energy-basis';
import { annuityPayment, irr, npv, simplePaybackYears, type IrrStatus } from './cash-flows';
import {
  FINANCING_KINDS,
  LINE_CATEGORIES,
  lineAmountFen,
  type FinancingKind,
  type LineCategory,
  type Project,
  type ProjectBenefit,
  type ProjectFinancing,
  type ProjectLine,
} from './project-schema';

/** Spending that forms fixed assets; "other" (fees, training, working capital) does not. */
export const FIXED_ASSET_CATEGORIES: readonly LineCategory[] = [
  'equipment',
  'software',
  'installation',
  'construction',
];

export const ELIGIBLE_BASIS = {
  zh: '设备、软件、安装和建筑工程等形成固定资产的投资，扣除可抵扣的增值税（如深府办规〔2017〕9号的口径 [待核实]）；“其他”费用不计入',
  en: 'Equipment, software, installation and building works that form fixed assets, net of deductible VAT (as in 深府办规〔2017〕9号 [verify]); "other" costs are left out',
};

export const DEFAULT_DISCOUNT_RATE = 0.08;
export const DEFAULT_HORIZON_YEARS = 10;
export const RETURNS_BASIS = {
  zh: '第 0 年投入全部投资，第 1 年起每年节约相同金额；折现率和年限可改（默认 8%、10 年，为本产品默认值，请按企业资金成本和设备寿命设置）；不含融资利息和补助',
  en: "All investment in year 0, the same saving every year from year 1; rate and horizon editable (defaults 8 % and 10 years are the product's, set your cost of capital and the equipment's life); financing interest and support are not included",
};

/** The fields the figures read: a whole Project will do. */
export interface FigureInputs {
  lines: readonly Pick<
    ProjectLine,
    'id' | 'category' | 'quantity' | 'unitPriceFen' | 'deductibleVatRate' | 'intelligent' | 'origin'
  >[];
  financing: readonly Pick<ProjectFinancing, 'id' | 'kind' | 'amountFen' | 'annualRate' | 'termYears'>[];
  benefits: readonly Pick<
    ProjectBenefit,
    'energy' | 'annualCostSavingFen' | 'annualOutputValueFen' | 'labourPersons' | 'otherCo2Tonnes'
  >[];
  discountRate: Project['discountRate'];
  horizonYears: Project['horizonYears'];
  energyBasis: Project['energyBasis'];
}

export interface LineFigures {
  id: number;
  amountFen: number;
  /** The VAT inside the amount that can be deducted: amount × rate ÷ (1 + rate), to the fen. */
  deductibleVatFen: number;
  eligibleFen: number;
}

export interface InvestmentFigures {
  totalFen: number;
  byCategory: Record<LineCategory, number>;
  eligibleFen: number;
  eligibleByCategory: Record<LineCategory, number>;
  deductibleVatFen: number;
  /** Lines marked intelligent (robots, smart equipment, industrial internet). */
  intelligentFen: number;
  intelligentEligibleFen: number;
  /** Equipment lines by where they are made. */
  equipmentByOrigin: { domestic: number; imported: number; unspecified: number };
  lines: LineFigures[];
  eligibleBasis: { zh: string; en: string };
}

export interface Instalment {
  id: number;
  kind: FinancingKind;
  /** Equal yearly payment of principal and interest over the term. */
  annualPaymentFen: number;
  totalInterestFen: number;
}

export interface FinancingFigures {
  totalFen: number;
  byKind: Record<FinancingKind, number>;
  /** Investment not yet covered by the financing (negative when it covers more). */
  unfinancedFen: number;
  /** Loans and leases with a rate and a term. */
  instalments: Instalment[];
}

export interface BenefitFigures {
  annualCostSavingFen: number;
  annualOutputValueFen: number;
  labourPersons: number;
  /** Saved per year by source. */
  energy: EnergyAmounts;
  tce: number;
  co2Tonnes: number;
  co2FromEnergyTonnes: number;
  otherCo2Tonnes: number;
  co2NotCounted: EnergySourceCode[];
  /** The coefficients and the grid factor used, with years and bases. */
  energyBasis: EnergyBasis;
}

export interface InvestmentReturns {
  discountRate: number;
  horizonYears: number;
  /** Year 0 the investment (negative), years 1…horizon the yearly saving. */
  cashFlowsFen: number[];
  simplePaybackYears: number | null;
  npvFen: number;
  /** Null unless exactly one rate zeroes the NPV; irrStatus says why not. */
  irr: number | null;
  irrStatus: IrrStatus;
  basis: { zh: string; en: string };
}

export interface ProjectFigures {
  investment: InvestmentFigures;
  financing: FinancingFigures;
  benefits: BenefitFigures;
  returns: InvestmentReturns;
}

const zeroBy = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function lineFigures(line: FigureInputs['lines'][number]): LineFigures {
  const amountFen = lineAmountFen(line);
  const rate = line.deductibleVatRate ?? 0;
  const deductibleVatFen = Math.round((amountFen * rate) / (1 + rate));
  const eligibleFen = FIXED_ASSET_CATEGORIES.includes(line.category) ? amountFen - deductibleVatFen : 0;
  return { id: line.id, amountFen, deductibleVatFen, eligibleFen };
}

function investmentFigures(lines: FigureInputs['lines']): InvestmentFigures {
  const f: InvestmentFigures = {
    totalFen: 0,
    byCategory: zeroBy(LINE_CATEGORIES),
    eligibleFen: 0,
    eligibleByCategory: zeroBy(LINE_CATEGORIES),
    deductibleVatFen: 0,
    intelligentFen: 0,
    intelligentEligibleFen: 0,
    equipmentByOrigin: { domestic: 0, imported: 0, unspecified: 0 },
    lines: [],
    eligibleBasis: ELIGIBLE_BASIS,
  };
  for (const line of lines) {
    const l = lineFigures(line);
    f.lines.push(l);
    f.totalFen += l.amountFen;
    f.byCategory[line.category] += l.amountFen;
    f.eligibleFen += l.eligibleFen;
    f.eligibleByCategory[line.category] += l.eligibleFen;
    f.deductibleVatFen += l.deductibleVatFen;
    if (line.intelligent) {
      f.intelligentFen += l.amountFen;
      f.intelligentEligibleFen += l.eligibleFen;
    }
    if (line.category === 'equipment') f.equipmentByOrigin[line.origin ?? 'unspecified'] += l.amountFen;
  }
  return f;
}

function financingFigures(financing: FigureInputs['financing'], investmentFen: number): FinancingFigures {
  const byKind = zeroBy(FINANCING_KINDS);
  const instalments: Instalment[] = [];
  for (const s of financing) {
    byKind[s.kind] += s.amountFen;
    if ((s.kind === 'loan' || s.kind === 'leasing') && s.annualRate !== null && s.termYears !== null) {
      const payment = annuityPayment(s.amountFen, s.annualRate, s.termYears);
      instalments.push({
        id: s.id,
        kind: s.kind,
        annualPaymentFen: Math.round(payment),
        totalInterestFen: Math.round(payment * s.termYears - s.amountFen),
      });
    }
  }
  const totalFen = FINANCING_KINDS.reduce((t, k) => t + byKind[k], 0);
  return { totalFen, byKind, unfinancedFen: investmentFen - totalFen, instalments };
}

function benefitFigures(inputs: FigureInputs): BenefitFigures {
  const energyBasis = resolveEnergyBasis(inputs.energyBasis);
  const energy = addAmounts(
    ...inputs.benefits.map((b) => Object.fromEntries(b.energy.map((e) => [e.source, e.quantity]))),
  );
  const impact = energyImpact(energy, energyBasis);
  const sum = (pick: (b: FigureInputs['benefits'][number]) => number) =>
    inputs.benefits.reduce((t, b) => t + pick(b), 0);
  const otherCo2Tonnes = sum((b) => b.otherCo2Tonnes);
  return {
    annualCostSavingFen: sum((b) => b.annualCostSavingFen),
    annualOutputValueFen: sum((b) => b.annualOutputValueFen),
    labourPersons: sum((b) => b.labourPersons),
    energy,
    tce: impact.tce,
    co2Tonnes: impact.co2Tonnes + otherCo2Tonnes,
    co2FromEnergyTonnes: impact.co2Tonnes,
    otherCo2Tonnes,
    co2NotCounted: impact.co2NotCounted,
    energyBasis,
  };
}

/**
 * Payback, NPV and IRR of paying `investmentFen` now for `annualSavingFen` a year over the horizon.
 * Scenarios call it with the investment net of support.
 */
export function investmentReturns(i: {
  investmentFen: number;
  annualSavingFen: number;
  discountRate: number;
  horizonYears: number;
}): InvestmentReturns {
  const cashFlowsFen = [-i.investmentFen, ...Array<number>(i.horizonYears).fill(i.annualSavingFen)];
  const found = irr(cashFlowsFen);
  return {
    discountRate: i.discountRate,
    horizonYears: i.horizonYears,
    cashFlowsFen,
    simplePaybackYears: simplePaybackYears(i.investmentFen, i.annualSavingFen),
    npvFen: Math.round(npv(i.discountRate, cashFlowsFen)),
    irr: found.rate,
    irrStatus: found.status,
    basis: RETURNS_BASIS,
  };
}

export function projectFigures(p: FigureInputs): ProjectFigures {
  const investment = investmentFigures(p.lines);
  const benefits = benefitFigures(p);
  return {
    investment,
    financing: financingFigures(p.financing, investment.totalFen),
    benefits,
    returns: investmentReturns({
      investmentFen: investment.totalFen,
      annualSavingFen: benefits.annualCostSavingFen,
      discountRate: p.discountRate,
      horizonYears: p.horizonYears,
    }),
  };
}
