import 'i18next';
import type { zhCN as sharedZhCN } from '../../shared/i18n/messages-zh-CN';
import type { zhCN } from './zh-CN';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof zhCN; shared: typeof sharedZhCN };
  }
}
