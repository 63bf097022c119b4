import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { MappingChoice } from '../../../shared/register/header-mapping';
import {
  MAX_LISTED_ISSUES,
  type ImportIssue,
  type ImportPreview,
  type ImportResult,
  type FileRef,
} from '../../../shared/register/register-api';
import { previewRegister, readRegister, type RememberedMapping } from '../register-files/register-reader';
import { ColumnMappings } from './column-mappings';
import { EquipmentRepository } from './equipment-repository';

export interface ImportSource {
  path: string;
  ref: FileRef;
}

export interface ImportParams {
  enterpriseId: number;
  sheet?: string;
  mapping?: MappingChoice;
  dryRun?: boolean;
  referenceYear: number;
}

function assertEnterprise(db: Database.Database, enterpriseId: number): void {
  const found = db.prepare('SELECT 1 FROM enterprise WHERE id = ? AND deleted_at IS NULL').get(enterpriseId);
  if (!found) throw new AppError('NOT_FOUND', { what: 'enterprise', id: enterpriseId });
}

/**
 * The mapping to use when the caller gave none: what this enterprise confirmed for the same header
 * layout before, if anything (otherwise the automatic one applies).
 */
function rememberedMapping(db: Database.Database, enterpriseId: number): RememberedMapping {
  const mappings = new ColumnMappings(db);
  return (headers) => mappings.find(enterpriseId, headers);
}

export async function previewImport(
  db: Database.Database,
  source: ImportSource,
  params: Omit<ImportParams, 'dryRun'>,
): Promise<ImportPreview> {
  assertEnterprise(db, params.enterpriseId);
  const p = await previewRegister(source.path, {
    sheet: params.sheet,
    mapping: params.mapping,
    remembered: rememberedMapping(db, params.enterpriseId),
    referenceYear: params.referenceYear,
  });
  return {
    file: source.ref,
    format: p.format,
    encoding: p.encoding,
    sheets: p.sheets,
    sheet: p.sheet,
    headerLine: p.headerLine,
    headers: p.headers,
    mapping: p.mapping,
    autoMapping: p.autoMapping,
    mappingRemembered: p.mappingRemembered,
    hasCodeColumn: p.hasCodeColumn,
    sample: p.sample,
    rejected: p.rejected,
    withWarnings: p.withWarnings,
  };
}

function asIssue(i: ImportIssue): ImportIssue {
  return { line: i.line, column: i.column, field: i.field, value: i.value, key: i.key, params: i.params };
}

/**
 * Imports a register file into an enterprise in ONE transaction: every valid row is inserted or,
 * when its asset code exists, updated (the previous values kept for undo); rejected rows are
 * reported with line, column, value and reason. Cancelled, failed or killed midway, nothing of it
 * is written. A dry run does the same work and rolls it back, so its counts are exact.
 *
 * It holds the write transaction across the file's asynchronous reads, so it must run on a
 * connection nothing else uses meanwhile (the job worker's own, or the CLI's).
 */
export async function importRegister(
  db: Database.Database,
  source: ImportSource,
  params: ImportParams,
  options: {
    signal?: AbortSignal;
    onProgress?: (done: number, total: number) => void;
    now?: () => Date;
  } = {},
): Promise<ImportResult> {
  assertEnterprise(db, params.enterpriseId);
  const repo = new EquipmentRepository(db, options.now);
  const rejected: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  let rejectedCount = 0;
  let warningCount = 0;
  let skippedLines = 0;
  db.exec('BEGIN IMMEDIATE');
  try {
    let changeSetId: number | null = null;
    let writer: ReturnType<EquipmentRepository['bulkWriter']> | null = null;
    let headers: string[] = [];
    let finalMapping = null;
    for await (const event of readRegister(source.path, {
      sheet: params.sheet,
      mapping: params.mapping,
      remembered: rememberedMapping(db, params.enterpriseId),
      referenceYear: params.referenceYear,
      signal: options.signal,
      onProgress: (_rows, bytesDone, bytesTotal) => options.onProgress?.(bytesDone, bytesTotal),
    })) {
      if (event.kind === 'start') {
        headers = event.info.headers;
        finalMapping = event.info.mapping;
        changeSetId = repo.openChangeSet(params.enterpriseId, 'import', source.ref.name, {
          fileName: source.ref.name,
          fileFormat: event.info.format,
          sheet: event.info.sheet ?? undefined,
          mappingJson: JSON.stringify(event.info.mapping),
        });
        writer = repo.bulkWriter(params.enterpriseId, changeSetId);
      } else if (event.kind === 'rows') {
        for (const r of event.rows) {
          if (r.row) writer!.put(r.row);
          else {
            rejectedCount++;
            // One issue per rejected row is what a user fixes first; the rest follow on re-import.
            for (const e of r.errors) if (rejected.length < MAX_LISTED_ISSUES) rejected.push(asIssue(e));
          }
          warningCount += r.row ? r.warnings.length : 0;
          if (r.row)
            for (const w of r.warnings) if (warnings.length < MAX_LISTED_ISSUES) warnings.push(asIssue(w));
        }
      } else {
        skippedLines = event.summary.skippedLines.length;
      }
    }
    const counts = writer!.counts();
    if (params.dryRun) {
      db.exec('ROLLBACK');
    } else {
      repo.finishChangeSet(changeSetId!, {
        inserted: counts.inserted,
        updated: counts.updated,
        rejected: rejectedCount,
      });
      if (finalMapping)
        new ColumnMappings(db, options.now).remember(params.enterpriseId, headers, finalMapping);
      db.exec('COMMIT');
    }
    return {
      dryRun: params.dryRun ?? false,
      changeSetId: params.dryRun ? null : changeSetId,
      imported: counts.inserted,
      updated: counts.updated,
      rejectedCount,
      rejected,
      warningCount,
      warnings,
      skippedLines,
    };
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    if (options.signal?.aborted) throw new AppError('JOB_CANCELLED');
    throw e;
  }
}
