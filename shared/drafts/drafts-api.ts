/**
 * API shapes of the application draft (issue 6): narrative sections, the attachment checklist with
 * its files, application readiness, and the draft outputs.
 */
import { z } from 'zod';
import { EntityId } from '../enterprise/enterprise-schema';
import { LangSchema } from '../opportunities/opportunities-api';
import { FileId, JobId, type FileRef } from '../register/register-api';
import type { FixTarget } from './fix-target';
import {
  MAX_NARRATIVE_CHARS,
  NARRATIVE_SECTION_KEYS,
  type NarrativeScope,
  type NarrativeSectionKey,
} from './narrative-sections';

export const NarrativeSetSchema = z.strictObject({
  projectId: EntityId,
  section: z.enum(NARRATIVE_SECTION_KEYS),
  /** Empty text clears the section (the draft marks it missing again). */
  body: z.string().max(MAX_NARRATIVE_CHARS),
  /** Of the section title returned. */
  lang: LangSchema.optional(),
});

export interface NarrativeView {
  key: NarrativeSectionKey;
  scope: NarrativeScope;
  title: string;
  body: string | null;
  updatedAt: string | null;
}

/** A checklist item's key: a §10 item ("business_licence") or a pack document ("pack:<pack>/<programme>/<doc>"). */
export const ChecklistKey = z
  .string()
  .min(1)
  .max(200)
  .regex(
    /^(?:[a-z][a-z0-9_]{0,59}|pack:[a-z0-9][a-z0-9._-]{0,79}\/[a-z0-9][a-z0-9._-]{0,79}\/[a-z0-9][a-z0-9._-]{0,79})$/,
    {
      message: 'drafts.checklistKey',
    },
  );

export const ChecklistMarkSchema = z.strictObject({
  projectId: EntityId,
  itemKey: ChecklistKey,
  ready: z.boolean().optional(),
  note: z.string().max(2000).nullable().optional(),
  /** Of the titles in the checklist returned. */
  lang: LangSchema.optional(),
});

export const AttachFileSchema = z.strictObject({
  projectId: EntityId,
  itemKey: ChecklistKey,
  /** A file the user chose (dialog or upload): its bytes are copied into the workspace. */
  fileId: FileId,
});

export const AttachmentIdSchema = z.strictObject({ projectId: EntityId, attachmentId: EntityId });
export const AttachmentOpenSchema = AttachmentIdSchema.extend({
  /** Where the desktop app's save dialog put it; without it the transport offers a download. */
  target: FileId.optional(),
});

export interface AttachmentView {
  id: number;
  itemKey: string;
  originalName: string;
  sizeBytes: number;
  sha256: string;
  addedAt: string;
}

export interface ChecklistItemView {
  key: string;
  title: string;
  /** 'policy': DOMAIN.md §10's usual list; 'programme': the chosen programme's pack. */
  origin: 'policy' | 'programme';
  required: boolean;
  ready: boolean;
  note: string | null;
  files: AttachmentView[];
}

export interface Checklist {
  projectId: number;
  /** "<packId>/<programmeId>" or null. */
  targetProgramme: string | null;
  items: ChecklistItemView[];
}

export type ReadinessPartKey = 'fields' | 'narratives' | 'attachments' | 'amounts' | 'eligibility';

export interface ApplicationReadinessPart {
  key: ReadinessPartKey;
  label: string;
  /** Points this part can give; the parts' weights add up to 100. */
  weight: number;
  /** 0..weight. */
  points: number;
}

export interface ApplicationReadinessGap {
  part: ReadinessPartKey;
  text: string;
  fix: FixTarget;
}

/** 0–100: required fields, narrative sections, attachments, amounts consistent, project eligible. */
export interface ApplicationReadiness {
  projectId: number;
  score: number;
  parts: ApplicationReadinessPart[];
  gaps: ApplicationReadinessGap[];
  /** How the score is counted (weights, rounding, when an attachment counts), in the requested language. */
  basis: string;
}

export const DraftRequestSchema = z.strictObject({
  projectId: EntityId,
  lang: LangSchema.optional(),
});

export const DRAFT_FORMATS = ['docx', 'xlsx', 'pdf'] as const;
export type DraftFormat = (typeof DRAFT_FORMATS)[number];

export const DraftExportSchema = z.strictObject({
  projectId: EntityId,
  format: z.enum(DRAFT_FORMATS),
  lang: LangSchema.optional(),
  /** docx only: the agency's Word template (a file the user chose) to fill instead of the app's outline. */
  template: FileId.optional(),
  /** A save target the user chose; without it the transport offers the file as a download. */
  target: FileId.optional(),
  jobId: JobId.optional(),
});

export interface DraftExportResult {
  file: FileRef;
  format: DraftFormat;
  /** Parts the draft still marks as missing. */
  gaps: number;
  /**
   * Placeholders of the agency's template the app has no value for ("project.budget"), left in
   * the document as written; empty for the app's own outline, the workbook and the PDF.
   */
  unknownTags: string[];
}

export const TargetProgrammeSchema = z.strictObject({
  projectId: EntityId,
  /** "<packId>/<programmeId>", or null to choose none. */
  programme: z
    .string()
    .max(161)
    .regex(/^[a-z0-9][a-z0-9._-]{0,79}\/[a-z0-9][a-z0-9._-]{0,79}$/, { message: 'drafts.programmeRef' })
    .nullable(),
  /** Of the titles in the checklist returned. */
  lang: LangSchema.optional(),
});
