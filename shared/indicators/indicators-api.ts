/** What the indicators' API calls take and return. */
import { z } from 'zod';
import { EntityId } from '../enterprise/enterprise-schema';
import type { EquipmentRecord } from '../register/register-api';
import { IndicatorAssumptionsSchema } from './indicator-assumptions';
import { SET_PARTS, TRACEABLE_INDICATORS } from './indicator-sets';

/** The year ages are counted to; the core takes the current year when it is not given. */
export const ReferenceYear = z.number().int().min(1900).max(2200);

export const IndicatorsRequestSchema = z.strictObject({
  enterpriseId: EntityId,
  year: ReferenceYear.optional(),
  assumptions: IndicatorAssumptionsSchema.optional(),
});

export const IndicatorRowsRequestSchema = z.strictObject({
  ...IndicatorsRequestSchema.shape,
  indicator: z.enum(TRACEABLE_INDICATORS),
  part: z.enum(SET_PARTS),
  offset: z.number().int().min(0).max(10_000_000).optional(),
  limit: z.number().int().min(1).max(1000).optional(),
});

/** The register rows behind one part of an indicator. */
export interface IndicatorRows {
  /** Every matching row's id, in id order: for selecting them all in the register. */
  ids: number[];
  units: number;
  offset: number;
  /** The rows of ids[offset, offset + limit). */
  rows: EquipmentRecord[];
}
