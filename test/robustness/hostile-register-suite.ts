/**
 * Hostile register files: CSV (UTF-8), GBK CSV and XLSX inputs made from the fixtures and from
 * gen-inventory, then mutated (truncated, bytes flipped or inserted, wrong encodings and BOMs,
 * duplicate headers, 1 MB cells, 20,000 columns, formulas, impossible dates, NaN/Infinity; for
 * XLSX also zip damage, zip bombs, deeply nested XML, entity expansion, millions of empty cells and
 * shared-string indexes out of range). Each input is previewed and then imported through the Core
 * (`equipment.importPreview`, `equipment.import`, the file registered as a transport registers the
 * user's choice) on a workspace holding an enterprise and its register.
 *
 * The Core runs in child processes (this same file, started with HOSTILE_REGISTER_CHILD set), so a
 * call that hangs past 10 s or a process that dies is counted and the run goes on. Most imports
 * run importRegister on its own connection in the child (what the job worker runs, without the
 * worker's start-up second); a share of them go through the real job worker threads. The parent
 * dumps the workspace before and after every input from its own read-only connection.
 *
 * To replay some inputs: HOSTILE_REGISTER_ONLY=<regex on "format mutation"> (e.g. 'xlsx special:'),
 * and HOSTILE_REGISTER_DEBUG=1 to see the cores' stderr.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { zipSync, strToU8 } from 'fflate';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import type { WireError } from '../../shared/api/errors';
import { formatError } from '../../shared/i18n/messages';
import type { RobustnessFigure, RobustnessSuite } from './robustness-figures';
import { mulberry32 } from './support/workspace-dump';

const SUITE = 'hostile-register';
const HERE = fileURLToPath(import.meta.url);
const REPO_ROOT = path.resolve(path.dirname(HERE), '../..');
const FIXTURES = path.join(REPO_ROOT, 'test/fixtures');
/** A call still running after this is a hang: the child is killed and started again. */
const HANG_MS = 10_000;
const REFERENCE_YEAR = 2026;

type Format = 'csv' | 'gbk-csv' | 'xlsx';
const FORMATS: Format[] = ['csv', 'gbk-csv', 'xlsx'];

// ---- seeded randomness -------------------------------------------------------------------------

interface Rng {
  next(): number;
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
}

function rng(seed: number): Rng {
  const next = mulberry32(seed);
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

// ---- the inputs ---------------------------------------------------------------------------------

/** A table of cells: the header rows first, as the fixtures have them. */
type Table = string[][];

interface HostileCase {
  format: Format;
  /** Mutation names, for the report: 'truncate', 'zip-bomb-declared'… */
  name: string;
  fileName: string;
  bytes: () => Buffer;
}

function readCsvTable(file: string, encoding: 'utf8' | 'gbk'): Table {
  const text = iconv.decode(fs.readFileSync(file), encoding).replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
}

function csvText(table: Table): string {
  return Papa.unparse(table, { newline: '\r\n' });
}

/** Where the data starts: the first row holding a cell named like the name column. */
function headerIndex(table: Table): number {
  const i = table.findIndex((r) => r.some((c) => /名称|name/i.test(c)));
  return Math.max(0, i);
}

const FORMULAS = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://127.0.0.1/x","点我")',
  '+1+1',
  '-2+3+cmd|x!A1',
  '@SUM(1,2)',
  '\t=1+1',
  '\r=1',
];
const BAD_DATES = [
  '2015年13月',
  '0000-00-00',
  '2015-02-30',
  '9999-99-99',
  '1899-12-31',
  '-1',
  '2015/0/0',
  '公元前221年',
];
const BAD_NUMBERS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-1e309',
  '1e-400',
  '１２３',
  '0x1F',
  '1,2,3',
  '--5',
  '∞',
];

/** Cell-level mutations of a table (the header and a few rows). */
const TABLE_MUTATIONS: Record<string, (t: Table, r: Rng) => Table> = {
  'duplicate-header': (t, r) => {
    const h = headerIndex(t);
    const header = [...t[h]!];
    const from = r.int(header.length);
    const to = r.int(header.length);
    header[to] = header[from]!;
    return [...t.slice(0, h), header, ...t.slice(h + 1)];
  },
  'header-twice': (t) => {
    const h = headerIndex(t);
    return [...t.slice(0, h + 1), t[h]!, ...t.slice(h + 1)];
  },
  'huge-cell': (t, r) => {
    const out = t.map((row) => [...row]);
    const row = out[Math.min(out.length - 1, headerIndex(t) + 1 + r.int(5))]!;
    row[r.int(row.length)] = '设备'.repeat(1 << 19); // 1 MiB of characters (3 MB as UTF-8)
    return out;
  },
  'many-columns': (t) => {
    const h = headerIndex(t);
    return t.map((row, i) => [
      ...row,
      ...Array.from({ length: 20_000 }, (_, c) => (i === h ? `列${c}` : i > h ? String(c) : '')),
    ]);
  },
  formulas: (t, r) =>
    t.map((row, i) => (i <= headerIndex(t) ? row : row.map((c) => (r.next() < 0.4 ? r.pick(FORMULAS) : c)))),
  'bad-dates': (t, r) =>
    t.map((row, i) => (i <= headerIndex(t) ? row : row.map((c) => (r.next() < 0.3 ? r.pick(BAD_DATES) : c)))),
  'nan-infinity': (t, r) =>
    t.map((row, i) =>
      i <= headerIndex(t) ? row : row.map((c) => (r.next() < 0.3 ? r.pick(BAD_NUMBERS) : c)),
    ),
  'header-only': (t) => t.slice(0, headerIndex(t) + 1),
  'ragged-rows': (t, r) => t.map((row) => row.slice(0, r.int(row.length + 3))),
  'blank-header-cells': (t) => {
    const h = headerIndex(t);
    return [...t.slice(0, h), t[h]!.map(() => ''), ...t.slice(h + 1)];
  },
  'repeated-asset-codes': (t) => {
    const h = headerIndex(t);
    return [...t.slice(0, h + 1), ...t.slice(h + 1).flatMap((row) => [row, [...row]])];
  },
  'control-chars': (t, r) =>
    t.map((row) =>
      row.map((c) =>
        r.next() < 0.1 ? c + String.fromCharCode(r.pick([1, 7, 8, 0x1b, 0x7f, 0x2028, 0xfffe, 0xd800])) : c,
      ),
    ),
};

