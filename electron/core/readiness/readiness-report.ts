/**
 * The readiness report of an enterprise for a reference year, read from the workspace: what
 * `readiness.compute` answers and what a draft application prints, from one computation.
 */
import type Database from 'better-sqlite3';
import type { Enterprise } from '../../../shared/enterprise/enterprise-schema';
import type { IndicatorReport } from '../../../shared/indicators/compute-indicators';
import type { IndicatorAssumptionsInput } from '../../../shared/indicators/indicator-assumptions';
import { computeReadiness } from '../../../shared/readiness/compute-readiness';
import type { ReadinessReport } from '../../../shared/readiness/readiness-api';
import { AssessmentRepository, answersOf } from '../assessment/assessment-repository';
import { registerSnapshot } from './register-snapshot';

export interface ReadinessOptions {
  assumptions?: IndicatorAssumptionsInput;
  /** undefined: the newest self-assessment; null: none (register only). */
  assessmentId?: number | null;
}

export function readinessReport(
  db: Database.Database,
  now: () => Date,
  enterprise: Pick<Enterprise, 'id' | 'years' | 'industryDivision'>,
  referenceYear: number,
  options: ReadinessOptions = {},
): { readiness: ReadinessReport; indicators: IndicatorReport } {
  const { groups, report } = registerSnapshot(
    db,
    enterprise.id,
    enterprise.years,
    referenceYear,
    options.assumptions,
  );
  const assessments = new AssessmentRepository(db, now);
  const assessment =
    options.assessmentId === null
      ? null
      : options.assessmentId === undefined
        ? assessments.latest(enterprise.id)
        : assessments.getOf(enterprise.id, options.assessmentId);
  const readiness: ReadinessReport = {
    enterpriseId: enterprise.id,
    referenceYear,
    assessment: assessment?.assessment ?? null,
    ...computeReadiness({
      report,
      groups,
      answers: assessment ? answersOf(assessment.answers) : null,
      industryDivision: enterprise.industryDivision,
    }),
  };
  return { readiness, indicators: report };
}
