import { Card, Col, Descriptions, Flex, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProjectFigures } from '../../../shared/projects/project-figures';
import { LINE_CATEGORIES, type LineCategory } from '../../../shared/projects/project-schema';
import { currentLanguage } from '../../app/language';
import {
  categoryText,
  energyAmountsText,
  formatFen,
  formatFigure,
  formatRate,
  irrText,
  paybackText,
} from '../project-format';
import { CashFlowChart } from './CashFlowChart';
import { energyBasisNotes, inLang } from './energy-notes';

function Notes({ lines, testId }: { lines: string[]; testId?: string }) {
  return (
    <ul
      style={{ margin: 0, paddingInlineStart: 18, fontSize: 12, color: 'rgba(0,0,0,0.55)' }}
      data-testid={testId}
    >
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** Everything the plan adds up to: investment by category, the year's benefits, and the returns. */
export function FiguresPanel({ figures, started }: { figures: ProjectFigures; started: boolean }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { investment: inv, benefits: ben, returns: ret } = figures;

  const categoryRows = LINE_CATEGORIES.map((category) => ({ category, fen: inv.byCategory[category] }));
  const investmentTable = (
    <Table<{ category: LineCategory; fen: number }>
      rowKey="category"
      size="small"
      pagination={false}
      dataSource={categoryRows}
      columns={[
        { key: 'c', title: t('projectUi.figures.category'), render: (_, r) => categoryText(t, r.category) },
        {
          key: 'a',
          title: t('projectUi.figures.amountYuan'),
          align: 'right',
          render: (_, r) => (
            <span data-testid={`figure-category-${r.category}`}>{formatFen(r.fen, lang)}</span>
          ),
        },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <Typography.Text strong>{t('projectUi.figures.total')}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <Typography.Text strong data-testid="figure-total">
              {formatFen(inv.totalFen, lang)}
            </Typography.Text>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
      data-testid="figure-investment-table"
    />
  );

  const yuan = (fen: number, testId: string) => (
    <span data-testid={testId}>{t('projectUi.figures.yuan', { value: formatFen(fen, lang) })}</span>
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={t('projectUi.figures.investmentHeading')} size="small" style={{ height: '100%' }}>
          <Flex vertical gap={12}>
            {investmentTable}
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'vat',
                  label: t('projectUi.figures.deductibleVat'),
                  children: yuan(inv.deductibleVatFen, 'figure-vat'),
                },
                {
                  key: 'eligible',
                  label: t('projectUi.figures.eligible'),
                  children: yuan(inv.eligibleFen, 'figure-eligible'),
                },
                {
                  key: 'intelligent',
                  label: t('projectUi.figures.intelligent'),
                  children: yuan(inv.intelligentFen, 'figure-intelligent'),
                },
              ]}
            />
            <Notes
              lines={[t('projectUi.figures.eligibleBasis', { basis: inLang(inv.eligibleBasis, lang) })]}
            />
          </Flex>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('projectUi.figures.returnsHeading')} size="small" style={{ height: '100%' }}>
          {started ? (
            <Flex vertical gap={12}>
              <Descriptions
                size="small"
                column={1}
                items={[
                  {
                    key: 'payback',
                    label: t('projectUi.figures.payback'),
                    children: (
                      <span data-testid="figure-payback">{paybackText(t, ret.simplePaybackYears, lang)}</span>
                    ),
                  },
                  {
                    key: 'npv',
                    label: t('projectUi.figures.npvAt', {
                      rate: formatRate(ret.discountRate, lang),
                      years: ret.horizonYears,
                    }),
                    children: yuan(ret.npvFen, 'figure-npv'),
                  },
                  {
                    key: 'irr',
                    label: t('projectUi.figures.irr'),
                    children: <span data-testid="figure-irr">{irrText(t, ret, lang)}</span>,
                  },
                ]}
              />
              <CashFlowChart returns={ret} />
              <Notes lines={[inLang(ret.basis, lang)]} />
            </Flex>
          ) : (
            <Typography.Text type="secondary" data-testid="figure-returns-empty">
              {t('projectUi.figures.returnsEmpty')}
            </Typography.Text>
          )}
        </Card>
      </Col>
      <Col span={24}>
        <Card title={t('projectUi.figures.benefitsHeading')} size="small">
          <Flex vertical gap={12}>
            <Descriptions
              size="small"
              column={{ xs: 1, md: 2, xl: 3 }}
              items={[
                {
                  key: 'saving',
                  label: t('projectUi.figures.saving'),
                  children: (
                    <span data-testid="figure-saving">
                      {t('projectUi.figures.yuanPerYear', {
                        value: formatFen(ben.annualCostSavingFen, lang),
                      })}
                    </span>
                  ),
                },
                {
                  key: 'output',
                  label: t('projectUi.figures.output'),
                  children: t('projectUi.figures.yuanPerYear', {
                    value: formatFen(ben.annualOutputValueFen, lang),
                  }),
                },
                {
                  key: 'labour',
                  label: t('projectUi.figures.labour'),
                  children: t('projectUi.figures.persons', { value: formatFigure(ben.labourPersons, lang) }),
                },
                {
                  key: 'energy',
                  label: t('projectUi.figures.energy'),
                  children: (
                    <span data-testid="figure-energy">{energyAmountsText(ben.energy, lang) || '—'}</span>
                  ),
                },
                {
                  key: 'tce',
                  label: t('projectUi.figures.tce'),
                  children: (
                    <span data-testid="figure-tce">
                      {t('projectUi.figures.tcePerYear', { value: formatFigure(ben.tce, lang, 3) })}
                    </span>
                  ),
                },
                {
                  key: 'co2',
                  label: t('projectUi.figures.co2'),
                  children: (
                    <Flex vertical>
                      <span data-testid="figure-co2">
                        {t('projectUi.figures.co2PerYear', { value: formatFigure(ben.co2Tonnes, lang, 3) })}
                      </span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('projectUi.figures.co2Parts', {
                          energy: formatFigure(ben.co2FromEnergyTonnes, lang, 3),
                          other: formatFigure(ben.otherCo2Tonnes, lang, 3),
                        })}
                      </Typography.Text>
                    </Flex>
                  ),
                },
              ]}
            />
            <Notes lines={energyBasisNotes(t, ben, lang)} testId="figure-energy-basis" />
          </Flex>
        </Card>
      </Col>
    </Row>
  );
}
