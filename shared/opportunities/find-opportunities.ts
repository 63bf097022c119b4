/**
 * Runs the rules over the register (opportunity-rules.ts) and rolls their rows up into proposals:
 * one per rule and equipment category, so that a user can take the compressors without the pumps.
 * A proposal's id is derived from its rule, category and rows, so a decision about it holds for as
 * long as it concerns the same rows; if the rows change it is a new proposal.
 */
import { addAmounts, energyImpact } from '../energy/energy-basis';
import { indicatorSetsFor } from '../indicators/compute-indicators';
import { IN_SERVICE_STATUSES } from '../indicators/register-groups';
import { yuanToFen } from '../money';
import { simplePaybackYears } from '../projects/cash-flows';
import { rowSetPredicates } from '../readiness/action-row-sets';
import { cite, namedTradeOf, type NamedTrade } from '../readiness/policy-clauses';
import { CATEGORY_CODES, type CategoryCode } from '../register/taxonomy';
import { claimAgainst, type Claims } from './competing-measures';
import type { FinderRow } from './finder-row';
import type { Opportunity, OpportunityRow } from './opportunities-api';
import {
  PRICE_ASSUMPTION,
  resolveOpportunityAssumptions,
  type OpportunityAssumptions,
  type OpportunityAssumptionsInput,
} from './opportunity-assumptions';
import {
  RULES,
  type MissingData,
  type RowEstimate,
  type RuleContext,
  type RuleDef,
} from './opportunity-rules';

export interface FinderInput {
  /** Live rows in service, under repair or idle. */
  rows: Iterable<FinderRow>;
  referenceYear: number;
  industryDivision: string | null;
  assumptions?: OpportunityAssumptionsInput;
  /** Machines held by accepted proposals: a competing measure no longer proposes them. */
  claims?: Claims;
}

export interface FinderResult {
  referenceYear: number;
  namedTrade: NamedTrade | null;
  assumptions: OpportunityAssumptions;
  /** In rule order, then category order; decisions are the caller's to attach. */
  opportunities: Opportunity[];
}

