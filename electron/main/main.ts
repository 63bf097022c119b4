/**
 * Entry point of the desktop app (bundled to dist/electron/main.cjs): wires the protocol, the
 * guards, the core, the menu and the window together, in the order Electron requires.
 */
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import type { ShellCommand } from '../../shared/api/bridge';
import type { Lang } from '../../shared/i18n/messages';
import { Core } from '../core/core';
import { AppLog, logsDir, logUncaught } from './app-log';
import { isAppUrl } from './app-origin';
import { registerAppScheme, serveApp } from './app-protocol';
import { diagnosticsZip } from './diagnostics';
import { bindFileDialogs } from './file-dialogs';
import { bindApi } from './ipc';
import { installMenu } from './menu';
import { filesFromArgv, OpenFileRouter } from './open-file';
import { electronPdfPrinter } from './print-pdf';
import { denyAllPermissions, guardAllWebContents } from './security';
import { readSettings, settingsFile, updateSettings } from './settings';
import { shellActions } from './shell-actions';
import { langForLocale, langForTitle, shellMessage } from './shell-messages';
import { claimSingleInstance } from './single-instance';
import { startupErrorText } from './startup-error';
import { checkForUpdates, httpsUrl } from './updates';
import { createMainWindow, loadApp } from './window';
import { loadWindowState, trackWindowState, windowStateFile } from './window-state';
import { SHELL_COMMAND_CHANNEL } from '../preload/ipc-channels';

/** Both bundles sit in dist/electron; the renderer build is its sibling dist/renderer. */
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');

// Same override the CLI and browser host honour (electron/core/paths.ts), so tests and portable
// installs can point all three at one folder. setPath must precede any use of userData.
if (process.env.RETROFIT_DATA_DIR) app.setPath('userData', path.resolve(process.env.RETROFIT_DATA_DIR));

const USER_DATA = app.getPath('userData');
const SETTINGS_FILE = settingsFile(USER_DATA);
const DEFAULT_WORKSPACE = path.join(USER_DATA, 'workspace.sqlite');
const LOGS_DIR = logsDir(USER_DATA);
const log = new AppLog(LOGS_DIR, { echo: !app.isPackaged });
logUncaught(process, log);

registerAppScheme(protocol);
// Sandboxes every renderer, including any a dependency might open, not just the windows we configure.
app.enableSandbox();
guardAllWebContents(app);

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
let unbindApi: (() => void) | null = null;
let unbindDialogs: (() => void) | null = null;
/** The shell's language follows the page once it has said which it uses (its title), else the OS. */
let lang: Lang = langForLocale(app.getLocale());

function sendToPage(command: ShellCommand): void {
  const contents = mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null;
  if (contents && isAppUrl(contents.getURL())) contents.send(SHELL_COMMAND_CHANNEL, command);
}

const openedFiles = new OpenFileRouter({ send: sendToPage, log: (m, d) => log.info(m, d) });
/** The executable, and unpackaged also the app folder (`electron .`), precede the files. */
const ARGV_SKIP = app.isPackaged ? 1 : 2;

function openWindow(): void {
  const stateFile = windowStateFile(USER_DATA);
  const state = loadWindowState(stateFile, screen);
  const { maximized, ...bounds } = state;
  const window = createMainWindow({ preloadPath: PRELOAD_PATH, lang, devTools: !app.isPackaged, bounds });
  mainWindow = window;
  if (maximized) window.once('ready-to-show', () => window.maximize());
  trackWindowState(window, stateFile, (m, d) => log.error(m, d));
  const contents = window.webContents;
  contents.on('did-start-loading', () => openedFiles.setPageReady(false));
  contents.on('did-finish-load', () => openedFiles.setPageReady(isAppUrl(contents.getURL())));
  // The page titles itself with the product name in its language: the menu follows a switch.
  window.on('page-title-updated', (_event, title) => {
    const pageLang = langForTitle(title);
    if (pageLang && pageLang !== lang) {
      lang = pageLang;
      installAppMenu();
    }
  });
  window.on('closed', () => {
    openedFiles.setPageReady(false);
    mainWindow = null;
  });
  loadApp(window);
}

