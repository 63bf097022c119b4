/**
 * Where the table sits in a register sheet: the header row among the first rows (below any title
 * such as "XX公司设备台账（2024年）"), a second header row when merged cells split one heading
 * into several (资产原值 over 数量 | 金额), and which rows under the header are not assets
 * (blank rows, 合计/小计/Total rows, signature lines, section headings).
 */
import { isBlankCell, type CellValue } from './cell-value';
import { headerCandidates, mapHeaders, type HeaderColumn, type HeaderMapping } from './header-mapping';

/** How many rows from the top are searched for the header. */
export const HEADER_SCAN_ROWS = 20;

export interface TableLayout {
  /** 0-based index (among the rows given) of the first header row. */
  headerIndex: number;
  /** 1, or 2 for a two-row merged header. */
  headerRows: 1 | 2;
  columns: HeaderColumn[];
  /** Display text of each column's header, '' for an unnamed column. */
  headers: string[];
  mapping: HeaderMapping;
}

/** A header cell as one line of text: line breaks inside a cell (Alt+Enter) become spaces. */
function headerText(value: CellValue): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/**
 * Text cells of a row looked at to tell whether it is the header. Registers name their fields in a
 * few dozen columns; reading every cell of the first rows of a file 16,384 columns wide took
 * 320,000 header matches (2.7 s). The header row found is still mapped across all its columns.
 */
const HEADER_SCORE_CELLS = 256;

/** Distinct fields a row's cells name; only text cells count, data rows rarely name two fields. */
function headerScore(row: readonly CellValue[]): number {
  const fields = new Set<string>();
  let read = 0;
  for (const cell of row) {
    const text = headerText(cell);
    if (text === '') continue;
    if (++read > HEADER_SCORE_CELLS) break;
    const best = headerCandidates(text)[0];
    if (best) fields.add(best.field);
  }
  return fields.size;
}

const UNIT_SUBHEADER = /^[(（[]?(万元|千元|元|kw|千瓦|w|瓦|hp|马力|台|套|%|h|小时|年|月|日)[)）\]]?$/i;

function filledColumns(row: readonly CellValue[] | undefined): number[] {
  const out: number[] = [];
  row?.forEach((c, i) => {
    if (!isBlankCell(c)) out.push(i);
  });
  return out;
}

/** The row under the header continues it: only header words, and at least one under a merged (blank) heading cell. */
function isSubHeader(header: readonly CellValue[], below: readonly CellValue[] | undefined): boolean {
  const filled = filledColumns(below);
  if (!below || filled.length === 0) return false;
  let underMerged = false;
  for (const i of filled) {
    const text = headerText(below[i]);
    if (text === '' || (!UNIT_SUBHEADER.test(text) && headerCandidates(text).length === 0)) return false;
    if (isBlankCell(header[i])) underMerged = true;
  }
  return underMerged;
}

/** The row above the header is a grouping row: text only, and a heading spans blank cells to its right. */
function isParentHeader(above: readonly CellValue[] | undefined, header: readonly CellValue[]): boolean {
  const filled = filledColumns(above);
  if (!above || filled.length < 2) return false;
  if (filled.some((i) => typeof above[i] !== 'string' || /^\d+$/.test(headerText(above[i])))) return false;
  const first = filled[0] as number;
  return header.some((c, i) => i > first && !isBlankCell(c) && isBlankCell(above[i]));
}

/** Combines two header rows; a heading merged across columns is carried right over its children. */
function combineRows(top: readonly CellValue[], bottom: readonly CellValue[]): HeaderColumn[] {
  const width = Math.max(top.length, bottom.length);
  const columns: HeaderColumn[] = [];
  let carried: string | null = null;
  for (let i = 0; i < width; i++) {
    const own = headerText(top[i]);
    const child = headerText(bottom[i]) || null;
    const prevChild = i > 0 ? headerText(bottom[i - 1]) : '';
    const parent: string | null = own !== '' ? own : child !== null && prevChild !== '' ? carried : null;
    carried = parent;
    if (parent !== null && child !== null) columns.push({ text: `${parent}/${child}`, child, parent });
    else columns.push({ text: parent ?? child ?? '', child: null, parent: null });
  }
  return columns;
}

