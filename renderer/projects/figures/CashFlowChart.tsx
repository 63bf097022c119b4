import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { InvestmentReturns } from '../../../shared/projects/project-figures';
import { currentLanguage } from '../../app/language';
import { cashFlowRows, formatFigure } from '../project-format';

const TICK = { fontSize: 12, fill: '#595959' };
const FLOW_COLOR = '#1677ff';
const CUMULATIVE_COLOR = '#fa8c16';

/**
 * The yearly cash flows the returns are worked out from, with their discounted running sum: where
 * the line crosses zero is the discounted payback, and its end is the NPV.
 */
export function CashFlowChart({ returns }: { returns: InvestmentReturns }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const rows = cashFlowRows(returns);
  const wan = (yuan: number) => formatFigure(yuan / 10000, lang);
  const legend = [
    { label: t('projectUi.figures.flow'), color: FLOW_COLOR },
    { label: t('projectUi.figures.discountedCumulative'), color: CUMULATIVE_COLOR },
  ];
  return (
    <Flex vertical gap={6} data-testid="chart-cash-flow">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('projectUi.figures.chartSubtitle')}
      </Typography.Text>
      <Flex wrap gap="4px 16px" role="list" aria-label={t('projectUi.figures.cashFlow')}>
        {legend.map((entry) => (
          <Flex key={entry.label} align="center" gap={6} role="listitem" style={{ fontSize: 12 }}>
            <span aria-hidden style={{ width: 10, height: 10, background: entry.color, borderRadius: 2 }} />
            {entry.label}
          </Flex>
        ))}
      </Flex>
      <ResponsiveContainer width="100%" height={220}>
        <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 16, left: 8 }}>
          <CartesianGrid stroke="#f0f0f0" vertical={false} />
          <XAxis
            dataKey="year"
            tick={TICK}
            label={{ value: t('projectUi.figures.yearAxis'), position: 'insideBottom', offset: -10, ...TICK }}
          />
          <YAxis tick={TICK} tickFormatter={wan} width={64} />
          <ReferenceLine y={0} stroke="#8c8c8c" />
          <Tooltip
            formatter={(value, name) => [
              t('projectUi.figures.wanValue', { value: wan(Number(value)) }),
              name,
            ]}
            labelFormatter={(year) => t('projectUi.figures.yearN', { year: String(year) })}
          />
          <Bar dataKey="flow" name={legend[0]!.label} fill={FLOW_COLOR} isAnimationActive={false} />
          <Line
            dataKey="discountedCumulative"
            name={legend[1]!.label}
            stroke={CUMULATIVE_COLOR}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </Flex>
  );
}
