import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { sharedMessages, type Lang } from '../../shared/i18n/messages';
import { en } from './en';
import { zhCN } from './zh-CN';

/**
 * Two namespaces: 'ui' for the renderer's texts and 'shared' for the catalogues the core's errors and
 * validation issues are written against, so the CLI and the UI say the same thing.
 */
export async function setUpI18n(lang: Lang): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'zh-CN',
    supportedLngs: ['zh-CN', 'en'],
    defaultNS: 'ui',
    ns: ['ui', 'shared'],
    resources: {
      'zh-CN': { ui: zhCN, shared: sharedMessages['zh-CN'] },
      en: { ui: en, shared: sharedMessages.en },
    },
    // React escapes what it renders; escaping here would show &quot; in names.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
