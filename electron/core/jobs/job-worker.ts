/**
 * Runs a register export on its own thread and connection, so the app's event loop stays free.
 * (An import runs on import-writer-thread.ts and import-reader-thread.ts.)
 */
import { exportRegister } from '../register/export-register';
import type { JobTask } from './job-tasks';
import { runJobThread } from './job-thread';

runJobThread<{ workspacePath: string; task: Extract<JobTask, { kind: 'export' }> }>((db, { task }, context) =>
  exportRegister(db, task.outPath, task.params, context),
);
