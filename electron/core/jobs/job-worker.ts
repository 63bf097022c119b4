/**
 * Runs one long job (a register import or export) on its own thread and its own SQLite connection,
 * so the app's event loop stays free and the job's transaction is the only thing on its connection.
 * An import starts this same file once more as its reading thread (register/import-rows.ts): the
 * bundled app ships this one worker file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { storageError } from '../db/storage-errors';
import { exportRegister } from '../register/export-register';
import { importRegister } from '../register/import-register';
import { jobWorkerEntry, serveImportRows, type ReaderThreadData } from '../register/import-rows';
import type { JobMessage, JobTask } from './job-tasks';

if ((workerData as Partial<ReaderThreadData>).role === 'read-import-rows') {
  void serveImportRows(parentPort!, workerData as ReaderThreadData);
} else {
  runTask();
}

function runTask(): void {
  const { workspacePath, task } = workerData as { workspacePath: string; task: JobTask };
  const controller = new AbortController();
  const post = (m: JobMessage) => parentPort!.postMessage(m);
  parentPort!.on('message', (m: { type: string }) => {
    if (m.type === 'cancel') controller.abort();
  });

  async function run(): Promise<unknown> {
    const db = new Database(workspacePath, { fileMustExist: true });
    try {
      db.pragma('busy_timeout = 10000');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      const options = {
        signal: controller.signal,
        onProgress: (done: number, total: number) => post({ type: 'progress', done, total }),
      };
      if (task.kind === 'import')
        return await importRegister(db, task.source, task.params, {
          ...options,
          readerThread: jobWorkerEntry(import.meta.url),
        });
      return await exportRegister(db, task.outPath, task.params, options);
    } finally {
      db.close();
    }
  }

  run().then(
    (result) => post({ type: 'result', result }),
    (e: unknown) =>
      post({
        type: 'error',
        error: e instanceof AppError ? e.toWire() : (storageError(e, workspacePath)?.toWire() ?? null),
        message: e instanceof Error ? (e.stack ?? e.message) : String(e),
      }),
  );
}
