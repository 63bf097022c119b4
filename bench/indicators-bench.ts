/**
 * Indicators of a 100,000-row register in the core: `core.call('indicators.compute')` (validation,
 * the enterprise's figures, the grouped register query, the arithmetic in shared/) against `SELECT
 * count(*) FROM equipment` on a connection of its own to the same file, alternating in one run.
 *
 * Run by `npm run bench -- --only indicators` on the bench's 100k-row workspace.
 */
import Database from 'better-sqlite3';
import { Core } from '../electron/core/core';
import { IN_SERVICE_STATUSES } from '../shared/indicators/register-groups';
import { round, spread, timed, type Measure } from './bench-stats';
import { countRound } from './page-bench';

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
