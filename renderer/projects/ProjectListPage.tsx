import { BulbOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../shared/projects/project-schema';
import { useApiQuery } from '../api/use-api-query';
import { currentLanguage } from '../app/language';
import { navigate, routeHref } from '../app/routing';
import { EmptyHint } from '../components/EmptyHint';
import { EnterpriseSubpageHeading, Loaded } from '../components/EnterpriseSubpage';
import { IconAction } from '../components/IconAction';
import { testId } from '../components/test-id';
import { formatFenWan } from '../format/figures';
import { CreateProjectDialog } from './CreateProjectDialog';
import { dateRangeText, directionText, paybackText, statusColor, statusText } from './project-format';
import { useDeleteProject } from './use-delete-project';

/** An enterprise's projects, newest first: open one, start one by hand, or delete one (with undo). */
export function ProjectListPage({ enterpriseId }: { enterpriseId: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const enterprise = useApiQuery('enterprise.get', { id: enterpriseId }, ['enterprises']);
  const list = useApiQuery('projects.list', { enterpriseId }, ['projects', 'enterprises']);
  const [creating, setCreating] = useState(false);
  const confirmDelete = useDeleteProject();

  const columns: TableColumnsType<ProjectSummary> = [
    {
      key: 'name',
      title: t('projectUi.colName'),
      render: (_, p) => (
        <Typography.Link
          href={routeHref({ page: 'project', enterpriseId, id: p.id })}
          data-testid="project-open"
        >
          {p.name}
        </Typography.Link>
      ),
    },
    {
      key: 'direction',
      title: t('projectUi.colDirection'),
      render: (_, p) => directionText(p.direction, lang),
    },
    {
      key: 'status',
      title: t('projectUi.colStatus'),
      width: 100,
      render: (_, p) => <Tag color={statusColor(p.status)}>{statusText(t, p.status)}</Tag>,
    },
    {
      key: 'dates',
      title: t('projectUi.colDates'),
      width: 210,
      render: (_, p) => dateRangeText(t, p.startDate, p.endDate),
    },
    {
      key: 'investment',
      title: t('projectUi.colInvestment'),
      align: 'right',
      width: 170,
      render: (_, p) => (
        <span data-testid="project-row-investment">{formatFenWan(p.totalInvestmentFen, lang)}</span>
      ),
    },
    {
      key: 'saving',
      title: t('projectUi.colSaving'),
      align: 'right',
      width: 160,
      render: (_, p) => formatFenWan(p.annualCostSavingFen, lang),
    },
    {
      key: 'payback',
      title: t('projectUi.colPayback'),
      align: 'right',
      width: 130,
      render: (_, p) => (
        <span data-testid="project-row-payback">{paybackText(t, p.simplePaybackYears, lang)}</span>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 80,
      render: (_, p) => (
        <IconAction
          danger
          icon={<DeleteOutlined />}
          label={t('common.delete')}
          onClick={() => confirmDelete(p)}
          testId="project-delete"
        />
      ),
    },
  ];

  const heading = (
    <EnterpriseSubpageHeading
      enterpriseId={enterpriseId}
      enterpriseName={enterprise.data?.name}
      backTestId="projects-back"
      title={t('projectUi.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="project-create"
        >
          {t('projectUi.create')}
        </Button>
      }
      intro={t('projectUi.listIntro')}
    />
  );
  const dialog = (
    <CreateProjectDialog
      enterpriseId={enterpriseId}
      open={creating}
      onClose={() => setCreating(false)}
      onCreated={(created) => {
        setCreating(false);
        navigate({ page: 'project', enterpriseId, id: created.id });
      }}
    />
  );

  return (
    <Loaded query={list} heading={heading}>
      {(rows) => (
        <>
          {rows.length === 0 ? (
            <EmptyHint
              title={t('projectUi.emptyTitle')}
              hint={t('projectUi.emptyHint')}
              testId="projects-empty"
            >
              <Button
                icon={<BulbOutlined />}
                href={routeHref({ page: 'opportunities', enterpriseId })}
                data-testid="projects-empty-opportunities"
              >
                {t('projectUi.emptyFromOpportunities')}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setCreating(true)}
                data-testid="projects-empty-create"
              >
                {t('projectUi.emptyByHand')}
              </Button>
            </EmptyHint>
          ) : (
            <Table<ProjectSummary>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 'max-content' }}
              onRow={() => testId('project-row')}
              data-testid="project-table"
            />
          )}
          {dialog}
        </>
      )}
    </Loaded>
  );
}
