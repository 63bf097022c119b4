/**
 * What the project forms hold and what the API takes: yuan and percentages on screen, fen and
 * fractions in the API. Each kind has the form values of an item, the full input built from them,
 * the changes against the stored item (only what differs is sent), and where the core's issues
 * land on the form.
 */
import type { MethodInput } from '../../shared/api/contract';
import type { FieldIssue } from '../../shared/api/errors';
import type { EnergySourceCode } from '../../shared/enterprise/energy-sources';
import type { ElectricityCoalBasis } from '../../shared/energy/energy-basis';
import { DEFAULT_GRID_FACTOR, type GridFactorKey } from '../../shared/energy/grid-factors';
import type { DirectionCode } from '../../shared/projects/directions';
import type {
  FinancingKind,
  LineCategory,
  LinkRelation,
  Origin,
  Project,
  ProjectBenefit,
  ProjectFinancing,
  ProjectLine,
  ProjectStatus,
} from '../../shared/projects/project-schema';
import { fenToYuan, yuanToFen } from '../../shared/money';
import { fractionToPercent, percentToFraction } from './project-format';

type LineInput = MethodInput<'projects.addLine'>['line'];
type FinancingInput = MethodInput<'projects.addFinancing'>['financing'];
type BenefitInput = MethodInput<'projects.addBenefit'>['benefit'];
type PlanChanges = MethodInput<'projects.update'>['changes'];
type NamePath = (string | number)[];

/** Blank text is no text: the API stores null for it. */
const text = (s: string | null | undefined): string | null => (s && s.trim() ? s.trim() : null);
const fenOf = (yuan: number | null | undefined): number => yuanToFen(yuan ?? 0);

/** The fields of `next` whose value differs from `before`'s, compared as data. */
export function changedFields<T extends object>(next: T, before: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(before[key])) changes[key] = next[key];
  }
  return changes;
}

/** The form's name for an issue's path inside an item ('line', 'changes'…), via the field table. */
function placeBy(fieldOf: Record<string, string>) {
  return (path: FieldIssue['path']): NamePath | null => {
    const [, field] = path;
    if (typeof field !== 'string') return null;
    return [fieldOf[field] ?? field];
  };
}

// ---- line items --------------------------------------------------------------------------------

/** A register row linked to a line, with what the form shows of it. */
export interface LinkDraft {
  equipmentId: number;
  relation: LinkRelation;
  assetCode: string | null;
  name: string;
  live: boolean;
}

export interface LineFormValues {
  category: LineCategory;
  name: string;
  model: string | null;
  quantity: number | null;
  unitPriceYuan: number | null;
  supplier: string | null;
  origin: Origin | 'unspecified';
  vatPercent: number | null;
  intelligent: boolean;
  notes: string | null;
  equipment: LinkDraft[];
}

export function lineValues(line: ProjectLine | null): LineFormValues {
  return {
    category: line?.category ?? 'equipment',
    name: line?.name ?? '',
    model: line?.model ?? null,
    quantity: line?.quantity ?? 1,
    unitPriceYuan: line ? fenToYuan(line.unitPriceFen) : null,
    supplier: line?.supplier ?? null,
    origin: line?.origin ?? 'unspecified',
    vatPercent: line?.deductibleVatRate == null ? null : fractionToPercent(line.deductibleVatRate),
    intelligent: line?.intelligent ?? false,
    notes: line?.notes ?? null,
    equipment: (line?.equipment ?? []).map((e) => ({ ...e })),
  };
}

export function lineInput(v: LineFormValues): LineInput {
  return {
    category: v.category,
    name: v.name.trim(),
    model: text(v.model),
    quantity: v.quantity ?? 0,
    unitPriceFen: fenOf(v.unitPriceYuan),
    supplier: text(v.supplier),
    origin: v.origin === 'unspecified' ? null : v.origin,
    deductibleVatRate: v.vatPercent == null ? null : percentToFraction(v.vatPercent),
    intelligent: v.intelligent,
    notes: text(v.notes),
    equipment: v.equipment.map((e) => ({ equipmentId: e.equipmentId, relation: e.relation })),
  };
}

export const lineChanges = (v: LineFormValues, line: ProjectLine) =>
  changedFields(lineInput(v), lineInput(lineValues(line)));

export const lineFieldOfIssue = placeBy({
  unitPriceFen: 'unitPriceYuan',
  deductibleVatRate: 'vatPercent',
});

// ---- financing ---------------------------------------------------------------------------------

export interface FinancingFormValues {
  kind: FinancingKind;
  source: string | null;
  amountYuan: number | null;
  ratePercent: number | null;
  termYears: number | null;
  notes: string | null;
}

/** Only loans and leases are repaid with interest over a term. */
export const hasInstalments = (kind: FinancingKind): boolean => kind === 'loan' || kind === 'leasing';

export function financingValues(f: ProjectFinancing | null): FinancingFormValues {
  return {
    kind: f?.kind ?? 'own',
    source: f?.source ?? null,
    amountYuan: f ? fenToYuan(f.amountFen) : null,
    ratePercent: f?.annualRate == null ? null : fractionToPercent(f.annualRate),
    termYears: f?.termYears ?? null,
    notes: f?.notes ?? null,
  };
}

export function financingInput(v: FinancingFormValues): FinancingInput {
  const repaid = hasInstalments(v.kind);
  return {
    kind: v.kind,
    source: text(v.source),
    amountFen: fenOf(v.amountYuan),
    annualRate: repaid && v.ratePercent != null ? percentToFraction(v.ratePercent) : null,
    termYears: repaid ? v.termYears : null,
    notes: text(v.notes),
  };
}

export const financingChanges = (v: FinancingFormValues, f: ProjectFinancing) =>
  changedFields(financingInput(v), financingInput(financingValues(f)));

