/**
 * Hand-off of one enterprise as a `.retrofit` file (docs/retrofit-format.md): export, a preview of
 * what an import would change, and the import itself in one transaction.
 *
 * Runs in-process rather than on the job worker: the export reads content and attachment blobs in
 * one synchronous pass, so nothing can change between the two, and the import must take its backup
 * and write on the connection that owns the workspace.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { WorkspaceChangedEvent } from '../../../shared/api/events';
import {
  RETROFIT_EXTENSION,
  type HandoffImportResult,
  type HandoffPreview,
} from '../../../shared/handoff/handoff-api';
import type { HandlerContext, HandlerTable } from '../api/handler-types';
import { APP_VERSION } from '../app-version';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { safeFileName } from '../files/file-registry';
import {
  contentCounts,
  readRetrofit,
  sha256Hex,
  writeRetrofit,
  type CheckedRetrofit,
} from './handoff-archive';
import {
  CONTENT_ENTRY,
  RETROFIT_FORMAT,
  RETROFIT_FORMAT_VERSION,
  type HandoffManifest,
} from './handoff-content';
import { compareContent, partCounts } from './handoff-diff';
import { canonicalJson, readEnterpriseContent } from './read-enterprise';
import { writeEnterpriseContent } from './write-enterprise';

/** Every page that shows something an import replaces refetches. */
const CHANGED_SCOPES: WorkspaceChangedEvent['scope'][] = [
  'enterprises',
  'equipment',
  'assessments',
  'projects',
  'scenarios',
];

function liveByUscc(db: Database.Database, uscc: string | null): { id: number; name: string } | null {
  if (uscc === null) return null;
  return (
    (db.prepare('SELECT id, name FROM enterprise WHERE uscc = ? AND deleted_at IS NULL').get(uscc) as
      { id: number; name: string } | undefined) ?? null
  );
}

async function openChecked(ctx: HandlerContext, fileId: string): Promise<CheckedRetrofit> {
  const file = ctx.files.resolve(fileId, 'read');
  return readRetrofit(file.path, file.name);
}

function preview(db: Database.Database, checked: CheckedRetrofit): HandoffPreview {
  const { content, manifest } = checked;
  const match = liveByUscc(db, content.enterprise.uscc);
  return {
    enterprise: { name: content.enterprise.name, uscc: content.enterprise.uscc },
    match: match ? { kind: 'update', enterpriseId: match.id, name: match.name } : { kind: 'new' },
    changes: compareContent(content, match ? readEnterpriseContent(db, match.id) : null),
    attachmentBytes: checked.attachmentBytes,
    exportedAt: manifest.exportedAt,
    appVersion: manifest.appVersion,
  };
}

/** SQLite refusing a row means the file says something the workspace's rules do not allow. */
function refusedRow(e: unknown, name: string): AppError | null {
  const code =
    typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  if (!code.startsWith('SQLITE_CONSTRAINT')) return null;
  const detail = (e as Error).message.replace(/^[A-Z ]+constraint failed: /i, '').slice(0, 200);
  return new AppError('HANDOFF_CONTENT_INVALID', { name, entry: CONTENT_ENTRY, path: detail });
}

