import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectFigures } from '../../../shared/projects/project-figures';
import { currentLanguage } from '../../app/language';
import { formatFen, formatRate, irrText, paybackText } from '../project-format';

/** The project's headline figures above every tab, so an edit's effect shows wherever it is made. */
export function FiguresSummary({ figures, started }: { figures: ProjectFigures; started: boolean }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { investment, benefits, returns } = figures;
  // Before anything is entered, "never pays back" would be true but says nothing.
  const returnsText = (text: string) => (started ? text : '—');
  const items = [
    { key: 'total', label: t('projectUi.summary.total'), value: formatFen(investment.totalFen, lang) },
    {
      key: 'eligible',
      label: t('projectUi.summary.eligible'),
      value: formatFen(investment.eligibleFen, lang),
    },
    {
      key: 'saving',
      label: t('projectUi.summary.saving'),
      value: formatFen(benefits.annualCostSavingFen, lang),
    },
    {
      key: 'payback',
      label: t('projectUi.summary.payback'),
      value: returnsText(paybackText(t, returns.simplePaybackYears, lang)),
    },
    {
      key: 'npv',
      label: t('projectUi.summary.npv', {
        rate: formatRate(returns.discountRate, lang),
        years: returns.horizonYears,
      }),
      value: returnsText(formatFen(returns.npvFen, lang)),
    },
    { key: 'irr', label: t('projectUi.summary.irr'), value: returnsText(irrText(t, returns, lang)) },
  ];
  return (
    <Card size="small" styles={{ body: { paddingBlock: 12 } }}>
      <Flex wrap gap="12px 32px">
        {items.map((item) => (
          <Flex key={item.key} vertical gap={2} style={{ minWidth: 120 }}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {item.label}
            </Typography.Text>
            <Typography.Text strong style={{ fontSize: 18 }} data-testid={`summary-${item.key}`}>
              {item.value}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
