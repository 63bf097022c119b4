import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { applyMigrations, pendingMigrations } from '../../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from '../../../electron/core/db/migrations';
import { APPLICATION_ID, readSqliteHeader } from '../../../electron/core/db/sqlite-header';
import { openWorkspaceDb } from '../../../electron/core/db/workspace-db';
import {
  expectAppError,
  readRaw,
  sampleEnterprise,
  schemaSql,
  snapshot,
  tempDir,
  tempWorkspace,
  userVersion,
} from './helpers';

const NEXT = LATEST_SCHEMA_VERSION + 1;
const addNote: Migration = {
  version: NEXT,
  name: 'test: enterprise note',
  sql: 'ALTER TABLE enterprise ADD COLUMN note TEXT;',
};
const bad: Migration = {
  version: NEXT,
  name: 'bad',
  sql: 'CREATE TABLE x (id INTEGER PRIMARY KEY); INVALID SQL',
};

describe('migration list', () => {
  it('numbers versions 1, 2, 3… without gaps, with unique names and some SQL', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
    for (const m of MIGRATIONS) expect(m.sql.trim()).not.toBe('');
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });
});

describe('applyMigrations', () => {
  it('brings an empty database to the latest version, marks it as ours, and then has nothing to do', () => {
    const file = path.join(tempDir(), 'w.sqlite');
    const db = new Database(file);
    try {
      expect(pendingMigrations(db).length).toBe(MIGRATIONS.length);
      expect(applyMigrations(db)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(applyMigrations(db)).toEqual([]);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('runs all pending migrations in one transaction: a failing later one leaves the file as it was', () => {
    const file = path.join(tempDir(), 'w.sqlite');
    const db = new Database(file);
    try {
      applyMigrations(db, MIGRATIONS.slice(0, 1));
      db.prepare("INSERT INTO enterprise (name, created_at, updated_at) VALUES ('A', 'x', 'x')").run();
      const before = { version: db.pragma('user_version', { simple: true }), schema: schemaSql(file) };
      expect(before.version).toBe(1);

      expect(() => applyMigrations(db, [...MIGRATIONS, bad])).toThrow(/syntax error/);

      expect(db.pragma('user_version', { simple: true })).toBe(before.version);
      expect(schemaSql(file)).toEqual(before.schema);
      expect(db.inTransaction).toBe(false);
      expect(db.prepare('SELECT name FROM enterprise').pluck().all()).toEqual(['A']);
    } finally {
      db.close();
    }
  });
});

describe('openWorkspaceDb', () => {
  it('creates a fresh workspace with WAL, synchronous=FULL and foreign keys on', async () => {
    const file = path.join(tempDir(), 'fresh.sqlite');
    const db = await openWorkspaceDb(file);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(() =>
        db.prepare('INSERT INTO enterprise_year (enterprise_id, year) VALUES (999, 2023)').run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      db.close();
    }
    expect(readSqliteHeader(file)).toMatchObject({
      applicationId: APPLICATION_ID,
      userVersion: LATEST_SCHEMA_VERSION,
    });
  });
});

describe('Core.open and migrations', () => {
  it('a fresh workspace reaches the latest version, marked as ours and in WAL mode, with no backup taken', async () => {
    const ws = tempWorkspace();
    const core = await ws.open();
    expect(core.status()).toMatchObject({
      state: 'ready',
      schemaVersion: LATEST_SCHEMA_VERSION,
      recovery: null,
    });
    core.close();
    expect(readSqliteHeader(ws.file)).toMatchObject({
      applicationId: APPLICATION_ID,
      userVersion: LATEST_SCHEMA_VERSION,
    });
    // bytes 18/19 of the header are 2 for a WAL-mode database
    const header = fs.readFileSync(ws.file).subarray(18, 20);
    expect([...header]).toEqual([2, 2]);
    expect(fs.existsSync(ws.backupsDir) ? fs.readdirSync(ws.backupsDir) : []).toEqual([]);
  });

  it('backs up an older workspace (kind pre-migration) before migrating it, data intact on both sides', async () => {
    const ws = tempWorkspace();
    const old = await ws.open();
    await old.call('enterprise.create', sampleEnterprise('迁移前的企业'));
    const oldSchema = schemaSql(ws.file);
    old.close();
    const fromVersion = userVersion(ws.file);

    const core = await ws.open({ migrations: [...MIGRATIONS, addNote] });
    const backups = await core.call('backup.list', {});
    expect(backups.map((b) => [b.kind, b.schemaVersion])).toEqual([['pre-migration', fromVersion]]);
    const backupFile = path.join(ws.backupsDir, backups[0]!.name);
    // The backup is the workspace as it was: old version, old schema, the data.
    expect(userVersion(backupFile)).toBe(fromVersion);
    expect(schemaSql(backupFile)).toEqual(oldSchema);
    expect(readRaw(backupFile, (db) => db.prepare('SELECT name FROM enterprise').pluck().all())).toEqual([
      '迁移前的企业',
    ]);
    // The workspace itself moved on, keeping its data.
    expect(userVersion(ws.file)).toBe(NEXT);
    expect(readRaw(ws.file, (db) => db.prepare('SELECT name, note FROM enterprise').all())).toEqual([
      { name: '迁移前的企业', note: null },
    ]);
    expect((await core.call('enterprise.list', {})).map((e) => e.name)).toEqual(['迁移前的企业']);
    core.close();

    // Opened again by this (older) version of the app, the migrated file is refused untouched.
    const before = snapshot(ws.dir);
    await expectAppError(ws.open(), 'WORKSPACE_NEWER');
    expect(snapshot(ws.dir)).toEqual(before);
  });

  it('restoring a pre-migration backup gives its data, migrated again to the current version', async () => {
    const ws = tempWorkspace();
    const old = await ws.open();
    await old.call('enterprise.create', sampleEnterprise('A'));
    old.close();
    const core = await ws.open({ migrations: [...MIGRATIONS, addNote] });
    const [pre] = await core.call('backup.list', {});
    await core.call('enterprise.create', sampleEnterprise('B'));

    await core.call('backup.restore', { name: pre!.name });

    expect((await core.call('enterprise.list', {})).map((e) => e.name)).toEqual(['A']);
    expect(userVersion(ws.file)).toBe(NEXT);
    expect(readRaw(ws.file, (db) => db.prepare('SELECT note FROM enterprise').pluck().all())).toEqual([null]);
  });

  it('migrates each real migration on a workspace with data from the version before it', async () => {
    for (let target = 2; target <= MIGRATIONS.length; target++) {
      const ws = tempWorkspace();
      const old = await ws.open({ migrations: MIGRATIONS.slice(0, target - 1) });
      await old.call('enterprise.create', sampleEnterprise(`v${target - 1}`));
      old.close();
      const core = await ws.open();
      expect((await core.call('backup.list', {})).map((b) => [b.kind, b.schemaVersion])).toEqual([
        ['pre-migration', target - 1],
      ]);
      expect(userVersion(ws.file)).toBe(LATEST_SCHEMA_VERSION);
      expect((await core.call('enterprise.list', {})).map((e) => e.name)).toEqual([`v${target - 1}`]);
      expect(readRaw(ws.file, (db) => db.pragma('foreign_key_check'))).toEqual([]);
      core.close();
    }
  });

  it('a failing migration leaves the workspace at its version and schema, with the backup taken', async () => {
    const ws = tempWorkspace();
    const old = await ws.open();
    await old.call('enterprise.create', sampleEnterprise('A'));
    old.close();
    const before = { version: userVersion(ws.file), schema: schemaSql(ws.file) };

    const error = await expectAppError(
      ws.open({ migrations: [...MIGRATIONS, bad] }),
      'WORKSPACE_UPGRADE_FAILED',
    );
    expect(error.params).toMatchObject({ from: LATEST_SCHEMA_VERSION, to: NEXT });
    expect(String(error.params.reason)).toMatch(/syntax error/);

    expect(userVersion(ws.file)).toBe(before.version);
    expect(schemaSql(ws.file)).toEqual(before.schema);
    expect(fs.readdirSync(ws.backupsDir).filter((n) => n.endsWith('-pre-migration.sqlite'))).toHaveLength(1);
    const core = await ws.open();
    expect((await core.call('enterprise.list', {})).map((e) => e.name)).toEqual(['A']);
  });
});
