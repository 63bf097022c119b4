import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import {
  contract,
  isMethodName,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from '../../shared/api/contract';
import { AppError, type WireError } from '../../shared/api/errors';
import type { CoreEvent } from '../../shared/api/events';
import { toFieldIssues } from '../../shared/api/validation-issues';
import type { WorkspaceStatus } from '../../shared/workspace/workspace-types';
import { APP_VERSION } from './app-version';
import { BackupStore, checkBackupFile } from './backups/backup-store';
import { LATEST_SCHEMA_VERSION, type Migration } from './db/migrations';
import { CorruptWorkspaceError, moveAside, openWorkspaceDb } from './db/workspace-db';
import { storageError } from './db/storage-errors';
import { fileIdentity, workspaceFileState, type FileIdentity } from './db/workspace-file-guard';
import type { HandlerContext, HandlerTable, JobControl, JobOptions, PdfPrinter } from './api/handler-types';
import { enterpriseHandlers } from './enterprises/enterprise-handlers';
import { equipmentHandlers } from './register/equipment-handlers';
import { indicatorHandlers } from './indicators/indicator-handlers';
import { assessmentHandlers } from './assessment/assessment-handlers';
import { readinessHandlers } from './readiness/readiness-handlers';
import { opportunityHandlers } from './opportunities/opportunity-handlers';
import { assumptionHandlers } from './opportunities/assumption-handlers';
import { projectHandlers } from './projects/project-handlers';
import { fundingHandlers } from './funding/funding-handlers';
import { scenarioHandlers } from './scenarios/scenario-handlers';
import { draftDataHandlers } from './drafts/draft-data-handlers';
import { draftModelHandlers } from './drafts/draft-model-handlers';
import { draftExportHandlers } from './drafts/draft-export-handlers';
import { handoffHandlers } from './handoff/handoff-handlers';
import { portfolioHandlers } from './portfolio/portfolio-handlers';
import { FileRegistry } from './files/file-registry';
import { JobRegistry } from './jobs/job-registry';
import { runJob } from './jobs/run-job';
import { WarmImportThreads } from './jobs/warm-import-threads';
import type { JobTask } from './jobs/job-tasks';
import { EnterpriseRepository } from './enterprises/enterprise-repository';
import { KEEP_REMOVED_MS, purgeRemovedAttachments } from './drafts/checklist-store';
import { workspaceHandlers } from './workspace/workspace-handlers';

const handlers: HandlerTable = {
  ...workspaceHandlers,
  ...enterpriseHandlers,
  ...equipmentHandlers,
  ...indicatorHandlers,
  ...assessmentHandlers,
  ...readinessHandlers,
  ...opportunityHandlers,
  ...assumptionHandlers,
  ...projectHandlers,
  ...fundingHandlers,
  ...scenarioHandlers,
  ...draftDataHandlers,
  ...draftModelHandlers,
  ...draftExportHandlers,
  ...handoffHandlers,
  ...portfolioHandlers,
  'job.cancel': (ctx, { jobId }) => ({ cancelled: ctx.jobs.cancel(jobId) }),
};

export interface Logger {
  error(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
}

const stderrLogger: Logger = {
  error: (m, d) => console.error(`[core] ${m}`, d ?? ''),
  info: () => {},
};

export interface CoreOptions {
  workspacePath: string;
  /** Defaults to "<workspace name>-backups" beside the workspace file. */
  backupsDir?: string;
  /** An automatic backup is taken on open when the newest one is older than this. 0 disables. */
  autoBackupEveryMs?: number;
  /** Deleted enterprises stay restorable this long. */
  keepDeletedMs?: number;
  now?: () => Date;
  logger?: Logger;
  /** The schema migrations; defaults to MIGRATIONS. Tests pass their own list to build older or newer files. */
  migrations?: Migration[];
  /** Prints HTML to PDF (draft PDFs); the host supplies it where a Chromium is at hand. */
  printPdf?: PdfPrinter;
}

export function defaultBackupsDir(workspacePath: string): string {
  const parsed = path.parse(path.resolve(workspacePath));
  return path.join(parsed.dir, `${parsed.name}-backups`);
}

type Listener = (event: CoreEvent) => void;

/** Calls that replace the workspace file: nothing else may run meanwhile. */
const EXCLUSIVE = new Set<string>(['backup.restore', 'workspace.recover']);

/**
 * The application core: owns the workspace database, validates every call against the contract
 * and dispatches it to its handler. Transports (IPC, HTTP, CLI) talk only to `call` and `onEvent`.
 */
export class Core {
  private db: Database.Database | null = null;
  /** The file the connection was opened on, to notice it deleted or replaced under the app. */
  private dbFile: FileIdentity = null;
  private recovery: WorkspaceStatus['recovery'] = null;
  private readonly listeners = new Set<Listener>();
  readonly backups: BackupStore;
  /** Files the user chose, known to the API by id only. */
  readonly files = new FileRegistry();
  readonly jobs = new JobRegistry();
  /** An import's threads, started when its preview is shown. */
  private readonly importThreads = new WarmImportThreads();
  readonly workspacePath: string;
  private readonly now: () => Date;
  private readonly logger: Logger;
  private queue: Promise<unknown> = Promise.resolve();
  private exclusive: Promise<unknown> | null = null;

  private constructor(private readonly options: CoreOptions) {
    this.workspacePath = path.resolve(options.workspacePath);
    this.now = options.now ?? (() => new Date());
    this.logger = options.logger ?? stderrLogger;
    this.backups = new BackupStore(options.backupsDir ?? defaultBackupsDir(this.workspacePath), this.now);
  }

  /**
   * Opens the workspace. A newer or foreign file is refused (AppError, file untouched); a damaged
   * one is moved aside and the core starts in recovery mode, offering the newest good backup.
   */
  static async open(options: CoreOptions): Promise<Core> {
    const core = new Core(options);
    fs.mkdirSync(path.dirname(core.workspacePath), { recursive: true });
    core.backups.removePartials();
    try {
      await core.openDb();
    } catch (e) {
      if (!(e instanceof CorruptWorkspaceError)) throw e;
      const movedTo = moveAside(core.workspacePath, core.now());
      core.logger.error(`workspace failed its check (${e.reason}); moved to ${movedTo}`);
      core.recovery = {
        cause: 'corrupt',
        movedTo,
        reason: e.reason,
        newestGoodBackup: core.backups.newestGood(),
      };
    }
    return core;
  }

  private async openDb(): Promise<void> {
    const db = await openWorkspaceDb(this.workspacePath, {
      beforeMigrate: async (old) => {
        await this.backups.create(old, 'pre-migration');
      },
      migrations: this.options.migrations,
    });
    this.db = db;
    this.dbFile = fileIdentity(this.workspacePath);
    // A read-only workspace is opened to be read: nothing to purge, nothing new to back up.
    if (db.readonly) return;
    const keep = this.options.keepDeletedMs ?? 30 * 86_400_000;
    new EnterpriseRepository(db, this.now).purgeDeletedBefore(new Date(this.now().getTime() - keep));
    // Also drops the contents only purged projects and enterprises still held (their file rows went
    // with them). Tests open files of older schemas, which have no attachments yet.
    if (db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'attachment_file'").get()) {
      purgeRemovedAttachments(db, new Date(this.now().getTime() - KEEP_REMOVED_MS));
    }
    await this.autoBackup();
  }

  private async autoBackup(): Promise<void> {
    const every = this.options.autoBackupEveryMs ?? 3_600_000;
    if (every <= 0 || !this.db) return;
    const newest = this.backups.list().find((b) => b.kind === 'auto');
    if (newest && this.now().getTime() - Date.parse(newest.createdAt) < every) return;
    await this.backups.create(this.db, 'auto');
  }

  status(): WorkspaceStatus {
    return {
      state: this.db ? 'ready' : 'recovery',
      workspacePath: this.workspacePath,
      backupsDir: this.backups.dir,
      schemaVersion: LATEST_SCHEMA_VERSION,
      appVersion: APP_VERSION,
      recovery: this.db ? null : this.recovery,
    };
  }

  onEvent(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: CoreEvent): void {
    for (const l of this.listeners) {
      try {
        l(event);
      } catch (e) {
        this.logger.error('event listener failed', e);
      }
    }
  }

  /**
   * Replaces the workspace with a backup (SQLite's backup API writes it into the workspace file) or,
   * with null, with an empty workspace. Used by restore and by recovery.
   */
  private async replaceWorkspace(name: string | null): Promise<void> {
    let source: string | null = null;
    if (name !== null) {
      source = this.backups.resolve(name);
      if (!source) throw new AppError('BACKUP_NOT_FOUND', { name });
      const check = checkBackupFile(source);
      if (!check.ok) throw new AppError('BACKUP_INVALID', { name, reason: check.reason ?? '' });
    }
    this.db?.close();
    this.db = null;
    for (const suffix of ['-wal', '-shm']) fs.rmSync(this.workspacePath + suffix, { force: true });
    if (source) {
      const src = new Database(source, { readonly: true, fileMustExist: true });
      try {
        await src.backup(this.workspacePath);
      } finally {
        src.close();
      }
    } else {
      fs.rmSync(this.workspacePath, { force: true });
    }
    await this.openDb();
    this.recovery = null;
  }

  private context(): HandlerContext {
    return {
      db: () => {
        if (!this.db) throw new AppError('WORKSPACE_UNAVAILABLE');
        return this.db;
      },
      backups: this.backups,
      now: this.now,
      emit: (e) => this.emit(e),
      status: () => this.status(),
      replaceWorkspace: (name) => this.replaceWorkspace(name),
      newJobId: () => randomUUID(),
      files: this.files,
      jobs: this.jobs,
      runJob: <T>(task: JobTask, options: JobOptions) => this.runJob<T>(task, options),
      runHere: (work, options) => this.track(options, work),
      prepareImport: () => this.importThreads.prepare(),
      printPdf: this.options.printPdf ?? null,
    };
  }

  /**
   * Validates the input against the contract and runs the handler. Calls run one at a time, in
   * order, so a restore never interleaves with a write. Throws AppError only.
   */
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    return this.callUntyped(method, input) as Promise<MethodOutput<M>>;
  }

  /** For transports: the method name and payload come from outside and are checked here. */
  private callUntyped(method: string, input: unknown): Promise<unknown> {
    const run = async () => {
      if (!isMethodName(method))
        throw new AppError('UNKNOWN_METHOD', { method: String(method).slice(0, 80) });
      const parsed = contract[method].input.safeParse(input);
      if (!parsed.success) throw new AppError('VALIDATION', {}, toFieldIssues(parsed.error));
      if (contract[method].kind !== 'control') await this.guardWorkspaceFile();
      const handler = handlers[method] as (ctx: HandlerContext, input: unknown) => unknown;
      return await handler(this.context(), parsed.data);
    };
    const kind = isMethodName(method) ? contract[method].kind : 'control';
    let result: Promise<unknown>;
    if (kind === 'control') {
      result = run();
    } else if (kind === 'read') {
      // Reads go ahead of queued writes (SQLite gives them a consistent snapshot), except while a
      // restore swaps the workspace file underneath.
      result = (this.exclusive ?? Promise.resolve()).then(run, run);
    } else {
      result = this.queue.then(run, run);
      this.queue = result.catch(() => undefined);
      if (EXCLUSIVE.has(method)) {
        const done: Promise<unknown> = this.queue.finally(() => {
          if (this.exclusive === done) this.exclusive = null;
        });
        this.exclusive = done;
      }
    }
    return result.catch((e: unknown) => {
      throw this.toAppError(e, method);
    });
  }

  /** Like call, but never throws: what transports send over the wire. */
  async dispatch(
    method: string,
    input: unknown,
  ): Promise<{ ok: true; result: unknown } | { ok: false; error: WireError }> {
    try {
      return { ok: true, result: await this.callUntyped(method, input) };
    } catch (e) {
      return { ok: false, error: (e as AppError).toWire() };
    }
  }

  private toAppError(e: unknown, method: string): AppError {
    if (e instanceof AppError) return e;
    const storage = storageError(e, this.workspacePath);
    if (storage) return storage;
    this.logger.error(`${method} failed`, e);
    return new AppError('INTERNAL');
  }

  /**
   * The workspace file was deleted or replaced while open: what the connection still holds is saved
   * as a backup (kept like a manual one) and the core switches to recovery mode, which offers it —
   * rather than writing on into a file that disappears when the app closes.
   */
  private async guardWorkspaceFile(): Promise<void> {
    if (!this.db) return;
    const state = workspaceFileState(this.workspacePath, this.dbFile);
    if (state === 'same') return;
    const db = this.db;
    this.db = null;
    try {
      const rescued = await this.backups.create(db, 'manual');
      this.logger.error(`workspace file ${state} while open; its contents were saved as ${rescued.name}`);
    } finally {
      db.close();
    }
    this.recovery = {
      cause: state === 'missing' ? 'deleted' : 'replaced',
      movedTo: this.workspacePath,
      reason:
        state === 'missing' ? 'workspace file deleted while open' : 'workspace file replaced while open',
      newestGoodBackup: this.backups.newestGood(),
    };
    this.emit({ type: 'workspace-changed', scope: 'workspace' });
  }

  /** Work under the client's job id (so it can be cancelled), its progress emitted under `phase`. */
  private async track<T>(options: JobOptions, work: (job: JobControl) => Promise<T>): Promise<T> {
    const job = this.jobs.start(options.jobId);
    try {
      return await work({
        signal: job.signal,
        onProgress: (done, total) =>
          this.emit({ type: 'progress', jobId: job.jobId, phase: options.phase, done, total }),
      });
    } finally {
      job.finish();
    }
  }

  private runJob<T>(task: JobTask, options: JobOptions): Promise<T> {
    return this.track(options, (job) =>
      runJob<T>(this.workspacePath, task, {
        ...job,
        ready: task.kind === 'import' ? this.importThreads.take() : null,
        onLog: (m) => this.logger.error(`job ${options.phase} failed`, m),
        answer: options.answer,
      }),
    );
  }

  close(): void {
    this.jobs.cancelAll();
    this.importThreads.close();
    this.files.close();
    this.db?.close();
    this.db = null;
    this.listeners.clear();
  }
}
