/**
 * Reads a register file (CSV or XLSX, whatever its shape) into normalised rows: finds the sheet
 * and the header, maps the columns (automatically, or as the user corrected them), skips blank,
 * total and footer rows, normalises every data row and rejects repeated asset codes.
 *
 * previewRegister reads only the top of the file for the mapping screen; readRegister streams
 * every row for the import, which the caller wraps in one transaction.
 */
import { AppError } from '../../../shared/api/errors';
import { isBlankCell } from '../../../shared/register/cell-value';
import {
  applyMappingChoice,
  type HeaderMapping,
  type MappingChoice,
} from '../../../shared/register/header-mapping';
import {
  DuplicateCodeTracker,
  hasCodeColumn,
  keyColumns,
  normalizeRow,
  type NormalizedRow,
} from '../../../shared/register/row-normalizer';
import {
  classifyRow,
  detectHeader,
  HEADER_SCAN_ROWS,
  type RowKind,
  type TableLayout,
} from '../../../shared/register/table-layout';
import { readCsvRows, type CsvNotes } from './csv-reader';
import { displayName, sniffFile, type RegisterFormat } from './file-kind';
import type { RawRow, RowBatchOptions } from './raw-rows';
import { detectTextEncoding, type TextEncoding } from './text-encoding';
import { listXlsxSheets, xlsxSheets, type SheetInfo } from './xlsx-reader';

export type { SheetInfo } from './xlsx-reader';

export interface RegisterFileInfo {
  format: RegisterFormat;
  /** The CSV's detected encoding; null for XLSX. */
  encoding: TextEncoding | null;
  /** The workbook's sheets in tab order; empty for CSV. */
  sheets: SheetInfo[];
  /** The sheet read (the requested one, else the first with a register header); null for CSV. */
  sheet: string | null;
  /** Line (row number) of the first header row. */
  headerLine: number;
  headerRows: 1 | 2;
  /** Each column's header text ('' for an unnamed column). */
  headers: string[];
  /** The mapping in force: the automatic one with the user's choices applied. */
  mapping: HeaderMapping;
  /** The automatic mapping, for the UI to show what the user changed. */
  autoMapping: HeaderMapping;
  /** The mapping in force is the one remembered for this header layout (no mapping was given). */
  mappingRemembered: boolean;
  /** False when no column holds asset codes: rows then carry asset_code null and are keyed by line. */
  hasCodeColumn: boolean;
  bytesTotal: number;
}

/**
 * The mapping confirmed before for a header layout, if any. Asked once the header is found, so
 * that the file is read only once even when the mapping depends on its header.
 */
export type RememberedMapping = (headers: string[]) => MappingChoice | null;

interface MappingOptions {
  /** The user's choices; when given, no remembered mapping is asked for. */
  mapping?: MappingChoice;
  remembered?: RememberedMapping;
}

interface OpenOptions extends RowBatchOptions, MappingOptions {
  sheet?: string;
}

type TableEvent = { kind: 'layout'; info: RegisterFileInfo } | { kind: 'rows'; rows: RawRow[] };

export async function listSheets(file: string): Promise<SheetInfo[]> {
  const kind = await sniffFile(file);
  return kind.format === 'xlsx' ? listXlsxSheets(file) : [];
}

/** Pulls batches until `count` rows are in hand (or the sheet ends). */
async function firstRows(source: AsyncGenerator<RawRow[]>, count: number): Promise<RawRow[]> {
  const head: RawRow[] = [];
  while (head.length < count) {
    const next = await source.next();
    if (next.done) break;
    head.push(...next.value);
  }
  return head;
}

const hasContent = (rows: RawRow[]) => rows.some((r) => r.cells.some((c) => !isBlankCell(c)));

/**
 * The table of a file: first its layout, then the raw rows under the header in batches.
 * Leaving the iteration early closes everything the readers opened.
 */
