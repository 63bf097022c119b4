/**
 * The finder run on an enterprise's register with the user's decisions attached, and what
 * accepting, dismissing and undoing a proposal write. Callers hold the transaction, so a decision
 * is taken on the proposal exactly as the register shows it at that moment.
 */
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { Lang } from '../../../shared/i18n/messages';
import { claimAgainst, type Claim } from '../../../shared/opportunities/competing-measures';
import { findOpportunities } from '../../../shared/opportunities/find-opportunities';
import type {
  Opportunity,
  OpportunityDecision,
  OpportunityReport,
} from '../../../shared/opportunities/opportunities-api';
import type { OpportunityAssumptionsInput } from '../../../shared/opportunities/opportunity-assumptions';
import { EFFICIENCY_TABLES } from '../../../shared/opportunities/opportunity-rules';
import type { EnergyAmount } from '../../../shared/projects/project-schema';
import { EnterpriseRepository } from '../enterprises/enterprise-repository';
import { ProjectRepository } from '../projects/project-repository';
import { AssumptionStore } from './assumption-store';
import { DecisionRepository } from './decision-repository';
import { finderRows } from './finder-rows';

export interface FinderScope {
  enterpriseId: number;
  year?: number;
  assumptions?: OpportunityAssumptionsInput;
}

export function opportunityReport(
  db: Database.Database,
  now: () => Date,
  scope: FinderScope,
): OpportunityReport {
  const enterprise = new EnterpriseRepository(db, now).get(scope.enterpriseId);
  const inForce = new DecisionRepository(db, now).inForce(scope.enterpriseId);
  const found = findOpportunities({
    rows: finderRows(db, scope.enterpriseId),
    referenceYear: scope.year ?? now().getFullYear(),
    industryDivision: enterprise.industryDivision,
    // A request's own assumptions (a what-if in the finder) win over the ones stored for the enterprise.
    assumptions: scope.assumptions ?? new AssumptionStore(db, now).get(scope.enterpriseId).stored,
    claims: inForce.claims,
  });
  return {
    enterpriseId: scope.enterpriseId,
    referenceYear: found.referenceYear,
    namedTrade: found.namedTrade,
    assumptions: found.assumptions,
    tables: EFFICIENCY_TABLES,
    opportunities: found.opportunities.map((o) => ({ ...o, decision: inForce.decisions.get(o.id) ?? null })),
  };
}

/** A proposal the finder makes now; NOT_FOUND when its rows have changed or it never existed. */
export function proposal(report: OpportunityReport, id: string): Opportunity {
  const o = report.opportunities.find((x) => x.id === id);
  if (!o) throw new AppError('NOT_FOUND', { what: 'opportunity', id });
  return o;
}

export function assertOpen(o: Opportunity, path: (string | number)[]): void {
  if (o.decision) {
    throw new AppError('VALIDATION', {}, [
      { path, key: 'opportunities.alreadyDecided', params: { id: o.id, decision: o.decision.kind } },
    ]);
  }
}

/**
 * The proposals a user named to take together, refused when two compete for one machine: the
 * finder only keeps a measure off the machines of proposals already accepted.
 */
export function assertCompatible(chosen: readonly Opportunity[], path: string): void {
  const held = new Map<number, Claim[]>();
  chosen.forEach((o, i) => {
    for (const row of o.rows) {
      const other = claimAgainst(held, row.equipmentId, o.rule);
      if (other) {
        throw new AppError('VALIDATION', {}, [
          {
            path: [path, i],
            key: 'opportunities.competes',
            params: { id: o.id, other: other.opportunityId, code: row.assetCode ?? `#${row.equipmentId}` },
          },
        ]);
      }
    }
    for (const row of o.rows) {
      held.set(row.equipmentId, [
        ...(held.get(row.equipmentId) ?? []),
        { opportunityId: o.id, rule: o.rule },
      ]);
    }
  });
}

const NAME_MAX = 200;

/**
 * Writes the proposal into the project: a line item per register row (priced as estimated; 0 with
 * a note when the row could not be priced) and one benefit with its yearly savings.
 */
export function acceptInto(
  db: Database.Database,
  now: () => Date,
  target: { enterpriseId: number; projectId: number; projectPath: (string | number)[] },
  o: Opportunity,
  lang: Lang,
): OpportunityDecision {
  const { enterpriseId, projectId, projectPath } = target;
  const projects = new ProjectRepository(db, now);
  if (projects.enterpriseOf(projectId) !== enterpriseId) {
    throw new AppError('VALIDATION', {}, [
      { path: projectPath, key: 'opportunities.otherEnterprise', params: { id: projectId } },
    ]);
  }
  const zh = lang === 'zh-CN';
  const base = zh ? o.line.name.zh : o.line.name.en;
  const unpriced = zh
    ? '台账缺少估价所需的数据，价格未能估算，请填写单价'
    : 'Not priced: the register lacks the data the price is estimated from; enter the unit price';
  projects.insertLines(
    projectId,
    o.rows.map((row) => {
      const code = row.assetCode ?? `#${row.equipmentId}`;
      return {
        category: o.line.category,
        name: (zh ? `${base}（${code} ${row.name}）` : `${base} (${code} ${row.name})`).slice(0, NAME_MAX),
        quantity: row.quantity,
        unitPriceFen: row.unitInvestmentFen ?? 0,
        intelligent: o.line.intelligent,
        equipment: [{ equipmentId: row.equipmentId, relation: o.line.relation }],
        opportunityId: o.id,
        notes: row.unitInvestmentFen === null ? unpriced : null,
      };
    }),
  );
  const energy: EnergyAmount[] = Object.entries(o.saved)
    .filter(([, q]) => q !== 0)
    .map(([source, quantity]) => ({ source: source as EnergyAmount['source'], quantity }));
  projects.insertBenefit(projectId, {
    label: zh ? o.title.zh : o.title.en,
    energy,
    annualCostSavingFen: o.costSavingFen,
    labourPersons: o.labourPersons,
    opportunityId: o.id,
  });
  projects.touch(projectId);
  return new DecisionRepository(db, now).record(enterpriseId, o, { kind: 'accepted', projectId });
}
