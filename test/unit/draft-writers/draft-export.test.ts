/**
 * `drafts.export` on a real workspace, its files opened by real readers: the Word draft converted by
 * LibreOffice to text and PDF (headings in order, numbered tables, the equipment, the investment
 * total exactly as the app formats projects.get's figure, page numbers in the footer), the agency's
 * template filled and read back the same way, the workbook read back with exceljs (typed cells,
 * totals as SUM formulas whose results equal the stored totals and the rows' sum), and the errors a
 * user meets: a damaged template, a template for Excel, a PDF with no Chromium at hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import Excel from 'exceljs';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { sheetNames } from '../../../electron/core/drafts/xlsx-draft';
import { formatDraftCell } from '../../../shared/drafts/draft-cells';
import type { DraftModel, DraftTable } from '../../../shared/drafts/draft-model';
import { fenToYuan, formatWanYuan } from '../../../shared/money';
import { expectAppError, tempDir } from '../core/helpers';
import { draftWorkspace, DRAFT_LINES, readWordFile, soffice, type DraftWorkspace } from './draft-workspace';

const TEMPLATE = path.resolve(import.meta.dirname, '../../fixtures/templates/agency-template.docx');

async function exported(
  w: DraftWorkspace,
  input: { format: 'docx' | 'xlsx' | 'pdf'; template?: string; lang?: 'en' },
) {
  const result = await w.core.call('drafts.export', { projectId: w.projectId, ...input });
  return { result, path: w.core.files.resolve(result.file.fileId, 'read').path };
}

const moneyColumn = (model: DraftModel) =>
  model.tables.find((t) => t.id === 'equipment')!.columns.find((c) => c.key === 'amount')!;

/** Each string found after the one before it. */
function inOrder(text: string, parts: string[], from = 0): void {
  let at = from;
  for (const part of parts) {
    const found = text.indexOf(part, at);
    expect(found, `"${part}" after position ${at}`).toBeGreaterThanOrEqual(0);
    at = found + part.length;
  }
}

