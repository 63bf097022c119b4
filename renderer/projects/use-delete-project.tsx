import { useTranslation } from 'react-i18next';
import { useDeleteWithUndo } from '../components/use-delete-with-undo';

/** Delete a project with confirmation and Undo; Undo brings back its lines, financing and benefits. */
export function useDeleteProject() {
  const { t } = useTranslation();
  const confirmDelete = useDeleteWithUndo({
    kind: 'project',
    confirmTitle: (target: { id: number; name: string }) => t('projectUi.deleteTitle', { name: target.name }),
    confirmBody: t('projectUi.deleteBody'),
    remove: (api, target) => api.call('projects.delete', { id: target.id }),
    deletedTitle: (deleted) => t('projectUi.deleted', { name: deleted.name }),
    restore: (api, id) => api.call('projects.undoDelete', { id }),
    restoredText: (restored) => t('projectUi.restored', { name: restored.name }),
  });
  return (
    target: { id: number; name: string },
    { afterDelete, afterUndo }: { afterDelete?: () => void; afterUndo?: (id: number) => void } = {},
  ) => confirmDelete(target, { afterDelete, afterUndo: afterUndo && ((restored) => afterUndo(restored.id)) });
}
