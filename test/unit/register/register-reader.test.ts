import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  listSheets,
  previewRegister,
  readRegister,
} from '../../../electron/core/register-files/register-reader';
import {
  createDecoder,
  detectTextEncoding,
  nativeDecoder,
} from '../../../electron/core/register-files/text-encoding';
import { fixture, readAll, REFERENCE_YEAR } from './register-truth';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-register-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

/** A zip with stored (uncompressed) entries, enough to stand for "a zip that is not a workbook". */
function storedZip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const nameBuf = Buffer.from(name);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + data.length;
  }
  const dirBuf = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(dirBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dirBuf, end]);
}

async function workbookWithTitleAndMergedHeader(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet('封面');
  cover.addRow(['深圳市某某精密制造有限公司']);
  cover.addRow(['设备台账 2024']);
  const ws = wb.addWorksheet('台账');
  ws.addRow(['XX公司设备台账（2024年）']);
  ws.mergeCells('A1:G1');
  ws.addRow(['设备编号', '设备名称', '资产原值', null, '投产日期', '额定功率(kW)', '备注']);
  ws.addRow([null, null, '数量', '金额', null, null, null]);
  ws.mergeCells('C2:D2');
  for (const col of ['A', 'B', 'E', 'F', 'G']) ws.mergeCells(`${col}2:${col}3`);
  ws.addRow([
    'EQ-1',
    { richText: [{ text: '数控' }, { font: { bold: true }, text: '车床' }] },
    2,
    { formula: '92500*2', result: 185000 },
    new Date(Date.UTC(2015, 2, 1)),
    11,
    '=1+1',
  ]);
  ws.addRow(['EQ-2', '螺杆空压机', '1台', 16.5, 42064, '37kW', null]);
  ws.addRow([]);
  ws.addRow(['合计', null, 3, { formula: 'SUM(D4:D5)', result: 185016.5 }]);
  ws.addRow(['制表人：张三', null, '审核：李四']);
  const hidden = wb.addWorksheet('参数');
  hidden.state = 'hidden';
  hidden.addRow(['x']);
  await wb.xlsx.writeFile(file);
}

describe('XLSX registers', () => {
  it('reads a title row, a two-row merged header, rich text, formulas, dates and serials, skipping totals', async () => {
    const file = path.join(dir, '台账.xlsx');
    await workbookWithTitleAndMergedHeader(file);
    const { info, rows, summary } = await readAll(file);
    expect(info).toMatchObject({ format: 'xlsx', sheet: '台账', headerLine: 2, headerRows: 2 });
    expect(info.headers).toEqual([
      '设备编号',
      '设备名称',
      '资产原值/数量',
      '资产原值/金额',
      '投产日期',
      '额定功率(kW)',
      '备注',
    ]);
    expect(info.sheets).toEqual([
      { name: '封面', index: 0, hidden: false },
      { name: '台账', index: 1, hidden: false },
      { name: '参数', index: 2, hidden: true },
    ]);
    expect(rows.map((r) => r.line)).toEqual([4, 5]);
    expect(rows[0]?.row).toMatchObject({
      asset_code: 'EQ-1',
      name: '数控车床',
      quantity: 2,
      original_value_yuan: 185_000,
      year_commissioned: 2015,
      month_commissioned: 3,
      rated_kw: 11,
      notes: '=1+1',
    });
    expect(rows[1]?.row).toMatchObject({
      quantity: 1,
      original_value_yuan: 16.5,
      year_commissioned: 2015,
      rated_kw: 37,
    });
    expect(summary.skipped).toMatchObject({ total: 1, footer: 1 });
    expect(summary.skippedLines).toEqual([
      { line: 7, kind: 'total' },
      { line: 8, kind: 'footer' },
    ]);
  });

  it('reads the sheet asked for, and says when it has no header or does not exist', async () => {
    const file = path.join(dir, '台账.xlsx');
    await workbookWithTitleAndMergedHeader(file);
    expect((await listSheets(file)).map((s) => s.name)).toEqual(['封面', '台账', '参数']);
    expect((await readAll(file, { sheet: '台账' })).rows).toHaveLength(2);
    await expect(readAll(file, { sheet: '封面' })).rejects.toMatchObject({
      code: 'REGISTER_NO_HEADER',
      params: { name: '台账.xlsx', where: '台账.xlsx › 封面', rows: 20 },
    });
    await expect(readAll(file, { sheet: '没有' })).rejects.toMatchObject({
      code: 'SHEET_NOT_FOUND',
      params: { name: '台账.xlsx', sheet: '没有' },
    });
  });

  it('previews the top of a workbook and cleans up after itself', async () => {
    const tmp = fs.mkdtempSync(path.join(dir, 'tmp-'));
    const previous = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const preview = await previewRegister(fixture('register-messy-300.xlsx'), {
        sampleRows: 5,
        referenceYear: REFERENCE_YEAR,
      });
      expect(preview.sample.map((r) => r.line)).toEqual([3, 4, 5, 6, 7]);
      expect(preview.headerLine).toBe(2);
      expect(preview.sheets.map((s) => s.name)).toEqual(['设备台账', '说明']);
      // Reading leaves no temporary copy of a sheet behind, even when it stops early (polled: a
      // reader that copied sheets would unlink them asynchronously).
      await expect.poll(() => fs.readdirSync(tmp), { timeout: 2000 }).toEqual([]);
    } finally {
      if (previous === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previous;
    }
  });
});

