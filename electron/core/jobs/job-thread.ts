/**
 * What every job thread does around its task: its own connection to the workspace (so the job's
 * transaction is the only thing on it), cancelling on request, and one answer to runJob: the
 * result or the error, a storage failure named as such.
 */
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { AppError, type ErrorCode, type FieldIssue } from '../../../shared/api/errors';
import type { JobControl } from '../api/handler-types';
import { storageError } from '../db/storage-errors';
import type { JobMessage, JobQuestion, ToJobWorker } from './job-tasks';
import { threadTask } from './thread-start';

export interface JobThreadContext extends JobControl {
  /** Aborted, with the reason, when runJob says the import's reading thread died. */
  readerFailed: AbortSignal;
  /** Asks runJob's caller for what only it can do, and waits for the answer. */
  ask(question: JobQuestion): Promise<unknown>;
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
  const asked = new Map<number, { resolve(value: unknown): void; reject(e: Error): void }>();
  let questions = 0;
  parentPort!.on('message', (m: ToJobWorker) => {
    if (m.type === 'cancel') cancelled.abort();
    else if (m.type === 'reader-failed') readerFailed.abort(m.message);
    else {
      const waiting = asked.get(m.id);
      asked.delete(m.id);
      if (m.error)
        waiting?.reject(
          new AppError(m.error.code as ErrorCode, m.error.params, m.error.issues as FieldIssue[]),
        );
      else if (m.message !== undefined) waiting?.reject(new Error(m.message));
      else waiting?.resolve(m.value);
    }
  });
  const ask = (question: JobQuestion) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++questions;
      asked.set(id, { resolve, reject });
      post({ type: 'ask', id, question });
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
        ask,
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