/** Byte-level mutations of a file. */
const BYTE_MUTATIONS: Record<string, (b: Buffer, r: Rng) => Buffer> = {
  truncate: (b, r) => b.subarray(0, r.int(b.length)),
  'flip-bytes': (b, r) => {
    const out = Buffer.from(b);
    for (let n = 1 + r.int(20); n > 0; n--) out[r.int(out.length)] = r.int(256);
    return out;
  },
  'insert-bytes': (b, r) => {
    let out = b;
    for (let n = 1 + r.int(8); n > 0; n--) {
      const at = r.int(out.length);
      const junk = r.pick([
        Buffer.from([r.int(256), r.int(256), r.int(256)]),
        Buffer.from('"'),
        Buffer.from('\r\n'),
        Buffer.from(',,,,'),
        Buffer.from('\uFEFF'),
      ]);
      out = Buffer.concat([out.subarray(0, at), junk, out.subarray(at)]);
    }
    return out;
  },
  'unterminated-quote': (b, r) => {
    const at = r.int(b.length);
    return Buffer.concat([b.subarray(0, at), Buffer.from('"'), b.subarray(at)]);
  },
};

function utf16(text: string, bigEndian: boolean, bom: boolean): Buffer {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  if (!bigEndian) return le;
  const be = Buffer.from(le);
  be.swap16();
  return be;
}

/** Wrong or odd encodings of the same text. */
function encodingVariants(text: string, native: 'utf8' | 'gbk'): Record<string, () => Buffer> {
  const gbk = iconv.encode(text, 'gbk');
  const utf8 = Buffer.from(text, 'utf8');
  return {
    'gbk-declared-utf8-bom': () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), gbk]),
    'utf8-with-gbk-tail': () =>
      Buffer.concat([utf8.subarray(0, utf8.length >> 1), gbk.subarray(gbk.length >> 1)]),
    'utf16le-bom': () => utf16(text, false, true),
    'utf16be-bom': () => utf16(text, true, true),
    'utf16le-no-bom': () => utf16(text, false, false),
    'double-bom': () =>
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]), native === 'gbk' ? gbk : utf8]),
    'utf32-bom': () => Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf16(text, false, false)]),
    'bom-mid-file': () => {
      const b = native === 'gbk' ? gbk : utf8;
      const at = b.indexOf(0x0a) + 1;
      return Buffer.concat([b.subarray(0, at), Buffer.from([0xef, 0xbb, 0xbf]), b.subarray(at)]);
    },
    'latin1-mojibake': () => Buffer.from(Buffer.from(text, 'utf8').toString('latin1'), 'utf8'),
  };
}

interface Base {
  name: string;
  table: Table;
}

function genInventory(args: string[]): void {
  const candidates = [
    process.env.GEN_INVENTORY,
    path.join(FIXTURES, 'gen-inventory.cjs'),
    path.resolve(REPO_ROOT, '../shared/tools/gen-inventory.js'),
  ].filter((c): c is string => !!c && fs.existsSync(c));
  execFileSync(process.execPath, [candidates[0]!, ...args], { stdio: 'ignore' });
}

function csvBases(dir: string, encoding: 'utf8' | 'gbk'): Base[] {
  const fixtures =
    encoding === 'utf8'
      ? ['register-standard-200.csv', 'register-bad-rows.csv']
      : ['register-messy-120-gbk.csv', 'register-standard-200-gbk.csv'];
  const bases = fixtures.map((f) => ({ name: f, table: readCsvTable(path.join(FIXTURES, f), encoding) }));
  for (const [i, headers] of (['std', 'messy'] as const).entries()) {
    const out = path.join(dir, `gen-${encoding}-${headers}.csv`);
    genInventory([
      '--rows',
      '60',
      '--seed',
      String(11 + i),
      '--out',
      out,
      '--encoding',
      encoding,
      '--headers',
      headers,
      ...(i === 1 ? ['--title'] : []),
    ]);
    bases.push({ name: path.basename(out), table: readCsvTable(out, encoding) });
  }
  return bases;
}

function csvCases(format: 'csv' | 'gbk-csv', bases: Base[], count: number, r: Rng): HostileCase[] {
  const native = format === 'csv' ? 'utf8' : 'gbk';
  const encode = (text: string) => (native === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8'));
  const kinds = [
    ...Object.keys(TABLE_MUTATIONS).map((k) => `table:${k}`),
    ...Object.keys(BYTE_MUTATIONS).map((k) => `bytes:${k}`),
    ...Object.keys(encodingVariants('', native)).map((k) => `encoding:${k}`),
    'stacked',
    'stacked',
    'stacked',
    'special:empty-lines',
    'special:nul-bytes',
  ];
  const cases: HostileCase[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]!;
    const base = bases[r.int(bases.length)]!;
    const seed = r.int(2 ** 31);
    const [family, name] = kind.split(':') as [string, string | undefined];
    const bytes = (): Buffer => {
      const cr = rng(seed);
      if (family === 'table') return encode(csvText(TABLE_MUTATIONS[name!]!(base.table, cr)));
      if (family === 'bytes') return BYTE_MUTATIONS[name!]!(encode(csvText(base.table)), cr);
      if (family === 'encoding') return encodingVariants(csvText(base.table), native)[name!]!();
      if (kind === 'special:empty-lines') return Buffer.from('\r\n'.repeat(500) + ' , , \n'.repeat(50));
      if (kind === 'special:nul-bytes') return Buffer.concat([encode(csvText(base.table)), Buffer.alloc(64)]);
      // stacked: two or three mutations of any family, cells first, then bytes
      let table = base.table;
      const tableKinds = Object.keys(TABLE_MUTATIONS).filter(
        (k) => k !== 'many-columns' && k !== 'huge-cell',
      );
      for (let n = 1 + cr.int(2); n > 0; n--) table = TABLE_MUTATIONS[cr.pick(tableKinds)]!(table, cr);
      return BYTE_MUTATIONS[cr.pick(Object.keys(BYTE_MUTATIONS))]!(encode(csvText(table)), cr);
    };
    cases.push({ format, name: kind, fileName: `${String(i).padStart(4, '0')}-${base.name}`, bytes });
  }
  return cases;
}

