import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { applyMigrations } from '../../../electron/core/db/migrate';
import { APPLICATION_ID } from '../../../electron/core/db/sqlite-header';
import {
  DAY,
  expectAppError,
  fakeClock,
  readRaw,
  sampleEnterprise,
  snapshot,
  tempWorkspace,
} from './helpers';

/** A workspace file as a newer app version would write it: our mark, a higher user_version. */
function writeNewerWorkspace(file: string, journal: 'delete' | 'wal'): void {
  const db = new Database(file);
  db.pragma(`journal_mode = ${journal}`);
  applyMigrations(db);
  db.exec("CREATE TABLE future_feature (x); INSERT INTO future_feature VALUES ('keep me');");
  db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
  db.close();
}

/** Another application's database: no application_id of ours, tables of its own. */
function writeForeignDb(file: string, journal: 'delete' | 'wal', applicationId = 0): void {
  const db = new Database(file);
  db.pragma(`journal_mode = ${journal}`);
  db.pragma(`application_id = ${applicationId}`);
  db.exec(
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello');",
  );
  db.close();
}

describe('Core.open refuses files it must not change, leaving them untouched', () => {
  it.each(['delete', 'wal'] as const)(
    'a workspace from a newer version (%s journal) → WORKSPACE_NEWER',
    async (journal) => {
      const ws = tempWorkspace();
      writeNewerWorkspace(ws.file, journal);
      const before = snapshot(ws.dir);
      expect(Object.keys(before)).toEqual(['workspace.sqlite']);

      const error = await expectAppError(ws.open(), 'WORKSPACE_NEWER');
      expect(error.params).toEqual({ found: LATEST_SCHEMA_VERSION + 1, supported: LATEST_SCHEMA_VERSION });
      expect(snapshot(ws.dir)).toEqual(before);
    },
  );

  it.each([
    ['delete', 0],
    ['wal', 0],
    ['delete', 0x12345678],
    ['wal', 0x12345678],
  ] as const)(
    'another application’s SQLite file (%s journal, application_id %i) → WORKSPACE_FOREIGN',
    async (journal, appId) => {
      const ws = tempWorkspace();
      writeForeignDb(ws.file, journal, appId);
      const before = snapshot(ws.dir);

      const error = await expectAppError(ws.open(), 'WORKSPACE_FOREIGN');
      expect(error.params).toEqual({ path: ws.file });
      expect(snapshot(ws.dir)).toEqual(before);
    },
  );

  it('a newer workspace left with a hot WAL (its app crashed) is refused without replaying the WAL', async () => {
    const ws = tempWorkspace();
    const source = `${ws.dir}/source.sqlite`;
    const newer = new Database(source);
    try {
      newer.pragma('journal_mode = wal');
      applyMigrations(newer);
      newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
      newer.pragma('wal_checkpoint(TRUNCATE)');
      newer.pragma('wal_autocheckpoint = 0');
      newer.exec(
        "INSERT INTO enterprise (name, created_at, updated_at) VALUES ('only in the WAL', 'x', 'x')",
      );
      // What a crash leaves on disk: the main file and a WAL with committed frames.
      fs.copyFileSync(source, ws.file);
      fs.copyFileSync(`${source}-wal`, `${ws.file}-wal`);
    } finally {
      newer.close();
    }
    fs.rmSync(source);
    const before = snapshot(ws.dir);
    expect(Object.keys(before).sort()).toEqual(['workspace.sqlite', 'workspace.sqlite-wal']);

    await expectAppError(ws.open(), 'WORKSPACE_NEWER');
    expect(snapshot(ws.dir)).toEqual(before);
  });

  it('a newer version recorded only in a hot WAL is refused without checkpointing that WAL', async () => {
    const ws = tempWorkspace();
    const source = `${ws.dir}/source.sqlite`;
    const newer = new Database(source);
    try {
      newer.pragma('journal_mode = wal');
      applyMigrations(newer);
      newer.pragma('wal_checkpoint(TRUNCATE)');
      newer.pragma('wal_autocheckpoint = 0');
      newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
      fs.copyFileSync(source, ws.file);
      fs.copyFileSync(`${source}-wal`, `${ws.file}-wal`);
    } finally {
      newer.close();
    }
    fs.rmSync(source);
    const before = snapshot(ws.dir);

    await expectAppError(ws.open(), 'WORKSPACE_NEWER');
    // Only SQLite's shared-memory index (-shm, rebuilt from the WAL) may appear.
    const after = snapshot(ws.dir);
    delete after['workspace.sqlite-shm'];
    expect(after).toEqual(before);
  });

  it('a newer version recorded only in the WAL is refused too', async () => {
    const ws = tempWorkspace();
    (await ws.open()).close();
    // Another process has the workspace open and wrote a newer version that is not checkpointed yet.
    const other = new Database(ws.file);
    try {
      other.pragma('wal_autocheckpoint = 0');
      other.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
      expect(fs.readFileSync(ws.file).readInt32BE(60)).toBe(LATEST_SCHEMA_VERSION);
      await expectAppError(ws.open(), 'WORKSPACE_NEWER');
    } finally {
      other.close();
    }
  });
});

