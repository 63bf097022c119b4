import path from 'node:path';
import { Core } from '../../../core/core';
import { inspectWorkspaceFile } from '../../../core/db/inspect-file';
import { LATEST_SCHEMA_VERSION } from '../../../core/db/migrations';
import { AppError } from '../../../../shared/api/errors';
import type { BackupInfo } from '../../../../shared/workspace/workspace-types';
import { optionalString, type Flags } from '../cli-args';
import { printResult, table, UsageError, withCore, type CliContext } from '../cli-io';

function backupRows(list: BackupInfo[]) {
  return list.map((b) => [b.name, b.kind, b.createdAt, `${(b.sizeBytes / 1024).toFixed(0)} KiB`]);
}

/**
 * `db check` reads only — it must be safe on a file that may be damaged — so it does not go through
 * Core.open, which would back up, migrate or move the file aside.
 */
export async function dbCommand(
  dbPath: string,
  action: string,
  flags: Flags,
  ctx: CliContext,
  openCore: () => Promise<Core>,
): Promise<number> {
  const zh = ctx.lang === 'zh-CN';
  switch (action) {
    case 'check': {
      const inspection = inspectWorkspaceFile(dbPath, 'full');
      const report = {
        path: path.resolve(dbPath),
        ...inspection,
        supportedSchemaVersion: LATEST_SCHEMA_VERSION,
      };
      printResult(ctx, report, () =>
        inspection.ok
          ? zh
            ? `完好：${report.path}（数据版本 ${inspection.schemaVersion}）`
            : `OK: ${report.path} (data version ${inspection.schemaVersion})`
          : [
              `${zh ? '有问题' : 'Problem'}: ${inspection.state} — ${report.path}`,
              ...inspection.problems,
            ].join('\n'),
      );
      return inspection.ok ? 0 : 1;
    }
    case 'backup': {
      await withCore(openCore, async (core) => {
        const info = await core.call('backup.create', {});
        printResult(ctx, info, () =>
          zh
            ? `已备份：${path.join(core.backups.dir, info.name)}`
            : `Backed up to ${path.join(core.backups.dir, info.name)}`,
        );
      });
      return 0;
    }
    case 'backups': {
      await withCore(openCore, async (core) => {
        const list = await core.call('backup.list', {});
        printResult(ctx, list, () =>
          table(zh ? ['名称', '类型', '时间', '大小'] : ['Name', 'Kind', 'Time', 'Size'], backupRows(list)),
        );
      });
      return 0;
    }
    case 'restore': {
      await withCore(openCore, async (core) => {
        const status = core.status();
        const name =
          optionalString(flags, 'backup') ??
          (status.state === 'recovery'
            ? status.recovery?.newestGoodBackup?.name
            : core.backups.newestGood()?.name);
        if (!name)
          throw new AppError('BACKUP_NOT_FOUND', { name: zh ? '（无可用备份）' : '(no usable backup)' });
        if (status.state === 'recovery') {
          const after = await core.call('workspace.recover', { backup: name });
          printResult(ctx, { restored: name, undoBackup: null, status: after }, () =>
            zh ? `已从备份 ${name} 恢复。` : `Restored from ${name}.`,
          );
        } else {
          const result = await core.call('backup.restore', { name });
          printResult(ctx, result, () =>
            zh
              ? `已从备份 ${result.restored} 恢复。撤销：db restore --backup ${result.undoBackup}`
              : `Restored from ${result.restored}. To undo: db restore --backup ${result.undoBackup}`,
          );
        }
      });
      return 0;
    }
    default:
      throw new UsageError(`unknown db command "${action}" (check, backup, backups, restore)`);
  }
}
