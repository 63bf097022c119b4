/**
 * A retrofit project as the API takes and returns it (issue 5): its plan, line items, financing and
 * benefits. Money is integer fen throughout, so that every total is exactly the sum of its lines.
 */
import { z } from 'zod';
import { isCalendarDate } from '../assessment/assessment-api';
import { ENERGY_SOURCE_CODES, type EnergySourceCode } from '../enterprise/energy-sources';
import { EntityId, optionalText } from '../enterprise/enterprise-schema';
import { EnergyBasisSchema, type EnergyBasisInput } from '../energy/energy-basis';
import { StatedProjectFactsSchema, type StatedProjectFacts } from '../funding/funding-subject';
import { hasAtMostTwoDecimals, MAX_YUAN } from '../money';
import { DIRECTION_CODES, type DirectionCode } from './directions';

export const LINE_CATEGORIES = ['equipment', 'software', 'installation', 'construction', 'other'] as const;
export type LineCategory = (typeof LINE_CATEGORIES)[number];

/** What a line does to the register rows it names. */
export const LINK_RELATIONS = ['replaces', 'upgrades', 'retires'] as const;
export type LinkRelation = (typeof LINK_RELATIONS)[number];

export const ORIGINS = ['domestic', 'imported'] as const;
export type Origin = (typeof ORIGINS)[number];

export const FINANCING_KINDS = ['own', 'loan', 'leasing', 'subsidy'] as const;
export type FinancingKind = (typeof FINANCING_KINDS)[number];

