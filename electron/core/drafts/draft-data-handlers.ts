/**
 * The application data of a project: narrative sections, the programme it applies to, the
 * attachment checklist with its files, and the application readiness.
 */
import type { HandlerContext, HandlerTable } from '../api/handler-types';
import { loadApplicationReadiness } from './application-readiness-loader';
import {
  addAttachment,
  loadChecklist,
  markChecklistItem,
  openAttachment,
  removeAttachment,
  undoRemoveAttachment,
} from './checklist-store';
import { loadNarratives, setNarrative } from './narrative-store';
import { setTargetProgramme } from './target-programme';

/** Windows showing a project's application (and its readiness) refetch it. */
function announced<T>(ctx: HandlerContext, result: T): T {
  ctx.emit({ type: 'workspace-changed', scope: 'drafts' });
  return result;
}

export const draftDataHandlers = {
  'drafts.narratives.get': (ctx, { projectId, lang }) =>
    loadNarratives(ctx.db(), { projectId, lang: lang ?? 'zh-CN' }),
  'drafts.narratives.set': (ctx, { lang, ...input }) =>
    announced(ctx, setNarrative(ctx.db(), ctx.now, input, lang ?? 'zh-CN')),
  'drafts.targetProgramme.set': (ctx, { lang, ...input }) => {
    const db = ctx.db();
    setTargetProgramme(db, input);
    return announced(ctx, loadChecklist(db, { projectId: input.projectId, lang: lang ?? 'zh-CN' }));
  },
  'drafts.checklist.get': (ctx, { projectId, lang }) =>
    loadChecklist(ctx.db(), { projectId, lang: lang ?? 'zh-CN' }),
  'drafts.checklist.mark': (ctx, { lang, ...input }) =>
    announced(ctx, markChecklistItem(ctx.db(), ctx.now, input, lang ?? 'zh-CN')),
  'drafts.attachments.add': async (ctx, input) =>
    announced(ctx, await addAttachment(ctx.db(), ctx.now, ctx.files, input)),
  'drafts.attachments.remove': (ctx, input) => announced(ctx, removeAttachment(ctx.db(), ctx.now, input)),
  'drafts.attachments.undoRemove': (ctx, input) =>
    announced(ctx, undoRemoveAttachment(ctx.db(), ctx.now, input)),
  'drafts.attachments.open': (ctx, input) => openAttachment(ctx.db(), ctx.files, input),
  'drafts.readiness': (ctx, { projectId, lang }) =>
    loadApplicationReadiness(ctx.db(), ctx.now, { projectId, lang: lang ?? 'zh-CN' }),
} satisfies Pick<
  HandlerTable,
  | 'drafts.narratives.get'
  | 'drafts.narratives.set'
  | 'drafts.targetProgramme.set'
  | 'drafts.checklist.get'
  | 'drafts.checklist.mark'
  | 'drafts.attachments.add'
  | 'drafts.attachments.remove'
  | 'drafts.attachments.undoRemove'
  | 'drafts.attachments.open'
  | 'drafts.readiness'
>;
