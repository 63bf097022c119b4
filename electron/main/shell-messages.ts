/**
 * The texts the shell shows itself, outside the renderer and its i18n: the window title, the
 * start-up error box, the load-failure page, the file dialogs' type filters, the application menu
 * and its dialogs. API error texts come from shared/i18n.
 */
import { LANGS, type Lang } from '../../shared/i18n/messages';

/** Chinese for any zh locale (zh-CN, zh-TW, zh-HK, …), which read Simplified better than English; else English. */
export function langForLocale(locale: string): Lang {
  return /^zh(?:[-_]|$)/i.test(locale) ? 'zh-CN' : 'en';
}

const SHELL_MESSAGES = {
  'zh-CN': {
    appName: '技改规划助手',
    loadFailedTitle: '界面无法加载',
    loadFailedHint: '请重新启动应用；如果问题仍然存在，请重新安装。您的数据没有受到影响。',
    filterSpreadsheet: '表格',
    filterXlsx: 'Excel 工作簿',
    filterCsv: 'CSV（逗号分隔）',
    filterDocx: 'Word 文档',
    filterPdf: 'PDF 文档',
    filterAttachment: '申请附件',
    filterAllFiles: '所有文件',
    filterRetrofit: '客户文件',
    filterWorkspace: '工作区',
    menuFile: '文件',
    menuNewWorkspace: '新建工作区…',
    menuOpenWorkspace: '打开工作区…',
    menuImportRegister: '导入设备台账…',
    menuExportDraft: '导出申请草稿…',
    menuBackups: '备份',
    menuQuit: '退出',
    menuEdit: '编辑',
    menuView: '视图',
    menuWindow: '窗口',
    menuHelp: '帮助',
    menuDataFolder: '数据文件夹',
    menuLogsFolder: '日志',
    menuExportDiagnostics: '导出诊断信息…',
    menuCheckUpdates: '检查更新…',
    menuAbout: '关于技改规划助手',
    workspaceExistsTitle: '文件已存在',
    workspaceExistsMessage: '“{name}”已经存在。新建工作区不会覆盖已有文件；要使用它，请选择“打开工作区…”。',
    workspaceUnusableTitle: '无法打开这个工作区',
    workspaceUnusableMessage: '“{name}”不是本应用可以打开的工作区（{reason}）。当前工作区保持不变。',
    workspaceReasonNotSqlite: '不是工作区文件',
    workspaceReasonForeign: '属于其他应用',
    workspaceReasonNewer: '由更新版本的应用创建，请先升级',
    workspaceReasonCorrupt: '文件已损坏',
    workspaceReasonMissing: '文件不存在',
    workspaceSwitchTitle: '切换工作区',
    workspaceSwitchMessage: '应用将重新启动并打开“{name}”。当前工作区已保存。',
    workspaceFallbackMessage: '上次使用的工作区“{name}”无法打开，已改用默认工作区。',
    buttonOk: '确定',
    buttonCancel: '取消',
    buttonRestart: '重新启动',
    buttonOpenReleases: '打开发布页面',
    diagnosticsSavedTitle: '诊断信息已导出',
    diagnosticsSavedMessage:
      '已保存到“{name}”。其中只有日志、版本和工作区的统计数字，不含企业名称或客户数据。',
    diagnosticsFailedTitle: '诊断信息导出失败',
    folderOpenFailed: '无法打开文件夹“{name}”：{reason}',
    updatesManualTitle: '检查更新',
    updatesManualMessage: '本应用不会自动联网检查更新，以便在离线环境中使用。',
    updatesReleasesDetail: '新版本发布在：{url}',
    updatesCheckingFailed: '无法检查更新：{reason}。这不影响应用的使用。',
    updatesUpToDate: '当前版本 {current} 已是最新版本。',
    updatesAvailable: '有新版本 {latest} 可用（当前版本 {current}）。',
    aboutDetail:
      '版本 {version}\nElectron {electron} · Chromium {chrome} · Node {node}\n{os}\n\n所有数据都保存在本机，不会发送到任何地方。',
  },
  en: {
    appName: 'Retrofit Planner',
    loadFailedTitle: 'The interface could not be loaded',
    loadFailedHint: 'Restart the app; if this keeps happening, reinstall it. Your data is not affected.',
    filterSpreadsheet: 'Spreadsheets',
    filterXlsx: 'Excel workbook',
    filterCsv: 'CSV (comma-separated)',
    filterDocx: 'Word document',
    filterPdf: 'PDF document',
    filterAttachment: 'Application attachments',
    filterAllFiles: 'All files',
    filterRetrofit: 'Client file',
    filterWorkspace: 'Workspace',
    menuFile: 'File',
    menuNewWorkspace: 'New Workspace…',
    menuOpenWorkspace: 'Open Workspace…',
    menuImportRegister: 'Import Equipment Register…',
    menuExportDraft: 'Export Application Draft…',
    menuBackups: 'Backups',
    menuQuit: 'Quit',
    menuEdit: 'Edit',
    menuView: 'View',
    menuWindow: 'Window',
    menuHelp: 'Help',
    menuDataFolder: 'Data Folder',
    menuLogsFolder: 'Logs',
    menuExportDiagnostics: 'Export Diagnostics…',
    menuCheckUpdates: 'Check for Updates…',
    menuAbout: 'About Retrofit Planner',
    workspaceExistsTitle: 'The file already exists',
    workspaceExistsMessage:
      '"{name}" already exists. A new workspace never overwrites a file; to use it, choose Open Workspace….',
    workspaceUnusableTitle: 'This workspace cannot be opened',
    workspaceUnusableMessage:
      '"{name}" is not a workspace this app can open ({reason}). The current workspace stays open.',
    workspaceReasonNotSqlite: 'not a workspace file',
    workspaceReasonForeign: 'it belongs to another application',
    workspaceReasonNewer: 'it was made by a newer version of the app; update first',
    workspaceReasonCorrupt: 'the file is damaged',
    workspaceReasonMissing: 'the file does not exist',
    workspaceSwitchTitle: 'Switch workspace',
    workspaceSwitchMessage: 'The app will restart and open "{name}". The current workspace is saved.',
    workspaceFallbackMessage:
      'The last workspace, "{name}", could not be opened; the default workspace is used instead.',
    buttonOk: 'OK',
    buttonCancel: 'Cancel',
    buttonRestart: 'Restart',
    buttonOpenReleases: 'Open Releases Page',
    diagnosticsSavedTitle: 'Diagnostics exported',
    diagnosticsSavedMessage:
      'Saved to "{name}". It holds only logs, versions and counts from the workspace: no company names, no client data.',
    diagnosticsFailedTitle: 'Diagnostics could not be exported',
    folderOpenFailed: 'Could not open the folder "{name}": {reason}',
    updatesManualTitle: 'Check for Updates',
    updatesManualMessage: 'This app does not go online to check for updates, so that it works offline.',
    updatesReleasesDetail: 'New versions are published at: {url}',
    updatesCheckingFailed: 'Could not check for updates: {reason}. The app works as before.',
    updatesUpToDate: 'Version {current} is the latest.',
    updatesAvailable: 'Version {latest} is available (this is {current}).',
    aboutDetail:
      'Version {version}\nElectron {electron} · Chromium {chrome} · Node {node}\n{os}\n\nAll data stays on this computer; nothing is sent anywhere.',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type ShellMessageKey = keyof (typeof SHELL_MESSAGES)['en'];

/** The text in the shell language, with {name}-style placeholders filled in. */
export function shellMessage(lang: Lang, key: ShellMessageKey, params: Record<string, string> = {}): string {
  return SHELL_MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

/** Which shell language a window title names: the page titles itself with the product name in its language. */
export function langForTitle(title: string): Lang | null {
  return LANGS.find((lang) => SHELL_MESSAGES[lang].appName === title) ?? null;
}
