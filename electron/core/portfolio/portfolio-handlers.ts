import type { HandlerTable } from '../api/handler-types';
import { listPortfolio } from './portfolio-list';

export const portfolioHandlers = {
  'portfolio.list': (ctx, { lang, year }) =>
    listPortfolio(ctx, lang ?? 'zh-CN', year ?? ctx.now().getFullYear()),
} satisfies Pick<HandlerTable, 'portfolio.list'>;
