/**
 * The few texts the shell shows before the renderer (and its i18n) is available: the window title,
 * the start-up error box, the load-failure page and the file dialogs' type filters. API error texts come from shared/i18n.
 */
import type { Lang } from '../../shared/i18n/messages';

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
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type ShellMessageKey = keyof (typeof SHELL_MESSAGES)['en'];

export function shellMessage(lang: Lang, key: ShellMessageKey): string {
  return SHELL_MESSAGES[lang][key];
}
