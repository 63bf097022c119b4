/**
 * Formula safety of exports, through the real job worker: no CSV cell starts with = + - @ (the
 * apostrophe is added, and quoted as CSV requires), XLSX cells holding such text are string cells
 * with no formula, and re-importing either export gives back the exact original text. LibreOffice
 * opening the CSV runs none of its cells, also those left unescaped (the sign after spaces, in full
 * width, on a later line).
 */
import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { soffice } from '../draft-writers/draft-workspace';
import { fixture, importFile, newEnterprise, openStore, storedRows } from './store-helpers';

const HYPERLINK = '=HYPERLINK("http://x","y")';
const RISKY = {
  asset_code: '=1+1',
  name: HYPERLINK,
  model: '+86 755 1234',
  maker: '-2+3',
  workshop: '@SUM(A1)',
  notes: "'=already quoted\n=second line",
};

async function exportTo(
  core: Core,
  enterpriseId: number,
  format: 'csv' | 'xlsx',
  dir: string,
): Promise<string> {
  const out = path.join(dir, `formula.${format}`);
  const target = core.files.registerWriteTarget(out);
  const result = await core.call('equipment.export', { enterpriseId, format, target: target.fileId });
  expect(result.file).toMatchObject({ fileId: target.fileId, name: `formula.${format}` });
  expect(result.file.sizeBytes).toBe(fs.statSync(out).size);
  return out;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&');

describe('formula-looking text in exports', () => {
  it('CSV: quoted with an apostrophe, no cell starting with = + - @, and re-imported exactly', async () => {
    const { ws, core, enterpriseId } = await openStore();
    await importFile(core, enterpriseId, fixture('register-bad-rows.csv'));
    await core.call('equipment.add', { enterpriseId, row: { ...RISKY, category: 'other' } });
    const original = await storedRows(core, enterpriseId);
    expect(original.find((r) => r.asset_code === '=1+1')).toMatchObject(RISKY);

    const csv = await exportTo(core, enterpriseId, 'csv', ws.dir);
    const text = fs.readFileSync(csv, 'utf8');
    expect(text.startsWith('\uFEFF设备编号,')).toBe(true);
    // The cell, quoted as CSV requires (it holds quotes and a comma), behind an apostrophe.
    expect(text).toContain(`,"'=HYPERLINK(""http://x"",""y"")",`);
    expect(text).toContain("\r\n'=1+1,\"'=HYPERLINK");
    expect(text).toContain(`"'=HYPERLINK(""http://example.invalid"",""点我"")"`);

    const cells = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data.flat();
    expect(cells).toContain(`'${HYPERLINK}`);
    expect(cells).toContain("''=already quoted\n=second line");
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);

    const fresh = await newEnterprise(core, '导回企业');
    const result = await core.call('equipment.import', {
      enterpriseId: fresh,
      fileId: core.files.registerRead(csv).fileId,
    });
    expect(result).toMatchObject({ imported: 4, rejectedCount: 0 });
    expect(await storedRows(core, fresh)).toEqual(original);
  });

  it('XLSX: string cells without formulas, and re-imported exactly', async () => {
    const { ws, core, enterpriseId } = await openStore();
    await core.call('equipment.add', { enterpriseId, row: { ...RISKY, category: 'other' } });
    const original = await storedRows(core, enterpriseId);

    const xlsx = await exportTo(core, enterpriseId, 'xlsx', ws.dir);
    const zip = await JSZip.loadAsync(fs.readFileSync(xlsx));
    const sheetName = Object.keys(zip.files).find((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))!;
    const sheet = await zip.file(sheetName)!.async('string');
    const shared = await zip.file('xl/sharedStrings.xml')!.async('string');
    const strings = [...shared.matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
      unescapeXml([...(m[1] as string).matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join('')),
    );

    expect(sheet).not.toMatch(/<f[\s>]/);
    // Row 2, columns A (code), B (name), D (model), E (maker), P (workshop), R (notes).
    const cell = (ref: string) => {
      const m = new RegExp(`<c r="${ref}"([^>]*)>(.*?)</c>`, 's').exec(sheet);
      if (!m) throw new Error(`no cell ${ref}`);
      return { attrs: m[1] as string, inner: m[2] as string };
    };
    for (const [ref, value] of [
      ['A2', RISKY.asset_code],
      ['B2', HYPERLINK],
      ['D2', RISKY.model],
      ['E2', RISKY.maker],
      ['P2', RISKY.workshop],
    ] as const) {
      const c = cell(ref);
      expect(c.attrs, ref).toContain('t="s"');
      const index = Number(/<v>(\d+)<\/v>/.exec(c.inner)?.[1]);
      expect(strings[index], ref).toBe(value);
    }
    // Text that starts with an apostrophe before = keeps one more, which the importer removes.
    const notes = cell('R2');
    expect(strings[Number(/<v>(\d+)<\/v>/.exec(notes.inner)?.[1])]).toBe(`'${RISKY.notes}`);

    const fresh = await newEnterprise(core, '导回企业');
    const result = await core.call('equipment.import', {
      enterpriseId: fresh,
      fileId: core.files.registerRead(xlsx).fileId,
    });
    expect(result).toMatchObject({ imported: 1, rejectedCount: 0 });
    expect(await storedRows(core, fresh)).toEqual(original);
  });

  it('CSV: a spreadsheet opening it runs no cell, whatever comes before the formula', async () => {
    const { ws, core, enterpriseId } = await openStore();
    // Escaped ones, and ones left as they are: after spaces, in full width, on a second line.
    const rows = [
      { ...RISKY, category: 'other' as const },
      {
        asset_code: 'FW-1',
        name: '＝1+1',
        model: '＋86 755 1234',
        maker: '－2+3',
        workshop: '＠SUM(A1)',
        notes: ' =1+1',
        category: 'other' as const,
      },
      {
        asset_code: 'FW-2',
        name: '\u3000=1+1',
        model: 'x\n=1+1',
        notes: '  +2+3',
        category: 'other' as const,
      },
    ];
    for (const row of rows) await core.call('equipment.add', { enterpriseId, row });
    const stored = await storedRows(core, enterpriseId);
    const csv = await exportTo(core, enterpriseId, 'csv', ws.dir);

    // LibreOffice reading it as UTF-8 CSV, comma-separated, and saving the sheet as it understood it.
    const outDir = fs.mkdtempSync(path.join(ws.dir, 'lo-'));
    soffice(['--infilter=CSV:44,34,76,1', '--convert-to', 'xlsx', csv], outDir);
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(outDir, 'formula.xlsx')));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const shared = await zip.file('xl/sharedStrings.xml')!.async('string');
    const texts = [...shared.matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
      unescapeXml([...(m[1] as string).matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join('')),
    );

    expect(sheet).toContain('<c r="A4"');
    expect(sheet).not.toMatch(/<f[\s>]/);
    // Each text cell reads as stored; the escaped ones with the apostrophe the export put before them.
    for (const row of stored)
      for (const value of [row.name, row.model, row.maker, row.workshop, row.notes])
        if (value) expect(texts).toContain(/^'*[=+\-@]/.test(value) ? `'${value}` : value);
  }, 60_000);
});
