import type { StoredAssumptions } from '../../../shared/opportunities/assumptions-api';
import { resolveOpportunityAssumptions } from '../../../shared/opportunities/opportunity-assumptions';
import type { HandlerContext, HandlerTable } from '../api/handler-types';
import { announced } from '../projects/project-handlers';
import { ProjectRepository } from '../projects/project-repository';
import { AssumptionStore } from './assumption-store';

function stored(ctx: HandlerContext, enterpriseId: number): StoredAssumptions {
  new ProjectRepository(ctx.db(), ctx.now).assertEnterprise(enterpriseId);
  const { stored, updatedAt } = new AssumptionStore(ctx.db(), ctx.now).get(enterpriseId);
  return { enterpriseId, stored, effective: resolveOpportunityAssumptions(stored), updatedAt };
}

export const assumptionHandlers = {
  'opportunities.assumptions.get': (ctx, { enterpriseId }) => stored(ctx, enterpriseId),

  /** Proposals' figures change with the assumptions, so pages showing them refetch ('projects'). */
  'opportunities.assumptions.set': (ctx, { enterpriseId, assumptions }) => {
    const db = ctx.db();
    const result = db
      .transaction(() => {
        const previous = stored(ctx, enterpriseId).stored;
        new AssumptionStore(db, ctx.now).set(enterpriseId, assumptions);
        return { ...stored(ctx, enterpriseId), previous };
      })
      .immediate();
    return announced(ctx, result);
  },
} satisfies Partial<HandlerTable>;