// ---- XLSX ---------------------------------------------------------------------------------------

const xmlEscape = (s: string) =>
  s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

function columnName(index: number): string {
  let n = index + 1;
  let name = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    name = String.fromCharCode(65 + m) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="设备台账" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`;

/** A table as sheet XML: numbers as numbers, the rest as shared strings. */
function sheetParts(table: Table): { sheet: string; shared: string } {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const rows = table.map((row, ri) => {
    const cells = row.map((value, ci) => {
      if (value === '') return '';
      const ref = `${columnName(ci)}${ri + 1}`;
      if (/^-?\d+(\.\d+)?$/.test(value)) return `<c r="${ref}"><v>${value}</v></c>`;
      let at = index.get(value);
      if (at === undefined) {
        at = strings.push(value) - 1;
        index.set(value, at);
      }
      return `<c r="${ref}" t="s"><v>${at}</v></c>`;
    });
    return `<row r="${ri + 1}">${cells.join('')}</row>`;
  });
  const shared = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${xmlEscape(s)}</t></si>`).join('')}</sst>`;
  return { sheet: `${SHEET_HEAD}<sheetData>${rows.join('')}</sheetData></worksheet>`, shared };
}

type Parts = Record<string, string | Uint8Array>;

function workbookParts(sheet: string, shared: string): Parts {
  return {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'xl/workbook.xml': WORKBOOK,
    'xl/_rels/workbook.xml.rels': WORKBOOK_RELS,
    'xl/worksheets/sheet1.xml': sheet,
    'xl/sharedStrings.xml': shared,
  };
}

function zipParts(parts: Parts, level: 0 | 6 = 6): Buffer {
  const files: Record<string, [Uint8Array, { level: 0 | 6 }]> = {};
  for (const [name, data] of Object.entries(parts))
    files[name] = [typeof data === 'string' ? strToU8(data) : data, { level }];
  return Buffer.from(zipSync(files));
}

function tableWorkbook(table: Table): Buffer {
  const { sheet, shared } = sheetParts(table);
  return zipParts(workbookParts(sheet, shared));
}

/** Offsets of the zip's records with the given signature. */
function signatures(b: Buffer, sig: number): number[] {
  const at: number[] = [];
  for (let i = b.length - 4; i >= 0; i--) if (b.readUInt32LE(i) === sig) at.push(i);
  return at.reverse();
}
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const END = 0x06054b50;

/** Writes a zip by hand, so that its records can lie. */
function rawZip(
  entries: { name: string; data: Buffer; method: 0 | 8; crc: number; size: number }[],
  lie: { localSize?: number; centralSize?: number; compressedSize?: number } = {},
): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(lie.compressedSize ?? e.data.length, 18);
    local.writeUInt32LE(lie.localSize ?? e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(lie.compressedSize ?? e.data.length, 20);
    central.writeUInt32LE(lie.centralSize ?? e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

function smallParts(): { name: string; data: Buffer; method: 0; crc: number; size: number }[] {
  const parts: Parts = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'xl/workbook.xml': WORKBOOK,
    'xl/_rels/workbook.xml.rels': WORKBOOK_RELS.replace(/<Relationship Id="rId2"[^>]*\/>/, ''),
  };
  return Object.entries(parts).map(([name, text]) => {
    const data = Buffer.from(text as string);
    return { name, data, method: 0, crc: zlib.crc32(data), size: data.length };
  });
}

interface Deflated {
  data: Buffer;
  crc: number;
  size: number;
}

const BOMB_SEGMENT_BYTES = 64 << 20;
let bombParts: { head: Buffer; segment: Buffer; end: Buffer; crcs: number[] } | null = null;

/**
 * A sheet entry of `segments` × 64 MiB of blanks after a header row, deflated to about 1/1000 of
 * that (3 GiB in about 3 MB). The same blank segment is deflated once with Z_SYNC_FLUSH: such
 * segments concatenate into one valid stream, so the bomb is built without inflating it.
 */
function bomb(segments = 48): Deflated {
  bombParts ??= (() => {
    const head = Buffer.from(
      `${SHEET_HEAD}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>设备名称</t></is></c></row>`,
    );
    const blank = Buffer.alloc(BOMB_SEGMENT_BYTES, 0x20);
    const crcs = [zlib.crc32(head)];
    for (let i = 1; i <= 48; i++) crcs.push(zlib.crc32(blank, crcs[i - 1]));
    const flush = { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH };
    return {
      head: zlib.deflateRawSync(head, flush),
      segment: zlib.deflateRawSync(blank, flush),
      end: zlib.deflateRawSync(Buffer.alloc(0), { level: 1 }),
      crcs,
    };
  })();
  const { head, segment, end, crcs } = bombParts;
  const headBytes = Buffer.byteLength(
    `${SHEET_HEAD}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>设备名称</t></is></c></row>`,
  );
  return {
    data: Buffer.concat([head, ...Array<Buffer>(segments).fill(segment), end]),
    crc: crcs[segments]!,
    size: headBytes + segments * BOMB_SEGMENT_BYTES,
  };
}

function xlsxCases(
  bases: Base[],
  baseBooks: { name: string; bytes: Buffer }[],
  count: number,
  r: Rng,
): HostileCase[] {
  const withSheet = (
    sheet: string,
    shared = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
  ) => zipParts(workbookParts(sheet, shared));
  const special: Record<string, (cr: Rng) => Buffer> = {
    'zip-bomb-declared-small': () => {
      const b = bomb();
      return rawZip([...smallParts(), { name: 'xl/worksheets/sheet1.xml', ...b, method: 8, size: 4096 }]);
    },
    'zip-bomb-declared-huge': () => {
      const b = bomb();
      return rawZip([...smallParts(), { name: 'xl/worksheets/sheet1.xml', ...b, method: 8 }]);
    },
    'zip-bomb-size-max': () => {
      const b = bomb();
      return rawZip([...smallParts(), { name: 'xl/worksheets/sheet1.xml', ...b, method: 8 }], {
        localSize: 0xfffffffe,
        centralSize: 0xfffffffe,
      });
    },
    // Honest about its size, and under the reader's 2 GiB cap for a sheet: 1.9 GiB of blanks.
    'zip-bomb-under-cap': () => {
      const b = bomb(30);
      return rawZip([...smallParts(), { name: 'xl/worksheets/sheet1.xml', ...b, method: 8 }]);
    },
    'zip-bomb-shared-strings': () => {
      const b = bomb();
      const parts = smallParts();
      const rels = parts.find((p) => p.name === 'xl/_rels/workbook.xml.rels')!;
      rels.data = Buffer.from(WORKBOOK_RELS);
      rels.crc = zlib.crc32(rels.data);
      rels.size = rels.data.length;
      const sheet = Buffer.from(
        `${SHEET_HEAD}<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
      );
      return rawZip([
        ...parts,
        {
          name: 'xl/worksheets/sheet1.xml',
          data: sheet,
          method: 0,
          crc: zlib.crc32(sheet),
          size: sheet.length,
        },
        { name: 'xl/sharedStrings.xml', ...b, method: 8 },
      ]);
    },
    'deep-xml': () => {
      const depth = 100_000;
      return withSheet(
        `${SHEET_HEAD}<sheetData><row r="1"><c r="A1" t="inlineStr"><is>${'<r>'.repeat(depth)}<t>设备名称</t>${'</r>'.repeat(depth)}</is></c></row></sheetData></worksheet>`,
      );
    },
    'deep-xml-workbook': () => {
      const depth = 100_000;
      const parts = workbookParts(sheetParts([['设备名称'], ['车床']]).sheet, '<sst/>');
      parts['xl/workbook.xml'] = WORKBOOK.replace(
        '<sheets>',
        `${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}<sheets>`,
      );
      return zipParts(parts);
    },
    'billion-laughs': () => {
      const dtd = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]>`;
      const shared = `<?xml version="1.0"?>${dtd}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si><si><t>设备名称</t></si></sst>`;
      return withSheet(
        `${SHEET_HEAD}<sheetData><row r="1"><c r="A1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>0</v></c></row></sheetData></worksheet>`,
        shared,
      );
    },
    'billion-laughs-sheet': () => {
      const dtd = `<!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('')}]>`;
      return withSheet(
        `<?xml version="1.0"?>${dtd}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>设备名称</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>`,
      );
    },
    'external-entity': () =>
      withSheet(
        `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>设备名称</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>`,
      ),
    'millions-of-empty-cells': () => {
      const row = (n: number) => `<row r="${n}">${'<c/>'.repeat(1000)}</row>`;
      const rows: string[] = [
        `<row r="1"><c r="A1" t="inlineStr"><is><t>设备名称</t></is></c><c r="B1" t="inlineStr"><is><t>资产编号</t></is></c></row>`,
      ];
      for (let n = 2; n <= 3000; n++) rows.push(row(n));
      return withSheet(`${SHEET_HEAD}<sheetData>${rows.join('')}</sheetData></worksheet>`);
    },
    'millions-of-empty-rows': () => {
      const rows: string[] = [`<row r="1"><c r="A1" t="inlineStr"><is><t>设备名称</t></is></c></row>`];
      for (let n = 2; n <= 2_000_000; n++) rows.push(`<row r="${n}"/>`);
      return withSheet(`${SHEET_HEAD}<sheetData>${rows.join('')}</sheetData></worksheet>`);
    },
    'cell-beyond-xfd': () =>
      withSheet(
        `${SHEET_HEAD}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>设备名称</t></is></c><c r="ZZZZ1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`,
      ),
    'row-number-huge': () =>
      withSheet(
        `${SHEET_HEAD}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>设备名称</t></is></c></row><row r="99999999999"><c r="A99999999999" t="inlineStr"><is><t>车床</t></is></c></row></sheetData></worksheet>`,
      ),
    'shared-string-out-of-range': (cr) => {
      const table = bases[cr.int(bases.length)]!.table;
      const { sheet, shared } = sheetParts(table);
      const broken = sheet.replace(/<v>(\d+)<\/v><\/c>/g, (whole, n: string) =>
        cr.next() < 0.2
          ? whole.replace(`<v>${n}</v>`, `<v>${cr.pick(['999999', '-1', '1e3', 'abc', '4294967296'])}</v>`)
          : whole,
      );
      return zipParts(
        workbookParts(
          broken.replace(/t="s"><v>/g, (m) => m),
          shared,
        ),
      );
    },
    'shared-strings-missing': (cr) => {
      const { sheet } = sheetParts(bases[cr.int(bases.length)]!.table);
      const parts = workbookParts(sheet, '');
      delete parts['xl/sharedStrings.xml'];
      return zipParts(parts);
    },
    'no-workbook': () => zipParts({ 'a.txt': 'hello' }),
    'empty-zip': () => {
      const end = Buffer.alloc(22);
      end.writeUInt32LE(END, 0);
      return Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), end]);
    },
    'error-and-formula-cells': () =>
      withSheet(
        `${SHEET_HEAD}<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>设备名称</t></is></c><c r="B1" t="inlineStr"><is><t>原值</t></is></c><c r="C1" t="inlineStr"><is><t>投产年份</t></is></c></row>` +
          `<row r="2"><c r="A2" t="str"><f>CMD|' /C calc'!A0</f><v>=cmd|' /C calc'!A0</v></c><c r="B2" t="e"><v>#DIV/0!</v></c><c r="C2"><v>NaN</v></c></row>` +
          `<row r="3"><c r="A3" t="inlineStr"><is><t>车床</t></is></c><c r="B3"><v>Infinity</v></c><c r="C3" s="99"><v>-1e308</v></c></row>` +
          `<row r="4"><c r="A4" t="b"><v>7</v></c><c r="B4" t="d"><v>0000-00-00</v></c><c r="C4" t="d"><v>2015-13-45T99:99</v></c></row></sheetData></worksheet>`,
      ),
  };
  const zipDamage: Record<string, (b: Buffer, cr: Rng) => Buffer> = {
    'truncate-central-directory': (b, cr) => {
      const dir = signatures(b, CENTRAL)[0] ?? b.length - 22;
      return b.subarray(0, dir + cr.int(b.length - dir));
    },
    'bad-crc': (b, cr) => {
      const out = Buffer.from(b);
      for (const at of signatures(b, CENTRAL))
        if (cr.next() < 0.5) out.writeUInt32LE(cr.int(2 ** 32), at + 16);
      return out;
    },
    'damaged-deflate-data': (b, cr) => {
      const out = Buffer.from(b);
      const locals = signatures(b, LOCAL);
      const at = locals[cr.int(locals.length)]!;
      for (let n = 0; n < 8; n++) out[at + 30 + cr.int(200) + 40] = cr.int(256);
      return out;
    },
    'lying-sizes': (b, cr) => {
      const out = Buffer.from(b);
      for (const at of signatures(b, CENTRAL)) {
        if (cr.next() < 0.5)
          out.writeUInt32LE(cr.pick([0, 1, 0xffffffff, 0x7fffffff, cr.int(2 ** 32)]), at + 24);
        if (cr.next() < 0.3) out.writeUInt32LE(cr.pick([0, 0xffffffff, cr.int(2 ** 32)]), at + 20);
        if (cr.next() < 0.2) out.writeUInt32LE(cr.int(2 ** 32), at + 42);
      }
      return out;
    },
    'end-record-lies': (b, cr) => {
      const out = Buffer.from(b);
      const end = signatures(b, END).at(-1)!;
      out.writeUInt16LE(cr.int(65536), end + 10);
      out.writeUInt32LE(cr.int(2 ** 32), end + 12);
      out.writeUInt32LE(cr.int(2 ** 32), end + 16);
      return out;
    },
    'unknown-method': (b) => {
      const out = Buffer.from(b);
      for (const at of signatures(b, CENTRAL)) out.writeUInt16LE(99, at + 10);
      return out;
    },
    'encrypted-flag': (b) => {
      const out = Buffer.from(b);
      for (const at of signatures(b, CENTRAL)) out.writeUInt16LE(1, at + 8);
      return out;
    },
    ...BYTE_MUTATIONS,
  };
  const kinds = [
    ...Object.keys(special).map((k) => `special:${k}`),
    ...Object.keys(zipDamage).map((k) => `zip:${k}`),
    ...Object.keys(TABLE_MUTATIONS).map((k) => `table:${k}`),
    'stored-zip',
    'stacked',
  ];
  const cases: HostileCase[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]!;
    const seed = r.int(2 ** 31);
    const [family, name] = kind.split(':') as [string, string | undefined];
    const baseIndex = r.int(bases.length + baseBooks.length);
    const bytes = (): Buffer => {
      const cr = rng(seed);
      if (family === 'special') return special[name!]!(cr);
      const book =
        baseIndex < baseBooks.length
          ? baseBooks[baseIndex]!.bytes
          : tableWorkbook(bases[baseIndex - baseBooks.length]!.table);
      if (family === 'zip') return zipDamage[name!]!(book, cr);
      if (family === 'table')
        return tableWorkbook(TABLE_MUTATIONS[name!]!(bases[cr.int(bases.length)]!.table, cr));
      if (kind === 'stored-zip') {
        const { sheet, shared } = sheetParts(bases[cr.int(bases.length)]!.table);
        return zipParts(workbookParts(sheet, shared), 0);
      }
      const table = TABLE_MUTATIONS[cr.pick(['formulas', 'bad-dates', 'nan-infinity', 'duplicate-header'])]!(
        bases[cr.int(bases.length)]!.table,
        cr,
      );
      return zipDamage[cr.pick(Object.keys(zipDamage))]!(tableWorkbook(table), cr);
    };
    cases.push({
      format: 'xlsx',
      name: kind,
      fileName: `${String(i).padStart(4, '0')}-${kind.replace(/\W+/g, '-')}.xlsx`,
      bytes,
    });
  }
  return cases;
}