/** FNV-1a, 32 bits: short, stable across platforms, and collisions among one register's proposals are negligible. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function opportunityId(rule: string, category: string, equipmentIds: readonly number[]): string {
  return `${rule}:${category}:${fnv1a([...equipmentIds].sort((a, b) => a - b).join(','))}`;
}

function ruleContext(
  a: OpportunityAssumptions,
  referenceYear: number,
  input: FinderInput,
  namedTrade: NamedTrade | null,
): RuleContext {
  return {
    value: (key) => a.values[key].value as number,
    loadFactor: a.indicators.loadFactor.value,
    poles: a.motorPoles,
    polesAssumed: a.values.motorPoles.isDefault,
    target: a.motorTargetClass,
    energyBasis: a.energyBasis,
    rowSets: rowSetPredicates(indicatorSetsFor(referenceYear, input.assumptions).sets),
    namedTrade,
  };
}

function opportunityRow(row: FinderRow, e: RowEstimate, ctx: RuleContext): OpportunityRow {
  let costYuan = e.otherSavingYuan;
  for (const [source, quantity] of Object.entries(e.saved)) {
    const key = PRICE_ASSUMPTION[source as keyof typeof PRICE_ASSUMPTION];
    if (key) costYuan += quantity * ctx.value(key);
  }
  const unitInvestmentFen = e.unitInvestmentYuan === null ? null : yuanToFen(e.unitInvestmentYuan);
  return {
    equipmentId: row.id,
    assetCode: row.assetCode,
    name: row.name,
    quantity: row.quantity,
    saved: e.saved,
    costSavingFen: yuanToFen(costYuan),
    labourPersons: e.labourPersons,
    unitInvestmentFen,
    investmentFen: unitInvestmentFen === null ? null : unitInvestmentFen * row.quantity,
    missing: e.missing,
    inputs: e.inputs,
  };
}

function opportunity(
  rule: RuleDef,
  category: CategoryCode,
  rows: OpportunityRow[],
  ctx: RuleContext,
): Opportunity {
  const saved = addAmounts(...rows.map((r) => r.saved));
  const impact = energyImpact(saved, ctx.energyBasis);
  const priced = rows.filter((r) => r.investmentFen !== null);
  const investmentFen =
    priced.length === 0 ? null : priced.reduce((t, r) => t + (r.investmentFen as number), 0);
  const costSavingFen = rows.reduce((t, r) => t + r.costSavingFen, 0);
  const incomplete = rows.filter((r) => r.missing.length > 0);
  const missing: Partial<Record<MissingData, number>> = {};
  for (const r of incomplete) for (const m of r.missing) missing[m] = (missing[m] ?? 0) + 1;
  const passages = [...rule.passages];
  return {
    id: opportunityId(
      rule.key,
      category,
      rows.map((r) => r.equipmentId),
    ),
    rule: rule.key,
    category,
    title: rule.title,
    direction: rule.direction,
    clauses: passages.map(cite),
    retirement: rule.scope === 'idle',
    rows,
    rowCount: rows.length,
    units: rows.reduce((t, r) => t + r.quantity, 0),
    saved,
    kwh: saved.electricity ?? 0,
    tce: impact.tce,
    co2Tonnes: impact.co2Tonnes,
    co2NotCounted: impact.co2NotCounted,
    costSavingFen,
    labourPersons: rows.reduce((t, r) => t + r.labourPersons, 0),
    investmentFen,
    paybackYears: investmentFen === null ? null : simplePaybackYears(investmentFen, costSavingFen),
    notEstimated: { rows: incomplete.length, units: incomplete.reduce((t, r) => t + r.quantity, 0), missing },
    assumptions: rule.assumptions,
    notes: rule.notes(ctx),
    overlaps: [],
    line: { ...rule.line, name: rule.line.name(ctx) },
    decision: null,
  };
}

/** Each proposal lists the others that name one of its rows. */
function markOverlaps(opportunities: Opportunity[]): void {
  const byRow = new Map<number, string[]>();
  for (const o of opportunities) {
    for (const r of o.rows) byRow.set(r.equipmentId, [...(byRow.get(r.equipmentId) ?? []), o.id]);
  }
  for (const o of opportunities) {
    const others = new Set<string>();
    for (const r of o.rows) for (const id of byRow.get(r.equipmentId) ?? []) if (id !== o.id) others.add(id);
    o.overlaps = [...others];
  }
}

export function findOpportunities(input: FinderInput): FinderResult {
  const assumptions = resolveOpportunityAssumptions(input.assumptions);
  const namedTrade = namedTradeOf(input.industryDivision);
  const ctx = ruleContext(assumptions, input.referenceYear, input, namedTrade);
  const inService = new Set<string>(IN_SERVICE_STATUSES);
  // rule index → category → rows, so the proposals come out in rule and category order.
  const found = RULES.map(() => new Map<CategoryCode, OpportunityRow[]>());
  const claims = input.claims ?? new Map();
  for (const row of input.rows) {
    const scope = row.status === 'idle' ? 'idle' : inService.has(row.status) ? 'in_service' : null;
    if (scope === null) continue;
    RULES.forEach((rule, i) => {
      if (rule.scope !== scope || !rule.selects(row, ctx)) return;
      if (claims.size > 0 && claimAgainst(claims, row.id, rule.key)) return;
      const byCategory = found[i] as Map<CategoryCode, OpportunityRow[]>;
      const rows = byCategory.get(row.category) ?? [];
      rows.push(opportunityRow(row, rule.estimate(row, ctx), ctx));
      byCategory.set(row.category, rows);
    });
  }
  const opportunities = RULES.flatMap((rule, i) =>
    CATEGORY_CODES.flatMap((category) => {
      const rows = found[i]?.get(category);
      return rows ? [opportunity(rule, category, rows, ctx)] : [];
    }),
  );
  markOverlaps(opportunities);
  return { referenceYear: input.referenceYear, namedTrade, assumptions, opportunities };
}
