/**
 * Hand-off of one enterprise as a `.retrofit` file (docs/retrofit-format.md): export, a preview of
 * what an import would change, and the import itself in one transaction (handoff-work.ts).
 *
 * A big client's file is made and read on a job thread, so the core's thread (the desktop app's
 * main process) stays free: reading 100,000 rows takes over a second. A small one is handled here,
 * where it takes less than starting a thread would.
 */
import type Database from 'better-sqlite3';
import type { WorkspaceChangedEvent } from '../../../shared/api/events';
import {
  RETROFIT_EXTENSION,
  type HandoffImportResult,
  type HandoffPreview,
} from '../../../shared/handoff/handoff-api';
import type { HandlerTable } from '../api/handler-types';
import { rowOrNotFound } from '../db/soft-delete';
import { safeFileName } from '../files/file-registry';
import { exportEnterprise, importFile, previewFile, type HandoffTask } from './handoff-work';

/** Every page that shows something an import replaces refetches. */
const CHANGED_SCOPES: WorkspaceChangedEvent['scope'][] = [
  'enterprises',
  'equipment',
  'assessments',
  'projects',
  'scenarios',
];

/** From these sizes on, a hand-off runs on a job thread (a file of 10,000 rows is about 0.4 MB). */
const THREAD_ROWS = 10_000;
const THREAD_FILE_BYTES = 400 * 1024;

/** The live enterprise's name and live register rows, or NOT_FOUND. */
const liveEnterprise = (db: Database.Database, enterpriseId: number) =>
  rowOrNotFound<{ name: string; rows: number }>(
    db,
    `SELECT name, (SELECT count(*) FROM equipment WHERE enterprise_id = e.id AND deleted_by IS NULL) AS rows
       FROM enterprise e WHERE id = ? AND deleted_at IS NULL`,
    'enterprise',
    enterpriseId,
  );

export const handoffHandlers = {
  'handoff.export': async (ctx, { enterpriseId, target, jobId }) => {
    const db = ctx.db();
    const enterprise = liveEnterprise(db, enterpriseId);
    const out = ctx.files.output(
      target,
      `${safeFileName(enterprise.name, 'enterprise')}${RETROFIT_EXTENSION}`,
    );
    const task: HandoffTask = {
      kind: 'handoff-export',
      enterpriseId,
      outPath: out.path,
      exportedAt: ctx.now().toISOString(),
    };
    const { counts } =
      enterprise.rows >= THREAD_ROWS
        ? await ctx.runJob<Awaited<ReturnType<typeof exportEnterprise>>>(task, { jobId, phase: 'job.export' })
        : await ctx.runHere((job) => exportEnterprise(db, task, job), { jobId, phase: 'job.export' });
    return { file: ctx.files.written(out.ref.fileId), counts };
  },

  'handoff.preview': async (ctx, { fileId }) => {
    const file = ctx.files.resolve(fileId, 'read');
    const task: HandoffTask = { kind: 'handoff-preview', path: file.path, name: file.name };
    return file.sizeBytes >= THREAD_FILE_BYTES
      ? ctx.runJob<HandoffPreview>(task, { phase: 'job.import' })
      : previewFile(ctx.db(), task);
  },

  'handoff.import': async (ctx, { fileId, mode, jobId }) => {
    const file = ctx.files.resolve(fileId, 'read');
    const task: HandoffTask = {
      kind: 'handoff-import',
      path: file.path,
      name: file.name,
      mode: mode ?? 'auto',
    };
    // Filed as a "before import" backup: restoring it undoes the replacement of a client's data.
    const backup = async () => (await ctx.backups.create(ctx.db(), 'pre-import')).name;
    const result =
      file.sizeBytes >= THREAD_FILE_BYTES
        ? await ctx.runJob<HandoffImportResult>(task, { jobId, phase: 'job.import', answer: backup })
        : await ctx.runHere((job) => importFile(ctx.db(), task, { ...job, backup }), {
            jobId,
            phase: 'job.import',
          });
    for (const scope of CHANGED_SCOPES) ctx.emit({ type: 'workspace-changed', scope });
    return result;
  },
} satisfies Pick<HandlerTable, 'handoff.export' | 'handoff.preview' | 'handoff.import'>;
