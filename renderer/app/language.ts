import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { LANGS, type Lang } from '../../shared/i18n/messages';

const STORAGE_KEY = 'retrofit.lang';

export function storedLanguage(): Lang {
  const saved = localStorage.getItem(STORAGE_KEY);
  return LANGS.find((l) => l === saved) ?? 'zh-CN';
}

export function currentLanguage(): Lang {
  return LANGS.find((l) => l === i18next.language) ?? 'zh-CN';
}

/** Everything outside React that follows the language: html lang (fonts, screen readers), dates, title. */
export function applyLanguageToDocument(lang: Lang): void {
  document.documentElement.lang = lang;
  dayjs.locale(lang === 'zh-CN' ? 'zh-cn' : 'en');
  document.title = i18next.t('app.productName', { lng: lang });
}

export async function changeLanguage(lang: Lang): Promise<void> {
  localStorage.setItem(STORAGE_KEY, lang);
  await i18next.changeLanguage(lang);
  applyLanguageToDocument(lang);
}
