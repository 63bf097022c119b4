/**
 * `npm run bench [-- --repeats N] [--browser-repeats N] [--regenerate] [--only csv,floor,gbk,xlsx,dev,page,indicators,planning,handoff,load,browser,startup] [--out FILE]`
 *
 * Makes 100,000-row registers with the shared generator, then measures in one run, on the same
 * files: CSV (UTF-8 and GBK) and XLSX imports through the app's own calls, against sqlite3's
 * `.import` and LibreOffice's CSV conversion; the CSV import's writing half alone, the floor under
 * its time; the peak memory of the importing process; register
 * pages in the core; the register page in Chromium. Prints a table and writes bench/results.json.
 *
 * Figures are the best of N runs (default 3), with median and worst beside them: the machine is
 * shared, and the best run is the one least disturbed. A missed target is reported, not failed on;
 * the process exits non-zero only when something could not be measured for another reason than a
 * tool or page that is not there.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { Core } from '../electron/core/core';
import { bundleImportChild } from './bench-bundle';
import { generate, REPO, TMP, type Input } from './bench-inputs';
import { evaluate, round, spread, table, type Measure } from './bench-stats';
import { browserBench, type BrowserOutcome } from './browser-bench';
import { startupBench } from './startup-bench';
import {
  findTool,
  hasGnuTime,
  runImport,
  runWriteFloor,
  sofficeConvert,
  sqliteImport,
  type ImportRun,
} from './import-bench';
import type { WriteFloorResult } from './import-result';
import { countRound, pageRound, resolveQueries, type PageRound } from './page-bench';
import { indicatorsBench } from './indicators-bench';
import { readinessBench } from './readiness-bench';
import { planningBench } from './planning-bench';
import { handoffBench } from './handoff-bench';
import { loadBench } from './load-bench';

const ROWS = 100_000;
const ALL = [
  'csv',
  'floor',
  'gbk',
  'xlsx',
  'dev',
  'page',
  'indicators',
  'planning',
  'handoff',
  'load',
  'browser',
  'startup',
] as const;
type Part = (typeof ALL)[number];

const { values } = parseArgs({
  options: {
    repeats: { type: 'string', default: '3' },
    /** Each browser run scrolls 100,000 rows (about a minute); fewer of them by default. */
    'browser-repeats': { type: 'string', default: '2' },
    regenerate: { type: 'boolean', default: false },
    only: { type: 'string' },
    /** Where to write the results instead of bench/results.json (trial runs of one part). */
    out: { type: 'string' },
  },
  strict: true,
});
const repeats = Math.max(1, Number(values.repeats) || 3);
const parts = new Set<Part>(
  values.only
    ? (values.only.split(',').filter((p) => (ALL as readonly string[]).includes(p)) as Part[])
    : ALL,
);

const measures: Measure[] = [];
const details: Record<string, unknown> = {};
const errors: string[] = [];
const log = (m: string) => console.log(`· ${m}`);

function version(cmd: string | null, args: string[]): string | null {
  if (!cmd) return null;
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0 ? (r.stdout.trim().split('\n')[0] ?? null) : null;
}

/**
 * Alternates baseline and import runs, `repeats` times each; with `cold`, also an import without
 * its preview before it (the import's threads then start with it).
 */
function importVersusBaseline(
  label: string,
  input: Input,
  baseline: ((file: string) => number) | null,
  workspaceDir: string,
  withCold = false,
): { imports: ImportRun[]; baselineMs: number[]; cold: ImportRun[] } {
  const imports: ImportRun[] = [];
  const cold: ImportRun[] = [];
  const baselineMs: number[] = [];
  const checked = (run: ImportRun) => {
    if (run.imported !== ROWS || run.rejected !== 0) {
      throw new Error(`${label}: imported ${run.imported}, rejected ${run.rejected} of ${ROWS} rows`);
    }
    return run;
  };
  for (let i = 0; i < repeats; i++) {
    if (baseline) baselineMs.push(baseline(input.file));
    if (withCold) {
      cold.push(checked(runImport('bundle', bundle.child, input.file, workspaceDir, { cold: true })));
      log(`${label} run ${i + 1}, without a preview: import ${Math.round(cold[i]!.importMs)} ms`);
    }
    const run = checked(runImport('bundle', bundle.child, input.file, workspaceDir));
    imports.push(run);
    log(
      `${label} run ${i + 1}: import ${Math.round(run.importMs)} ms` +
        (baseline ? `, baseline ${Math.round(baselineMs[i] as number)} ms` : '') +
        `, peak RSS ${Math.round(peak(run))} MB` +
        (run.cpuMs === null ? '' : `, process CPU ${Math.round(run.cpuMs)} ms`),
    );
  }
  return { imports, baselineMs, cold };
}

