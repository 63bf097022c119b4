import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { APPLICATION_ID, readSqliteHeader, schemaPageIsEmpty } from './sqlite-header';
import { MIGRATIONS, type Migration } from './migrations';
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

function refuseNewer(found: number, supported: number): never {
  throw new AppError('WORKSPACE_NEWER', { found, supported });
}

/** Checks what can be checked without letting SQLite touch the file. */
function precheck(file: string, latest: number): void {
  let header;
  try {
    header = readSqliteHeader(file);
  } catch (e) {
    if (e instanceof Error && e.message === 'not-sqlite')
      throw new CorruptWorkspaceError('not a SQLite database');
    throw e;
  }
  if (!header) return; // empty file: becomes a new workspace
  if (header.userVersion > latest) refuseNewer(header.userVersion, latest);
  if (header.applicationId !== 0 && header.applicationId !== APPLICATION_ID) {
    throw new AppError('WORKSPACE_FOREIGN', { path: file });
  }
  if (header.applicationId === 0) {
    // A SQLite file without our mark: only an empty one may become a workspace. Without a WAL the
    // file itself says whether its schema is empty; opening it, even read-only, would create
    // -wal/-shm files beside another application's WAL-mode database.
    if (!fs.existsSync(`${file}-wal`)) {
      if (!schemaPageIsEmpty(file)) throw new AppError('WORKSPACE_FOREIGN', { path: file });
      return;
    }
    const ro = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const n = ro.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number };
      if (n.n > 0) throw new AppError('WORKSPACE_FOREIGN', { path: file });
    } finally {
      ro.close();
    }
  }
}

/**
 * A -wal file may hold a newer version than the header says. Look through a read-only connection:
 * closing a read-write one would checkpoint that WAL into a file that must be refused untouched.
 */
function refuseNewerInWal(file: string, latest: number): void {
  const ro = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const version = ro.pragma('user_version', { simple: true }) as number;
    if (version > latest) refuseNewer(version, latest);
  } finally {
    ro.close();
  }
}

/**
 * A -wal or -shm file without its database belonged to a workspace deleted while open: it cannot be
 * applied to anything, and SQLite would refuse to create the new file beside it. Kept for inspection.
 */
function setAsideOrphans(file: string): void {
  for (const suffix of ['-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, `${file}${suffix}.orphan-${Date.now()}`);
  }
}

function writable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    fs.accessSync(path.dirname(file), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A workspace the user may not write (a read-only file or folder) still opens for reading; every
 * write then fails with SQLITE_READONLY, which the core reports as WORKSPACE_READONLY. One that would
 * need a migration cannot be used at all.
 */
function openReadOnly(file: string, migrations: Migration[]): Database.Database {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new CorruptWorkspaceError(String(check));
    const version = db.pragma('user_version', { simple: true }) as number;
    const latest = migrations.at(-1)?.version ?? 0;
    if (version > latest) refuseNewer(version, latest);
    if (version < latest) throw new AppError('WORKSPACE_READONLY', { path: file });
    db.pragma('foreign_keys = ON');
    return db;
  } catch (e) {
    db.close();
    if (e instanceof AppError || e instanceof CorruptWorkspaceError) throw e;
    throw new AppError('WORKSPACE_READONLY', { path: file });
  }
}

export interface OpenOptions {
  /** Called with the open database before pending migrations run, to back it up. */
  beforeMigrate?: (db: Database.Database, fromVersion: number) => Promise<void>;
  /** The numbered migrations, in order; defaults to MIGRATIONS (tests pass their own list). */
  migrations?: Migration[];
}

/**
 * Opens (or creates) a workspace: refuses newer and foreign files untouched, verifies integrity,
 * sets the durability pragmas, and brings the schema up to date in one transaction.
 * Throws CorruptWorkspaceError when the file is damaged; the caller decides how to recover.
 */
export async function openWorkspaceDb(file: string, options: OpenOptions = {}): Promise<Database.Database> {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.at(-1)?.version ?? 0;
  if (fs.existsSync(file)) precheck(file, latest);
  else setAsideOrphans(file);
  let db: Database.Database | null = null;
  try {
    if (fs.existsSync(file) && !writable(file)) return openReadOnly(file, migrations);
    if (fs.existsSync(`${file}-wal`)) refuseNewerInWal(file, latest);
    db = new Database(file);
    db.pragma('busy_timeout = 5000');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new CorruptWorkspaceError(String(check));
    // The WAL may hold a newer version than the main file's header said.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latest) refuseNewer(version, latest);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Up to 64 MiB of page cache (the default is 2 MiB): a 100,000-row register (~35 MB) stays in
    // memory, so its pages, sorts and searches stop re-reading the file (npm run bench: register
    // page p50 21 → 14 ms, p95 44 → 34 ms).
    db.pragma('cache_size = -65536');
    if (pendingMigrations(db, migrations).length > 0) {
      if (version > 0) await options.beforeMigrate?.(db, version);
      try {
        applyMigrations(db, migrations);
      } catch (e) {
        // The transaction rolled back: the file is as it was, and a backup of it exists.
        throw new AppError('WORKSPACE_UPGRADE_FAILED', {
          from: version,
          to: latest,
          reason: e instanceof Error ? e.message.slice(0, 200) : String(e),
        });
      }
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
