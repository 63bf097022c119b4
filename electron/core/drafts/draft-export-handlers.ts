import { AppError } from '../../../shared/api/errors';
import type { Handler, HandlerTable } from '../api/handler-types';

// Placeholder while this area is being built; replaced as a whole by its implementation.
const pending = (() => {
  throw new AppError('INTERNAL');
}) as Handler<never>;

export const draftExportHandlers = {
  'drafts.export': pending,
} as unknown as Pick<HandlerTable, 'drafts.export'>;
