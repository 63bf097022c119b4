/**
 * The work of a hand-off, on whichever connection runs it: the core's own for a small client, a
 * job thread's for a big one (handoff-handlers.ts decides). The export reads the content and the
 * attachment blobs in one read transaction, so nothing can change between the two; the import asks
 * for its backup (taken by the core, on the connection that owns the workspace) before it writes,
 * and writes in one transaction.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { HandoffImportResult, HandoffPreview } from '../../../shared/handoff/handoff-api';
import type { JobControl } from '../api/handler-types';
import { APP_VERSION } from '../app-version';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
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

/** A cancelled job says so, whatever the abort broke off. */
async function cancelledAs<T>(work: JobControl, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (work.signal.aborted) throw new AppError('JOB_CANCELLED');
    throw e;
  }
}

/** What a hand-off job is asked to do; plain data, so it crosses to a job thread. */
export type HandoffTask =
  | { kind: 'handoff-export'; enterpriseId: number; outPath: string; exportedAt: string }
  | { kind: 'handoff-preview'; path: string; name: string }
  | { kind: 'handoff-import'; path: string; name: string; mode: 'auto' | 'new' };

function liveByUscc(db: Database.Database, uscc: string | null): { id: number; name: string } | null {
  if (uscc === null) return null;
  return (
    (db.prepare('SELECT id, name FROM enterprise WHERE uscc = ? AND deleted_at IS NULL').get(uscc) as
      { id: number; name: string } | undefined) ?? null
  );
}

/** SQLite refusing a row means the file says something the workspace's rules do not allow. */
function refusedRow(e: unknown, name: string): AppError | null {
  const code =
    typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  if (!code.startsWith('SQLITE_CONSTRAINT')) return null;
  const detail = (e as Error).message.replace(/^[A-Z ]+constraint failed: /i, '').slice(0, 200);
  return new AppError('HANDOFF_CONTENT_INVALID', { name, entry: CONTENT_ENTRY, path: detail });
}

/** Writes the enterprise's `.retrofit` file; the counts are what it carries, part by part. */
export function exportEnterprise(
  db: Database.Database,
  task: Extract<HandoffTask, { kind: 'handoff-export' }>,
  work: JobControl,
): Promise<{ counts: ReturnType<typeof partCounts> }> {
  return cancelledAs(work, async () => exportNow(db, task, work));
}

function exportNow(
  db: Database.Database,
  task: Extract<HandoffTask, { kind: 'handoff-export' }>,
  work: JobControl,
): { counts: ReturnType<typeof partCounts> } {
  // One read transaction: the blobs written are those of the content read.
  db.exec('BEGIN');
  try {
    const content = readEnterpriseContent(db, task.enterpriseId);
    if (!content) throw new AppError('NOT_FOUND', { what: 'enterprise', id: task.enterpriseId });
    const bytes = canonicalJson(content);
    const manifest: HandoffManifest = {
      format: RETROFIT_FORMAT,
      formatVersion: RETROFIT_FORMAT_VERSION,
      appVersion: APP_VERSION,
      schemaVersion: LATEST_SCHEMA_VERSION,
      exportedAt: task.exportedAt,
      counts: contentCounts(content),
      content: { sha256: sha256Hex(bytes), sizeBytes: bytes.length },
    };
    const hashes = [...new Set(content.attachments.map((a) => a.sha256))].sort();
    const readBlob = db.prepare('SELECT data FROM attachment_blob WHERE sha256 = ?').pluck();
    let done = 0;
    writeRetrofit(
      task.outPath,
      manifest,
      bytes,
      hashes.map((sha256) => ({ sha256, read: () => readBlob.get(sha256) as Buffer })),
      { signal: work.signal, onBlob: () => work.onProgress(++done, hashes.length) },
    );
    return { counts: partCounts(content) };
  } finally {
    db.exec('COMMIT');
  }
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

/** What importing the file would change; it is read and checked whole first. */
export async function previewFile(
  db: Database.Database,
  task: Extract<HandoffTask, { kind: 'handoff-preview' }>,
): Promise<HandoffPreview> {
  const checked = await readRetrofit(task.path, task.name);
  try {
    return preview(db, checked);
  } finally {
    await checked.close();
  }
}

/**
 * Imports the file as a new enterprise, or over the live one with its USCC (mode 'auto'), after
 * `backup` has saved the workspace as it was. Everything is checked before anything is written.
 */
export function importFile(
  db: Database.Database,
  task: Extract<HandoffTask, { kind: 'handoff-import' }>,
  work: JobControl & { backup(): Promise<string> },
): Promise<HandoffImportResult> {
  return cancelledAs(work, () => importNow(db, task, work));
}

async function importNow(
  db: Database.Database,
  task: Extract<HandoffTask, { kind: 'handoff-import' }>,
  work: JobControl & { backup(): Promise<string> },
): Promise<HandoffImportResult> {
  const { name, mode } = task;
  const checked = await readRetrofit(task.path, name);
  try {
    const { content } = checked;
    // Progress over the file's attachments and rows: its rows count twice, once for reading and
    // checking the file (done by now; on 100,000 rows it takes about as long as writing them) and
    // once as they are written.
    const rows = content.equipment.length;
    const total = new Set(content.attachments.map((a) => a.sha256)).size + 2 * rows;
    let done = rows;
    work.onProgress(done, total);
    const sameUscc = liveByUscc(db, content.enterprise.uscc);
    if (mode === 'new' && sameUscc) {
      throw new AppError('HANDOFF_USCC_TAKEN', { uscc: content.enterprise.uscc, existing: sameUscc.name });
    }
    const replace = mode === 'auto' ? sameUscc : null;
    const changes = compareContent(content, replace ? readEnterpriseContent(db, replace.id) : null);
    const hasBlob = db.prepare('SELECT 1 FROM attachment_blob WHERE sha256 = ?');
    db.exec('CREATE TEMP TABLE IF NOT EXISTS handoff_blob (sha256 TEXT PRIMARY KEY, data BLOB NOT NULL)');
    db.exec('DELETE FROM temp.handoff_blob');
    try {
      const backup = replace ? await work.backup() : null;
      // Blobs wait in a temporary table (off the workspace file) until the one transaction below
      // takes them: a file that fails half-way leaves nothing behind.
      const stage = db.prepare('INSERT OR IGNORE INTO temp.handoff_blob (sha256, data) VALUES (?, ?)');
      for await (const blob of checked.blobs()) {
        work.signal.throwIfAborted();
        if (!hasBlob.get(blob.sha256)) stage.run(blob.sha256, blob.data);
        work.onProgress(++done, total);
      }
      work.signal.throwIfAborted();
      const takeBlob = db.prepare(
        `INSERT OR IGNORE INTO attachment_blob (sha256, size_bytes, data)
         SELECT sha256, length(data), data FROM temp.handoff_blob WHERE sha256 = ?`,
      );
      let enterpriseId: number;
      try {
        enterpriseId = db.transaction(() =>
          writeEnterpriseContent(db, content, {
            replace: replace?.id ?? null,
            onRows: (written) => work.onProgress(done + written, total),
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
      work.onProgress(total, total);
      return { enterpriseId, created: replace === null, changes, backup };
    } finally {
      db.exec('DROP TABLE IF EXISTS temp.handoff_blob');
    }
  } finally {
    await checked.close();
  }
}
