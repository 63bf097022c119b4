import { ArrowLeftOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/use-api-query';
import { currentLanguage } from '../app/language';
import { navigate, routeHref } from '../app/routing';
import { PageHeading } from '../components/PageHeading';
import { Loading, LoadError } from '../components/StatusBlocks';
import { formatCount } from '../format/figures';
import { MaturitySection } from '../assessment/MaturitySection';
import { ReadinessSection } from '../readiness/ReadinessSection';
import { ChartsSection } from './ChartsSection';
import type { DashboardData } from './dashboard-data';
import { EmptyRegister } from './EmptyRegister';
import { IndicatorsSection } from './IndicatorsSection';
import { ReferenceYearPicker } from './ReferenceYearPicker';

/**
 * The dashboard's sections, top to bottom, each drawn from the same data for one reference year:
 * where the enterprise stands (readiness, maturity) above the figures that explain it.
 */
const SECTIONS: readonly { key: string; Section: ComponentType<{ data: DashboardData }> }[] = [
  { key: 'readiness', Section: ReadinessSection },
  { key: 'maturity', Section: MaturitySection },
  { key: 'indicators', Section: IndicatorsSection },
  { key: 'charts', Section: ChartsSection },
];

/**
 * Where an enterprise stands: its readiness scores and what would raise them, its latest maturity
 * self-assessment, its indicators against published reference values, with every register figure
 * and action linked to its rows, and charts of its equipment, each savable as a picture.
 */
export function DashboardPage({ enterpriseId, year }: { enterpriseId: number; year?: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const referenceYear = year ?? new Date().getFullYear();
  const subject = { enterpriseId, year: referenceYear };
  const enterprise = useApiQuery('enterprise.get', { id: enterpriseId }, ['enterprises']);
  const facets = useApiQuery('equipment.facets', { enterpriseId }, ['equipment']);
  const report = useApiQuery('indicators.compute', subject, ['equipment', 'enterprises']);
  const distributions = useApiQuery('indicators.distributions', subject, ['equipment']);
  const readiness = useApiQuery('readiness.compute', subject, ['equipment', 'enterprises', 'assessments']);
  const name = enterprise.data?.name ?? '';

  const back = (
    <Typography.Link href={routeHref({ page: 'enterprise', id: enterpriseId })} data-testid="dashboard-back">
      <ArrowLeftOutlined /> {t('register.back', { name })}
    </Typography.Link>
  );
  const heading = (
    <PageHeading
      title={
        <Flex align="baseline" gap={12} wrap>
          <span>{t('dashboard.title', { ns: 'shared' })}</span>
          <Typography.Text type="secondary" style={{ fontSize: 16 }} data-testid="dashboard-enterprise">
            {name}
          </Typography.Text>
        </Flex>
      }
      extra={
        <ReferenceYearPicker
          year={referenceYear}
          oldestInRegister={facets.data?.yearMin ?? null}
          onChange={(y) => navigate({ page: 'dashboard', enterpriseId, year: y })}
        />
      }
    >
      <Typography.Text type="secondary" data-testid="dashboard-register-rows">
        {facets.data
          ? t('dashboard.registerRows', { ns: 'shared', rows: formatCount(facets.data.total, lang) })
          : '\u00a0'}
      </Typography.Text>
    </PageHeading>
  );

  const queries = [enterprise, facets, report, distributions, readiness];
  const failed = queries.find((q) => q.error != null && !q.data);
  if (failed) {
    return (
      <>
        {back}
        {heading}
        <LoadError
          error={failed.error}
          title={t('dashboard.loadErrorTitle', { ns: 'shared' })}
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
        <EmptyRegister enterpriseId={enterpriseId} />
      </>
    );
  }
  const data: DashboardData | null =
    enterprise.data && report.data && distributions.data && readiness.data
      ? {
          enterpriseId,
          enterpriseName: name,
          report: report.data,
          distributions: distributions.data,
          readiness: readiness.data,
        }
      : null;
  return (
    <>
      {back}
      {heading}
      {data ? (
        <Flex vertical gap={16} data-testid="dashboard">
          {SECTIONS.map(({ key, Section }) => (
            <Section key={key} data={data} />
          ))}
        </Flex>
      ) : (
        <Loading />
      )}
    </>
  );
}
