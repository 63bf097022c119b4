/**
 * The register page in Chromium, served by the real browser host on a 100,000-row workspace:
 * how long until the first rows show after the page is opened (in the app, and by loading its
 * address cold), and the longest main-thread task while the table is scrolled from its first row
 * to its last (PerformanceObserver 'longtask', installed before the app's own scripts run).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startWebHost, type WebHost } from '../test/e2e/support/web-host';
import { REPO, TMP } from './bench-inputs';

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
/** The register's table (RegisterPage names it register-table; equipment-table was its planned name). */
const TABLE = '[data-testid="register-table"], [data-testid="equipment-table"]';
const ROW = '[data-testid="equipment-row"]';

export interface BrowserRun {
  /** ms from setting the register's address in a running app to the first row in the document. */
  inAppFirstRowsMs: number;
  /** ms from the start of a full page load of the register's address to the first row. */
  coldFirstRowsMs: number;
  scroll: {
    ms: number;
    steps: number;
    /** Steps where the wheel did not move the table and the scroll position was set instead. */
    scrollBarSteps: number;
    reachedEnd: boolean;
    longTasks: number;
    longTasksOver100: number;
    maxLongTaskMs: number;
    /** The longest tasks, with when they began (ms after the scroll started): early ones are cold start. */
    slowest: { atMs: number; ms: number }[];
  };
}

export type BrowserOutcome = { ok: true; runs: BrowserRun[] } | { ok: false; reason: string };

