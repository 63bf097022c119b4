import { indicatorSetsFor } from '../../../shared/indicators/compute-indicators';
import { rowSetPredicates } from '../../../shared/readiness/action-row-sets';
import { computeReadiness } from '../../../shared/readiness/compute-readiness';
import type { ReadinessReport } from '../../../shared/readiness/readiness-api';
import type { HandlerTable } from '../api/handler-types';
import { AssessmentRepository, answersOf } from '../assessment/assessment-repository';
import { matchingRows, withSubject } from '../indicators/indicator-handlers';
import { registerSnapshot } from './register-snapshot';

export const readinessHandlers = {
  'readiness.compute': (ctx, { enterpriseId, year, assumptions, assessmentId }) =>
    withSubject(ctx, enterpriseId, year, ({ enterprise, years, referenceYear }): ReadinessReport => {
      const db = ctx.db();
      const { groups, report } = registerSnapshot(db, enterpriseId, years, referenceYear, assumptions);
      const assessments = new AssessmentRepository(db, ctx.now);
      const assessment =
        assessmentId === null
          ? null
          : assessmentId === undefined
            ? assessments.latest(enterpriseId)
            : assessments.getOf(enterpriseId, assessmentId);
      return {
        enterpriseId,
        referenceYear,
        assessment: assessment?.assessment ?? null,
        ...computeReadiness({
          report,
          groups,
          answers: assessment ? answersOf(assessment.answers) : null,
          industryDivision: enterprise.industryDivision,
        }),
      };
    }),

  'readiness.rows': (ctx, { enterpriseId, year, assumptions, rowSet, offset = 0, limit = 100 }) =>
    withSubject(ctx, enterpriseId, year, ({ referenceYear }) =>
      matchingRows(
        ctx,
        enterpriseId,
        rowSetPredicates(indicatorSetsFor(referenceYear, assumptions).sets)[rowSet],
        offset,
        limit,
      ),
    ),
} satisfies Partial<HandlerTable>;
