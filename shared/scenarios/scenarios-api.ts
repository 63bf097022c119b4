/** What the scenarios' API calls take and return (issue 5, "Scenarios"). */
import { z } from 'zod';
import type { AssessmentSummary } from '../assessment/assessment-api';
import { EntityId } from '../enterprise/enterprise-schema';
import { ReferenceYear } from '../indicators/indicators-api';
import type { ScenarioFigures } from './scenario-figures';
import type { AssumedChanges, MappingKey } from './register-after-plan';
import type { ReadinessSnapshot } from './readiness-snapshot';

/** More side by side would not fit a screen or a printed page. */
export const MAX_SETS = 8;
/** Projects in one scenario: far more than any plan holds, low enough to keep a compare quick. */
export const MAX_PROJECTS = 200;
/** Rows listed one by one in each scenario's assumed changes unless the call asks otherwise. */
export const DEFAULT_ROW_LIMIT = 200;

export const ScenarioName = z.string().trim().min(1).max(100);

export const ProjectIdsSchema = z
  .array(EntityId)
  .max(MAX_PROJECTS)
  .superRefine((ids, ctx) => {
    const seen = new Set<number>();
    ids.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: 'validation.duplicate', path: [i] });
      seen.add(id);
    });
  });

export const ScenarioCreateSchema = z.strictObject({
  enterpriseId: EntityId,
  name: ScenarioName,
  /** In the order they are listed; a project may be in several scenarios. */
  projectIds: ProjectIdsSchema,
});

export const ScenarioUpdateSchema = z.strictObject({
  id: EntityId,
  changes: z.strictObject({ name: ScenarioName.optional(), projectIds: ProjectIdsSchema.optional() }),
});

const countIssue = (n: number, path: string, ctx: z.RefinementCtx) => {
  if (n < 1) ctx.addIssue({ code: 'custom', message: 'scenarios.tooFewSets', path: [path], params: {} });
  if (n > MAX_SETS) {
    ctx.addIssue({
      code: 'custom',
      message: 'scenarios.tooManySets',
      path: [path],
      params: { maximum: MAX_SETS, count: n },
    });
  }
};

/**
 * Stored scenarios by id, or sets given with the call (a consultant's what-if, nothing stored);
 * exactly one of the two.
 */
export const ScenarioCompareSchema = z
  .strictObject({
    enterpriseId: EntityId,
    scenarioIds: z.array(EntityId).max(100).optional(),
    sets: z
      .array(z.strictObject({ name: ScenarioName, projectIds: ProjectIdsSchema }))
      .max(100)
      .optional(),
    /** The year readiness is counted to, before and after alike; default this year. */
    year: ReferenceYear.optional(),
    /** For NPV and IRR; default the projects' own when they all agree, else 8 % over 10 years. */
    discountRate: z.number().finite().min(0).max(1).optional(),
    horizonYears: z.number().int().min(1).max(50).optional(),
    /** Rows listed one by one in each scenario's assumed changes (the tallies always cover all). */
    rowLimit: z.number().int().min(0).max(1_000_000).optional(),
  })
  .superRefine((input, ctx) => {
    if ((input.scenarioIds === undefined) === (input.sets === undefined)) {
      ctx.addIssue({ code: 'custom', message: 'scenarios.idsOrSets', path: ['sets'] });
      return;
    }
    if (input.scenarioIds) {
      countIssue(input.scenarioIds.length, 'scenarioIds', ctx);
      const seen = new Set<number>();
      input.scenarioIds.forEach((id, i) => {
        if (seen.has(id))
          ctx.addIssue({ code: 'custom', message: 'validation.duplicate', path: ['scenarioIds', i] });
        seen.add(id);
      });
    }
    if (input.sets) countIssue(input.sets.length, 'sets', ctx);
  });

export interface Scenario {
  id: number;
  enterpriseId: number;
  name: string;
  /** Live projects, in the order listed; a deleted project drops out until its deletion is undone. */
  projectIds: number[];
  createdAt: string;
  updatedAt: string;
}

export interface ScenarioComparison {
  /** Its stored id; null for a set given with the call. */
  scenarioId: number | null;
  name: string;
  projectIds: number[];
  figures: ScenarioFigures;
  /** Readiness with the register changed as if every project were done. */
  readinessAfter: ReadinessSnapshot;
  /** Points after − before, by readiness key. */
  readinessDelta: Record<string, number>;
  /** What the recomputation assumed each linked register row becomes. */
  changes: AssumedChanges;
}

export interface ScenarioComparisonReport {
  enterpriseId: number;
  referenceYear: number;
  /** The self-assessment whose answers feed the scores, before and after alike (the newest). */
  assessment: AssessmentSummary | null;
  /** Readiness of the register as it is, with the same assessment and year. */
  baseline: ReadinessSnapshot;
  scenarios: ScenarioComparison[];
  /** In words: what each kind of line is assumed to do to its rows. */
  mappings: Record<MappingKey, { zh: string; en: string }>;
  /** How support is counted. */
  supportRule: { zh: string; en: string };
  /** How the readiness after the plan is computed. */
  readinessRule: { zh: string; en: string };
}
