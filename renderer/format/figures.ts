import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { Lang } from '../../shared/i18n/messages';
import { fenToYuan, yuanToFen } from '../../shared/money';

/** 万元 → yuan, rounded to the fen: yuan = 万元 × 10,000 with two decimals. */
export function wanToYuan(wan: number): number {
  return fenToYuan(Math.round(wan * 1e6));
}

/** Yuan → 万元 through integer fen, so 123,456.78 yuan shows as 12.345678, not 12.345678000000001. */
export function yuanToWan(yuan: number): number {
  return yuanToFen(yuan) / 1e6;
}

/** 万元 with only the decimals it needs, for amounts inside a sentence (2,000 not 2,000.00). */
export function formatWanBrief(yuan: number, lang: Lang): string {
  return (yuan / 10000).toLocaleString(lang, { maximumFractionDigits: 2 });
}

/**
 * One formatter per language and style, made once: Number.toLocaleString builds a new one on every
 * call, which shows when a scrolling table formats hundreds of figures a frame.
 */
const FORMATS = {
  count: { maximumFractionDigits: 0 },
  quantity: { maximumFractionDigits: 4 },
  // The options of shared/money's formatWanYuan.
  wan: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
} satisfies Record<string, Intl.NumberFormatOptions>;
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, style: keyof typeof FORMATS): Intl.NumberFormat {
  const key = `${lang}|${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang, FORMATS[style]);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * 万元 with two decimals, for columns of amounts that should line up: shared/money's formatWanYuan
 * with a formatter made once (see numberFormat), since table cells call it while scrolling.
 */
export const formatWan = (yuan: number, lang: Lang): string => numberFormat(lang, 'wan').format(yuan / 10000);

/** The same, from the integer fen the API gives amounts in. */
export const formatFenWan = (fen: number, lang: Lang): string => formatWan(fen / 100, lang);

export function formatCount(n: number, lang: Lang): string {
  return numberFormat(lang, 'count').format(n);
}

export function formatQuantity(n: number, lang: Lang): string {
  return numberFormat(lang, 'quantity').format(n);
}

export function formatPercent(fraction: number, lang: Lang): string {
  return fraction.toLocaleString(lang, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}

/** Same order in both languages, so a list of times reads and sorts the same way. */
export function formatDateTime(iso: string, { seconds = false } = {}): string {
  return dayjs(iso).format(seconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm');
}

export function formatDate(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD');
}

export function formatBytes(t: TFunction, bytes: number, lang: Lang): string {
  const one = (value: number) => value.toLocaleString(lang, { maximumFractionDigits: 1 });
  if (bytes < 1024) return t('units.bytes', { value: one(bytes) });
  if (bytes < 1024 ** 2) return t('units.kilobytes', { value: one(bytes / 1024) });
  if (bytes < 1024 ** 3) return t('units.megabytes', { value: one(bytes / 1024 ** 2) });
  return t('units.gigabytes', { value: one(bytes / 1024 ** 3) });
}
