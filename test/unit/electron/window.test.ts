import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./support/electron-stand-in')).electronStandIn);

import { createMainWindow, loadApp } from '../../../electron/main/window';
import { asElectron, FakeBrowserWindow } from './support/electron-stand-in';
import type { BrowserWindow } from 'electron';

function create(devTools = false) {
  const window = createMainWindow({ preloadPath: '/app/dist/electron/preload.cjs', lang: 'zh-CN', devTools });
  const fake = FakeBrowserWindow.instances.at(-1)!;
  expect(asElectron<FakeBrowserWindow>(window)).toBe(fake);
  return fake;
}

describe('main window', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances = [];
    vi.clearAllMocks();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it('is created with the security checklist webPreferences', () => {
    const prefs = create().options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs.disableBlinkFeatures).toContain('Auxclick');
    expect(create(true).options.webPreferences).toMatchObject({ devTools: true });
  });

  it('stays hidden until the first paint, then shows', () => {
    const window = create();
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('loads the renderer from the app origin', () => {
    const window = create();
    loadApp(asElectron<BrowserWindow>(window));
    expect(window.loadURL).toHaveBeenCalledWith('app://retrofit/index.html');
  });

  it('replaces a failed main-frame load with a readable error page', () => {
    const contents = create().webContents;
    contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://retrofit/index.html', true, 1, 1);
    expect(contents.loadURL).toHaveBeenCalledOnce();
    const url = contents.loadURL.mock.calls[0]![0];
    expect(url.startsWith('data:text/html')).toBe(true);
    const html = decodeURIComponent(url.slice(url.indexOf(',') + 1));
    expect(html).toContain('界面无法加载');
    expect(html).toContain('ERR_FILE_NOT_FOUND (-6)');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toContain('<script');
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('ERR_FILE_NOT_FOUND'));
  });

  it('escapes the error text it shows', () => {
    const contents = create().webContents;
    contents.emit('did-fail-load', {}, -2, '<img src=x onerror=alert(1)>', 'app://retrofit/', true, 1, 1);
    const html = decodeURIComponent(contents.loadURL.mock.calls[0]![0].split(',').slice(1).join(','));
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img');
  });

  it('ignores aborted loads, subframes and a failing error page', () => {
    const contents = create().webContents;
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'app://retrofit/index.html', true, 1, 1);
    contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://retrofit/frame.html', false, 1, 2);
    contents.emit('did-fail-load', {}, -2, 'ERR_FAILED', 'data:text/html;charset=utf-8,x', true, 1, 1);
    expect(contents.loadURL).not.toHaveBeenCalled();
  });
});
