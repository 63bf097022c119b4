import { indicatorSetsFor } from '../../../shared/indicators/compute-indicators';
import { rowSetPredicates } from '../../../shared/readiness/action-row-sets';
import type { ReadinessReport } from '../../../shared/readiness/readiness-api';
import type { HandlerTable } from '../api/handler-types';
import { matchingRows, withSubject } from '../indicators/indicator-handlers';
import { readinessReport } from './readiness-report';

export const readinessHandlers = {
  'readiness.compute': (ctx, { enterpriseId, year, assumptions, assessmentId }) =>
    withSubject(
      ctx,
      enterpriseId,
      year,
      ({ enterprise, referenceYear }): ReadinessReport =>
        readinessReport(ctx.db(), ctx.now, enterprise, referenceYear, { assumptions, assessmentId })
          .readiness,
    ),

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