// ---- the workspace dump -------------------------------------------------------------------------

/** Every table's rows, ordered, and the schema: what "the workspace did not change" compares. */
function dumpWorkspace(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hash = crypto.createHash('sha256');
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type IN ('table','index') ORDER BY name")
      .all() as { name: string; sql: string | null }[];
    for (const t of tables) {
      hash.update(`${t.name}:${t.sql ?? ''}\n`);
      if (t.sql === null || !/^CREATE TABLE/i.test(t.sql)) continue;
      const rows = db.prepare(`SELECT * FROM "${t.name}"`).raw().all() as unknown[][];
      const lines = rows
        .map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)))
        .sort();
      hash.update(lines.join('\n'));
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

// ---- the child: a Core on its own workspace -------------------------------------------------------

type Outcome =
  | { kind: 'accepted'; imported: number; updated: number; rejectedRows: number; invalidRows: string[] }
  | { kind: 'previewed' }
  | { kind: 'rejected'; error: WireError }
  | { kind: 'crash'; message: string };

type ToChild =
  | { type: 'open'; workspace: string; fixture: string }
  | { type: 'case'; id: number; file: string; viaWorker: boolean };
type FromChild =
  | { type: 'ready'; rss: number }
  | { type: 'step'; id: number; step: 'preview' | 'import'; outcome: Outcome; rss: number; ms: number };

