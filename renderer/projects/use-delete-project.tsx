import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { testId } from '../components/test-id';
import { errorText } from '../i18n/wire-messages';

const UNDO_SECONDS = 15;

/**
 * Delete after a confirmation that names the project, then offer Undo for a while, as the app does
 * for enterprises and assessments: the core only hides a deleted project, so Undo brings back its
 * lines, financing and benefits exactly.
 */
export function useDeleteProject() {
  const api = useApi();
  const { t } = useTranslation();
  const { modal, notification, message } = App.useApp();

  const undo = async (id: number, key: string, afterUndo?: (id: number) => void) => {
    notification.destroy(key);
    try {
      const restored = await api.call('projects.undoDelete', { id });
      afterUndo?.(restored.id);
      void message.success(t('projectUi.restored', { name: restored.name }));
    } catch (error) {
      void message.error(errorText(t, error));
    }
  };

  return (
    target: { id: number; name: string },
    { afterDelete, afterUndo }: { afterDelete?: () => void; afterUndo?: (id: number) => void } = {},
  ) => {
    modal.confirm({
      title: t('projectUi.deleteTitle', { name: target.name }),
      content: t('projectUi.deleteBody'),
      okText: t('common.delete'),
      okButtonProps: { danger: true, ...testId('project-delete-confirm') },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const deleted = await api.call('projects.delete', { id: target.id });
          afterDelete?.();
          const key = `project-deleted-${deleted.id}`;
          notification.success({
            key,
            title: t('projectUi.deleted', { name: deleted.name }),
            duration: UNDO_SECONDS,
            actions: (
              <Button
                type="primary"
                size="small"
                onClick={() => void undo(deleted.id, key, afterUndo)}
                data-testid="project-undo-delete"
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