describe('CSV registers', () => {
  it('counts lines as a spreadsheet shows them: title, blank lines, a cell with a line break', async () => {
    const text =
      '设备台账（2024年）\r\n' +
      '设备编号,设备名称,数量,备注\r\n' +
      'A-1,冲床,1,"第一行\n第二行, ""引号"""\r\n' +
      '\r\n' +
      'A-2,车床,2,\r\n' +
      '合计,,3,\r\n';
    const file = write('gbk.csv', iconv.encode(text, 'gb18030'));
    const { info, rows, summary } = await readAll(file);
    expect(info).toMatchObject({ encoding: 'gb18030', headerLine: 2 });
    expect(rows.map((r) => [r.line, r.row?.asset_code])).toEqual([
      [3, 'A-1'],
      [5, 'A-2'],
    ]);
    expect(rows[0]?.row?.notes).toBe('第一行\n第二行, "引号"');
    expect(summary.skipped).toEqual({ blank: 1, total: 1, footer: 0, note: 0 });
  });

  it('reads UTF-16 tab-separated text (Excel "Unicode text") and semicolon CSV', async () => {
    const tsv = '设备编号\t设备名称\t数量\r\nU-1\t贴片机\t3\r\n';
    const utf16 = write(
      'unicode.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]),
    );
    const a = await readAll(utf16);
    expect(a.info.encoding).toBe('utf-16le');
    expect(a.rows[0]?.row).toMatchObject({ asset_code: 'U-1', name: '贴片机', quantity: 3, category: 'smt' });
    const semi = write('semi.csv', '设备编号;设备名称;原值（万元）\nS-1;冲床;1,234.5\n');
    const b = await readAll(semi);
    expect(b.info.encoding).toBe('utf-8');
    expect(b.rows[0]?.row).toMatchObject({ asset_code: 'S-1', original_value_yuan: 12_345_000 });
  });

  it('finds GBK even when the first Chinese character comes after many ASCII rows', async () => {
    const ascii = Array.from({ length: 6000 }, (_, i) => `X-${i},lathe,1,`).join('\r\n');
    const text = `asset code,name,qty,notes\r\n${ascii}\r\nX-9999,冲床,1,最后一行\r\n`;
    const file = write('late.csv', iconv.encode(text, 'gb18030'));
    expect(fs.statSync(file).size).toBeGreaterThan(1 << 16);
    expect(await detectTextEncoding(file)).toBe('gb18030');
    const { rows } = await readAll(file);
    expect(rows.at(-1)?.row).toMatchObject({ name: '冲床', notes: '最后一行' });
  });

  it('decodes GB18030 the same with the runtime decoder and with iconv-lite', () => {
    const bytes = fs.readFileSync(fixture('register-messy-120-gbk.csv'));
    const streamed = createDecoder('gb18030');
    let text = '';
    for (let i = 0; i < bytes.length; i += 1000) text += streamed.write(bytes.subarray(i, i + 1000));
    text += streamed.end();
    expect(text).toBe(iconv.decode(bytes, 'gb18030'));
    if (nativeDecoder('gb18030'))
      expect(nativeDecoder('gb18030')?.decode(bytes)).toBe(iconv.decode(bytes, 'gb18030'));
  });

  it('reports progress and stops when aborted', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `E-${i},数控车床,1,2015,185000,11`);
    const file = write(
      'big.csv',
      `设备编号,设备名称,数量,投产年份,资产原值(元),额定功率(kW)\r\n${lines.join('\r\n')}\r\n`,
    );
    const progress: [number, number, number][] = [];
    const done = await readAll(file, {
      onProgress: (rows, bytes, total) => progress.push([rows, bytes, total]),
    });
    expect(done.rows).toHaveLength(20_000);
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toEqual([20_000, fs.statSync(file).size, fs.statSync(file).size]);

    const controller = new AbortController();
    let seen = 0;
    const reading = (async () => {
      for await (const event of readRegister(file, {
        referenceYear: REFERENCE_YEAR,
        signal: controller.signal,
      })) {
        if (event.kind === 'rows') {
          seen += event.rows.length;
          controller.abort();
        }
      }
    })();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toBeLessThan(20_000);
  });

  it('previews with the user’s mapping and shows a file without a name column', async () => {
    const file = write('nocol.csv', '编号,型号,数量\nN-1,CK6140,1\n');
    const preview = await previewRegister(file, { referenceYear: REFERENCE_YEAR });
    expect(preview.mapping.name).toBeNull();
    expect(preview.rejected).toBe(1);
    await expect(readAll(file)).rejects.toMatchObject({
      code: 'REGISTER_NO_NAME_COLUMN',
      params: { name: 'nocol.csv' },
    });
    const chosen = await previewRegister(file, {
      referenceYear: REFERENCE_YEAR,
      mapping: { name: { column: 1 }, model: { column: null } },
    });
    expect(chosen.sample[0]?.row).toMatchObject({ name: 'CK6140', model: null });
    expect(chosen.autoMapping.model?.column).toBe(1);
  });

  it('keys by line when there is no code column', async () => {
    const file = write('nocode.csv', '设备名称,数量\n冲床,2\n车床,1\n');
    const { info, rows } = await readAll(file);
    expect(info.hasCodeColumn).toBe(false);
    expect(rows.map((r) => [r.line, r.row?.asset_code])).toEqual([
      [2, null],
      [3, null],
    ]);
  });
});

