import { useTranslation } from 'react-i18next';
import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
} from 'recharts';
import { currentLanguage } from '../app/language';
import { ChartCard } from '../dashboard/ChartCard';
import type { ChartPicture } from '../dashboard/chart-picture';
import { scoreText } from './maturity-text';
import { RADAR_MAX, radarRows, type RadarInput } from './radar-rows';

export interface RadarSeries extends RadarInput {
  name: string;
  color: string;
}

export interface MaturityRadarCardProps extends Omit<ChartPicture, 'legend'> {
  id: string;
  fileName: string;
  series: readonly RadarSeries[];
  height?: number;
}

/** One assessment on its own. */
export const RADAR_COLOR = '#1677ff';

/** Wide enough that no axis name wraps: a wrapped name would run into its neighbour. */
const TICK = { fontSize: 12, fill: '#595959', width: 130 };
const RADIUS_TICK = { fontSize: 10, fill: '#8c8c8c' };

/**
 * The twenty sub-domains on a circle, each scored 0–5 like the total; several assessments overlaid
 * for a comparison. In a chart card, so it has its title and unit and saves as a PNG like every
 * chart of the dashboard. Text is styled by SVG attributes, which the saved picture keeps.
 */
export function MaturityRadarCard({ series, height = 400, ...card }: MaturityRadarCardProps) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  // Short names: the model's full English names do not fit twenty to a circle.
  const rows = radarRows(series, (code) => t(`selfAssessment.axis_${code}`, { ns: 'shared' }));
  return (
    <ChartCard {...card} legend={series.map((s) => ({ label: s.name, color: s.color }))}>
      <ResponsiveContainer width="100%" height={height}>
        <RadarChart data={rows} outerRadius="66%" margin={{ top: 12, right: 36, bottom: 12, left: 36 }}>
          <PolarGrid stroke="#e8e8e8" />
          <PolarAngleAxis dataKey="label" tick={TICK} />
          <PolarRadiusAxis
            domain={[0, RADAR_MAX]}
            tickCount={RADAR_MAX + 1}
            // Between the first two spokes, so the scale's figures never sit on a sub-domain's name.
            angle={90 - 360 / rows.length / 2}
            tick={RADIUS_TICK}
            axisLine={false}
          />
          {series.map((s) => (
            <Radar
              key={s.key}
              dataKey={s.key}
              name={s.name}
              stroke={s.color}
              fill={s.color}
              fillOpacity={series.length > 1 ? 0.12 : 0.25}
              dot={{ r: 2 }}
              isAnimationActive={false}
            />
          ))}
          <Tooltip
            formatter={(n) =>
              t('selfAssessment.radarTooltip', { ns: 'shared', score: scoreText(Number(n), lang) })
            }
          />
        </RadarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
