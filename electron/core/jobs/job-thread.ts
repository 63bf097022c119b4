/**
 * What every job thread does around its task: its own connection to the workspace (so the job's
 * transaction is the only thing on it), cancelling on request, and one answer to runJob: the
 * result or the error, a storage failure named as such.
 */
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { storageError } from '../db/storage-errors';
import type { JobMessage, ToJobWorker } from './job-tasks';
import { threadTask } from './thread-start';

export interface JobThreadContext {
  signal: AbortSignal;
  /** Aborted, with the reason, when runJob says the import's reading thread died. */
  readerFailed: AbortSignal;
  onProgress: (done: number, total: number) => void;
}

export function runJobThread<D extends { workspacePath: string }>(
  run: (db: Database.Database, data: D, context: JobThreadContext) => Promise<unknown>,
): void {
  void threadTask<D>().then((data) => runTask(data, run));
}

function runTask<D extends { workspacePath: string }>(
  data: D,
  run: (db: Database.Database, data: D, context: JobThreadContext) => Promise<unknown>,
): void {
  const cancelled = new AbortController();
  const readerFailed = new AbortController();
  const post = (m: JobMessage) => parentPort!.postMessage(m);
  parentPort!.on('message', (m: ToJobWorker) => {
    if (m.type === 'cancel') cancelled.abort();
    else readerFailed.abort(m.message);
  });

  async function withConnection(): Promise<unknown> {
    const db = new Database(data.workspacePath, { fileMustExist: true });
    try {
      db.pragma('busy_timeout = 10000');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      return await run(db, data, {
        signal: cancelled.signal,
        readerFailed: readerFailed.signal,
        onProgress: (done, total) => post({ type: 'progress', done, total }),
      });
    } finally {
      db.close();
    }
  }

  withConnection().then(
    (result) => post({ type: 'result', result }),
    (e: unknown) =>
      post({
        type: 'error',
        error: e instanceof AppError ? e.toWire() : (storageError(e, data.workspacePath)?.toWire() ?? null),
        message: e instanceof Error ? (e.stack ?? e.message) : String(e),
      }),
  );
}
