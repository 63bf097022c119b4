/**
 * Remembers the window's size, position and maximised state (window-state.json in the user-data
 * folder) and puts it back on the next start — but only onto a screen that is still there: a
 * window saved on a monitor since unplugged would otherwise open out of reach.
 */
import path from 'node:path';
import type { BrowserWindow, Rectangle, Screen } from 'electron';
import { isRecord, readJsonFile, writeJsonFile } from './json-file';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

/** Same as window.ts's minimum size; a saved size below it is raised to it. */
export const MIN_SIZE = { width: 1024, height: 680 };
export const DEFAULT_SIZE = { width: 1400, height: 900 };
/** How much of the title bar must be on a screen for the user to grab it. */
const MIN_VISIBLE = 100;
const SAVE_DELAY_MS = 500;

export function windowStateFile(userDataDir: string): string {
  return path.join(userDataDir, 'window-state.json');
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** What a file holds, or null when it is missing, corrupt or not a window state. */
export function parseWindowState(raw: unknown): WindowState | null {
  if (!isRecord(raw) || !isInt(raw.width) || !isInt(raw.height)) return null;
  const state: WindowState = {
    width: Math.round(raw.width),
    height: Math.round(raw.height),
    maximized: raw.maximized === true,
  };
  if (isInt(raw.x) && isInt(raw.y)) {
    state.x = Math.round(raw.x);
    state.y = Math.round(raw.y);
  }
  return state;
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Fits a saved state to today's screens: the size to at most the largest work area and at least
 * the minimum; the position kept only if the top of the window is on some screen, otherwise the
 * window is centred on the primary screen (no x/y: Electron centres it).
 */
export function restoreWindowState(saved: WindowState | null, workAreas: Rectangle[]): WindowState {
  if (!saved) return { ...DEFAULT_SIZE, maximized: false };
  const largest = workAreas.reduce(
    (max, a) => ({ width: Math.max(max.width, a.width), height: Math.max(max.height, a.height) }),
    { width: 0, height: 0 },
  );
  const fit = (value: number, min: number, max: number) =>
    Math.max(min, max > 0 ? Math.min(value, max) : value);
  const width = fit(saved.width, MIN_SIZE.width, largest.width);
  const height = fit(saved.height, MIN_SIZE.height, largest.height);
  const restored: WindowState = { width, height, maximized: saved.maximized };
  if (saved.x === undefined || saved.y === undefined) return restored;
  const titleBar = { x: saved.x, y: saved.y, width, height: 40 };
  const area = workAreas.find((a) => {
    const o = overlap(titleBar, a);
    return o.width >= Math.min(MIN_VISIBLE, width) && o.height > 0;
  });
  if (!area) return restored;
  // On a screen: pull it fully inside that screen's work area where it fits.
  restored.x = Math.min(Math.max(saved.x, area.x), area.x + Math.max(0, area.width - width));
  restored.y = Math.min(Math.max(saved.y, area.y), area.y + Math.max(0, area.height - height));
  return restored;
}

export function loadWindowState(file: string, screen: Pick<Screen, 'getAllDisplays'>): WindowState {
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  return restoreWindowState(parseWindowState(readJsonFile(file)), workAreas);
}

type TrackedWindow = Pick<
  BrowserWindow,
  'on' | 'getNormalBounds' | 'isMaximized' | 'isFullScreen' | 'isDestroyed'
>;

/**
 * Saves the window's state shortly after it stops moving or resizing, and at once when it closes.
 * The normal (unmaximised) bounds are saved, so un-maximising next time returns to them. Returns a
 * function that writes any pending save immediately.
 */
export function trackWindowState(
  window: TrackedWindow,
  file: string,
  log: (message: string, detail?: unknown) => void = () => {},
  delayMs = SAVE_DELAY_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    const state: WindowState = {
      ...bounds,
      // A full-screen window reopens maximised: full screen on start-up surprises more than it helps.
      maximized: window.isMaximized() || window.isFullScreen(),
    };
    try {
      writeJsonFile(file, state);
    } catch (e) {
      log('could not save the window state', e);
    }
  };
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const)
    window.on(event as 'resize', later);
  window.on('close', save);
  return save;
}
