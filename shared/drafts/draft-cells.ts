/**
 * A draft's cells as text, the same in every output that writes text (Word, template, print view):
 * money as yuan with thousands separators and two decimals, numbers with the column's decimals,
 * shares as percentages, yes/no in the draft's language and "—" for what is unknown (never 0).
 */
import type { Lang } from '../i18n/messages';
import type { DraftCell, DraftColumn } from './draft-model';

const formatters = new Map<string, Intl.NumberFormat>();

/** Made once per language and style: a long equipment list formats thousands of cells. */
function numberFormat(lang: Lang, decimals: number, percent = false): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${percent}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, {
      style: percent ? 'percent' : 'decimal',
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      // -0.00018 tce to three decimals reads 0.000, not -0.000.
      signDisplay: 'negative',
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Yuan with exactly two decimals from integer fen (123456789 → "1,234,567.89"), written from the
 * integer rather than through a division, so a column of lines and its total read exactly as stored.
 */
export function formatFenYuan(fen: number, lang: Lang): string {
  const abs = Math.abs(Math.round(fen));
  const sign = fen < 0 && abs !== 0 ? '-' : '';
  const whole = Math.floor(abs / 100);
  return `${sign}${numberFormat(lang, 0).format(whole)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A figure with exactly `decimals` decimals, so the figures of a column line up. */
export function formatDraftNumber(n: number, decimals: number, lang: Lang): string {
  return numberFormat(lang, decimals).format(n);
}

/** A fraction as a percentage: 0.553 with 1 decimal → "55.3%". */
export function formatDraftPercent(fraction: number, decimals: number, lang: Lang): string {
  return numberFormat(lang, decimals, true).format(fraction);
}

export function formatDraftBoolean(value: boolean, lang: Lang): string {
  if (lang === 'en') return value ? 'Yes' : 'No';
  return value ? '是' : '否';
}

export const UNKNOWN_CELL = '—';

export function formatDraftCell(cell: DraftCell, column: DraftColumn, lang: Lang): string {
  if (cell === null) return UNKNOWN_CELL;
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return formatDraftBoolean(cell, lang);
  switch (column.kind) {
    case 'money':
      return formatFenYuan(cell, lang);
    case 'percent':
      return formatDraftPercent(cell, column.decimals, lang);
    case 'number':
    case 'text':
    case 'boolean':
      return formatDraftNumber(cell, column.decimals, lang);
  }
}

/** A column's header as printed: the label with its unit, "金额（元）" / "Amount (yuan)". */
export function draftColumnHeader(column: DraftColumn, lang: Lang): string {
  if (!column.unit) return column.label;
  return lang === 'en' ? `${column.label} (${column.unit})` : `${column.label}（${column.unit}）`;
}
