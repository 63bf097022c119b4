/**
 * PDF printing for the browser host and the CLI: a headless Chromium the machine already has, driven
 * over the DevTools protocol on a pipe (`--remote-debugging-pipe`). The command line's own
 * `--print-to-pdf` cannot take a footer template — it prints the file path and date, or nothing — and
 * the draft needs its page numbers, so the page is printed with `Page.printToPDF` like Electron's
 * `printToPDF` does. No port is opened and no runtime dependency is needed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Readable, Writable } from 'node:stream';
import { DRAFT_PDF_FOOTER, DRAFT_PDF_HEADER } from '../../../shared/drafts/draft-html';
import type { PdfPrinter } from '../../core/api/handler-types';

export interface ChromiumPdfOptions {
  /** The browser to run; found with findChromium when omitted. */
  executable?: string;
  /** Chromium's header and footer templates (its pageNumber/totalPages classes); the draft's by default. */
  headerTemplate?: string;
  footerTemplate?: string;
  /** A print that takes longer is abandoned and its browser killed. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
/** What is kept of the browser's stderr for the error message: its last words say why it failed. */
const STDERR_TAIL_CHARS = 2_000;

/** Where the usual installs put Chromium or Chrome, per platform. */
function candidates(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  const fromEnv = env.RETROFIT_CHROMIUM ? [env.RETROFIT_CHROMIUM] : [];
  if (platform === 'darwin') {
    return [
      ...fromEnv,
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (root): root is string => Boolean(root),
    );
    return [
      ...fromEnv,
      ...roots.map((root) => path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe')),
      ...roots.map((root) => path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
    ];
  }
  return [
    ...fromEnv,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ];
}

/** The first Chromium found: RETROFIT_CHROMIUM, then the usual install places; null when none. */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (file: string) => boolean = fs.existsSync,
): string | null {
  return candidates(env, platform).find((file) => exists(file)) ?? null;
}

/** A printer on the Chromium found (or given); null when there is none, so the core can say PDF is unavailable. */
export function chromiumPdfPrinter(options: ChromiumPdfOptions = {}): PdfPrinter | null {
  const executable = options.executable ?? findChromium();
  if (!executable) return null;
  const templates = {
    headerTemplate: options.headerTemplate ?? DRAFT_PDF_HEADER,
    footerTemplate: options.footerTemplate ?? DRAFT_PDF_FOOTER,
  };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return (html) => printWithChromium(executable, html, templates, timeoutMs);
}

interface DevToolsMessage {
  id?: number;
  method?: string;
  sessionId?: string;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/** The DevTools protocol over Chromium's pipe: NUL-terminated JSON messages on fds 3 (to it) and 4 (from it). */
class DevToolsPipe {
  private nextId = 1;
  private buffered = '';
  private readonly waiting = new Map<
    number,
    { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }
  >();
  private readonly listeners = new Set<(message: DevToolsMessage) => void>();

  constructor(
    private readonly toBrowser: Writable,
    fromBrowser: Readable,
  ) {
    fromBrowser.setEncoding('utf8');
    fromBrowser.on('data', (chunk: string) => this.receive(chunk));
  }

  private receive(chunk: string): void {
    this.buffered += chunk;
    for (let end = this.buffered.indexOf('\0'); end >= 0; end = this.buffered.indexOf('\0')) {
      const text = this.buffered.slice(0, end);
      this.buffered = this.buffered.slice(end + 1);
      let message: DevToolsMessage;
      try {
        message = JSON.parse(text) as DevToolsMessage;
      } catch {
        // Not the protocol: nothing waits for it, and the print's timeout still stands.
        continue;
      }
      const waiter = message.id === undefined ? undefined : this.waiting.get(message.id);
      if (waiter) {
        this.waiting.delete(message.id!);
        if (message.error) waiter.reject(new Error(`Chromium: ${message.error.message}`));
        else waiter.resolve(message.result ?? {});
      } else {
        for (const listener of this.listeners) listener(message);
      }
    }
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string) {
    const id = this.nextId++;
    return new Promise<Record<string, unknown>>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.toBrowser.write(
        `${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`,
      );
    });
  }

  /** Resolves on the first event of that name from that session. */
  once(method: string, sessionId: string): Promise<void> {
    return new Promise((resolve) => {
      const listener = (message: DevToolsMessage) => {
        if (message.method !== method || message.sessionId !== sessionId) return;
        this.listeners.delete(listener);
        resolve();
      };
      this.listeners.add(listener);
    });
  }
}

