import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../shared/workspace/workspace-types';
import { useApi } from '../api/api-context';
import { testId } from '../components/test-id';
import { formatDateTime } from '../format/figures';
import { errorText } from '../i18n/wire-messages';

const UNDO_SECONDS = 30;

/**
 * Restore after a confirmation that says the current state is backed up first; then offer to undo,
 * which restores that very backup. Every page refetches on the core's 'workspace' change.
 */
export function useRestoreBackup() {
  const api = useApi();
  const { t } = useTranslation();
  const { modal, notification, message } = App.useApp();

  const undo = async (undoBackup: string, key: string) => {
    notification.destroy(key);
    try {
      await api.call('backup.restore', { name: undoBackup });
      void message.success(t('backups.restoreUndone'));
    } catch (error) {
      void message.error(errorText(t, error));
    }
  };

  return (backup: BackupInfo) => {
    const time = formatDateTime(backup.createdAt, { seconds: true });
    modal.confirm({
      title: t('backups.restoreTitle', { time }),
      content: t('backups.restoreBody'),
      okText: t('backups.restore'),
      okButtonProps: testId('backup-restore-confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const result = await api.call('backup.restore', { name: backup.name });
          const key = `restored-${result.undoBackup}`;
          notification.success({
            key,
            title: t('backups.restored', { time }),
            duration: UNDO_SECONDS,
            actions: (
              <Button
                size="small"
                type="primary"
                onClick={() => void undo(result.undoBackup, key)}
                data-testid="backup-undo-restore"
              >
                {t('backups.undoRestore')}
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
