/**
 * Streams a CSV as rows of text cells: the file is decoded chunk by chunk and handed to
 * papaparse's parser, which returns the complete records of a chunk and leaves the last,
 * possibly cut, record for the next one — so a 100k-row file never sits in memory as one string.
 *
 * Line numbers are the row numbers a spreadsheet shows when it opens the file: every record
 * counts, blank lines too, and a quoted line break stays inside its cell (Excel shows such a cell
 * on one row). The header is line 1 when the file has no title.
 */
import fs from 'node:fs';
import Papa from 'papaparse';
import { AppError } from '../../../shared/api/errors';
import { displayName } from './file-kind';
import type { RawRow, RowBatchOptions } from './raw-rows';
import { createDecoder, type TextEncoding } from './text-encoding';
import { MAX_COLUMNS } from './xlsx-sheet-scan';

const CHUNK_BYTES = 1 << 16;
const DELIMITERS = [',', '\t', ';', '|'];

interface Dialect {
  delimiter: string;
  newline: '\r\n' | '\n' | '\r';
}

/**
 * Delimiter and line break from the start of the file, the way papaparse guesses them. Blank
 * lines are left out of the guess: the empty line after the final line break of a short file
 * otherwise counts as a one-field row and can make a stray ; or | in a cell win over the comma.
 */
function guessDialect(sample: string): Dialect {
  const meta = Papa.parse(sample, { preview: 30, delimitersToGuess: DELIMITERS, skipEmptyLines: true }).meta;
  const newline = meta.linebreak === '\r' || meta.linebreak === '\n' ? meta.linebreak : '\r\n';
  return { delimiter: meta.delimiter || ',', newline };
}

/** Incomplete-quote errors say the rest of the file was read into one cell. */
export interface CsvNotes {
  unterminatedQuoteLine: number | null;
}

export async function* readCsvRows(
  file: string,
  encoding: TextEncoding,
  options: RowBatchOptions,
  notes: CsvNotes = { unterminatedQuoteLine: null },
): AsyncGenerator<RawRow[]> {
  const decoder = createDecoder(encoding);
  const stream = fs.createReadStream(file, { highWaterMark: CHUNK_BYTES });
  let parser: Papa.Parser | null = null;
  let pending = '';
  // After a parse that found no complete record (one huge quoted cell), wait for twice the text:
  // re-parsing the same prefix on every chunk would be quadratic.
  let parseAt = 0;
  let line = 1;

  const take = (final: boolean): RawRow[] => {
    parser ??= new Papa.Parser(guessDialect(pending));
    const result = parser.parse(pending, 0, !final) as Papa.ParseResult<string[]>;
    const consumed = final ? pending.length : result.meta.cursor;
    if (final && result.errors.some((e) => e.code === 'MissingQuotes')) {
      notes.unterminatedQuoteLine = line + result.data.length - 1;
    }
    pending = pending.slice(consumed);
    parseAt = result.data.length === 0 ? pending.length * 2 : 0;
    const rows: RawRow[] = new Array(result.data.length);
    for (let i = 0; i < result.data.length; i++) {
      const cells = result.data[i] as string[];
      // Wider than a spreadsheet can be (XFD, as for workbooks): no register, and mapping its
      // header would take minutes.
      if (cells.length > MAX_COLUMNS) {
        throw new AppError('FILE_TOO_WIDE', {
          name: displayName(file),
          line,
          columns: cells.length,
          maximum: MAX_COLUMNS,
        });
      }
      rows[i] = { line: line++, cells };
    }
    return rows;
  };

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      options.signal?.throwIfAborted();
      options.onBytes?.(chunk.length);
      pending += decoder.write(chunk);
      if (pending.length < parseAt) continue;
      const rows = take(false);
      if (rows.length > 0) yield rows;
    }
    pending += decoder.end();
    if (pending.length > 0) {
      const rows = take(true);
      if (rows.length > 0) yield rows;
    }
  } finally {
    stream.destroy();
  }
}
