import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { installMenu, menuTemplate, type MenuActions } from '../../../electron/main/menu';
import { langForTitle, shellMessage } from '../../../electron/main/shell-messages';
import { asElectron } from './support/electron-stand-in';

function fakeActions() {
  return {
    newWorkspace: vi.fn(),
    openWorkspace: vi.fn(),
    command: vi.fn(),
    openDataFolder: vi.fn(),
    openLogsFolder: vi.fn(),
    exportDiagnostics: vi.fn(),
    checkForUpdates: vi.fn(),
    about: vi.fn(),
  } satisfies MenuActions;
}

type Item = MenuItemConstructorOptions;
const submenu = (item: Item | undefined): Item[] => (item?.submenu ?? []) as Item[];
const byId = (items: Item[], id: string): Item => {
  const found = items.find((i) => i.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
};
/** Labels of the non-separator items: what the user reads. */
const labels = (items: Item[]) =>
  items.filter((i) => i.type !== 'separator').map((i) => i.label ?? `(${i.role})`);
const click = (item: Item) => (item.click as () => void)();

describe('application menu', () => {
  it('has File, Edit, View and Help in Chinese on Windows and Linux, Quit at the end of File', () => {
    const template = menuTemplate(fakeActions(), { lang: 'zh-CN', platform: 'win32', dev: false });
    expect(labels(template)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(labels(submenu(template[0]))).toEqual([
      '新建工作区…',
      '打开工作区…',
      '导入设备台账…',
      '导出申请草稿…',
      '备份',
      '退出',
    ]);
    expect(byId(submenu(template[0]), 'quit').role).toBe('quit');
    expect(labels(submenu(template[3]))).toEqual([
      '数据文件夹',
      '日志',
      '导出诊断信息…',
      '检查更新…',
      '关于技改规划助手',
    ]);
  });

  it('reads the same in English', () => {
    const template = menuTemplate(fakeActions(), { lang: 'en', platform: 'linux', dev: false });
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(submenu(template[0]))).toEqual([
      'New Workspace…',
      'Open Workspace…',
      'Import Equipment Register…',
      'Export Application Draft…',
      'Backups',
      'Quit',
    ]);
    expect(labels(submenu(template[3]))).toEqual([
      'Data Folder',
      'Logs',
      'Export Diagnostics…',
      'Check for Updates…',
      'About Retrofit Planner',
    ]);
  });

  it('puts the app menu first on macOS, with About and Quit there, and a Window menu', () => {
    const template = menuTemplate(fakeActions(), { lang: 'zh-CN', platform: 'darwin', dev: false });
    expect(labels(template)).toEqual(['技改规划助手', '文件', '编辑', '视图', '窗口', '帮助']);
    const appMenu = submenu(template[0]);
    expect(appMenu[0]!.id).toBe('about');
    expect(appMenu.at(-1)).toMatchObject({ id: 'quit', role: 'quit', label: '退出' });
    expect(appMenu.map((i) => i.role)).toEqual(
      expect.arrayContaining(['hide', 'hideOthers', 'unhide', 'services']),
    );
    expect(submenu(template[1]).some((i) => i.role === 'quit')).toBe(false);
    expect(submenu(template[5]).some((i) => i.id === 'about')).toBe(false);
    expect(template[4]!.role).toBe('windowMenu');
  });

  it('keeps the standard editing roles, so copy and paste work in every field', () => {
    const edit = submenu(menuTemplate(fakeActions(), { lang: 'en', platform: 'win32', dev: false })[1]);
    expect(edit.filter((i) => i.role).map((i) => i.role)).toEqual([
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'delete',
      'selectAll',
    ]);
  });

  it('offers reload and developer tools only while developing', () => {
    const roles = (dev: boolean) =>
      submenu(menuTemplate(fakeActions(), { lang: 'en', platform: 'win32', dev })[2]).map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    );
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('sends the page the command of each page item, and calls the shell for the others', () => {
    const actions = fakeActions();
    const template = menuTemplate(actions, { lang: 'zh-CN', platform: 'win32', dev: false });
    const file = submenu(template[0]);
    click(byId(file, 'import-register'));
    click(byId(file, 'export-draft'));
    click(byId(file, 'backups'));
    expect(actions.command.mock.calls).toEqual([
      [{ kind: 'import-register' }],
      [{ kind: 'export-draft' }],
      [{ kind: 'show', page: 'backups' }],
    ]);
    click(byId(file, 'new-workspace'));
    click(byId(file, 'open-workspace'));
    const help = submenu(template[3]);
    for (const id of ['data-folder', 'logs-folder', 'export-diagnostics', 'check-updates', 'about']) {
      click(byId(help, id));
    }
    for (const action of [
      actions.newWorkspace,
      actions.openWorkspace,
      actions.openDataFolder,
      actions.openLogsFolder,
      actions.exportDiagnostics,
      actions.checkForUpdates,
      actions.about,
    ]) {
      expect(action).toHaveBeenCalledOnce();
    }
    expect(actions.command).toHaveBeenCalledTimes(3);
  });

  it('gives every clickable item a distinct accelerator', () => {
    const file = submenu(menuTemplate(fakeActions(), { lang: 'en', platform: 'win32', dev: false })[0]);
    const accelerators = file.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('installs the built menu as the application menu, again when the language changes', () => {
    const Menu = {
      buildFromTemplate: vi.fn((template: Item[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    };
    const actions = fakeActions();
    const electronMenu = asElectron<Parameters<typeof installMenu>[0]>(Menu);
    installMenu(electronMenu, actions, { lang: 'zh-CN', platform: 'linux', dev: false });
    installMenu(electronMenu, actions, { lang: 'en', platform: 'linux', dev: false });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    const installed = Menu.setApplicationMenu.mock.calls.map(
      ([menu]) => (menu as { template: Item[] }).template[0]!.label,
    );
    expect(installed).toEqual(['文件', 'File']);
  });
});

describe('shell language', () => {
  it('follows the language the page titles itself in, and ignores any other title', () => {
    expect(langForTitle('技改规划助手')).toBe('zh-CN');
    expect(langForTitle('Retrofit Planner')).toBe('en');
    expect(langForTitle('界面无法加载')).toBeNull();
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(shellMessage('en', 'updatesAvailable', { latest: '0.2.0', current: '0.1.0' })).toBe(
      'Version 0.2.0 is available (this is 0.1.0).',
    );
    expect(shellMessage('zh-CN', 'updatesUpToDate')).toBe('当前版本 {current} 已是最新版本。');
  });
});
