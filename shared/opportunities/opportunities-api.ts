/** What the opportunity finder's API calls take and return. */
import { z } from 'zod';
import { EntityId } from '../enterprise/enterprise-schema';
import type { EnergyAmounts } from '../energy/energy-basis';
import type { EnergySourceCode } from '../enterprise/energy-sources';
import { ReferenceYear } from '../indicators/indicators-api';
import type { DirectionCode } from '../projects/directions';
import type { LineCategory, LinkRelation } from '../projects/project-schema';
import type { ProjectDetail } from '../projects/projects-api';
import type { ClauseCitation, NamedTrade } from '../readiness/policy-clauses';
import type { CategoryCode } from '../register/taxonomy';
import {
  OpportunityAssumptionsSchema,
  type AssumptionName,
  type OpportunityAssumptions,
} from './opportunity-assumptions';
import type { EFFICIENCY_TABLES, EstimateInputs, MissingData, RuleKey } from './opportunity-rules';

/** rule:category:hash of the row ids, e.g. "motor_upgrade:compressor:1a2b3c4d". */
export const OpportunityId = z
  .string()
  .max(80)
  .regex(/^[a-z_]+:[a-z_]+:[0-9a-f]{8}$/, { message: 'opportunities.idFormat' });

export const LangSchema = z.enum(['zh-CN', 'en']);

export const OpportunitiesRequestSchema = z.strictObject({
  enterpriseId: EntityId,
  /** Ages are counted to it; default this year. */
  year: ReferenceYear.optional(),
  assumptions: OpportunityAssumptionsSchema.optional(),
});

/** The list call may cut each proposal's rows short: a large register names tens of thousands. */
export const OpportunitiesListSchema = z.strictObject({
  ...OpportunitiesRequestSchema.shape,
  /** Rows listed per proposal (the first by id); all when omitted. Totals always cover every row. */
  rowLimit: z.number().int().min(0).max(1_000_000).optional(),
});

export type Decision =
  { kind: 'accept'; projectId: number } | { kind: 'dismiss'; reason: string } | { kind: 'undo' };

/**
 * accept: adds the proposal's line items and benefit to the project; dismiss: needs a reason; undo:
 * takes back either (a dismissed proposal is listed again, an accepted one leaves its project).
 * One object with a kind rather than a zod union, so that a wrong kind is reported on `kind`.
 */
export const DecisionSchema = z
  .strictObject({
    kind: z.enum(['accept', 'dismiss', 'undo']),
    projectId: EntityId.optional(),
    reason: z.string().trim().min(1).max(500).optional(),
  })
  .superRefine((d, ctx) => {
    if (d.kind === 'accept' && d.projectId === undefined) {
      ctx.addIssue({ code: 'custom', message: 'validation.required', path: ['projectId'] });
    }
    if (d.kind === 'dismiss' && d.reason === undefined) {
      ctx.addIssue({ code: 'custom', message: 'validation.required', path: ['reason'] });
    }
  })
  .transform((d): Decision =>
    d.kind === 'accept'
      ? { kind: 'accept', projectId: d.projectId as number }
      : d.kind === 'dismiss'
        ? { kind: 'dismiss', reason: d.reason as string }
        : { kind: 'undo' },
  );

export const DecideRequestSchema = z.strictObject({
  ...OpportunitiesRequestSchema.shape,
  opportunityId: OpportunityId,
  decision: DecisionSchema,
  /** The language of the line names and benefit label an acceptance writes (default zh-CN). */
  lang: LangSchema.optional(),
});

export type OpportunityDecision =
  | { kind: 'accepted'; projectId: number; decidedAt: string }
  | { kind: 'dismissed'; reason: string; decidedAt: string };

export interface OpportunityRow {
  equipmentId: number;
  assetCode: string | null;
  name: string;
  quantity: number;
  /** Saved a year by the row, by source (negative: more used). */
  saved: EnergyAmounts;
  costSavingFen: number;
  labourPersons: number;
  unitInvestmentFen: number | null;
  investmentFen: number | null;
  /** What kept part of the estimate out; empty when it is complete. */
  missing: MissingData[];
  inputs: EstimateInputs;
}

export interface Opportunity {
  id: string;
  rule: RuleKey;
  category: CategoryCode;
  title: { zh: string; en: string };
  /** The project direction it belongs to, for the project it is accepted into. */
  direction: DirectionCode;
  clauses: ClauseCitation[];
  /** A retirement of idle equipment rather than a measure in service. */
  retirement: boolean;
  /** Every row, unless the list call's rowLimit cut it short. */
  rows: OpportunityRow[];
  /** How many rows the proposal concerns, listed or not. */
  rowCount: number;
  units: number;
  /** Σ of the rows. */
  saved: EnergyAmounts;
  kwh: number;
  tce: number;
  co2Tonnes: number;
  co2NotCounted: EnergySourceCode[];
  costSavingFen: number;
  labourPersons: number;
  /** Σ of the rows that could be priced; null when none could. */
  investmentFen: number | null;
  paybackYears: number | null;
  /** Rows whose estimate is incomplete, and why. */
  notEstimated: { rows: number; units: number; missing: Partial<Record<MissingData, number>> };
  /** The assumptions it rests on; their values and bases are in the report's `assumptions`. */
  assumptions: readonly AssumptionName[];
  notes: { zh: string; en: string }[];
  /** Other proposals naming some of the same rows: accepting both would count them twice. */
  overlaps: string[];
  /** The line item accepting it writes for each row (quantity and price from the row). */
  line: {
    category: LineCategory;
    relation: LinkRelation;
    intelligent: boolean;
    name: { zh: string; en: string };
  };
  decision: OpportunityDecision | null;
}

export interface OpportunityReport {
  enterpriseId: number;
  referenceYear: number;
  namedTrade: NamedTrade | null;
  assumptions: OpportunityAssumptions;
  tables: typeof EFFICIENCY_TABLES;
  opportunities: Opportunity[];
}

export interface DecisionResult {
  opportunityId: string;
  /** In force after the call; null once undone. */
  decision: OpportunityDecision | null;
  /** The project an acceptance (or its undoing) changed, with its figures. */
  project: ProjectDetail | null;
}
