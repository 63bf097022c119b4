import type { CellValue } from '../../../shared/register/cell-value';

/** One row of a sheet as decoded, before any understanding of its columns. */
export interface RawRow {
  /** The row number a spreadsheet shows (1-based). */
  line: number;
  cells: CellValue[];
}

export interface RowBatchOptions {
  signal?: AbortSignal;
  /** Called with the number of bytes of the file read since the last call. */
  onBytes?: (bytes: number) => void;
}
