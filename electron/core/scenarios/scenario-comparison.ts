/**
 * Scenarios side by side: each set's money (projectFigures summed, the best eligible programme per
 * project) and the readiness scores before and after the plan. Read in one snapshot, so that the
 * projects, the register and the funding packs come from the same moment.
 */
import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../../shared/api/contract';
import { AppError, type FieldIssue } from '../../../shared/api/errors';
import type { Enterprise } from '../../../shared/enterprise/enterprise-schema';
import { evaluatePacks } from '../../../shared/funding/evaluate-programmes';
import type { FundingPack } from '../../../shared/funding/pack-schema';
import { projectSubject } from '../../../shared/funding/project-subject';
import { computeIndicators } from '../../../shared/indicators/compute-indicators';
import type { RegisterGroup } from '../../../shared/indicators/register-groups';
import type { Answers } from '../../../shared/assessment/maturity-scoring';
import type { ProjectDetail } from '../../../shared/projects/projects-api';
import { computeReadiness } from '../../../shared/readiness/compute-readiness';
import {
  CHANGE_MAPPINGS,
  registerAfterPlan,
  type LinkedRow,
  type PlanLine,
} from '../../../shared/scenarios/register-after-plan';
import { readinessDelta, readinessSnapshot } from '../../../shared/scenarios/readiness-snapshot';
import { scenarioFigures } from '../../../shared/scenarios/scenario-figures';
import { DEFAULT_ROW_LIMIT, type ScenarioComparisonReport } from '../../../shared/scenarios/scenarios-api';
import { chooseSupport, SUPPORT_RULE, type SupportChoice } from '../../../shared/scenarios/support-choice';
import { AssessmentRepository, answersOf } from '../assessment/assessment-repository';
import { EnterpriseRepository } from '../enterprises/enterprise-repository';
import { FundingPackStore } from '../funding/funding-pack-store';
import { ProjectRepository } from '../projects/project-repository';
import { registerGroups } from '../indicators/register-traits';
import { linkedRows } from './linked-rows';
import { ScenarioRepository } from './scenario-repository';

export const READINESS_RULE = {
  zh: '“实施后”就绪度：把方案中各项目条目所连的台账设备按“假设的台账变化”改动后重新计算，其余设备、企业填报数据、自评答案和基准年都与“现状”相同，因此差值只反映方案本身',
  en: '"After the plan": readiness recomputed with the register rows the projects\' lines name changed as listed under "assumed register changes"; every other row, the profile figures, the self-assessment answers and the reference year stay as in "now", so the difference reflects the plan alone',
};

type CompareInput = ParsedInput<'scenarios.compare'>;

interface ResolvedSet {
  scenarioId: number | null;
  name: string;
  projectIds: number[];
}

function resolveSets(db: Database.Database, now: () => Date, input: CompareInput): ResolvedSet[] {
  const scenarios = new ScenarioRepository(db, now);
  if (input.sets) {
    input.sets.forEach((s, i) =>
      scenarios.assertProjects(input.enterpriseId, s.projectIds, ['sets', i, 'projectIds']),
    );
    return input.sets.map((s) => ({ scenarioId: null, name: s.name, projectIds: s.projectIds }));
  }
  const ids = input.scenarioIds ?? [];
  const found = ids.map((id) => scenarios.get(id)); // NOT_FOUND for an unknown or deleted one
  const issues: FieldIssue[] = found.flatMap((s, i) =>
    s.enterpriseId === input.enterpriseId
      ? []
      : [{ path: ['scenarioIds', i], key: 'scenarios.otherEnterprise', params: { id: s.id } }],
  );
  if (issues.length > 0) throw new AppError('VALIDATION', {}, issues);
  return found.map((s) => ({ scenarioId: s.id, name: s.name, projectIds: s.projectIds }));
}

/** The year the project's changes take effect: its end date's, else its start date's. */
function planYear(p: ProjectDetail, referenceYear: number): number {
  const date = p.endDate ?? p.startDate;
  return date ? Number(date.slice(0, 4)) : referenceYear;
}