async function childMain(): Promise<void> {
  const { Core } = await import('../../electron/core/core');
  const { AppError } = await import('../../shared/api/errors');
  const { importRegister } = await import('../../electron/core/register/import-register');
  const { equipmentRowSchema } = await import('../../shared/register/equipment-row');
  const send = (m: FromChild) => process.send!(m);
  const rss = () => process.resourceUsage().maxRSS * 1024;
  const logged: string[] = [];
  const logger = {
    error: (m: string, d?: unknown) => logged.push(`${m}: ${d instanceof Error ? d.stack : String(d)}`),
    info: () => {},
  };
  let core: Awaited<ReturnType<typeof Core.open>> | null = null;
  let enterpriseId = 0;
  const schema = equipmentRowSchema(REFERENCE_YEAR);
  const now = () => new Date(`${REFERENCE_YEAR}-03-10T08:00:00.000Z`);

  const wire = (reply: { ok: true; result: unknown } | { ok: false; error: WireError }): Outcome | null => {
    if (reply.ok) return null;
    if (reply.error.code === 'INTERNAL')
      return { kind: 'crash', message: `INTERNAL ${logged.splice(0).join(' | ').slice(0, 500)}` };
    return { kind: 'rejected', error: reply.error };
  };

  async function invalidStoredRows(): Promise<string[]> {
    const bad: string[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await core!.call('equipment.page', { enterpriseId, offset, limit: 1000 });
      for (const { id, updated_at: _u, ...row } of page.rows) {
        const parsed = schema.safeParse(row);
        if (!parsed.success)
          bad.push(
            `row ${id}: ${parsed.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ')}`,
          );
      }
      if (page.rows.length === 0 || offset + page.rows.length >= page.total) return bad;
    }
  }

  async function inlineImport(fileId: string): Promise<Outcome> {
    // What the job worker does with the task the handler gives it, on this thread.
    const file = core!.files.resolve(fileId, 'read');
    const db = new Database(core!.workspacePath, { fileMustExist: true });
    try {
      db.pragma('busy_timeout = 10000');
      db.pragma('foreign_keys = ON');
      const result = await importRegister(
        db,
        { path: file.path, ref: { fileId, name: file.name, sizeBytes: file.sizeBytes } },
        { enterpriseId, referenceYear: REFERENCE_YEAR },
        { now },
      );
      return {
        kind: 'accepted',
        imported: result.imported,
        updated: result.updated,
        rejectedRows: result.rejectedCount,
        invalidRows: [],
      };
    } catch (e) {
      if (e instanceof AppError && e.code !== 'INTERNAL') return { kind: 'rejected', error: e.toWire() };
      return {
        kind: 'crash',
        message: e instanceof Error ? (e.stack ?? e.message).slice(0, 800) : String(e),
      };
    } finally {
      db.close();
    }
  }

  process.on('message', (m: ToChild) => {
    void (async () => {
      if (m.type === 'open') {
        core?.close();
        core = await Core.open({ workspacePath: m.workspace, autoBackupEveryMs: 0, logger, now });
        const list = await core.call('enterprise.list', {});
        enterpriseId =
          list[0]?.id ??
          (
            await core.call('enterprise.create', {
              name: '深圳市南山精密制造有限公司',
              district: 'nanshan',
              industryDivision: '39',
              manufacturingType: 'discrete',
              years: [],
            } as never)
          ).id;
        if (list.length === 0) await inlineImport(core.files.registerRead(m.fixture).fileId);
        send({ type: 'ready', rss: rss() });
        return;
      }
      const { fileId } = core!.files.registerRead(m.file);
      let t0 = performance.now();
      const preview = wire(await core!.dispatch('equipment.importPreview', { enterpriseId, fileId }));
      const previewMs = performance.now() - t0;
      send({
        type: 'step',
        id: m.id,
        step: 'preview',
        outcome: preview ?? { kind: 'previewed' },
        rss: rss(),
        ms: previewMs,
      });
      t0 = performance.now();
      let outcome: Outcome;
      if (m.viaWorker) {
        const reply = await core!.dispatch('equipment.import', { enterpriseId, fileId });
        const failed = wire(reply);
        const r = reply.ok
          ? (reply.result as { imported: number; updated: number; rejectedCount: number })
          : null;
        outcome = failed ?? {
          kind: 'accepted',
          imported: r!.imported,
          updated: r!.updated,
          rejectedRows: r!.rejectedCount,
          invalidRows: [],
        };
      } else {
        outcome = await inlineImport(fileId);
      }
      const importMs = performance.now() - t0;
      if (outcome.kind === 'accepted') outcome.invalidRows = (await invalidStoredRows()).slice(0, 5);
      send({ type: 'step', id: m.id, step: 'import', outcome, rss: rss(), ms: importMs });
    })().catch((e: unknown) => {
      // Anything thrown outside the calls (the registry, the connection) is a crash too.
      console.error(e);
      process.exit(70);
    });
  });
}

