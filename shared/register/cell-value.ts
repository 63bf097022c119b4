/**
 * What a register cell can hold once a reader has decoded it: CSV gives strings, XLSX also gives
 * numbers, booleans and dates (formula cells arrive as their cached result, never as the formula).
 */
export type CellValue = string | number | boolean | Date | null | undefined;

export function isBlankCell(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== 'string') return false;
  if (value.length === 0) return true;
  // Most cells start with a visible character: answer without trimming (no copy per cell).
  const c = value.charCodeAt(0);
  if (c > 32 && c !== 0xa0 && c !== 0x3000 && c !== 0xfeff && (c < 0x2000 || c > 0x205f)) return false;
  return value.trim() === '';
}

/** The cell as a person reads it, for text fields and for quoting it back in messages. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return isoDate(value);
}

/** Numbers as typed, without exponent notation for the magnitudes registers hold. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const text = String(n);
  if (!text.includes('e')) return text;
  // 1e21 and up, or tiny fractions: toFixed keeps plain digits (up to 100 decimals).
  return Math.abs(n) >= 1 ? n.toLocaleString('en-US', { useGrouping: false }) : n.toFixed(12);
}

function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const y = d.getUTCFullYear();
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${day}`;
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Folds full-width digits, letters and punctuation (０-９ ，．％ ＫＷ) and compatibility symbols
 * such as ㎾ to their plain forms. NFKC is only run when the text has a non-ASCII character, which
 * keeps plain cells on the fast path.
 */
export function foldWidth(text: string): string {
  return NON_ASCII.test(text) ? text.normalize('NFKC') : text;
}

/** Cells people type to say "no value" in a numeric or coded column. */
const PLACEHOLDERS = new Set([
  '-',
  '--',
  '---',
  '—',
  '——',
  '/',
  '\\',
  '无',
  '空',
  '不详',
  '未知',
  'n/a',
  'na',
  'none',
  'null',
]);

/** Trimmed, width-folded, lower-case key for word lookups; '' when the cell is blank or a placeholder. */
export function wordKey(value: CellValue): string {
  if (value === null || value === undefined) return '';
  const folded = foldWidth(cellText(value)).trim().toLowerCase();
  return PLACEHOLDERS.has(folded) ? '' : folded;
}

/** Like wordKey but keeps placeholders such as 无, which are answers in boolean columns. */
export function booleanKey(value: CellValue): string {
  return foldWidth(cellText(value)).trim().toLowerCase();
}

/**
 * Text a spreadsheet would run as a formula (or as DDE) if it opened a CSV: = + - @, and tab or CR
 * that some programs strip first. Exports put an apostrophe before such text (Excel and LibreOffice
 * show the cell as text) and the importer removes it again. Text that already starts with
 * apostrophes before one of those characters gets one more, so that removing one gives it back.
 * Text with the sign after spaces, in full width (＝ ＋ － ＠) or on a later line is left as is:
 * LibreOffice opens it as text (test/unit/register-store/formula-safety.test.ts).
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** The text as a CSV export writes it: an apostrophe before formula-looking text. */
export function escapeFormulaText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The text as an XLSX export writes it: string cells never run as formulas, so only text the
 * importer would change (an apostrophe before = + - @) gets its apostrophe.
 */
export function escapeApostropheText(text: string): string {
  return text.charCodeAt(0) === 0x27 && FORMULA_START.test(text) ? `'${text}` : text;
}

/** The inverse of both: one leading apostrophe before formula-looking text is removed. */
export function unescapeFormulaText(text: string): string {
  return text.charCodeAt(0) === 0x27 && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Text as the register stores it. Line breaks inside a cell become LF: CSV cells keep the CRLF of
 * the program that wrote them, while an XLSX file cannot hold a bare CR (XML reads CRLF as LF).
 * Other control characters (pasted from other programs) are dropped: an XLSX file cannot hold them
 * at all, and a CSV with them reads as a binary file. Tabs stay.
 */
export function cleanText(text: string): string {
  const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return CONTROL.test(lf) ? lf.replace(CONTROLS, '') : lf;
}
