import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./support/electron-stand-in')).electronStandIn);

import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import type { BridgeResult } from '../../../shared/api/bridge';
import type { FileRef } from '../../../shared/register/register-api';
import { FileRegistry } from '../../../electron/core/files/file-registry';
import { bindFileDialogs, saveName, type FileDialogs } from '../../../electron/main/file-dialogs';
import {
  asElectron,
  FakeBrowserWindow,
  FakeFrame,
  FakeIpcMain,
  FakeWebContents,
} from './support/electron-stand-in';

const UNAUTHORIZED = { ok: false, error: { code: 'UNAUTHORIZED', params: {}, issues: [] } };

interface DialogAnswer {
  canceled: boolean;
  filePaths?: string[];
  filePath?: string;
}

/** A dialog that records what it was asked and answers what the test queued. */
function fakeDialog() {
  const answers: DialogAnswer[] = [];
  const dialog = {
    showOpenDialog: vi.fn(
      async (_window: unknown, _options: unknown) => answers.shift() ?? { canceled: true, filePaths: [] },
    ),
    showSaveDialog: vi.fn(
      async (_window: unknown, _options: unknown) => answers.shift() ?? { canceled: true },
    ),
  };
  return { dialog, answer: (a: DialogAnswer) => answers.push(a) };
}

