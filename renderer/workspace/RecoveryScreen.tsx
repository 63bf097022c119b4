import { App, Button, Card, Flex, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceStatus } from '../../shared/workspace/workspace-types';
import { useApi } from '../api/api-context';
import { currentLanguage } from '../app/language';
import { testId } from '../components/test-id';
import { formatBytes, formatDateTime } from '../format/figures';
import { errorText } from '../i18n/wire-messages';

/**
 * Shown instead of the app when the workspace failed its check on open. The damaged file is kept
 * where the core moved it; the user picks the newest good backup (the primary action) or, after a
 * confirmation, an empty workspace. Once the core reports the workspace ready, the app opens.
 */
export function RecoveryScreen({ status }: { status: WorkspaceStatus }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const api = useApi();
  const { modal, message } = App.useApp();
  const [busy, setBusy] = useState<'backup' | 'empty' | null>(null);
  const recovery = status.recovery;
  const backup = recovery?.newestGoodBackup ?? null;

  const recover = async (name: string | null) => {
    setBusy(name === null ? 'empty' : 'backup');
    try {
      await api.call('workspace.recover', { backup: name });
      void message.success(t('recovery.recovered'));
    } catch (error) {
      void message.error(errorText(t, error));
    } finally {
      setBusy(null);
    }
  };

  const confirmEmpty = () =>
    modal.confirm({
      title: t('recovery.startEmptyTitle'),
      content: t('recovery.startEmptyBody', { movedTo: recovery?.movedTo ?? '' }),
      okText: t('recovery.startEmpty'),
      okButtonProps: { danger: true, ...testId('recovery-start-empty-confirm') },
      cancelText: t('common.cancel'),
      onOk: () => recover(null),
    });

  const backupTime = backup ? formatDateTime(backup.createdAt, { seconds: true }) : '';

  return (
    <Flex justify="center" style={{ padding: 24 }}>
      <Card style={{ maxWidth: 760, width: '100%' }}>
        <Result
          status="warning"
          title={
            <span data-testid="recovery-title">
              {recovery?.cause === 'deleted'
                ? t('recovery.titleDeleted')
                : recovery?.cause === 'replaced'
                  ? t('recovery.titleReplaced')
                  : t('recovery.title')}
            </span>
          }
          subTitle={
            <Flex vertical gap={8} align="start" style={{ textAlign: 'start' }}>
              {recovery && (
                <>
                  <Typography.Text>
                    {recovery.cause === 'corrupt' ? t('recovery.movedTo') : t('recovery.goneFrom')}
                  </Typography.Text>
                  <Typography.Text className="code-text" copyable data-testid="recovery-moved-to">
                    {recovery.movedTo}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {recovery.cause === 'corrupt'
                      ? t('recovery.reason', { reason: recovery.reason })
                      : t('recovery.rescued')}
                  </Typography.Text>
                </>
              )}
              <Typography.Text strong data-testid="recovery-offer">
                {backup
                  ? t('recovery.backupOffer', {
                      time: backupTime,
                      kind: t(`backupKind.${backup.kind}`),
                      size: formatBytes(t, backup.sizeBytes, lang),
                    })
                  : t('recovery.noBackup')}
              </Typography.Text>
            </Flex>
          }
          extra={
            <Flex gap={8} justify="center" wrap>
              {backup && (
                <Button
                  type="primary"
                  size="large"
                  loading={busy === 'backup'}
                  disabled={busy !== null}
                  onClick={() => void recover(backup.name)}
                  data-testid="recovery-restore"
                >
                  {t('recovery.restoreBackup', { time: backupTime })}
                </Button>
              )}
              <Button
                size="large"
                type={backup ? 'default' : 'primary'}
                loading={busy === 'empty'}
                disabled={busy !== null}
                onClick={confirmEmpty}
                data-testid="recovery-start-empty"
              >
                {t('recovery.startEmpty')}
              </Button>
            </Flex>
          }
        />
      </Card>
    </Flex>
  );
}
