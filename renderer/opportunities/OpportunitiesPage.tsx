import { ArrowLeftOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Flex, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../shared/projects/project-schema';
import { useApiQuery } from '../api/use-api-query';
import { routeHref } from '../app/routing';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadError } from '../components/StatusBlocks';
import { ReferenceYearPicker } from '../dashboard/ReferenceYearPicker';
import { errorText } from '../i18n/wire-messages';
import { AssumptionsPanel } from './AssumptionsPanel';
import { ProposalsView } from './ProposalsView';
import { AssumptionsContext, useAssumptions } from './use-assumptions';

/** Rows listed per proposal: enough to check a proposal, little enough for a 100,000-row register. */
const ROW_LIMIT = 50;
const NO_PROJECTS: readonly ProjectSummary[] = [];

/**
 * The opportunity finder (issue 5): what the register suggests doing, each measure with the rows
 * it concerns, its energy, CO₂, saving, investment and payback, the policy clause it rests on and
 * the assumptions behind the estimate (editable). Proposals are accepted into a project, alone or
 * several together, or dismissed with a reason; either can be undone.
 */
export function OpportunitiesPage({ enterpriseId }: { enterpriseId: number }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const enterprise = useApiQuery('enterprise.get', { id: enterpriseId }, ['enterprises']);
  const facets = useApiQuery('equipment.facets', { enterpriseId }, ['equipment']);
  // Decisions and stored assumptions are announced as 'projects'; proposals follow the register too.
  const report = useApiQuery('opportunities.list', { enterpriseId, year, rowLimit: ROW_LIMIT }, [
    'projects',
    'equipment',
    'enterprises',
  ]);
  const projects = useApiQuery('projects.list', { enterpriseId }, ['projects']);
  const assumptions = useAssumptions(enterpriseId);
  const { change } = assumptions;
  const context = useMemo(() => ({ data: assumptions.query.data, change }), [assumptions.query.data, change]);
  const name = enterprise.data?.name ?? '';

  const back = (
    <Typography.Link
      href={routeHref({ page: 'enterprise', id: enterpriseId })}
      data-testid="opportunities-back"
    >
      <ArrowLeftOutlined /> {t('register.back', { name })}
    </Typography.Link>
  );
  const heading = (
    <PageHeading
      title={
        <Flex align="baseline" gap={12} wrap>
          <span data-testid="opportunities-title">{t('opportunityUi.title')}</span>
          <Typography.Text type="secondary" style={{ fontSize: 16 }}>
            {name}
          </Typography.Text>
        </Flex>
      }
      extra={
        <ReferenceYearPicker year={year} oldestInRegister={facets.data?.yearMin ?? null} onChange={setYear} />
      }
    >
      <Typography.Text type="secondary">{t('opportunityUi.intro')}</Typography.Text>
    </PageHeading>
  );

  const queries = [enterprise, facets, report];
  const failed = queries.find((q) => q.error != null && !q.data);
  if (failed) {
    return (
      <>
        {back}
        {heading}
        <LoadError
          error={failed.error}
          title={t('opportunityUi.loadErrorTitle')}
          onRetry={() => queries.forEach((q) => q.reload())}
        />
      </>
    );
  }
  if (facets.data?.total === 0) {
    return (
      <>
        {back}
        {heading}
        <Flex vertical align="center" style={{ paddingBlock: 48 }} data-testid="opportunities-empty-register">
          <Empty
            description={
              <Flex vertical gap={4} style={{ maxWidth: 560 }}>
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {t('opportunityUi.emptyRegisterTitle')}
                </Typography.Text>
                <Typography.Text type="secondary">{t('opportunityUi.emptyRegisterHint')}</Typography.Text>
              </Flex>
            }
          >
            <Button
              type="primary"
              icon={<UploadOutlined />}
              href={routeHref({ page: 'register', enterpriseId })}
            >
              {t('opportunityUi.emptyRegisterAction')}
            </Button>
          </Empty>
        </Flex>
      </>
    );
  }
  if (!report.data || !facets.data) {
    return (
      <>
        {back}
        {heading}
        <Loading />
      </>
    );
  }

  return (
    <AssumptionsContext value={context}>
      {back}
      {heading}
      {assumptions.query.data ? (
        <AssumptionsPanel
          data={assumptions.query.data}
          tables={report.data.tables}
          change={change}
          saving={assumptions.saving}
        />
      ) : (
        assumptions.query.error != null && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('opportunityUi.assumptionsLoadError', { reason: errorText(t, assumptions.query.error) })}
            action={
              <Button size="small" onClick={assumptions.query.reload}>
                {t('common.retry')}
              </Button>
            }
            data-testid="opportunity-assumptions-error"
          />
        )
      )}
      <ProposalsView
        enterpriseId={enterpriseId}
        year={year}
        report={report.data}
        projects={projects.data ?? NO_PROJECTS}
        recalculating={report.loading || assumptions.saving}
      />
    </AssumptionsContext>
  );
}
