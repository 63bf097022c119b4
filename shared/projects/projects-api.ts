/** What the projects' API calls take and return. */
import { z } from 'zod';
import { EntityId } from '../enterprise/enterprise-schema';
import { LangSchema, OpportunitiesRequestSchema, OpportunityId } from '../opportunities/opportunities-api';
import type { ProjectFigures } from './project-figures';
import {
  BenefitChangesSchema,
  BenefitInputSchema,
  FinancingChangesSchema,
  FinancingInputSchema,
  LineChangesSchema,
  LineInputSchema,
  ProjectChangesSchema,
  ProjectFieldsSchema,
  type Project,
} from './project-schema';

/** A project with what it adds up to (projectFigures), as every projects call returns it. */
export interface ProjectDetail extends Project {
  figures: ProjectFigures;
}

export const ProjectUpdateSchema = z.strictObject({ id: EntityId, changes: ProjectChangesSchema });

/** Line items, financing and benefits are added, changed and removed one at a time. */
export const AddLineSchema = z.strictObject({ projectId: EntityId, line: LineInputSchema });
export const UpdateLineSchema = z.strictObject({
  projectId: EntityId,
  lineId: EntityId,
  changes: LineChangesSchema,
});
export const AddFinancingSchema = z.strictObject({ projectId: EntityId, financing: FinancingInputSchema });
export const UpdateFinancingSchema = z.strictObject({
  projectId: EntityId,
  financingId: EntityId,
  changes: FinancingChangesSchema,
});
export const AddBenefitSchema = z.strictObject({ projectId: EntityId, benefit: BenefitInputSchema });
export const UpdateBenefitSchema = z.strictObject({
  projectId: EntityId,
  benefitId: EntityId,
  changes: BenefitChangesSchema,
});
export const RemoveItemSchema = z.strictObject({ projectId: EntityId, itemId: EntityId });

/** A new project holding the chosen proposals, each accepted into it as opportunities.decide would. */
export const FromOpportunitiesSchema = z.strictObject({
  ...OpportunitiesRequestSchema.shape,
  /** 'all': every proposal neither accepted nor dismissed. */
  opportunityIds: z.union([z.literal('all'), z.array(OpportunityId).min(1).max(1000)]),
  project: ProjectFieldsSchema,
  lang: LangSchema.optional(),
});
