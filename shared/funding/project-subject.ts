/**
 * The project facts a plan gives, from its calculated figures (shared/projects). Filing, the
 * project's own energy use and the review and catalogue statements are not part of a plan: they
 * are what the user stated for the project, or unknown, unless stated with the evaluation.
 */
import type { Enterprise } from '../enterprise/enterprise-schema';
import { fenToYuan } from '../money';
import type { ProjectFigures } from '../projects/project-figures';
import type { FinancingKind, Project } from '../projects/project-schema';
import {
  completeSubject,
  subjectFromEnterprise,
  type FundingSubject,
  type ProjectFacts,
} from './funding-subject';

const yuan = fenToYuan;

/**
 * Principal and term of the project's loans (or leases). Several of them count as one principal
 * over the principal-weighted term, so that principal × rate × term adds up each one's interest.
 */
function borrowing(
  financing: Project['financing'],
  kind: FinancingKind,
): { principal: number; years: number | null } {
  const sources = financing.filter((f) => f.kind === kind && f.amountFen > 0);
  const principalFen = sources.reduce((t, f) => t + f.amountFen, 0);
  if (principalFen === 0 || sources.some((f) => f.termYears === null)) {
    return { principal: yuan(principalFen), years: null };
  }
  const weighted = sources.reduce((t, f) => t + f.amountFen * (f.termYears as number), 0) / principalFen;
  return { principal: yuan(principalFen), years: Math.round(weighted * 100) / 100 };
}

export function projectFacts(
  project: Pick<Project, 'direction' | 'financing' | 'statedFacts'>,
  figures: Pick<ProjectFigures, 'investment'>,
): Partial<ProjectFacts> {
  const i = figures.investment;
  const loan = borrowing(project.financing, 'loan');
  const lease = borrowing(project.financing, 'leasing');
  return {
    ...project.statedFacts,
    direction: project.direction,
    totalInvestmentYuan: yuan(i.totalFen),
    eligibleInvestmentYuan: yuan(i.eligibleFen),
    intelligentInvestmentYuan: yuan(i.intelligentEligibleFen),
    // Equipment bought with its software, as eligible spend (net of deductible VAT).
    newEquipmentYuan: yuan(i.eligibleByCategory.equipment + i.eligibleByCategory.software),
    loanPrincipalYuan: loan.principal,
    loanYears: loan.years,
    leasePrincipalYuan: lease.principal,
    leaseYears: lease.years,
  };
}

/**
 * A project's subject as every evaluation of it takes it: the plan's facts and the ones stated for
 * the project over the enterprise's profile. One function, so that a scenario's support is the one
 * the project's own funding view shows.
 */
export function projectSubject(
  enterprise: Enterprise,
  project: Pick<Project, 'direction' | 'financing' | 'statedFacts'>,
  figures: Pick<ProjectFigures, 'investment'>,
): FundingSubject {
  return completeSubject({ project: projectFacts(project, figures) }, subjectFromEnterprise(enterprise));
}