export const PROJECT_STATUSES = ['draft', 'planned', 'in_progress', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const MAX_FEN = MAX_YUAN * 100;
const Fen = z.number().int().min(0).max(MAX_FEN);
/** A yearly saving may be negative: a measure that adds a cost. */
const SignedFen = z.number().int().min(-MAX_FEN).max(MAX_FEN);
const DateField = z.string().max(10).refine(isCalendarDate, { message: 'assessment.dateInvalid' });
const Name = z.string().trim().min(1).max(200);

export const MilestoneSchema = z.strictObject({
  name: Name,
  date: DateField.nullable().optional(),
  done: z.boolean().optional(),
});

const projectFields = {
  name: Name,
  direction: z.enum(DIRECTION_CODES),
  description: optionalText(5000),
  site: optionalText(200),
  startDate: DateField.nullable().optional(),
  endDate: DateField.nullable().optional(),
  status: z.enum(PROJECT_STATUSES).optional(),
  /** Replaces the whole list when given. */
  milestones: z.array(MilestoneSchema).max(100).optional(),
  /** A fraction: 0.08 for 8 % a year. */
  discountRate: z.number().finite().min(0).max(1).optional(),
  horizonYears: z.number().int().min(1).max(50).optional(),
  /** The grid factor and coal coefficients the project's tce and CO₂ use. */
  energyBasis: EnergyBasisSchema.optional(),
  /** Facts for the funding programmes that the plan does not give; replaced as a whole. */
  statedFacts: StatedProjectFactsSchema.optional(),
};

type Dated = { startDate?: string | null; endDate?: string | null };
/** Dates are YYYY-MM-DD, so their text order is their calendar order. */
function datesInOrder(p: Dated, ctx: z.RefinementCtx): void {
  if (p.startDate && p.endDate && p.endDate < p.startDate) {
    ctx.addIssue({ code: 'custom', message: 'projects.endBeforeStart', path: ['endDate'] });
  }
}

export const ProjectFieldsSchema = z.strictObject(projectFields).superRefine(datesInOrder);
export const ProjectCreateSchema = z
  .strictObject({ enterpriseId: EntityId, ...projectFields })
  .superRefine(datesInOrder);
export const ProjectChangesSchema = z.strictObject(projectFields).partial().superRefine(datesInOrder);
export type ProjectFields = z.output<typeof ProjectFieldsSchema>;
export type ProjectCreate = z.output<typeof ProjectCreateSchema>;
export type ProjectChanges = z.output<typeof ProjectChangesSchema>;

const lineFields = {
  category: z.enum(LINE_CATEGORIES),
  name: Name,
  model: optionalText(200),
  /** Units, or m² of building works: up to two decimals. */
  quantity: z
    .number()
    .finite()
    .gt(0)
    .max(1_000_000)
    .refine(hasAtMostTwoDecimals, { message: 'projects.quantityDecimals' }),
  unitPriceFen: Fen,
  supplier: optionalText(200),
  origin: z.enum(ORIGINS).nullable().optional(),
  /** The VAT rate included in the price that the enterprise can deduct (0.13); null when none. */
  deductibleVatRate: z.number().finite().min(0).max(0.2).nullable().optional(),
  /** Robots, smart equipment, industrial internet: the part some programmes fund at a higher rate. */
  intelligent: z.boolean().optional(),
  /** The register rows the line replaces, upgrades or retires; replaces the list when given. */
  equipment: z
    .array(z.strictObject({ equipmentId: EntityId, relation: z.enum(LINK_RELATIONS) }))
    .max(100_000)
    .optional(),
  notes: optionalText(2000),
};

/** The amount must stay within what fen can hold exactly. */
function amountInRange(l: { quantity?: number; unitPriceFen?: number }, ctx: z.RefinementCtx): void {
  if (l.quantity === undefined || l.unitPriceFen === undefined) return;
  if (lineAmountFen(l as { quantity: number; unitPriceFen: number }) > MAX_FEN) {
    ctx.addIssue({ code: 'custom', message: 'projects.amountTooLarge', path: ['unitPriceFen'] });
  }
}

export const LineInputSchema = z.strictObject(lineFields).superRefine(amountInRange);
export const LineChangesSchema = z.strictObject(lineFields).partial().superRefine(amountInRange);
export type LineInput = z.output<typeof LineInputSchema>;
export type LineChanges = z.output<typeof LineChangesSchema>;

/** Quantity × unit price, rounded to the fen once per line: the totals add these, never re-multiply. */
export function lineAmountFen(line: { quantity: number; unitPriceFen: number }): number {
  return Math.round(line.quantity * line.unitPriceFen);
}

const financingFields = {
  kind: z.enum(FINANCING_KINDS),
  /** The lender, lessor or programme. */
  source: optionalText(200),
  amountFen: Fen,
  /** Loans and leases: yearly rate as a fraction. */
  annualRate: z.number().finite().min(0).max(1).nullable().optional(),
  termYears: z.number().int().min(1).max(50).nullable().optional(),
  notes: optionalText(2000),
};
export const FinancingInputSchema = z.strictObject(financingFields);
export const FinancingChangesSchema = z.strictObject(financingFields).partial();
export type FinancingInput = z.output<typeof FinancingInputSchema>;
export type FinancingChanges = z.output<typeof FinancingChangesSchema>;

export const EnergyAmountSchema = z.strictObject({
  source: z.enum(ENERGY_SOURCE_CODES),
  /** Saved per year in the source's unit; negative when the project uses more of it. */
  quantity: z.number().finite().min(-1e12).max(1e12),
});

const benefitFields = {
  label: optionalText(200),
  energy: z
    .array(EnergyAmountSchema)
    .max(20)
    .superRefine((energy, ctx) => {
      const seen = new Set<string>();
      energy.forEach((e, i) => {
        if (seen.has(e.source)) {
          ctx.addIssue({ code: 'custom', message: 'validation.duplicate', path: [i, 'source'] });
        }
        seen.add(e.source);
      });
    })
    .optional(),
  /** Energy, labour, maintenance and material costs saved a year, net of costs added. */
  annualCostSavingFen: SignedFen.optional(),
  /** Added output value a year: shown and filed, not a cash flow (it is revenue, not profit). */
  annualOutputValueFen: Fen.optional(),
  /** Operators freed (negative: added), in full-time persons. */
  labourPersons: z.number().finite().min(-1e6).max(1e6).optional(),
  /** CO₂ avoided other than through the energy listed (process gases, refrigerants), tonnes a year. */
  otherCo2Tonnes: z.number().finite().min(-1e9).max(1e9).optional(),
  notes: optionalText(2000),
};
export const BenefitInputSchema = z.strictObject(benefitFields);
export const BenefitChangesSchema = z.strictObject(benefitFields).partial();
export type BenefitInput = z.output<typeof BenefitInputSchema>;
export type BenefitChanges = z.output<typeof BenefitChangesSchema>;

export interface Milestone {
  name: string;
  date: string | null;
  done: boolean;
}

export interface LinkedEquipment {
  equipmentId: number;
  relation: LinkRelation;
  assetCode: string | null;
  name: string;
  /** False once the register row is deleted (it can still come back by undo). */
  live: boolean;
}

export interface ProjectLine {
  id: number;
  category: LineCategory;
  name: string;
  model: string | null;
  quantity: number;
  unitPriceFen: number;
  /** lineAmountFen of the line. */
  amountFen: number;
  supplier: string | null;
  origin: Origin | null;
  deductibleVatRate: number | null;
  intelligent: boolean;
  equipment: LinkedEquipment[];
  /** The accepted opportunity that added the line; null for lines entered by hand. */
  opportunityId: string | null;
  notes: string | null;
}

export interface ProjectFinancing {
  id: number;
  kind: FinancingKind;
  source: string | null;
  amountFen: number;
  annualRate: number | null;
  termYears: number | null;
  notes: string | null;
}

export interface EnergyAmount {
  source: EnergySourceCode;
  quantity: number;
}

export interface ProjectBenefit {
  id: number;
  label: string | null;
  opportunityId: string | null;
  energy: EnergyAmount[];
  annualCostSavingFen: number;
  annualOutputValueFen: number;
  labourPersons: number;
  otherCo2Tonnes: number;
  notes: string | null;
}

export interface Project {
  id: number;
  enterpriseId: number;
  name: string;
  direction: DirectionCode;
  description: string | null;
  site: string | null;
  startDate: string | null;
  endDate: string | null;
  status: ProjectStatus;
  milestones: Milestone[];
  discountRate: number;
  horizonYears: number;
  /** As the user chose it; figures.benefits.energyBasis holds it resolved, with years and bases. */
  energyBasis: EnergyBasisInput;
  /** Filing, energy use and the like, as the user stated them for the funding programmes. */
  statedFacts: StatedProjectFacts;
  lines: ProjectLine[];
  financing: ProjectFinancing[];
  benefits: ProjectBenefit[];
  createdAt: string;
  updatedAt: string;
}

export interface ProjectSummary {
  id: number;
  enterpriseId: number;
  name: string;
  direction: DirectionCode;
  status: ProjectStatus;
  startDate: string | null;
  endDate: string | null;
  totalInvestmentFen: number;
  annualCostSavingFen: number;
  simplePaybackYears: number | null;
  updatedAt: string;
}
