import type { MessagePort } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { MappingChoice } from '../../../shared/register/header-mapping';
import type { ImportPreview, ImportResult, FileRef } from '../../../shared/register/register-api';
import { previewRegister, type RememberedMapping } from '../register-files/register-reader';
import { assertLiveEnterprise } from '../db/soft-delete';
import { ColumnMappings } from './column-mappings';
import { EquipmentRepository } from './equipment-repository';
import {
  readImportRows,
  readImportRowsFromPort,
  type ImportIssues,
  type ImportRowsOptions,
} from './import-rows';

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

/**
 * The mapping to use when the caller gave none: what this enterprise confirmed for the same header
 * layout before, if anything (otherwise the automatic one applies).
 */
function rememberedMapping(db: Database.Database, enterpriseId: number): RememberedMapping {
  const mappings = new ColumnMappings(db);
  return (headers) => mappings.find(enterpriseId, headers);
}

/** What reading the file needs besides its path, wherever it is read. */
export function importRowsOptions(
  db: Database.Database,
  params: Pick<ImportParams, 'enterpriseId' | 'sheet' | 'mapping' | 'referenceYear'>,
): ImportRowsOptions {
  return {
    sheet: params.sheet,
    mapping: params.mapping,
    remembered: new ColumnMappings(db).all(params.enterpriseId),
    referenceYear: params.referenceYear,
  };
}

/**
 * Rows a register file of this size holds at least, as far as setting indexes aside goes: real
 * registers take 80–120 bytes a row in CSV and XLSX alike, so 200 under-counts, and a file that
 * holds fewer rows than guessed costs one index build over no more rows than it was guessed at.
 */
export function rowsAtLeast(sizeBytes: number): number {
  return Math.floor(sizeBytes / 200);
}

export async function previewImport(
  db: Database.Database,
  source: ImportSource,
  params: Omit<ImportParams, 'dryRun'>,
): Promise<ImportPreview> {
  assertLiveEnterprise(db, params.enterpriseId);
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

/**
 * Imports a register file into an enterprise in ONE transaction: every valid row is inserted or,
 * when its asset code exists, updated (the previous values kept for undo); rejected rows are
 * reported with line, column, value and reason. Cancelled, failed or killed midway, nothing of it
 * is written. A dry run does the same work and rolls it back, so its counts are exact.
 *
 * It holds the write transaction across the file's asynchronous reads, so it must run on a
 * connection nothing else uses meanwhile (the import's writing thread's own, or the CLI's).
 */
export async function importRegister(
  db: Database.Database,
  source: ImportSource,
  params: ImportParams,
  options: {
    signal?: AbortSignal;
    onProgress?: (done: number, total: number) => void;
    now?: () => Date;
    /**
     * The rows as a reading thread posts them (started with importRowsOptions), read while this
     * thread inserts; `failed` aborts when that thread died. Without it the file is read here,
     * between inserts.
     */
    reader?: { port: MessagePort; failed: AbortSignal };
  } = {},
): Promise<ImportResult> {
  assertLiveEnterprise(db, params.enterpriseId);
  const repo = new EquipmentRepository(db, options.now);
  const { signal, onProgress } = options;
  const events = options.reader
    ? readImportRowsFromPort(options.reader.port, { signal, onProgress, readerFailed: options.reader.failed })
    : readImportRows(source.path, { ...importRowsOptions(db, params), signal, onProgress });
  db.exec('BEGIN IMMEDIATE');
  try {
    let changeSetId: number | null = null;
    let writer: ReturnType<EquipmentRepository['bulkWriter']> | null = null;
    let headers: string[] = [];
    let finalMapping = null;
    let issues: ImportIssues | null = null;
    for await (const event of events) {
      if (event.kind === 'start') {
        headers = event.info.headers;
        finalMapping = event.info.mapping;
        changeSetId = repo.openChangeSet(params.enterpriseId, 'import', source.ref.name, {
          fileName: source.ref.name,
          fileFormat: event.info.format,
          sheet: event.info.sheet ?? undefined,
          mappingJson: JSON.stringify(event.info.mapping),
        });
        writer = repo.bulkWriter(params.enterpriseId, changeSetId, rowsAtLeast(source.ref.sizeBytes));
      } else if (event.kind === 'rows') {
        writer!.putBatch(event.values);
      } else {
        issues = event.issues;
      }
    }
    if (!issues) throw new AppError('INTERNAL', {});
    const counts = writer!.counts();
    if (params.dryRun) {
      db.exec('ROLLBACK');
    } else {
      repo.finishChangeSet(changeSetId!, {
        inserted: counts.inserted,
        updated: counts.updated,
        rejected: issues.rejectedCount,
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
      rejectedCount: issues.rejectedCount,
      rejected: issues.rejected,
      warningCount: issues.warningCount,
      warnings: issues.warnings,
      skippedLines: issues.skippedLines,
    };
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    if (options.signal?.aborted) throw new AppError('JOB_CANCELLED');
    throw e;
  }
}
