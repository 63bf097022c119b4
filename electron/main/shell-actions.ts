/**
 * What the application menu does that is not the page's business: switch workspace, open the data
 * and log folders, export diagnostics, check for updates, say what the app is. Every dependency is
 * passed in, so tests drive it with fakes and main.ts with Electron's own modules.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Dialog, MessageBoxOptions, Shell } from 'electron';
import type { ShellCommand } from '../../shared/api/bridge';
import type { Lang } from '../../shared/i18n/messages';
import type { Logger } from '../core/core';
import { inspectWorkspaceFile, type FileState } from '../core/db/inspect-file';
import { diagnosticsFileName } from './diagnostics';
import type { MenuActions } from './menu';
import { updateSettings } from './settings';
import { shellMessage, type ShellMessageKey } from './shell-messages';
import type { UpdateCheck } from './updates';

export type ShellDialogs = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;

export interface ShellActionDeps {
  lang(): Lang;
  window(): BrowserWindow | null;
  dialog: ShellDialogs;
  shell: Pick<Shell, 'openPath'>;
  /** Opens an https address in the user's browser. */
  openUrl(url: string): void;
  /** Restarts the app (it then opens the workspace now in the settings). */
  relaunch(): void;
  send(command: ShellCommand): void;
  log: Logger;
  settingsFile: string;
  currentWorkspace: string;
  defaultWorkspace: string;
  logsDir: string;
  /** Where the diagnostics save dialog starts. */
  downloadsDir: string;
  diagnostics(): Uint8Array;
  checkUpdates(): Promise<UpdateCheck>;
  about: { version: string; versions: Record<string, string | undefined>; os: string };
}

const UNUSABLE_REASON: Partial<Record<FileState, ShellMessageKey>> = {
  missing: 'workspaceReasonMissing',
  empty: 'workspaceReasonNotSqlite',
  'not-sqlite': 'workspaceReasonNotSqlite',
  foreign: 'workspaceReasonForeign',
  newer: 'workspaceReasonNewer',
  corrupt: 'workspaceReasonCorrupt',
};

const withSqlite = (file: string) =>
  path.extname(file).toLowerCase() === '.sqlite' ? file : `${file}.sqlite`;

