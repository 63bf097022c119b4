/**
 * The application menu, in the shell language. Items that concern the page (import, export,
 * backups) become ShellCommands the page carries out; the rest (workspaces, folders, diagnostics,
 * updates, about) the shell does itself. The template is a plain value so tests can walk it.
 */
import type { Menu as ElectronMenu, MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '../../shared/api/bridge';
import type { Lang } from '../../shared/i18n/messages';
import { shellMessage } from './shell-messages';

export interface MenuActions {
  newWorkspace(): void;
  openWorkspace(): void;
  /** Sends a command to the page. */
  command(command: ShellCommand): void;
  openDataFolder(): void;
  openLogsFolder(): void;
  exportDiagnostics(): void;
  checkForUpdates(): void;
  about(): void;
}

export interface MenuOptions {
  lang: Lang;
  platform: NodeJS.Platform;
  /** Reload and developer tools only while developing: a reload in use would drop unsaved input. */
  dev: boolean;
}

export function menuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const t = (key: Parameters<typeof shellMessage>[1]) => shellMessage(options.lang, key);
  const mac = options.platform === 'darwin';
  const about: MenuItemConstructorOptions = {
    id: 'about',
    label: t('menuAbout'),
    click: () => actions.about(),
  };

  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: t('menuFile'),
    submenu: [
      {
        id: 'new-workspace',
        label: t('menuNewWorkspace'),
        accelerator: 'CmdOrCtrl+Shift+N',
        click: () => actions.newWorkspace(),
      },
      {
        id: 'open-workspace',
        label: t('menuOpenWorkspace'),
        accelerator: 'CmdOrCtrl+O',
        click: () => actions.openWorkspace(),
      },
      { type: 'separator' },
      {
        id: 'import-register',
        label: t('menuImportRegister'),
        accelerator: 'CmdOrCtrl+I',
        click: () => actions.command({ kind: 'import-register' }),
      },
      {
        id: 'export-draft',
        label: t('menuExportDraft'),
        accelerator: 'CmdOrCtrl+E',
        click: () => actions.command({ kind: 'export-draft' }),
      },
      { type: 'separator' },
      {
        id: 'backups',
        label: t('menuBackups'),
        click: () => actions.command({ kind: 'show', page: 'backups' }),
      },
      // macOS quits from the app menu; elsewhere File ends with Quit as users expect.
      ...(mac
        ? []
        : [{ type: 'separator' } as const, { id: 'quit', label: t('menuQuit'), role: 'quit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    id: 'edit',
    label: t('menuEdit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: t('menuView'),
    submenu: [
      ...(options.dev
        ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const)
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    id: 'help',
    label: t('menuHelp'),
    role: 'help',
    submenu: [
      { id: 'data-folder', label: t('menuDataFolder'), click: () => actions.openDataFolder() },
      { id: 'logs-folder', label: t('menuLogsFolder'), click: () => actions.openLogsFolder() },
      {
        id: 'export-diagnostics',
        label: t('menuExportDiagnostics'),
        click: () => actions.exportDiagnostics(),
      },
      { type: 'separator' },
      { id: 'check-updates', label: t('menuCheckUpdates'), click: () => actions.checkForUpdates() },
      ...(mac ? [] : [about]),
    ],
  };

  if (!mac) return [file, edit, view, help];
  const appMenu: MenuItemConstructorOptions = {
    id: 'app',
    label: t('appName'),
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { id: 'quit', label: t('menuQuit'), role: 'quit' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    id: 'window',
    label: t('menuWindow'),
    role: 'windowMenu',
  };
  return [appMenu, file, edit, view, windowMenu, help];
}

/** Installs the menu; call again with the other language when the page switches. */
export function installMenu(
  Menu: Pick<typeof ElectronMenu, 'buildFromTemplate' | 'setApplicationMenu'>,
  actions: MenuActions,
  options: MenuOptions,
): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(actions, options)));
}