describe('Core.open on new and empty files', () => {
  it('turns a missing file, an empty file or an empty SQLite database into a workspace', async () => {
    const missing = tempWorkspace();
    expect((await missing.open()).status().state).toBe('ready');

    const empty = tempWorkspace();
    fs.writeFileSync(empty.file, '');
    expect((await empty.open()).status().state).toBe('ready');

    const blank = tempWorkspace();
    const db = new Database(blank.file);
    db.pragma('journal_mode = wal'); // writes page 1, defines nothing
    db.close();
    expect(fs.statSync(blank.file).size).toBeGreaterThan(0);
    const core = await blank.open();
    expect(core.status().state).toBe('ready');
    core.close();
    expect(readRaw(blank.file, (d) => d.pragma('application_id', { simple: true }))).toBe(APPLICATION_ID);
  });

  it('creates the folder of a workspace path that does not exist yet', async () => {
    const ws = tempWorkspace();
    const nested = path.join(ws.dir, 'a', 'b', 'w.sqlite');
    const core = await ws.open({ workspacePath: nested });
    expect(core.status().workspacePath).toBe(nested);
    expect(fs.existsSync(nested)).toBe(true);
  });

  it('removes the leftovers of an interrupted backup, and nothing else, when it opens', async () => {
    const ws = tempWorkspace();
    const core = await ws.open();
    const kept = await core.call('backup.create', {});
    core.close();
    const partial = path.join(ws.backupsDir, 'backup-20250101-000000-000-auto.sqlite.partial');
    const unrelated = path.join(ws.backupsDir, 'notes.txt');
    fs.writeFileSync(partial, 'half a backup');
    fs.writeFileSync(unrelated, 'mine');
    await ws.open();
    expect(fs.readdirSync(ws.backupsDir).sort()).toEqual([kept.name, 'notes.txt'].sort());
  });
});

describe('automatic backup on open', () => {
  it('takes one when the newest automatic backup is older than the interval, not otherwise', async () => {
    const ws = tempWorkspace();
    const clock = fakeClock();
    const options = { autoBackupEveryMs: 3_600_000, now: clock.now };
    const autos = () => fs.readdirSync(ws.backupsDir).filter((n) => n.endsWith('-auto.sqlite'));

    const first = await ws.open(options);
    await first.call('enterprise.create', sampleEnterprise('A'));
    first.close();
    expect(autos()).toHaveLength(1);

    clock.advance(3_599_000);
    (await ws.open(options)).close();
    expect(autos()).toHaveLength(1);

    clock.advance(2000);
    (await ws.open(options)).close();
    expect(autos()).toHaveLength(2);

    clock.advance(DAY);
    (await ws.open({ ...options, autoBackupEveryMs: 0 })).close();
    expect(autos()).toHaveLength(2);
  });
});
