import fs from 'node:fs';
import { once } from 'node:events';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { escapeApostropheText, escapeFormulaText } from '../../../shared/register/cell-value';
import type { EquipmentRow } from '../../../shared/register/equipment-row';
import type { EquipmentFilter, EquipmentRecord, EquipmentSort } from '../../../shared/register/register-api';
import { categoryOf, EQUIPMENT_STATUSES, REGISTER_ENERGY_SOURCES } from '../../../shared/register/taxonomy';
import { EquipmentRepository } from './equipment-repository';

type Cell = string | number | null;

/**
 * The export's columns, with the Chinese headers factories use, chosen so that the app's own
 * importer maps every one of them back: an exported register re-imports unchanged.
 */
export const EXPORT_COLUMNS: {
  header: string;
  width: number;
  value: (r: EquipmentRow) => Cell;
  numFmt?: string;
}[] = [
  { header: '设备编号', width: 14, value: (r) => r.asset_code },
  { header: '设备名称', width: 22, value: (r) => r.name },
  { header: '设备类别', width: 14, value: (r) => categoryOf(r.category).zh },
  { header: '规格型号', width: 16, value: (r) => r.model },
  { header: '生产厂家', width: 16, value: (r) => r.maker },
  { header: '数量', width: 8, value: (r) => r.quantity, numFmt: '0' },
  {
    header: '投产年月',
    width: 10,
    value: (r) =>
      r.year_commissioned === null
        ? null
        : r.month_commissioned === null
          ? r.year_commissioned
          : `${r.year_commissioned}-${String(r.month_commissioned).padStart(2, '0')}`,
  },
  { header: '资产原值(元)', width: 16, value: (r) => r.original_value_yuan, numFmt: '#,##0.00' },
  { header: '额定功率(kW)', width: 12, value: (r) => r.rated_kw, numFmt: '0.###' },
  { header: '年运行小时', width: 11, value: (r) => r.annual_hours, numFmt: '0' },
  { header: '负载率', width: 8, value: (r) => r.load_factor, numFmt: '0.00' },
  {
    header: '能源类型',
    width: 10,
    value: (r) => REGISTER_ENERGY_SOURCES.find((s) => s.code === r.energy_source)?.zh ?? null,
  },
  { header: '能效等级', width: 9, value: (r) => r.efficiency_class },
  { header: '是否数控', width: 9, value: (r) => (r.cnc ? '是' : '否') },
  { header: '是否联网', width: 9, value: (r) => (r.networked ? '是' : '否') },
  { header: '使用车间', width: 12, value: (r) => r.workshop },
  {
    header: '使用状态',
    width: 9,
    value: (r) => EQUIPMENT_STATUSES.find((s) => s.code === r.status)?.zh ?? r.status,
  },
  { header: '备注', width: 30, value: (r) => r.notes },
];

/**
 * A CSV cell: formula-looking text gets an apostrophe (see escapeFormulaText; the app's importer
 * removes it again), and text with quotes, commas, line breaks or edge spaces is quoted.
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = escapeFormulaText(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface ExportParams {
  enterpriseId: number;
  format: 'xlsx' | 'csv' | 'json';
  filter?: EquipmentFilter;
  sort?: EquipmentSort;
}

export interface ExportOptions {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/**
 * The JSON form `equipment list --json` prints: exactly the keys consultants' scripts rely on. The
 * month stays out (it is not part of that contract); the XLSX and CSV exports carry it.
 */
export function jsonRow(r: EquipmentRecord): Omit<EquipmentRow, 'month_commissioned'> {
  const { id: _id, updated_at: _updated, month_commissioned: _month, ...row } = r;
  return row;
}

/**
 * Writes the rows of the current view (filter + sort) to a file, streaming: the register is read
 * row by row from one SQLite statement and written as it goes. Returns the number of rows.
 */
export async function exportRegister(
  db: Database.Database,
  outPath: string,
  params: ExportParams,
  options: ExportOptions = {},
): Promise<number> {
  const repo = new EquipmentRepository(db);
  const total = repo.page(params.enterpriseId, { offset: 0, limit: 1, filter: params.filter }).total;
  const rows = repo.iterate(params.enterpriseId, params.sort, params.filter);
  const tick = (done: number) => {
    if (done % 2000 === 0) {
      options.signal?.throwIfAborted();
      options.onProgress?.(done, total);
    }
  };
  const partial = `${outPath}.partial`;
  try {
    let count: number;
    if (params.format === 'xlsx') count = await writeXlsx(partial, rows, tick);
    else count = await writeText(partial, rows, params.format, tick);
    options.signal?.throwIfAborted();
    fs.renameSync(partial, outPath);
    options.onProgress?.(count, total);
    return count;
  } catch (e) {
    fs.rmSync(partial, { force: true });
    if (options.signal?.aborted) throw new AppError('JOB_CANCELLED');
    throw e;
  }
}

async function writeText(
  file: string,
  rows: Iterable<EquipmentRecord>,
  format: 'csv' | 'json',
  tick: (done: number) => void,
): Promise<number> {
  const out = fs.createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  let count = 0;
  if (format === 'csv') {
    // The BOM tells Excel the file is UTF-8; without it Chinese text opens garbled.
    await write('\uFEFF' + EXPORT_COLUMNS.map((c) => csvCell(c.header)).join(',') + '\r\n');
    for (const r of rows) {
      await write(EXPORT_COLUMNS.map((c) => csvCell(c.value(r))).join(',') + '\r\n');
      tick(++count);
    }
  } else {
    await write('[');
    for (const r of rows) {
      await write((count === 0 ? '\n' : ',\n') + JSON.stringify(jsonRow(r)));
      tick(++count);
    }
    await write(count === 0 ? ']\n' : '\n]\n');
  }
  out.end();
  await once(out, 'finish');
  return count;
}

async function writeXlsx(
  file: string,
  rows: Iterable<EquipmentRecord>,
  tick: (done: number) => void,
): Promise<number> {
  // Shared strings, as Excel writes them: exceljs's inline "str" cells can come back garbled when a
  // multi-byte character straddles a read chunk, and other readers treat "str" as a formula result.
  // Loaded when needed: a CSV import or export on the job worker never pays for exceljs's start-up.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: true,
  });
  const sheet = workbook.addWorksheet('设备台账', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  let count = 0;
  for (const r of rows) {
    // Strings go in as shared text cells, never as formulas, so a cell like "=HYPERLINK(…)" stays text.
    sheet
      .addRow(
        EXPORT_COLUMNS.map((c) => {
          const v = c.value(r);
          return typeof v === 'string' ? escapeApostropheText(v) : v;
        }),
      )
      .commit();
    tick(++count);
  }
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, count + 1), column: EXPORT_COLUMNS.length },
  };
  sheet.commit();
  await workbook.commit();
  return count;
}
