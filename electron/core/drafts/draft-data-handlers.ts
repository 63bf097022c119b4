import { AppError } from '../../../shared/api/errors';
import type { Handler, HandlerTable } from '../api/handler-types';

// Placeholder while this area is being built; replaced as a whole by its implementation.
const pending = (() => {
  throw new AppError('INTERNAL');
}) as Handler<never>;

export const draftDataHandlers = {
  'drafts.narratives.get': pending,
  'drafts.narratives.set': pending,
  'drafts.targetProgramme.set': pending,
  'drafts.checklist.get': pending,
  'drafts.checklist.mark': pending,
  'drafts.attachments.add': pending,
  'drafts.attachments.remove': pending,
  'drafts.attachments.undoRemove': pending,
  'drafts.attachments.open': pending,
  'drafts.readiness': pending,
} as unknown as Pick<
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
