import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BackupInfo, BackupKind } from '../../../shared/workspace/workspace-types';
import { readSqliteHeader } from '../db/sqlite-header';
import { inspectWorkspaceFile } from '../db/inspect-file';

const NAME_RE = /^backup-(\d{8})-(\d{6})-(\d{3})-(auto|manual|pre-migration|pre-restore|pre-import)\.sqlite$/;

/** How many of each kind rotation keeps. Manual backups are the user's and are never rotated away. */
export const RETENTION = { recentAuto: 10, dailyDays: 7, weeklyWeeks: 4, perSafetyKind: 5 };

function stamp(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return (
    `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-` +
    `${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}-${p(d.getUTCMilliseconds(), 3)}`
  );
}

export function parseBackupName(name: string): { kind: BackupKind; createdAt: Date } | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  const [, ymd, hms, ms, kind] = m as unknown as [string, string, string, string, BackupKind];
  const iso = `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}T${hms.slice(0, 2)}:${hms.slice(2, 4)}:${hms.slice(4, 6)}.${ms}Z`;
  const createdAt = new Date(iso);
  return Number.isNaN(createdAt.getTime()) ? null : { kind, createdAt };
}

export interface BackupCheck {
  ok: boolean;
  reason: string | null;
  schemaVersion: number | null;
}

/** A backup is usable when it is a workspace of a version this app can read and passes quick_check. */
export function checkBackupFile(file: string): BackupCheck {
  const inspection = inspectWorkspaceFile(file);
  return {
    ok: inspection.ok,
    reason: inspection.ok ? null : [inspection.state, ...inspection.problems].join(': '),
    schemaVersion: inspection.schemaVersion,
  };
}

export class BackupStore {
  constructor(
    readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The path of a listed backup; null for any name that is not one of ours (no path tricks). */
  resolve(name: string): string | null {
    if (!NAME_RE.test(name) || path.basename(name) !== name) return null;
    const file = path.join(this.dir, name);
    return fs.existsSync(file) ? file : null;
  }

  list(): BackupInfo[] {
    if (!fs.existsSync(this.dir)) return [];
    const out: BackupInfo[] = [];
    for (const name of fs.readdirSync(this.dir)) {
      const parsed = parseBackupName(name);
      if (!parsed) continue;
      const file = path.join(this.dir, name);
      let schemaVersion: number | null;
      try {
        schemaVersion = readSqliteHeader(file)?.userVersion ?? null;
      } catch {
        schemaVersion = null;
      }
      out.push({
        name,
        kind: parsed.kind,
        createdAt: parsed.createdAt.toISOString(),
        sizeBytes: fs.statSync(file).size,
        schemaVersion,
      });
    }
    return out.sort((a, b) =>
      a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.name.localeCompare(a.name),
    );
  }

  newestGood(): BackupInfo | null {
    for (const b of this.list()) {
      if (checkBackupFile(path.join(this.dir, b.name)).ok) return b;
    }
    return null;
  }

  /**
   * Copies the live database with SQLite's online backup API into a temporary file, switches the
   * copy to a self-contained rollback journal, then renames it into place — so a backup that was
   * interrupted never appears in the list.
   */
  async create(
    db: Database.Database,
    kind: BackupKind,
    onProgress?: (done: number, total: number) => void,
  ): Promise<BackupInfo> {
    fs.mkdirSync(this.dir, { recursive: true });
    let when = this.now();
    let name = `backup-${stamp(when)}-${kind}.sqlite`;
    while (fs.existsSync(path.join(this.dir, name))) {
      when = new Date(when.getTime() + 1);
      name = `backup-${stamp(when)}-${kind}.sqlite`;
    }
    const final = path.join(this.dir, name);
    const partial = `${final}.partial`;
    fs.rmSync(partial, { force: true });
    try {
      const { totalPages } = await db.backup(partial, {
        progress: ({ totalPages, remainingPages }) => {
          onProgress?.(totalPages - remainingPages, totalPages);
          return 256;
        },
      });
      // better-sqlite3 does not call `progress` for the final step.
      onProgress?.(totalPages, totalPages);
      const copy = new Database(partial);
      try {
        copy.pragma('journal_mode = DELETE');
      } finally {
        copy.close();
      }
      fs.renameSync(partial, final);
    } catch (e) {
      // A full disk, typically: the half-written copy would only take more of the space that is missing.
      for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(partial + suffix, { force: true });
      throw e;
    }
    this.rotate();
    const info = this.list().find((b) => b.name === name);
    if (!info) throw new Error(`backup ${name} vanished after writing`);
    return info;
  }

  /** Drops old automatic and safety backups per RETENTION; returns the names removed. */
  rotate(): string[] {
    const all = this.list();
    const keep = new Set<string>();
    const now = this.now().getTime();
    const day = 86_400_000;
    const autos = all.filter((b) => b.kind === 'auto');
    autos.slice(0, RETENTION.recentAuto).forEach((b) => keep.add(b.name));
    const seenDays = new Set<string>();
    const seenWeeks = new Set<number>();
    for (const b of autos) {
      const t = Date.parse(b.createdAt);
      const dayKey = b.createdAt.slice(0, 10);
      if (now - t <= RETENTION.dailyDays * day && !seenDays.has(dayKey)) {
        seenDays.add(dayKey);
        keep.add(b.name);
      }
      const weekKey = Math.floor(t / (7 * day));
      if (now - t <= RETENTION.weeklyWeeks * 7 * day && !seenWeeks.has(weekKey)) {
        seenWeeks.add(weekKey);
        keep.add(b.name);
      }
    }
    for (const kind of ['pre-migration', 'pre-restore', 'pre-import'] as const) {
      all
        .filter((b) => b.kind === kind)
        .slice(0, RETENTION.perSafetyKind)
        .forEach((b) => keep.add(b.name));
    }
    all.filter((b) => b.kind === 'manual').forEach((b) => keep.add(b.name));
    const removed: string[] = [];
    for (const b of all) {
      if (!keep.has(b.name)) {
        fs.rmSync(path.join(this.dir, b.name), { force: true });
        removed.push(b.name);
      }
    }
    return removed;
  }

  /** Leftovers of backups interrupted by a crash. */
  removePartials(): void {
    if (!fs.existsSync(this.dir)) return;
    for (const name of fs.readdirSync(this.dir)) {
      if (name.endsWith('.sqlite.partial')) fs.rmSync(path.join(this.dir, name), { force: true });
    }
  }
}