if (process.env.HOSTILE_REGISTER_CHILD === '1') void childMain();

// ---- the parent --------------------------------------------------------------------------------

interface Tally {
  tried: number;
  accepted: number;
  rejected: number;
  crashes: string[];
  hangs: string[];
  changes: string[];
  unspecific: string[];
  invalidRows: string[];
  viaWorker: number;
  codes: Map<string, number>;
  slowest: { label: string; ms: number }[];
}

const newTally = (): Tally => ({
  tried: 0,
  accepted: 0,
  rejected: 0,
  crashes: [],
  hangs: [],
  changes: [],
  unspecific: [],
  invalidRows: [],
  viaWorker: 0,
  codes: new Map(),
  slowest: [],
});

/** A rejection names the file (or its entry, row, column), in both languages, with a code of its own. */
function unspecificReason(error: WireError, fileName: string): string | null {
  if (error.code === 'INTERNAL') return 'INTERNAL';
  for (const lang of ['zh-CN', 'en'] as const) {
    const text = formatError(lang, error);
    if (!text.trim() || text.startsWith('error.') || text.includes('{{'))
      return `${lang}: no message (${text})`;
    if (!text.includes(fileName)) return `${lang}: does not name the file: ${text}`;
  }
  return null;
}

type ChildMessage = FromChild | { type: 'exit'; code: number | null };

