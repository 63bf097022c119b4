import { App, Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../shared/api/contract';
import { useApi } from '../api/api-context';
import { errorText } from '../i18n/wire-messages';
import { testId } from './test-id';

const UNDO_SECONDS = 15;

/** What differs between the things the app deletes softly: the calls, the words and the test ids. */
export interface DeleteWithUndoSpec<Target, Deleted extends { id: number }, Restored> {
  /** Prefix of the test ids (`<kind>-delete-confirm`, `<kind>-undo-delete`) and notice keys. */
  kind: string;
  /** Also mark the confirmation's Cancel button (`<kind>-delete-cancel`). */
  cancelTestId?: boolean;
  confirmTitle: (target: Target) => ReactNode;
  confirmBody: ReactNode;
  remove: (api: ApiClient, target: Target) => Promise<Deleted>;
  deletedTitle: (deleted: Deleted) => ReactNode;
  restore: (api: ApiClient, id: number) => Promise<Restored>;
  restoredText: (restored: Restored) => string;
}

export interface DeleteCallbacks<Restored> {
  afterDelete?: () => void;
  afterUndo?: (restored: Restored) => void;
}

/**
 * Delete after a confirmation that names the thing, then offer Undo for a while. The core only hides
 * what is deleted, so Undo brings it back exactly as it was; every soft delete in the app goes
 * through here so that they all ask, tell and undo alike.
 */
export function useDeleteWithUndo<Target, Deleted extends { id: number }, Restored>(
  spec: DeleteWithUndoSpec<Target, Deleted, Restored>,
) {
  const api = useApi();
  const { t } = useTranslation();
  const { modal, notification, message } = App.useApp();

  const undo = async (id: number, key: string, afterUndo?: (restored: Restored) => void) => {
    notification.destroy(key);
    try {
      const restored = await spec.restore(api, id);
      afterUndo?.(restored);
      void message.success(spec.restoredText(restored));
    } catch (error) {
      void message.error(errorText(t, error));
    }
  };

  return (target: Target, { afterDelete, afterUndo }: DeleteCallbacks<Restored> = {}) => {
    modal.confirm({
      title: spec.confirmTitle(target),
      content: spec.confirmBody,
      okText: t('common.delete'),
      okButtonProps: { danger: true, ...testId(`${spec.kind}-delete-confirm`) },
      cancelText: t('common.cancel'),
      ...(spec.cancelTestId ? { cancelButtonProps: testId(`${spec.kind}-delete-cancel`) } : {}),
      onOk: async () => {
        try {
          const deleted = await spec.remove(api, target);
          afterDelete?.();
          const key = `${spec.kind}-deleted-${deleted.id}`;
          notification.success({
            key,
            title: spec.deletedTitle(deleted),
            duration: UNDO_SECONDS,
            actions: (
              <Button
                type="primary"
                size="small"
                onClick={() => void undo(deleted.id, key, afterUndo)}
                data-testid={`${spec.kind}-undo-delete`}
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
