import fs from 'node:fs';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { APPLICATION_ID, readSqliteHeader } from './sqlite-header';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { applyMigrations, pendingMigrations } from './migrate';

/** Signals that the file failed its integrity check; the core moves it aside and offers a backup. */
export class CorruptWorkspaceError extends Error {
  constructor(readonly reason: string) {
    super(`workspace corrupt: ${reason}`);
  }
}

const CORRUPT_CODES = new Set([
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
  'SQLITE_CORRUPT_VTAB',
  'SQLITE_CORRUPT_SEQUENCE',
]);

function sqliteCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e
    ? String((e as { code: unknown }).code)
    : undefined;
}

function refuseNewer(found: number): never {
  throw new AppError('WORKSPACE_NEWER', { found, supported: LATEST_SCHEMA_VERSION });
}

/** Checks what can be checked without letting SQLite touch the file. */
function precheck(file: string): void {
  let header;
  try {
    header = readSqliteHeader(file);
  } catch (e) {
    if (e instanceof Error && e.message === 'not-sqlite')
      throw new CorruptWorkspaceError('not a SQLite database');
    throw e;
  }
  if (!header) return; // empty file: becomes a new workspace
  if (header.userVersion > LATEST_SCHEMA_VERSION) refuseNewer(header.userVersion);
  if (header.applicationId !== 0 && header.applicationId !== APPLICATION_ID) {
    throw new AppError('WORKSPACE_FOREIGN', { path: file });
  }
  if (header.applicationId === 0) {
    // A SQLite file without our mark: only an empty one may become a workspace.
    const ro = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const n = ro.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number };
      if (n.n > 0) throw new AppError('WORKSPACE_FOREIGN', { path: file });
    } finally {
      ro.close();
    }
  }
}

export interface OpenOptions {
  /** Called with the open database before pending migrations run, to back it up. */
  beforeMigrate?: (db: Database.Database, fromVersion: number) => Promise<void>;
}

/**
 * Opens (or creates) a workspace: refuses newer and foreign files untouched, verifies integrity,
 * sets the durability pragmas, and brings the schema up to date in one transaction.
 * Throws CorruptWorkspaceError when the file is damaged; the caller decides how to recover.
 */
export async function openWorkspaceDb(file: string, options: OpenOptions = {}): Promise<Database.Database> {
  if (fs.existsSync(file)) precheck(file);
  let db: Database.Database | null = null;
  try {
    db = new Database(file);
    db.pragma('busy_timeout = 5000');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new CorruptWorkspaceError(String(check));
    // The WAL may hold a newer version than the main file's header said.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_SCHEMA_VERSION) refuseNewer(version);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (pendingMigrations(db).length > 0) {
      if (version > 0) await options.beforeMigrate?.(db, version);
      applyMigrations(db);
    }
    return db;
  } catch (e) {
    db?.close();
    const code = sqliteCode(e);
    if (code && CORRUPT_CODES.has(code)) throw new CorruptWorkspaceError(code);
    if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN') {
      throw new AppError('WORKSPACE_READONLY', { path: file });
    }
    throw e;
  }
}

/** Moves a damaged workspace and its WAL/SHM files aside, keeping them for later inspection. */
export function moveAside(file: string, when: Date): string {
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  const target = `${file}.corrupt-${stamp}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, target + suffix);
  }
  return target;
}
