import type { WireError } from '../../../shared/api/errors';
import type { HandoffTask } from '../handoff/handoff-work';
import type { ExportParams } from '../register/export-register';
import type { ImportParams, ImportSource } from '../register/import-register';
import type { ImportRowsOptions } from '../register/import-rows';

/** What a job thread can be asked to do; plain data, so it crosses the thread boundary. */
export type JobTask =
  /** `read`: what the import's reading thread needs besides the file (import-register.ts importRowsOptions). */
  | { kind: 'import'; source: ImportSource; params: ImportParams; read: ImportRowsOptions }
  | { kind: 'export'; outPath: string; params: ExportParams }
  | HandoffTask;

export type JobMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; result: unknown }
  /** The job needs something only the core can do (a backup on its connection) before it goes on. */
  | { type: 'ask'; id: number; question: JobQuestion }
  | {
      type: 'error';
      error: { code: string; params: Record<string, unknown>; issues: unknown[] } | null;
      message: string;
    };

export type JobQuestion = 'pre-import-backup';

/**
 * From runJob to a job thread: stop and roll back, the import's reading thread died, or the answer
 * to a question (an error as the wire carries it).
 */
export type ToJobWorker =
  | { type: 'cancel' }
  | { type: 'reader-failed'; message: string }
  | { type: 'answer'; id: number; value?: unknown; error?: WireError | null; message?: string };
