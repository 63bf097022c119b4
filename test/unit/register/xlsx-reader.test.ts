/**
 * The XLSX reader on what the register fixtures do not show: workbooks written part by part into
 * a zip made here (so each XML shape is exactly the one under test), workbooks written by exceljs,
 * and damaged or hostile zips.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RawRow } from '../../../electron/core/register-files/raw-rows';
import { listXlsxSheets, xlsxSheets } from '../../../electron/core/register-files/xlsx-reader';
import { isDateFormat, serialToDate } from '../../../electron/core/register-files/xlsx-styles';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-xlsx-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

// ---- a small zip writer ------------------------------------------------------------------------

interface ZipPart {
  name: string;
  data: string | Buffer;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** Overrides the uncompressed size written into the headers. */
  declaredSize?: number;
}

function zip(parts: ZipPart[], options: { comment?: string; zip64?: boolean } = {}): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = Buffer.from(part.data);
    const method = part.method ?? 8;
    const body = method === 8 ? zlib.deflateRawSync(data) : data;
    const name = Buffer.from(part.name);
    const size = part.declaredSize ?? data.length;
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    central.push(header, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const comment = Buffer.from(options.comment ?? '');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64 ? 0xffff : parts.length, 8);
  end.writeUInt16LE(options.zip64 ? 0xffff : parts.length, 10);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : directory.length, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  end.writeUInt16LE(comment.length, 20);
  const tail: Buffer[] = [];
  if (options.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeUInt16LE(45, 12);
    record.writeUInt16LE(45, 14);
    record.writeBigUInt64LE(BigInt(parts.length), 24);
    record.writeBigUInt64LE(BigInt(parts.length), 32);
    record.writeBigUInt64LE(BigInt(directory.length), 40);
    record.writeBigUInt64LE(BigInt(offset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
    locator.writeUInt32LE(1, 16);
    tail.push(record, locator);
  }
  return Buffer.concat([...chunks, directory, ...tail, end, comment]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface BookSpec {
  /** Tab order; `file` is the worksheet part under xl/worksheets/. */
  sheets: { name: string; file: string; xml: string; state?: string }[];
  sharedStrings?: string[] | string;
  styles?: string;
  date1904?: boolean;
  /** Element prefix for every SpreadsheetML part ('' or e.g. 'x:'). */
  prefix?: string;
}

const sheetXml = (rows: string, p = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet xmlns${p ? ':' + p.slice(0, -1) : ''}="${MAIN}"><${p}dimension ref="A1"/><${p}sheetData>${rows}</${p}sheetData><${p}mergeCells count="1"><${p}mergeCell ref="A1:B1"/></${p}mergeCells></${p}worksheet>`;

function bookParts(spec: BookSpec): ZipPart[] {
  const p = spec.prefix ?? '';
  const ns = `xmlns${p ? ':' + p.slice(0, -1) : ''}="${MAIN}"`;
  const sheets = spec.sheets
    .map(
      (s, i) =>
        `<${p}sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 10}"/>`,
    )
    .join('');
  const rels = spec.sheets
    .map(
      (s, i) =>
        `<Relationship Id="rId${i + 10}" Type="${REL}/worksheet" Target="${i % 2 ? '/xl/' : ''}worksheets/${s.file}"/>`,
    )
    .join('');
  const strings =
    typeof spec.sharedStrings === 'string'
      ? spec.sharedStrings
      : `<${p}sst ${ns}>${(spec.sharedStrings ?? []).map((s) => `<${p}si><${p}t>${s}</${p}t></${p}si>`).join('')}</${p}sst>`;
  return [
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0"?><${p}workbook ${ns} xmlns:r="${REL}"><${p}workbookPr${spec.date1904 ? ' date1904="1"' : ''}/><${p}sheets>${sheets}</${p}sheets></${p}workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    { name: 'xl/sharedStrings.xml', data: strings },
    ...(spec.styles ? [{ name: 'xl/styles.xml', data: spec.styles }] : []),
    // parts in the zip in reverse tab order: the tabs, not the files, give the order
    ...[...spec.sheets].reverse().map((s) => ({ name: `xl/worksheets/${s.file}`, data: s.xml })),
  ];
}

function writeBook(spec: BookSpec, name = 'book.xlsx'): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, zip(bookParts(spec)));
  return file;
}

