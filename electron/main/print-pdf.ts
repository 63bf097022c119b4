/**
 * Draft PDFs in the desktop app: Electron's own Chromium prints the draft's HTML in a hidden window
 * that runs no script, has no Node and no preload, and may load nothing but the page itself (the
 * app promises to stay offline, and the draft holds the user's words).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session, type Session } from 'electron';
import { DRAFT_PDF_FOOTER, DRAFT_PDF_HEADER } from '../../shared/drafts/draft-html';
import type { PdfPrinter } from '../core/api/handler-types';
import { denyAllPermissions } from './security';

/** In memory only ("persist:" would keep it on disk): a print leaves no cache or storage behind. */
export const PRINT_PARTITION = 'retrofit-print';
const PRINT_TIMEOUT_MS = 60_000;

/** The pages being printed now; the print session fetches these and nothing else. */
const printing = new Set<string>();
const guarded = new WeakSet<Session>();

function printSession(): Session {
  const printer = session.fromPartition(PRINT_PARTITION, { cache: false });
  if (!guarded.has(printer)) {
    guarded.add(printer);
    denyAllPermissions(printer);
    printer.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !printing.has(details.url) && !details.url.startsWith('data:') });
    });
  }
  return printer;
}

/** The hidden window: the main window's security checklist, and no script at all. */
export function createPrintWindow(printer: Session): BrowserWindow {
  return new BrowserWindow({
    show: false,
    // A4 at 96 dpi, so the page lays out as it prints.
    width: 794,
    height: 1123,
    webPreferences: {
      session: printer,
      javascript: false,
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
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: false,
    },
  });
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`printing the draft took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

export function electronPdfPrinter(): PdfPrinter {
  return async (html) => {
    // mkdtemp's folder is readable by this user only.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retrofit-print-'));
    const file = path.join(dir, 'draft.html');
    const pageUrl = pathToFileURL(file).href;
    fs.writeFileSync(file, html, { encoding: 'utf8', mode: 0o600 });
    printing.add(pageUrl);
    const window = createPrintWindow(printSession());
    try {
      // The page has no script, but a link must not take the window anywhere either.
      window.webContents.on('will-navigate', (event) => event.preventDefault());
      window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      return await withTimeout(
        (async () => {
          await window.loadFile(file);
          return window.webContents.printToPDF({
            pageSize: 'A4',
            printBackground: true,
            preferCSSPageSize: true,
            displayHeaderFooter: true,
            headerTemplate: DRAFT_PDF_HEADER,
            footerTemplate: DRAFT_PDF_FOOTER,
          });
        })(),
        PRINT_TIMEOUT_MS,
      );
    } finally {
      printing.delete(pageUrl);
      if (!window.isDestroyed()) window.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}
