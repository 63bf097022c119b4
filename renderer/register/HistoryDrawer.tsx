import { App, Button, Drawer, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChangeKind, ChangeSetInfo } from '../../shared/register/register-api';
import { useApiQuery } from '../api/use-api-query';
import { currentLanguage } from '../app/language';
import { LoadError, Loading } from '../components/StatusBlocks';
import { testId } from '../components/test-id';
import { formatCount, formatDateTime } from '../format/figures';
import { changeText } from './change-text';
import { useUndoChange } from './use-undo-change';

const KIND_COLOR: Record<ChangeKind, string> = {
  import: 'blue',
  edit: 'default',
  'bulk-edit': 'purple',
  add: 'green',
  delete: 'red',
};

/**
 * Imports and the other undoable changes of the register, newest first. Undo asks first; a change
 * that later changes built on cannot be undone until they are, which the core says and we explain.
 */
export function HistoryDrawer({
  enterpriseId,
  open,
  onClose,
}: {
  enterpriseId: number;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('register.history.title')}
      size={760}
      // The list is fetched only while the drawer is open.
      destroyOnHidden
      data-testid="register-history"
    >
      <Typography.Paragraph type="secondary">{t('register.history.intro')}</Typography.Paragraph>
      <HistoryList enterpriseId={enterpriseId} />
    </Drawer>
  );
}

function HistoryList({ enterpriseId }: { enterpriseId: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { modal } = App.useApp();
  const undo = useUndoChange(enterpriseId);
  const history = useApiQuery('equipment.history', { enterpriseId }, ['equipment']);

  const counts = (c: ChangeSetInfo) =>
    (
      [
        ['inserted', c.inserted],
        ['updated', c.updated],
        ['deleted', c.deleted],
        ['rejected', c.rejected],
      ] as const
    )
      .filter(([, n]) => n > 0)
      .map(([what, n]) => t(`register.history.count.${what}`, { n: formatCount(n, lang) }))
      .join(' · ');

  const confirmUndo = (c: ChangeSetInfo) =>
    modal.confirm({
      title: t('register.history.undoTitle', { change: changeText(t, c) }),
      content: t(c.kind === 'import' ? 'register.history.undoImportBody' : 'register.history.undoBody', {
        counts: counts(c),
      }),
      okText: t('common.undo'),
      okButtonProps: testId('register-history-undo-confirm'),
      cancelText: t('common.cancel'),
      onOk: () => undo(c.id),
    });

  const columns: TableColumnsType<ChangeSetInfo> = [
    {
      key: 'kind',
      title: t('register.history.kind'),
      width: 96,
      render: (_, c) => (
        <Tag color={KIND_COLOR[c.kind]} data-testid="register-history-kind">
          {t(`register.history.kinds.${c.kind}`)}
        </Tag>
      ),
    },
    {
      key: 'what',
      title: t('register.history.what'),
      render: (_, c) => (
        <Flex vertical>
          <Typography.Text>{changeText(t, c)}</Typography.Text>
          {c.fileName && c.sheet && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('register.history.sheet', { sheet: c.sheet })}
            </Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="register-history-counts">
            {counts(c)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'time',
      title: t('register.history.time'),
      width: 150,
      render: (_, c) => formatDateTime(c.createdAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 190,
      render: (_, c) =>
        c.undoneAt ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="register-history-undone">
            {t('register.history.undoneAt', { time: formatDateTime(c.undoneAt) })}
          </Typography.Text>
        ) : (
          <Button size="small" onClick={() => confirmUndo(c)} data-testid="register-history-undo">
            {t('common.undo')}
          </Button>
        ),
    },
  ];

  if (history.error && !history.data) return <LoadError error={history.error} onRetry={history.reload} />;
  if (!history.data) return <Loading />;
  if (history.data.length === 0) return <Empty description={t('register.history.empty')} />;
  return (
    <Table<ChangeSetInfo>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={history.data}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      onRow={() => testId('register-history-row')}
    />
  );
}
