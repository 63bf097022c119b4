import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The print window needs a little more than the shared stand-in: loadFile, destroy, printToPDF and a session. */
const print = vi.hoisted(() => ({
  pdf: Buffer.from('%PDF-1.7 stand-in'),
  /** What printToPDF does; a test may make it fail. */
  printToPDF: null as null | ((options: unknown) => Promise<Buffer>),
  /** The page file as loadFile saw it, read at load time (it is gone after the print). */
  loaded: [] as { file: string; html: string }[],
  session: null as null | {
    beforeRequest: ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | null;
    permissionRequest: unknown;
    permissionCheck: unknown;
    devicePermission: unknown;
  },
  partitions: [] as { name: string; options: unknown }[],
}));

vi.mock('electron', async () => {
  const { electronStandIn, FakeBrowserWindow } = await import('./support/electron-stand-in');
  const nodeFs = await import('node:fs');
  class PrintWindow extends FakeBrowserWindow {
    readonly loadFile = vi.fn(async (file: string) => {
      print.loaded.push({ file, html: nodeFs.readFileSync(file, 'utf8') });
    });
    readonly destroy = vi.fn(() => {
      this.destroyed = true;
    });
    constructor(options: Record<string, unknown>) {
      super(options);
      Object.assign(this.webContents, {
        printToPDF: vi.fn((options: unknown) =>
          print.printToPDF ? print.printToPDF(options) : Promise.resolve(print.pdf),
        ),
      });
    }
  }
  const fakeSession = {
    setPermissionRequestHandler: vi.fn((h: unknown) => (print.session!.permissionRequest = h)),
    setPermissionCheckHandler: vi.fn((h: unknown) => (print.session!.permissionCheck = h)),
    setDevicePermissionHandler: vi.fn((h: unknown) => (print.session!.devicePermission = h)),
    webRequest: {
      onBeforeRequest: vi.fn((listener: NonNullable<typeof print.session>['beforeRequest']) => {
        print.session!.beforeRequest = listener;
      }),
    },
  };
  print.session = {
    beforeRequest: null,
    permissionRequest: null,
    permissionCheck: null,
    devicePermission: null,
  };
  const session = {
    fromPartition: vi.fn((name: string, options: unknown) => {
      print.partitions.push({ name, options });
      return fakeSession;
    }),
  };
  return { ...electronStandIn, BrowserWindow: PrintWindow, session };
});

import { DRAFT_PDF_FOOTER, DRAFT_PDF_HEADER } from '../../../shared/drafts/draft-html';
import { electronPdfPrinter, PRINT_PARTITION } from '../../../electron/main/print-pdf';
import { FakeBrowserWindow, navigationEvent } from './support/electron-stand-in';

type PrintFake = FakeBrowserWindow & {
  loadFile: ReturnType<typeof vi.fn>;
  destroy: ReturnType<typeof vi.fn>;
  webContents: FakeBrowserWindow['webContents'] & { printToPDF: ReturnType<typeof vi.fn> };
};
const lastWindow = () => FakeBrowserWindow.instances.at(-1) as PrintFake;

/** What the print session's request filter decides for a URL. */
function cancelled(url: string): boolean {
  let answer: boolean | undefined;
  print.session!.beforeRequest!({ url }, ({ cancel }) => (answer = cancel));
  return answer!;
}

const HTML = '<!doctype html><html><body><h1>第一章 总论</h1></body></html>';

describe('Electron PDF printer', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances = [];
    print.loaded = [];
    print.printToPDF = null;
  });

  it('prints in a hidden window that runs no script and has no Node, preload or persistent session', async () => {
    await electronPdfPrinter()(HTML);
    const window = lastWindow();
    expect(window.options.show).toBe(false);
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
    expect(prefs).not.toHaveProperty('preload');
    expect(prefs.disableBlinkFeatures).toContain('Auxclick');
    // An in-memory partition: no "persist:" prefix, no cache.
    expect(print.partitions[0]).toEqual({ name: PRINT_PARTITION, options: { cache: false } });
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('prints A4 with the background and the draft footer (page numbers) and returns the PDF', async () => {
    const pdf = await electronPdfPrinter()(HTML);
    expect(pdf).toBe(print.pdf);
    expect(lastWindow().webContents.printToPDF).toHaveBeenCalledWith({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: DRAFT_PDF_HEADER,
      footerTemplate: DRAFT_PDF_FOOTER,
    });
    expect(DRAFT_PDF_FOOTER).toContain('pageNumber');
  });

  it('loads the HTML from a private temp file, removes it afterwards and closes the window', async () => {
    await electronPdfPrinter()(HTML);
    const [{ file, html }] = print.loaded as [{ file: string; html: string }];
    expect(html).toBe(HTML);
    expect(path.basename(path.dirname(file))).toMatch(/^retrofit-print-/);
    expect(fs.existsSync(path.dirname(file))).toBe(false);
    expect(lastWindow().destroy).toHaveBeenCalledOnce();
  });

  it('lets the print session fetch only the page being printed', async () => {
    let during: { page: boolean; web: boolean; other: boolean } | null = null;
    print.printToPDF = async () => {
      const page = print.loaded[0]!.file;
      during = {
        page: cancelled(pathToFileURL(page).href),
        web: cancelled('https://example.com/tracker.png'),
        other: cancelled('file:///etc/passwd'),
      };
      return print.pdf;
    };
    await electronPdfPrinter()(HTML);
    expect(during).toEqual({ page: false, web: true, other: true });
    // Once printed, not even the page itself.
    expect(cancelled(pathToFileURL(print.loaded[0]!.file).href)).toBe(true);
  });

  it('refuses navigation, new windows and every permission', async () => {
    let window: PrintFake | null = null;
    print.printToPDF = async () => {
      window = lastWindow();
      return print.pdf;
    };
    await electronPdfPrinter()(HTML);
    const contents = window!.webContents;
    const navigation = navigationEvent('https://example.com/');
    contents.emit('will-navigate', navigation);
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const granted = vi.fn();
    (print.session!.permissionRequest as (c: unknown, p: string, cb: (ok: boolean) => void) => void)(
      null,
      'media',
      granted,
    );
    expect(granted).toHaveBeenCalledWith(false);
  });

  it('closes the window and removes the page when printing fails', async () => {
    print.printToPDF = async () => {
      throw new Error('printing failed');
    };
    await expect(electronPdfPrinter()(HTML)).rejects.toThrow('printing failed');
    expect(lastWindow().destroy).toHaveBeenCalledOnce();
    expect(fs.existsSync(path.dirname(print.loaded[0]!.file))).toBe(false);
  });
});
