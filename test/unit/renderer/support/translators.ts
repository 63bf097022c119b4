import i18next, { type TFunction } from 'i18next';
import { beforeAll } from 'vitest';
import { sharedMessages, type Lang } from '../../../../shared/i18n/messages';
import { en } from '../../../../renderer/i18n/en';
import { zhCN } from '../../../../renderer/i18n/zh-CN';

/**
 * One translator a language, set up as the app does ('ui' by default, 'shared' beside it) but with
 * only that language loaded and no fallback, so a text missing in English shows its key and fails.
 * Filled in before the file's tests run; `ui` swaps in a partial catalogue for tests of one module.
 */
export function translators(ui: Record<Lang, object> = { 'zh-CN': zhCN, en }): Record<Lang, TFunction> {
  const ts = {} as Record<Lang, TFunction>;
  beforeAll(async () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const i18n = i18next.createInstance();
      await i18n.init({
        lng: lang,
        defaultNS: 'ui',
        ns: ['ui', 'shared'],
        resources: { [lang]: { ui: ui[lang], shared: sharedMessages[lang] } },
        interpolation: { escapeValue: false },
      });
      ts[lang] = i18n.t;
    }
  });
  return ts;
}