async function importFile(
  ctx: HandlerContext,
  checked: CheckedRetrofit,
  name: string,
  mode: 'auto' | 'new',
  jobId: string | undefined,
): Promise<HandoffImportResult> {
  const db = ctx.db();
  const { content } = checked;
  const sameUscc = liveByUscc(db, content.enterprise.uscc);
  if (mode === 'new' && sameUscc) {
    throw new AppError('HANDOFF_USCC_TAKEN', { uscc: content.enterprise.uscc, existing: sameUscc.name });
  }
  const replace = mode === 'auto' ? sameUscc : null;
  const changes = compareContent(content, replace ? readEnterpriseContent(db, replace.id) : null);
  const job = ctx.jobs.start(jobId);
  const hasBlob = db.prepare('SELECT 1 FROM attachment_blob WHERE sha256 = ?');
  db.exec('CREATE TEMP TABLE IF NOT EXISTS handoff_blob (sha256 TEXT PRIMARY KEY, data BLOB NOT NULL)');
  db.exec('DELETE FROM temp.handoff_blob');
  try {
    // Filed as a "before restore" backup: like that one, restoring it undoes a replacement of the
    // workspace's data from outside (there is no backup kind of its own for an import yet).
    const backup = replace ? (await ctx.backups.create(db, 'pre-import')).name : null;
    // Blobs wait in a temporary table (off the workspace file) until the one transaction below
    // takes them: a file that fails half-way leaves nothing behind.
    const stage = db.prepare('INSERT OR IGNORE INTO temp.handoff_blob (sha256, data) VALUES (?, ?)');
    const total = new Set(content.attachments.map((a) => a.sha256)).size;
    let done = 0;
    for await (const blob of checked.blobs()) {
      job.signal.throwIfAborted();
      if (!hasBlob.get(blob.sha256)) stage.run(blob.sha256, blob.data);
      ctx.emit({ type: 'progress', jobId: job.jobId, phase: 'job.import', done: ++done, total });
    }
    job.signal.throwIfAborted();
    const takeBlob = db.prepare(
      `INSERT OR IGNORE INTO attachment_blob (sha256, size_bytes, data)
       SELECT sha256, length(data), data FROM temp.handoff_blob WHERE sha256 = ?`,
    );
    let enterpriseId: number;
    try {
      enterpriseId = db.transaction(() =>
        writeEnterpriseContent(db, content, {
          replace: replace?.id ?? null,
          insertBlob: (sha) => {
            takeBlob.run(sha);
            if (!hasBlob.get(sha))
              throw new AppError('HANDOFF_ENTRY_MISSING', { name, entry: `attachments/${sha}` });
          },
        }),
      )();
    } catch (e) {
      throw refusedRow(e, name) ?? e;
    }
    for (const scope of CHANGED_SCOPES) ctx.emit({ type: 'workspace-changed', scope });
    return { enterpriseId, created: replace === null, changes, backup };
  } catch (e) {
    if (job.signal.aborted) throw new AppError('JOB_CANCELLED');
    throw e;
  } finally {
    db.exec('DROP TABLE IF EXISTS temp.handoff_blob');
    job.finish();
  }
}

export const handoffHandlers = {
  'handoff.export': (ctx, { enterpriseId, target, jobId }) => {
    const db = ctx.db();
    const content = readEnterpriseContent(db, enterpriseId);
    if (!content) throw new AppError('NOT_FOUND', { what: 'enterprise', id: enterpriseId });
    const bytes = canonicalJson(content);
    const manifest: HandoffManifest = {
      format: RETROFIT_FORMAT,
      formatVersion: RETROFIT_FORMAT_VERSION,
      appVersion: APP_VERSION,
      schemaVersion: LATEST_SCHEMA_VERSION,
      exportedAt: ctx.now().toISOString(),
      counts: contentCounts(content),
      content: { sha256: sha256Hex(bytes), sizeBytes: bytes.length },
    };
    const out = ctx.files.output(
      target,
      `${safeFileName(content.enterprise.name, 'enterprise')}${RETROFIT_EXTENSION}`,
    );
    const hashes = [...new Set(content.attachments.map((a) => a.sha256))].sort();
    const readBlob = db.prepare('SELECT data FROM attachment_blob WHERE sha256 = ?').pluck();
    const job = ctx.jobs.start(jobId);
    let done = 0;
    try {
      writeRetrofit(
        out.path,
        manifest,
        bytes,
        hashes.map((sha256) => ({ sha256, read: () => readBlob.get(sha256) as Buffer })),
        {
          signal: job.signal,
          onBlob: () =>
            ctx.emit({
              type: 'progress',
              jobId: job.jobId,
              phase: 'job.export',
              done: ++done,
              total: hashes.length,
            }),
        },
      );
    } catch (e) {
      if (job.signal.aborted) throw new AppError('JOB_CANCELLED');
      throw e;
    } finally {
      job.finish();
    }
    return { file: ctx.files.written(out.ref.fileId), counts: partCounts(content) };
  },

  'handoff.preview': async (ctx, { fileId }) => {
    const checked = await openChecked(ctx, fileId);
    try {
      return preview(ctx.db(), checked);
    } finally {
      await checked.close();
    }
  },

  'handoff.import': async (ctx, { fileId, mode, jobId }) => {
    const name = ctx.files.resolve(fileId, 'read').name;
    const checked = await openChecked(ctx, fileId);
    try {
      return await importFile(ctx, checked, name, mode ?? 'auto', jobId);
    } finally {
      await checked.close();
    }
  },
} satisfies Pick<HandlerTable, 'handoff.export' | 'handoff.preview' | 'handoff.import'>;
