/**
 * The finder's assumptions stored per enterprise: what the user set once (prices from the bills,
 * suppliers' costs) applies to every later list, decision and project made from proposals.
 */
import { z } from 'zod';
import { EntityId } from '../enterprise/enterprise-schema';
import {
  OpportunityAssumptionsSchema,
  type OpportunityAssumptions,
  type OpportunityAssumptionsInput,
} from './opportunity-assumptions';

export const AssumptionsGetSchema = z.strictObject({ enterpriseId: EntityId });

/**
 * Replaces the stored assumptions as a whole: a key left out goes back to its default, and `{}` or
 * null resets every one.
 */
export const AssumptionsSetSchema = z.strictObject({
  enterpriseId: EntityId,
  assumptions: OpportunityAssumptionsSchema.nullable(),
});

export interface StoredAssumptions {
  enterpriseId: number;
  /** Only what the user set; `{}` when every assumption is at its default. */
  stored: OpportunityAssumptionsInput;
  /** Every assumption as the finder applies it: value, default, whether it is the default, unit, basis. */
  effective: OpportunityAssumptions;
  /** When the user last set them; null when never (or reset). */
  updatedAt: string | null;
}

export interface AssumptionsSetResult extends StoredAssumptions {
  /** What was stored before, so that setting it again undoes the change. */
  previous: OpportunityAssumptionsInput;
}
