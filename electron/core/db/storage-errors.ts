import { AppError } from '../../../shared/api/errors';

const FULL = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);
const READONLY = new Set(['SQLITE_READONLY', 'SQLITE_READONLY_DBMOVED', 'EROFS']);

/**
 * What a failed write to the disk means to the user: SQLite and Node report a full disk or a
 * read-only file by code, which would otherwise reach the user as an internal error.
 */
export function storageError(e: unknown, workspacePath: string): AppError | null {
  const code =
    typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  if (FULL.has(code)) return new AppError('DISK_FULL', { path: workspacePath });
  if (READONLY.has(code)) return new AppError('WORKSPACE_READONLY', { path: workspacePath });
  return null;
}