/** Runs in the page before the app: records long tasks and when the first register row appears. */
function initScript() {
  const w = window as unknown as {
    __bench: {
      longTasks: { start: number; duration: number }[];
      firstRowAt: number | null;
      watchFrom: number;
    };
  };
  w.__bench = { longTasks: [], firstRowAt: null, watchFrom: 0 };
  if (!PerformanceObserver.supportedEntryTypes.includes('longtask')) w.__bench.longTasks = null as never;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long task timing in this browser: the scroll figure will say 0
  }
  const seen = () => {
    if (w.__bench.firstRowAt === null && document.querySelector('[data-testid="equipment-row"]')) {
      w.__bench.firstRowAt = performance.now();
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
}

export function buildRenderer(): string | null {
  const r = spawnSync('npm', ['run', 'build:renderer'], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH ?? ''}` },
  });
  return r.status === 0 ? null : `npm run build:renderer failed: ${(r.stderr || r.stdout).slice(-800)}`;
}

/** A copy of the register's workspace, so the host's own writes (backups, purges) stay out of the others' way. */
export function copyWorkspace(source: string, dir: string): string {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, 'workspace.sqlite');
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.prepare('VACUUM INTO ?').run(target);
  } finally {
    db.close();
  }
  return target;
}

async function firstRowsAfter(page: Page, open: () => Promise<unknown>, timeoutMs: number): Promise<number> {
  await open();
  await page.waitForSelector(ROW, { state: 'visible', timeout: timeoutMs });
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { firstRowAt: number | null; watchFrom: number } }).__bench;
    return (b.firstRowAt ?? performance.now()) - b.watchFrom;
  });
}

/** About 250 rows (40 px each) per step: a fast flick of the wheel; ~400 steps from top to bottom. */
const STEP_PX = 10_000;

/**
 * Scrolls the table from its top to its bottom, STEP_PX at a time and at least two frames apart:
 * by the mouse wheel, as a user does; when a wheel step does not move the table (something over
 * it takes the wheel, e.g. a loading overlay), by setting the scroll position, as dragging the
 * scroll bar does — those steps are counted. Then waits for the last rows to arrive.
 */
async function scrollToEnd(page: Page, timeoutMs: number): Promise<BrowserRun['scroll']> {
  const box = await page.locator(TABLE).first().boundingBox();
  if (!box) throw new Error('the register table has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 300));
  /** The scrolling element around the rows; `by` moves it first. */
  const position = (by: number) =>
    page.evaluate(
      ([rowSel, px]) => {
        const row = document.querySelector(rowSel as string);
        let el: HTMLElement | null = row?.parentElement ?? null;
        while (
          el &&
          !(el.scrollHeight > el.clientHeight + 10 && getComputedStyle(el).overflowY !== 'visible')
        )
          el = el.parentElement;
        const s = el ?? (document.scrollingElement as HTMLElement);
        if ((px as number) > 0) s.scrollTop += px as number;
        return { top: s.scrollTop, max: s.scrollHeight - s.clientHeight };
      },
      [ROW, by] as const,
    );
  const frames = () =>
    page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const start = await page.evaluate(() => performance.now());
  const t0 = Date.now();
  let steps = 0;
  let setSteps = 0;
  let reachedEnd = false;
  let last = (await position(0)).top;
  while (Date.now() - t0 < timeoutMs) {
    await page.mouse.wheel(0, STEP_PX);
    steps++;
    // The list applies a wheel on a later frame: wait for it to move, a second at most.
    const moved = await page
      .waitForFunction(
        ([rowSel, before]) => {
          let el = document.querySelector(rowSel as string)?.parentElement ?? null;
          while (
            el &&
            !(el.scrollHeight > el.clientHeight + 10 && getComputedStyle(el).overflowY !== 'visible')
          )
            el = el.parentElement;
          return (el ?? document.scrollingElement)!.scrollTop !== before;
        },
        [ROW, last] as const,
        { polling: 'raf', timeout: 1000 },
      )
      .then(() => true)
      .catch(() => false);
    let p = await position(0);
    if (!moved && !(p.max > 0 && p.top >= p.max - 2)) {
      p = await position(STEP_PX);
      setSteps++;
    }
    await frames();
    last = p.top;
    if (p.max > 0 && p.top >= p.max - 2) {
      reachedEnd = true;
      break;
    }
  }
  // The last rows must actually arrive, not only the scroll position.
  await page
    .waitForFunction((sel) => !document.querySelector(sel), `[data-testid="equipment-row-loading"]`, {
      timeout: 15_000,
    })
    .catch(() => undefined);
  const end = await page.evaluate(() => performance.now());
  const observed = await page.evaluate(
    () => (window as unknown as { __bench: { longTasks: unknown } }).__bench.longTasks !== null,
  );
  if (!observed) throw new Error("this Chromium does not report 'longtask' entries");
  const tasks = await page.evaluate(
    ([from, to]) =>
      (
        window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }
      ).__bench.longTasks.filter((t) => t.start >= (from as number) && t.start <= (to as number)),
    [start, end],
  );
  return {
    ms: end - start,
    steps,
    scrollBarSteps: setSteps,
    reachedEnd,
    longTasks: tasks.length,
    longTasksOver100: tasks.filter((t) => t.duration > 100).length,
    maxLongTaskMs: tasks.reduce((m, t) => Math.max(m, t.duration), 0),
    slowest: [...tasks]
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 5)
      .map((t) => ({ atMs: Math.round(t.start - start), ms: Math.round(t.duration) })),
  };
}

async function oneRun(browser: Browser, host: WebHost, enterpriseId: number): Promise<BrowserRun> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(initScript);
    await page.goto(host.url);
    await page.waitForFunction(() => !location.hash.includes('token='));
    await page.waitForLoadState('networkidle');
    const registerHash = `#/enterprises/${enterpriseId}/register`;
    const inApp = await firstRowsAfter(
      page,
      () =>
        page.evaluate((hash) => {
          const b = (window as unknown as { __bench: { firstRowAt: number | null; watchFrom: number } })
            .__bench;
          b.firstRowAt = null;
          b.watchFrom = performance.now();
          location.hash = hash;
        }, registerHash),
      15_000,
    );
    // BENCH_CPU_PROFILE=FILE saves the renderer's CPU profile of the scroll (open it in DevTools).
    const profileTo = process.env.BENCH_CPU_PROFILE;
    const cdp = profileTo ? await context.newCDPSession(page) : null;
    if (cdp) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.start'));
    const scroll = await scrollToEnd(page, 240_000);
    if (cdp && profileTo)
      fs.writeFileSync(profileTo, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    // Cold: the register's address loaded from scratch (the token stays in this tab's session).
    const cold = await firstRowsAfter(page, () => page.reload(), 15_000);
    return { inAppFirstRowsMs: inApp, coldFirstRowsMs: cold, scroll };
  } finally {
    await context.close();
  }
}

export async function browserBench(
  workspace: string,
  enterpriseId: number,
  repeats: number,
): Promise<BrowserOutcome> {
  if (!CHROMIUM) return { ok: false, reason: 'no Chromium at /usr/bin/chromium' };
  if (!fs.existsSync(path.join(REPO, 'renderer', 'register', 'RegisterPage.tsx'))) {
    return { ok: false, reason: 'register page not available yet (no renderer/register/RegisterPage.tsx)' };
  }
  const buildError = buildRenderer();
  if (buildError) return { ok: false, reason: buildError };
  const dir = path.join(TMP, 'ws-browser');
  const copy = copyWorkspace(workspace, dir);
  const host = await startWebHost({ dir, workspace: copy });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    // Is the page there? Its table must show within a generous time, else it is not built yet.
    const probe = await browser.newContext();
    try {
      const page = await probe.newPage();
      await page.goto(host.url);
      await page.waitForFunction(() => !location.hash.includes('token='));
      await page.evaluate((hash) => (location.hash = hash), `#/enterprises/${enterpriseId}/register`);
      const found = await page
        .waitForSelector(TABLE, { timeout: 20_000 })
        .then(() => true)
        .catch(() => false);
      if (!found) return { ok: false, reason: 'register page not available yet (no register table shown)' };
    } finally {
      await probe.close();
    }
    const runs: BrowserRun[] = [];
    for (let i = 0; i < repeats; i++) runs.push(await oneRun(browser, host, enterpriseId));
    return { ok: true, runs };
  } finally {
    await browser.close();
    await host.stop();
  }
}
