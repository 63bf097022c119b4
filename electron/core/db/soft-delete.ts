/**
 * Soft deletion as the planning records share it (projects, assessments, scenarios): a deleted row
 * keeps its data with deleted_at set, so that the deletion can be undone exactly until the row is
 * purged; a record of a deleted enterprise is hidden with it.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';

/** The tables deleted this way; the name goes into the SQL, so only these. */
export type SoftDeletedTable = 'project' | 'assessment' | 'scenario';

export function assertLiveEnterprise(db: Database.Database, enterpriseId: number): void {
  const found = db.prepare('SELECT 1 FROM enterprise WHERE id = ? AND deleted_at IS NULL').get(enterpriseId);
  if (!found) throw new AppError('NOT_FOUND', { what: 'enterprise', id: enterpriseId });
}

/** The row the query finds for the id (its only parameter), or NOT_FOUND naming what was sought. */
export function rowOrNotFound<T>(db: Database.Database, query: string, what: string, id: number): T {
  const row = db.prepare(query).get(id) as T | undefined;
  if (row === undefined) throw new AppError('NOT_FOUND', { what, id });
  return row;
}

export function markDeleted(db: Database.Database, table: SoftDeletedTable, id: number, at: Date): void {
  db.prepare(`UPDATE ${table} SET deleted_at = ? WHERE id = ?`).run(at.toISOString(), id);
}

export function markRestored(db: Database.Database, table: SoftDeletedTable, id: number): void {
  db.prepare(`UPDATE ${table} SET deleted_at = NULL WHERE id = ?`).run(id);
}

/** Removes for good what was deleted before the cut-off; returns how many rows went. */
export function purgeDeleted(db: Database.Database, table: SoftDeletedTable, cutoff: Date): number {
  return db
    .prepare(`DELETE FROM ${table} WHERE deleted_at IS NOT NULL AND deleted_at < ?`)
    .run(cutoff.toISOString()).changes;
}
