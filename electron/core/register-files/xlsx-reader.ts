/**
 * Streams an XLSX workbook with exceljs's WorkbookReader: sheets one after the other, rows as
 * they are parsed, so a 100k-row sheet is never held whole. Cells arrive as what the user sees:
 * shared and rich text as plain strings, date-formatted numbers as Dates, formula cells as their
 * cached result (never the formula), error cells as their text (#N/A).
 *
 * exceljs does not report merged ranges while streaming (they follow the rows in the file);
 * merged header cells are recognised from their layout instead (shared/register/table-layout.ts).
 */
import fs from 'node:fs';
import type ExcelJS from 'exceljs';
import { AppError } from '../../../shared/api/errors';
import type { CellValue } from '../../../shared/register/cell-value';
import { displayName } from './file-kind';
import type { RawRow, RowBatchOptions } from './raw-rows';

export interface SheetInfo {
  name: string;
  /** Position among the workbook's tabs (0-based). */
  index: number;
  hidden: boolean;
}

export interface XlsxSheet extends SheetInfo {
  /** All sheets of the workbook, in tab order. */
  workbookSheets: SheetInfo[];
  /** The sheet's rows in batches; stop iterating at any time. */
  rows(batchSize?: number): AsyncGenerator<RawRow[]>;
}

/** What exceljs's streaming classes expose at run time beyond their published types. */
interface StreamedWorksheet {
  name: string;
  state?: string;
  [Symbol.asyncIterator](): AsyncGenerator<ExcelJS.Row>;
}
interface WorkbookModel {
  model?: { sheets?: { name: string; state?: string }[] };
}

const READER_OPTIONS = {
  worksheets: 'emit',
  sharedStrings: 'cache',
  // styles tell which numbers are dates; hyperlinks would replace cell values by link objects
  styles: 'cache',
  hyperlinks: 'ignore',
  entries: 'ignore',
} as const;

/**
 * Yields the workbook's sheets in file order. Leaving early (break, error or abort) still walks
 * the remaining sheets without parsing them, so exceljs closes the files it opened and removes
 * its temporary copies of the sheets.
 */
export async function* xlsxSheets(file: string, options: RowBatchOptions = {}): AsyncGenerator<XlsxSheet> {
  // Loaded when needed: a CSV import on the job worker never pays for exceljs's start-up. Before
  // the file is opened, so that no chunk flows before the reader listens.
  const { default: Excel } = await import('exceljs');
  const input = fs.createReadStream(file, { highWaterMark: 1 << 16 });
  if (options.onBytes) input.on('data', (chunk) => options.onBytes?.(chunk.length));
  const reader = new Excel.stream.xlsx.WorkbookReader(input, READER_OPTIONS);
  const sheets = reader[Symbol.asyncIterator]() as AsyncGenerator<StreamedWorksheet>;
  // exceljs opens a sheet's file when it hands the sheet out; a sheet nobody reads must still be
  // started and left, or the file stays open.
  let unread: StreamedWorksheet | null = null;
  let finished = false;
  try {
    for (let position = 0; ; position++) {
      if (unread) await leave(unread);
      const next = await guard(file, () => sheets.next());
      if (next.done) {
        finished = true;
        if (position === 0)
          throw new AppError('FILE_FORMAT_UNSUPPORTED', { name: displayName(file), format: 'zip' });
        return;
      }
      const worksheet = next.value;
      unread = worksheet;
      const workbookSheets = tabOrder(reader as unknown as WorkbookModel, worksheet, position);
      const info = workbookSheets.find((s) => s.name === worksheet.name) ?? {
        name: worksheet.name,
        index: position,
        hidden: false,
      };
      const started = () => {
        if (unread === worksheet) unread = null;
      };
      const rows = (batchSize = 500) => sheetRows(file, worksheet, batchSize, options, started);
      yield { ...info, workbookSheets, rows };
    }
  } finally {
    if (!finished) await skipRemainingSheets(sheets, unread);
    input.destroy();
  }
}

/** Starting and leaving a sheet's row iteration makes exceljs open and then close its file. */
async function leave(worksheet: StreamedWorksheet): Promise<void> {
  for await (const _row of worksheet) break;
}

async function skipRemainingSheets(
  sheets: AsyncGenerator<StreamedWorksheet>,
  unread: StreamedWorksheet | null,
) {
  try {
    if (unread) await leave(unread);
    for (;;) {
      const next = await sheets.next();
      if (next.done) return;
      await leave(next.value);
    }
  } catch {
    // The workbook was already failing; the error that matters has been thrown.
  }
}

function tabOrder(reader: WorkbookModel, current: StreamedWorksheet, position: number): SheetInfo[] {
  const listed = reader.model?.sheets;
  if (!listed?.length) return [{ name: current.name, index: position, hidden: current.state === 'hidden' }];
  return listed.map((s, index) => ({
    name: s.name,
    index,
    hidden: s.state === 'hidden' || s.state === 'veryHidden',
  }));
}

async function* sheetRows(
  file: string,
  worksheet: StreamedWorksheet,
  batchSize: number,
  options: RowBatchOptions,
  started: () => void,
): AsyncGenerator<RawRow[]> {
  // Only now is the sheet ours to close: a generator that is never started runs no finally.
  started();
  const rows = worksheet[Symbol.asyncIterator]();
  let batch: RawRow[] = [];
  try {
    for (;;) {
      options.signal?.throwIfAborted();
      const next = await guard(file, () => rows.next());
      if (next.done) break;
      batch.push({ line: next.value.number, cells: rowCells(next.value) });
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  } finally {
    await rows.return(undefined);
  }
}

function rowCells(row: ExcelJS.Row): CellValue[] {
  const values = row.values as unknown[];
  const cells: CellValue[] = new Array(Math.max(0, values.length - 1));
  for (let i = 1; i < values.length; i++) cells[i - 1] = cellValue(values[i]);
  return cells;
}

/** exceljs's cell value as the plain value the user sees. */
export function cellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText))
      return (o.richText as { text?: string | null }[]).map((r) => r.text ?? '').join('');
    // A formula cell is its cached result; without one (never calculated) it is empty, not the formula.
    if ('formula' in o || 'sharedFormula' in o) return cellValue(o.result);
    if ('error' in o) return String(o.error);
    if ('text' in o) return cellValue(o.text);
  }
  return null;
}

/** Zip and XML failures become FILE_CORRUPT; our own errors and aborts pass through. */
async function guard<T>(file: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    if (err instanceof AppError || (err instanceof Error && err.name === 'AbortError')) throw err;
    throw new AppError('FILE_CORRUPT', { name: displayName(file) });
  }
}

/** The workbook's sheets in tab order; reads until the first sheet is reached. */
export async function listXlsxSheets(file: string): Promise<SheetInfo[]> {
  for await (const sheet of xlsxSheets(file)) return sheet.workbookSheets;
  return [];
}
