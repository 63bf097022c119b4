import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n/messages';
import { useApiQuery } from '../api/use-api-query';
import { Loading, LoadError } from '../components/StatusBlocks';
import { AssumedChanges } from './AssumedChanges';
import { FiguresTable } from './FiguresTable';
import { ReadinessCompare } from './ReadinessCompare';
import { SupportTable } from './SupportTable';

/**
 * The chosen scenarios side by side. Their figures follow the projects, the funding packs, the
 * register and the self-assessments, so a change to any of them refetches the comparison.
 */
export function ScenarioComparisonView({
  enterpriseId,
  scenarioIds,
  lang,
}: {
  enterpriseId: number;
  scenarioIds: number[];
  lang: Lang;
}) {
  const { t } = useTranslation();
  const compare = useApiQuery('scenarios.compare', { enterpriseId, scenarioIds }, [
    'scenarios',
    'projects',
    'funding',
    'equipment',
    'assessments',
    'enterprises',
  ]);
  const report = compare.data;
  if (compare.error && !report) return <LoadError error={compare.error} onRetry={compare.reload} />;
  if (!report) return <Loading tip={t('scenarioUi.loadingCompare')} />;
  const first = report.scenarios[0]?.figures;
  return (
    <Flex vertical gap={16} data-testid="scenario-comparison" aria-busy={compare.loading}>
      <Card title={t('scenarioUi.compareTitle', { year: report.referenceYear })}>
        <Flex vertical gap={8}>
          <FiguresTable scenarios={report.scenarios} lang={lang} />
          {first && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('scenarioUi.returnsNote', {
                rate: first.returns.discountRate.toLocaleString(lang, {
                  style: 'percent',
                  maximumFractionDigits: 2,
                }),
                years: first.returns.horizonYears,
                basis: t(`scenarioUi.basis_${first.returnsBasis}`),
              })}
            </Typography.Text>
          )}
          {report.scenarios.some((s) => s.figures.savings.mixedEnergyBasis) && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('scenarioUi.mixedBasis')}
            </Typography.Text>
          )}
        </Flex>
      </Card>
      <Card title={t('scenarioUi.readinessTitle')}>
        <ReadinessCompare report={report} lang={lang} />
      </Card>
      <Card title={t('scenarioUi.supportTitle')}>
        <SupportTable report={report} enterpriseId={enterpriseId} lang={lang} />
      </Card>
      <Card title={t('scenarioUi.changesTitle')}>
        <AssumedChanges report={report} lang={lang} />
      </Card>
    </Flex>
  );
}
