import { FolderOpenOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Flex, Progress, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../shared/workspace/workspace-types';
import { useApi } from '../api/api-context';
import { useApiQuery } from '../api/use-api-query';
import { useCoreEvents } from '../api/use-core-events';
import { currentLanguage } from '../app/language';
import { useWorkspaceStatus } from '../app/workspace-status';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadError } from '../components/StatusBlocks';
import { testId } from '../components/test-id';
import { formatBytes, formatDateTime } from '../format/figures';
import { errorText, phaseText } from '../i18n/wire-messages';
import { BackupKindTag } from './BackupKindTag';
import { useRestoreBackup } from './use-restore-backup';

interface Running {
  phase: string | null;
  done: number;
  total: number;
}

export function BackupsPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const api = useApi();
  const { message } = App.useApp();
  const status = useWorkspaceStatus();
  const list = useApiQuery('backup.list', {}, ['backups']);
  const confirmRestore = useRestoreBackup();
  const [running, setRunning] = useState<Running | null>(null);

  useCoreEvents((event) => {
    if (event.type === 'progress' && event.phase === 'job.backup') {
      setRunning((r) => r && { phase: event.phase, done: event.done, total: event.total });
    }
  });

  const createNow = async () => {
    setRunning({ phase: null, done: 0, total: 0 });
    try {
      const created = await api.call('backup.create', {});
      void message.success(t('backups.created', { size: formatBytes(t, created.sizeBytes, lang) }));
    } catch (error) {
      void message.error(errorText(t, error));
    } finally {
      setRunning(null);
    }
  };

  const columns: TableColumnsType<BackupInfo> = [
    { key: 'kind', title: t('backups.kind'), render: (_, b) => <BackupKindTag kind={b.kind} /> },
    {
      key: 'createdAt',
      title: t('backups.createdAt'),
      render: (_, b) => formatDateTime(b.createdAt, { seconds: true }),
    },
    {
      key: 'size',
      title: t('backups.size'),
      align: 'right',
      render: (_, b) => formatBytes(t, b.sizeBytes, lang),
    },
    {
      key: 'name',
      title: t('backups.fileName'),
      render: (_, b) => (
        <Typography.Text type="secondary" className="code-text" style={{ fontSize: 12 }}>
          {b.name}
        </Typography.Text>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, b) => (
        <Button size="small" onClick={() => confirmRestore(b)} data-testid="backup-restore">
          {t('backups.restore')}
        </Button>
      ),
    },
  ];

  const percent = running?.total ? Math.round((running.done / running.total) * 100) : null;

  return (
    <>
      <PageHeading
        title={t('backups.title')}
        extra={
          <>
            {running?.phase && percent !== null && (
              <Flex align="center" gap={8} data-testid="backup-progress">
                <Typography.Text type="secondary">{phaseText(t, running.phase)}</Typography.Text>
                <Progress percent={percent} size="small" style={{ width: 140, margin: 0 }} />
              </Flex>
            )}
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={running !== null}
              onClick={() => void createNow()}
              data-testid="backup-create"
            >
              {t('backups.createNow')}
            </Button>
          </>
        }
      >
        <Typography.Text type="secondary">{t('backups.intro')}</Typography.Text>
        <Flex align="center" gap={6}>
          <FolderOpenOutlined aria-label={t('backups.folder')} title={t('backups.folder')} />
          <Typography.Text className="code-text" type="secondary" copyable data-testid="backup-folder">
            {status.backupsDir}
          </Typography.Text>
        </Flex>
      </PageHeading>
      {list.error && !list.data ? (
        <LoadError error={list.error} onRetry={list.reload} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <Table<BackupInfo>
          rowKey="name"
          columns={columns}
          dataSource={list.data}
          loading={list.loading && { delay: 300 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('backups.empty') }}
          onRow={() => testId('backup-row')}
          data-testid="backup-table"
        />
      )}
    </>
  );
}
