/**
 * A project's attachment checklist (shared/drafts/attachment-checklist.ts) with each item's state
 * and files. Files are copied into the workspace: the content once per sha256 in attachment_blob,
 * one attachment_file row per attachment keeping the name the user's file had, its size and when
 * it was added, so an attachment never depends on a path that may move.
 *
 * Ready and files: attaching the first file to an item marks it ready, since a user who attaches
 * the licence means "this one is done"; the user can unmark it (a draft version, an unsigned copy)
 * and later files leave that choice alone. Removing an item's last file unmarks it, so an item is
 * never counted ready on the strength of a file that is gone; undoing the removal marks it again.
 * An item can also be marked ready with no file (an original kept on paper).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import {
  checklistEntries,
  parsePackDocumentKey,
  type ChecklistEntry,
} from '../../../shared/drafts/attachment-checklist';
import type { AttachmentView, Checklist, ChecklistItemView } from '../../../shared/drafts/drafts-api';
import { pickText, textIn } from '../../../shared/funding/bilingual-text';
import type { FundingPack } from '../../../shared/funding/pack-schema';
import type { Lang } from '../../../shared/i18n/messages';
import type { FileRef } from '../../../shared/register/register-api';
import type { FileRegistry } from '../files/file-registry';
import { FundingPackStore } from '../funding/funding-pack-store';
import { draftProject, type DraftProject } from './draft-project';
import { findProgramme } from './target-programme';

/** Scans of a licence or a signed contract are a few MB; 50 MB leaves room without bloating the workspace. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

/** Removed attachments stay restorable as long as deleted projects do. */
export const KEEP_REMOVED_MS = 30 * 86_400_000;

interface ItemRow {
  item_key: string;
  ready: number;
  note: string | null;
}

interface FileRow {
  id: number;
  item_key: string;
  original_name: string;
  sha256: string;
  size_bytes: number;
  added_at: string;
  deleted_at: string | null;
}

const view = (r: FileRow): AttachmentView => ({
  id: r.id,
  itemKey: r.item_key,
  originalName: r.original_name,
  sizeBytes: r.size_bytes,
  sha256: r.sha256,
  addedAt: r.added_at,
});

function packsInForce(db: Database.Database): FundingPack[] {
  return new FundingPackStore(db).packs().map((p) => p.pack);
}

/** The title of a programme document no longer on the list, from whichever pack still names it. */
function leftoverTitle(packs: readonly FundingPack[], key: string, lang: Lang): string {
  const ref = parsePackDocumentKey(key);
  const doc = ref
    ? findProgramme(packs, `${ref.packId}/${ref.programmeId}`)?.programme.documents?.find(
        (d) => d.id === ref.docId,
      )
    : undefined;
  return doc ? textIn(lang, doc.name) : key;
}

/**
 * The items of the project's checklist. Items that left it (another programme chosen, a pack
 * edited) stay while they hold files, as not required, so that no attached file is hidden.
 */
function entriesOf(
  db: Database.Database,
  project: DraftProject,
  packs: readonly FundingPack[],
): { entries: ChecklistEntry[]; leftovers: string[] } {
  const chosen = project.targetProgramme ? findProgramme(packs, project.targetProgramme) : null;
  const entries = checklistEntries(project, chosen);
  const known = new Set(entries.map((e) => e.key));
  const withFiles = db
    .prepare(
      `SELECT DISTINCT item_key FROM attachment_file WHERE project_id = ? AND deleted_at IS NULL ORDER BY item_key`,
    )
    .pluck()
    .all(project.id) as string[];
  return { entries, leftovers: withFiles.filter((k) => !known.has(k)) };
}

function checklistOf(db: Database.Database, project: DraftProject, lang: Lang): Checklist {
  const packs = packsInForce(db);
  const { entries, leftovers } = entriesOf(db, project, packs);
  const states = new Map(
    (
      db
        .prepare('SELECT item_key, ready, note FROM attachment_item WHERE project_id = ?')
        .all(project.id) as ItemRow[]
    ).map((r) => [r.item_key, r]),
  );
  const files = db
    .prepare(
      `SELECT * FROM attachment_file WHERE project_id = ? AND deleted_at IS NULL ORDER BY added_at, id`,
    )
    .all(project.id) as FileRow[];
  const item = (key: string, title: string, origin: ChecklistItemView['origin'], required: boolean) => ({
    key,
    title,
    origin,
    required,
    ready: states.get(key)?.ready === 1,
    note: states.get(key)?.note ?? null,
    files: files.filter((f) => f.item_key === key).map(view),
  });
  return {
    projectId: project.id,
    targetProgramme: project.targetProgramme,
    items: [
      ...entries.map((e) => item(e.key, pickText(lang, e.title), e.origin, e.required)),
      ...leftovers.map((key) => item(key, leftoverTitle(packs, key, lang), 'programme', false)),
    ],
  };
}

