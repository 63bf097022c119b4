/**
 * Help ▸ Export Diagnostics: one zip a user can send to support — the log files, the versions of
 * the app, Electron and the OS, and what the workspace looks like in numbers (schema version, file
 * size, how many enterprises, register rows, projects). Deliberately no names, no paths, no rows:
 * a consultant's workspace holds other companies' data, which must not leave with a bug report.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface WorkspaceMetadata {
  exists: boolean;
  fileSizeBytes: number | null;
  /** SQLite's write-ahead log beside the file: large means writes not yet folded in. */
  walSizeBytes: number | null;
  schemaVersion: number | null;
  counts: Record<string, number | null>;
  /** Set when the file could not be read as a database. */
  error: string | null;
}

/** Table → the rows that count (live ones, where the table keeps deleted rows for undo). */
const COUNTS: Record<string, string> = {
  enterprises: 'SELECT count(*) FROM enterprise WHERE deleted_at IS NULL',
  enterprisesDeleted: 'SELECT count(*) FROM enterprise WHERE deleted_at IS NOT NULL',
  registerRows: 'SELECT count(*) FROM equipment',
  projects: 'SELECT count(*) FROM project WHERE deleted_at IS NULL',
  scenarios: 'SELECT count(*) FROM scenario',
  attachments: 'SELECT count(*) FROM attachment_file',
};

function sizeOf(file: string): number | null {
  try {
    return fs.statSync(file).size;
  } catch {
    return null;
  }
}

/** Reads the numbers on a read-only connection; a table an older schema lacks counts as null. */
export function workspaceMetadata(workspacePath: string): WorkspaceMetadata {
  const meta: WorkspaceMetadata = {
    exists: fs.existsSync(workspacePath),
    fileSizeBytes: sizeOf(workspacePath),
    walSizeBytes: sizeOf(`${workspacePath}-wal`),
    schemaVersion: null,
    counts: {},
    error: null,
  };
  if (!meta.exists) return meta;
  let db: Database.Database | null = null;
  try {
    db = new Database(workspacePath, { readonly: true, fileMustExist: true });
    meta.schemaVersion = db.pragma('user_version', { simple: true }) as number;
    for (const [name, sql] of Object.entries(COUNTS)) {
      try {
        meta.counts[name] = db.prepare(sql).pluck().get() as number;
      } catch {
        meta.counts[name] = null;
      }
    }
  } catch (e) {
    // The code, not the message: SQLite's messages can quote the file's path.
    meta.error = (e as { code?: string }).code ?? 'UNREADABLE';
  } finally {
    db?.close();
  }
  return meta;
}

export interface DiagnosticsInput {
  appName: string;
  appVersion: string;
  /** process.versions: electron, chrome, node. */
  versions: Record<string, string | undefined>;
  workspacePath: string;
  /** Whether the workspace is the default one (its path itself is not exported). */
  defaultWorkspace: boolean;
  logFiles: string[];
  now?: Date;
}

/** The zip's bytes: diagnostics.json and logs/<each log file>. */
export function diagnosticsZip(input: DiagnosticsInput): Uint8Array {
  const report = {
    generatedAt: (input.now ?? new Date()).toISOString(),
    app: { name: input.appName, version: input.appVersion },
    runtime: {
      electron: input.versions.electron ?? null,
      chrome: input.versions.chrome ?? null,
      node: input.versions.node ?? null,
    },
    os: {
      platform: process.platform,
      arch: process.arch,
      release: os.release(),
      locale: Intl.DateTimeFormat().resolvedOptions().locale,
    },
    workspace: { defaultLocation: input.defaultWorkspace, ...workspaceMetadata(input.workspacePath) },
  };
  const files: Zippable = { 'diagnostics.json': strToU8(`${JSON.stringify(report, null, 2)}\n`) };
  for (const file of input.logFiles) {
    try {
      files[`logs/${path.basename(file)}`] = fs.readFileSync(file);
    } catch {
      // Rotated away between listing and reading: the others still help.
    }
  }
  return zipSync(files, { level: 6 });
}

/** "retrofit-diagnostics-2026-12-07.zip" */
export function diagnosticsFileName(now = new Date()): string {
  return `retrofit-diagnostics-${now.toISOString().slice(0, 10)}.zip`;
}
