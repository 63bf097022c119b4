import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { testId } from '../components/test-id';
import { errorText } from '../i18n/wire-messages';

const UNDO_SECONDS = 15;

/**
 * Delete after a confirmation that names the enterprise, then offer Undo for a while. The core only
 * hides a deleted enterprise, so Undo brings it back exactly as it was.
 */
export function useDeleteEnterprise() {
  const api = useApi();
  const { t } = useTranslation();
  const { modal, notification, message } = App.useApp();

  const undo = async (id: number, key: string) => {
    notification.destroy(key);
    try {
      const restored = await api.call('enterprise.undoDelete', { id });
      void message.success(t('enterprises.restored', { name: restored.name }));
    } catch (error) {
      void message.error(errorText(t, error));
    }
  };

  return (target: { id: number; name: string }, afterDelete?: () => void) => {
    modal.confirm({
      title: t('enterprises.deleteTitle', { name: target.name }),
      content: t('enterprises.deleteBody'),
      okText: t('common.delete'),
      okButtonProps: { danger: true, ...testId('enterprise-delete-confirm') },
      cancelText: t('common.cancel'),
      cancelButtonProps: testId('enterprise-delete-cancel'),
      onOk: async () => {
        try {
          const deleted = await api.call('enterprise.delete', { id: target.id });
          afterDelete?.();
          const key = `enterprise-deleted-${deleted.id}`;
          notification.success({
            key,
            title: t('enterprises.deleted', { name: deleted.name }),
            duration: UNDO_SECONDS,
            actions: (
              <Button
                type="primary"
                size="small"
                onClick={() => void undo(deleted.id, key)}
                data-testid="enterprise-undo-delete"
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
