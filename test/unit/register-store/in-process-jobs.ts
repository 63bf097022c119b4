/**
 * The job threads' work without the threads: what electron/core/jobs/job-thread.ts does (its own
 * connection to the workspace file, the same pragmas, importRegister / exportRegister), run in the
 * test's thread. A test that makes many round trips uses it in place of runJob (vi.mock), since
 * starting a worker that loads the TypeScript core through tsx costs most of a second per job;
 * everything else (the contract's validation, the handlers, the file registry, the stored rows)
 * stays real. The worker itself is exercised by the other tests of this folder.
 */
import Database from 'better-sqlite3';
import type { JobTask } from '../../../electron/core/jobs/job-tasks';
import { exportRegister } from '../../../electron/core/register/export-register';
import { importRegister } from '../../../electron/core/register/import-register';

export async function runJobInProcess<T>(
  workspacePath: string,
  task: JobTask,
  options: { signal?: AbortSignal; onProgress?: (done: number, total: number) => void },
): Promise<T> {
  const db = new Database(workspacePath, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 10000');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const jobOptions = { signal: options.signal, onProgress: options.onProgress };
    if (task.kind === 'import') return (await importRegister(db, task.source, task.params, jobOptions)) as T;
    if (task.kind === 'export') return (await exportRegister(db, task.outPath, task.params, jobOptions)) as T;
    throw new Error(`${task.kind} is not run in process by these tests`);
  } finally {
    db.close();
  }
}
