import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Table, Typography } from 'antd';
import type { HTMLAttributes, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortfolioRow } from '../../shared/portfolio/portfolio-api';
import { useApiQuery } from '../api/use-api-query';
import { currentLanguage } from '../app/language';
import { navigate } from '../app/routing';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadError } from '../components/StatusBlocks';
import { useEnterpriseEditor } from '../enterprises/form/use-enterprise-editor';
import { todayText } from './deadline-days';
import { columnsWidth, portfolioColumns } from './portfolio-columns';
import { HandoffImportButton, useHandoffImport } from './use-handoff-import';
import './portfolio.css';

const open = (enterpriseId: number) => navigate({ page: 'enterprise', id: enterpriseId });

/** The table row next to this one (antd also puts measuring and expanded rows in the body). */
function siblingRow(row: HTMLElement, direction: 'next' | 'previous'): HTMLElement | null {
  let other = direction === 'next' ? row.nextElementSibling : row.previousElementSibling;
  while (other && !other.classList.contains('ant-table-row')) {
    other = direction === 'next' ? other.nextElementSibling : other.previousElementSibling;
  }
  return other as HTMLElement | null;
}

function rowKeys(event: KeyboardEvent<HTMLElement>, enterpriseId: number) {
  if (event.target !== event.currentTarget) return;
  const move = { ArrowDown: 'next', ArrowUp: 'previous' } as const;
  if (event.key === 'Enter') {
    event.preventDefault();
    open(enterpriseId);
  } else if (event.key in move) {
    event.preventDefault();
    siblingRow(event.currentTarget, move[event.key as keyof typeof move])?.focus();
  }
}

/**
 * The consultant's view: every client with its register, readiness scores, maturity, projects,
 * application readiness and next deadline, sortable by each; a row opens the client.
 */
export function PortfolioPage() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const portfolio = useApiQuery('portfolio.list', { lang }, [
    'enterprises',
    'equipment',
    'assessments',
    'projects',
    'funding',
    'drafts',
  ]);
  const editor = useEnterpriseEditor((saved, created) => {
    if (created) open(saved.id);
  });
  const importer = useHandoffImport();

  if (portfolio.error && !portfolio.data)
    return <LoadError error={portfolio.error} onRetry={portfolio.reload} />;
  if (!portfolio.data) return <Loading />;
  const { rows, year } = portfolio.data;
  const columns = portfolioColumns(t, lang, todayText());

  const heading = (
    <PageHeading
      title={t('portfolioUi.title')}
      extra={rows.length > 0 && <HandoffImportButton onClick={importer.open} />}
    >
      <Typography.Text type="secondary">{t('portfolioUi.intro')}</Typography.Text>
    </PageHeading>
  );

  if (rows.length === 0) {
    return (
      <>
        {heading}
        <Flex vertical align="center" style={{ background: '#fff', borderRadius: 8, padding: '56px 24px' }}>
          <Empty
            description={
              <Flex vertical gap={4} style={{ maxWidth: 480 }}>
                <Typography.Text strong style={{ fontSize: 16 }} data-testid="portfolio-empty">
                  {t('portfolioUi.emptyTitle')}
                </Typography.Text>
                <Typography.Text type="secondary">{t('portfolioUi.emptyHint')}</Typography.Text>
              </Flex>
            }
          >
            <Flex gap={8} justify="center" wrap>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={editor.openCreate}
                data-testid="portfolio-add"
              >
                {t('portfolioUi.emptyAdd')}
              </Button>
              <HandoffImportButton onClick={importer.open} testId="handoff-import-empty" />
            </Flex>
          </Empty>
        </Flex>
        {editor.element}
        {importer.element}
      </>
    );
  }

  return (
    <>
      {heading}
      <Table<PortfolioRow>
        className="portfolio-table"
        rowKey="enterpriseId"
        columns={columns}
        dataSource={rows}
        loading={portfolio.loading && { delay: 300 }}
        scroll={{ x: columnsWidth(columns) }}
        size="small"
        pagination={{
          pageSize: 50,
          hideOnSinglePage: true,
          showTotal: (total) => t('portfolioUi.total', { total }),
        }}
        onRow={(r) =>
          ({
            tabIndex: 0,
            onClick: () => open(r.enterpriseId),
            onKeyDown: (event: KeyboardEvent<HTMLElement>) => rowKeys(event, r.enterpriseId),
            style: { cursor: 'pointer' },
            'aria-label': r.name,
            'data-testid': 'portfolio-row',
            'data-enterprise-id': r.enterpriseId,
          }) as HTMLAttributes<HTMLElement>
        }
        data-testid="portfolio-table"
      />
      <Flex vertical gap={2} style={{ marginTop: 12 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="portfolio-year">
          {t('portfolioUi.yearNote', { year })}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('portfolioUi.keyHint')}
        </Typography.Text>
      </Flex>
      {importer.element}
    </>
  );
}
