import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, Screen } from 'electron';
import {
  DEFAULT_SIZE,
  loadWindowState,
  MIN_SIZE,
  restoreWindowState,
  trackWindowState,
  windowStateFile,
} from '../../../electron/main/window-state';
import { asElectron } from './support/electron-stand-in';

const LAPTOP = { x: 0, y: 0, width: 1440, height: 860 };
/** A second monitor to the right of the laptop. */
const MONITOR = { x: 1440, y: -200, width: 2560, height: 1400 };

function fakeScreen(...workAreas: (typeof LAPTOP)[]) {
  return asElectron<Pick<Screen, 'getAllDisplays'>>({
    getAllDisplays: () => workAreas.map((workArea) => ({ workArea })),
  });
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retrofit-window-state-'));
});
afterEach(() => {
  vi.useRealTimers();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('restoring the window', () => {
  it('opens centred at the default size the first time, and when the file is corrupt', () => {
    const file = windowStateFile(dir);
    expect(loadWindowState(file, fakeScreen(LAPTOP))).toEqual({ ...DEFAULT_SIZE, maximized: false });
    fs.writeFileSync(file, '{"width": 1200, "hei');
    expect(loadWindowState(file, fakeScreen(LAPTOP))).toEqual({ ...DEFAULT_SIZE, maximized: false });
    fs.writeFileSync(file, JSON.stringify({ width: 'wide', height: 900 }));
    expect(loadWindowState(file, fakeScreen(LAPTOP))).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('puts the window back where it was on a screen that is still there', () => {
    const saved = { x: 2000, y: 100, width: 1600, height: 1000, maximized: true };
    expect(restoreWindowState(saved, [LAPTOP, MONITOR])).toEqual(saved);
  });

  it('centres a window whose monitor has been unplugged, at a size that fits the screens left', () => {
    const saved = { x: 2000, y: 100, width: 2400, height: 1300, maximized: false };
    expect(restoreWindowState(saved, [LAPTOP])).toEqual({ width: 1440, height: 860, maximized: false });
  });

  it('pulls a window hanging off the edge back inside the screen it is on', () => {
    const saved = { x: 1000, y: 700, width: 1200, height: 800, maximized: false };
    // 440 px of the title bar are on the laptop: it stays there, moved fully inside.
    expect(restoreWindowState(saved, [LAPTOP])).toEqual({
      x: 240,
      y: 60,
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('treats a window with only a sliver of title bar on screen as lost', () => {
    const saved = { x: 1400, y: 10, width: 1200, height: 800, maximized: false };
    expect(restoreWindowState(saved, [LAPTOP])).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('never restores a window smaller than the minimum size', () => {
    const saved = { x: 10, y: 10, width: 300, height: 200, maximized: false };
    expect(restoreWindowState(saved, [LAPTOP])).toMatchObject({ ...MIN_SIZE, x: 10, y: 10 });
  });
});

class FakeTrackedWindow extends EventEmitter {
  bounds = { x: 100, y: 80, width: 1300, height: 850 };
  maximized = false;
  fullScreen = false;
  destroyed = false;
  getNormalBounds = () => this.bounds;
  isMaximized = () => this.maximized;
  isFullScreen = () => this.fullScreen;
  isDestroyed = () => this.destroyed;
}

describe('saving the window state', () => {
  it('saves once the window stops moving, not on every step, and at once on close', () => {
    vi.useFakeTimers();
    const file = windowStateFile(dir);
    const window = new FakeTrackedWindow();
    trackWindowState(asElectron<BrowserWindow>(window), file, undefined, 500);

    for (let i = 0; i < 10; i += 1) {
      window.bounds = { ...window.bounds, x: 100 + i * 10 };
      window.emit('move');
      vi.advanceTimersByTime(100);
    }
    expect(fs.existsSync(file)).toBe(false);
    vi.advanceTimersByTime(500);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toEqual({
      x: 190,
      y: 80,
      width: 1300,
      height: 850,
      maximized: false,
    });

    window.maximized = true;
    window.emit('maximize');
    window.emit('close');
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject({ x: 190, maximized: true });
    // The round trip: what was saved is what the next start uses, pulled inside the smaller laptop screen.
    expect(loadWindowState(file, fakeScreen(LAPTOP))).toEqual({
      x: 140,
      y: 10,
      width: 1300,
      height: 850,
      maximized: true,
    });
  });

  it('logs instead of throwing when the folder cannot be written', () => {
    const blocker = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocker, '');
    const log = vi.fn();
    const window = new FakeTrackedWindow();
    const saveNow = trackWindowState(
      asElectron<BrowserWindow>(window),
      path.join(blocker, 'window-state.json'),
      log,
    );
    expect(() => saveNow()).not.toThrow();
    expect(log).toHaveBeenCalledWith('could not save the window state', expect.anything());
  });
});
