/**
 * The one application window. Its webPreferences are the Electron security checklist: the page
 * runs sandboxed, isolated from the preload, without Node, and can only reach the core through
 * the bridge the preload exposes.
 */
import { BrowserWindow, type WebContents } from 'electron';
import type { Lang } from '../../shared/i18n/messages';
import { APP_ENTRY_URL } from './app-origin';
import { loadErrorPageUrl } from './load-error-page';
import { shellMessage } from './shell-messages';

export interface MainWindowOptions {
  preloadPath: string;
  lang: Lang;
  /** Off in installed builds: a support call should not end with a user pasting code into a console. */
  devTools: boolean;
  /** Where the window was last (window-state.ts); centred at the default size without it. */
  bounds?: { x?: number; y?: number; width: number; height: number };
}

/** Chromium reports an aborted load (e.g. a navigation the guards prevented) as -3; that is no failure. */
const ERR_ABORTED = -3;

/** Replaces a failed main-frame load with a readable page; never loops on the error page itself. */
export function showErrorPageOnLoadFailure(contents: WebContents, lang: Lang): void {
  contents.on('did-fail-load', (_event, errorCode, errorDescription, validatedURL, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED || validatedURL.startsWith('data:')) return;
    console.error(`[window] failed to load ${validatedURL}: ${errorDescription} (${errorCode})`);
    contents.loadURL(loadErrorPageUrl(lang, errorCode, errorDescription)).catch(() => undefined);
  });
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    ...options.bounds,
    minWidth: 1024,
    minHeight: 680,
    show: false,
    backgroundColor: '#ffffff',
    title: shellMessage(options.lang, 'appName'),
    webPreferences: {
      // Reviewed (Electronegativity PRELOAD_JS_CHECK): the sandboxed preload exposes only call/onEvent.
      preload: options.preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise ask for a new window; the open handler denies it, this stops it earlier.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      // Chromium's spellchecker downloads dictionaries from Google; the app promises to stay offline.
      spellcheck: false,
      devTools: options.devTools,
    },
  });
  // Shown once painted, so start-up is not a white flash followed by the UI.
  window.once('ready-to-show', () => window.show());
  showErrorPageOnLoadFailure(window.webContents, options.lang);
  return window;
}

/** Loads the renderer; a failure is already turned into the error page by did-fail-load. */
export function loadApp(window: BrowserWindow): void {
  window.loadURL(APP_ENTRY_URL).catch(() => undefined);
}
