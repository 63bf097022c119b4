/**
 * The draft's tables as an Excel workbook, one sheet per table, for the user to rework figures in:
 * cells keep their type (money in yuan as numbers, percentages as fractions, quantities as numbers)
 * and a table's total is a SUM formula over its rows, cached with the stored total, which equals that
 * sum. Yes/no columns are written as the words 是/否 (Yes/No in English), as the draft and the
 * register export show them, not as Excel's TRUE/FALSE, which agencies' forms do not use.
 */
import type ExcelJS from 'exceljs';
import { draftColumnHeader, formatDraftCell } from '../../../shared/drafts/draft-cells';
import type { DraftCell, DraftColumn, DraftModel, DraftTable } from '../../../shared/drafts/draft-model';
import { message, type Lang } from '../../../shared/i18n/messages';
import { displayWidth } from './docx-draft';

/** Excel's own limits on sheet names: 31 characters, none of : \ / ? * [ ], not starting or ending with '. */
const SHEET_NAME_MAX = 31;

function cleanSheetName(name: string): string {
  return name
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^'+|'+$/g, '')
    .trim();
}

/** "表3 设备购置清单", cut to Excel's length, and made unique (case-insensitively, as Excel compares). */
export function sheetNames(tables: DraftTable[], lang: Lang): string[] {
  const taken = new Set<string>();
  return tables.map((t) => {
    const base = [
      ...cleanSheetName(message(lang, 'draftDoc.tableCaption', { number: t.number, caption: t.caption })),
    ];
    let name = base.slice(0, SHEET_NAME_MAX).join('').trim() || String(t.number);
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = `(${n})`;
      name =
        base
          .slice(0, SHEET_NAME_MAX - suffix.length)
          .join('')
          .trim() + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

export function numberFormat(column: DraftColumn): string | undefined {
  const decimals = column.decimals > 0 ? '.' + '0'.repeat(column.decimals) : '';
  switch (column.kind) {
    case 'money':
      return '#,##0.00';
    case 'number':
      return `#,##0${decimals}`;
    case 'percent':
      return `0${decimals}%`;
    default:
      return undefined;
  }
}

/** The value a cell holds: money in yuan, percentages as fractions, unknowns as "—" (never 0). */
function cellValue(cell: DraftCell, column: DraftColumn, lang: Lang): string | number {
  if (cell === null) return '—';
  if (typeof cell === 'number') {
    if (column.kind === 'money') return cell / 100;
    if (column.kind === 'number' || column.kind === 'percent') return cell;
  }
  return formatDraftCell(cell, column, lang);
}

const isFigure = (c: DraftColumn) => c.kind === 'money' || c.kind === 'number' || c.kind === 'percent';

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };

function writeTable(sheet: ExcelJS.Worksheet, table: DraftTable, lang: Lang): void {
  const columns = table.columns;
  const width = columns.length;
  const title = message(lang, 'draftDoc.tableCaption', { number: table.number, caption: table.caption });
  const headers = columns.map((c) => draftColumnHeader(c, lang));

  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  if (width > 1) sheet.mergeCells(1, 1, 1, width);
  sheet.getRow(1).height = 24;

  const header = sheet.getRow(2);
  headers.forEach((h, i) => {
    const cell = header.getCell(i + 1);
    cell.value = h;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } };
    cell.border = BORDER;
  });

  const firstRow = 3;
  table.rows.forEach((row, r) => {
    const excelRow = sheet.getRow(firstRow + r);
    columns.forEach((column, c) => {
      const cell = excelRow.getCell(c + 1);
      cell.value = cellValue(row[c] ?? null, column, lang);
      const numFmt = numberFormat(column);
      if (numFmt) cell.numFmt = numFmt;
      cell.alignment = {
        horizontal: isFigure(column) ? 'right' : 'left',
        vertical: 'top',
        wrapText: !isFigure(column),
      };
      cell.border = BORDER;
    });
  });
  const lastRow = firstRow + table.rows.length - 1;

  let next = firstRow + table.rows.length;
  if (table.total) {
    const total = table.total;
    const excelRow = sheet.getRow(next);
    columns.forEach((column, c) => {
      const cell = excelRow.getCell(c + 1);
      const stored = total[c] ?? null;
      if (column.summed && typeof stored === 'number' && table.rows.length > 0) {
        const letter = sheet.getColumn(c + 1).letter;
        // The cached result is the stored total, so a reader that does not recalculate shows the
        // figure the app shows; Excel recalculating gets the same, as the total is the rows' sum.
        cell.value = {
          formula: `SUM(${letter}${firstRow}:${letter}${lastRow})`,
          result: cellValue(stored, column, lang) as number,
        };
      } else {
        cell.value = stored === null && c > 0 ? null : cellValue(stored, column, lang);
      }
      const numFmt = numberFormat(column);
      if (numFmt) cell.numFmt = numFmt;
      cell.font = { bold: true };
      cell.alignment = { horizontal: isFigure(column) ? 'right' : 'left' };
      cell.border = BORDER;
    });
    next++;
  }

  if (table.notes.length > 0) {
    next++;
    table.notes.forEach((note, i) => {
      const cell = sheet.getCell(next + i, 1);
      cell.value = (i === 0 ? message(lang, 'draftDoc.notes') : '') + note;
      cell.font = { size: 9, color: { argb: 'FF595959' } };
    });
  }

  columns.forEach((column, c) => {
    const texts = [
      headers[c]!,
      ...table.rows.map((row) => formatDraftCell(row[c] ?? null, column, lang)),
      ...(table.total ? [formatDraftCell(table.total[c] ?? null, column, lang)] : []),
    ];
    sheet.getColumn(c + 1).width = Math.min(50, Math.max(8, ...texts.map(displayWidth)) + 2);
  });
}

export async function writeXlsxDraft(model: DraftModel): Promise<Buffer> {
  // Loaded when needed, as the register export does: exceljs is large and most calls never use it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = model.facts.enterprise.name;
  workbook.title = `${model.title} ${model.subtitle}`.trim();
  workbook.subject = model.facts.project.name;
  workbook.created = new Date(model.generatedAt);
  workbook.modified = workbook.created;
  const names = sheetNames(model.tables, model.lang);
  model.tables.forEach((table, i) => {
    const sheet = workbook.addWorksheet(names[i]!, {
      views: [{ state: 'frozen', ySplit: 2 }],
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:2',
      },
    });
    writeTable(sheet, table, model.lang);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