class ChildCore {
  private child!: ChildProcess;
  private waiting: ((m: ChildMessage) => void) | null = null;
  /** Messages that came while nobody waited. */
  private inbox: ChildMessage[] = [];
  private generation = 0;
  peakRss = 0;
  /** The input during which the peak was reached. */
  peakAt = '';
  current = '';
  workspace = '';

  constructor(
    private readonly dir: string,
    private readonly label: string,
  ) {}

  async start(): Promise<void> {
    this.inbox = [];
    this.child = fork(HERE, [], {
      env: { ...process.env, HOSTILE_REGISTER_CHILD: '1' },
      execArgv: ['--import', 'tsx', '--max-old-space-size=4096'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.child.stderr!.on('data', (d: Buffer) => {
      if (process.env.HOSTILE_REGISTER_DEBUG) process.stderr.write(d);
    });
    this.child.on('message', (m: FromChild) => {
      if ('rss' in m && m.rss > this.peakRss) {
        this.peakRss = m.rss;
        this.peakAt = this.current;
      }
      this.deliver(m);
    });
    const child = this.child;
    child.on('exit', (code) => {
      if (child === this.child && !this.killing) this.deliver({ type: 'exit', code });
    });
    await this.reset();
  }

  /** A fresh workspace: an enterprise and its register, imported from the standard fixture. */
  async reset(): Promise<void> {
    this.workspace = path.join(this.dir, `${this.label}-ws-${++this.generation}.sqlite`);
    this.child.send({
      type: 'open',
      workspace: this.workspace,
      fixture: path.join(FIXTURES, 'register-standard-200.csv'),
    });
    const m = await this.next(60_000);
    if (m === 'timeout' || m.type !== 'ready')
      throw new Error(`the child core did not open: ${JSON.stringify(m)}`);
  }

  next(timeoutMs: number): Promise<ChildMessage | 'timeout'> {
    const queued = this.inbox.shift();
    if (queued) return Promise.resolve(queued);
    return new Promise((resolve) => {
      // The parent's own work (building the next input, a dump) can hold its event loop past the
      // deadline while the answer waits in the pipe: let pending messages in before calling it a hang.
      const timer = setTimeout(
        () =>
          setImmediate(() =>
            setImmediate(() => {
              if (this.waiting !== waiter) return;
              this.waiting = null;
              resolve('timeout');
            }),
          ),
        timeoutMs,
      );
      const waiter = (m: ChildMessage) => {
        clearTimeout(timer);
        this.waiting = null;
        resolve(m);
      };
      this.waiting = waiter;
    });
  }

  send(m: ToChild): void {
    this.child.send(m);
  }

  private killing = false;

  private deliver(m: ChildMessage): void {
    if (this.waiting) this.waiting(m);
    else this.inbox.push(m);
  }

  async kill(): Promise<void> {
    this.killing = true;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await exited;
    this.killing = false;
    this.inbox = [];
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null) await this.kill();
  }
}

async function runCase(
  core: ChildCore,
  c: HostileCase,
  id: number,
  dir: string,
  viaWorker: boolean,
  t: Tally,
): Promise<void> {
  const file = path.join(dir, c.fileName);
  fs.writeFileSync(file, c.bytes());
  const label = `${c.format} #${id} ${c.name} (${c.fileName})`;
  const before = dumpWorkspace(core.workspace);
  core.current = label;
  t.tried++;
  if (viaWorker) t.viaWorker++;
  core.send({ type: 'case', id, file, viaWorker });
  let final: Outcome | null = null;
  let previewOutcome: Outcome | null = null;
  for (;;) {
    const m = await core.next(HANG_MS);
    if (m === 'timeout') {
      t.hangs.push(
        `${label}: no answer to ${previewOutcome ? 'import' : 'preview'} within ${HANG_MS / 1000} s`,
      );
      await core.kill();
      await core.start();
      break;
    }
    if (m.type === 'exit') {
      t.crashes.push(`${label}: the core's process died (exit ${m.code})`);
      await core.start();
      break;
    }
    if (m.type !== 'step' || m.id !== id) continue;
    t.slowest.push({ label: `${label} ${m.step}`, ms: m.ms });
    if (m.ms > HANG_MS) t.hangs.push(`${label}: ${m.step} took ${(m.ms / 1000).toFixed(1)} s`);
    if (m.step === 'preview') previewOutcome = m.outcome;
    else {
      final = m.outcome;
      break;
    }
  }
  fs.rmSync(file, { force: true });
  // One crash per input, however many of its calls failed.
  const crashed = [previewOutcome, final].find((o) => o?.kind === 'crash');
  if (crashed?.kind === 'crash') t.crashes.push(`${label}: ${crashed.message}`);
  for (const o of [previewOutcome, final]) {
    if (o?.kind === 'rejected') {
      const why = unspecificReason(o.error, c.fileName);
      if (why) t.unspecific.push(`${label}: ${o.error.code} ${why}`);
    }
  }
  if (!final) return;
  if (final.kind === 'accepted') {
    t.accepted++;
    if (final.invalidRows.length) t.invalidRows.push(`${label}: ${final.invalidRows.join(' | ')}`);
    return;
  }
  if (final.kind === 'rejected') {
    t.rejected++;
    t.codes.set(final.error.code, (t.codes.get(final.error.code) ?? 0) + 1);
  }
  if (dumpWorkspace(core.workspace) !== before) t.changes.push(`${label}: the workspace changed`);
}

export const suite: RobustnessSuite = async ({ quick, seed, log }) => {
  const perFormat = quick ? 100 : 1000;
  /** Imports through the real job worker threads: a second each, so a share of the inputs. */
  const workerEvery = quick ? 40 : 10;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-hostile-register-'));
  const started = performance.now();
  try {
    const r = rng(seed);
    const utf8Bases = csvBases(dir, 'utf8');
    const gbkBases = csvBases(dir, 'gbk');
    const xlsxOut = path.join(dir, 'gen-xlsx.xlsx');
    genInventory([
      '--rows',
      '60',
      '--seed',
      '13',
      '--out',
      xlsxOut,
      '--format',
      'xlsx',
      '--headers',
      'messy',
      '--title',
    ]);
    const baseBooks = [
      {
        name: 'register-messy-300.xlsx',
        bytes: fs.readFileSync(path.join(FIXTURES, 'register-messy-300.xlsx')),
      },
      { name: 'gen-xlsx.xlsx', bytes: fs.readFileSync(xlsxOut) },
    ];
    const cases: HostileCase[] = [
      ...csvCases('csv', utf8Bases, perFormat, r),
      ...csvCases('gbk-csv', gbkBases, perFormat, r),
      ...xlsxCases([...utf8Bases, ...gbkBases], baseBooks, perFormat, r),
    ];
    const only = process.env.HOSTILE_REGISTER_ONLY ? new RegExp(process.env.HOSTILE_REGISTER_ONLY) : null;
    if (only) cases.splice(0, cases.length, ...cases.filter((c) => only.test(`${c.format} ${c.name}`)));
    // The bomb is built before the cores start, so that building it holds up no answer.
    if (cases.some((c) => c.name.includes('zip-bomb'))) bomb();
    const tallies = new Map<Format, Tally>(FORMATS.map((f) => [f, newTally()]));
    // Two cores (the machine's two cores), each on its own workspace, renewed every 10 inputs so
    // that the dumps stay small.
    const cores = [new ChildCore(dir, 'a'), new ChildCore(dir, 'b')];
    await Promise.all(cores.map((c) => c.start()));
    let nextCase = 0;
    await Promise.all(
      cores.map(async (core, lane) => {
        const caseDir = fs.mkdtempSync(path.join(dir, `cases-${lane}-`));
        let sinceReset = 0;
        for (let i = nextCase++; i < cases.length; i = nextCase++) {
          const c = cases[i]!;
          await runCase(core, c, i, caseDir, i % workerEvery === 0, tallies.get(c.format)!);
          if (++sinceReset >= 10) {
            await core.reset();
            sinceReset = 0;
          }
          if (i % 100 === 0)
            log(`${i} / ${cases.length} inputs, ${((performance.now() - started) / 1000).toFixed(0)} s`);
        }
      }),
    );
    await Promise.all(cores.map((c) => c.stop()));
    const peak = cores.reduce((a, b) => (b.peakRss > a.peakRss ? b : a));
    log(`peak RSS ${Math.round(peak.peakRss / 2 ** 20)} MB during ${peak.peakAt || 'start-up'}`);

    const figures: RobustnessFigure[] = [];
    for (const format of FORMATS) {
      const t = tallies.get(format)!;
      const fig = (
        measure: string,
        value: number,
        required?: RobustnessFigure['required'],
        examples?: string[],
      ) => figures.push({ suite: SUITE, measure: `${format}: ${measure}`, value, required, examples });
      fig('inputs tried', t.tried, { atLeast: perFormat });
      fig('accepted', t.accepted);
      fig('rejected', t.rejected);
      fig('imported through the job worker', t.viaWorker, { atLeast: 1 });
      fig('crashes', t.crashes.length, { atMost: 0 }, t.crashes);
      fig('hangs over 10 s', t.hangs.length, { atMost: 0 }, t.hangs);
      fig('workspace changes from rejected inputs', t.changes.length, { atMost: 0 }, t.changes);
      fig('rejections without a specific message', t.unspecific.length, { atMost: 0 }, t.unspecific);
      fig('accepted imports leaving invalid rows', t.invalidRows.length, { atMost: 0 }, t.invalidRows);
      log(`${format}: ${[...t.codes].map(([k, v]) => `${k} ${v}`).join(', ')}`);
      const slow = t.slowest.sort((a, b) => b.ms - a.ms).slice(0, 5);
      log(`${format} slowest: ${slow.map((s) => `${s.label} ${(s.ms / 1000).toFixed(1)} s`).join('; ')}`);
    }
    figures.push({
      suite: SUITE,
      measure: 'peak RSS of a core process (MB)',
      value: Math.round(peak.peakRss / 2 ** 20),
      examples: [peak.peakAt],
    });
    figures.push({
      suite: SUITE,
      measure: 'peak RSS of the suite process, inputs built here (MB)',
      value: Math.round((process.resourceUsage().maxRSS * 1024) / 2 ** 20),
    });
    figures.push({
      suite: SUITE,
      measure: 'seconds',
      value: Math.round((performance.now() - started) / 1000),
    });
    return figures;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
