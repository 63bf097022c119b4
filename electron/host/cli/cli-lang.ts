import type { Lang } from '../../../shared/i18n/messages';

/** zh-CN unless the environment asks for English (RETROFIT_LANG, then LANG/LC_ALL). */
export function cliLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const wanted = env.RETROFIT_LANG ?? env.LC_ALL ?? env.LANG ?? '';
  return /^en/i.test(wanted) ? 'en' : 'zh-CN';
}
