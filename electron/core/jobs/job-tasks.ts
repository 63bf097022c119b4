import type { ExportParams } from '../register/export-register';
import type { ImportParams, ImportSource } from '../register/import-register';
import type { ImportRowsOptions } from '../register/import-rows';

/** What a job thread can be asked to do; plain data, so it crosses the thread boundary. */
export type JobTask =
  /** `read`: what the import's reading thread needs besides the file (import-register.ts importRowsOptions). */
  | { kind: 'import'; source: ImportSource; params: ImportParams; read: ImportRowsOptions }
  | { kind: 'export'; outPath: string; params: ExportParams };

export type JobMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: unknown }
  | {
      type: 'error';
      error: { code: string; params: Record<string, unknown>; issues: unknown[] } | null;
      message: string;
    };

/** From runJob to a job thread: stop and roll back, or the import's reading thread died. */
export type ToJobWorker = { type: 'cancel' } | { type: 'reader-failed'; message: string };
