/**
 * Numbers read from register cells as decimal text, so that scaling by powers of ten (万元 → yuan,
 * yuan → fen, W → kW) is exact digit shifting rather than binary multiplication: "33.48" 万元 is
 * 334,800 yuan, not 334,800.00000000006.
 */
import { cellText, foldWidth, type CellValue } from './cell-value';

export interface DecimalText {
  negative: boolean;
  /** All significant digits, integer part first. */
  digits: string;
  /** Position of the decimal point within digits (may be < 0 or > digits.length). */
  point: number;
}

// Thousands separators must group by three ("1,234,567.00"); "12,5" is not taken as 125 or 12.5.
const DECIMAL = /^([+-])?(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?(?:e([+-]?\d{1,3}))?$/i;

/** Reads "1,234.5", "-7", ".5", "1.2E+05"; null when the text is not one plain decimal. */
export function readDecimal(text: string): DecimalText | null {
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const int = (m[2] ?? '').replaceAll(',', '');
  const frac = m[3] ?? '';
  if (int === '' && frac === '') return null;
  return { negative: m[1] === '-', digits: int + frac, point: int.length + (m[4] ? Number(m[4]) : 0) };
}

/**
 * value × 10^shift rounded half away from zero to `decimals` places, computed on the digits and
 * finished with one division by a power of ten, which IEEE 754 rounds to the nearest double of the
 * exact decimal — the same number parsing its text would give.
 */
export function scaleDecimal(d: DecimalText, shift: number, decimals: number): number {
  const cut = d.point + shift + decimals;
  let kept: string;
  let roundUp = false;
  if (cut <= 0) {
    kept = '0';
    roundUp = cut === 0 && (d.digits.charCodeAt(0) || 48) >= 53;
  } else if (cut >= d.digits.length) {
    kept = d.digits + '0'.repeat(cut - d.digits.length);
  } else {
    kept = d.digits.slice(0, cut);
    roundUp = d.digits.charCodeAt(cut) >= 53; // '5'
  }
  const units = Number(kept) + (roundUp ? 1 : 0);
  const value = units / 10 ** decimals;
  return d.negative && value !== 0 ? -value : value;
}

/**
 * Splits a cell into its number and a trailing unit word ("47.4kW" → "47.4", "kw";
 * "3 台" → "3", "台"), width-folded and with the unit lower-cased. Leading currency signs
 * (¥ ￥ RMB) are dropped; the caller decides whether the unit is one it accepts.
 */
export function splitNumberUnit(text: string): { number: string; unit: string } {
  let s = foldWidth(text).trim();
  if (s.charCodeAt(0) === 0xa5 || s.charCodeAt(0) === 0x24)
    s = s.slice(1).trimStart(); // ¥ (folded ￥) or $
  else if (/^(rmb|cny)/i.test(s)) s = s.slice(3).trimStart();
  let end = s.length;
  while (end > 0) {
    const c = s.charCodeAt(end - 1);
    // digits and the decimal point end the unit; so does a space after it
    if ((c >= 48 && c <= 57) || c === 46) break;
    end--;
  }
  return { number: s.slice(0, end).trimEnd().replaceAll(' ', ''), unit: s.slice(end).trim().toLowerCase() };
}

/**
 * Digits of "1234.5" after the point (0 for "1234"), or -1 when the text is not plain digits with
 * at most one point and at most 15 digits (beyond that a double no longer holds every integer).
 * Checked with a character loop: no regular expression per cell.
 */
export function plainFractionDigits(text: string): number {
  const n = text.length;
  if (n === 0 || n > 16) return -1;
  let dot = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      if (dot >= 0) return -1;
      dot = i;
    } else if (c < 48 || c > 57) return -1;
  }
  if (dot < 0) return n > 15 ? -1 : 0;
  return n === 1 ? -1 : n - 1 - dot;
}

export function isPlainNumber(text: string): boolean {
  return plainFractionDigits(text) >= 0;
}

/**
 * The fast path of scaleDecimal for plain text whose scaled value is a whole number of
 * 10^-decimals units ("33.48" 万元 in fen): the float product is then within far less than half a
 * unit of that whole number, so rounding recovers it exactly. Null when the slow path is needed.
 */
export function plainScaled(text: string, shift: number, decimals: number): number | null {
  const fraction = plainFractionDigits(text);
  if (fraction < 0 || fraction > shift + decimals) return null;
  const intDigits = fraction === 0 ? text.length : text.length - fraction - 1;
  if (intDigits + shift + decimals > 15) return null;
  const units = Math.round(Number(text) * 10 ** (shift + decimals));
  return units / 10 ** decimals;
}

/** A cell's numeric text: numbers as their shortest decimal form, strings trimmed. */
export function numericCellText(value: CellValue): string {
  return typeof value === 'number' ? cellText(value) : cellText(value).trim();
}
