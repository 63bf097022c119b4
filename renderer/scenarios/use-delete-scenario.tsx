import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../shared/scenarios/scenarios-api';
import { useDeleteWithUndo } from '../components/use-delete-with-undo';

/** Delete a scenario with confirmation and Undo; Undo brings it back with its projects. */
export function useDeleteScenario(afterChange: () => void) {
  const { t } = useTranslation();
  const confirmDelete = useDeleteWithUndo({
    kind: 'scenario',
    confirmTitle: (target: Pick<Scenario, 'id' | 'name'>) =>
      t('scenarioUi.deleteTitle', { name: target.name }),
    confirmBody: t('scenarioUi.deleteBody'),
    remove: (api, target) => api.call('scenarios.delete', { id: target.id }),
    deletedTitle: (deleted) => t('scenarioUi.deleted', { name: deleted.name }),
    restore: (api, id) => api.call('scenarios.undoDelete', { id }),
    restoredText: (restored) => t('scenarioUi.restored', { name: restored.name }),
  });
  return (target: Pick<Scenario, 'id' | 'name'>) =>
    confirmDelete(target, { afterDelete: afterChange, afterUndo: afterChange });
}
