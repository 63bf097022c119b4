import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { Lang } from '../../shared/i18n/messages';
import { formatWanYuan } from '../../shared/money';

/** 万元 with two decimals, for columns of amounts that should line up. */
export const formatWan = (yuan: number, lang: Lang): string => formatWanYuan(yuan, lang);

/** 万元 with only the decimals it needs, for amounts inside a sentence (2,000 not 2,000.00). */
export function formatWanBrief(yuan: number, lang: Lang): string {
  return (yuan / 10000).toLocaleString(lang, { maximumFractionDigits: 2 });
}

export function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(lang, { maximumFractionDigits: 0 });
}

export function formatQuantity(n: number, lang: Lang): string {
  return n.toLocaleString(lang, { maximumFractionDigits: 4 });
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
