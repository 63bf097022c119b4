/**
 * The user's decisions on proposed opportunities, kept by the proposal's stable id so that a
 * dismissed proposal stays dismissed across sessions. An acceptance counts while its project is
 * live: once the project is deleted the proposal is open again (and a purge removes the row).
 */
import type Database from 'better-sqlite3';
import { ruleOfId, type Claim } from '../../../shared/opportunities/competing-measures';
import type { Opportunity, OpportunityDecision } from '../../../shared/opportunities/opportunities-api';

interface DecisionRow {
  opportunity_id: string;
  decision: 'accepted' | 'dismissed';
  reason: string | null;
  project_id: number | null;
  decided_at: string;
  project_live: number | null;
  equipment_ids_json: string;
}

function decisionOf(r: DecisionRow): OpportunityDecision {
  return r.decision === 'accepted'
    ? { kind: 'accepted', projectId: r.project_id as number, decidedAt: r.decided_at }
    : { kind: 'dismissed', reason: r.reason as string, decidedAt: r.decided_at };
}

export interface StoredDecision {
  decision: OpportunityDecision;
  /** False for an acceptance into a deleted project. */
  live: boolean;
}

export class DecisionRepository {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private rows(enterpriseId: number, opportunityId?: string): DecisionRow[] {
    return this.db
      .prepare(
        `SELECT d.opportunity_id, d.decision, d.reason, d.project_id, d.decided_at, d.equipment_ids_json,
                (SELECT p.deleted_at IS NULL FROM project p WHERE p.id = d.project_id) AS project_live
           FROM opportunity_decision d
          WHERE d.enterprise_id = ? ${opportunityId === undefined ? '' : 'AND d.opportunity_id = ?'}`,
      )
      .all(
        ...(opportunityId === undefined ? [enterpriseId] : [enterpriseId, opportunityId]),
      ) as DecisionRow[];
  }

  private stored(r: DecisionRow): StoredDecision {
    return { decision: decisionOf(r), live: r.decision === 'dismissed' || r.project_live === 1 };
  }

  /**
   * The decisions in force, by opportunity id, and the register rows their acceptances hold, with
   * the proposals that hold them: one read of the decisions serves both.
   */
  inForce(enterpriseId: number): {
    decisions: Map<string, OpportunityDecision>;
    claims: Map<number, Claim[]>;
  } {
    const decisions = new Map<string, OpportunityDecision>();
    const claims = new Map<number, Claim[]>();
    for (const r of this.rows(enterpriseId)) {
      const s = this.stored(r);
      if (!s.live) continue;
      decisions.set(r.opportunity_id, s.decision);
      const rule = s.decision.kind === 'accepted' ? ruleOfId(r.opportunity_id) : null;
      if (rule === null) continue;
      const claim = { opportunityId: r.opportunity_id, rule };
      for (const id of JSON.parse(r.equipment_ids_json) as number[]) {
        claims.set(id, [...(claims.get(id) ?? []), claim]);
      }
    }
    return { decisions, claims };
  }

  get(enterpriseId: number, opportunityId: string): StoredDecision | null {
    const r = this.rows(enterpriseId, opportunityId)[0];
    return r ? this.stored(r) : null;
  }

  /** Replaces a decision no longer in force (an acceptance into a deleted project). */
  record(
    enterpriseId: number,
    o: Opportunity,
    decision: { kind: 'accepted'; projectId: number } | { kind: 'dismissed'; reason: string },
  ): OpportunityDecision {
    const decidedAt = this.now().toISOString();
    const snapshot = {
      title: o.title,
      units: o.units,
      saved: o.saved,
      tce: o.tce,
      co2Tonnes: o.co2Tonnes,
      costSavingFen: o.costSavingFen,
      investmentFen: o.investmentFen,
      paybackYears: o.paybackYears,
    };
    this.db
      .prepare(
        `INSERT OR REPLACE INTO opportunity_decision
           (enterprise_id, opportunity_id, decision, reason, project_id, equipment_ids_json, snapshot_json, decided_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        enterpriseId,
        o.id,
        decision.kind,
        decision.kind === 'dismissed' ? decision.reason : null,
        decision.kind === 'accepted' ? decision.projectId : null,
        JSON.stringify(o.rows.map((r) => r.equipmentId)),
        JSON.stringify(snapshot),
        decidedAt,
      );
    return decision.kind === 'accepted'
      ? { kind: 'accepted', projectId: decision.projectId, decidedAt }
      : { kind: 'dismissed', reason: decision.reason, decidedAt };
  }

  remove(enterpriseId: number, opportunityId: string): void {
    this.db
      .prepare('DELETE FROM opportunity_decision WHERE enterprise_id = ? AND opportunity_id = ?')
      .run(enterpriseId, opportunityId);
  }
}
