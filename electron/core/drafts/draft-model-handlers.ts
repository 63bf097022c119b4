import type { HandlerTable } from '../api/handler-types';
import { loadDraftModel } from './draft-inputs';

export const draftModelHandlers = {
  'drafts.model': (ctx, { projectId, lang }) =>
    loadDraftModel(ctx.db(), ctx.now, { projectId, lang: lang ?? 'zh-CN' }),
} satisfies Pick<HandlerTable, 'drafts.model'>;
