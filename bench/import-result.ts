/** What bench/import-child.ts prints: one line, this prefix, then JSON. */
export const RESULT_PREFIX = 'IMPORT-RESULT ';

export interface ImportChildResult {
  /** Wall time of equipment.import, from registering the file to the result. */
  importMs: number;
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
