import crypto from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import {
  damageMiddlePages,
  enterpriseNames,
  expectAppError,
  expectWireError,
  fakeClock,
  sampleEnterprise,
  tempWorkspace,
  type TempWorkspace,
} from './helpers';

/**
 * A workspace with a manual backup of {A, B}, then C added and a second manual backup of {A, B, C}
 * taken before the file is closed.
 */
async function workspaceWithBackups(ws: TempWorkspace, clock = fakeClock()) {
  const core = await ws.open({ now: clock.now });
  for (let i = 0; i < 20; i++) {
    // enough rows that the tables span several pages
    await core.call(
      'enterprise.create',
      sampleEnterprise(`填充企业 ${String(i).padStart(2, '0')} ${'·'.repeat(150)}`),
    );
  }
  await core.call('enterprise.create', sampleEnterprise('A'));
  await core.call('enterprise.create', sampleEnterprise('B'));
  clock.advance(60_000);
  const older = await core.call('backup.create', {});
  await core.call('enterprise.create', sampleEnterprise('C'));
  clock.advance(60_000);
  const newer = await core.call('backup.create', {});
  const names = await enterpriseNames(core);
  core.close();
  return { older, newer, names, clock };
}

async function expectRecoveryMode(core: Core, damagedBytes: Buffer, newestName: string | null) {
  const status = core.status();
  expect(status.state).toBe('recovery');
  const recovery = status.recovery!;
  expect(recovery.reason).not.toBe('');
  expect(recovery.newestGoodBackup?.name ?? null).toBe(newestName);
  // The damaged file was moved aside as it was, and nothing is left at the workspace path.
  expect(fs.existsSync(status.workspacePath)).toBe(false);
  expect(fs.readFileSync(recovery.movedTo).equals(damagedBytes)).toBe(true);
  // Whatever needs the database waits for a decision.
  for (const [method, input] of [
    ['enterprise.list', {}],
    ['enterprise.create', { name: 'X' }],
    ['enterprise.get', { id: 1 }],
    ['backup.create', {}],
    ['backup.restore', { name: newestName ?? 'backup-20250101-000000-000-manual.sqlite' }],
  ] as const) {
    await expectWireError(core, method, input, 'WORKSPACE_UNAVAILABLE');
  }
  // Listing backups and reading the status still work.
  expect((await core.call('workspace.status', {})).state).toBe('recovery');
  expect((await core.call('backup.list', {})).length).toBeGreaterThan(0);
}

describe('recovery from a damaged workspace', () => {
  it('moves a file with damaged pages aside and restores the chosen backup', async () => {
    const ws = tempWorkspace();
    const { older, newer, names } = await workspaceWithBackups(ws);
    damageMiddlePages(ws.file);
    const damaged = fs.readFileSync(ws.file);

    const core = await ws.open();
    await expectRecoveryMode(core, damaged, newer.name);
    expect(ws.logger.errors.map((e) => e.message).join('\n')).toMatch(/failed its check/);

    // Restoring the older backup gives the data as of that backup.
    const status = await core.call('workspace.recover', { backup: older.name });
    expect(status).toMatchObject({ state: 'ready', recovery: null });
    expect(await enterpriseNames(core)).toEqual(names.filter((n) => n !== 'C'));
    await expectAppError(core.call('workspace.recover', { backup: null }), 'CONFLICT');
    core.close();

    // …and it is a real workspace again after reopening.
    const reopened = await ws.open();
    expect(reopened.status().state).toBe('ready');
    expect(await enterpriseNames(reopened)).toEqual(names.filter((n) => n !== 'C'));
    const full = await reopened.call('enterprise.get', {
      id: (await reopened.call('enterprise.list', {}))[0]!.id,
    });
    expect(full.years.map((y) => y.revenueYuan)).toEqual([25_000_000.5, 18_000_000.99]);
  });

  it('can start an empty workspace instead, keeping the damaged file and the backups', async () => {
    const ws = tempWorkspace();
    const { newer } = await workspaceWithBackups(ws);
    damageMiddlePages(ws.file);
    const damaged = fs.readFileSync(ws.file);

    const core = await ws.open();
    const movedTo = core.status().recovery!.movedTo;
    await expectRecoveryMode(core, damaged, newer.name);
    const status = await core.call('workspace.recover', { backup: null });
    expect(status.state).toBe('ready');
    expect(await core.call('enterprise.list', {})).toEqual([]);
    expect(fs.readFileSync(movedTo).equals(damaged)).toBe(true);
    expect((await core.call('backup.list', {})).map((b) => b.name)).toContain(newer.name);
  });

  it('treats random bytes at the workspace path as a damaged workspace', async () => {
    const ws = tempWorkspace();
    const { newer, names } = await workspaceWithBackups(ws);
    const noise = crypto.randomBytes(10_000);
    fs.writeFileSync(ws.file, noise);

    const core = await ws.open();
    await expectRecoveryMode(core, noise, newer.name);
    expect(core.status().recovery!.reason).toMatch(/not a SQLite database/);
    await core.call('workspace.recover', { backup: newer.name });
    expect(await enterpriseNames(core)).toEqual(names);
  });

  it('offers the newest backup that passes its check, skipping damaged ones', async () => {
    const ws = tempWorkspace();
    const { older, newer } = await workspaceWithBackups(ws);
    fs.writeFileSync(`${ws.backupsDir}/${newer.name}`, crypto.randomBytes(8192));
    damageMiddlePages(ws.file);

    const core = await ws.open();
    expect(core.status().recovery!.newestGoodBackup?.name).toBe(older.name);
    await expectAppError(core.call('workspace.recover', { backup: newer.name }), 'BACKUP_INVALID');
    expect(core.status().state).toBe('recovery');
  });

  it('offers no backup when there is none', async () => {
    const ws = tempWorkspace();
    fs.writeFileSync(ws.file, 'this is a text file, not a database'.repeat(10));
    const core = await ws.open();
    expect(core.status()).toMatchObject({
      state: 'recovery',
      recovery: { cause: 'corrupt', newestGoodBackup: null },
    });
    await expectAppError(
      core.call('workspace.recover', { backup: 'backup-20250101-000000-000-manual.sqlite' }),
      'BACKUP_NOT_FOUND',
    );
    expect((await core.call('workspace.recover', { backup: null })).state).toBe('ready');
  });

  it('refuses to recover when the workspace is fine', async () => {
    const ws = tempWorkspace();
    const core = await ws.open();
    await core.call('enterprise.create', sampleEnterprise('A'));
    await expectAppError(core.call('workspace.recover', { backup: null }), 'CONFLICT');
    expect(await enterpriseNames(core)).toEqual(['A']);
  });
});
