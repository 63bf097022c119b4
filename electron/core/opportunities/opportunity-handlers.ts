import { AppError } from '../../../shared/api/errors';
import type { DecisionResult } from '../../../shared/opportunities/opportunities-api';
import type { HandlerContext, HandlerTable } from '../api/handler-types';
import { ProjectRepository, withFigures } from '../projects/project-repository';
import { announced } from '../projects/project-handlers';
import { DecisionRepository } from './decision-repository';
import { acceptInto, assertOpen, opportunityReport, proposal } from './opportunity-service';

/** Undoing reads the stored decision, so it works even when the proposal is no longer made. */
function undo(ctx: HandlerContext, enterpriseId: number, opportunityId: string): DecisionResult {
  const db = ctx.db();
  const decisions = new DecisionRepository(db, ctx.now);
  const stored = decisions.get(enterpriseId, opportunityId);
  if (!stored) throw new AppError('NOT_FOUND', { what: 'opportunity', id: opportunityId });
  decisions.remove(enterpriseId, opportunityId);
  if (stored.decision.kind !== 'accepted') return { opportunityId, decision: null, project: null };
  const projects = new ProjectRepository(db, ctx.now);
  projects.items.removeOpportunity(stored.decision.projectId, opportunityId);
  return {
    opportunityId,
    decision: null,
    project: stored.live ? withFigures(projects.touched(stored.decision.projectId)) : null,
  };
}

export const opportunityHandlers = {
  /** In one read transaction, so that the rows and the decisions come from the same snapshot. */
  'opportunities.list': (ctx, { rowLimit, ...scope }) => {
    const report = ctx.db().transaction(() => opportunityReport(ctx.db(), ctx.now, scope))();
    if (rowLimit === undefined) return report;
    return {
      ...report,
      opportunities: report.opportunities.map((o) => ({ ...o, rows: o.rows.slice(0, rowLimit) })),
    };
  },

  'opportunities.decide': (ctx, input) => {
    const db = ctx.db();
    const result = db
      .transaction((): DecisionResult => {
        const { enterpriseId, opportunityId, decision } = input;
        new ProjectRepository(db, ctx.now).assertEnterprise(enterpriseId);
        if (decision.kind === 'undo') return undo(ctx, enterpriseId, opportunityId);
        const o = proposal(opportunityReport(db, ctx.now, input), opportunityId);
        assertOpen(o, ['opportunityId']);
        if (decision.kind === 'dismiss') {
          const dismissed = new DecisionRepository(db, ctx.now).record(enterpriseId, o, {
            kind: 'dismissed',
            reason: decision.reason,
          });
          return { opportunityId, decision: dismissed, project: null };
        }
        const accepted = acceptInto(
          db,
          ctx.now,
          { enterpriseId, projectId: decision.projectId, projectPath: ['decision', 'projectId'] },
          o,
          input.lang ?? 'zh-CN',
        );
        return {
          opportunityId,
          decision: accepted,
          project: new ProjectRepository(db, ctx.now).detail(decision.projectId),
        };
      })
      .immediate();
    return announced(ctx, result);
  },
} satisfies Partial<HandlerTable>;
