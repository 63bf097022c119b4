import type { Shape } from '../../shared/i18n/messages-en';

/** Texts of the desktop shell's commands and of files dropped onto the window ('ui' namespace, shellUi). */
const zhCN = {
  pickEnterpriseFirst: '请先在列表中打开要导入设备台账的企业，再选择“导入台账”。',
  openProjectFirst: '请先打开一个改造项目，再导出它的申报材料草稿。',
  unsupportedFile: '无法打开“{{name}}”：可以拖入设备台账（.xlsx、.csv）或客户文件（.retrofit）。',
  dropHint: '松开鼠标以导入文件',
  chooseTitle: '导入到哪家企业的设备台账？',
  chooseFile: '文件：{{name}}',
  chooseLabel: '企业',
  choosePlaceholder: '选择企业',
  chooseOk: '打开导入向导',
  chooseEmpty: '还没有企业。请先添加企业，再导入它的设备台账。',
  goToList: '前往企业列表',
};

const en: Shape<typeof zhCN> = {
  pickEnterpriseFirst:
    'Open the enterprise whose equipment register you want to import from the list first, then choose Import register.',
  openProjectFirst: 'Open a retrofit project first, then export its draft application.',
  unsupportedFile:
    '“{{name}}” cannot be opened: drop an equipment register (.xlsx, .csv) or a client file (.retrofit).',
  dropHint: 'Release to import the file',
  chooseTitle: 'Import into which enterprise’s equipment register?',
  chooseFile: 'File: {{name}}',
  chooseLabel: 'Enterprise',
  choosePlaceholder: 'Choose an enterprise',
  chooseOk: 'Open the import wizard',
  chooseEmpty: 'There are no enterprises yet. Add the enterprise first, then import its equipment register.',
  goToList: 'Go to the enterprise list',
};

export const shellTexts = { zhCN, en };
