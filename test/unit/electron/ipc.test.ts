import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => (await import('./support/electron-stand-in')).electronStandIn);

import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import type { CoreEvent } from '../../../shared/api/events';
import { Core } from '../../../electron/core/core';
import { bindApi, type ApiCore } from '../../../electron/main/ipc';
import {
  asElectron,
  FakeBrowserWindow,
  FakeFrame,
  FakeIpcMain,
  FakeWebContents,
} from './support/electron-stand-in';

const UNAUTHORIZED = { ok: false, error: { code: 'UNAUTHORIZED', params: {}, issues: [] } };

/** A core that records what reaches it and lets the test push events. */
function fakeCore() {
  const listeners = new Set<(e: CoreEvent) => void>();
  return {
    dispatch: vi.fn(async (method: string, input: unknown) => ({
      ok: true as const,
      result: { method, input },
    })),
    onEvent: vi.fn((listener: (e: CoreEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    emit: (e: CoreEvent) => listeners.forEach((l) => l(e)),
    listenerCount: () => listeners.size,
  };
}

function setUp(core: ApiCore = fakeCore()) {
  const ipcMain = new FakeIpcMain();
  const window = new FakeBrowserWindow();
  let current: FakeBrowserWindow | null = window;
  const unbind = bindApi(asElectron<IpcMain>(ipcMain), core, () => asElectron<BrowserWindow | null>(current));
  const handler = ipcMain.handlers.get('retrofit:call')!;
  const call = (sender: FakeWebContents, senderFrame: FakeFrame | null, method: unknown, input: unknown) =>
    handler(asElectron<IpcMainInvokeEvent>({ sender, senderFrame }), method, input);
  return { ipcMain, window, call, unbind, closeWindow: () => (current = null) };
}

describe('IPC binding: who may call', () => {
  it('passes a call from the window top frame on app:// to the core, verbatim', async () => {
    const core = fakeCore();
    const { window, call } = setUp(core);
    const input = { id: 7, nested: { a: [1, 2] } };
    const answer = await call(window.webContents, window.webContents.mainFrame, 'enterprise.get', input);
    expect(core.dispatch).toHaveBeenCalledExactlyOnceWith('enterprise.get', input);
    expect(answer).toEqual({ ok: true, result: { method: 'enterprise.get', input } });
  });

  it('refuses a call from another webContents', async () => {
    const core = fakeCore();
    const { call } = setUp(core);
    const stranger = new FakeWebContents('app://retrofit/index.html');
    expect(await call(stranger, stranger.mainFrame, 'workspace.status', {})).toEqual(UNAUTHORIZED);
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it.each([
    'https://evil.example/',
    'file:///work/main/dist/renderer/index.html',
    'data:text/html,hi',
    'app://retrofit.evil/index.html',
    'app://retrofit:8080/index.html',
    'app://user@retrofit/index.html',
    'about:blank',
    '',
  ])('refuses a call from a top frame showing %s', async (url) => {
    const core = fakeCore();
    const { window, call } = setUp(core);
    window.webContents.mainFrame.url = url;
    expect(await call(window.webContents, window.webContents.mainFrame, 'workspace.status', {})).toEqual(
      UNAUTHORIZED,
    );
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('refuses a message whose sender is another webContents, whatever frame it names', async () => {
    const core = fakeCore();
    const { window, call } = setUp(core);
    const stranger = new FakeWebContents('app://retrofit/index.html');
    expect(await call(stranger, window.webContents.mainFrame, 'workspace.status', {})).toEqual(UNAUTHORIZED);
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('refuses a call from a subframe, even one on app://', async () => {
    const core = fakeCore();
    const { window, call } = setUp(core);
    const iframe = new FakeFrame('app://retrofit/index.html', window.webContents.mainFrame);
    expect(await call(window.webContents, iframe, 'workspace.status', {})).toEqual(UNAUTHORIZED);
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('refuses a parentless frame that is not the main frame', async () => {
    const core = fakeCore();
    const { window, call } = setUp(core);
    const other = new FakeFrame('app://retrofit/index.html', null);
    expect(await call(window.webContents, other, 'workspace.status', {})).toEqual(UNAUTHORIZED);
  });

  it('refuses a missing, detached or disposed sender frame', async () => {
    const core = fakeCore();
    const { window, call } = setUp(core);
    expect(await call(window.webContents, null, 'workspace.status', {})).toEqual(UNAUTHORIZED);
    const detached = window.webContents.mainFrame;
    detached.detached = true;
    expect(await call(window.webContents, detached, 'workspace.status', {})).toEqual(UNAUTHORIZED);
    detached.detached = false;
    const disposed = Object.defineProperty(new FakeFrame('x'), 'url', {
      get() {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    });
    expect(await call(window.webContents, disposed, 'workspace.status', {})).toEqual(UNAUTHORIZED);
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('refuses calls once the window is gone', async () => {
    const core = fakeCore();
    const { window, call, closeWindow } = setUp(core);
    window.destroyed = true;
    expect(await call(window.webContents, window.webContents.mainFrame, 'workspace.status', {})).toEqual(
      UNAUTHORIZED,
    );
    window.destroyed = false;
    closeWindow();
    expect(await call(window.webContents, window.webContents.mainFrame, 'workspace.status', {})).toEqual(
      UNAUTHORIZED,
    );
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('hands a non-string method name to the core as an unknown one', async () => {
    const core = fakeCore();
    const { window, call } = setUp(core);
    await call(window.webContents, window.webContents.mainFrame, { toString: 'x' }, {});
    expect(core.dispatch).toHaveBeenCalledExactlyOnceWith('', {});
  });
});

describe('IPC binding: events and unbinding', () => {
  it('forwards core events to the app page only', () => {
    const core = fakeCore();
    const { window } = setUp(core);
    const event: CoreEvent = { type: 'workspace-changed', scope: 'enterprises' };
    core.emit(event);
    expect(window.webContents.mainFrame.send).toHaveBeenCalledExactlyOnceWith('retrofit:event', event);
    window.webContents.mainFrame.url = 'data:text/html,error page';
    core.emit(event);
    expect(window.webContents.mainFrame.send).toHaveBeenCalledOnce();
  });

  it('unbinds the handler and the event subscription', () => {
    const core = fakeCore();
    const { ipcMain, unbind } = setUp(core);
    expect(core.listenerCount()).toBe(1);
    unbind();
    expect(ipcMain.handlers.has('retrofit:call')).toBe(false);
    expect(core.listenerCount()).toBe(0);
  });
});

describe('IPC binding with the real core', () => {
  let dir: string;
  let core: Core;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'retrofit-ipc-'));
    core = await Core.open({ workspacePath: path.join(dir, 'workspace.sqlite'), autoBackupEveryMs: 0 });
  });
  afterEach(() => {
    core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers a trusted call with the core result', async () => {
    const { window, call } = setUp(core);
    const answer = (await call(window.webContents, window.webContents.mainFrame, 'workspace.status', {})) as {
      ok: boolean;
      result: { state: string; workspacePath: string };
    };
    expect(answer.ok).toBe(true);
    expect(answer.result.state).toBe('ready');
    expect(answer.result.workspacePath).toBe(path.join(dir, 'workspace.sqlite'));
  });

  it('lets the core reject bad names and payloads', async () => {
    const { window, call } = setUp(core);
    const frame = window.webContents.mainFrame;
    expect(await call(window.webContents, frame, 42, {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await call(window.webContents, frame, 'enterprise.get', { id: 'DROP TABLE' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('never lets an untrusted call touch the workspace', async () => {
    const { window, call } = setUp(core);
    const iframe = new FakeFrame('app://retrofit/index.html', window.webContents.mainFrame);
    expect(await call(window.webContents, iframe, 'backup.create', {})).toEqual(UNAUTHORIZED);
    const listed = (await call(window.webContents, window.webContents.mainFrame, 'backup.list', {})) as {
      result: unknown[];
    };
    expect(listed.result).toEqual([]);
  });
});
