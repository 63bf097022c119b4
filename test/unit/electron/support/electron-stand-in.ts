/**
 * A stand-in for the 'electron' module in unit tests (the Electron binary cannot run here). Each
 * fake keeps just enough state to observe what the shell does: the options a window was created
 * with, the handlers registered on a webContents, the frames an IPC message claims to come from.
 *
 * Use: vi.mock('electron', async () => (await import('./support/electron-stand-in')).electronStandIn);
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

let nextFrameTreeNodeId = 1;

export class FakeFrame {
  readonly frameTreeNodeId: number;
  url: string;
  parent: FakeFrame | null;
  detached = false;
  readonly send = vi.fn();
  constructor(url: string, parent: FakeFrame | null = null, frameTreeNodeId = nextFrameTreeNodeId++) {
    this.url = url;
    this.parent = parent;
    this.frameTreeNodeId = frameTreeNodeId;
  }
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly mainFrame: FakeFrame;
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly send = vi.fn();
  constructor(url = 'app://retrofit/index.html') {
    super();
    this.mainFrame = new FakeFrame(url);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((w) => !w.destroyed);
  }

  readonly options: Record<string, unknown>;
  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  visible = false;
  readonly isDestroyed = vi.fn(() => this.destroyed);
  readonly isMinimized = vi.fn(() => this.minimized);
  readonly isVisible = vi.fn(() => this.visible);
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly show = vi.fn(() => {
    this.visible = true;
  });
  readonly focus = vi.fn();
  readonly loadURL = vi.fn((url: string) => this.webContents.loadURL(url));

  constructor(options: Record<string, unknown> = {}) {
    super();
    this.options = options;
    FakeBrowserWindow.instances.push(this);
  }
}

export class FakeIpcMain {
  readonly handlers = new Map<string, (...args: unknown[]) => unknown>();
  readonly handle = vi.fn((channel: string, handler: (...args: unknown[]) => unknown) => {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  });
  readonly removeHandler = vi.fn((channel: string) => {
    this.handlers.delete(channel);
  });
}

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, result: null })),
});

export const electronStandIn = {
  BrowserWindow: FakeBrowserWindow,
  shell,
  contextBridge,
  ipcRenderer,
};

/** Fakes stand where Electron's types are expected; the cast is the point of a stand-in. */
export function asElectron<T>(fake: unknown): T {
  return fake as T;
}

/** What a will-navigate / will-redirect / will-frame-navigate listener receives. */
export function navigationEvent(url: string, isMainFrame = true) {
  return { url, isMainFrame, preventDefault: vi.fn() };
}
