import { z } from 'zod';
import { message, type Lang } from '../i18n/messages';
import type { Params } from '../api/errors';

/**
 * Text a rule pack carries in both languages. English is optional because a consultant typing a
 * district's rules in Chinese should not have to translate them; the Chinese shows in its place.
 */
export interface BilingualText {
  zh: string;
  en?: string;
}

/** Text the app itself writes, always in both languages, so a result can be shown in either. */
export interface BothLanguages {
  zh: string;
  en: string;
}

export const bilingualTextSchema = (max: number) =>
  z.strictObject({
    zh: z.string().trim().min(1).max(max),
    en: z.string().trim().min(1).max(max).optional(),
  });

export function textIn(lang: Lang, text: BilingualText): string {
  return lang === 'en' ? (text.en ?? text.zh) : text.zh;
}

export function both(text: BilingualText): BothLanguages {
  return { zh: text.zh, en: text.en ?? text.zh };
}

export function pickText(lang: Lang, text: BothLanguages): string {
  return lang === 'en' ? text.en : text.zh;
}

/** A catalogue message rendered in both languages, each with its own parameters. */
export function messageBoth(key: string, params: (lang: Lang) => Params = () => ({})): BothLanguages {
  return { zh: message('zh-CN', key, params('zh-CN')), en: message('en', key, params('en')) };
}
