import type Database from 'better-sqlite3';
import type { MethodName, MethodOutput, ParsedInput } from '../../../shared/api/contract';
import type { CoreEvent } from '../../../shared/api/events';
import type { WorkspaceStatus } from '../../../shared/workspace/workspace-types';
import type { BackupStore } from '../backups/backup-store';
import type { FileRegistry } from '../files/file-registry';
import type { JobRegistry } from '../jobs/job-registry';
import type { JobQuestion, JobTask } from '../jobs/job-tasks';

/** What a handler may use; it never sees the transport. */
export interface JobOptions {
  jobId?: string;
  phase: string;
  /** Answers what the job asks for on the way (a hand-off import's backup). */
  answer?: (question: JobQuestion) => Promise<unknown>;
}

/** What work running as a job gets: the client's cancel, and where to report progress. */
export interface JobControl {
  signal: AbortSignal;
  onProgress(done: number, total: number): void;
}

export interface HandlerContext {
  /** The open workspace; throws WORKSPACE_UNAVAILABLE while the core is in recovery mode. */
  db(): Database.Database;
  backups: BackupStore;
  now(): Date;
  emit(event: CoreEvent): void;
  status(): WorkspaceStatus;
  /** Replaces the workspace file with a backup (or an empty workspace when null) and reopens it. */
  replaceWorkspace(backup: string | null): Promise<void>;
  newJobId(): string;
  files: FileRegistry;
  jobs: JobRegistry;
  /**
   * Runs a long task on its job thread, relaying its progress as events under jobId (the client's,
   * so it can cancel) and the phase's message key.
   */
  runJob<T>(task: JobTask, options: JobOptions): Promise<T>;
  /** Runs work on the core's own thread as a job: cancellable by id, its progress emitted. */
  runHere<T>(work: (job: JobControl) => Promise<T>, options: JobOptions): Promise<T>;
  /** Starts an import's threads ahead: a preview was shown, its import is likely to follow. */
  prepareImport(): void;
  /**
   * Prints a self-contained HTML page to PDF with Chromium (Electron's printToPDF in the desktop app,
   * a headless Chromium for the browser host and the CLI); null where no Chromium is available.
   */
  printPdf: PdfPrinter | null;
}

export type PdfPrinter = (html: string) => Promise<Buffer>;

export type Handler<M extends MethodName> = (
  ctx: HandlerContext,
  input: ParsedInput<M>,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type HandlerTable = { [M in MethodName]: Handler<M> };
