/**
 * Scans a worksheet part's <sheetData> row by row with indexOf and character codes rather than a
 * general XML parser: a 100k-row sheet is 60 MB of <row>/<c>/<v>, and building an event and an
 * attribute map per tag is what made the streaming parse slow.
 *
 * Cells come out as the user sees them: shared and inline strings (rich runs joined, phonetic
 * guides left out) as text, numbers with a date style as Dates, booleans, error cells as their
 * text (#N/A), formula cells as their cached result (a formula never calculated is empty).
 * Everything after </sheetData> (merged ranges, hyperlinks, drawings) is ignored: merged header
 * cells are recognised from their layout instead (shared/register/table-layout.ts).
 */
import type { CellValue } from '../../../shared/register/cell-value';
import type { RawRow } from './raw-rows';
import { isNameEnd, richText, rootPrefix, tagAt, unescapeOoxml, xmlText } from './xml-scan';
import { serialToDate } from './xlsx-styles';

/** Excel's last column is XFD: a cell reference beyond it is damage, not a wider sheet. */
export const MAX_COLUMNS = 16_384;

export class SheetXmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SheetXmlError';
  }
}

export interface CellContext {
  sharedStrings: readonly string[];
  /** Per cellXfs index: 1 when the style formats numbers as dates. */
  dateStyles: Uint8Array;
  date1904: boolean;
}

const enum State {
  BeforeRoot,
  BeforeData,
  InData,
  Done,
}

const enum CellType {
  Number,
  Shared,
  String,
  Inline,
  Boolean,
  Error,
  IsoDate,
}

export class SheetScanner {
  private state = State.BeforeRoot;
  private lastLine = 0;
  // tags under the root element's prefix, set once the root is seen
  private sheetData = 'sheetData';
  private row = 'row';
  private rowClose = '</row>';
  private cOpen = '<c';
  private cClose = '</c>';
  private vOpen = '<v>';
  private vClose = '</v>';
  private prefix = '';

  constructor(private readonly context: CellContext) {}

  /** Whether </sheetData> was reached: the rest of the part holds no cells. */
  get done(): boolean {
    return this.state === State.Done;
  }

  /** Whether the part ended as a well-formed sheet may: outside or after its sheetData. */
  get complete(): boolean {
    return this.state !== State.InData;
  }

