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
import { ChartsSection } from './ChartsSection';
import type { DashboardData } from './dashboard-data';
import { EmptyRegister } from './EmptyRegister';
import { IndicatorsSection } from './IndicatorsSection';
import { ReferenceYearPicker } from './ReferenceYearPicker';

/**
 * The dashboard's sections, top to bottom, each drawn from the same data for one reference year.
 * The readiness scores and the maturity radar of issue 4 come from the assessment API: they join
 * this list, above the indicators, as sections of their own once that API exists.
 */
const SECTIONS: readonly { key: string; Section: ComponentType<{ data: DashboardData }> }[] = [
  { key: 'indicators', Section: IndicatorsSection },
  { key: 'charts', Section: ChartsSection },
];

/**
 * Where an enterprise stands: its indicators against published reference values, with every
 * register figure linked to its rows, and charts of its equipment, each savable as a picture.
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

  const failed = [enterprise, facets, report, distributions].find((q) => q.error != null && !q.data);
  if (failed) {
    return (
      <>
        {back}
        {heading}
        <LoadError
          error={failed.error}
          title={t('dashboard.loadErrorTitle', { ns: 'shared' })}
          onRetry={() => [enterprise, facets, report, distributions].forEach((q) => q.reload())}
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
    enterprise.data && report.data && distributions.data
      ? { enterpriseId, enterpriseName: name, report: report.data, distributions: distributions.data }
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