const peak = (r: ImportRun) => Math.max(r.peakRssMb ?? 0, r.timeMaxRssMb ?? 0);

// ---------------------------------------------------------------------------------------------

fs.mkdirSync(TMP, { recursive: true });
const sqlite3 = findTool('sqlite3');
const soffice = findTool('soffice');
const environment = {
  date: new Date().toISOString(),
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? null,
  memoryMb: Math.round(os.totalmem() / 2 ** 20),
  loadAverageAtStart: os.loadavg().map((l) => round(l, 2)),
  node: process.versions.node,
  sqlite3: version(sqlite3, ['--version']),
  soffice: version(soffice, ['--version']),
  gnuTime: hasGnuTime,
  repeats,
};
log(`Node ${environment.node}, ${environment.cpus} CPUs, load ${environment.loadAverageAtStart.join(' ')}`);
if (!sqlite3) log('sqlite3 not found: the CSV imports are measured without their baseline');
if (!soffice)
  log(
    'soffice not found (apt-get install libreoffice-calc-nogui): the XLSX import is measured without its baseline',
  );

log('generating inputs (reused when made by the same generator with the same arguments)…');
function input(id: string, name: string, args: string[]): Input {
  const made = generate(id, name, args, values.regenerate);
  log(
    `${name}: ${(made.bytes / 2 ** 20).toFixed(1)} MB, ${made.generated ? `made in ${Math.round(made.ms)} ms` : 'reused'}`,
  );
  return made;
}
const inputs = {
  csv: input('csv', 'register-100k.csv', ['--rows', String(ROWS), '--seed', '1']),
  gbk: input('gbk', 'register-100k-gbk.csv', ['--rows', String(ROWS), '--seed', '1', '--encoding', 'gbk']),
  xlsx: input('xlsx', 'register-100k-messy.xlsx', [
    '--rows',
    String(ROWS),
    '--seed',
    '1',
    '--format',
    'xlsx',
    '--headers',
    'messy',
    '--title',
  ]),
};

log('bundling the import as the desktop app ships it (esbuild, bundled job threads)…');
const bundle = await bundleImportChild();

const registerDir = path.join(TMP, 'ws-register');
let registerWorkspace: { file: string; enterpriseId: number } | null = null;

async function section(name: string, body: () => Promise<void> | void): Promise<void> {
  try {
    await body();
  } catch (e) {
    const message = e instanceof Error ? (e.stack ?? e.message) : String(e);
    errors.push(`${name}: ${message}`);
    console.error(`✗ ${name} could not be measured:\n${message}`);
  }
}