export function shellActions(deps: ShellActionDeps): MenuActions {
  const t = (key: ShellMessageKey, params?: Record<string, string>) => shellMessage(deps.lang(), key, params);
  const filters = () => [{ name: t('filterWorkspace'), extensions: ['sqlite'] }];
  const messageBox = (options: MessageBoxOptions) => {
    const window = deps.window();
    return window ? deps.dialog.showMessageBox(window, options) : deps.dialog.showMessageBox(options);
  };
  const tell = (type: 'info' | 'warning' | 'error', title: string, message: string, detail?: string) =>
    messageBox({ type, title, message, detail, buttons: [t('buttonOk')] });

  /** Remembers the workspace and restarts into it, after the user agreed. */
  const switchTo = async (file: string) => {
    const { response } = await messageBox({
      type: 'question',
      title: t('workspaceSwitchTitle'),
      message: t('workspaceSwitchMessage', { name: path.basename(file) }),
      buttons: [t('buttonRestart'), t('buttonCancel')],
      defaultId: 0,
      cancelId: 1,
    });
    if (response !== 0) return;
    const isDefault = path.resolve(file) === path.resolve(deps.defaultWorkspace);
    updateSettings(deps.settingsFile, { workspacePath: isDefault ? undefined : path.resolve(file) });
    deps.log.info('switching workspace; relaunching');
    deps.relaunch();
  };

  /** Never lets a menu action's failure escape as an unhandled rejection. */
  const guarded = (name: string, action: () => Promise<unknown>) => () => {
    action().catch((e: unknown) => deps.log.error(`menu action ${name} failed`, e));
  };

  const openFolder = async (dir: string) => {
    fs.mkdirSync(dir, { recursive: true });
    const problem = await deps.shell.openPath(dir);
    if (problem) await tell('error', t('appName'), t('folderOpenFailed', { name: dir, reason: problem }));
  };

  return {
    newWorkspace: guarded('new-workspace', async () => {
      const window = deps.window();
      const options = {
        defaultPath: path.join(path.dirname(deps.currentWorkspace), `${t('filterWorkspace')}.sqlite`),
        filters: filters(),
        properties: ['createDirectory' as const],
      };
      const chosen = window
        ? await deps.dialog.showSaveDialog(window, options)
        : await deps.dialog.showSaveDialog(options);
      if (chosen.canceled || !chosen.filePath) return;
      const file = withSqlite(chosen.filePath);
      // A new workspace must never replace a file, whatever the save dialog allowed.
      if (fs.existsSync(file)) {
        await tell(
          'warning',
          t('workspaceExistsTitle'),
          t('workspaceExistsMessage', { name: path.basename(file) }),
        );
        return;
      }
      await switchTo(file);
    }),

    openWorkspace: guarded('open-workspace', async () => {
      const window = deps.window();
      const options = { properties: ['openFile' as const], filters: filters() };
      const chosen = window
        ? await deps.dialog.showOpenDialog(window, options)
        : await deps.dialog.showOpenDialog(options);
      const file = chosen.filePaths[0];
      if (chosen.canceled || !file) return;
      if (path.resolve(file) === path.resolve(deps.currentWorkspace)) return;
      // Checked before the restart: a file the next start would refuse must not become the remembered one.
      const inspection = inspectWorkspaceFile(file);
      if (!inspection.ok) {
        const reason = t(UNUSABLE_REASON[inspection.state] ?? 'workspaceReasonNotSqlite');
        await tell(
          'warning',
          t('workspaceUnusableTitle'),
          t('workspaceUnusableMessage', { name: path.basename(file), reason }),
        );
        return;
      }
      await switchTo(file);
    }),

    command: (command) => deps.send(command),

    openDataFolder: guarded('data-folder', () => openFolder(path.dirname(deps.currentWorkspace))),
    openLogsFolder: guarded('logs-folder', () => openFolder(deps.logsDir)),

    exportDiagnostics: guarded('export-diagnostics', async () => {
      const window = deps.window();
      const options = {
        defaultPath: path.join(deps.downloadsDir, diagnosticsFileName()),
        filters: [{ name: 'ZIP', extensions: ['zip'] }],
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const chosen = window
        ? await deps.dialog.showSaveDialog(window, options)
        : await deps.dialog.showSaveDialog(options);
      if (chosen.canceled || !chosen.filePath) return;
      const file =
        path.extname(chosen.filePath).toLowerCase() === '.zip' ? chosen.filePath : `${chosen.filePath}.zip`;
      try {
        fs.writeFileSync(file, deps.diagnostics());
      } catch (e) {
        deps.log.error('diagnostics export failed', (e as NodeJS.ErrnoException).code ?? e);
        await tell('error', t('diagnosticsFailedTitle'), e instanceof Error ? e.message : String(e));
        return;
      }
      await tell(
        'info',
        t('diagnosticsSavedTitle'),
        t('diagnosticsSavedMessage', { name: path.basename(file) }),
      );
    }),

    checkForUpdates: guarded('check-updates', async () => {
      const result = await deps.checkUpdates();
      const message =
        result.kind === 'not-configured'
          ? t('updatesManualMessage')
          : result.kind === 'up-to-date'
            ? t('updatesUpToDate', { current: result.current })
            : result.kind === 'available'
              ? t('updatesAvailable', { current: result.current, latest: result.latest })
              : t('updatesCheckingFailed', { reason: result.reason });
      const releases = result.releasesUrl;
      const { response } = await messageBox({
        type: result.kind === 'failed' ? 'warning' : 'info',
        title: t('updatesManualTitle'),
        message,
        detail: releases ? t('updatesReleasesDetail', { url: releases }) : undefined,
        buttons: releases ? [t('buttonOk'), t('buttonOpenReleases')] : [t('buttonOk')],
        defaultId: result.kind === 'available' && releases ? 1 : 0,
        cancelId: 0,
      });
      if (releases && response === 1) deps.openUrl(releases);
    }),

    about: guarded('about', () =>
      messageBox({
        type: 'info',
        title: t('appName'),
        message: t('appName'),
        detail: t('aboutDetail', {
          version: deps.about.version,
          electron: deps.about.versions.electron ?? '?',
          chrome: deps.about.versions.chrome ?? '?',
          node: deps.about.versions.node ?? '?',
          os: deps.about.os,
        }),
        buttons: [t('buttonOk')],
      }),
    ),
  };
}
