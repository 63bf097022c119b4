/** What the readiness scores' API calls take and return. */
import { z } from 'zod';
import type { AssessmentSummary } from '../assessment/assessment-api';
import { EntityId } from '../enterprise/enterprise-schema';
import { IndicatorRowsRequestSchema, IndicatorsRequestSchema } from '../indicators/indicators-api';
import { ROW_SETS } from './action-row-sets';
import type { ReadinessResult } from './compute-readiness';

export const ReadinessRequestSchema = z.strictObject({
  ...IndicatorsRequestSchema.shape,
  /** Whose answers feed the scores. Omitted: the enterprise's newest assessment; null: none. */
  assessmentId: EntityId.nullable().optional(),
});

export const ReadinessRowsRequestSchema = z.strictObject({
  ...IndicatorsRequestSchema.shape,
  rowSet: z.enum(ROW_SETS),
  offset: IndicatorRowsRequestSchema.shape.offset,
  limit: IndicatorRowsRequestSchema.shape.limit,
});

export interface ReadinessReport extends ReadinessResult {
  enterpriseId: number;
  referenceYear: number;
  /** The assessment whose answers were used; null when none was. */
  assessment: AssessmentSummary | null;
}
