/** What bench/import-child.ts prints: one line, this prefix, then JSON. */
export const RESULT_PREFIX = 'IMPORT-RESULT ';

export interface ImportChildResult {
  /** Wall time of equipment.import, from the call to the result (after the preview, unless cold). */
  importMs: number;
  /** Wall time of the preview before it; null for a cold import. */
  previewMs: number | null;
  /** Core.open and enterprise.create, not part of the import. */
  openMs: number;
  enterpriseId: number;
  imported: number;
  updated: number;
  rejected: number;
  warnings: number;
  /** Peak resident set of the process (VmHWM), in MB. */
  peakRssMb: number | null;
}

/** What bench/write-floor-child.ts prints: one line, this prefix, then JSON. */
export const FLOOR_PREFIX = 'WRITE-FLOOR ';

export interface WriteFloorResult {
  rows: number;
  /** Transaction, change set, inserts, index builds and commit. */
  writeMs: number;
  insertMs: number;
  indexMs: number;
  commitMs: number;
  /** The same values into a bare table, commit included. */
  bareMs: number;
}
