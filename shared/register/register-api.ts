/**
 * What the equipment register's API calls take and return. Rows keep the register's snake_case
 * keys (the CLI's JSON contract) so one shape travels from the file to the screen and back.
 */
import { z } from 'zod';
import { EntityId } from '../enterprise/enterprise-schema';
import { MappingChoiceSchema, type HeaderMapping } from './header-mapping';
import { REGISTER_FIELDS, type EquipmentRow } from './register-fields';
import type { NormalizedRow } from './row-normalizer';
import { CATEGORY_CODES, STATUS_CODES } from './taxonomy';
import type { Params } from '../api/errors';

export interface EquipmentRecord extends EquipmentRow {
  id: number;
  updated_at: string;
}

/**
 * A file the user chose (open/save dialog in the desktop app, upload in the browser). The core
 * knows it by this id only; the renderer never sends a path.
 */
export const FileId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
  message: 'validation.fileId',
});
/** Chosen by the client so that it can cancel the job and match its progress events. */
export const JobId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, { message: 'validation.jobId' });

export interface FileRef {
  fileId: string;
  name: string;
  sizeBytes: number;
}

export const SORT_FIELDS = [
  'asset_code',
  'name',
  'category',
  'model',
  'maker',
  'quantity',
  'year_commissioned',
  'original_value_yuan',
  'rated_kw',
  'annual_hours',
  'workshop',
  'status',
  'updated_at',
] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export const EquipmentSortSchema = z.strictObject({
  field: z.enum(SORT_FIELDS),
  order: z.enum(['asc', 'desc']),
});
export type EquipmentSort = z.output<typeof EquipmentSortSchema>;

export const EquipmentFilterSchema = z.strictObject({
  categories: z.array(z.enum(CATEGORY_CODES)).max(50).optional(),
  statuses: z.array(z.enum(STATUS_CODES)).max(10).optional(),
  workshops: z.array(z.string().max(100)).max(500).optional(),
  yearFrom: z.number().int().min(1900).max(2200).optional(),
  yearTo: z.number().int().min(1900).max(2200).optional(),
  /** Words that must all occur in the code, name, model or maker. */
  search: z.string().max(200).optional(),
});
export type EquipmentFilter = z.output<typeof EquipmentFilterSchema>;

export interface EquipmentPage {
  total: number;
  offset: number;
  rows: EquipmentRecord[];
}

export interface EquipmentFacets {
  total: number;
  workshops: string[];
  yearMin: number | null;
  yearMax: number | null;
}

/**
 * Field changes as the UI sends them. The core merges them into the stored row and validates the
 * whole row with equipmentRowSchema, so a change is checked with the same rules as an import.
 */
export const EquipmentChangesSchema = z.partialRecord(
  z.enum(REGISTER_FIELDS),
  z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]),
);
export type EquipmentChanges = z.output<typeof EquipmentChangesSchema>;

export const EquipmentIds = z.array(EntityId).min(1).max(200_000);

export type ChangeKind = 'import' | 'edit' | 'bulk-edit' | 'add' | 'delete';

/** One undoable action on the register, as the history lists it. */
export interface ChangeSetInfo {
  id: number;
  kind: ChangeKind;
  label: string;
  createdAt: string;
  undoneAt: string | null;
  fileName: string | null;
  fileFormat: string | null;
  sheet: string | null;
  inserted: number;
  updated: number;
  deleted: number;
  rejected: number;
}

export interface ImportPreview {
  file: FileRef;
  format: 'csv' | 'xlsx';
  encoding: string | null;
  sheets: { name: string; rows?: number }[];
  sheet: string | null;
  headerLine: number;
  headers: string[];
  mapping: HeaderMapping;
  autoMapping: HeaderMapping;
  /** True when the mapping came from what this enterprise confirmed for the same header layout. */
  mappingRemembered: boolean;
  hasCodeColumn: boolean;
  sample: NormalizedRow[];
  rejected: number;
  withWarnings: number;
}

/** A row the import refused or accepted with a remark; `reason` is rendered by the caller's language. */
export interface ImportIssue {
  line: number;
  column: string | null;
  field: string;
  value: string;
  key: string;
  params: Params;
}

export interface ImportResult {
  dryRun: boolean;
  /** Null for a dry run, or when nothing was written. */
  changeSetId: number | null;
  imported: number;
  updated: number;
  rejectedCount: number;
  /** At most MAX_LISTED_ISSUES of each; the counts are complete. */
  rejected: ImportIssue[];
  warningCount: number;
  warnings: ImportIssue[];
  skippedLines: number;
}

export { MAX_LISTED_ISSUES } from './register-fields';

export const ImportRequestSchema = z.strictObject({
  enterpriseId: EntityId,
  fileId: FileId,
  sheet: z.string().max(200).optional(),
  mapping: MappingChoiceSchema.optional(),
  dryRun: z.boolean().optional(),
  jobId: JobId.optional(),
});

export const ExportRequestSchema = z.strictObject({
  enterpriseId: EntityId,
  format: z.enum(['xlsx', 'csv', 'json']),
  filter: EquipmentFilterSchema.optional(),
  sort: EquipmentSortSchema.optional(),
  /** A save target the user chose; without it the core writes a file the transport offers as a download. */
  target: FileId.optional(),
  jobId: JobId.optional(),
});

export interface ExportResult {
  file: FileRef;
  rows: number;
}
