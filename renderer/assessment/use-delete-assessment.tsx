import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../shared/assessment/assessment-api';
import { useDeleteWithUndo } from '../components/use-delete-with-undo';

/** Delete an assessment with confirmation and Undo; Undo brings back every answer. */
export function useDeleteAssessment(afterChange: () => void) {
  const { t } = useTranslation();
  const confirmDelete = useDeleteWithUndo({
    kind: 'assessment',
    confirmTitle: (target: Pick<AssessmentSummary, 'id' | 'title'>) =>
      t('selfAssessment.deleteTitle', { ns: 'shared', title: target.title }),
    confirmBody: t('selfAssessment.deleteBody', { ns: 'shared' }),
    remove: (api, target) => api.call('assessment.delete', { id: target.id }),
    deletedTitle: (deleted) => t('selfAssessment.deleted', { ns: 'shared', title: deleted.title }),
    restore: (api, id) => api.call('assessment.undoDelete', { id }),
    restoredText: (restored) =>
      t('selfAssessment.restored', { ns: 'shared', title: restored.assessment.title }),
  });
  return (target: Pick<AssessmentSummary, 'id' | 'title'>) =>
    confirmDelete(target, { afterDelete: afterChange, afterUndo: afterChange });
}