  /** Reads the complete rows at the start of `xml` into `rows`; returns where unread text begins. */
  scan(xml: string, rows: RawRow[]): number {
    let pos = 0;
    if (this.state === State.BeforeRoot) {
      const prefix = rootPrefix(xml);
      if (prefix === null) return 0;
      this.useTags(prefix);
      this.state = State.BeforeData;
    }
    if (this.state === State.BeforeData) {
      const tag = this.prefix + 'sheetData';
      let at = -1;
      for (let p = xml.indexOf('<' + tag); p >= 0; p = xml.indexOf('<' + tag, p + 1)) {
        if (isNameEnd(xml.charCodeAt(p + 1 + tag.length)) || p + 1 + tag.length >= xml.length) {
          at = p;
          break;
        }
      }
      if (at < 0) return Math.max(0, xml.length - tag.length - 1);
      const gt = xml.indexOf('>', at);
      if (gt < 0) return at;
      this.state = xml.charCodeAt(gt - 1) === 0x2f ? State.Done : State.InData;
      pos = gt + 1;
    }
    while (this.state === State.InData) {
      const lt = xml.indexOf('<', pos);
      if (lt < 0) return xml.length;
      const gt = xml.indexOf('>', lt);
      if (gt < 0) return lt;
      if (tagAt(xml, lt, this.row)) {
        const line = this.rowNumber(xml, lt + 1 + this.row.length, gt);
        if (xml.charCodeAt(gt - 1) === 0x2f) {
          rows.push({ line, cells: [] });
          pos = gt + 1;
          continue;
        }
        const end = xml.indexOf(this.rowClose, gt);
        if (end < 0) {
          // read again, whole, with the next chunk
          this.lastLine = line - 1;
          return lt;
        }
        rows.push({ line, cells: this.cells(xml, gt + 1, end) });
        pos = end + this.rowClose.length;
      } else if (xml.charCodeAt(lt + 1) === 0x2f) {
        if (tagAt(xml, lt + 1, this.sheetData)) this.state = State.Done;
        pos = gt + 1;
      } else if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) return lt;
        pos = end + 3;
      } else {
        // not part of SpreadsheetML's sheetData: step over the tag
        pos = gt + 1;
      }
    }
    return xml.length;
  }

  private useTags(prefix: string): void {
    this.prefix = prefix;
    this.sheetData = prefix + 'sheetData';
    this.row = prefix + 'row';
    this.rowClose = `</${prefix}row>`;
    this.cOpen = `<${prefix}c`;
    this.cClose = `</${prefix}c>`;
    this.vOpen = `<${prefix}v>`;
    this.vClose = `</${prefix}v>`;
  }

  /** The row's r attribute; a row without one follows the previous row. */
  private rowNumber(xml: string, from: number, to: number): number {
    const r = attributeValueStart(xml, from, to, 0x72 /* r */);
    let line = r < 0 ? -1 : digits(xml, r, xml.indexOf(xml[r - 1] as string, r));
    if (line <= 0) line = this.lastLine + 1;
    this.lastLine = line;
    return line;
  }

  /** The cells of the row content xml[from, to), indexed from column A = 0; gaps are null. */
  private cells(xml: string, from: number, to: number): CellValue[] {
    const cells: CellValue[] = [];
    const cOpen = this.cOpen;
    let column = -1;
    for (let p = from; ;) {
      const lt = xml.indexOf(cOpen, p);
      if (lt < 0 || lt >= to) break;
      let q = lt + cOpen.length;
      let ch = xml.charCodeAt(q);
      if (!isNameEnd(ch)) {
        p = q;
        continue;
      }
      let ref = -1;
      let style = 0;
      let type = CellType.Number;
      // attributes: only r, s and t matter
      for (;;) {
        while (ch === 0x20 || ch === 0x0a || ch === 0x0d || ch === 0x09) ch = xml.charCodeAt(++q);
        if (ch === 0x3e || ch === 0x2f || q >= to) break;
        const eq = xml.indexOf('=', q);
        if (eq < 0 || eq >= to) throw new SheetXmlError('a cell attribute has no value');
        let v = eq + 1;
        while (xml.charCodeAt(v) <= 0x20) v++;
        const quote = xml.charCodeAt(v);
        if (quote !== 0x22 && quote !== 0x27) throw new SheetXmlError('a cell attribute is not quoted');
        const vEnd = xml.indexOf(quote === 0x22 ? '"' : "'", v + 1);
        if (vEnd < 0 || vEnd >= to) throw new SheetXmlError('a cell attribute does not end');
        let nameEnd = eq;
        while (xml.charCodeAt(nameEnd - 1) <= 0x20) nameEnd--;
        if (nameEnd - q === 1) {
          const name = xml.charCodeAt(q);
          if (name === 0x72 /* r */) ref = columnOf(xml, v + 1, vEnd);
          else if (name === 0x73 /* s */) style = digits(xml, v + 1, vEnd);
          else if (name === 0x74 /* t */) type = cellType(xml, v + 1, vEnd);
        }
        q = vEnd + 1;
        ch = xml.charCodeAt(q);
      }
      column = ref >= 0 ? ref : column + 1;
      if (column >= MAX_COLUMNS) throw new SheetXmlError('a cell lies beyond column XFD');
      if (ch !== 0x3e) {
        // <c …/>: a styled empty cell
        p = q + 1;
        continue;
      }
      const close = xml.indexOf(this.cClose, q);
      if (close < 0 || close > to) throw new SheetXmlError('a cell does not end');
      const value = this.value(xml, q + 1, close, type, style);
      if (value !== null) {
        while (cells.length < column) cells.push(null);
        cells[column] = value;
      }
      p = close + this.cClose.length;
    }
    return cells;
  }

  /** The value of the cell content xml[from, to). */
  private value(xml: string, from: number, to: number, type: CellType, style: number): CellValue {
    if (type === CellType.Shared && this.prefix === '') {
      // most cells of a register: <v>index</v>, read without slicing
      const index = plainIndex(xml, from);
      if (index >= 0) return this.context.sharedStrings[index] || null;
    }
    let vStart = -1;
    let vEnd = -1;
    if (xml.startsWith(this.vOpen, from)) {
      // the usual shape, <c …><v>…</v></c>
      vStart = from + this.vOpen.length;
      vEnd = xml.indexOf(this.vClose, vStart);
    } else {
      for (let p = from; ;) {
        const lt = xml.indexOf('<', p);
        if (lt < 0 || lt >= to) break;
        const gt = xml.indexOf('>', lt);
        if (gt < 0 || gt >= to) break;
        const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
        if (tagAt(xml, lt, this.prefix + 'v')) {
          vStart = gt + 1;
          vEnd = selfClosing ? vStart : xml.indexOf(this.vClose, vStart);
          break;
        }
        if (type === CellType.Inline && tagAt(xml, lt, this.prefix + 'is')) {
          if (selfClosing) return null;
          const end = xml.indexOf(`</${this.prefix}is>`, gt);
          return richText(xml, gt + 1, end < 0 || end > to ? to : end, this.prefix) || null;
        }
        if (tagAt(xml, lt, this.prefix + 'f') && !selfClosing) {
          // the formula's text holds no '<': its end is the next tag
          p = xml.indexOf('<', gt + 1);
          if (p < 0) break;
          p = xml.indexOf('>', p) + 1;
          continue;
        }
        p = gt + 1;
      }
    }
    if (vStart < 0) return null;
    if (vEnd < 0 || vEnd > to) throw new SheetXmlError('a cell value does not end');
    switch (type) {
      case CellType.Shared: {
        const index = digits(xml, vStart, vEnd);
        // an empty string is an empty cell, as exceljs read it
        return (index >= 0 && this.context.sharedStrings[index]) || null;
      }
      case CellType.String:
      case CellType.Inline:
      case CellType.Error:
        return unescapeOoxml(xmlText(xml.slice(vStart, vEnd))) || null;
      case CellType.Boolean: {
        const text = xml.slice(vStart, vEnd).trim();
        return text !== '0' && text !== 'false';
      }
      case CellType.IsoDate:
        return isoDate(xml.slice(vStart, vEnd).trim());
      default: {
        const n = parseFloat(xml.slice(vStart, vEnd));
        if (!Number.isFinite(n)) return null;
        return this.context.dateStyles[style] === 1 ? serialToDate(n, this.context.date1904) : n;
      }
    }
  }
}