// 1. CSV, UTF-8 — also leaves the 100k-row workspace the page and browser measures use.
if (
  parts.has('csv') ||
  parts.has('page') ||
  parts.has('indicators') ||
  parts.has('planning') ||
  parts.has('handoff') ||
  parts.has('browser') ||
  parts.has('startup')
) {
  await section('csv', () => {
    const { imports, baselineMs, cold } = importVersusBaseline(
      'CSV UTF-8',
      inputs.csv,
      sqlite3 ? (f) => sqliteImport(sqlite3, f) : null,
      path.join(TMP, 'ws-import'),
      true,
    );
    const last = imports[imports.length - 1] as ImportRun;
    fs.rmSync(registerDir, { recursive: true, force: true });
    fs.renameSync(path.dirname(last.workspace), registerDir);
    registerWorkspace = { file: path.join(registerDir, 'workspace.sqlite'), enterpriseId: last.enterpriseId };
    const baseline = { label: 'sqlite3 .import', value: sqlite3 ? spread(baselineMs) : null };
    measures.push({
      id: 'csv.import',
      label: 'CSV UTF-8 100k import',
      unit: 'ms',
      value: spread(imports.map((r) => r.importMs)),
      baseline,
      target: { on: 'ratio', max: 2.0 },
      note: `after its preview, as in the app (preview ${Math.round(Math.min(...imports.map((r) => r.previewMs ?? 0)))} ms, not counted)${sqlite3 ? '' : '; sqlite3 not found: no ratio'}`,
    });
    measures.push({
      id: 'csv.import.cold',
      label: 'CSV UTF-8 100k import without a preview',
      unit: 'ms',
      value: spread(cold.map((r) => r.importMs)),
      baseline,
      note: 'the import and its threads started by the same call (CLI, scripts)',
    });
    measures.push({
      id: 'csv.peakRss',
      label: 'CSV UTF-8 import peak RSS',
      unit: 'MB',
      value: spread(imports.map(peak)),
      pick: 'worst',
    });
    details.csv = imports;
  });
}

// 1a. The floor under the CSV import: its writing half alone, the rows already in memory, and the
// same values bound into a bare table. Alternated with the same baseline.
if (parts.has('floor')) {
  await section('floor', () => {
    const runs: WriteFloorResult[] = [];
    const baselineMs: number[] = [];
    for (let i = 0; i < repeats; i++) {
      if (sqlite3) baselineMs.push(sqliteImport(sqlite3, inputs.csv.file));
      const run = runWriteFloor(inputs.csv.file, path.join(TMP, 'ws-floor'));
      if (run.rows !== ROWS) throw new Error(`write floor: ${run.rows} of ${ROWS} rows`);
      runs.push(run);
      log(
        `CSV write floor run ${i + 1}: write ${Math.round(run.writeMs)} ms (inserts ${Math.round(run.insertMs)}, ` +
          `indexes ${Math.round(run.indexMs)}, commit ${Math.round(run.commitMs)}), bare table ${Math.round(run.bareMs)} ms` +
          (sqlite3 ? `, baseline ${Math.round(baselineMs[i] as number)} ms` : ''),
      );
    }
    const baseline = { label: 'sqlite3 .import', value: sqlite3 ? spread(baselineMs) : null };
    measures.push({
      id: 'csv.writeFloor',
      label: 'CSV 100k: writing alone',
      unit: 'ms',
      value: spread(runs.map((r) => r.writeMs)),
      baseline,
      note: 'rows already read: inserts, index builds, commit; a floor under csv.import',
    });
    measures.push({
      id: 'csv.bareInsert',
      label: 'CSV 100k: values into a bare table',
      unit: 'ms',
      value: spread(runs.map((r) => r.bareMs)),
      baseline,
      note: 'better-sqlite3 binding the same values, no checks or indexes',
    });
    details.floor = runs;
  });
}

// 1b. GBK
if (parts.has('gbk')) {
  await section('gbk', () => {
    const { imports, baselineMs } = importVersusBaseline(
      'CSV GBK',
      inputs.gbk,
      sqlite3 ? (f) => sqliteImport(sqlite3, f) : null,
      path.join(TMP, 'ws-import'),
    );
    measures.push({
      id: 'gbk.import',
      label: 'CSV GBK 100k import',
      unit: 'ms',
      value: spread(imports.map((r) => r.importMs)),
      baseline: { label: 'sqlite3 .import (same GBK bytes)', value: sqlite3 ? spread(baselineMs) : null },
      target: { on: 'ratio', max: 2.0 },
    });
    details.gbk = imports;
  });
}