async function* readTable(file: string, options: OpenOptions, notes: CsvNotes): AsyncGenerator<TableEvent> {
  const kind = await sniffFile(file);
  const name = displayName(file);
  const base = { format: kind.format, bytesTotal: kind.size };
  if (kind.format === 'csv') {
    const encoding = await detectTextEncoding(file);
    const source = readCsvRows(file, encoding, options, notes);
    try {
      const head = await firstRows(source, HEADER_SCAN_ROWS);
      if (!hasContent(head)) throw new AppError('FILE_EMPTY', { name });
      const layout = detectHeader(head.map((r) => r.cells));
      if (!layout) throw new AppError('REGISTER_NO_HEADER', { name, where: name, rows: HEADER_SCAN_ROWS });
      yield* tableEvents({ ...base, encoding, sheets: [], sheet: null }, layout, head, source, options);
    } finally {
      await source.return(undefined);
    }
    return;
  }
  let firstWithContent: string | null = null;
  for await (const sheet of xlsxSheets(file, options)) {
    if (options.sheet !== undefined) {
      if (!sheet.workbookSheets.some((s) => s.name === options.sheet)) {
        throw new AppError('SHEET_NOT_FOUND', { name, sheet: options.sheet });
      }
      if (sheet.name !== options.sheet) continue;
    }
    const source = sheet.rows();
    try {
      const head = await firstRows(source, HEADER_SCAN_ROWS);
      const layout = detectHeader(head.map((r) => r.cells));
      if (layout) {
        const info = { ...base, encoding: null, sheets: sheet.workbookSheets, sheet: sheet.name };
        yield* tableEvents(info, layout, head, source, options);
        return;
      }
      if (hasContent(head)) firstWithContent ??= sheet.name;
      if (options.sheet !== undefined) {
        throw new AppError('REGISTER_NO_HEADER', {
          name,
          where: `${name} › ${sheet.name}`,
          rows: HEADER_SCAN_ROWS,
        });
      }
    } finally {
      await source.return(undefined);
    }
  }
  if (firstWithContent === null) throw new AppError('FILE_EMPTY', { name });
  throw new AppError('REGISTER_NO_HEADER', {
    name,
    where: `${name} › ${firstWithContent}`,
    rows: HEADER_SCAN_ROWS,
  });
}

async function* tableEvents(
  file: Pick<RegisterFileInfo, 'format' | 'encoding' | 'sheets' | 'sheet' | 'bytesTotal'>,
  layout: TableLayout,
  head: RawRow[],
  source: AsyncGenerator<RawRow[]>,
  options: OpenOptions,
): AsyncGenerator<TableEvent> {
  const headerRow = head[layout.headerIndex] as RawRow;
  const remembered = options.mapping ? null : (options.remembered?.(layout.headers) ?? null);
  const choice = options.mapping ?? remembered;
  const mapping = choice ? applyMappingChoice(layout.mapping, layout.headers, choice) : layout.mapping;
  yield {
    kind: 'layout',
    info: {
      ...file,
      headerLine: headerRow.line,
      headerRows: layout.headerRows,
      headers: layout.headers,
      mapping,
      autoMapping: layout.mapping,
      mappingRemembered: remembered !== null,
      hasCodeColumn: hasCodeColumn(mapping),
    },
  };
  const rest = head.slice(layout.headerIndex + layout.headerRows);
  if (rest.length > 0) yield { kind: 'rows', rows: rest };
  for await (const rows of source) yield { kind: 'rows', rows };
}

/** Rows under the header that are not assets, counted by kind. */
export type SkippedCounts = Record<Exclude<RowKind, 'data'>, number>;
/** A skipped total, footer or note row (blank rows are only counted). */
export interface SkippedLine {
  line: number;
  kind: Exclude<RowKind, 'data' | 'blank'>;
}

/** Turns raw rows into normalised ones, skipping what is not an asset and rejecting repeated codes. */
class RowPipeline {
  readonly skipped: SkippedCounts = { blank: 0, total: 0, footer: 0, note: 0 };
  /** The first MAX_SKIPPED_LINES skipped rows that were not blank. */
  readonly skippedLines: SkippedLine[] = [];
  private readonly keys: number[];
  private readonly duplicates: DuplicateCodeTracker;

  constructor(
    private readonly mapping: HeaderMapping,
    private readonly referenceYear: number,
  ) {
    this.keys = keyColumns(mapping);
    this.duplicates = new DuplicateCodeTracker(mapping);
  }

  run(rows: readonly RawRow[]): NormalizedRow[] {
    const out: NormalizedRow[] = [];
    for (const raw of rows) {
      const kind = classifyRow(raw.cells, this.keys);
      if (kind !== 'data') {
        this.skipped[kind]++;
        if (kind !== 'blank' && this.skippedLines.length < MAX_SKIPPED_LINES)
          this.skippedLines.push({ line: raw.line, kind });
        continue;
      }
      const ctx = { referenceYear: this.referenceYear, line: raw.line };
      out.push(this.duplicates.check(normalizeRow(raw.cells, this.mapping, ctx)));
    }
    return out;
  }
}

const MAX_SKIPPED_LINES = 1000;

export interface PreviewOptions extends MappingOptions {
  sheet?: string;
  sampleRows?: number;
  /** Years after it are errors; defaults to the current year. */
  referenceYear?: number;
}

