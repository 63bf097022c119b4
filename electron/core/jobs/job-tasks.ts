import type { ExportParams } from '../register/export-register';
import type { ImportParams, ImportSource } from '../register/import-register';

/** What the job worker can be asked to do; plain data, so it crosses the thread boundary. */
export type JobTask =
  | { kind: 'import'; source: ImportSource; params: ImportParams }
  | { kind: 'export'; outPath: string; params: ExportParams };

export type JobMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: unknown }
  | {
      type: 'error';
      error: { code: string; params: Record<string, unknown>; issues: unknown[] } | null;
      message: string;
    };
