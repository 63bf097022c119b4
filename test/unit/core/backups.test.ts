import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  BackupStore,
  checkBackupFile,
  parseBackupName,
  RETENTION,
} from '../../../electron/core/backups/backup-store';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/db/migrations';
import { openWorkspaceDb } from '../../../electron/core/db/workspace-db';
import type { CoreEvent } from '../../../shared/api/events';
import type { BackupKind } from '../../../shared/workspace/workspace-types';
import {
  DAY,
  enterpriseNames,
  everyEnterprise,
  expectAppError,
  expectWireError,
  fakeClock,
  readRaw,
  sampleEnterprise,
  tempDir,
  tempWorkspace,
} from './helpers';

describe('backup.create', () => {
  it('writes a self-contained copy (rollback journal, no -wal) that passes integrity_check and holds the latest data', async () => {
    const ws = tempWorkspace();
    const core = await ws.open();
    const events: CoreEvent[] = [];
    core.onEvent((e) => events.push(e));
    await core.call('enterprise.create', sampleEnterprise('刚写入的企业'));

    const info = await core.call('backup.create', {});

    expect(info).toMatchObject({ kind: 'manual', schemaVersion: LATEST_SCHEMA_VERSION });
    expect(parseBackupName(info.name)?.kind).toBe('manual');
    expect(fs.readdirSync(ws.backupsDir)).toEqual([info.name]);
    const file = path.join(ws.backupsDir, info.name);
    expect(info.sizeBytes).toBe(fs.statSync(file).size);
    expect([...fs.readFileSync(file).subarray(18, 20)]).toEqual([1, 1]); // not WAL
    // Copied elsewhere on its own, the file is complete.
    const alone = path.join(tempDir(), 'alone.sqlite');
    fs.copyFileSync(file, alone);
    readRaw(alone, (db) => {
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT name FROM enterprise').pluck().all()).toEqual(['刚写入的企业']);
    });
    expect(checkBackupFile(file)).toEqual({ ok: true, reason: null, schemaVersion: LATEST_SCHEMA_VERSION });

    const progress = events.filter((e) => e.type === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    const last = progress.at(-1)!;
    expect(last.done).toBe(last.total);
    expect(events).toContainEqual({ type: 'workspace-changed', scope: 'backups' });
  });

  it('names backups by the core’s clock and never overwrites one taken in the same millisecond', async () => {
    const ws = tempWorkspace();
    const clock = fakeClock('2025-06-01T10:20:30.456Z');
    const core = await ws.open({ now: clock.now });
    const a = await core.call('backup.create', {});
    const b = await core.call('backup.create', {});
    expect(a.createdAt).toBe('2025-06-01T10:20:30.456Z');
    expect(b.createdAt).toBe('2025-06-01T10:20:30.457Z');
    expect((await core.call('backup.list', {})).map((x) => x.name)).toEqual([b.name, a.name]);
  });
});

describe('backup.restore', () => {
  it('brings back the data as at the backup, and its undo backup brings back the changes', async () => {
    const ws = tempWorkspace();
    const core = await ws.open();
    const a = await core.call('enterprise.create', sampleEnterprise('A'));
    const b = await core.call('enterprise.create', sampleEnterprise('B'));
    const atBackup = await everyEnterprise(core);
    const backup = await core.call('backup.create', {});

    await core.call('enterprise.update', { id: a.id, changes: { name: 'A 改名', years: [] } });
    await core.call('enterprise.delete', { id: b.id });
    await core.call('enterprise.create', sampleEnterprise('C'));
    const changed = await everyEnterprise(core);
    expect(changed).not.toEqual(atBackup);

    const events: CoreEvent[] = [];
    core.onEvent((e) => events.push(e));
    const result = await core.call('backup.restore', { name: backup.name });
    expect(result.restored).toBe(backup.name);
    expect(await everyEnterprise(core)).toEqual(atBackup);
    expect(events).toContainEqual({ type: 'workspace-changed', scope: 'workspace' });
    const undo = (await core.call('backup.list', {})).find((x) => x.name === result.undoBackup);
    expect(undo?.kind).toBe('pre-restore');

    // Undo the restore.
    await core.call('backup.restore', { name: result.undoBackup });
    expect(await everyEnterprise(core)).toEqual(changed);

    // The restored workspace is a normal one: writable, and it survives reopening.
    await core.call('enterprise.create', sampleEnterprise('D'));
    core.close();
    const reopened = await ws.open();
    expect(await enterpriseNames(reopened)).toEqual(['A 改名', 'C', 'D']);
  });

  it('runs calls one at a time, so a write sent during a restore lands after it', async () => {
    const ws = tempWorkspace();
    const core = await ws.open();
    await core.call('enterprise.create', sampleEnterprise('A'));
    const backup = await core.call('backup.create', {});
    await core.call('enterprise.create', sampleEnterprise('B'));

    const restoring = core.call('backup.restore', { name: backup.name });
    const writing = core.call('enterprise.create', sampleEnterprise('C'));
    const listing = core.call('enterprise.list', {});
    await Promise.all([restoring, writing]);
    expect((await listing).map((e) => e.name)).toEqual(['A', 'C']);
  });

  describe('refusals leave the workspace and the backups as they were', () => {
    async function setup() {
      const ws = tempWorkspace();
      const core = await ws.open();
      await core.call('enterprise.create', sampleEnterprise('A'));
      const good = await core.call('backup.create', {});
      await core.call('enterprise.create', sampleEnterprise('B'));
      const state = async () => ({
        data: await everyEnterprise(core),
        backups: await core.call('backup.list', {}),
      });
      return { ws, core, good, state, before: await state() };
    }

    it('an unknown backup name → BACKUP_NOT_FOUND', async () => {
      const { core, state, before } = await setup();
      for (const name of ['backup-20200101-000000-000-manual.sqlite', 'workspace.sqlite', 'hello.sqlite']) {
        const e = await expectAppError(core.call('backup.restore', { name }), 'BACKUP_NOT_FOUND');
        expect(e.params).toEqual({ name });
      }
      expect(await state()).toEqual(before);
    });

    it('a path instead of a name → VALIDATION', async () => {
      const { ws, core, good, state, before } = await setup();
      for (const name of [
        `../${path.basename(ws.file)}`,
        `../workspace-backups/${good.name}`,
        `${ws.backupsDir}/${good.name}`,
        `..\\${good.name}`,
        `x..${good.name}`,
      ]) {
        const wire = await expectWireError(core, 'backup.restore', { name }, 'VALIDATION');
        expect(wire.issues.length).toBeGreaterThan(0);
        for (const issue of wire.issues) {
          expect(issue.path).toEqual(['name']);
          expect(['validation.backupName', 'validation.invalid_format']).toContain(issue.key);
        }
      }
      expect(await state()).toEqual(before);
    });

    it.each([
      ['random bytes', (f: string) => fs.writeFileSync(f, crypto.randomBytes(4096))],
      ['an empty file', (f: string) => fs.writeFileSync(f, '')],
      [
        'another application’s database',
        (f: string) => {
          const db = new Database(f);
          db.exec('CREATE TABLE t (x)');
          db.close();
        },
      ],
      [
        'a workspace from a newer version',
        (f: string, good: string) => {
          fs.copyFileSync(good, f);
          const db = new Database(f);
          db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
          db.close();
        },
      ],
      [
        'a truncated backup',
        (f: string, good: string) => {
          const bytes = fs.readFileSync(good);
          fs.writeFileSync(f, bytes.subarray(0, bytes.length - 4096));
        },
      ],
    ])('%s under a backup name → BACKUP_INVALID', async (_label, write) => {
      const { ws, core, good, state } = await setup();
      const name = 'backup-20200101-000000-000-manual.sqlite';
      const file = path.join(ws.backupsDir, name);
      write(file, path.join(ws.backupsDir, good.name));
      expect(checkBackupFile(file).ok).toBe(false);
      const before = await state();

      const e = await expectAppError(core.call('backup.restore', { name }), 'BACKUP_INVALID');
      expect(e.params.name).toBe(name);
      expect(String(e.params.reason)).not.toBe('');
      expect(await state()).toEqual(before);
    });
  });
});

describe('rotation', () => {
  /**
   * Reference for RETENTION as documented: keep the N newest automatic backups, the newest of each
   * (UTC) day in the last `dailyDays` days and the newest of each week (counted from the epoch) in
   * the last `weeklyWeeks` weeks.
   */
  function expectedAutos(createdAt: number[], now: number): Set<number> {
    const newestFirst = [...createdAt].sort((a, b) => b - a);
    const keep = new Set(newestFirst.slice(0, RETENTION.recentAuto));
    const newestOf = (span: number, key: (t: number) => string | number) => {
      const seen = new Set<string | number>();
      for (const t of newestFirst) {
        if (now - t > span || seen.has(key(t))) continue;
        seen.add(key(t));
        keep.add(t);
      }
    };
    newestOf(RETENTION.dailyDays * DAY, (t) => new Date(t).toISOString().slice(0, 10));
    newestOf(RETENTION.weeklyWeeks * 7 * DAY, (t) => Math.floor(t / (7 * DAY)));
    return keep;
  }

  async function storeWithDb() {
    const dir = tempDir();
    const clock = fakeClock('2025-01-01T00:00:00.000Z');
    const db = await openWorkspaceDb(path.join(dir, 'w.sqlite'));
    const store = new BackupStore(path.join(dir, 'backups'), clock.now);
    return { db, store, clock };
  }

  it('keeps every manual backup, the newest autos, one per day and one per week, and drops the rest', async () => {
    const { db, store, clock } = await storeWithDb();
    try {
      const start = clock.now().getTime();
      const manual = await store.create(db, 'manual');
      const autoTimes: number[] = [];
      for (let i = 0; i < 45 * 4; i++) {
        // every 6 hours for 45 days, with a manual backup every ten days
        clock.advance(6 * 3_600_000);
        autoTimes.push(clock.now().getTime());
        await store.create(db, 'auto');
        if (i % 40 === 0) await store.create(db, 'manual');
      }
      const now = clock.now().getTime();
      const list = store.list();
      const autos = list.filter((b) => b.kind === 'auto').map((b) => Date.parse(b.createdAt));
      expect(new Set(autos)).toEqual(expectedAutos(autoTimes, now));

      // Hand-checkable consequences of the rule.
      expect(list.filter((b) => b.kind === 'manual')).toHaveLength(6);
      expect(list.map((b) => b.name)).toContain(manual.name);
      expect(Math.min(...autos)).toBeGreaterThanOrEqual(now - RETENTION.weeklyWeeks * 7 * DAY);
      expect(autos.filter((t) => t > now - RETENTION.dailyDays * DAY).length).toBeGreaterThanOrEqual(
        RETENTION.recentAuto,
      );
      expect(autos.length).toBeLessThan(autoTimes.length / 4);
      expect(Date.parse(list.at(-1)!.createdAt)).toBe(start);
      expect(fs.readdirSync(store.dir)).toHaveLength(list.length);
    } finally {
      db.close();
    }
  });

  it('keeps only the newest few of each safety kind, and a long pause keeps just the recent autos', async () => {
    expect(RETENTION.perSafetyKind).toBe(5); // as the issue asks: at most 5 per safety kind
    const { db, store, clock } = await storeWithDb();
    try {
      const made: Record<BackupKind, string[]> = {
        auto: [],
        manual: [],
        'pre-migration': [],
        'pre-restore': [],
        'pre-import': [],
      };
      for (let i = 0; i < RETENTION.perSafetyKind + 3; i++) {
        for (const kind of ['pre-migration', 'pre-restore', 'pre-import', 'auto', 'manual'] as const) {
          clock.advance(60_000);
          made[kind].push((await store.create(db, kind)).name);
        }
      }
      const names = (kind: BackupKind) =>
        store
          .list()
          .filter((b) => b.kind === kind)
          .map((b) => b.name);
      for (const kind of ['pre-migration', 'pre-restore', 'pre-import'] as const) {
        expect(names(kind)).toEqual(made[kind].slice(-RETENTION.perSafetyKind).reverse());
      }
      expect(names('manual')).toEqual([...made.manual].reverse());
      expect(names('auto')).toEqual([...made.auto].reverse());

      // Two months later, only the newest autos remain of the automatic ones.
      clock.advance(60 * DAY);
      store.rotate();
      expect(names('auto')).toEqual(made.auto.slice(-RETENTION.recentAuto).reverse());
      expect(names('manual')).toHaveLength(made.manual.length);
    } finally {
      db.close();
    }
  });

  it('ignores files that are not backups', async () => {
    const { db, store } = await storeWithDb();
    try {
      await store.create(db, 'auto');
      fs.writeFileSync(path.join(store.dir, 'readme.txt'), 'x');
      fs.writeFileSync(path.join(store.dir, 'backup-2025-manual.sqlite'), 'x');
      store.rotate();
      expect(store.list()).toHaveLength(1);
      expect(fs.readdirSync(store.dir)).toHaveLength(3);
    } finally {
      db.close();
    }
  });
});