// 1c. The same CSV import from the TypeScript sources through tsx (`npm run web`, the CLI): the job
// worker then compiles its modules on start.
if (parts.has('dev')) {
  await section('dev', () => {
    const runs: ImportRun[] = [];
    for (let i = 0; i < repeats; i++) {
      runs.push(runImport('tsx', bundle.child, inputs.csv.file, path.join(TMP, 'ws-import')));
      log(`CSV UTF-8 via tsx run ${i + 1}: import ${Math.round((runs[i] as ImportRun).importMs)} ms`);
    }
    const csvBase = measures.find((m) => m.id === 'csv.import')?.baseline;
    measures.push({
      id: 'csv.import.tsx',
      label: 'CSV UTF-8 100k import, from sources (tsx)',
      unit: 'ms',
      value: spread(runs.map((r) => r.importMs)),
      ...(csvBase ? { baseline: csvBase } : {}),
      note: 'npm run web / CLI path; informational',
    });
    details.dev = runs;
  });
}

// 2. XLSX, messy headers and a title row.
if (parts.has('xlsx')) {
  await section('xlsx', () => {
    let sofficeOk = soffice !== null;
    if (soffice) {
      log('LibreOffice warm-up (profile creation, not timed)…');
      try {
        sofficeConvert(soffice, inputs.xlsx.file);
      } catch (e) {
        sofficeOk = false;
        log(`soffice could not convert: ${(e as Error).message.slice(0, 300)}`);
      }
    }
    const { imports, baselineMs } = importVersusBaseline(
      'XLSX messy',
      inputs.xlsx,
      sofficeOk && soffice ? (f) => sofficeConvert(soffice, f) : null,
      path.join(TMP, 'ws-import'),
    );
    measures.push({
      id: 'xlsx.import',
      label: 'XLSX 100k import (messy, title)',
      unit: 'ms',
      value: spread(imports.map((r) => r.importMs)),
      baseline: {
        label: 'soffice --convert-to csv',
        value: sofficeOk ? spread(baselineMs) : null,
      },
      target: { on: 'ratio', max: 0.75 },
      ...(sofficeOk ? {} : { note: 'soffice not available: no ratio' }),
    });
    measures.push({
      id: 'xlsx.peakRss',
      label: 'XLSX import peak RSS (process incl. worker)',
      unit: 'MB',
      value: spread(imports.map(peak)),
      pick: 'worst',
      target: { on: 'value', max: 400 },
    });
    details.xlsx = imports;
  });
}

// 3. Pages of the register in the core.
if (parts.has('page')) {
  await section('page', async () => {
    if (!registerWorkspace) throw new Error('no 100k-row workspace (the CSV import failed)');
    const { file, enterpriseId } = registerWorkspace;
    const core = await Core.open({ workspacePath: file, autoBackupEveryMs: 0 });
    try {
      const queries = await resolveQueries(core, enterpriseId);
      await pageRound(core, enterpriseId, queries); // warm-up: statement cache, page cache, JIT
      const rounds: PageRound[] = [];
      const counts: { p50: number; p95: number }[] = [];
      for (let i = 0; i < repeats; i++) {
        counts.push(countRound(file, queries.length));
        rounds.push(await pageRound(core, enterpriseId, queries));
        log(
          `pages round ${i + 1}: p50 ${(rounds[i] as PageRound).p50.toFixed(1)} ms, p95 ${(rounds[i] as PageRound).p95.toFixed(1)} ms, ` +
            `max ${(rounds[i] as PageRound).max.toFixed(1)} ms; scrolling on p95 ${(rounds[i] as PageRound).scroll.p95.toFixed(1)} ms; count(*) p95 ${(counts[i] as { p95: number }).p95.toFixed(2)} ms`,
        );
      }
      const countBaseline = {
        label: 'SELECT count(*) FROM equipment (p95)',
        value: spread(counts.map((c) => c.p95)),
      };
      measures.push({
        id: 'page.p50',
        label: `Page of 100, p50 of ${queries.length} queries`,
        unit: 'ms',
        value: spread(rounds.map((r) => r.p50)),
        baseline: { label: 'SELECT count(*) FROM equipment (p50)', value: spread(counts.map((c) => c.p50)) },
      });
      measures.push({
        id: 'page.p95',
        label: `Page of 100, p95 of ${queries.length} queries`,
        unit: 'ms',
        value: spread(rounds.map((r) => r.p95)),
        baseline: countBaseline,
        target: { on: 'value', max: 30 },
      });
      measures.push({
        id: 'page.scroll.p95',
        label: `Page of 100 while scrolling on, p95 of ${(rounds[0] as PageRound).scroll.pages} pages`,
        unit: 'ms',
        value: spread(rounds.map((r) => r.scroll.p95)),
        baseline: countBaseline,
      });
      details.page = { queries: queries.length, rounds };
    } finally {
      core.close();
    }
  });
}

