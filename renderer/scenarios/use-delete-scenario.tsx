import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../shared/scenarios/scenarios-api';
import { useApi } from '../api/api-context';
import { testId } from '../components/test-id';
import { errorText } from '../i18n/wire-messages';

const UNDO_SECONDS = 15;

/**
 * Delete after a confirmation that names the scenario, then offer Undo for a while, as the app does
 * for projects: the core only hides a deleted scenario, so Undo brings it back with its projects.
 */
export function useDeleteScenario(afterChange: () => void) {
  const api = useApi();
  const { t } = useTranslation();
  const { modal, notification, message } = App.useApp();

  const undo = async (id: number, key: string) => {
    notification.destroy(key);
    try {
      const restored = await api.call('scenarios.undoDelete', { id });
      afterChange();
      void message.success(t('scenarioUi.restored', { name: restored.name }));
    } catch (error) {
      void message.error(errorText(t, error));
    }
  };

  return (target: Pick<Scenario, 'id' | 'name'>) => {
    modal.confirm({
      title: t('scenarioUi.deleteTitle', { name: target.name }),
      content: t('scenarioUi.deleteBody'),
      okText: t('common.delete'),
      okButtonProps: { danger: true, ...testId('scenario-delete-confirm') },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const deleted = await api.call('scenarios.delete', { id: target.id });
          afterChange();
          const key = `scenario-deleted-${deleted.id}`;
          notification.success({
            key,
            title: t('scenarioUi.deleted', { name: deleted.name }),
            duration: UNDO_SECONDS,
            actions: (
              <Button
                type="primary"
                size="small"
                onClick={() => void undo(deleted.id, key)}
                data-testid="scenario-undo-delete"
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
