import { Button, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Opportunity } from '../../shared/opportunities/opportunities-api';
import type { ProjectSummary } from '../../shared/projects/project-schema';
import { currentLanguage } from '../app/language';
import { routeHref } from '../app/routing';
import { testId } from '../components/test-id';
import { formatDateTime } from '../format/figures';
import { proposalName, wanText } from './proposal-text';

/** Undo, busy while its call runs so that a second click cannot send it twice. */
function UndoButton({ onUndo, testid }: { onUndo: () => Promise<void>; testid: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      size="small"
      loading={busy}
      onClick={() => {
        setBusy(true);
        void onUndo().finally(() => setBusy(false));
      }}
      data-testid={testid}
    >
      {t('common.undo')}
    </Button>
  );
}

const decidedAt = (o: Opportunity) => (o.decision ? formatDateTime(o.decision.decidedAt) : '');

/** A decided list: its heading, the columns of its kind, and Undo on every row. */
function DecidedTable({
  kind,
  heading,
  columns,
  proposals,
  onUndo,
}: {
  kind: 'accepted' | 'dismissed';
  heading: string;
  columns: TableColumnsType<Opportunity>;
  proposals: readonly Opportunity[];
  onUndo: (o: Opportunity) => Promise<void>;
}) {
  const { t } = useTranslation();
  const withUndo: TableColumnsType<Opportunity> = [
    ...columns,
    {
      key: 'undo',
      title: t('common.actions'),
      width: 90,
      render: (_, o) => <UndoButton onUndo={() => onUndo(o)} testid={`opportunity-undo-${o.id}`} />,
    },
  ];
  return (
    <Flex vertical gap={8} data-testid={`opportunity-${kind}`}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {heading}
      </Typography.Title>
      <Table<Opportunity>
        size="small"
        rowKey="id"
        columns={withUndo}
        dataSource={[...proposals]}
        pagination={false}
        tableLayout="fixed"
        onRow={(o) => testId(`opportunity-${kind}-${o.id}`)}
      />
    </Flex>
  );
}

/** Proposals taken into projects: which project (linked), when, and Undo to take each out again. */
export function AcceptedSection({
  enterpriseId,
  proposals,
  projects,
  onUndo,
}: {
  enterpriseId: number;
  proposals: readonly Opportunity[];
  projects: readonly ProjectSummary[];
  onUndo: (o: Opportunity) => Promise<void>;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const names = new Map(projects.map((p) => [p.id, p.name]));
  const columns: TableColumnsType<Opportunity> = [
    { key: 'name', title: t('opportunityUi.colMeasure'), render: (_, o) => proposalName(lang, o) },
    {
      key: 'project',
      title: t('opportunityUi.colProject'),
      width: 240,
      render: (_, o) => {
        if (o.decision?.kind !== 'accepted') return null;
        const id = o.decision.projectId;
        return (
          <Typography.Link
            href={routeHref({ page: 'project', enterpriseId, id })}
            data-testid={`opportunity-project-link-${o.id}`}
          >
            {names.get(id) ?? t('opportunityUi.projectNumber', { id })}
          </Typography.Link>
        );
      },
    },
    {
      key: 'saving',
      title: t('opportunityUi.colSavingWan'),
      width: 120,
      align: 'right',
      render: (_, o) => wanText(lang, o.costSavingFen),
    },
    {
      key: 'investment',
      title: t('opportunityUi.colInvestmentWan'),
      width: 120,
      align: 'right',
      render: (_, o) => wanText(lang, o.investmentFen),
    },
    { key: 'at', title: t('opportunityUi.colDecidedAt'), width: 150, render: (_, o) => decidedAt(o) },
  ];
  return (
    <DecidedTable
      kind="accepted"
      heading={t('opportunityUi.acceptedHeading', { count: proposals.length })}
      columns={columns}
      proposals={proposals}
      onUndo={onUndo}
    />
  );
}

/** Proposals the user set aside: the reason given, when, and Undo to list the proposal again. */
export function DismissedSection({
  proposals,
  onUndo,
}: {
  proposals: readonly Opportunity[];
  onUndo: (o: Opportunity) => Promise<void>;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const columns: TableColumnsType<Opportunity> = [
    { key: 'name', title: t('opportunityUi.colMeasure'), render: (_, o) => proposalName(lang, o) },
    {
      key: 'reason',
      title: t('opportunityUi.colReason'),
      render: (_, o) => (
        <span data-testid={`opportunity-reason-${o.id}`}>
          {o.decision?.kind === 'dismissed' ? o.decision.reason : ''}
        </span>
      ),
    },
    {
      key: 'at',
      title: t('opportunityUi.colDecidedAt'),
      width: 150,
      render: (_, o) => <span data-testid={`opportunity-decided-at-${o.id}`}>{decidedAt(o)}</span>,
    },
  ];
  return (
    <DecidedTable
      kind="dismissed"
      heading={t('opportunityUi.dismissedHeading', { count: proposals.length })}
      columns={columns}
      proposals={proposals}
      onUndo={onUndo}
    />
  );
}