function installAppMenu(): void {
  if (!core) return;
  const workspace = core.workspacePath;
  const settings = readSettings(SETTINGS_FILE);
  const packaged = app.isPackaged;
  const actions = shellActions({
    lang: () => lang,
    window: () => mainWindow,
    dialog,
    shell,
    openUrl: (url) => {
      const href = httpsUrl(url);
      // Only the https releases page configured by whoever deployed the app reaches here.
      if (href)
        shell.openExternal(href).catch((e: unknown) => log.error('could not open the releases page', e)); // eng-disable OPEN_EXTERNAL_JS_CHECK
    },
    relaunch: () => {
      app.relaunch();
      app.quit();
    },
    send: sendToPage,
    log,
    settingsFile: SETTINGS_FILE,
    currentWorkspace: workspace,
    defaultWorkspace: DEFAULT_WORKSPACE,
    logsDir: LOGS_DIR,
    downloadsDir: app.getPath('downloads'),
    diagnostics: () =>
      diagnosticsZip({
        appName: shellMessage('en', 'appName'),
        appVersion: app.getVersion(),
        versions: process.versions,
        workspacePath: workspace,
        defaultWorkspace: path.resolve(workspace) === path.resolve(DEFAULT_WORKSPACE),
        logFiles: log.files(),
      }),
    checkUpdates: () => checkForUpdates(settings, app.getVersion(), fetch),
    about: {
      version: app.getVersion(),
      versions: process.versions,
      os: `${os.type()} ${os.release()} (${process.arch})`,
    },
  });
  installMenu(Menu, actions, { lang, platform: process.platform, dev: !packaged });
}

/**
 * Opens the remembered workspace; if that fails (a drive unplugged, a file replaced), forgets it and
 * opens the default one, saying so, rather than failing on every start from now on.
 */
async function openCore(): Promise<Core> {
  const options = { printPdf: electronPdfPrinter(), logger: log };
  const remembered = readSettings(SETTINGS_FILE).workspacePath;
  if (remembered && path.resolve(remembered) !== path.resolve(DEFAULT_WORKSPACE)) {
    try {
      return await Core.open({ ...options, workspacePath: remembered });
    } catch (e) {
      log.error('the remembered workspace could not be opened; using the default one', e);
      updateSettings(SETTINGS_FILE, { workspacePath: undefined });
      const { title, message } = startupErrorText(lang, e);
      dialog.showErrorBox(
        title,
        `${message}\n\n${shellMessage(lang, 'workspaceFallbackMessage', { name: path.basename(remembered) })}`,
      );
    }
  }
  return Core.open({ ...options, workspacePath: DEFAULT_WORKSPACE });
}

async function start(): Promise<void> {
  log.info(
    `starting ${app.getVersion()} (Electron ${process.versions.electron ?? '?'}, ${process.platform})`,
  );
  denyAllPermissions(session.defaultSession);
  serveApp(protocol, RENDERER_DIR);
  try {
    core = await openCore();
  } catch (e) {
    log.error('could not open the workspace', e);
    const { title, message } = startupErrorText(lang, e);
    dialog.showErrorBox(title, message);
    app.quit();
    return;
  }
  unbindApi = bindApi(ipcMain, core, () => mainWindow);
  unbindDialogs = bindFileDialogs(ipcMain, dialog, core.files, () => mainWindow, lang);
  openedFiles.setRegistrar(core.files);
  installAppMenu();
  openWindow();
  // macOS keeps the app alive with no window; clicking the dock icon brings one back.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

const openFilesFrom = (argv: string[], workingDirectory: string) => {
  for (const file of filesFromArgv(argv, workingDirectory, ARGV_SKIP)) openedFiles.open(file);
};

if (claimSingleInstance(app, () => mainWindow, openFilesFrom)) {
  // macOS delivers double-clicked files by event, possibly before 'ready': the router queues them.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openedFiles.open(file);
  });
  openFilesFrom(process.argv, process.cwd());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // The core's last writes are committed; closing releases the SQLite file (and its WAL) cleanly.
  app.on('will-quit', () => {
    unbindApi?.();
    unbindApi = null;
    unbindDialogs?.();
    unbindDialogs = null;
    core?.close();
    core = null;
    log.info('quit');
  });
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      log.error('start-up failed', e);
      const { title, message } = startupErrorText(langForLocale(app.getLocale()), e);
      dialog.showErrorBox(title, message);
      app.quit();
    });
}
