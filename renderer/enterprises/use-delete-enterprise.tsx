import { useTranslation } from 'react-i18next';
import { useDeleteWithUndo } from '../components/use-delete-with-undo';

/** Delete an enterprise with confirmation and Undo; Undo brings it back exactly as it was. */
export function useDeleteEnterprise() {
  const { t } = useTranslation();
  const confirmDelete = useDeleteWithUndo({
    kind: 'enterprise',
    cancelTestId: true,
    confirmTitle: (target: { id: number; name: string }) =>
      t('enterprises.deleteTitle', { name: target.name }),
    confirmBody: t('enterprises.deleteBody'),
    remove: (api, target) => api.call('enterprise.delete', { id: target.id }),
    deletedTitle: (deleted) => t('enterprises.deleted', { name: deleted.name }),
    restore: (api, id) => api.call('enterprise.undoDelete', { id }),
    restoredText: (restored) => t('enterprises.restored', { name: restored.name }),
  });
  return (target: { id: number; name: string }, afterDelete?: () => void) =>
    confirmDelete(target, { afterDelete });
}