/**
 * Finds the header among the first rows: the row naming the most fields (at least two), then a
 * second header row under or over it when merged cells split the headings. Null when no row
 * looks like a register header.
 */
export function detectHeader(rows: readonly (readonly CellValue[])[]): TableLayout | null {
  let best = -1;
  let bestScore = 1;
  const scan = Math.min(rows.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < scan; i++) {
    const score = headerScore(rows[i] as readonly CellValue[]);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best < 0) return null;
  const header = rows[best] as readonly CellValue[];
  let headerIndex = best;
  let headerRows: 1 | 2 = 1;
  let columns: HeaderColumn[];
  if (isSubHeader(header, rows[best + 1])) {
    headerRows = 2;
    columns = combineRows(header, rows[best + 1] as readonly CellValue[]);
  } else if (best > 0 && isParentHeader(rows[best - 1], header)) {
    headerIndex = best - 1;
    headerRows = 2;
    columns = combineRows(rows[best - 1] as readonly CellValue[], header);
  } else {
    columns = header.map((c) => ({ text: headerText(c), child: null, parent: null }));
  }
  return {
    headerIndex,
    headerRows,
    columns,
    headers: columns.map((c) => c.text),
    mapping: mapHeaders(columns),
  };
}

export type RowKind = 'data' | 'blank' | 'total' | 'footer' | 'note';

// The word must end there (合计, 合计：, 小计：机加工车间, Total), so that names and codes that merely
// begin with it stay assets: 总计量表 (a master meter), 累计流量计, SUM-01.
const TOTAL =
  /^(合计|小计|总计|共计|总合计|累计|本页合计|本页小计|本表合计|total|subtotal|grandtotal|sum)(?![a-z0-9_.\-\u3400-\u9fff])/i;
const FOOTER =
  /^(制表|填表|审核|审批|复核|批准|负责人|主管|经办|盖章|签字|注[:：]|说明[:：]|备注[:：]|日期[:：])/;
const SECTION = /^([一二三四五六七八九十]+[、.．]|第.{1,4}[类部章节])/;

/** First letters of the words above; other rows skip the regular expressions entirely. */
const MARKER_STARTS = new Set('合小总共累本tTsSgG制填审复批负主经盖签注说备日一二三四五六七八九十第');

function markerText(c: CellValue): string {
  if (typeof c !== 'string') return '';
  const t = c.trimStart();
  return MARKER_STARTS.has(t.charAt(0)) ? t.replace(/\s+/g, '') : '';
}

/**
 * What a row under the header is. Totals are recognised in the first two filled cells (合 计 with
 * spaces too); a single filled cell outside the name and code columns, or a section heading such
 * as 一、生产设备, is a note; signature lines are footers.
 */
export function classifyRow(cells: readonly CellValue[], keyColumns: readonly number[]): RowKind {
  let filled = 0;
  let first = -1;
  let firstText = '';
  let secondText = '';
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (isBlankCell(c)) continue;
    filled++;
    if (filled === 1) {
      first = i;
      firstText = markerText(c);
    } else if (filled === 2) {
      secondText = markerText(c);
    }
  }
  if (filled === 0) return 'blank';
  if (firstText === '' && secondText === '')
    return filled === 1 && !keyColumns.includes(first) ? 'note' : 'data';
  if (TOTAL.test(firstText) || TOTAL.test(secondText)) return 'total';
  if (filled <= 4 && FOOTER.test(firstText)) return 'footer';
  if (filled === 1 && (!keyColumns.includes(first) || SECTION.test(firstText))) return 'note';
  return 'data';
}
