/** What the funding API calls take and return. */
import { z } from 'zod';
import { EntityId } from '../enterprise/enterprise-schema';
import type { BothLanguages } from './bilingual-text';
import { FundingSubjectSchema } from './funding-subject';
import type { PackChanges } from './pack-changes';
import { FundingPackSchema, PackId, type FundingPack } from './pack-schema';

/** A pack as JSON text, as a user imports it from a file; 2 MB is far above any real pack. */
export const PackTextSchema = z.strictObject({ text: z.string().max(2_000_000) });
export const PackIdSchema = z.strictObject({ id: PackId });
export const PackUpdateSchema = z.strictObject({ id: PackId, pack: FundingPackSchema });
/** Without an id, every example comes back. */
export const PackResetSchema = z.strictObject({ id: PackId.optional() });

/**
 * The facts come from a project (its figures and its enterprise's profile) or from an enterprise's
 * profile alone, with the facts in `subject` over them: those a plan cannot tell (filing, the
 * project's own energy use, the review and credit statements) or the user's what-ifs.
 */
export const FundingEvaluateSchema = z
  .strictObject({
    projectId: EntityId.optional(),
    enterpriseId: EntityId.optional(),
    subject: FundingSubjectSchema.optional(),
    /** Default: every pack in force. */
    packIds: z.array(PackId).min(1).max(100).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.projectId !== undefined && input.enterpriseId !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'funding.projectOrEnterprise', path: ['enterpriseId'] });
    }
  });

/**
 * shipped: an example as the app ships it; shipped_edited: the user's version of an example, until
 * a reset; user: a pack the user imported.
 */
export type PackOrigin = 'shipped' | 'shipped_edited' | 'user';

export interface FundingPackSummary {
  id: string;
  name: BothLanguages;
  origin: PackOrigin;
  programmes: number;
  /** Null for an example as shipped. */
  updatedAt: string | null;
}

export interface FundingPackDetail extends FundingPackSummary {
  pack: FundingPack;
}

export interface FundingImportPreview extends PackChanges {
  /** The pack as it is (or would be) after the import. */
  pack: FundingPackSummary;
}

export interface FundingPackExport {
  /** A plain file name for the save dialog. */
  fileName: string;
  text: string;
}

/** The deleted pack's text, so that importing it again undoes the deletion exactly. */
export interface FundingPackDeleted extends FundingPackExport {
  id: string;
  name: BothLanguages;
}
