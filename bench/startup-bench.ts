/**
 * The renderer's start-up: what the first screen downloads (the entry's JS and CSS as index.html
 * names them, raw and gzip) and how long the first page, the portfolio, takes to become usable in
 * Chromium on the 100,000-row workspace, loaded cold. Interactive = the first portfolio row is in
 * the document and no long task that began before it is still running (the main thread is free to
 * answer a click). The build is the bench's own (under bench/tmp), never dist/.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import { startWebHost } from '../test/e2e/support/web-host';
import { REPO, TMP } from './bench-inputs';
import { CHROMIUM, copyWorkspace } from './browser-bench';

export interface StartupSizes {
  js: { raw: number; gzip: number; files: number };
  css: { raw: number; gzip: number; files: number };
}

export interface StartupRun {
  /** ms from navigation start to interactive (see above). */
  interactiveMs: number;
  firstRowMs: number;
  /** What the page fetched up to then: the entry and the portfolio's own chunks. */
  loadedJs: { raw: number; gzip: number; files: string[] };
}

export type StartupOutcome =
  | { ok: true; sizes: StartupSizes; runs: StartupRun[]; chartOrExportLoaded: string[] }
  | { ok: false; reason: string };

/** Chunks of the charting library and of the exports: the first screen must not load them. */
const HEAVY = /^(CategoricalChart|CartesianChart|PieChart|RadarChart|chart-png|DraftOutputs|ExportButtons)-/;

const gzipSize = (bytes: Buffer) => zlib.gzipSync(bytes, { level: 9 }).length;

function build(outDir: string): string | null {
  const r = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? ''}` },
  });
  return r.status === 0 ? null : `vite build failed: ${(r.stderr || r.stdout).slice(-800)}`;
}

/** The entry as index.html loads it: the module script, its modulepreloads and the stylesheets. */
export function entrySizes(dist: string): StartupSizes {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const refs = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1] as string);
  const js = [
    ...refs(/<script[^>]+src="([^"]+\.js)"/g),
    ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ];
  const css = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g);
  const total = (files: string[]) => {
    const bytes = files.map((f) => fs.readFileSync(path.join(dist, f)));
    return {
      raw: bytes.reduce((s, b) => s + b.length, 0),
      gzip: bytes.reduce((s, b) => s + gzipSize(b), 0),
      files: files.length,
    };
  };
  return { js: total([...new Set(js)]), css: total([...new Set(css)]) };
}

/** Runs in the page before the app: long tasks, and when the first portfolio row appears. */
function initScript() {
  const w = window as unknown as { __startup: { tasks: [number, number][]; firstRowAt: number | null } };
  w.__startup = { tasks: [], firstRowAt: null };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__startup.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long task timing: interactive is then the first row
  }
  new MutationObserver(() => {
    if (w.__startup.firstRowAt === null && document.querySelector('[data-testid="portfolio-row"]')) {
      w.__startup.firstRowAt = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });
}

export async function startupBench(workspace: string, repeats: number): Promise<StartupOutcome> {
  if (!CHROMIUM) return { ok: false, reason: 'no Chromium at /usr/bin/chromium' };
  const dist = path.join(TMP, 'startup-renderer');
  const buildError = build(dist);
  if (buildError) return { ok: false, reason: buildError };
  const sizes = entrySizes(dist);

  const dir = path.join(TMP, 'ws-startup');
  const copy = copyWorkspace(workspace, dir);
  const before = process.env.RETROFIT_E2E_STATIC_DIR;
  process.env.RETROFIT_E2E_STATIC_DIR = dist;
  const host = await startWebHost({ dir, workspace: copy }).finally(() => {
    if (before === undefined) delete process.env.RETROFIT_E2E_STATIC_DIR;
    else process.env.RETROFIT_E2E_STATIC_DIR = before;
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'], headless: true });
  const runs: StartupRun[] = [];
  const heavy = new Set<string>();
  try {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(initScript);
    // The token is taken from the address once; reloads of #/portfolio are then the app starting.
    await page.goto(host.url);
    await page.waitForFunction(() => !location.hash.includes('token='));
    await page.evaluate(() => (location.hash = '#/portfolio'));
    await page.waitForSelector('[data-testid="portfolio-row"]', { timeout: 60_000 });
    for (let i = 0; i < repeats; i++) {
      const fetched: { url: string; body: Promise<Buffer> }[] = [];
      const onResponse = (r: import('@playwright/test').Response) => {
        if (r.url().endsWith('.js')) fetched.push({ url: r.url(), body: r.body() });
      };
      page.on('response', onResponse);
      // A cold start: no HTTP cache, as an app launched anew reads its files from disk.
      await context.clearCookies();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await page.reload();
      await page.waitForSelector('[data-testid="portfolio-row"]', { timeout: 60_000 });
      // Long tasks already running when the row appeared end within their duration: wait one out.
      await page.waitForTimeout(300);
      const timing = await page.evaluate(() => {
        const s = (window as unknown as { __startup: { tasks: [number, number][]; firstRowAt: number } })
          .__startup;
        const busyUntil = s.tasks
          .filter(([start]) => start <= s.firstRowAt)
          .reduce((end, [start, duration]) => Math.max(end, start + duration), 0);
        return { firstRowMs: s.firstRowAt, interactiveMs: Math.max(s.firstRowAt, busyUntil) };
      });
      page.off('response', onResponse);
      await cdp.detach();
      const bodies = await Promise.all(fetched.map((f) => f.body.catch(() => Buffer.alloc(0))));
      const names = fetched.map((f) => path.basename(new URL(f.url).pathname));
      for (const name of names) if (HEAVY.test(name)) heavy.add(name);
      runs.push({
        ...timing,
        loadedJs: {
          raw: bodies.reduce((s, b) => s + b.length, 0),
          gzip: bodies.reduce((s, b) => s + gzipSize(b), 0),
          files: names,
        },
      });
    }
    await context.close();
  } finally {
    await browser.close();
    await host.stop();
  }
  return { ok: true, sizes, runs, chartOrExportLoaded: [...heavy] };
}
