import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { strFromU8, unzipSync, strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow } from 'electron';
import type { Lang } from '../../../shared/i18n/messages';
import { Core } from '../../../electron/core/core';
import { readSettings, settingsFile, updateSettings } from '../../../electron/main/settings';
import { shellActions, type ShellActionDeps, type ShellDialogs } from '../../../electron/main/shell-actions';
import type { UpdateCheck } from '../../../electron/main/updates';
import { asElectron, FakeBrowserWindow } from './support/electron-stand-in';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retrofit-shell-actions-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Answers {
  open?: { canceled: boolean; filePaths: string[] };
  save?: { canceled: boolean; filePath?: string };
  /** The buttons clicked in successive message boxes. */
  responses?: number[];
}

function setUp(answers: Answers = {}, lang: Lang = 'zh-CN', overrides: Partial<ShellActionDeps> = {}) {
  const window = new FakeBrowserWindow();
  const responses = [...(answers.responses ?? [])];
  const dialog = {
    showOpenDialog: vi.fn(async () => answers.open ?? { canceled: true, filePaths: [] }),
    showSaveDialog: vi.fn(async () => answers.save ?? { canceled: true }),
    showMessageBox: vi.fn(async (..._args: unknown[]) => ({
      response: responses.shift() ?? 0,
      checkboxChecked: false,
    })),
  };
  const shell = { openPath: vi.fn(async (_path: string) => '') };
  const deps = {
    lang: () => lang,
    window: () => asElectron<BrowserWindow>(window),
    dialog: asElectron<ShellDialogs>(dialog),
    shell,
    openUrl: vi.fn(),
    relaunch: vi.fn(),
    send: vi.fn(),
    log: { info: vi.fn(), error: vi.fn() },
    settingsFile: settingsFile(path.join(dir, 'user-data')),
    currentWorkspace: path.join(dir, 'user-data', 'workspace.sqlite'),
    defaultWorkspace: path.join(dir, 'user-data', 'workspace.sqlite'),
    logsDir: path.join(dir, 'user-data', 'logs'),
    downloadsDir: path.join(dir, 'downloads'),
    diagnostics: () => zipSync({ 'diagnostics.json': strToU8('{"counts":{"enterprises":3}}') }),
    checkUpdates: vi.fn(async (): Promise<UpdateCheck> => ({ kind: 'not-configured', releasesUrl: null })),
    about: {
      version: '0.1.0',
      versions: { electron: '45.5.0', chrome: '140.0', node: '22.20.0' },
      os: 'Windows_NT 10.0 (x64)',
    },
    ...overrides,
  } satisfies ShellActionDeps;
  const actions = shellActions(deps);
  /** The message boxes shown: [options] whatever the parent. */
  const boxes = () =>
    dialog.showMessageBox.mock.calls.map(
      (args) => args.at(-1) as { message: string; detail?: string; buttons: string[]; type: string },
    );
  return { actions, deps, dialog, window, boxes, shell };
}

