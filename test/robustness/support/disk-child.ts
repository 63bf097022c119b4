/**
 * Runs a list of core calls on a workspace and prints one JSON line per step: what the disk suite
 * needs in a separate process (run as an unprivileged user when the suite runs as root, whom file
 * permissions would not stop).
 *
 * usage: node disk-child.cjs '<json DiskOrder>'
 */
import { Core } from '../../../electron/core/core';
import { AppError } from '../../../shared/api/errors';
import { formatError } from '../../../shared/i18n/messages';

export interface DiskStep {
  method: string;
  input: Record<string, unknown>;
  /** Registers this file for reading and puts its id into input[key]. */
  read?: { key: string; file: string };
  /** Registers this save target and puts its id into input[key]. */
  write?: { key: string; file: string };
}

export interface DiskOrder {
  workspace: string;
  now: string;
  steps: DiskStep[];
}

export interface StepOutcome {
  step: string;
  ok: boolean;
  result?: unknown;
  code?: string;
  zh?: string;
  en?: string;
  /** Not an AppError: a crash. */
  crash?: string;
}

const say = (o: StepOutcome) => process.stdout.write(JSON.stringify(o) + '\n');

function failure(step: string, e: unknown): StepOutcome {
  if (!(e instanceof AppError))
    return { step, ok: false, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  const wire = e.toWire();
  return { step, ok: false, code: wire.code, zh: formatError('zh-CN', wire), en: formatError('en', wire) };
}

async function main(order: DiskOrder): Promise<void> {
  let core: Core;
  try {
    core = await Core.open({
      workspacePath: order.workspace,
      autoBackupEveryMs: 0,
      now: () => new Date(order.now),
    });
  } catch (e) {
    say(failure('open', e));
    return;
  }
  say({ step: 'open', ok: true, result: core.status().state });
  for (const s of order.steps) {
    const input = { ...s.input };
    try {
      if (s.read) input[s.read.key] = core.files.registerRead(s.read.file).fileId;
      if (s.write) input[s.write.key] = core.files.registerWriteTarget(s.write.file).fileId;
      const result = await core.call(s.method as 'workspace.status', input as never);
      say({ step: s.method, ok: true, result });
    } catch (e) {
      say(failure(s.method, e));
    }
  }
  core.close();
}

main(JSON.parse(process.argv[2] ?? '{}') as DiskOrder).then(
  () => process.exit(0),
  (e: unknown) => {
    say(failure('child', e));
    process.exit(3);
  },
);
