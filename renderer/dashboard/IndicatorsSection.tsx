import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../app/language';
import { formatCount } from '../format/figures';
import type { DashboardData } from './dashboard-data';
import { inLang } from './figure-text';
import { IndicatorTable } from './IndicatorTable';

/** The indicators table and what its figures rest on: which units count, and the assumptions made. */
export function IndicatorsSection({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { report } = data;
  const { loadFactor } = report.assumptions;
  const assumed = report.electricity.unitsAtAssumedLoadFactor;
  const basis = (text: { zh: string; en: string }) => inLang(text, lang);
  const notes = [
    t('indicators.inService', { ns: 'shared' }),
    t('indicators.designLifeBasis', { ns: 'shared' }),
    ...(assumed > 0
      ? [
          t('indicators.loadFactorAssumed', {
            ns: 'shared',
            units: formatCount(assumed, lang),
            value: loadFactor.value,
            basis: basis(loadFactor.basis),
          }),
        ]
      : []),
    ...(report.indicators.energy_intensity.figuresYear === null
      ? []
      : [
          t('indicators.standardCoalBasis', {
            ns: 'shared',
            basis: basis(report.standardCoal.electricity.basis),
          }),
        ]),
  ];
  return (
    <Card
      title={t('dashboard.indicatorsTitle', { ns: 'shared' })}
      styles={{ body: { paddingTop: 8 } }}
      data-testid="dashboard-indicators"
    >
      <IndicatorTable enterpriseId={data.enterpriseId} report={report} />
      <Flex vertical gap={2} style={{ marginTop: 12 }}>
        {notes.map((note) => (
          <Typography.Text key={note} type="secondary" style={{ fontSize: 12 }}>
            {note}
          </Typography.Text>
        ))}
      </Flex>
    </Card>
  );
}
