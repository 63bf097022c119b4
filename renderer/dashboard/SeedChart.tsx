import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../app/language';
import { formatCount } from '../format/figures';
import { CategoryBars } from './CategoryBars';
import { ChartCard } from './ChartCard';
import { seedRows } from './chart-rows';
import type { DashboardData } from './dashboard-data';
import { amountText, asLabel, partWords } from './figure-text';

const FOUND_COLOR = '#cf1322';
const UNKNOWN_COLOR = '#d9d9d9';

/**
 * The equipment clause (八) of the 2015 policy supports replacing, as found in the register; units
 * that may be such equipment but lack the data to tell are shown beside them, not counted in.
 */
export function SeedChart({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const rows = seedRows(data.report).map((r) => ({
    ...r,
    label: asLabel(partWords(t, r.key, 'numerator'), lang),
  }));
  const series = [
    { dataKey: 'found' as const, name: t('dashboard.seedFound', { ns: 'shared' }), color: FOUND_COLOR },
    { dataKey: 'unknown' as const, name: t('dashboard.seedUnknown', { ns: 'shared' }), color: UNKNOWN_COLOR },
  ];
  const title = t('dashboard.seedTitle', { ns: 'shared' });
  const year = data.report.referenceYear;
  return (
    <ChartCard
      id="seed"
      title={title}
      subtitle={t('dashboard.seedSubtitle', { ns: 'shared' })}
      legend={series.map((s) => ({ label: s.name, color: s.color }))}
      notes={[]}
      fileName={t('dashboard.pngFileName', { ns: 'shared', name: data.enterpriseName, chart: title, year })}
    >
      <CategoryBars
        rows={rows}
        series={series}
        axis={t('dashboard.unitsAxis', { ns: 'shared' })}
        tickText={(n) => formatCount(n, lang)}
        tooltipText={(n) => amountText(t, lang, 'units', n)}
        wholeNumbers
      />
    </ChartCard>
  );
}