function planLines(p: ProjectDetail, referenceYear: number): PlanLine[] {
  const year = planYear(p, referenceYear);
  return p.lines
    .filter((l) => l.equipment.length > 0)
    .map((l) => ({
      projectId: p.id,
      lineId: l.id,
      name: l.name,
      amountFen: l.amountFen,
      intelligent: l.intelligent,
      opportunityId: l.opportunityId,
      planYear: year,
      links: l.equipment.map((e) => ({ equipmentId: e.equipmentId, relation: e.relation })),
    }));
}

/** The support each project would get on its own, as funding.evaluate with its projectId judges it. */
function supportOf(enterprise: Enterprise, packs: readonly FundingPack[], p: ProjectDetail): SupportChoice {
  return chooseSupport(
    evaluatePacks(packs, projectSubject(enterprise, p, p.figures)),
    p.figures.investment.totalFen,
  );
}

function readinessOf(
  groups: readonly RegisterGroup[],
  enterprise: Enterprise,
  referenceYear: number,
  answers: Answers | null,
) {
  const report = computeIndicators({ groups, years: enterprise.years, referenceYear });
  return readinessSnapshot(
    computeReadiness({ report, groups, answers, industryDivision: enterprise.industryDivision }),
  );
}

export function compareScenarios(
  db: Database.Database,
  now: () => Date,
  input: CompareInput,
): ScenarioComparisonReport {
  return db.transaction((): ScenarioComparisonReport => {
    const enterprise = new EnterpriseRepository(db, now).get(input.enterpriseId);
    const referenceYear = input.year ?? now().getFullYear();
    const sets = resolveSets(db, now, input);

    const projects = new ProjectRepository(db, now);
    const packs = new FundingPackStore(db, now).packs().map((p) => p.pack);
    const details = new Map<number, { project: ProjectDetail; support: SupportChoice; lines: PlanLine[] }>();
    for (const id of new Set(sets.flatMap((s) => s.projectIds))) {
      const project = projects.detail(id);
      details.set(id, {
        project,
        support: supportOf(enterprise, packs, project),
        lines: planLines(project, referenceYear),
      });
    }

    const groups = registerGroups(db, input.enterpriseId);
    const latest = new AssessmentRepository(db, now).latest(input.enterpriseId);
    const answers = latest ? answersOf(latest.answers) : null;
    const baseline = readinessOf(groups, enterprise, referenceYear, answers);

    const equipmentIds = new Set<number>();
    for (const d of details.values())
      for (const l of d.lines) for (const e of l.links) equipmentIds.add(e.equipmentId);
    const rows: LinkedRow[] = linkedRows(db, input.enterpriseId, [...equipmentIds]);

    return {
      enterpriseId: input.enterpriseId,
      referenceYear,
      assessment: latest?.assessment ?? null,
      baseline,
      scenarios: sets.map((set) => {
        const members = set.projectIds.map((id) => details.get(id)!);
        // Each scenario judges its own projects: the support choice's "shared" marks are per set.
        const figures = scenarioFigures(
          members.map((m) => ({ project: m.project, support: { ...m.support, sharedWith: [] } })),
          input,
        );
        const after = registerAfterPlan({
          groups,
          rows,
          lines: members.flatMap((m) => m.lines),
          rowLimit: input.rowLimit ?? DEFAULT_ROW_LIMIT,
        });
        const readinessAfter = readinessOf(after.groups, enterprise, referenceYear, answers);
        return {
          scenarioId: set.scenarioId,
          name: set.name,
          projectIds: set.projectIds,
          figures,
          readinessAfter,
          readinessDelta: readinessDelta(baseline, readinessAfter),
          changes: after.changes,
        };
      }),
      mappings: CHANGE_MAPPINGS,
      supportRule: SUPPORT_RULE,
      readinessRule: READINESS_RULE,
    };
  })();
}
