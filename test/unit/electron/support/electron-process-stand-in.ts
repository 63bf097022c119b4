/**
 * Stands in for Electron when the built main bundle (dist/electron/main.cjs) runs under plain Node in
 * a child process: `node -r <this, bundled> main.cjs`. It answers `require('electron')` with fakes
 * that record what the shell does, plays the part of the renderer for one scenario, and prints a
 * JSON report on exit for main-bundle.test.ts to check.
 *
 * Environment: STAND_IN_LOCALE (app.getLocale()), STAND_IN_USER_DATA (default userData path),
 * STAND_IN_PAGE_TITLE (the title the page gives itself once loaded).
 */
import { EventEmitter } from 'node:events';
import Module from 'node:module';

type Handler = (...args: unknown[]) => unknown;

const report = {
  log: [] as string[],
  userData: process.env.STAND_IN_USER_DATA ?? '',
  schemes: [] as unknown[],
  handledSchemes: [] as string[],
  permissionHandlers: [] as string[],
  windows: [] as { options: Record<string, unknown>; loaded: string[]; windowOpenHandler: boolean }[],
  ipcChannels: [] as string[],
  trustedCall: null as unknown,
  iframeCall: null as unknown,
  servedIndex: null as { status: number; csp: string | null } | null,
  errorBoxes: [] as { title: string; message: string }[],
  menus: [] as { labels: string[] }[],
  quit: 0,
};
const log = (entry: string) => report.log.push(entry);

process.on('exit', () => {
  process.stdout.write(`\nSTAND-IN-REPORT ${JSON.stringify(report)}\n`);
});

class Frame {
  readonly parent = null;
  readonly detached = false;
  readonly frameTreeNodeId = 1;
  url = '';
  send(): void {}
}

class WebContents extends EventEmitter {
  readonly id = 1;
  readonly mainFrame = new Frame();
  openHandler: Handler | null = null;
  setWindowOpenHandler(handler: Handler): void {
    this.openHandler = handler;
  }
  async loadURL(url: string): Promise<void> {
    this.mainFrame.url = url;
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  send(): void {}
}

const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
const ipcHandlers = new Map<string, Handler>();
const app = new (class extends EventEmitter {
  isPackaged = false;
  private paths = new Map([['userData', report.userData]]);
  setPath(name: string, value: string) {
    log(`app.setPath(${name})`);
    this.paths.set(name, value);
  }
  getPath(name: string) {
    return this.paths.get(name) ?? '';
  }
  getLocale() {
    return process.env.STAND_IN_LOCALE ?? 'en-US';
  }
  getVersion() {
    return '0.0.0-stand-in';
  }
  relaunch() {
    log('app.relaunch');
  }
  enableSandbox() {
    log('app.enableSandbox');
  }
  requestSingleInstanceLock() {
    log('app.requestSingleInstanceLock');
    return true;
  }
  whenReady() {
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        log('ready');
        resolve();
      }),
    );
  }
  quit() {
    log('app.quit');
    report.quit += 1;
    this.emit('will-quit');
  }
})();

/** Plays the renderer: once the window loads the app, call the API as the top frame and as an iframe. */
async function actAsRenderer(contents: WebContents): Promise<void> {
  const call = ipcHandlers.get('retrofit:call');
  if (!call) return;
  report.trustedCall = await call(
    { sender: contents, senderFrame: contents.mainFrame },
    'workspace.status',
    {},
  );
  const iframe = { ...contents.mainFrame, parent: contents.mainFrame, frameTreeNodeId: 2 };
  report.iframeCall = await call({ sender: contents, senderFrame: iframe }, 'backup.create', {});
  const serve = protocolHandlers.get('app');
  if (serve) {
    const response = await serve(new Request('app://retrofit/index.html'));
    report.servedIndex = { status: response.status, csp: response.headers.get('content-security-policy') };
  }
  app.quit();
}

class BrowserWindow extends EventEmitter {
  static all: BrowserWindow[] = [];
  static getAllWindows() {
    return BrowserWindow.all;
  }
  readonly webContents = new WebContents();
  private readonly record: (typeof report.windows)[number];
  constructor(options: Record<string, unknown>) {
    super();
    log('new BrowserWindow');
    BrowserWindow.all.push(this);
    this.record = { options, loaded: [], windowOpenHandler: false };
    report.windows.push(this.record);
    app.emit('web-contents-created', {}, this.webContents);
    this.record.windowOpenHandler = this.webContents.openHandler !== null;
  }
  isDestroyed() {
    return false;
  }
  isMaximized() {
    return false;
  }
  isFullScreen() {
    return false;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1400, height: 900 };
  }
  maximize() {}
  async loadURL(url: string) {
    log(`loadURL ${url}`);
    this.record.loaded.push(url);
    await this.webContents.loadURL(url);
    setImmediate(() => {
      // The page titles itself in its language (renderer/app/language.ts); the menu follows it.
      const title = process.env.STAND_IN_PAGE_TITLE;
      if (title) this.emit('page-title-updated', { preventDefault() {} }, title);
      void actAsRenderer(this.webContents);
    });
  }
}

const electron = {
  app,
  BrowserWindow,
  dialog: {
    showErrorBox(title: string, message: string) {
      log('dialog.showErrorBox');
      report.errorBoxes.push({ title, message });
    },
  },
  ipcMain: {
    handle(channel: string, handler: Handler) {
      log(`ipcMain.handle ${channel}`);
      report.ipcChannels.push(channel);
      ipcHandlers.set(channel, handler);
    },
    removeHandler(channel: string) {
      ipcHandlers.delete(channel);
    },
  },
  protocol: {
    registerSchemesAsPrivileged(schemes: unknown[]) {
      log('protocol.registerSchemesAsPrivileged');
      report.schemes.push(...schemes);
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response>) {
      log(`protocol.handle ${scheme}`);
      report.handledSchemes.push(scheme);
      protocolHandlers.set(scheme, handler);
    },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: () => report.permissionHandlers.push('request'),
      setPermissionCheckHandler: () => report.permissionHandlers.push('check'),
      setDevicePermissionHandler: () => report.permissionHandlers.push('device'),
    },
  },
  shell: { openExternal: async () => undefined, openPath: async () => '' },
  Menu: {
    buildFromTemplate(template: { label?: string }[]) {
      return template;
    },
    setApplicationMenu(menu: { label?: string }[]) {
      log('Menu.setApplicationMenu');
      report.menus.push({ labels: menu.map((item) => item.label ?? '') });
    },
  },
  screen: {
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  },
};

const loader = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
const load = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};
