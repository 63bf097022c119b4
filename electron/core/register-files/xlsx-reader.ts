/**
 * Streams an XLSX workbook: sheets in tab order, rows in batches as they are scanned, so a
 * 100k-row sheet is never held whole. Cells arrive as what the user sees: shared and rich text as
 * plain strings, date-formatted numbers as Dates, formula cells as their cached result (never the
 * formula), error cells as their text (#N/A).
 *
 * Purpose-built rather than a general workbook library: the zip's directory is read from the end of
 * the file and only the parts a register needs are inflated (zip-archive.ts), and sheets are scanned
 * with indexOf instead of a SAX parser (xlsx-sheet-scan.ts). Merged ranges are not read; merged
 * header cells are recognised from their layout instead (shared/register/table-layout.ts).
 */
import { AppError } from '../../../shared/api/errors';
import { displayName } from './file-kind';
import type { RawRow, RowBatchOptions } from './raw-rows';
import { PendingLimitError, XmlChunks } from './xml-chunks';
import { SheetScanner, SheetXmlError, type CellContext } from './xlsx-sheet-scan';
import { readSharedStrings, SharedStringsError } from './xlsx-shared-strings';
import { dateStyles } from './xlsx-styles';
import {
  readText,
  readWorkbook,
  SMALL_PART_BYTES,
  type WorkbookParts,
  type WorkbookSheet,
} from './xlsx-workbook';
import { rootPrefix } from './xml-scan';
import { ZipArchive, ZipError } from './zip-archive';

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

/**
 * A sheet is scanned as it inflates, so its size costs time, not memory; the cap only stops a zip
 * bomb from keeping the import busy for hours.
 */
const SHEET_BYTES = 2 ** 31;

/**
 * Yields the workbook's sheets in tab order. The file stays open until the iteration ends (or is
 * left early: break, error or abort).
 */
export async function* xlsxSheets(file: string, options: RowBatchOptions = {}): AsyncGenerator<XlsxSheet> {
  const zip = await guard(file, () => ZipArchive.open(file, options.onBytes));
  try {
    const book = await guard(file, () => readWorkbook(zip));
    if (!book?.sheets.length)
      throw new AppError('FILE_FORMAT_UNSUPPORTED', { name: displayName(file), format: 'zip' });
    const workbookSheets = book.sheets.map(({ name, index, hidden }) => ({ name, index, hidden }));
    // Shared strings and styles are read once, when the first sheet's rows are asked for: listing
    // the sheets needs neither.
    let context: Promise<CellContext> | null = null;
    const cellContext = () => (context ??= readCellContext(zip, book, options.signal));
    for (const sheet of book.sheets) {
      const { name, index, hidden } = sheet;
      yield {
        name,
        index,
        hidden,
        workbookSheets,
        rows: (batchSize = 500) => sheetRows(file, zip, sheet, cellContext, batchSize, options),
      };
    }
  } finally {
    await zip.close();
  }
}

/** The workbook's sheets in tab order. */
export async function listXlsxSheets(file: string): Promise<SheetInfo[]> {
  for await (const sheet of xlsxSheets(file)) return sheet.workbookSheets;
  return [];
}

async function readCellContext(
  zip: ZipArchive,
  book: WorkbookParts,
  signal: AbortSignal | undefined,
): Promise<CellContext> {
  const stylesXml = book.styles === null ? null : await readText(zip, book.styles, SMALL_PART_BYTES);
  return {
    sharedStrings: await readSharedStrings(zip, book.sharedStrings, signal),
    dateStyles: stylesXml === null ? new Uint8Array(0) : dateStyles(stylesXml, rootPrefix(stylesXml) ?? ''),
    date1904: book.date1904,
  };
}

async function* sheetRows(
  file: string,
  zip: ZipArchive,
  sheet: WorkbookSheet,
  cellContext: () => Promise<CellContext>,
  batchSize: number,
  options: RowBatchOptions,
): AsyncGenerator<RawRow[]> {
  let rows: RawRow[] = [];
  try {
    // a chart sheet or dialog sheet has no cells
    if (sheet.part === null) return;
    const entry = zip.entry(sheet.part);
    if (!entry) throw new SheetXmlError(`${sheet.part} is missing`);
    const scanner = new SheetScanner(await cellContext());
    const chunks = new XmlChunks();
    for await (const chunk of zip.chunks(entry, SHEET_BYTES)) {
      options.signal?.throwIfAborted();
      const xml = chunks.text(chunk);
      chunks.keep(xml, scanner.scan(xml, rows));
      while (rows.length >= batchSize) {
        yield rows.slice(0, batchSize);
        rows = rows.slice(batchSize);
        options.signal?.throwIfAborted();
      }
      // what follows </sheetData> (merged ranges, links, drawings) holds no cells
      if (scanner.done) break;
    }
    if (!scanner.done) {
      const rest = chunks.text(null);
      chunks.keep(rest, scanner.scan(rest, rows));
      if (!scanner.complete) throw new SheetXmlError(`${sheet.part} ends inside its rows`);
    }
    // The sheet read to its end is the import: progress ends at the file's size.
    zip.reportRest();
    for (let i = 0; i < rows.length; i += batchSize) yield rows.slice(i, i + batchSize);
  } catch (err) {
    throw asAppError(file, err);
  }
}

/** Zip and XML failures become FILE_CORRUPT; our own errors and aborts pass through. */
/**
 * What the file's damage throws (the zip, inflating, the XML) becomes FILE_CORRUPT; anything else
 * is a fault of this code and goes on as it is, to be logged and counted as one.
 */
function asAppError(file: string, err: unknown): unknown {
  if (err instanceof AppError || !isFileDamage(err)) return err;
  return new AppError('FILE_CORRUPT', { name: displayName(file) });
}

function isFileDamage(err: unknown): boolean {
  if (!(err instanceof Error) || err.name === 'AbortError') return false;
  if (
    err instanceof ZipError ||
    err instanceof SheetXmlError ||
    err instanceof SharedStringsError ||
    err instanceof PendingLimitError
  )
    return true;
  // zlib's errors on a damaged deflate stream: Z_DATA_ERROR, Z_BUF_ERROR…
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('Z_') || code === 'ERR_BUFFER_TOO_LARGE');
}

async function guard<T>(file: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (err) {
    throw asAppError(file, err);
  }
}