async function readSheets(file: string): Promise<Record<string, RawRow[]>> {
  const out: Record<string, RawRow[]> = {};
  for await (const sheet of xlsxSheets(file)) {
    const rows: RawRow[] = [];
    for await (const batch of sheet.rows()) rows.push(...batch);
    out[sheet.name] = rows;
  }
  return out;
}

async function readFirst(file: string): Promise<RawRow[]> {
  return Object.values(await readSheets(file))[0] ?? [];
}

const openFds = () => fs.readdirSync('/proc/self/fd').length;

// ---- cells ---------------------------------------------------------------------------------------

const STYLES = `<?xml version="1.0"?><styleSheet xmlns="${MAIN}">
<numFmts count="4"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/><numFmt numFmtId="165" formatCode="0.0\\h"/><numFmt numFmtId="166" formatCode="0&quot; kWh&quot;"/><numFmt numFmtId="167" formatCode="[Red]0.00;[Blue]-0.00"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
<cellXfs count="8"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="31"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="4"><alignment horizontal="left"/></xf><xf numFmtId="167"/></cellXfs></styleSheet>`;

describe('XLSX cells', () => {
  it('reads shared, inline and rich strings, escapes, entities, booleans, errors and formulas', async () => {
    const shared = `<sst xmlns="${MAIN}" count="4" uniqueCount="4">
<si><t>plain</t></si>
<si><r><rPr><b/></rPr><t>数控</t></r><r><t xml:space="preserve"> 车床</t></r></si>
<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>
<si><t>line_x000D_
two _x005F_x000D_ &amp;&lt;&gt;&quot;&apos; &#x1F600;&#128512;</t></si>
<si><t/></si>
</sst>`;
    const rows =
      '<row r="1">' +
      '<c r="A1" t="s"><v>0</v></c>' +
      '<c r="B1" t="s"><v>1</v></c>' +
      '<c r="C1" t="s"><v>2</v></c>' +
      '<c r="D1" t="s"><v>3</v></c>' +
      '<c r="E1" t="s"><v>4</v></c>' +
      '<c r="F1" t="inlineStr"><is><r><t>in</t></r><r><rPr><i/></rPr><t>line</t></r></is></c>' +
      '<c r="G1" t="inlineStr"><is><t>a &amp; b_x0009_c</t></is></c>' +
      '</row>' +
      '<row r="2">' +
      '<c r="A2" t="b"><v>1</v></c><c r="B2" t="b"><v>0</v></c>' +
      '<c r="C2" t="e"><v>#N/A</v></c>' +
      '<c r="D2"><f>SUM(1,2)</f><v>3</v></c>' +
      '<c r="E2"><f>NOW()</f></c>' +
      '<c r="F2" t="str"><f>"=x"&amp;"y"</f><v>=xy</v></c>' +
      '<c r="G2" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
      '<c r="H2" t="b"><f>TRUE()</f><v>1</v></c>' +
      '<c r="I2"><f t="shared" ref="I2:I3" si="0"/><v>-1.5E-3</v></c>' +
      '<c r="J2"><v>NaN</v></c>' +
      '</row>';
    const file = writeBook({
      sheets: [{ name: 'S', file: 'sheet1.xml', xml: sheetXml(rows) }],
      sharedStrings: shared,
    });
    const [first, second] = await readFirst(file);
    expect(first).toEqual({
      line: 1,
      cells: ['plain', '数控 车床', '漢字', 'line\r\ntwo _x000D_ &<>"\' 😀😀', null, 'inline', 'a & b\tc'],
    });
    expect(second).toEqual({
      line: 2,
      cells: [true, false, '#N/A', 3, null, '=xy', '#DIV/0!', true, -0.0015],
    });
  });

  it('turns numbers with date styles into Dates, as exceljs did, in both date systems', async () => {
    const rows =
      '<row r="1">' +
      '<c r="A1" s="1"><v>42064</v></c>' + // built-in 14 (m/d/yy)
      '<c r="B1" s="2"><v>42064.5</v></c>' + // built-in 31 (yyyy年m月d日)
      '<c r="C1" s="3"><v>36526</v></c>' + // custom yyyy"年"m"月"
      '<c r="D1" s="4"><v>12.5</v></c>' + // 0.0\h: a number
      '<c r="E1" s="5"><v>37</v></c>' + // 0" kWh": a number
      '<c r="F1" s="6"><v>1234.5</v></c>' + // built-in 4 (#,##0.00)
      '<c r="G1" s="7"><v>-2</v></c>' + // [Red]0.00: a number
      '<c r="H1" s="0"><v>42064</v></c>' +
      '<c r="I1" s="99"><v>42064</v></c>' + // no such style
      '<c r="J1" s="1"><f>TODAY()</f><v>45000</v></c>' +
      '<c r="K1" t="d"><v>2024-02-29T12:00:00</v></c>' +
      '</row>';
    const sheets = [{ name: 'S', file: 'sheet1.xml', xml: sheetXml(rows) }];
    const [row] = await readFirst(writeBook({ sheets, styles: STYLES }));
    expect(row?.cells).toEqual([
      new Date(Date.UTC(2015, 2, 1)),
      new Date(Date.UTC(2015, 2, 1, 12)),
      new Date(Date.UTC(2000, 0, 1)),
      12.5,
      37,
      1234.5,
      -2,
      42064,
      42064,
      new Date(Date.UTC(2023, 2, 15)),
      new Date(Date.UTC(2024, 1, 29, 12)),
    ]);
    const [row1904] = await readFirst(writeBook({ sheets, styles: STYLES, date1904: true }, '1904.xlsx'));
    expect(row1904?.cells[0]).toEqual(new Date(Date.UTC(2019, 2, 2)));
  });

  it('computes dates exactly as exceljs’s excelToDate did', () => {
    const excelToDate = (v: number, date1904: boolean) =>
      new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
    for (const serial of [1, 59, 60, 61, 25569, 42064.999988426, 2958465.99999, 0.5, 44927.3333333333]) {
      for (const date1904 of [false, true])
        expect(serialToDate(serial, date1904)).toEqual(excelToDate(serial, date1904));
    }
  });

  it('tells date formats from number formats', () => {
    for (const code of [
      'yyyy-mm-dd',
      'yyyy"年"m"月"d"日"',
      'h:mm AM/PM',
      '[h]:mm:ss',
      'mm:ss',
      'DD/MM/YYYY',
      '[$-F800]dddd, mmmm dd, yyyy',
      'd/m/bb',
    ])
      expect(isDateFormat(code), code).toBe(true);
    for (const code of [
      'General',
      '0.00',
      '#,##0.00_);[Red](#,##0.00)',
      '0.0\\h',
      '0" kWh"',
      '0.00E+00',
      '@',
      '_-* #,##0_-',
      '[$¥-804]#,##0.00',
      '0.0%',
    ])
      expect(isDateFormat(code), code).toBe(false);
  });

  it('places cells without r after the previous one, and rows without r after the previous row', async () => {
    const rows =
      '<row r="3"><c r="B3"><v>1</v></c><c><v>2</v></c><c r="E3"><v>3</v></c><c><v>4</v></c></row>' +
      '<row><c><v>5</v></c><c r="C4" s="1"/><c/><c><v>6</v></c></row>' +
      '<row r="7" spans="1:3"/>' +
      '<row><c r="AA8"><v>7</v></c></row>';
    const file = writeBook({
      sheets: [{ name: 'S', file: 'sheet1.xml', xml: sheetXml(rows) }],
      styles: STYLES,
    });
    expect(await readFirst(file)).toEqual([
      { line: 3, cells: [null, 1, 2, null, 3, 4] },
      { line: 4, cells: [5, null, null, null, 6] },
      { line: 7, cells: [] },
      { line: 8, cells: [...Array<null>(26).fill(null), 7] },
    ]);
  });

  it('reads parts whose elements carry a namespace prefix', async () => {
    const p = 'x:';
    const rows = `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>2.5</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>行内</x:t></x:is></x:c></x:row>`;
    const file = writeBook({
      prefix: p,
      sheets: [{ name: '前缀', file: 'sheet1.xml', xml: sheetXml(rows, p) }],
      sharedStrings: ['共享'],
    });
    expect(await readSheets(file)).toEqual({ 前缀: [{ line: 1, cells: ['共享', 2.5, '行内'] }] });
  });

  it('reads a sheet far larger than one inflated chunk, with rows and characters split across chunks', async () => {
    const count = 30_000;
    const parts: string[] = [];
    for (let r = 1; r <= count; r++) {
      parts.push(
        `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>设备名称${r}—😀</t></is></c><c r="B${r}"><v>${r}</v></c><c r="C${r}" t="s"><v>${r % 2}</v></c></row>`,
      );
    }
    const file = writeBook({
      sheets: [{ name: 'big', file: 'sheet1.xml', xml: sheetXml(parts.join('')) }],
      sharedStrings: ['偶', 'odd'],
    });
    const rows = await readFirst(file);
    expect(rows).toHaveLength(count);
    rows.forEach((row, i) => {
      const r = i + 1;
      expect(row).toEqual({ line: r, cells: [`设备名称${r}—😀`, r, r % 2 ? 'odd' : '偶'] });
    });
  });
});

