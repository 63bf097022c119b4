import type { HandlerTable } from '../api/handler-types';
import { EnterpriseRepository } from './enterprise-repository';

const repo = (ctx: { db(): import('better-sqlite3').Database; now(): Date }) =>
  new EnterpriseRepository(ctx.db(), ctx.now);

export const enterpriseHandlers = {
  'enterprise.list': (ctx) => repo(ctx).list(),
  'enterprise.get': (ctx, { id }) => repo(ctx).get(id),
  'enterprise.create': (ctx, input) => {
    const created = repo(ctx).create(input);
    ctx.emit({ type: 'workspace-changed', scope: 'enterprises' });
    return created;
  },
  'enterprise.update': (ctx, { id, changes }) => {
    const updated = repo(ctx).update(id, changes);
    ctx.emit({ type: 'workspace-changed', scope: 'enterprises' });
    return updated;
  },
  'enterprise.delete': (ctx, { id }) => {
    const deleted = repo(ctx).delete(id);
    ctx.emit({ type: 'workspace-changed', scope: 'enterprises' });
    return deleted;
  },
  'enterprise.undoDelete': (ctx, { id }) => {
    const restored = repo(ctx).undoDelete(id);
    ctx.emit({ type: 'workspace-changed', scope: 'enterprises' });
    return restored;
  },
} satisfies Partial<HandlerTable>;
