/**
 * Readiness of a 100,000-row register in the core: `core.call('readiness.compute')` (the grouped
 * register query and the indicators, then the readiness measures, row-set counts, answers and the
 * effect of every action) against `indicators.compute` on the same workspace, alternating in one
 * run, so that the ratio is what readiness adds to the indicators. Also times creating an
 * assessment, whose suggestions read the same 100,000 rows, and listing an action's rows.
 *
 * `npx tsx bench/readiness-bench.ts [--repeats N]` works on a copy of the indicators bench's
 * workspace (bench/tmp/ws-indicators, made by `npx tsx bench/indicators-bench.ts` when missing).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { Core } from '../electron/core/core';
import { REPO, TMP } from './bench-inputs';
import { evaluate, round, spread, table, type Measure } from './bench-stats';

export async function readinessBench(
  workspace: string,
  enterpriseId: number,
  repeats: number,
  log: (m: string) => void = () => {},
): Promise<Measure[]> {
  const core = await Core.open({ workspacePath: workspace, autoBackupEveryMs: 0 });
  try {
    const timed = async <T>(run: () => Promise<T>) => {
      const t0 = performance.now();
      const result = await run();
      return { ms: performance.now() - t0, result };
    };
    const created = await timed(() => core.call('assessment.create', { enterpriseId }));
    const assessmentId = created.result.assessment.id;
    const readiness = () => core.call('readiness.compute', { enterpriseId, assessmentId });
    const indicators = () => core.call('indicators.compute', { enterpriseId });
    // The first calls also prepare their statements and read the register into the page cache.
    const first = await timed(readiness);
    await indicators();
    const readinessMs: number[] = [];
    const indicatorsMs: number[] = [];
    const rowsMs: number[] = [];
    for (let i = 0; i < repeats; i++) {
      indicatorsMs.push((await timed(indicators)).ms);
      readinessMs.push((await timed(readiness)).ms);
      rowsMs.push((await timed(() => core.call('readiness.rows', { enterpriseId, rowSet: 'over_age' }))).ms);
      log(
        `readiness run ${i + 1}: readiness ${readinessMs[i]?.toFixed(1)} ms, indicators ${indicatorsMs[i]?.toFixed(1)} ms, ` +
          `rows ${rowsMs[i]?.toFixed(1)} ms`,
      );
    }
    const scores = first.result.scores.map((s) => `${s.key} ${s.score}`).join(', ');
    const baseline = { label: 'indicators.compute', value: spread(indicatorsMs) };
    return [
      {
        id: 'readiness.compute',
        label: 'Readiness scores of 100k rows (readiness.compute)',
        unit: 'ms',
        value: spread(readinessMs),
        baseline,
        target: { on: 'value', max: 150 },
        note:
          `first call after opening ${round(first.ms)} ms; assessment.create with suggestions ` +
          `${round(created.ms)} ms; scores ${scores}`,
      },
      {
        id: 'readiness.rows',
        label: "An action's rows (readiness.rows, over-age)",
        unit: 'ms',
        value: spread(rowsMs),
        baseline,
      },
    ];
  } finally {
    core.close();
  }
}

/** A copy of the indicators bench's workspace, taken with SQLite's backup API. */
async function benchWorkspace(): Promise<{ file: string; enterpriseId: number }> {
  const source = path.join(TMP, 'ws-indicators');
  const stamp = path.join(source, 'enterprise.json');
  if (!fs.existsSync(stamp)) {
    execFileSync(
      process.execPath,
      [path.join(REPO, 'node_modules/tsx/dist/cli.mjs'), 'bench/indicators-bench.ts', '--repeats', '1'],
      {
        cwd: REPO,
        stdio: 'inherit',
      },
    );
  }
  const dir = path.join(TMP, 'ws-readiness');
  const file = path.join(dir, 'workspace.sqlite');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const db = new Database(path.join(source, 'workspace.sqlite'), { readonly: true, fileMustExist: true });
  try {
    await db.backup(file);
  } finally {
    db.close();
  }
  return { file, enterpriseId: (JSON.parse(fs.readFileSync(stamp, 'utf8')) as { id: number }).id };
}

const isEntry =
  process.argv[1] &&
  path.resolve(process.argv[1]).replace(/\.[cm]?[jt]s$/, '') ===
    path.resolve(import.meta.dirname, 'readiness-bench');
if (isEntry) {
  const { values } = parseArgs({ options: { repeats: { type: 'string', default: '7' } }, strict: true });
  const log = (m: string) => console.log(`· ${m}`);
  const { file, enterpriseId } = await benchWorkspace();
  const measures = await readinessBench(file, enterpriseId, Math.max(1, Number(values.repeats) || 7), log);
  const results = measures.map(evaluate);
  console.log(`\n${table(results)}`);
  for (const r of results) if (r.note) console.log(`  ${r.label}: ${r.note}`);
}
