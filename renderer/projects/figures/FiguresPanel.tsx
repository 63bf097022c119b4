import { Card, Col, Descriptions, Flex, Row, Table, Typography, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
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
import { SmallNote } from '../SmallNote';
import { TotalsRow } from '../TotalsRow';
import { CashFlowChart } from './CashFlowChart';
import { inLang } from '../../dashboard/figure-text';
import { energyBasisNotes } from './energy-notes';

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

/** Figures one under another (or in columns), each after its label. */
function FigureList({
  items,
  column = 1,
}: {
  items: DescriptionsProps['items'];
  column?: DescriptionsProps['column'];
}) {
  return <Descriptions size="small" column={column} items={items} />;
}

const figure = (key: string, label: string, children: ReactNode) => ({ key, label, children });

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
        <TotalsRow
          label={t('projectUi.figures.total')}
          figures={[{ text: formatFen(inv.totalFen, lang), testId: 'figure-total' }]}
        />
      )}
      data-testid="figure-investment-table"
    />
  );

  const shown = (text: string, testId: string) => <span data-testid={testId}>{text}</span>;
  const yuan = (fen: number, testId: string) =>
    shown(t('projectUi.figures.yuan', { value: formatFen(fen, lang) }), testId);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={t('projectUi.figures.investmentHeading')} size="small" style={{ height: '100%' }}>
          <Flex vertical gap={12}>
            {investmentTable}
            <FigureList
              items={[
                figure('vat', t('projectUi.figures.deductibleVat'), yuan(inv.deductibleVatFen, 'figure-vat')),
                figure('eligible', t('projectUi.figures.eligible'), yuan(inv.eligibleFen, 'figure-eligible')),
                figure(
                  'intelligent',
                  t('projectUi.figures.intelligent'),
                  yuan(inv.intelligentFen, 'figure-intelligent'),
                ),
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
              <FigureList
                items={[
                  figure(
                    'payback',
                    t('projectUi.figures.payback'),
                    shown(paybackText(t, ret.simplePaybackYears, lang), 'figure-payback'),
                  ),
                  figure(
                    'npv',
                    t('projectUi.figures.npvAt', {
                      rate: formatRate(ret.discountRate, lang),
                      years: ret.horizonYears,
                    }),
                    yuan(ret.npvFen, 'figure-npv'),
                  ),
                  figure('irr', t('projectUi.figures.irr'), shown(irrText(t, ret, lang), 'figure-irr')),
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
            <FigureList
              column={{ xs: 1, md: 2, xl: 3 }}
              items={[
                figure(
                  'saving',
                  t('projectUi.figures.saving'),
                  shown(
                    t('projectUi.figures.yuanPerYear', { value: formatFen(ben.annualCostSavingFen, lang) }),
                    'figure-saving',
                  ),
                ),
                figure(
                  'output',
                  t('projectUi.figures.output'),
                  t('projectUi.figures.yuanPerYear', { value: formatFen(ben.annualOutputValueFen, lang) }),
                ),
                figure(
                  'labour',
                  t('projectUi.figures.labour'),
                  t('projectUi.figures.persons', { value: formatFigure(ben.labourPersons, lang) }),
                ),
                figure(
                  'energy',
                  t('projectUi.figures.energy'),
                  shown(energyAmountsText(ben.energy, lang) || '—', 'figure-energy'),
                ),
                figure(
                  'tce',
                  t('projectUi.figures.tce'),
                  shown(
                    t('projectUi.figures.tcePerYear', { value: formatFigure(ben.tce, lang, 3) }),
                    'figure-tce',
                  ),
                ),
                figure(
                  'co2',
                  t('projectUi.figures.co2'),
                  <Flex vertical>
                    {shown(
                      t('projectUi.figures.co2PerYear', { value: formatFigure(ben.co2Tonnes, lang, 3) }),
                      'figure-co2',
                    )}
                    <SmallNote>
                      {t('projectUi.figures.co2Parts', {
                        energy: formatFigure(ben.co2FromEnergyTonnes, lang, 3),
                        other: formatFigure(ben.otherCo2Tonnes, lang, 3),
                      })}
                    </SmallNote>
                  </Flex>,
                ),
              ]}
            />
            <Notes lines={energyBasisNotes(t, ben, lang)} testId="figure-energy-basis" />
          </Flex>
        </Card>
      </Col>
    </Row>
  );
}
