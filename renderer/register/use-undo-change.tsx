import { App, Button } from 'antd';
import { useCallback } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/api-context';
import { ApiError } from '../api/api-errors';
import { testId } from '../components/test-id';
import { errorText } from '../i18n/wire-messages';
import { changeText } from './change-text';

const UNDO_SECONDS = 20;

/**
 * Why an undo failed. A change can only be undone while no later change touched the same rows
 * (the core answers CONFLICT, or UNDO_BLOCKED naming the later change): say what to do about it,
 * after the core's own message.
 */
export function undoErrorText(t: TFunction, error: unknown): string {
  const text = errorText(t, error);
  const code = error instanceof ApiError ? (error.wire.code as string) : null;
  if (code === 'CONFLICT' || code === 'UNDO_BLOCKED') return `${text} ${t('register.history.conflictHint')}`;
  return text;
}

/** Undo of one change set, with its outcome told the same way wherever it is started. */
export function useUndoChange(enterpriseId: number) {
  const api = useApi();
  const { t } = useTranslation();
  const { message, modal } = App.useApp();

  return useCallback(
    async (changeSetId: number): Promise<boolean> => {
      try {
        const undone = await api.call('equipment.undo', { enterpriseId, changeSetId });
        void message.success(t('register.history.undone', { change: changeText(t, undone) }));
        return true;
      } catch (error) {
        modal.warning({
          title: t('register.history.undoFailed'),
          content: <span data-testid="register-undo-error">{undoErrorText(t, error)}</span>,
          okButtonProps: testId('register-undo-error-ok'),
        });
        return false;
      }
    },
    [api, enterpriseId, message, modal, t],
  );
}

/** After a bulk change: says what was done and offers Undo for a while. */
export function useAnnounceChange(enterpriseId: number) {
  const { t } = useTranslation();
  const { notification } = App.useApp();
  const undo = useUndoChange(enterpriseId);

  // Stable, so the table's callbacks built on it stay stable too (see EquipmentTable).
  return useCallback(
    (changeSetId: number | null, title: string) => {
      const key = `register-change-${changeSetId ?? 'none'}`;
      notification.success({
        key,
        title,
        duration: UNDO_SECONDS,
        actions:
          changeSetId === null ? undefined : (
            <Button
              type="primary"
              size="small"
              onClick={() => {
                notification.destroy(key);
                void undo(changeSetId);
              }}
              data-testid="register-undo"
            >
              {t('common.undo')}
            </Button>
          ),
      });
    },
    [notification, t, undo],
  );
}