export const financingFieldOfIssue = placeBy({ amountFen: 'amountYuan', annualRate: 'ratePercent' });

// ---- benefits ----------------------------------------------------------------------------------

export interface EnergyDraft {
  source: EnergySourceCode;
  quantity: number | null;
}

export interface BenefitFormValues {
  label: string | null;
  energy: EnergyDraft[];
  costSavingYuan: number | null;
  outputValueYuan: number | null;
  labourPersons: number | null;
  otherCo2Tonnes: number | null;
  notes: string | null;
}

export function benefitValues(b: ProjectBenefit | null): BenefitFormValues {
  return {
    label: b?.label ?? null,
    energy: (b?.energy ?? []).map((e) => ({ ...e })),
    costSavingYuan: b ? fenToYuan(b.annualCostSavingFen) : null,
    outputValueYuan: b ? fenToYuan(b.annualOutputValueFen) : null,
    labourPersons: b?.labourPersons ?? null,
    otherCo2Tonnes: b?.otherCo2Tonnes ?? null,
    notes: b?.notes ?? null,
  };
}

export function benefitInput(v: BenefitFormValues): BenefitInput {
  return {
    label: text(v.label),
    // A source left without a quantity saves nothing: it is not sent.
    energy: v.energy.flatMap((e) => (e.quantity == null ? [] : [{ source: e.source, quantity: e.quantity }])),
    annualCostSavingFen: fenOf(v.costSavingYuan),
    annualOutputValueFen: fenOf(v.outputValueYuan),
    labourPersons: v.labourPersons ?? 0,
    otherCo2Tonnes: v.otherCo2Tonnes ?? 0,
    notes: text(v.notes),
  };
}

export const benefitChanges = (v: BenefitFormValues, b: ProjectBenefit) =>
  changedFields(benefitInput(v), benefitInput(benefitValues(b)));

export const benefitFieldOfIssue = placeBy({
  annualCostSavingFen: 'costSavingYuan',
  annualOutputValueFen: 'outputValueYuan',
});

// ---- the plan ----------------------------------------------------------------------------------

export interface MilestoneDraft {
  name: string;
  /** YYYY-MM-DD from the browser's date field; empty for none. */
  date: string;
  done: boolean;
}

export interface PlanFormValues {
  name: string;
  direction: DirectionCode;
  status: ProjectStatus;
  site: string | null;
  startDate: string;
  endDate: string;
  description: string | null;
  milestones: MilestoneDraft[];
  discountPercent: number | null;
  horizonYears: number | null;
  gridFactor: GridFactorKey;
  electricityCoal: ElectricityCoalBasis;
  electricityEqualKgcePerKwh: number | null;
  naturalGasKgcePerM3: number | null;
}

export function planValues(p: Project): PlanFormValues {
  return {
    name: p.name,
    direction: p.direction,
    status: p.status,
    site: p.site,
    startDate: p.startDate ?? '',
    endDate: p.endDate ?? '',
    description: p.description,
    milestones: p.milestones.map((m) => ({ name: m.name, date: m.date ?? '', done: m.done })),
    discountPercent: fractionToPercent(p.discountRate),
    horizonYears: p.horizonYears,
    gridFactor: p.energyBasis.gridFactor ?? DEFAULT_GRID_FACTOR,
    electricityCoal: p.energyBasis.electricityCoal ?? 'equivalent',
    electricityEqualKgcePerKwh: p.energyBasis.electricityEqualKgcePerKwh ?? null,
    naturalGasKgcePerM3: p.energyBasis.naturalGasKgcePerM3 ?? null,
  };
}

// The stated facts are edited with the project's funding, not in the plan form.
type FullPlan = Required<Omit<PlanChanges, 'discountRate' | 'horizonYears' | 'statedFacts'>> &
  Pick<PlanChanges, 'discountRate' | 'horizonYears'>;

function planInput(v: PlanFormValues): FullPlan {
  const equal = v.electricityCoal === 'equal';
  return {
    name: v.name.trim(),
    direction: v.direction,
    status: v.status,
    site: text(v.site),
    startDate: v.startDate || null,
    endDate: v.endDate || null,
    description: text(v.description),
    milestones: v.milestones.map((m) => ({ name: m.name.trim(), date: m.date || null, done: m.done })),
    ...(v.discountPercent == null ? {} : { discountRate: percentToFraction(v.discountPercent) }),
    ...(v.horizonYears == null ? {} : { horizonYears: v.horizonYears }),
    energyBasis: {
      gridFactor: v.gridFactor,
      electricityCoal: v.electricityCoal,
      ...(equal && v.electricityEqualKgcePerKwh != null
        ? { electricityEqualKgcePerKwh: v.electricityEqualKgcePerKwh }
        : {}),
      ...(v.naturalGasKgcePerM3 == null ? {} : { naturalGasKgcePerM3: v.naturalGasKgcePerM3 }),
    },
  };
}

export const planChanges = (v: PlanFormValues, p: Project): PlanChanges =>
  changedFields(planInput(v), planInput(planValues(p)));

const PLAN_FIELD: Record<string, string> = { discountRate: 'discountPercent' };

/** ['changes', 'energyBasis', 'gridFactor'] → ['gridFactor']; milestones keep their index and field. */
export function planFieldOfIssue(path: FieldIssue['path']): NamePath | null {
  const [, field, ...rest] = path;
  if (typeof field !== 'string') return null;
  if (field === 'energyBasis') return typeof rest[0] === 'string' ? [rest[0]] : ['gridFactor'];
  if (field === 'milestones') return rest.length >= 2 ? ['milestones', ...rest.slice(0, 2)] : ['milestones'];
  return [PLAN_FIELD[field] ?? field];
}
