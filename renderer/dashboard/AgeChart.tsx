import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../app/language';
import { formatCount } from '../format/figures';
import { sharedText } from '../i18n/wire-messages';
import { CategoryBars } from './CategoryBars';
import { ChartCard } from './ChartCard';
import { AGE_COLORS, ageChart } from './chart-rows';
import type { DashboardData } from './dashboard-data';
import { amountText } from './figure-text';
import { NoInService } from './NoInService';

/** In-service units per category, stacked by five-year age bands counted to the reference year. */
export function AgeChart({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { rows, bands } = ageChart(data.distributions, lang);
  const series = bands.map((band) => ({
    dataKey: band,
    name: sharedText(t, `dashboard.age_${band}`),
    color: AGE_COLORS[band],
  }));
  const title = t('dashboard.ageTitle', { ns: 'shared' });
  const year = data.distributions.referenceYear;
  return (
    <ChartCard
      id="age"
      title={title}
      subtitle={t('dashboard.ageSubtitle', { ns: 'shared', year })}
      legend={series.map((s) => ({ label: s.name, color: s.color }))}
      notes={[]}
      fileName={t('dashboard.pngFileName', { ns: 'shared', name: data.enterpriseName, chart: title, year })}
    >
      {rows.length === 0 ? (
        <NoInService />
      ) : (
        <CategoryBars
          rows={rows}
          series={series}
          axis={t('dashboard.unitsAxis', { ns: 'shared' })}
          tickText={(n) => formatCount(n, lang)}
          tooltipText={(n) => amountText(t, lang, 'units', n)}
          wholeNumbers
        />
      )}
    </ChartCard>
  );
}
