import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode, type FieldIssue } from '../../../shared/api/errors';
import type { JobMessage, JobTask } from './job-tasks';

/**
 * Where the worker's code is: next to the bundle in the packaged app (dist/electron/job-worker.cjs),
 * else the TypeScript source, loaded through tsx (development, tests, the browser host, the CLI).
 */
function workerEntry(): { file: string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  const bundled = path.join(path.dirname(here), 'job-worker.cjs');
  if (here.endsWith('.cjs') && fs.existsSync(bundled)) return { file: bundled, execArgv: [] };
  return { file: path.join(path.dirname(here), 'job-worker.ts'), execArgv: ['--import', 'tsx'] };
}

/**
 * Runs a task on a worker thread. Progress is relayed; aborting the signal asks the worker to
 * stop, and it rolls back. A worker that dies without answering is reported as an internal error.
 */
export function runJob<T>(
  workspacePath: string,
  task: JobTask,
  options: {
    signal?: AbortSignal;
    onProgress?: (done: number, total: number) => void;
    onLog?: (message: string) => void;
  },
): Promise<T> {
  const entry = workerEntry();
  const worker = new Worker(entry.file, { workerData: { workspacePath, task }, execArgv: entry.execArgv });
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      fn();
      void worker.terminate();
    };
    const onAbort = () => worker.postMessage({ type: 'cancel' });
    options.signal?.addEventListener('abort', onAbort);
    if (options.signal?.aborted) onAbort();
    worker.on('message', (m: JobMessage) => {
      if (m.type === 'progress') options.onProgress?.(m.done, m.total);
      else if (m.type === 'result') settle(() => resolve(m.result as T));
      else
        settle(() => {
          if (m.error) {
            reject(
              new AppError(
                m.error.code as ErrorCode,
                m.error.params as never,
                m.error.issues as FieldIssue[],
              ),
            );
          } else {
            options.onLog?.(m.message);
            reject(new AppError('INTERNAL'));
          }
        });
    });
    worker.on('error', (e) =>
      settle(() => {
        options.onLog?.(e.stack ?? e.message);
        reject(new AppError('INTERNAL'));
      }),
    );
    worker.on('exit', (code) =>
      settle(() => {
        options.onLog?.(`job worker exited with code ${code} before answering`);
        reject(new AppError('INTERNAL'));
      }),
    );
  });
}