describe('drafts.export to Word, read by LibreOffice', () => {
  it('has the chapters in order, numbered tables, the equipment, the exact total and page numbers', async () => {
    const w = await draftWorkspace();
    const model = await w.core.call('drafts.model', { projectId: w.projectId });
    const detail = await w.core.call('projects.get', { id: w.projectId });
    const { result, path: file } = await exported(w, { format: 'docx' });
    expect(result).toMatchObject({ format: 'docx', gaps: model.gaps.length, unknownTags: [] });
    expect(result.file.name).toBe('冲压线智能化与空压站节能改造-申请报告.docx');
    expect(result.file.sizeBytes).toBe(fs.statSync(file).size);

    const { text, pdfText, pages } = readWordFile(file);
    // The contents list the chapters first; the chapters follow in the body in the same order.
    const headings = model.chapters.map((c) => `${c.number} ${c.heading}`);
    expect(headings).toHaveLength(13);
    inOrder(text, headings);
    const afterContents = text.indexOf(headings.at(-1)!) + 1;
    inOrder(text, headings, afterContents);
    inOrder(
      text,
      model.tables.map((t) => `表${t.number} ${t.caption}`),
      afterContents,
    );
    expect(model.tables.map((t) => t.number)).toEqual(model.tables.map((_, i) => i + 1));
    inOrder(
      text,
      model.charts.map((c) => `图${c.number} ${c.caption}`),
      afterContents,
    );
    for (const line of DRAFT_LINES) expect(text).toContain(line.name);

    // The investment total as the app has it, formatted as every draft output formats money.
    const total = formatDraftCell(detail.figures.investment.totalFen, moneyColumn(model), 'zh-CN');
    expect(total).toBe('2,696,800.00');
    const equipmentTable = text.slice(text.indexOf('表3 设备购置清单', afterContents));
    expect(equipmentTable.slice(0, equipmentTable.indexOf('表4'))).toContain(total);
    expect(pdfText).toContain(total);

    // What is missing is marked in the text and listed up front.
    expect(text).toContain('【待补充】请在“申报材料”中填写“技术方案说明”');
    expect(text.indexOf('待补充事项（5 项）')).toBeLessThan(text.indexOf(headings[0]!, 0));
    expect(text).toContain('公司主要为消费电子企业提供精密冲压件');

    // A4 pages with "第 X 页 共 Y 页" in the footer; the cover has none.
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pdfText).toContain(`第 2 页 共 ${pages} 页`);
    expect(pdfText).toContain(`第 ${pages} 页 共 ${pages} 页`);
    expect(pdfText).not.toContain('第 1 页');
  }, 120_000);

  it('fills the agency template: values in place, one row per equipment line, unknown tags reported', async () => {
    const w = await draftWorkspace();
    const detail = await w.core.call('projects.get', { id: w.projectId });
    const template = w.core.files.registerRead(TEMPLATE);
    const { result, path: file } = await exported(w, { format: 'docx', template: template.fileId });
    expect(result.unknownTags).toEqual(['enterprise.legal_representative']);
    expect(result.file.name).toBe('冲压线智能化与空压站节能改造-agency-template.docx');

    const outDir = fs.mkdtempSync(path.join(tempDir(), 'filled-'));
    soffice(['--convert-to', 'txt:Text (encoded):UTF8', file], outDir);
    const text = fs.readFileSync(path.join(outDir, path.basename(file).replace(/\.docx$/, '.txt')), 'utf8');

    expect(text).toContain('冲压线智能化与空压站节能改造项目资金申请书');
    expect(text).toContain('申报单位：深圳市示例精密制造有限公司（统一社会信用代码 914403001922038216）');
    // The tag the app does not know stays as written, where the agency put it.
    expect(text).toContain('法定代表人：{enterprise.legal_representative}');
    expect(text).toContain('2026-04-01 至 2026-12-31');
    const total = detail.figures.investment.totalFen;
    expect(text).toContain(
      formatDraftCell(
        total,
        moneyColumn(await w.core.call('drafts.model', { projectId: w.projectId })),
        'zh-CN',
      ),
    );
    expect(text).toContain(formatWanYuan(fenToYuan(total), 'zh-CN'));

    // One table row per equipment line, numbered, with its amount.
    const lines = text.split('\n').map((l) => l.trim());
    for (const [i, line] of DRAFT_LINES.entries()) {
      const at = lines.indexOf(line.name);
      expect(at, line.name).toBeGreaterThan(0);
      expect(lines[at - 1]).toBe(String(i + 1));
      expect(lines.slice(at, at + 6)).toContain(
        formatDraftCell(
          Math.round(line.quantity * line.unitPriceFen),
          moneyColumn(await w.core.call('drafts.model', { projectId: w.projectId })),
          'zh-CN',
        ),
      );
    }
    expect(lines.filter((l) => l === '伺服冲床')).toHaveLength(1);
    // Loops over paragraphs: one per financing row, one per programme.
    expect(lines.filter((l) => /^(自有资金|银行贷款|融资租赁|预期补助)（/.test(l))).toHaveLength(4);
    expect(text).toContain('银行贷款（某商业银行）：1,500,000.00 元');
    expect(text).toContain('公司主要为消费电子企业提供精密冲压件');
    expect(text).toContain('四、组织与人员\n【待补充】');
    expect(text).toContain('填报日期：2026年3月10日');
    expect(text).not.toMatch(/\{[#/]?(equipment|financing|programmes|no|name|amount)\}/);
  }, 120_000);
});

function docxWith(documentXml: string): Buffer {
  const zip = new PizZip(fs.readFileSync(TEMPLATE));
  zip.file('word/document.xml', documentXml);
  return zip.generate({ type: 'nodebuffer' });
}

const body = (...paragraphs: string[]) =>
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
  paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('') +
  '</w:body></w:document>';

describe('drafts.export refuses templates it cannot fill, saying why', () => {
  async function refused(w: DraftWorkspace, bytes: Buffer, name = 'agency.docx') {
    const file = path.join(tempDir(), name);
    fs.writeFileSync(file, bytes);
    const template = w.core.files.registerRead(file).fileId;
    return expectAppError(
      w.core.call('drafts.export', { projectId: w.projectId, format: 'docx', template }),
      'VALIDATION',
    );
  }

  it('names the malformed tag and what is wrong with it', async () => {
    const w = await draftWorkspace();
    let e = await refused(w, docxWith(body('申报单位：{enterprise.name', '合计 {totals.investment}')));
    expect(e).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['template'], key: 'draftTemplate.unclosedTag', params: { tag: 'enterprise.name' } }],
    });
    e = await refused(w, docxWith(body('{#equipment}{name}', '没有结束')));
    expect(e.issues).toEqual([
      { path: ['template'], key: 'draftTemplate.unclosedLoop', params: { tag: 'equipment' } },
    ]);
    e = await refused(w, docxWith(body('{#equipment}{name}{/financing}')));
    expect(e.issues).toEqual([
      {
        path: ['template'],
        key: 'draftTemplate.loopMismatch',
        params: { tag: 'equipment', closing: 'financing' },
      },
    ]);
    // Several mistakes are all listed at once.
    e = await refused(w, docxWith(body('{enterprise.name', '{/programmes}')));
    expect(e.issues.map((i) => i.key).sort()).toEqual([
      'draftTemplate.unclosedTag',
      'draftTemplate.unopenedLoop',
    ]);
  }, 30_000);

  it('refuses what is not a Word document, or unpacks to far more than any template', async () => {
    const w = await draftWorkspace();
    let e = await refused(w, Buffer.from('%PDF-1.7 not a docx'), '通知.pdf');
    expect(e.issues).toEqual([
      { path: ['template'], key: 'draftTemplate.notDocx', params: { name: '通知.pdf' } },
    ]);
    const xlsx = new PizZip();
    xlsx.file('[Content_Types].xml', '<Types/>');
    xlsx.file('xl/workbook.xml', '<workbook/>');
    e = await refused(w, xlsx.generate({ type: 'nodebuffer' }), '表格.docx');
    expect(e.issues[0]!.key).toBe('draftTemplate.notDocx');

    // 120 MB of zeros packs to about 120 kB: refused from the zip's directory, never unpacked.
    const bomb = new PizZip(fs.readFileSync(TEMPLATE));
    bomb.file('word/media/padding.bin', Buffer.alloc(120 * 1024 * 1024));
    const packed = bomb.generate({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 1 },
    });
    expect(packed.length).toBeLessThan(1024 * 1024);
    e = await refused(w, packed);
    expect(e.issues).toEqual([
      {
        path: ['template'],
        key: 'draftTemplate.unpackedTooLarge',
        params: { name: 'agency.docx', maximum: 100 * 1024 * 1024 },
      },
    ]);
  }, 60_000);

  it('takes a template only for Word, and says a PDF needs the desktop app or a Chromium', async () => {
    const w = await draftWorkspace();
    const template = w.core.files.registerRead(TEMPLATE).fileId;
    const e = await expectAppError(
      w.core.call('drafts.export', { projectId: w.projectId, format: 'xlsx', template }),
      'VALIDATION',
    );
    expect(e.issues).toEqual([{ path: ['template'], key: 'draftTemplate.docxOnly', params: {} }]);
    // This core was opened without a printer, as a host without Chromium opens it.
    await expect(
      w.core.call('drafts.export', { projectId: w.projectId, format: 'pdf' }),
    ).rejects.toMatchObject({
      code: 'PDF_UNAVAILABLE',
    });
  }, 30_000);
});

