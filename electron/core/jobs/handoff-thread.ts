/**
 * Makes or reads a big client's hand-off file on its own thread and connection, so that the core's
 * thread stays free (handoff/handoff-work.ts does the work; the core takes the import's backup).
 */
import { exportEnterprise, importFile, previewFile, type HandoffTask } from '../handoff/handoff-work';
import { runJobThread } from './job-thread';

runJobThread<{ workspacePath: string; task: HandoffTask }>(async (db, { task }, context) => {
  if (task.kind === 'handoff-export') return exportEnterprise(db, task, context);
  if (task.kind === 'handoff-preview') return previewFile(db, task);
  return importFile(db, task, {
    ...context,
    backup: async () => (await context.ask('pre-import-backup')) as string,
  });
});