export interface RegisterPreview extends RegisterFileInfo {
  /** The first data rows, normalised (accepted and rejected). */
  sample: NormalizedRow[];
  /** In the sample: rows rejected, and rows accepted with warnings. */
  rejected: number;
  withWarnings: number;
  skipped: SkippedCounts;
  skippedLines: SkippedLine[];
}

/** Reads the top of the file for the mapping screen: layout, mapping, and the first rows normalised. */
export async function previewRegister(file: string, options: PreviewOptions = {}): Promise<RegisterPreview> {
  const sampleRows = options.sampleRows ?? 50;
  const referenceYear = options.referenceYear ?? new Date().getFullYear();
  let info: RegisterFileInfo | null = null;
  let pipeline: RowPipeline | null = null;
  const sample: NormalizedRow[] = [];
  for await (const event of readTable(file, options, { unterminatedQuoteLine: null })) {
    if (event.kind === 'layout') {
      info = event.info;
      pipeline = new RowPipeline(info.mapping, referenceYear);
      continue;
    }
    sample.push(...(pipeline as RowPipeline).run(event.rows));
    if (sample.length >= sampleRows) break;
  }
  if (!info || !pipeline) throw new AppError('INTERNAL', {});
  const rows = sample.slice(0, sampleRows);
  return {
    ...info,
    sample: rows,
    rejected: rows.filter((r) => r.row === null).length,
    withWarnings: rows.filter((r) => r.row !== null && r.warnings.length > 0).length,
    skipped: pipeline.skipped,
    skippedLines: pipeline.skippedLines,
  };
}

export interface ReadOptions extends MappingOptions {
  sheet?: string;
  /** Years after it are errors ("in the future"). */
  referenceYear: number;
  signal?: AbortSignal;
  onProgress?: (rowsDone: number, bytesDone: number, bytesTotal: number) => void;
}

export interface ReadSummary {
  /** Data rows normalised (accepted + rejected). */
  rows: number;
  accepted: number;
  rejected: number;
  /** Accepted rows that carry warnings. */
  withWarnings: number;
  skipped: SkippedCounts;
  skippedLines: SkippedLine[];
  /** A CSV quote never closed from this line on: the rest of the file was read into one cell. */
  unterminatedQuoteLine: number | null;
  bytesTotal: number;
}

export type RegisterReadEvent =
  | { kind: 'start'; info: RegisterFileInfo }
  | { kind: 'rows'; rows: NormalizedRow[] }
  | { kind: 'end'; summary: ReadSummary };

/**
 * Streams every data row of the file, normalised, in batches: first a 'start' event with the
 * layout and mapping, then 'rows' events, then an 'end' event with the counts. Aborting the
 * signal throws its reason at the next batch; files and temporary copies are closed either way.
 * Throws AppError for files that cannot be read as a register, and REGISTER_NO_NAME_COLUMN when
 * no column holds the equipment name (every row would be rejected).
 */
export async function* readRegister(file: string, options: ReadOptions): AsyncGenerator<RegisterReadEvent> {
  let bytesDone = 0;
  let bytesTotal = 0;
  const notes: CsvNotes = { unterminatedQuoteLine: null };
  const open: OpenOptions = {
    sheet: options.sheet,
    mapping: options.mapping,
    remembered: options.remembered,
    signal: options.signal,
    onBytes: (n) => {
      bytesDone += n;
    },
  };
  let pipeline: RowPipeline | null = null;
  const counts = { rows: 0, accepted: 0, rejected: 0, withWarnings: 0 };
  for await (const event of readTable(file, open, notes)) {
    options.signal?.throwIfAborted();
    if (event.kind === 'layout') {
      if (event.info.mapping.name === null) {
        throw new AppError('REGISTER_NO_NAME_COLUMN', { name: displayName(file) });
      }
      bytesTotal = event.info.bytesTotal;
      pipeline = new RowPipeline(event.info.mapping, options.referenceYear);
      yield { kind: 'start', info: event.info };
      continue;
    }
    const rows = (pipeline as RowPipeline).run(event.rows);
    for (const r of rows) {
      if (r.row === null) counts.rejected++;
      else if (r.warnings.length > 0) counts.withWarnings++;
    }
    counts.rows += rows.length;
    counts.accepted = counts.rows - counts.rejected;
    if (rows.length > 0) yield { kind: 'rows', rows };
    options.onProgress?.(counts.rows, Math.min(bytesDone, bytesTotal), bytesTotal);
  }
  if (!pipeline) throw new AppError('INTERNAL', {});
  yield {
    kind: 'end',
    summary: {
      ...counts,
      skipped: pipeline.skipped,
      skippedLines: pipeline.skippedLines,
      unterminatedQuoteLine: notes.unterminatedQuoteLine,
      bytesTotal,
    },
  };
}
