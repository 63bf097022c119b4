/**
 * Entry point of the desktop app (bundled to dist/electron/main.cjs): wires the protocol, the
 * guards, the core and the window together, in the order Electron requires.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { Core } from '../core/core';
import { registerAppScheme, serveApp } from './app-protocol';
import { bindFileDialogs } from './file-dialogs';
import { bindApi } from './ipc';
import { electronPdfPrinter } from './print-pdf';
import { denyAllPermissions, guardAllWebContents } from './security';
import { langForLocale } from './shell-messages';
import { claimSingleInstance } from './single-instance';
import { startupErrorText } from './startup-error';
import { createMainWindow, loadApp } from './window';

/** Both bundles sit in dist/electron; the renderer build is its sibling dist/renderer. */
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');
const RENDERER_DIR = path.join(__dirname, '..', 'renderer');

// Same override the CLI and browser host honour (electron/core/paths.ts), so tests and portable
// installs can point all three at one folder. setPath must precede any use of userData.
if (process.env.RETROFIT_DATA_DIR) app.setPath('userData', path.resolve(process.env.RETROFIT_DATA_DIR));

registerAppScheme(protocol);
// Sandboxes every renderer, including any a dependency might open, not just the windows we configure.
app.enableSandbox();
guardAllWebContents(app);

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;
let unbindApi: (() => void) | null = null;
let unbindDialogs: (() => void) | null = null;

function openWindow(lang: ReturnType<typeof langForLocale>): void {
  mainWindow = createMainWindow({ preloadPath: PRELOAD_PATH, lang, devTools: !app.isPackaged });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  loadApp(mainWindow);
}

async function start(): Promise<void> {
  const lang = langForLocale(app.getLocale());
  denyAllPermissions(session.defaultSession);
  serveApp(protocol, RENDERER_DIR);
  try {
    core = await Core.open({
      workspacePath: path.join(app.getPath('userData'), 'workspace.sqlite'),
      printPdf: electronPdfPrinter(),
    });
  } catch (e) {
    console.error('[main] could not open the workspace', e);
    const { title, message } = startupErrorText(lang, e);
    dialog.showErrorBox(title, message);
    app.quit();
    return;
  }
  unbindApi = bindApi(ipcMain, core, () => mainWindow);
  unbindDialogs = bindFileDialogs(ipcMain, dialog, core.files, () => mainWindow, lang);
  openWindow(lang);
  // macOS keeps the app alive with no window; clicking the dock icon brings one back.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(lang);
  });
}

if (claimSingleInstance(app, () => mainWindow)) {
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
  });
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      console.error('[main] start-up failed', e);
      const { title, message } = startupErrorText(langForLocale(app.getLocale()), e);
      dialog.showErrorBox(title, message);
      app.quit();
    });
}
