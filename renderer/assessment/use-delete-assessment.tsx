import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentSummary } from '../../shared/assessment/assessment-api';
import { useApi } from '../api/api-context';
import { testId } from '../components/test-id';
import { errorText } from '../i18n/wire-messages';

const UNDO_SECONDS = 15;

/**
 * Delete after a confirmation that names the assessment, then offer Undo for a while, as the app
 * does for enterprises: the core only hides a deleted assessment, so Undo brings back every answer.
 */
export function useDeleteAssessment(afterChange: () => void) {
  const api = useApi();
  const { t } = useTranslation();
  const { modal, notification, message } = App.useApp();

  const undo = async (id: number, key: string) => {
    notification.destroy(key);
    try {
      const restored = await api.call('assessment.undoDelete', { id });
      afterChange();
      void message.success(t('selfAssessment.restored', { ns: 'shared', title: restored.assessment.title }));
    } catch (error) {
      void message.error(errorText(t, error));
    }
  };

  return (target: Pick<AssessmentSummary, 'id' | 'title'>) => {
    modal.confirm({
      title: t('selfAssessment.deleteTitle', { ns: 'shared', title: target.title }),
      content: t('selfAssessment.deleteBody', { ns: 'shared' }),
      okText: t('common.delete'),
      okButtonProps: { danger: true, ...testId('assessment-delete-confirm') },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const deleted = await api.call('assessment.delete', { id: target.id });
          afterChange();
          const key = `assessment-deleted-${deleted.id}`;
          notification.success({
            key,
            title: t('selfAssessment.deleted', { ns: 'shared', title: deleted.title }),
            duration: UNDO_SECONDS,
            actions: (
              <Button
                type="primary"
                size="small"
                onClick={() => void undo(deleted.id, key)}
                data-testid="assessment-undo-delete"
              >
                {t('common.undo')}
              </Button>
            ),
          });
        } catch (error) {
          void message.error(errorText(t, error));
        }
      },
    });
  };
}