export function loadChecklist(db: Database.Database, input: { projectId: number; lang: Lang }): Checklist {
  return checklistOf(db, draftProject(db, input.projectId), input.lang);
}

/** The project, after checking the key is one of its checklist's; VALIDATION at ['itemKey'] otherwise. */
function assertItem(db: Database.Database, projectId: number, itemKey: string): DraftProject {
  const project = draftProject(db, projectId);
  const { entries, leftovers } = entriesOf(db, project, packsInForce(db));
  if (!entries.some((e) => e.key === itemKey) && !leftovers.includes(itemKey)) {
    throw new AppError('VALIDATION', {}, [
      { path: ['itemKey'], key: 'drafts.itemUnknown', params: { key: itemKey } },
    ]);
  }
  return project;
}

/** Writes an item's state; a row saying nothing (not ready, no note) is the same as no row. */
function writeItem(
  db: Database.Database,
  now: () => Date,
  projectId: number,
  itemKey: string,
  change: { ready?: boolean; note?: string | null },
): void {
  const current = db
    .prepare('SELECT item_key, ready, note FROM attachment_item WHERE project_id = ? AND item_key = ?')
    .get(projectId, itemKey) as ItemRow | undefined;
  const ready = change.ready ?? current?.ready === 1;
  const note = change.note !== undefined ? change.note : (current?.note ?? null);
  if (!ready && note === null) {
    db.prepare('DELETE FROM attachment_item WHERE project_id = ? AND item_key = ?').run(projectId, itemKey);
    return;
  }
  db.prepare(
    `INSERT INTO attachment_item (project_id, item_key, ready, note, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (project_id, item_key) DO UPDATE SET ready = excluded.ready, note = excluded.note,
       updated_at = excluded.updated_at`,
  ).run(projectId, itemKey, ready ? 1 : 0, note, now().toISOString());
}

/** Marks an item ready or not and/or sets its note (blank clears it). */
export function markChecklistItem(
  db: Database.Database,
  now: () => Date,
  input: { projectId: number; itemKey: string; ready?: boolean; note?: string | null },
  lang: Lang = 'zh-CN',
): Checklist {
  return db
    .transaction(() => {
      const project = assertItem(db, input.projectId, input.itemKey);
      const note = input.note === undefined ? undefined : input.note?.trim() || null;
      if (input.ready !== undefined || note !== undefined) {
        writeItem(db, now, project.id, input.itemKey, { ready: input.ready, note });
      }
      return checklistOf(db, project, lang);
    })
    .immediate();
}

const liveFiles = (db: Database.Database, projectId: number, itemKey: string) =>
  db
    .prepare(
      'SELECT count(*) FROM attachment_file WHERE project_id = ? AND item_key = ? AND deleted_at IS NULL',
    )
    .pluck()
    .get(projectId, itemKey) as number;

/** The bytes of the file the user chose, within the size limit. */
async function readChosenFile(files: FileRegistry, fileId: string): Promise<{ name: string; bytes: Buffer }> {
  const file = files.resolve(fileId, 'read');
  const tooLarge = () => new AppError('FILE_TOO_LARGE', { name: file.name, maximum: MAX_ATTACHMENT_BYTES });
  let bytes: Buffer;
  try {
    // Checked before reading, so that a huge file is refused without loading it.
    if (fs.statSync(file.path).size > MAX_ATTACHMENT_BYTES) throw tooLarge();
    bytes = await fs.promises.readFile(file.path);
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('FILE_UNREADABLE', { name: file.name });
  }
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw tooLarge();
  if (bytes.length === 0) throw new AppError('FILE_EMPTY', { name: file.name });
  return { name: file.name, bytes };
}