/** Menu actions return at once and finish on their own; this waits for them. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

async function realWorkspace(file: string): Promise<void> {
  const core = await Core.open({ workspacePath: file, autoBackupEveryMs: 0 });
  core.close();
}

describe('new workspace', () => {
  it('remembers the new file (with its extension) and restarts into it once the user agrees', async () => {
    const chosen = path.join(dir, '客户甲');
    const { actions, deps, dialog, window, boxes } = setUp({
      save: { canceled: false, filePath: chosen },
      responses: [0],
    });
    actions.newWorkspace();
    await settle();
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        filters: [{ name: '工作区', extensions: ['sqlite'] }],
      }),
    );
    expect(boxes()[0]).toMatchObject({
      message: '应用将重新启动并打开“客户甲.sqlite”。当前工作区已保存。',
      buttons: ['重新启动', '取消'],
    });
    expect(readSettings(deps.settingsFile)).toEqual({ workspacePath: `${chosen}.sqlite` });
    expect(deps.relaunch).toHaveBeenCalledOnce();
  });

  it('changes nothing when the user cancels the restart or the dialog', async () => {
    const cancelled = setUp({
      save: { canceled: false, filePath: path.join(dir, 'b.sqlite') },
      responses: [1],
    });
    cancelled.actions.newWorkspace();
    const dismissed = setUp();
    dismissed.actions.newWorkspace();
    await settle();
    for (const { deps } of [cancelled, dismissed]) {
      expect(deps.relaunch).not.toHaveBeenCalled();
      expect(fs.existsSync(deps.settingsFile)).toBe(false);
    }
  });

  it('never replaces an existing file', async () => {
    const existing = path.join(dir, 'existing.sqlite');
    fs.writeFileSync(existing, 'precious');
    const { actions, deps, boxes } = setUp({ save: { canceled: false, filePath: existing } }, 'en');
    actions.newWorkspace();
    await settle();
    expect(boxes()).toEqual([
      expect.objectContaining({
        type: 'warning',
        message: expect.stringContaining('"existing.sqlite" already exists'),
      }),
    ]);
    expect(fs.readFileSync(existing, 'utf8')).toBe('precious');
    expect(deps.relaunch).not.toHaveBeenCalled();
  });
});

describe('open workspace', () => {
  it('switches to a real workspace file', async () => {
    const other = path.join(dir, 'clients', '客户乙.sqlite');
    await realWorkspace(other);
    const { actions, deps } = setUp({ open: { canceled: false, filePaths: [other] }, responses: [0] });
    actions.openWorkspace();
    await settle();
    expect(readSettings(deps.settingsFile)).toEqual({ workspacePath: other });
    expect(deps.relaunch).toHaveBeenCalledOnce();
  });

  it('forgets the remembered file when the user goes back to the default one', async () => {
    const { deps: base } = setUp();
    await realWorkspace(base.defaultWorkspace);
    updateSettings(base.settingsFile, { workspacePath: path.join(dir, 'old.sqlite') });
    const { actions, deps } = setUp(
      { open: { canceled: false, filePaths: [base.defaultWorkspace] }, responses: [0] },
      'zh-CN',
      { currentWorkspace: path.join(dir, 'old.sqlite') },
    );
    actions.openWorkspace();
    await settle();
    expect(readSettings(deps.settingsFile)).toEqual({});
    expect(deps.relaunch).toHaveBeenCalledOnce();
  });

  it('refuses, before any restart, a file the app could not open, saying why', async () => {
    const foreign = path.join(dir, 'other-app.sqlite');
    new Database(foreign).exec('CREATE TABLE t (x)').close();
    const newer = path.join(dir, 'newer.sqlite');
    await realWorkspace(newer);
    const db = new Database(newer);
    db.pragma('user_version = 999');
    db.close();
    const text = path.join(dir, 'notes.sqlite');
    fs.writeFileSync(text, 'just text, long enough to have a header of a hundred bytes'.repeat(3));

    const reasons: string[] = [];
    for (const file of [foreign, newer, text]) {
      const { actions, deps, boxes } = setUp({ open: { canceled: false, filePaths: [file] } });
      actions.openWorkspace();
      await settle();
      expect(deps.relaunch).not.toHaveBeenCalled();
      expect(fs.existsSync(deps.settingsFile)).toBe(false);
      reasons.push(boxes()[0]!.message);
    }
    expect(reasons).toEqual([
      '“other-app.sqlite”不是本应用可以打开的工作区（属于其他应用）。当前工作区保持不变。',
      '“newer.sqlite”不是本应用可以打开的工作区（由更新版本的应用创建，请先升级）。当前工作区保持不变。',
      '“notes.sqlite”不是本应用可以打开的工作区（不是工作区文件）。当前工作区保持不变。',
    ]);
  });
});

describe('help menu', () => {
  it('opens the folder holding the workspace and the logs folder, creating it if needed', async () => {
    const { actions, deps, shell } = setUp();
    actions.openDataFolder();
    actions.openLogsFolder();
    await settle();
    expect(shell.openPath.mock.calls).toEqual([[path.join(dir, 'user-data')], [deps.logsDir]]);
    expect(fs.statSync(deps.logsDir).isDirectory()).toBe(true);
  });

  it('says so when the folder cannot be opened', async () => {
    const { actions, shell, boxes } = setUp();
    shell.openPath.mockResolvedValueOnce('No application is associated');
    actions.openLogsFolder();
    await settle();
    expect(boxes()[0]).toMatchObject({
      type: 'error',
      message: expect.stringContaining('No application is associated'),
    });
  });

  it('saves the diagnostics zip where the user chose, adding .zip', async () => {
    const target = path.join(dir, 'for-support');
    const { actions, dialog, boxes } = setUp({ save: { canceled: false, filePath: target } });
    actions.exportDiagnostics();
    await settle();
    expect(dialog.showSaveDialog.mock.calls[0]!.at(-1)).toMatchObject({
      defaultPath: expect.stringMatching(/downloads[/\\]retrofit-diagnostics-\d{4}-\d{2}-\d{2}\.zip$/),
    });
    const saved = unzipSync(fs.readFileSync(`${target}.zip`));
    expect(strFromU8(saved['diagnostics.json']!)).toContain('"enterprises":3');
    expect(boxes()[0]).toMatchObject({ type: 'info', message: expect.stringContaining('for-support.zip') });
  });

  it('explains that the app does not check for updates when none is configured', async () => {
    const { actions, boxes } = setUp();
    actions.checkForUpdates();
    await settle();
    expect(boxes()).toEqual([
      expect.objectContaining({
        message: '本应用不会自动联网检查更新，以便在离线环境中使用。',
        buttons: ['确定'],
      }),
    ]);
  });

  it('offers the releases page for a newer version and opens it on request', async () => {
    const { actions, deps, boxes } = setUp({ responses: [1] }, 'en', {
      checkUpdates: async () => ({
        kind: 'available',
        current: '0.1.0',
        latest: '0.2.0',
        releasesUrl: 'https://example.com/r',
      }),
    });
    actions.checkForUpdates();
    await settle();
    expect(boxes()[0]).toMatchObject({
      message: 'Version 0.2.0 is available (this is 0.1.0).',
      detail: 'New versions are published at: https://example.com/r',
      buttons: ['OK', 'Open Releases Page'],
    });
    expect(deps.openUrl).toHaveBeenCalledWith('https://example.com/r');
  });

  it('shows the versions in About', async () => {
    const { actions, boxes } = setUp({}, 'en');
    actions.about();
    await settle();
    expect(boxes()[0]!.detail).toContain(
      'Version 0.1.0\nElectron 45.5.0 · Chromium 140.0 · Node 22.20.0\nWindows_NT 10.0 (x64)',
    );
  });

  it('logs a failing action instead of leaving an unhandled rejection', async () => {
    const { actions, deps, dialog } = setUp();
    dialog.showOpenDialog.mockRejectedValueOnce(new Error('dialog gone'));
    actions.openWorkspace();
    await settle();
    expect(deps.log.error).toHaveBeenCalledWith('menu action open-workspace failed', expect.any(Error));
  });

  it('passes page commands through', () => {
    const { actions, deps } = setUp();
    actions.command({ kind: 'show', page: 'backups' });
    expect(deps.send).toHaveBeenCalledWith({ kind: 'show', page: 'backups' });
  });
});