/** Index of the value of attribute `name` (a one-letter name) in the tag body xml[from, to), or -1. */
function attributeValueStart(xml: string, from: number, to: number, name: number): number {
  for (let p = from; p < to;) {
    const eq = xml.indexOf('=', p);
    if (eq < 0 || eq >= to) return -1;
    let v = eq + 1;
    while (xml.charCodeAt(v) <= 0x20) v++;
    const quote = xml.charCodeAt(v);
    const vEnd = xml.indexOf(quote === 0x27 ? "'" : '"', v + 1);
    if (vEnd < 0) return -1;
    let nameEnd = eq;
    while (xml.charCodeAt(nameEnd - 1) <= 0x20) nameEnd--;
    if (xml.charCodeAt(nameEnd - 1) === name && xml.charCodeAt(nameEnd - 2) <= 0x20) return v + 1;
    p = vEnd + 1;
  }
  return -1;
}

/** The n of "<v>n<" at `from`, or -1 when the text there has another shape. */
function plainIndex(xml: string, from: number): number {
  if (xml.charCodeAt(from) !== 0x3c || xml.charCodeAt(from + 1) !== 0x76 || xml.charCodeAt(from + 2) !== 0x3e)
    return -1;
  let i = from + 3;
  let c = xml.charCodeAt(i);
  if (c < 0x30 || c > 0x39) return -1;
  let n = 0;
  do {
    n = n * 10 + (c - 0x30);
    c = xml.charCodeAt(++i);
  } while (c >= 0x30 && c <= 0x39);
  return c === 0x3c ? n : -1;
}

/** A non-negative integer written in xml[from, to) (surrounding blanks allowed); -1 if none. */
function digits(xml: string, from: number, to: number): number {
  let i = from;
  while (i < to && xml.charCodeAt(i) <= 0x20) i++;
  let n = -1;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    n = (n < 0 ? 0 : n * 10) + (c - 0x30);
  }
  for (; i < to; i++) if (xml.charCodeAt(i) > 0x20) return -1;
  return n;
}

/** The 0-based column of a reference such as "B5"; -1 if it has no column letters. */
function columnOf(xml: string, from: number, to: number): number {
  let column = 0;
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    column = column * 26 + (c - 0x60);
    if (column > MAX_COLUMNS) return MAX_COLUMNS;
  }
  return column - 1;
}

function cellType(xml: string, from: number, to: number): CellType {
  const first = xml.charCodeAt(from);
  const length = to - from;
  if (length === 1) {
    if (first === 0x73 /* s */) return CellType.Shared;
    if (first === 0x62 /* b */) return CellType.Boolean;
    if (first === 0x65 /* e */) return CellType.Error;
    if (first === 0x64 /* d */) return CellType.IsoDate;
    return CellType.Number;
  }
  if (length === 3 && xml.startsWith('str', from)) return CellType.String;
  if (length === 9 && xml.startsWith('inlineStr', from)) return CellType.Inline;
  return CellType.Number;
}

/** A t="d" cell: an ISO 8601 date or date-time; without a zone it is read as UTC, like serials. */
function isoDate(text: string): CellValue {
  const zoned = /[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? text : date;
}
