/**
 * Runs the real dist bundle (built here into a temp folder, with package.json beside it as in the
 * installed app) under Node with a stand-in for Electron, end to end: start-up order, window,
 * protocol, IPC against a real workspace file, and the refusal of a workspace it must not open.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron, PROJECT_DIR } from '../../../scripts/build-electron';

let root: string;
let standIn: string;
const version = (
  JSON.parse(fs.readFileSync(path.join(PROJECT_DIR, 'package.json'), 'utf8')) as { version: string }
).version;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'retrofit-bundle-'));
  await buildElectron(PROJECT_DIR, path.join(root, 'app/dist/electron'));
  fs.copyFileSync(path.join(PROJECT_DIR, 'package.json'), path.join(root, 'app/package.json'));
  fs.mkdirSync(path.join(root, 'app/dist/renderer'));
  fs.writeFileSync(path.join(root, 'app/dist/renderer/index.html'), '<!doctype html><title>ok</title>');
  standIn = path.join(root, 'electron-stand-in.cjs');
  await build({
    entryPoints: [path.join(PROJECT_DIR, 'test/unit/electron/support/electron-process-stand-in.ts')],
    outfile: standIn,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
  });
}, 60_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

interface Report {
  log: string[];
  schemes: { scheme: string; privileges: Record<string, boolean> }[];
  handledSchemes: string[];
  permissionHandlers: string[];
  windows: {
    options: { webPreferences: Record<string, unknown> };
    loaded: string[];
    windowOpenHandler: boolean;
  }[];
  ipcChannels: string[];
  trustedCall: { ok: boolean; result?: { state: string; appVersion: string; workspacePath: string } } | null;
  iframeCall: { ok: boolean; error?: { code: string } } | null;
  servedIndex: { status: number; csp: string | null } | null;
  errorBoxes: { title: string; message: string }[];
  menus: { labels: string[] }[];
  quit: number;
}

function runShell(dataDir: string, locale = 'en-US', pageTitle = ''): Report {
  const child = spawnSync(process.execPath, ['-r', standIn, path.join(root, 'app/dist/electron/main.cjs')], {
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      // The installed app carries better-sqlite3 in its node_modules; here it comes from the project's.
      NODE_PATH: path.join(PROJECT_DIR, 'node_modules'),
      RETROFIT_DATA_DIR: dataDir,
      STAND_IN_LOCALE: locale,
      STAND_IN_PAGE_TITLE: pageTitle,
      STAND_IN_USER_DATA: path.join(root, 'default-user-data'),
    },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const line = child.stdout.split('\n').find((l) => l.startsWith('STAND-IN-REPORT '));
  if (!line) throw new Error(`no report (exit ${child.status}):\n${child.stdout}\n${child.stderr}`);
  return JSON.parse(line.slice('STAND-IN-REPORT '.length)) as Report;
}

describe('built main bundle', () => {
  it('starts, serves and answers the API through the shell', () => {
    const dataDir = path.join(root, 'data-ok');
    const report = runShell(dataDir);

    // Electron's ordering rules: privileged schemes and the sandbox switch before ready.
    expect(report.log).toEqual(
      expect.arrayContaining([
        'protocol.registerSchemesAsPrivileged',
        'app.enableSandbox',
        'ready',
        'protocol.handle app',
      ]),
    );
    expect(report.log.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(
      report.log.indexOf('ready'),
    );
    expect(report.log.indexOf('app.enableSandbox')).toBeLessThan(report.log.indexOf('ready'));
    expect(report.log.indexOf('protocol.handle app')).toBeGreaterThan(report.log.indexOf('ready'));
    expect(report.schemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
    expect(report.permissionHandlers.sort()).toEqual(['check', 'device', 'request']);

    expect(report.windows).toHaveLength(1);
    const [window] = report.windows;
    const preload = window!.options.webPreferences.preload as string;
    expect(preload).toBe(path.join(root, 'app/dist/electron/preload.cjs'));
    expect(fs.existsSync(preload)).toBe(true);
    expect(window!.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(window!.windowOpenHandler).toBe(true);
    expect(window!.loaded).toEqual(['app://retrofit/index.html']);

    expect(report.servedIndex).toEqual({ status: 200, csp: expect.stringContaining("script-src 'self'") });
    expect(report.ipcChannels).toEqual([
      'retrofit:call',
      'retrofit:choose-open',
      'retrofit:choose-save',
      'retrofit:upload',
    ]);
    expect(report.trustedCall).toMatchObject({ ok: true, result: { state: 'ready', appVersion: version } });
    expect(report.trustedCall!.result!.workspacePath).toBe(path.join(dataDir, 'workspace.sqlite'));
    expect(fs.existsSync(path.join(dataDir, 'workspace.sqlite'))).toBe(true);
    expect(report.iframeCall).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', params: {}, issues: [] } });
    expect(report.errorBoxes).toEqual([]);

    // The menu in the OS language (the stand-in runs on Linux: no macOS app menu), and the log file.
    expect(report.menus).toEqual([{ labels: ['File', 'Edit', 'View', 'Help'] }]);
    const logText = fs.readFileSync(path.join(dataDir, 'logs/app.log'), 'utf8');
    expect(logText).toMatch(/INFO starting 0\.0\.0-stand-in/);
    expect(logText).toMatch(/INFO quit/);
  }, 60_000);

  it('opens the workspace chosen last, and falls back to the default one when it is refused', () => {
    const dataDir = path.join(root, 'data-remembered');
    fs.mkdirSync(dataDir);
    const chosen = path.join(root, 'elsewhere', '客户工作区.sqlite');
    fs.writeFileSync(path.join(dataDir, 'settings.json'), JSON.stringify({ workspacePath: chosen }));
    // A Chinese OS, but the user switched the page to English: the menu follows the page.
    const opened = runShell(dataDir, 'zh-CN', 'Retrofit Planner');
    expect(opened.trustedCall!.result!.workspacePath).toBe(chosen);
    expect(opened.menus).toEqual([
      { labels: ['文件', '编辑', '视图', '帮助'] },
      { labels: ['File', 'Edit', 'View', 'Help'] },
    ]);

    const db = new Database(chosen);
    db.pragma('user_version = 999');
    db.close();
    const refused = runShell(dataDir, 'zh-CN');
    expect(refused.errorBoxes).toHaveLength(1);
    expect(refused.errorBoxes[0]!.message).toContain('999');
    expect(refused.errorBoxes[0]!.message).toContain('已改用默认工作区');
    expect(refused.trustedCall!.result!.workspacePath).toBe(path.join(dataDir, 'workspace.sqlite'));
    // Forgotten, so the next start does not stumble over it again.
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'settings.json'), 'utf8'))).toEqual({});
  }, 60_000);

  it('refuses a newer workspace with a localised error box and quits without a window', () => {
    const dataDir = path.join(root, 'data-newer');
    fs.mkdirSync(dataDir);
    const file = path.join(dataDir, 'workspace.sqlite');
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const before = fs.readFileSync(file);

    const report = runShell(dataDir, 'zh-CN');
    expect(report.errorBoxes).toHaveLength(1);
    expect(report.errorBoxes[0]!.title).toBe('技改规划助手');
    expect(report.errorBoxes[0]!.message).toContain('999');
    expect(report.errorBoxes[0]!.message).toMatch(/[\u4e00-\u9fff]/);
    expect(report.quit).toBe(1);
    expect(report.windows).toEqual([]);
    expect(report.ipcChannels).toEqual([]);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.readFileSync(path.join(dataDir, 'logs/app.log'), 'utf8')).toMatch(
      /ERROR could not open the workspace/,
    );
  }, 60_000);
});
