/**
 * Indicators of a 100,000-row register in the core: `core.call('indicators.compute')` (validation,
 * the enterprise's figures, the grouped register query, the arithmetic in shared/) against `SELECT
 * count(*) FROM equipment` on a connection of its own to the same file, alternating in one run.
 *
 * From run-bench (`indicatorsBench(file, enterpriseId, repeats)`) on its 100k-row workspace, or on
 * its own: `npx tsx bench/indicators-bench.ts [--repeats N]`, which imports the bench's 100k-row
 * CSV into bench/tmp/ws-indicators once and reuses it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { Core } from '../electron/core/core';
import { IN_SERVICE_STATUSES } from '../shared/indicators/register-groups';
import { generate, TMP } from './bench-inputs';
import { evaluate, round, spread, table, type Measure } from './bench-stats';
import { countRound } from './page-bench';

const ROWS = 100_000;
/** count(*) takes well under a millisecond: the median of several is the steadier baseline. */
const COUNTS_PER_ROUND = 9;

/**
 * count(*) reads no row, so its ratio says little about the query; one plain pass summing a column
 * over the same live in-service rows is the least any computation over the register must do.
 */
function scanMs(workspace: string, enterpriseId: number): number {
  const db = new Database(workspace, { readonly: true, fileMustExist: true });
  try {
    const scan = db
      .prepare(
        `SELECT total(quantity) FROM equipment WHERE enterprise_id = ? AND deleted_by IS NULL
           AND +status IN (${IN_SERVICE_STATUSES.map(() => '?').join(', ')})`,
      )
      .pluck();
    scan.get(enterpriseId, ...IN_SERVICE_STATUSES);
    const t0 = performance.now();
    scan.get(enterpriseId, ...IN_SERVICE_STATUSES);
    return performance.now() - t0;
  } finally {
    db.close();
  }
}

export async function indicatorsBench(
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
    const compute = () => core.call('indicators.compute', { enterpriseId });
    // The first call also prepares its statements and reads the register into the page cache.
    const first = await timed(compute);
    const rows = first.result.indicators.over_age_share;
    if (rows.denominator + rows.excluded.units === 0) throw new Error('the register is empty');
    const computeMs: number[] = [];
    const countMs: number[] = [];
    const rowsMs: number[] = [];
    const scans: number[] = [];
    for (let i = 0; i < repeats; i++) {
      countMs.push(countRound(workspace, COUNTS_PER_ROUND).p50);
      scans.push(scanMs(workspace, enterpriseId));
      computeMs.push((await timed(compute)).ms);
      rowsMs.push(
        (
          await timed(() =>
            core.call('indicators.rows', { enterpriseId, indicator: 'motor_ie3_share', part: 'excluded' }),
          )
        ).ms,
      );
      log(
        `indicators run ${i + 1}: compute ${computeMs[i]?.toFixed(1)} ms, rows ${rowsMs[i]?.toFixed(1)} ms, ` +
          `count(*) ${countMs[i]?.toFixed(3)} ms, plain scan ${scans[i]?.toFixed(1)} ms`,
      );
    }
    const baseline = { label: 'SELECT count(*) FROM equipment', value: spread(countMs) };
    return [
      {
        id: 'indicators.compute',
        label: 'Indicators of 100k rows (indicators.compute)',
        unit: 'ms',
        value: spread(computeMs),
        baseline,
        target: { on: 'value', max: 150 },
        note:
          `first call after opening ${round(first.ms)} ms (statements prepared, pages read); ` +
          `a plain scan of the same rows (SELECT total(quantity)) ${round(spread(scans).best)} ms`,
      },
      {
        id: 'indicators.rows',
        label: 'Rows behind an indicator (indicators.rows)',
        unit: 'ms',
        value: spread(rowsMs),
        baseline,
      },
    ];
  } finally {
    core.close();
  }
}

/** The bench's 100k-row CSV imported once into a workspace of this bench's own. */
async function standaloneWorkspace(): Promise<{ file: string; enterpriseId: number }> {
  const dir = path.join(TMP, 'ws-indicators');
  const file = path.join(dir, 'workspace.sqlite');
  const stampFile = path.join(dir, 'enterprise.json');
  if (fs.existsSync(file) && fs.existsSync(stampFile)) {
    return { file, enterpriseId: (JSON.parse(fs.readFileSync(stampFile, 'utf8')) as { id: number }).id };
  }
  const csv = generate('csv', 'register-100k.csv', ['--rows', String(ROWS), '--seed', '1'], false);
  fs.rmSync(dir, { recursive: true, force: true });
  const core = await Core.open({ workspacePath: file, autoBackupEveryMs: 0 });
  try {
    const { id } = await core.call('enterprise.create', {
      name: '基准测试企业',
      years: [
        {
          year: new Date().getFullYear() - 1,
          employees: 2000,
          outputValueYuan: 800_000_000,
          newProductOutputYuan: 200_000_000,
          energy: [{ source: 'electricity', quantity: 40_000_000 }],
        },
      ],
    });
    const { fileId } = core.files.registerRead(csv.file);
    const imported = await core.call('equipment.import', { enterpriseId: id, fileId });
    if (imported.imported !== ROWS) throw new Error(`imported ${imported.imported} of ${ROWS} rows`);
    fs.writeFileSync(stampFile, JSON.stringify({ id }));
    return { file, enterpriseId: id };
  } finally {
    core.close();
  }
}

const isEntry =
  process.argv[1] &&
  path.resolve(process.argv[1]).replace(/\.[cm]?[jt]s$/, '') ===
    path.resolve(import.meta.dirname, 'indicators-bench');
if (isEntry) {
  const { values } = parseArgs({ options: { repeats: { type: 'string', default: '5' } }, strict: true });
  const log = (m: string) => console.log(`· ${m}`);
  log('preparing the 100,000-row workspace (made once, then reused)…');
  const { file, enterpriseId } = await standaloneWorkspace();
  const measures = await indicatorsBench(file, enterpriseId, Math.max(1, Number(values.repeats) || 5), log);
  const results = measures.map(evaluate);
  console.log(`\n${table(results)}`);
  for (const r of results) if (r.note) console.log(`  ${r.label}: ${r.note}`);
}