// 4. Indicators and readiness scores of the 100k-row register in the core.
if (parts.has('indicators')) {
  await section('indicators', async () => {
    if (!registerWorkspace) throw new Error('no 100k-row workspace (the CSV import failed)');
    const { file, enterpriseId } = registerWorkspace;
    measures.push(...(await indicatorsBench(file, enterpriseId, repeats, log)));
    measures.push(...(await readinessBench(file, enterpriseId, repeats, log)));
  });
}

// 4b. Planning: proposals, projects made of them, and two scenarios compared, on a copy.
if (parts.has('planning')) {
  await section('planning', async () => {
    if (!registerWorkspace) throw new Error('no 100k-row workspace (the CSV import failed)');
    const { file, enterpriseId } = registerWorkspace;
    measures.push(...(await planningBench(file, enterpriseId, repeats, log)));
  });
}

// 4c. Hand-off: the 100k-row client exported, previewed and imported into a fresh workspace.
if (parts.has('handoff')) {
  await section('handoff', async () => {
    if (!registerWorkspace) throw new Error('no 100k-row workspace (the CSV import failed)');
    const { file, enterpriseId } = registerWorkspace;
    measures.push(...(await handoffBench(file, enterpriseId, repeats, log)));
  });
}

// 4d. A consultant's big workspace: 50 clients × 20k rows, 500 projects, 200 attachments.
if (parts.has('load')) {
  await section('load', async () => {
    measures.push(...(await loadBench(repeats, log)));
  });
}

// 5. The register page in Chromium.
if (parts.has('browser')) {
  await section('browser', async () => {
    if (!registerWorkspace) throw new Error('no 100k-row workspace (the CSV import failed)');
    log('register page in Chromium (builds the renderer first)…');
    const outcome: BrowserOutcome = await browserBench(
      registerWorkspace.file,
      registerWorkspace.enterpriseId,
      Math.max(1, Number(values['browser-repeats']) || 2),
    );
    if (!outcome.ok) {
      log(outcome.reason);
      for (const [id, label] of [
        ['browser.firstRows', 'Register page: first rows (in app)'],
        ['browser.scrollLongTask', 'Register table scroll: longest task'],
      ] as const) {
        measures.push({ id, label, unit: 'ms', value: null, skipped: outcome.reason });
      }
      details.browser = { skipped: outcome.reason };
      return;
    }
    const runs = outcome.runs;
    measures.push({
      id: 'browser.firstRows',
      label: 'Register page: first rows (in app)',
      unit: 'ms',
      value: spread(runs.map((r) => r.inAppFirstRowsMs)),
      target: { on: 'value', max: 1000 },
    });
    measures.push({
      id: 'browser.firstRowsCold',
      label: 'Register page: first rows (cold load)',
      unit: 'ms',
      value: spread(runs.map((r) => r.coldFirstRowsMs)),
      target: { on: 'value', max: 1000 },
    });
    measures.push({
      id: 'browser.scrollLongTask',
      label: 'Scroll end to end: longest task',
      unit: 'ms',
      value: spread(runs.map((r) => r.scroll.maxLongTaskMs)),
      pick: 'worst',
      target: { on: 'value', max: 100 },
      note:
        `long tasks > 100 ms per run: ${runs.map((r) => r.scroll.longTasksOver100).join(', ')}; ` +
        `all long tasks: ${runs.map((r) => r.scroll.longTasks).join(', ')}; ` +
        `scroll steps: ${runs.map((r) => `${r.scroll.steps} in ${(r.scroll.ms / 1000).toFixed(0)} s`).join(', ')}` +
        (runs.every((r) => r.scroll.reachedEnd) ? '' : '; the scroll did not reach the last row'),
    });
    details.browser = runs;
  });
}