/** Copies the chosen file into the workspace under the item. */
export async function addAttachment(
  db: Database.Database,
  now: () => Date,
  files: FileRegistry,
  input: { projectId: number; itemKey: string; fileId: string },
): Promise<AttachmentView> {
  assertItem(db, input.projectId, input.itemKey);
  const { name, bytes } = await readChosenFile(files, input.fileId);
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  return db
    .transaction(() => {
      // Again inside the write: the project may have gone while the file was read.
      const project = assertItem(db, input.projectId, input.itemKey);
      const first = liveFiles(db, project.id, input.itemKey) === 0;
      db.prepare('INSERT OR IGNORE INTO attachment_blob (sha256, size_bytes, data) VALUES (?, ?, ?)').run(
        sha256,
        bytes.length,
        bytes,
      );
      const { lastInsertRowid } = db
        .prepare(
          `INSERT INTO attachment_file (project_id, item_key, original_name, sha256, size_bytes, added_at)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(project.id, input.itemKey, name, sha256, bytes.length, now().toISOString());
      if (first) writeItem(db, now, project.id, input.itemKey, { ready: true });
      return view(db.prepare('SELECT * FROM attachment_file WHERE id = ?').get(lastInsertRowid) as FileRow);
    })
    .immediate();
}

function fileRow(db: Database.Database, projectId: number, attachmentId: number): FileRow {
  draftProject(db, projectId);
  const row = db
    .prepare('SELECT * FROM attachment_file WHERE id = ? AND project_id = ?')
    .get(attachmentId, projectId) as FileRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', { what: 'attachment', id: attachmentId });
  return row;
}

/**
 * Removes the attachment until purged (undoRemove brings it back), then purges what was removed
 * before the keep period, and the contents no attachment names any more.
 */
export function removeAttachment(
  db: Database.Database,
  now: () => Date,
  input: { projectId: number; attachmentId: number },
): { id: number; originalName: string } {
  return db
    .transaction(() => {
      const row = fileRow(db, input.projectId, input.attachmentId);
      if (row.deleted_at !== null) throw new AppError('NOT_FOUND', { what: 'attachment', id: row.id });
      db.prepare('UPDATE attachment_file SET deleted_at = ? WHERE id = ?').run(now().toISOString(), row.id);
      if (liveFiles(db, input.projectId, row.item_key) === 0) {
        writeItem(db, now, input.projectId, row.item_key, { ready: false });
      }
      purgeRemovedAttachments(db, new Date(now().getTime() - KEEP_REMOVED_MS));
      return { id: row.id, originalName: row.original_name };
    })
    .immediate();
}

export function undoRemoveAttachment(
  db: Database.Database,
  now: () => Date,
  input: { projectId: number; attachmentId: number },
): AttachmentView {
  return db
    .transaction(() => {
      const row = fileRow(db, input.projectId, input.attachmentId);
      if (row.deleted_at === null) throw new AppError('UNDO_DONE');
      if (liveFiles(db, input.projectId, row.item_key) === 0) {
        writeItem(db, now, input.projectId, row.item_key, { ready: true });
      }
      db.prepare('UPDATE attachment_file SET deleted_at = NULL WHERE id = ?').run(row.id);
      return view({ ...row, deleted_at: null });
    })
    .immediate();
}

/** Writes the attachment's bytes to a download file, under the name the user's file had. */
export function openAttachment(
  db: Database.Database,
  files: FileRegistry,
  input: { projectId: number; attachmentId: number; target?: string },
): { file: FileRef } {
  const { row, data } = db.transaction(() => {
    const row = fileRow(db, input.projectId, input.attachmentId);
    if (row.deleted_at !== null) throw new AppError('NOT_FOUND', { what: 'attachment', id: row.id });
    const data = db
      .prepare('SELECT data FROM attachment_blob WHERE sha256 = ?')
      .pluck()
      .get(row.sha256) as Buffer;
    return { row, data };
  })();
  const out = files.output(input.target, row.original_name);
  fs.writeFileSync(out.path, data);
  return { file: files.written(out.ref.fileId) };
}

/**
 * Deletes for good the attachments removed before the cut-off, then every content no attachment
 * row names (those rows also go with a purged project or enterprise). Returns what went.
 */
export function purgeRemovedAttachments(
  db: Database.Database,
  cutoff: Date,
): { files: number; blobs: number } {
  return db.transaction(() => {
    const files = db
      .prepare('DELETE FROM attachment_file WHERE deleted_at IS NOT NULL AND deleted_at < ?')
      .run(cutoff.toISOString()).changes;
    const blobs = db
      .prepare(
        `DELETE FROM attachment_blob WHERE NOT EXISTS
           (SELECT 1 FROM attachment_file f WHERE f.sha256 = attachment_blob.sha256)`,
      )
      .run().changes;
    return { files, blobs };
  })();
}