function browserArgs(userDataDir: string): string[] {
  // Chromium refuses to start its sandbox as root (containers, CI); a normal user keeps it.
  const asRoot = process.getuid?.() === 0;
  return [
    '--headless',
    ...(asRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--remote-debugging-pipe',
    `--user-data-dir=${userDataDir}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--mute-audio',
    // The page is self-contained: nothing it names may be fetched, and the app stays offline.
    '--host-resolver-rules=MAP * ~NOTFOUND',
    'about:blank',
  ];
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

interface Templates {
  headerTemplate: string;
  footerTemplate: string;
}

async function printPage(devTools: DevToolsPipe, pageUrl: string, templates: Templates): Promise<Buffer> {
  const { targetId } = await devTools.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = (await devTools.send('Target.attachToTarget', { targetId, flatten: true })) as {
    sessionId: string;
  };
  await devTools.send('Page.enable', {}, sessionId);
  // The print view has no script; none may run even if a text slipped one through.
  await devTools.send('Emulation.setScriptExecutionDisabled', { value: true }, sessionId);
  const loaded = devTools.once('Page.loadEventFired', sessionId);
  const navigation = await devTools.send('Page.navigate', { url: pageUrl }, sessionId);
  if (typeof navigation.errorText === 'string')
    throw new Error(`Chromium could not open the page: ${navigation.errorText}`);
  await loaded;
  const { data } = await devTools.send(
    'Page.printToPDF',
    {
      // The page's @page rule sets A4 and the margins; the paper size is the fallback.
      preferCSSPageSize: true,
      paperWidth: 8.27,
      paperHeight: 11.69,
      printBackground: true,
      displayHeaderFooter: true,
      ...templates,
    },
    sessionId,
  );
  if (typeof data !== 'string') throw new Error('Chromium returned no PDF');
  return Buffer.from(data, 'base64');
}

/** How long a closed browser gets to end its helper processes before they are killed. */
const CLOSE_GRACE_MS = 5_000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Ends the browser and its helper processes (renderer, GPU, zygote): on POSIX it leads its own
 * process group, and the whole group goes, so none is left writing into the temp folder.
 */
function killBrowser(browser: ChildProcess): void {
  if (browser.pid === undefined) return;
  try {
    if (process.platform === 'win32') browser.kill('SIGKILL');
    else process.kill(-browser.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Resolves with the end of what the browser wrote to stderr (its last words say why it failed). */
function collectStderr(browser: ChildProcess): () => Promise<string> {
  let text = '';
  const ended = new Promise<void>((resolve) => {
    browser.stderr!.setEncoding('utf8');
    browser.stderr!.on('data', (chunk: string) => {
      text = (text + chunk).slice(-STDERR_TAIL_CHARS);
    });
    browser.stderr!.once('close', () => resolve());
    browser.stderr!.once('error', () => resolve());
  });
  return async () => {
    await Promise.race([ended, delay(500)]);
    return text.trim();
  };
}

async function printWithChromium(
  executable: string,
  html: string,
  templates: Templates,
  timeoutMs: number,
): Promise<Buffer> {
  // mkdtemp makes the folder readable by this user only; the draft never lands where others can read it.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retrofit-print-'));
  let browser: ChildProcess | null = null;
  let timer: NodeJS.Timeout | undefined;
  try {
    const page = path.join(dir, 'draft.html');
    fs.writeFileSync(page, html, { encoding: 'utf8', mode: 0o600 });
    browser = spawn(executable, browserArgs(path.join(dir, 'profile')), {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    const started = browser;
    const stderr = collectStderr(started);
    const toBrowser = started.stdio[3] as Writable;
    const fromBrowser = started.stdio[4] as Readable;
    // A browser that dies mid-print breaks its pipe; its exit says why, the pipe's error adds nothing.
    toBrowser.on('error', () => undefined);
    fromBrowser.on('error', () => undefined);
    const devTools = new DevToolsPipe(toBrowser, fromBrowser);
    const failed = new Promise<never>((_, reject) => {
      started.once('error', (e) =>
        reject(new Error(`Chromium could not be started (${executable}): ${e.message}`)),
      );
      started.once('exit', (code, signal) => {
        void stderr().then((said) =>
          reject(new Error(`Chromium stopped before printing (exit ${code ?? signal}): ${said}`)),
        );
      });
      timer = setTimeout(
        () => reject(new Error(`Chromium did not finish printing within ${Math.round(timeoutMs / 1000)} s`)),
        timeoutMs,
      );
    });
    // It also settles once the browser exits after a good print; that rejection is nobody's concern.
    failed.catch(() => undefined);
    const pdf = await Promise.race([printPage(devTools, pathToFileURL(page).href, templates), failed]);
    await Promise.race([
      devTools.send('Browser.close').catch(() => ({})),
      exited(started),
      delay(CLOSE_GRACE_MS),
    ]);
    await Promise.race([exited(started), delay(CLOSE_GRACE_MS)]);
    return pdf;
  } finally {
    clearTimeout(timer);
    // A browser that never started (pid undefined) has no exit to wait for.
    if (browser && browser.pid !== undefined) {
      killBrowser(browser);
      await exited(browser);
    }
    // The helpers may let go of the profile a moment after the group is killed.
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  }
}