async function readWorkbook(file: string) {
  const workbook = new Excel.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The rows of a sheet's table (below the title and header, above the total). */
function bodyRows(sheet: Excel.Worksheet, table: DraftTable) {
  return Array.from({ length: table.rows.length }, (_, i) => sheet.getRow(3 + i));
}

describe('drafts.export to Excel', () => {
  it('writes one sheet per table with typed cells and totals as SUM formulas equal to the stored totals', async () => {
    const w = await draftWorkspace();
    const model = await w.core.call('drafts.model', { projectId: w.projectId });
    const detail = await w.core.call('projects.get', { id: w.projectId });
    const { result, path: file } = await exported(w, { format: 'xlsx' });
    expect(result.file.name).toBe('冲压线智能化与空压站节能改造-申请报告表格.xlsx');
    const workbook = await readWorkbook(file);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(sheetNames(model.tables, 'zh-CN'));
    expect(workbook.worksheets.map((s) => s.name)).toContain('表3 设备购置清单');

    for (const table of model.tables) {
      const sheet = workbook.getWorksheet(sheetNames(model.tables, 'zh-CN')[table.number - 1]!)!;
      expect(sheet.getCell(1, 1).value).toBe(`表${table.number} ${table.caption}`);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      const rows = bodyRows(sheet, table);
      table.columns.forEach((column, c) => {
        rows.forEach((row, r) => {
          const stored = table.rows[r]![c] ?? null;
          const cell = row.getCell(c + 1);
          if (typeof stored === 'number' && column.kind === 'money') {
            expect(cell.value).toBe(stored / 100);
            expect(cell.numFmt).toBe('#,##0.00');
          } else if (typeof stored === 'number' && column.kind === 'percent') {
            expect(cell.value).toBe(stored);
            expect(cell.numFmt).toBe(`0${column.decimals ? '.' + '0'.repeat(column.decimals) : ''}%`);
          } else if (typeof stored === 'number' && column.kind === 'number') {
            expect(cell.value).toBe(stored);
          } else if (stored === null) {
            expect(cell.value).toBe('—');
          } else {
            expect(cell.value).toBe(formatDraftCell(stored, column, 'zh-CN'));
          }
        });
        if (!table.total || !column.summed || typeof table.total[c] !== 'number') return;
        const totalCell = sheet.getRow(3 + table.rows.length).getCell(c + 1);
        const letter = sheet.getColumn(c + 1).letter;
        expect(totalCell.formula).toBe(`SUM(${letter}3:${letter}${2 + table.rows.length})`);
        const stored = table.total[c] as number;
        const rowsSum = table.rows.reduce((s, row) => s + (row[c] as number), 0);
        if (column.kind === 'money') {
          expect(totalCell.result).toBe(stored / 100);
          // The stored total is the rows' sum to the fen.
          expect(stored).toBe(rowsSum);
        } else {
          expect(totalCell.result).toBeCloseTo(stored, 9);
          expect(rowsSum).toBeCloseTo(stored, 9);
        }
      });
    }

    // The equipment sheet against the project itself.
    const equipment = workbook.getWorksheet('表3 设备购置清单')!;
    const amountCol =
      model.tables.find((t) => t.id === 'equipment')!.columns.findIndex((c) => c.key === 'amount') + 1;
    expect(detail.lines.map((_, i) => equipment.getRow(3 + i).getCell(amountCol).value)).toEqual(
      detail.lines.map((l) => l.amountFen / 100),
    );
    const totalRow = equipment.getRow(3 + detail.lines.length);
    expect(totalRow.getCell(1).value).toBe('合计');
    expect(totalRow.getCell(amountCol).result).toBe(detail.figures.investment.totalFen / 100);
    expect(totalRow.getCell(amountCol).font?.bold).toBe(true);
    // Yes/no columns are the words the draft prints.
    const importedCol =
      model.tables.find((t) => t.id === 'equipment')!.columns.findIndex((c) => c.key === 'imported') + 1;
    expect(equipment.getRow(4).getCell(importedCol).value).toBe('是');
    // Notes under the table.
    const notesRow = 3 + detail.lines.length + 2;
    expect(String(equipment.getRow(notesRow).getCell(1).value)).toMatch(/^注：金额 = 数量 × 单价/);
  }, 30_000);

  it('names sheets within Excel’s 31 characters, without its forbidden characters, each once', () => {
    const table = (number: number, caption: string): DraftTable => ({
      id: 'equipment',
      number,
      caption,
      columns: [],
      rows: [],
      total: null,
      notes: [],
    });
    const long = 'Equipment purchase list: imported [and] domestic / other?';
    const names = sheetNames(
      [table(1, long), table(1, long), table(10, long), table(3, '设备购置清单')],
      'en',
    );
    for (const n of names) {
      expect([...n].length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[:\\/?*[\]]/);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names).toEqual([
      'Table 1 Equipment purchase list',
      'Table 1 Equipment purchase l(2)',
      'Table 10 Equipment purchase lis',
      'Table 3 设备购置清单',
    ]);
  });
});
