import { Alert, Descriptions, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HandoffPartChange, HandoffPreview } from '../../shared/handoff/handoff-api';
import { currentLanguage } from '../app/language';
import { testId } from '../components/test-id';
import { formatBytes, formatCount, formatDateTime } from '../format/figures';

const COUNTS = ['incoming', 'added', 'changed', 'removed', 'unchanged'] as const;
const COUNT_TITLES = {
  incoming: 'portfolioUi.handoff.colIncoming',
  added: 'portfolioUi.handoff.colAdded',
  changed: 'portfolioUi.handoff.colChanged',
  removed: 'portfolioUi.handoff.colRemoved',
  unchanged: 'portfolioUi.handoff.colUnchanged',
} as const;

/** Nothing added, changed or removed in any part: the file is what the workspace already holds. */
export const changesNothing = (changes: readonly HandoffPartChange[]) =>
  changes.every((c) => c.added === 0 && c.changed === 0 && c.removed === 0);

/** What importing the file would do: new client or update of the matched one, part by part. */
export function HandoffPreviewView({ preview }: { preview: HandoffPreview }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { match, enterprise } = preview;
  const incoming = enterprise.uscc ?? t('portfolioUi.handoff.usccNone');

  const columns: TableColumnsType<HandoffPartChange> = [
    {
      key: 'part',
      title: t('portfolioUi.handoff.colPart'),
      render: (_, c) => t(`portfolioUi.handoff.part.${c.part}`),
    },
    ...COUNTS.map((key) => ({
      key,
      title: t(COUNT_TITLES[key]),
      width: 88,
      align: 'right' as const,
      render: (_: unknown, c: HandoffPartChange) => {
        const n = c[key];
        // In an update, what moves is what matters: the rest stays grey.
        const quiet = n === 0 || key === 'unchanged' || key === 'incoming';
        return (
          <Typography.Text
            type={quiet ? 'secondary' : undefined}
            strong={!quiet}
            data-testid={`handoff-count-${c.part}-${key}`}
            data-value={n}
          >
            {formatCount(n, lang)}
          </Typography.Text>
        );
      },
    })),
  ];

  return (
    <Flex vertical gap={16}>
      {match.kind === 'new' ? (
        <Alert
          type="info"
          showIcon
          title={t('portfolioUi.handoff.matchNew', { name: enterprise.name })}
          description={t('portfolioUi.handoff.matchNewDetail')}
          data-testid="handoff-match"
          data-kind="new"
        />
      ) : (
        <Alert
          type="warning"
          showIcon
          title={t('portfolioUi.handoff.matchUpdate', { name: match.name })}
          description={
            changesNothing(preview.changes)
              ? t('portfolioUi.handoff.noChanges')
              : t('portfolioUi.handoff.matchUpdateDetail', { incoming })
          }
          data-testid="handoff-match"
          data-kind="update"
          data-enterprise-id={match.enterpriseId}
        />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: 'exportedAt',
            label: t('portfolioUi.handoff.exportedAt'),
            children: <span data-testid="handoff-exported-at">{formatDateTime(preview.exportedAt)}</span>,
          },
          {
            key: 'appVersion',
            label: t('portfolioUi.handoff.appVersion'),
            children: <span data-testid="handoff-app-version">{preview.appVersion}</span>,
          },
          {
            key: 'attachmentBytes',
            label: t('portfolioUi.handoff.attachmentBytes'),
            children: (
              <span data-testid="handoff-attachment-bytes" data-value={preview.attachmentBytes}>
                {formatBytes(t, preview.attachmentBytes, lang)}
              </span>
            ),
          },
        ]}
      />
      <Table<HandoffPartChange>
        rowKey="part"
        size="small"
        columns={columns}
        dataSource={preview.changes}
        pagination={false}
        onRow={() => testId('handoff-part-row')}
        data-testid="handoff-changes"
      />
    </Flex>
  );
}
