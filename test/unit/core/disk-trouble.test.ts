/**
 * The workspace on a disk that misbehaves: a read-only file still opens for reading and refuses
 * writes clearly, a full disk is reported as such, and a workspace file deleted while open is saved
 * as a backup and offered in recovery mode instead of being written on and lost.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storageError } from '../../../electron/core/db/storage-errors';
import { fileIdentity, workspaceFileState } from '../../../electron/core/db/workspace-file-guard';
import { enterpriseNames, expectAppError, sampleEnterprise, tempWorkspace } from './helpers';

describe('storageError', () => {
  it('names a full disk and a read-only file, and leaves other errors alone', () => {
    expect(storageError(Object.assign(new Error('x'), { code: 'SQLITE_FULL' }), '/w')?.code).toBe(
      'DISK_FULL',
    );
    expect(storageError(Object.assign(new Error('x'), { code: 'ENOSPC' }), '/w')?.code).toBe('DISK_FULL');
    expect(storageError(Object.assign(new Error('x'), { code: 'SQLITE_READONLY' }), '/w')?.code).toBe(
      'WORKSPACE_READONLY',
    );
    expect(storageError(new Error('other'), '/w')).toBeNull();
  });
});

describe('a workspace file', () => {
  it('deleted while open: the next call saves what the connection holds as a backup and enters recovery', async () => {
    const ws = tempWorkspace();
    const core = await ws.open();
    await core.call('enterprise.create', sampleEnterprise('删除前'));
    const opened = fileIdentity(ws.file);
    fs.rmSync(ws.file);
    expect(workspaceFileState(ws.file, opened)).toBe('missing');

    await expectAppError(core.call('enterprise.create', sampleEnterprise('删除后')), 'WORKSPACE_UNAVAILABLE');
    const status = core.status();
    expect(status.state).toBe('recovery');
    expect(status.recovery).toMatchObject({ cause: 'deleted', reason: expect.stringMatching(/deleted/) });
    const rescued = status.recovery!.newestGoodBackup!;
    expect(rescued.kind).toBe('manual');

    await core.call('workspace.recover', { backup: rescued.name });
    expect(await enterpriseNames(core)).toEqual(['删除前']);
  });

  it('replaced while open is noticed as well', async () => {
    const ws = tempWorkspace();
    const core = await ws.open();
    const opened = fileIdentity(ws.file);
    fs.copyFileSync(ws.file, `${ws.file}.copy`);
    fs.renameSync(`${ws.file}.copy`, ws.file);
    expect(workspaceFileState(ws.file, opened)).toBe('replaced');
    await expectAppError(core.call('enterprise.list', {}), 'WORKSPACE_UNAVAILABLE');
    expect(core.status().recovery).toMatchObject({
      cause: 'replaced',
      reason: expect.stringMatching(/replaced/),
    });
  });

  it.skipIf(process.getuid?.() === 0)('read-only (0444) opens for reading and refuses writes', async () => {
    const ws = tempWorkspace();
    const core = await ws.open();
    await core.call('enterprise.create', sampleEnterprise('只读'));
    core.close();
    fs.chmodSync(ws.file, 0o444);
    const ro = await ws.open();
    expect(await enterpriseNames(ro)).toEqual(['只读']);
    await expectAppError(ro.call('enterprise.create', sampleEnterprise('写入')), 'WORKSPACE_READONLY');
  });
});
