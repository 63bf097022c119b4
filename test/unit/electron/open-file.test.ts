import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App, BrowserWindow } from 'electron';
import type { ShellCommand } from '../../../shared/api/bridge';
import { FileRegistry } from '../../../electron/core/files/file-registry';
import { filesFromArgv, openedFileKind, OpenFileRouter } from '../../../electron/main/open-file';
import { claimSingleInstance } from '../../../electron/main/single-instance';
import { asElectron, FakeBrowserWindow } from './support/electron-stand-in';

let dir: string;
let files: FileRegistry;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retrofit-open-file-'));
  files = new FileRegistry();
});
afterEach(() => {
  files.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content = 'bytes'): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

function router() {
  const sent: ShellCommand[] = [];
  const log = vi.fn();
  const r = new OpenFileRouter({ send: (c) => sent.push(c), log });
  return { router: r, sent, log };
}

describe('which files the app takes', () => {
  it('opens client files as a hand-off and spreadsheets as a register, whatever the case of the extension', () => {
    expect(openedFileKind('/a/深圳客户.retrofit')).toBe('handoff');
    expect(openedFileKind('C:\\台账\\设备台账.XLSX')).toBe('register');
    expect(openedFileKind('/a/b.csv')).toBe('register');
    expect(openedFileKind('/a/b.xls')).toBeNull();
    expect(openedFileKind('/a/workspace.sqlite')).toBeNull();
    expect(openedFileKind('/a/README')).toBeNull();
  });

  it('finds the files on a command line, skipping the executable, switches and what does not exist', () => {
    const register = write('设备台账.xlsx');
    write('client.retrofit');
    const argv = [
      '/opt/Retrofit Planner/retrofit-planner',
      '--allow-file-access-from-files',
      register,
      'client.retrofit',
      path.join(dir, 'missing.csv'),
      dir,
    ];
    expect(filesFromArgv(argv, dir, 1)).toEqual([register, path.join(dir, 'client.retrofit')]);
    // Unpackaged (`electron .`), the app folder comes second and is no file to open.
    expect(filesFromArgv(['electron', '.', register], dir, 2)).toEqual([register]);
  });
});

describe('routing files to the page', () => {
  it('waits for the core and for the page to load, then registers each file and sends it in order', () => {
    const { router: r, sent } = router();
    const handoff = write('客户.retrofit', 'twelve bytes');
    const register = write('台账.csv', 'a,b\n');
    r.open(handoff);
    r.open(register);
    expect(sent).toEqual([]);
    r.setRegistrar(files);
    expect(sent).toEqual([]);
    r.setPageReady(true);

    expect(sent).toEqual([
      {
        kind: 'open-file',
        fileKind: 'handoff',
        file: { fileId: expect.any(String), name: '客户.retrofit', sizeBytes: 12 },
      },
      {
        kind: 'open-file',
        fileKind: 'register',
        file: { fileId: expect.any(String), name: '台账.csv', sizeBytes: 4 },
      },
    ]);
    // The page holds an id the core resolves to the file, never the path.
    const first = sent[0] as Extract<ShellCommand, { kind: 'open-file' }>;
    expect(files.resolve(first.file.fileId, 'read').path).toBe(handoff);
    expect(JSON.stringify(sent)).not.toContain(dir);
  });

  it('sends at once when everything is ready, and queues again while the page reloads', () => {
    const { router: r, sent } = router();
    r.setRegistrar(files);
    r.setPageReady(true);
    r.open(write('a.xlsx'));
    expect(sent).toHaveLength(1);
    r.setPageReady(false);
    r.open(write('b.retrofit'));
    expect(sent).toHaveLength(1);
    r.setPageReady(true);
    expect(sent.map((c) => c.kind === 'open-file' && c.file.name)).toEqual(['a.xlsx', 'b.retrofit']);
  });

  it('ignores other files with a log line, and logs a file that vanished without its name', () => {
    const { router: r, sent, log } = router();
    r.setRegistrar(files);
    r.setPageReady(true);
    r.open(write('notes.docx'));
    expect(log).toHaveBeenCalledWith(expect.stringContaining('.docx'));
    r.open(path.join(dir, '深圳市机密客户.retrofit'));
    expect(sent).toEqual([]);
    expect(log).toHaveBeenLastCalledWith('could not read a handoff file given to the app', 'ENOENT');
    expect(JSON.stringify(log.mock.calls)).not.toContain('机密');
  });
});

describe('a second launch with a file', () => {
  it('focuses the first window and hands over the files it was given', () => {
    const app = Object.assign(new EventEmitter(), { requestSingleInstanceLock: () => true, quit: vi.fn() });
    const window = new FakeBrowserWindow();
    const { router: r, sent } = router();
    r.setRegistrar(files);
    r.setPageReady(true);
    claimSingleInstance(
      asElectron<App>(app),
      () => asElectron<BrowserWindow>(window),
      (argv, cwd) => {
        for (const file of filesFromArgv(argv, cwd, 1)) r.open(file);
      },
    );
    write('client.retrofit');
    app.emit(
      'second-instance',
      {},
      ['retrofit-planner.exe', '--original-process-start-time=1', 'client.retrofit'],
      dir,
      {},
    );
    expect(window.focus).toHaveBeenCalledOnce();
    expect(sent).toEqual([
      expect.objectContaining({
        kind: 'open-file',
        fileKind: 'handoff',
        file: expect.objectContaining({ name: 'client.retrofit' }),
      }),
    ]);
  });
});