let dir: string;
let files: FileRegistry;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retrofit-dialogs-'));
  files = new FileRegistry();
});
afterEach(() => {
  files.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function setUp(lang: 'zh-CN' | 'en' = 'zh-CN') {
  const ipcMain = new FakeIpcMain();
  const window = new FakeBrowserWindow();
  const { dialog, answer } = fakeDialog();
  const unbind = bindFileDialogs(
    asElectron<IpcMain>(ipcMain),
    asElectron<FileDialogs>(dialog),
    files,
    () => asElectron<BrowserWindow>(window),
    lang,
  );
  const invoke = (channel: string, sender: FakeWebContents, frame: FakeFrame | null, ...args: unknown[]) =>
    ipcMain.handlers.get(channel)!(
      asElectron<IpcMainInvokeEvent>({ sender, senderFrame: frame }),
      ...args,
    ) as Promise<BridgeResult<FileRef | null>>;
  const fromPage = (channel: string, ...args: unknown[]) =>
    invoke(channel, window.webContents, window.webContents.mainFrame, ...args);
  return { ipcMain, window, dialog, answer, invoke, fromPage, unbind };
}

function write(name: string, content: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('open dialog', () => {
  it('registers the chosen register file and gives the page only its id, name and size', async () => {
    const { window, dialog, answer, fromPage } = setUp();
    const file = write('设备台账.xlsx', 'twelve bytes');
    answer({ canceled: false, filePaths: [file] });

    const answerToPage = await fromPage('retrofit:choose-open', 'register');

    expect(dialog.showOpenDialog).toHaveBeenCalledOnce();
    const [parent, options] = dialog.showOpenDialog.mock.calls[0]!;
    expect(parent).toBe(window);
    expect(options).toMatchObject({
      properties: ['openFile'],
      filters: [{ name: '表格', extensions: ['xlsx', 'csv'] }],
    });
    expect(answerToPage).toEqual({
      ok: true,
      result: { fileId: expect.stringMatching(/^[0-9a-f-]{36}$/), name: '设备台账.xlsx', sizeBytes: 12 },
    });
    const ref = (answerToPage as { result: FileRef }).result;
    expect(JSON.stringify(answerToPage)).not.toContain(dir);
    expect(files.resolve(ref.fileId, 'read').path).toBe(file);
  });

  it('names the filter in the shell language', async () => {
    const { dialog, fromPage } = setUp('en');
    await fromPage('retrofit:choose-open', 'register');
    expect(dialog.showOpenDialog.mock.calls[0]![1]).toMatchObject({
      filters: [{ name: 'Spreadsheets', extensions: ['xlsx', 'csv'] }],
    });
  });

  it('answers null when the user cancels', async () => {
    const { answer, fromPage } = setUp();
    answer({ canceled: true, filePaths: [] });
    expect(await fromPage('retrofit:choose-open', 'register')).toEqual({ ok: true, result: null });
  });

  it("offers Word files for an agency's template, and any file for an application's attachment", async () => {
    const { dialog, answer, fromPage } = setUp();
    await fromPage('retrofit:choose-open', 'template');
    expect(dialog.showOpenDialog.mock.calls[0]![1]).toMatchObject({
      filters: [{ name: 'Word 文档', extensions: ['docx'] }],
    });
    const licence = write('营业执照.jpg', 'jpeg bytes');
    answer({ canceled: false, filePaths: [licence] });
    const attached = await fromPage('retrofit:choose-open', 'attachment');
    const filters = (dialog.showOpenDialog.mock.calls[1]![1] as { filters: { extensions: string[] }[] })
      .filters;
    expect(filters[0]!.extensions).toEqual(expect.arrayContaining(['pdf', 'jpg', 'png', 'docx']));
    expect(filters.at(-1)).toEqual({ name: '所有文件', extensions: ['*'] });
    expect(attached).toMatchObject({ ok: true, result: { name: '营业执照.jpg', sizeBytes: 10 } });
  });

  it('reports a file that vanished between the dialog and the read as unreadable', async () => {
    const { answer, fromPage } = setUp();
    answer({ canceled: false, filePaths: [path.join(dir, 'gone.csv')] });
    expect(await fromPage('retrofit:choose-open', 'register')).toMatchObject({
      ok: false,
      error: { code: 'FILE_UNREADABLE', params: { name: 'gone.csv' } },
    });
  });

  it('refuses an unknown kind without showing a dialog', async () => {
    const { dialog, fromPage } = setUp();
    expect(await fromPage('retrofit:choose-open', 'anything')).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('save dialog', () => {
  it('offers the format as the only filter and registers the chosen place as a write target', async () => {
    const { dialog, answer, fromPage } = setUp();
    const target = path.join(dir, '台账导出.xlsx');
    answer({ canceled: false, filePath: target });

    const result = await fromPage('retrofit:choose-save', '设备台账 2025-03-01', 'xlsx');

    expect(dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({
      defaultPath: '设备台账 2025-03-01.xlsx',
      filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
    });
    const ref = (result as { result: FileRef }).result;
    expect(ref.name).toBe('台账导出.xlsx');
    expect(files.resolve(ref.fileId, 'write').path).toBe(target);
    // A save target is not something the page may read back as an import.
    expect(() => files.resolve(ref.fileId, 'read')).toThrow();
  });

  it('adds the extension a typed name left out', async () => {
    const { answer, fromPage } = setUp();
    answer({ canceled: false, filePath: path.join(dir, 'register') });
    const result = await fromPage('retrofit:choose-save', 'x', 'csv');
    const ref = (result as { result: FileRef }).result;
    expect(files.resolve(ref.fileId, 'write').path).toBe(path.join(dir, 'register.csv'));
  });

  it('saves drafts as Word and PDF, each with its own filter', async () => {
    const { dialog, answer, fromPage } = setUp('en');
    answer({ canceled: false, filePath: path.join(dir, 'draft') });
    const word = await fromPage('retrofit:choose-save', '空压站节能改造 申请草稿.docx', 'docx');
    expect(dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({
      defaultPath: '空压站节能改造 申请草稿.docx',
      filters: [{ name: 'Word document', extensions: ['docx'] }],
    });
    expect(files.resolve((word as { result: FileRef }).result.fileId, 'write').path).toBe(
      path.join(dir, 'draft.docx'),
    );
    await fromPage('retrofit:choose-save', 'draft', 'pdf');
    expect(dialog.showSaveDialog.mock.calls[1]![1]).toMatchObject({
      defaultPath: 'draft.pdf',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
  });

  it('saves an attachment under its own name and type, whatever the user types', async () => {
    const { dialog, answer, fromPage } = setUp();
    answer({ canceled: false, filePath: path.join(dir, '营业执照副本') });
    const result = await fromPage('retrofit:choose-save', '营业执照.pdf', 'original');
    expect(dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({
      defaultPath: '营业执照.pdf',
      filters: [{ name: '所有文件', extensions: ['*'] }],
    });
    const ref = (result as { result: FileRef }).result;
    // No extension is forced on a name the user typed: the file keeps what they chose.
    expect(files.resolve(ref.fileId, 'write').path).toBe(path.join(dir, '营业执照副本'));
    expect(saveName('../证照/执照.pdf', 'original')).toBe('_证照_执照.pdf');
  });

  it('keeps a suggested name inside its folder', () => {
    expect(saveName('../../etc/passwd', 'csv')).toBe('_.._etc_passwd.csv');
    expect(saveName('a/b\\c:d.xlsx', 'xlsx')).toBe('a_b_c_d.xlsx');
    expect(saveName('', 'csv')).toBe('export.csv');
  });

  it('answers null when the user cancels', async () => {
    const { fromPage } = setUp();
    expect(await fromPage('retrofit:choose-save', 'x', 'xlsx')).toEqual({ ok: true, result: null });
  });

  it('refuses a format or name it does not know, without a dialog', async () => {
    const { dialog, fromPage } = setUp();
    for (const args of [
      ['x', 'json'],
      ['x', 'exe'],
      [42, 'csv'],
      ['x'.repeat(201), 'csv'],
    ]) {
      expect(await fromPage('retrofit:choose-save', ...args)).toMatchObject({
        error: { code: 'VALIDATION' },
      });
    }
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('dropped files', () => {
  it('stores the bytes in a private temp file and registers it for reading', async () => {
    const { fromPage } = setUp();
    const bytes = new TextEncoder().encode('设备编号,设备名称\nA-1,车床\n');
    const result = await fromPage('retrofit:upload', '台账.csv', bytes);
    const ref = (result as { result: FileRef }).result;
    expect(ref).toMatchObject({ name: '台账.csv', sizeBytes: bytes.byteLength });
    const stored = files.resolve(ref.fileId, 'read').path;
    expect(fs.readFileSync(stored)).toEqual(Buffer.from(bytes));
  });

  it('refuses anything but a name and bytes', async () => {
    const { fromPage } = setUp();
    expect(await fromPage('retrofit:upload', '', new Uint8Array(1))).toMatchObject({
      error: { code: 'VALIDATION' },
    });
    expect(await fromPage('retrofit:upload', 'a.csv', '/etc/passwd')).toMatchObject({
      error: { code: 'VALIDATION' },
    });
  });
});

describe('who may ask', () => {
  it.each(['retrofit:choose-open', 'retrofit:choose-save', 'retrofit:upload'])(
    'refuses %s from another webContents, a subframe or a foreign page',
    async (channel) => {
      const { window, dialog, invoke } = setUp();
      const args =
        channel === 'retrofit:choose-save'
          ? ['x', 'csv']
          : channel === 'retrofit:upload'
            ? ['a.csv', new Uint8Array(3)]
            : ['register'];
      const stranger = new FakeWebContents('app://retrofit/index.html');
      expect(await invoke(channel, stranger, stranger.mainFrame, ...args)).toEqual(UNAUTHORIZED);
      const iframe = new FakeFrame('app://retrofit/index.html', window.webContents.mainFrame);
      expect(await invoke(channel, window.webContents, iframe, ...args)).toEqual(UNAUTHORIZED);
      window.webContents.mainFrame.url = 'https://evil.example/';
      expect(await invoke(channel, window.webContents, window.webContents.mainFrame, ...args)).toEqual(
        UNAUTHORIZED,
      );
      expect(dialog.showOpenDialog).not.toHaveBeenCalled();
      expect(dialog.showSaveDialog).not.toHaveBeenCalled();
    },
  );

  it('unbinds its three channels', () => {
    const { ipcMain, unbind } = setUp();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([
      'retrofit:choose-open',
      'retrofit:choose-save',
      'retrofit:upload',
    ]);
    unbind();
    expect(ipcMain.handlers.size).toBe(0);
  });
});