describe('files that are not registers', () => {
  const cases: [string, () => string, Record<string, unknown>][] = [
    [
      'a missing file',
      () => path.join(dir, 'missing.csv'),
      { code: 'FILE_UNREADABLE', params: { name: 'missing.csv' } },
    ],
    ['a folder', () => dir, { code: 'FILE_UNREADABLE' }],
    ['an empty file', () => write('empty.csv', ''), { code: 'FILE_EMPTY', params: { name: 'empty.csv' } }],
    ['blank lines only', () => write('blank.csv', '\r\n  \r\n,,\r\n'), { code: 'FILE_EMPTY' }],
    [
      'an Excel 97 .xls',
      () => write('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])),
      { code: 'FILE_FORMAT_UNSUPPORTED', params: { name: 'old.xls', format: 'xls' } },
    ],
    [
      'a PDF',
      () => write('scan.pdf', '%PDF-1.7\n...'),
      { code: 'FILE_FORMAT_UNSUPPORTED', params: { format: 'pdf' } },
    ],
    [
      'binary data',
      () => write('a.bin', Buffer.from([1, 2, 0, 4, 5])),
      { code: 'FILE_FORMAT_UNSUPPORTED', params: { format: 'binary' } },
    ],
    [
      'a zip that is not a workbook',
      () => write('docs.xlsx', storedZip({ 'readme.txt': 'hello' })),
      { code: 'FILE_FORMAT_UNSUPPORTED', params: { format: 'zip' } },
    ],
    [
      'a truncated workbook',
      () => write('cut.xlsx', fs.readFileSync(fixture('register-messy-300.xlsx')).subarray(0, 20_000)),
      { code: 'FILE_CORRUPT', params: { name: 'cut.xlsx' } },
    ],
    [
      // Wider than a spreadsheet can be: refused at once rather than mapped for minutes.
      'a CSV of 20,000 columns',
      () =>
        write(
          'wide.csv',
          ['设备名称', ...Array.from({ length: 20_000 }, (_, i) => `列${i}`)].join(',') + '\r\n车床\r\n',
        ),
      {
        code: 'FILE_TOO_WIDE',
        params: { name: 'wide.csv', line: 1, columns: 20_001, maximum: 16_384 },
      },
    ],
    [
      'a CSV without a header',
      () => write('numbers.csv', '1,2,3\n4,5,6\n'),
      { code: 'REGISTER_NO_HEADER', params: { name: 'numbers.csv', where: 'numbers.csv', rows: 20 } },
    ],
  ];
  it.each(cases)('%s is refused with a specific error', async (_label, make, expected) => {
    const file = make();
    await expect(readAll(file)).rejects.toMatchObject(expected);
    await expect(previewRegister(file)).rejects.toMatchObject({ code: expected.code });
  });
});
