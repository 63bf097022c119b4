/**
 * Planning on a 100,000-row register in the core: the finder (`opportunities.list`, a few rows per
 * proposal listed), turning every proposal into two projects (`projects.fromOpportunities`: the
 * energy measures, then the rest), and comparing two scenarios of them (`scenarios.compare`: the
 * money of both, the register read once, the readiness before and after each). The baseline, in the
 * same run and alternating with them, is `readiness.compute` on the same register: the comparison
 * does at least that much work (it computes readiness three times here).
 * Run by `npm run bench -- --only planning` on a copy of the bench's 100k-row workspace.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Core } from '../electron/core/core';
import { compatibleChoice } from '../shared/opportunities/competing-measures';
import type { OpportunityReport } from '../shared/opportunities/opportunities-api';
import { round, spread, timed, type Measure } from './bench-stats';

/** Measures that lower energy use: the first project; the others (renewal, MES, robots) the second. */
const ENERGY_RULES = new Set(['motor_upgrade', 'compressor_vsd', 'gas_generator', 'boiler_fuel_switch']);

export async function planningBench(
  workspace: string,
  enterpriseId: number,
  repeats: number,
  log: (m: string) => void = () => {},
): Promise<Measure[]> {
  // The bench writes projects: on a copy, so that the other parts keep the register as imported.
  const dir = path.join(path.dirname(path.dirname(workspace)), 'ws-planning');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'workspace.sqlite');
  fs.copyFileSync(workspace, file);
  const core = await Core.open({ workspacePath: file, autoBackupEveryMs: 0 });
  try {
    const readiness = () => core.call('readiness.compute', { enterpriseId });
    const list = () => core.call('opportunities.list', { enterpriseId, rowLimit: 5 });
    /** The call and readiness, the baseline, timed alternately `repeats` times each. */
    const againstReadiness = async (name: string, call: () => Promise<unknown>) => {
      const callMs: number[] = [];
      const readinessMs: number[] = [];
      for (let i = 0; i < repeats; i++) {
        readinessMs.push((await timed(readiness)).ms);
        callMs.push((await timed(call)).ms);
        log(
          `planning run ${i + 1}: ${name} ${callMs[i]?.toFixed(1)} ms, readiness ${readinessMs[i]?.toFixed(1)} ms`,
        );
      }
      return { callMs, readinessMs };
    };
    await readiness(); // statements prepared, register in the page cache
    const firstList = await timed(list);
    const { callMs: listMs, readinessMs } = await againstReadiness('opportunities.list', list);

    // The energy measures that do not compete for a machine, then everything still open ('all').
    const split = (r: OpportunityReport) =>
      compatibleChoice(
        r.opportunities.filter((o) => ENERGY_RULES.has(o.rule)),
        new Map(),
      ).map((o) => o.id);
    const chosen = { energy: split(firstList.result), other: 'all' as const };
    let rowsNamed = 0;
    const fromMs: number[] = [];
    let projects: { energy: number; other: number } | null = null;
    for (let i = 0; i < repeats; i++) {
      if (projects) {
        // Deleting the projects reopens their proposals for the next run.
        await core.call('projects.delete', { id: projects.energy });
        await core.call('projects.delete', { id: projects.other });
      }
      const made = await timed(async () => {
        const energy = await core.call('projects.fromOpportunities', {
          enterpriseId,
          opportunityIds: chosen.energy,
          project: { name: '节能改造', direction: 'green', endDate: '2026-12-31' },
        });
        const other = await core.call('projects.fromOpportunities', {
          enterpriseId,
          opportunityIds: chosen.other,
          project: { name: '智能化与更新', direction: 'intelligent', endDate: '2027-06-30' },
        });
        rowsNamed = energy.lines.length + other.lines.length;
        return { energy: energy.id, other: other.id };
      });
      projects = made.result;
      fromMs.push(made.ms);
      log(
        `planning run ${i + 1}: projects.fromOpportunities (2 projects, ${rowsNamed} rows) ${made.ms.toFixed(1)} ms`,
      );
    }

    const { energy, other } = projects!;
    const compare = () =>
      core.call('scenarios.compare', {
        enterpriseId,
        sets: [
          { name: '节能', projectIds: [energy] },
          { name: '全部', projectIds: [energy, other] },
        ],
      });
    const firstCompare = await timed(compare);
    const { callMs: compareMs, readinessMs: compareBaseMs } = await againstReadiness(
      'scenarios.compare',
      compare,
    );
    const all = firstCompare.result.scenarios[1]!;
    const baseline = { label: 'readiness.compute', value: spread(readinessMs) };
    const scores = (s: { scores: { key: string; score: number }[] }) =>
      s.scores.map((x) => `${x.key} ${x.score}`).join(', ');
    return [
      {
        id: 'planning.opportunities',
        label: 'Opportunities of 100k rows (opportunities.list, rowLimit 5)',
        unit: 'ms',
        value: spread(listMs),
        baseline,
        note: `${firstList.result.opportunities.length} proposals; first call ${round(firstList.ms)} ms`,
      },
      {
        id: 'planning.fromOpportunities',
        label: 'Every proposal into 2 projects (projects.fromOpportunities)',
        unit: 'ms',
        value: spread(fromMs),
        baseline,
        note: `${rowsNamed} lines written with their register links: ${chosen.energy.length} energy proposals that do not compete, then every proposal still open`,
      },
      {
        id: 'planning.compare',
        label: 'Two scenarios compared (scenarios.compare)',
        unit: 'ms',
        value: spread(compareMs),
        baseline: { label: 'readiness.compute', value: spread(compareBaseMs) },
        note:
          `first call ${round(firstCompare.ms)} ms; ${all.changes.linkedRows} linked rows; ` +
          `readiness now: ${scores(firstCompare.result.baseline)}; after all: ${scores(all.readinessAfter)}`,
      },
    ];
  } finally {
    core.close();
  }
}
