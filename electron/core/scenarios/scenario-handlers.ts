import type { HandlerContext, HandlerTable } from '../api/handler-types';
import { compareScenarios } from './scenario-comparison';
import { ScenarioRepository } from './scenario-repository';

/** Deleted scenarios stay restorable this long, as deleted projects do. */
const KEEP_DELETED_MS = 30 * 86_400_000;

const repo = (ctx: HandlerContext) => new ScenarioRepository(ctx.db(), ctx.now);

/** Other windows showing scenarios refetch them. */
function announced<T>(ctx: HandlerContext, result: T): T {
  ctx.emit({ type: 'workspace-changed', scope: 'scenarios' });
  return result;
}

export const scenarioHandlers = {
  'scenarios.list': (ctx, { enterpriseId }) => repo(ctx).list(enterpriseId),
  'scenarios.get': (ctx, { id }) => repo(ctx).get(id),
  'scenarios.create': (ctx, input) => announced(ctx, repo(ctx).create(input)),
  'scenarios.update': (ctx, { id, changes }) => announced(ctx, repo(ctx).update(id, changes)),
  'scenarios.delete': (ctx, { id }) => {
    const r = repo(ctx);
    const deleted = r.delete(id);
    r.purgeDeletedBefore(new Date(ctx.now().getTime() - KEEP_DELETED_MS));
    return announced(ctx, deleted);
  },
  'scenarios.undoDelete': (ctx, { id }) => announced(ctx, repo(ctx).undoDelete(id)),
  'scenarios.compare': (ctx, input) => compareScenarios(ctx.db(), ctx.now, input),
} satisfies Partial<HandlerTable>;
