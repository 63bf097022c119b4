/**
 * The writing thread of a register import: one transaction on its own connection, the rows as the
 * reading thread (import-reader-thread.ts) posts them over `readerPort`, inserted while the next
 * ones are read.
 */
import type { MessagePort } from 'node:worker_threads';
import { importRegister } from '../register/import-register';
import type { JobTask } from './job-tasks';
import { runJobThread } from './job-thread';

runJobThread<{ workspacePath: string; task: Extract<JobTask, { kind: 'import' }>; readerPort: MessagePort }>(
  (db, { task, readerPort }, { signal, readerFailed, onProgress }) =>
    importRegister(db, task.source, task.params, {
      signal,
      onProgress,
      reader: { port: readerPort, failed: readerFailed },
    }),
);
