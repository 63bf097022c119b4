import { AppError } from '../../../shared/api/errors';
import type { HandlerTable } from '../api/handler-types';
import { checkBackupFile } from '../backups/backup-store';

export const workspaceHandlers = {
  'workspace.status': (ctx) => ctx.status(),
  'workspace.recover': async (ctx, { backup }) => {
    if (ctx.status().state !== 'recovery')
      throw new AppError('CONFLICT', { what: 'workspace', detail: 'not in recovery' });
    await ctx.replaceWorkspace(backup);
    ctx.emit({ type: 'workspace-changed', scope: 'workspace' });
    return ctx.status();
  },

  'backup.list': (ctx) => ctx.backups.list(),
  'backup.create': async (ctx) => {
    const jobId = ctx.newJobId();
    const info = await ctx.backups.create(ctx.db(), 'manual', (done, total) =>
      ctx.emit({ type: 'progress', jobId, phase: 'job.backup', done, total }),
    );
    ctx.emit({ type: 'workspace-changed', scope: 'backups' });
    return info;
  },
  'backup.restore': async (ctx, { name }) => {
    const file = ctx.backups.resolve(name);
    if (!file) throw new AppError('BACKUP_NOT_FOUND', { name });
    // Refuse an unusable backup before taking the undo backup, so a refusal changes nothing.
    const check = checkBackupFile(file);
    if (!check.ok) throw new AppError('BACKUP_INVALID', { name, reason: check.reason ?? '' });
    const undo = await ctx.backups.create(ctx.db(), 'pre-restore');
    await ctx.replaceWorkspace(name);
    ctx.emit({ type: 'workspace-changed', scope: 'workspace' });
    return { restored: name, undoBackup: undo.name };
  },
} satisfies Partial<HandlerTable>;
