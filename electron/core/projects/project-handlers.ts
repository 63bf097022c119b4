import type { HandlerContext, HandlerTable } from '../api/handler-types';
import { compatibleChoice } from '../../../shared/opportunities/competing-measures';
import {
  acceptInto,
  assertCompatible,
  assertOpen,
  opportunityReport,
  proposal,
} from '../opportunities/opportunity-service';
import { ProjectRepository, withFigures } from './project-repository';

/** Deleted projects stay restorable this long, as deleted enterprises do. */
const KEEP_DELETED_MS = 30 * 86_400_000;

const repo = (ctx: HandlerContext) => new ProjectRepository(ctx.db(), ctx.now);

/** Other windows showing projects or proposals refetch them. */
export function announced<T>(ctx: HandlerContext, result: T): T {
  ctx.emit({ type: 'workspace-changed', scope: 'projects' });
  return result;
}

export const projectHandlers = {
  'projects.list': (ctx, { enterpriseId }) => repo(ctx).list(enterpriseId),
  'projects.get': (ctx, { id }) => repo(ctx).detail(id),
  'projects.create': (ctx, input) => announced(ctx, withFigures(repo(ctx).create(input))),
  'projects.update': (ctx, { id, changes }) => announced(ctx, withFigures(repo(ctx).update(id, changes))),
  'projects.delete': (ctx, { id }) => {
    const r = repo(ctx);
    const deleted = r.delete(id);
    r.purgeDeletedBefore(new Date(ctx.now().getTime() - KEEP_DELETED_MS));
    return announced(ctx, deleted);
  },
  'projects.undoDelete': (ctx, { id }) => announced(ctx, withFigures(repo(ctx).undoDelete(id))),

  'projects.addLine': (ctx, { projectId, line }) =>
    announced(ctx, withFigures(repo(ctx).addLine(projectId, line))),
  'projects.updateLine': (ctx, { projectId, lineId, changes }) =>
    announced(ctx, withFigures(repo(ctx).updateLine(projectId, lineId, changes))),
  'projects.removeLine': (ctx, { projectId, itemId }) =>
    announced(ctx, withFigures(repo(ctx).removeItem('line', projectId, itemId))),
  'projects.addFinancing': (ctx, { projectId, financing }) =>
    announced(ctx, withFigures(repo(ctx).addFinancing(projectId, financing))),
  'projects.updateFinancing': (ctx, { projectId, financingId, changes }) =>
    announced(ctx, withFigures(repo(ctx).updateFinancing(projectId, financingId, changes))),
  'projects.removeFinancing': (ctx, { projectId, itemId }) =>
    announced(ctx, withFigures(repo(ctx).removeItem('financing', projectId, itemId))),
  'projects.addBenefit': (ctx, { projectId, benefit }) =>
    announced(ctx, withFigures(repo(ctx).addBenefit(projectId, benefit))),
  'projects.updateBenefit': (ctx, { projectId, benefitId, changes }) =>
    announced(ctx, withFigures(repo(ctx).updateBenefit(projectId, benefitId, changes))),
  'projects.removeBenefit': (ctx, { projectId, itemId }) =>
    announced(ctx, withFigures(repo(ctx).removeItem('benefit', projectId, itemId))),

  /**
   * One transaction: the project and every acceptance, or nothing. The proposals are those the
   * finder makes with the given year and assumptions, as the user saw them.
   */
  'projects.fromOpportunities': (ctx, input) => {
    const db = ctx.db();
    const detail = db
      .transaction(() => {
        const report = opportunityReport(db, ctx.now, input);
        const chosen =
          input.opportunityIds === 'all'
            ? compatibleChoice(
                report.opportunities.filter((o) => o.decision === null),
                new Map(),
              )
            : input.opportunityIds.map((id, i) => {
                const o = proposal(report, id);
                assertOpen(o, ['opportunityIds', i]);
                return o;
              });
        assertCompatible(chosen, 'opportunityIds');
        const projects = new ProjectRepository(db, ctx.now);
        const project = projects.create({ enterpriseId: input.enterpriseId, ...input.project });
        const target = { enterpriseId: input.enterpriseId, projectId: project.id, projectPath: ['project'] };
        for (const o of chosen) acceptInto(db, ctx.now, target, o, input.lang ?? 'zh-CN');
        return projects.detail(project.id);
      })
      .immediate();
    return announced(ctx, detail);
  },
} satisfies Partial<HandlerTable>;