// 6. Start-up: the entry's size and the first page (portfolio) interactive in Chromium.
if (parts.has('startup')) {
  await section('startup', async () => {
    if (!registerWorkspace) throw new Error('no 100k-row workspace (the CSV import failed)');
    log('start-up in Chromium (builds the renderer into bench/tmp first)…');
    const outcome = await startupBench(registerWorkspace.file, Math.max(1, repeats));
    if (!outcome.ok) {
      log(outcome.reason);
      measures.push({
        id: 'startup.interactive',
        label: 'First page (portfolio) interactive',
        unit: 'ms',
        value: null,
        skipped: outcome.reason,
      });
      details.startup = { skipped: outcome.reason };
      return;
    }
    const { sizes, runs } = outcome;
    const kb = (bytes: number) => spread([bytes / 1024]);
    measures.push(
      { id: 'startup.entryJs', label: 'Entry JS (raw)', unit: 'KB', value: kb(sizes.js.raw) },
      { id: 'startup.entryJsGzip', label: 'Entry JS (gzip)', unit: 'KB', value: kb(sizes.js.gzip) },
      { id: 'startup.entryCss', label: 'Entry CSS (raw)', unit: 'KB', value: kb(sizes.css.raw) },
      { id: 'startup.entryCssGzip', label: 'Entry CSS (gzip)', unit: 'KB', value: kb(sizes.css.gzip) },
      {
        id: 'startup.firstPageJs',
        label: 'First page JS loaded (raw)',
        unit: 'KB',
        value: kb(runs[0]?.loadedJs.raw ?? 0),
        note:
          `gzip ${Math.round((runs[0]?.loadedJs.gzip ?? 0) / 1024)} KB in ${runs[0]?.loadedJs.files.length ?? 0} files; ` +
          (outcome.chartOrExportLoaded.length
            ? `chart or export code loaded: ${outcome.chartOrExportLoaded.join(', ')}`
            : 'no chart or export code loaded'),
      },
      {
        id: 'startup.interactive',
        label: 'First page (portfolio) interactive, cold',
        unit: 'ms',
        value: spread(runs.map((r) => r.interactiveMs)),
        note: `first row at ${runs.map((r) => Math.round(r.firstRowMs)).join(', ')} ms`,
      },
    );
    details.startup = { sizes, runs, chartOrExportLoaded: outcome.chartOrExportLoaded };
  });
}

// ---------------------------------------------------------------------------------------------

const results = measures.map(evaluate);
console.log('');
console.log(table(results));
for (const r of results) if (r.note) console.log(`  ${r.label}: ${r.note}`);
console.log(
  `\nBest of ${repeats} runs; load average at the end ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}.`,
);

const out = values.out ? path.resolve(values.out) : path.join(REPO, 'bench', 'results.json');
// Formatted as the repository's Prettier formats JSON, so `npm run lint` passes with it in place.
fs.writeFileSync(
  out,
  await format(
    JSON.stringify(
      {
        environment: { ...environment, loadAverageAtEnd: os.loadavg().map((l) => round(l, 2)) },
        inputs: Object.values(inputs).map((i) => ({
          id: i.id,
          file: path.relative(REPO, i.file),
          args: i.args,
          bytes: i.bytes,
        })),
        measures: results,
        details,
        errors,
      },
      (_k, v: unknown) =>
        typeof v === 'number' && !Number.isInteger(v) ? round(v, Math.abs(v) < 1 ? 4 : 2) : v,
    ),
    { ...(await resolveConfig(out)), parser: 'json' },
  ),
);
console.log(`wrote ${path.relative(REPO, out)}`);
if (errors.length > 0) {
  console.error(`${errors.length} part(s) could not be measured`);
  process.exitCode = 1;
}
