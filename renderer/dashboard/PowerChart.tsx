import { Col, Row } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n/messages';
import { currentLanguage } from '../app/language';
import { formatCount } from '../format/figures';
import { ChartCard } from './ChartCard';
import { CategoryBars } from './CategoryBars';
import { powerRows } from './chart-rows';
import type { DashboardData } from './dashboard-data';
import { amountText, numberText } from './figure-text';
import { NoInService } from './NoInService';

const KW_COLOR = '#1677ff';
const KWH_COLOR = '#fa8c16';

/** The estimate against what the enterprise reported, so a far-off register shows at once. */
function electricityNote(t: TFunction, lang: Lang, data: DashboardData): string {
  const { estimatedKwh, vsReported } = data.report.electricity;
  const estimated = numberText(lang, estimatedKwh, 0);
  if (vsReported.figuresYear === null || vsReported.value === null) {
    return t('dashboard.electricityNoMeter', { ns: 'shared', estimated, year: data.report.referenceYear });
  }
  return t('dashboard.electricityVsMetered', {
    ns: 'shared',
    estimated,
    metered: numberText(lang, vsReported.denominator, 0),
    year: vsReported.figuresYear,
    share: amountText(t, lang, 'share', vsReported.value),
  });
}

/**
 * Two panels on the same category rows: installed power, and the electricity the register's rows
 * are estimated to use in a year. Kept apart rather than on two axes of one chart, whose bars
 * would invite comparing kW with kWh.
 */
export function PowerChart({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const rows = powerRows(data.distributions, lang);
  const title = t('dashboard.powerTitle', { ns: 'shared' });
  const kwLabel = t('dashboard.powerKw', { ns: 'shared' });
  const kwhLabel = t('dashboard.powerKwh', { ns: 'shared' });
  const withoutPower = data.distributions.categories.reduce((n, c) => n + c.unitsWithoutPower, 0);
  const notes = [
    ...(withoutPower > 0
      ? [t('dashboard.powerWithoutKw', { ns: 'shared', units: formatCount(withoutPower, lang) })]
      : []),
    electricityNote(t, lang, data),
  ];
  const compact = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
  const panel = (field: 'installedKw' | 'estimatedKwh', name: string, color: string, first: boolean) => (
    <CategoryBars
      rows={rows}
      series={[{ dataKey: field, name, color }]}
      axis={name}
      // Axis ticks run to millions of kWh and must stay short (1.2万, 12K); the tooltip has them whole.
      tickText={(n) => compact.format(n)}
      tooltipText={(n) => amountText(t, lang, field === 'installedKw' ? 'kW' : 'kWh', n)}
      showCategories={first}
    />
  );

  return (
    <ChartCard
      id="power"
      title={title}
      subtitle={t('dashboard.powerSubtitle', { ns: 'shared' })}
      legend={[
        { label: kwLabel, color: KW_COLOR },
        { label: kwhLabel, color: KWH_COLOR },
      ]}
      notes={notes}
      fileName={t('dashboard.pngFileName', {
        ns: 'shared',
        name: data.enterpriseName,
        chart: title,
        year: data.report.referenceYear,
      })}
    >
      {rows.length === 0 ? (
        <NoInService />
      ) : (
        <Row gutter={8}>
          <Col span={13}>{panel('installedKw', kwLabel, KW_COLOR, true)}</Col>
          <Col span={11}>{panel('estimatedKwh', kwhLabel, KWH_COLOR, false)}</Col>
        </Row>
      )}
    </ChartCard>
  );
}