// ---- workbooks -------------------------------------------------------------------------------------

describe('XLSX workbooks', () => {
  it('lists sheets in tab order with hidden flags, and yields them in that order', async () => {
    const one = (text: string) =>
      sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c></row>`);
    const file = writeBook({
      sheets: [
        { name: '台账', file: 'sheet3.xml', xml: one('c') },
        { name: '参数', file: 'sheet1.xml', xml: one('a'), state: 'hidden' },
        { name: 'A&amp;B', file: 'sheet2.xml', xml: one('b'), state: 'veryHidden' },
        { name: '图表', file: 'chart-missing.xml', xml: one('d'), state: 'visible' },
      ],
    });
    const expected = [
      { name: '台账', index: 0, hidden: false },
      { name: '参数', index: 1, hidden: true },
      { name: 'A&B', index: 2, hidden: true },
      { name: '图表', index: 3, hidden: false },
    ];
    expect(await listXlsxSheets(file)).toEqual(expected);
    const seen: unknown[] = [];
    for await (const sheet of xlsxSheets(file)) {
      expect(sheet.workbookSheets).toEqual(expected);
      const rows: RawRow[] = [];
      for await (const batch of sheet.rows()) rows.push(...batch);
      seen.push([sheet.name, sheet.index, sheet.hidden, rows.map((r) => r.cells[0])]);
    }
    expect(seen).toEqual([
      ['台账', 0, false, ['c']],
      ['参数', 1, true, ['a']],
      ['A&B', 2, true, ['b']],
      ['图表', 3, false, ['d']],
    ]);
  });

  it('reads what exceljs writes: rich text, formulas, dates, booleans, errors, hyperlinks', async () => {
    const file = path.join(dir, 'exceljs.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('设备');
    ws.addRow([
      { richText: [{ text: '数控' }, { font: { bold: true }, text: '车床' }] },
      { formula: 'A2*2', result: 185000 },
      new Date(Date.UTC(2015, 2, 1)),
      true,
      { error: '#N/A' },
      { text: '链接', hyperlink: 'https://example.com' },
      'a<b & "c" \'d\'',
    ]);
    ws.getCell('H1').value = 42064;
    ws.getCell('H1').numFmt = 'yyyy"年"m"月"';
    wb.addWorksheet('空').state = 'hidden';
    await wb.xlsx.writeFile(file);
    const sheets = await readSheets(file);
    expect(sheets['设备']).toEqual([
      {
        line: 1,
        cells: [
          '数控车床',
          185000,
          new Date(Date.UTC(2015, 2, 1)),
          true,
          '#N/A',
          '链接',
          'a<b & "c" \'d\'',
          new Date(Date.UTC(2015, 2, 1)),
        ],
      },
    ]);
    expect(sheets['空']).toEqual([]);
  });

  it('reads stored entries, a zip comment and a Zip64 end record', async () => {
    const parts = bookParts({
      sheets: [{ name: 'S', file: 'sheet1.xml', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }],
    }).map((p) => ({ ...p, method: 0 as const }));
    const file = path.join(dir, 'zip64.xlsx');
    fs.writeFileSync(file, zip(parts, { comment: 'PK\x05\x06 looks like an end record', zip64: true }));
    expect(await readFirst(file)).toEqual([{ line: 1, cells: [1] }]);
  });

  it('reports the bytes of the file read, ending at its size', async () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    );
    const file = writeBook({ sheets: [{ name: 'S', file: 'sheet1.xml', xml: sheetXml(rows.join('')) }] });
    let bytes = 0;
    for await (const sheet of xlsxSheets(file, { onBytes: (n) => (bytes += n) })) {
      for await (const _batch of sheet.rows(100)) expect(bytes).toBeLessThanOrEqual(fs.statSync(file).size);
    }
    expect(bytes).toBe(fs.statSync(file).size);
  });

  it('stops with an AbortError when aborted', async () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    );
    const file = writeBook({ sheets: [{ name: 'S', file: 'sheet1.xml', xml: sheetXml(rows.join('')) }] });
    const controller = new AbortController();
    const reading = (async () => {
      for await (const sheet of xlsxSheets(file, { signal: controller.signal })) {
        for await (const _batch of sheet.rows(100)) controller.abort();
      }
    })();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('closes the file when the iteration is left early', async () => {
    const rows = Array.from(
      { length: 50_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    );
    const file = writeBook({
      sheets: [
        { name: 'S', file: 'sheet1.xml', xml: sheetXml(rows.join('')) },
        { name: 'T', file: 'sheet2.xml', xml: sheetXml(rows.join('')) },
      ],
    });
    const before = openFds();
    for await (const sheet of xlsxSheets(file)) {
      expect(openFds()).toBe(before + 1);
      for await (const batch of sheet.rows(10)) {
        expect(batch).toHaveLength(10);
        break;
      }
      break;
    }
    expect(openFds()).toBe(before);
    for await (const sheet of xlsxSheets(file)) {
      const source = sheet.rows();
      await source.next();
      // a sheet's rows left unfinished, then the workbook left
      break;
    }
    expect(openFds()).toBe(before);
    expect(await listXlsxSheets(file)).toHaveLength(2);
    expect(openFds()).toBe(before);
  });
});

// ---- damaged and hostile files -----------------------------------------------------------------------

describe('XLSX files that cannot be read', () => {
  const simple = () =>
    bookParts({
      sheets: [{ name: 'S', file: 'sheet1.xml', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }],
    });

  async function expectRefused(bytes: Buffer, code: string, name = 'bad.xlsx') {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    const before = openFds();
    await expect(readSheets(file)).rejects.toMatchObject({ code, params: { name } });
    expect(openFds()).toBe(before);
  }

  it('refuses a truncated workbook as corrupt', async () => {
    const whole = zip(simple());
    await expectRefused(whole.subarray(0, whole.length - 30), 'FILE_CORRUPT');
    await expectRefused(whole.subarray(0, 200), 'FILE_CORRUPT');
  });

  it('refuses a workbook whose deflated data is damaged, or whose sheet XML stops inside a row', async () => {
    const parts = simple();
    const damaged = zip(parts.map((p) => (p.name.endsWith('sheet1.xml') ? { ...p, method: 0 as const } : p)));
    const sheetAt = damaged.indexOf('<row r="1">');
    damaged.write('<row r="1"><c r="A1"><v>1</v></c></ro', sheetAt, 'latin1');
    damaged.fill(' ', sheetAt + 37, damaged.indexOf('</worksheet>', sheetAt) + 12);
    await expectRefused(damaged, 'FILE_CORRUPT', 'cut-xml.xlsx');

    const garbled = zip(parts);
    const body = garbled.indexOf('xl/worksheets/sheet1.xml') + 'xl/worksheets/sheet1.xml'.length;
    for (let i = body; i < body + 40; i++) garbled[i] = 0xff;
    await expectRefused(garbled, 'FILE_CORRUPT', 'garbled.xlsx');
  });

  it('refuses a cell reference beyond column XFD', async () => {
    const file = writeBook({
      sheets: [
        { name: 'S', file: 'sheet1.xml', xml: sheetXml('<row r="1"><c r="ZZZZZZZZ1"><v>1</v></c></row>') },
      ],
    });
    await expect(readSheets(file)).rejects.toMatchObject({ code: 'FILE_CORRUPT' });
  });

  it('refuses a zip that holds no workbook as an unsupported format', async () => {
    await expectRefused(zip([{ name: 'readme.txt', data: 'hello' }]), 'FILE_FORMAT_UNSUPPORTED', 'docs.xlsx');
    await expectRefused(
      zip([
        { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', method: 0 },
        { name: 'content.xml', data: '<office:document-content/>' },
      ]),
      'FILE_FORMAT_UNSUPPORTED',
      'sheet.ods',
    );
  });

  it('refuses an entry declared or found larger than allowed, without inflating it into memory', async () => {
    const bomb = Buffer.alloc(64 << 20, 0x20);
    const rssBefore = process.memoryUsage().rss;
    // declared as 3 GB: refused before a byte is inflated
    await expectRefused(
      zip(simple().map((p) => (p.name.endsWith('sheet1.xml') ? { ...p, declaredSize: 3 * 2 ** 30 } : p))),
      'FILE_CORRUPT',
      'declared.xlsx',
    );
    // declared small, inflating to 64 MB of blanks: refused at the declared size
    await expectRefused(
      zip(
        simple().map((p) =>
          p.name === 'xl/sharedStrings.xml' ? { ...p, data: bomb, declaredSize: 1000 } : p,
        ),
      ),
      'FILE_CORRUPT',
      'bomb.xlsx',
    );
    // declared honestly, 64 MB of blanks inside one unfinished row: the pending text is capped
    const endless = Buffer.concat([Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData><row r="1">`), bomb]);
    await expectRefused(
      zip(simple().map((p) => (p.name.endsWith('sheet1.xml') ? { ...p, data: endless } : p))),
      'FILE_CORRUPT',
      'endless.xlsx',
    );
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(400 << 20);
  });

  it('refuses a large entry packed at a zip bomb’s ratio before inflating it, however honest its size', async () => {
    // A valid sheet padded with 96 MB of blanks: deflate packs them about 1000 to 1, which no
    // workbook reaches; without the ratio check it would be inflated and scanned to the end.
    const padded = Buffer.concat([
      Buffer.from(
        `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>设备名称</t></is></c></row>`,
      ),
      Buffer.alloc(96 << 20, 0x20),
      Buffer.from('</sheetData></worksheet>'),
    ]);
    await expectRefused(
      zip(simple().map((p) => (p.name.endsWith('sheet1.xml') ? { ...p, data: padded } : p))),
      'FILE_CORRUPT',
      'padded.xlsx',
    );
  });
});
