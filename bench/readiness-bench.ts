/**
 * Readiness of a 100,000-row register in the core: `core.call('readiness.compute')` (the grouped
 * register query and the indicators, then the readiness measures, row-set counts, answers and the
 * effect of every action) against `indicators.compute` on the same workspace, alternating in one
 * run, so that the ratio is what readiness adds to the indicators. Also times creating an
 * assessment, whose suggestions read the same 100,000 rows, and listing an action's rows.
 * Run by `npm run bench -- --only indicators` on the bench's 100k-row workspace.
 */
import { Core } from '../electron/core/core';
import { round, spread, timed, type Measure } from './bench-stats';

export async function readinessBench(
  workspace: string,
  enterpriseId: number,
  repeats: number,
  log: (m: string) => void = () => {},
): Promise<Measure[]> {
  const core = await Core.open({ workspacePath: workspace, autoBackupEveryMs: 0 });
  try {
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
