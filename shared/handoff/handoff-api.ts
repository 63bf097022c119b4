/**
 * Hand-off of one enterprise between workspaces (consultant ⇄ client) as a single `.retrofit` file:
 * profile, register, assessments, projects, drafts' narratives, checklist and attachments.
 */
import { z } from 'zod';
import { EntityId } from '../enterprise/enterprise-schema';
import { FileId, JobId, type FileRef } from '../register/register-api';

export const RETROFIT_EXTENSION = '.retrofit';

export const HandoffExportSchema = z.strictObject({
  enterpriseId: EntityId,
  target: FileId.optional(),
  jobId: JobId.optional(),
});

export const HandoffPreviewSchema = z.strictObject({ fileId: FileId });

export const HandoffImportSchema = z.strictObject({
  fileId: FileId,
  /** 'auto': update the enterprise with the same USCC, else add a new one; 'new': always add. */
  mode: z.enum(['auto', 'new']).optional(),
  jobId: JobId.optional(),
});

/** The kinds of content a `.retrofit` file carries, each counted in the preview. */
export const HANDOFF_PARTS = [
  'profile',
  'equipment',
  'assessments',
  'projects',
  'scenarios',
  'decisions',
  'narratives',
  'checklist',
  'attachments',
] as const;
export type HandoffPart = (typeof HANDOFF_PARTS)[number];

export interface HandoffPartChange {
  part: HandoffPart;
  /** In the file. */
  incoming: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

export interface HandoffPreview {
  enterprise: { name: string; uscc: string | null };
  /** What importing would do with mode 'auto'. */
  match: { kind: 'new' } | { kind: 'update'; enterpriseId: number; name: string };
  changes: HandoffPartChange[];
  attachmentBytes: number;
  exportedAt: string;
  appVersion: string;
}

export interface HandoffExportResult {
  file: FileRef;
  counts: Record<HandoffPart, number>;
}

export interface HandoffImportResult {
  enterpriseId: number;
  created: boolean;
  changes: HandoffPartChange[];
  /** The backup taken before an existing enterprise was replaced (restorable from the backups page). */
  backup: string | null;
}
