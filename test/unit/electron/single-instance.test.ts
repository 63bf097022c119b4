import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { App, BrowserWindow } from 'electron';
import { claimSingleInstance } from '../../../electron/main/single-instance';
import { asElectron, FakeBrowserWindow } from './support/electron-stand-in';

function fakeApp(gotLock: boolean) {
  return Object.assign(new EventEmitter(), {
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
  });
}

describe('single instance', () => {
  it('a second launch quits itself without touching anything', () => {
    const app = fakeApp(false);
    const getWindow = vi.fn(() => null);
    expect(claimSingleInstance(asElectron<App>(app), getWindow)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('the first instance keeps running and brings its window forward when launched again', () => {
    const app = fakeApp(true);
    const window = new FakeBrowserWindow();
    window.minimized = true;
    expect(claimSingleInstance(asElectron<App>(app), () => asElectron<BrowserWindow>(window))).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();

    app.emit('second-instance', {}, ['retrofit-planner'], '/home/user', {});
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('does not restore or show a window that is already visible', () => {
    const app = fakeApp(true);
    const window = new FakeBrowserWindow();
    window.visible = true;
    claimSingleInstance(asElectron<App>(app), () => asElectron<BrowserWindow>(window));
    app.emit('second-instance', {}, [], '/', {});
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.show).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('copes with a launch while no window exists yet or after it was destroyed', () => {
    const app = fakeApp(true);
    let window: FakeBrowserWindow | null = null;
    claimSingleInstance(asElectron<App>(app), () => asElectron<BrowserWindow | null>(window));
    expect(() => app.emit('second-instance', {}, [], '/', {})).not.toThrow();
    window = new FakeBrowserWindow();
    window.destroyed = true;
    app.emit('second-instance', {}, [], '/', {});
    expect(window.focus).not.toHaveBeenCalled();
  });
});
