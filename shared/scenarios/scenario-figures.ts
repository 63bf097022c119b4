/**
 * What a set of projects adds up to: investment, support, net cost, yearly savings and the returns
 * on the net cost. Every total is the sum of the projects' own figures, which are sums of their
 * lines, so money stays in exact integer fen from line to scenario.
 */
import { addAmounts, type EnergyAmounts } from '../energy/energy-basis';
import type { EnergySourceCode } from '../enterprise/energy-sources';
import type { DirectionCode } from '../projects/directions';
import {
  DEFAULT_DISCOUNT_RATE,
  DEFAULT_HORIZON_YEARS,
  investmentReturns,
  type InvestmentReturns,
} from '../projects/project-figures';
import { LINE_CATEGORIES, type LineCategory, type ProjectStatus } from '../projects/project-schema';
import type { ProjectDetail } from '../projects/projects-api';
import { simplePaybackYears } from '../projects/cash-flows';
import { markShared, type SupportChoice } from './support-choice';

export interface ScenarioProject {
  projectId: number;
  name: string;
  direction: DirectionCode;
  status: ProjectStatus;
  investmentFen: number;
  eligibleFen: number;
  support: SupportChoice;
  netCostFen: number;
  annualCostSavingFen: number;
  kwh: number;
  tce: number;
  co2Tonnes: number;
  /** On the project's net cost. */
  simplePaybackYears: number | null;
}

export interface ScenarioFigures {
  projects: ScenarioProject[];
  investment: {
    totalFen: number;
    byCategory: Record<LineCategory, number>;
    eligibleFen: number;
    intelligentFen: number;
  };
  supportFen: number;
  netCostFen: number;
  savings: {
    annualCostSavingFen: number;
    annualOutputValueFen: number;
    labourPersons: number;
    /** Saved a year by source, in each source's unit (negative: more used). */
    energy: EnergyAmounts;
    kwh: number;
    tce: number;
    co2Tonnes: number;
    co2NotCounted: EnergySourceCode[];
    /** The projects convert energy with different coefficients or grid factors: tce and CO₂ add theirs. */
    mixedEnergyBasis: boolean;
  };
  /** Simple payback on the gross investment, for reference. */
  grossPaybackYears: number | null;
  /** On the net cost: payback, NPV and IRR. */
  returns: InvestmentReturns;
  /** Where the rate and horizon came from. */
  returnsBasis: 'requested' | 'projects' | 'default';
}

const zero = () => Object.fromEntries(LINE_CATEGORIES.map((c) => [c, 0])) as Record<LineCategory, number>;
const basisKey = (p: ProjectDetail) => {
  const b = p.figures.benefits.energyBasis;
  return `${b.gridFactor.key}|${b.electricityKgcePerKwh.value}|${b.naturalGasKgcePerM3.value}`;
};

/** The rate and horizon asked for, else the projects' own when they agree, else the defaults. */
function returnsParameters(
  projects: readonly ProjectDetail[],
  requested: { discountRate?: number; horizonYears?: number },
): { discountRate: number; horizonYears: number; basis: ScenarioFigures['returnsBasis'] } {
  const rates = new Set(projects.map((p) => p.discountRate));
  const horizons = new Set(projects.map((p) => p.horizonYears));
  const agreed = projects.length > 0 && rates.size === 1 && horizons.size === 1;
  const discountRate = requested.discountRate ?? (agreed ? projects[0]!.discountRate : DEFAULT_DISCOUNT_RATE);
  const horizonYears = requested.horizonYears ?? (agreed ? projects[0]!.horizonYears : DEFAULT_HORIZON_YEARS);
  const basis =
    requested.discountRate !== undefined || requested.horizonYears !== undefined
      ? 'requested'
      : agreed
        ? 'projects'
        : 'default';
  return { discountRate, horizonYears, basis };
}

export function scenarioFigures(
  projects: readonly { project: ProjectDetail; support: SupportChoice }[],
  requested: { discountRate?: number; horizonYears?: number } = {},
): ScenarioFigures {
  const rows: ScenarioProject[] = projects.map(({ project: p, support }) => {
    const i = p.figures.investment;
    const b = p.figures.benefits;
    const netCostFen = i.totalFen - support.supportFen;
    return {
      projectId: p.id,
      name: p.name,
      direction: p.direction,
      status: p.status,
      investmentFen: i.totalFen,
      eligibleFen: i.eligibleFen,
      support,
      netCostFen,
      annualCostSavingFen: b.annualCostSavingFen,
      kwh: b.energy.electricity ?? 0,
      tce: b.tce,
      co2Tonnes: b.co2Tonnes,
      simplePaybackYears: simplePaybackYears(netCostFen, b.annualCostSavingFen),
    };
  });
  markShared(rows);

  const byCategory = zero();
  let totalFen = 0;
  let eligibleFen = 0;
  let intelligentFen = 0;
  let supportFen = 0;
  let annualCostSavingFen = 0;
  let annualOutputValueFen = 0;
  let labourPersons = 0;
  let tce = 0;
  let co2Tonnes = 0;
  const notCounted = new Set<EnergySourceCode>();
  for (const { project: p, support } of projects) {
    const i = p.figures.investment;
    const b = p.figures.benefits;
    totalFen += i.totalFen;
    for (const c of LINE_CATEGORIES) byCategory[c] += i.byCategory[c];
    eligibleFen += i.eligibleFen;
    intelligentFen += i.intelligentFen;
    supportFen += support.supportFen;
    annualCostSavingFen += b.annualCostSavingFen;
    annualOutputValueFen += b.annualOutputValueFen;
    labourPersons += b.labourPersons;
    tce += b.tce;
    co2Tonnes += b.co2Tonnes;
    for (const s of b.co2NotCounted) notCounted.add(s);
  }
  const energy = addAmounts(...projects.map(({ project }) => project.figures.benefits.energy));
  const netCostFen = totalFen - supportFen;
  const parameters = returnsParameters(
    projects.map((p) => p.project),
    requested,
  );
  return {
    projects: rows,
    investment: { totalFen, byCategory, eligibleFen, intelligentFen },
    supportFen,
    netCostFen,
    savings: {
      annualCostSavingFen,
      annualOutputValueFen,
      labourPersons,
      energy,
      kwh: energy.electricity ?? 0,
      tce,
      co2Tonnes,
      co2NotCounted: [...notCounted].sort(),
      mixedEnergyBasis: new Set(projects.map(({ project }) => basisKey(project))).size > 1,
    },
    grossPaybackYears: simplePaybackYears(totalFen, annualCostSavingFen),
    returns: investmentReturns({
      investmentFen: netCostFen,
      annualSavingFen: annualCostSavingFen,
      discountRate: parameters.discountRate,
      horizonYears: parameters.horizonYears,
    }),
    returnsBasis: parameters.basis,
  };
}
