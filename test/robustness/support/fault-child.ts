/**
 * The process the faults suite kills: opens a Core on a prepared workspace, runs one operation and
 * then waits to be killed with the database still open (a crash, not a clean exit). It prints
 * "start" just before the operation and "done" right after it, so the parent can time its kill
 * against the operation itself rather than against process start-up.
 *
 * usage: node fault-child.cjs '<json FaultOrder>'
 */
import { Core } from '../../../electron/core/core';
import type { MethodInput } from '../../../shared/api/contract';

export type FaultOrder =
  | { op: 'import'; workspace: string; now: string; enterpriseId: number; file: string }
  | { op: 'migration'; workspace: string; now: string }
  | { op: 'backup'; workspace: string; now: string }
  | { op: 'restore'; workspace: string; now: string; name: string }
  | { op: 'handoff'; workspace: string; now: string; file: string }
  | {
      op: 'export';
      workspace: string;
      now: string;
      projectId: number;
      format: 'docx' | 'xlsx';
      target: string;
    };

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(order: FaultOrder): Promise<void> {
  const now = () => new Date(order.now);
  const open = () => Core.open({ workspacePath: order.workspace, autoBackupEveryMs: 0, now });
  if (order.op === 'migration') {
    say('start');
    await open();
    say('done');
    return;
  }
  const core = await open();
  const call = async (method: string, input: unknown) =>
    core.call(method as 'backup.create', input as MethodInput<'backup.create'>);
  say('start');
  switch (order.op) {
    case 'import': {
      const ref = core.files.registerRead(order.file);
      await call('equipment.import', { enterpriseId: order.enterpriseId, fileId: ref.fileId });
      break;
    }
    case 'backup':
      await call('backup.create', {});
      break;
    case 'restore':
      await call('backup.restore', { name: order.name });
      break;
    case 'handoff': {
      const ref = core.files.registerRead(order.file);
      await call('handoff.import', { fileId: ref.fileId, mode: 'new' });
      break;
    }
    case 'export': {
      const target = core.files.registerWriteTarget(order.target);
      await call('drafts.export', {
        projectId: order.projectId,
        format: order.format,
        target: target.fileId,
      });
      break;
    }
  }
  say('done');
}

main(JSON.parse(process.argv[2] ?? '{}') as FaultOrder).then(
  // Stay alive with the workspace open until the parent kills us.
  () => setInterval(() => {}, 60_000),
  (e: unknown) => {
    say(`error ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(3);
  },
);
