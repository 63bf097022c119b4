import fs from 'node:fs';
import Database from 'better-sqlite3';
import { APPLICATION_ID, readSqliteHeader } from './sqlite-header';
import { LATEST_SCHEMA_VERSION } from './migrations';

export type FileState = 'ok' | 'missing' | 'empty' | 'not-sqlite' | 'foreign' | 'newer' | 'corrupt';

export interface FileInspection {
  state: FileState;
  ok: boolean;
  schemaVersion: number | null;
  /** What SQLite's check reported, when it was not "ok". */
  problems: string[];
}

/**
 * Looks at a workspace or backup file without changing it: header first, then SQLite's
 * quick_check (or the slower full integrity_check) on a read-only connection.
 */
export function inspectWorkspaceFile(file: string, depth: 'quick' | 'full' = 'quick'): FileInspection {
  const result = (
    state: FileState,
    schemaVersion: number | null = null,
    problems: string[] = [],
  ): FileInspection => ({
    state,
    ok: state === 'ok',
    schemaVersion,
    problems,
  });
  if (!fs.existsSync(file)) return result('missing');
  let header;
  try {
    header = readSqliteHeader(file);
  } catch {
    return result('not-sqlite');
  }
  if (!header) return result('empty');
  if (header.applicationId !== APPLICATION_ID) return result('foreign', header.userVersion);
  if (header.userVersion > LATEST_SCHEMA_VERSION) return result('newer', header.userVersion);
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const rows = db.pragma(depth === 'full' ? 'integrity_check' : 'quick_check') as Record<
        string,
        string
      >[];
      const messages = rows.map((r) => String(Object.values(r)[0]));
      const okNow = messages.length === 1 && messages[0] === 'ok';
      return result(okNow ? 'ok' : 'corrupt', header.userVersion, okNow ? [] : messages);
    } finally {
      db.close();
    }
  } catch (e) {
    return result('corrupt', header.userVersion, [e instanceof Error ? e.message : String(e)]);
  }
}
