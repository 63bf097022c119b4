import { Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorReport } from '../../shared/indicators/compute-indicators';
import type { SetPart } from '../../shared/indicators/indicator-sets';
import type { IndicatorUnit } from '../../shared/indicators/indicator-units';
import type { ReferenceValue } from '../../shared/indicators/reference-values';
import { reportLines, type ReportLine } from '../../shared/indicators/report-lines';
import { currentLanguage } from '../app/language';
import { routeHref } from '../app/routing';
import { testId } from '../components/test-id';
import { formatCount } from '../format/figures';
import { amountText, indicatorName, inLang, partWords } from './figure-text';

const none = '—';

interface CellContext {
  enterpriseId: number;
  report: IndicatorReport;
}

/** A figure that stands for register rows links to exactly those rows in the register. */
function RowsLink({
  ctx,
  line,
  part,
  children,
}: {
  ctx: CellContext;
  line: ReportLine;
  part: SetPart;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (!line.rows?.parts.includes(part)) return <>{children}</>;
  const href = routeHref({
    page: 'register',
    enterpriseId: ctx.enterpriseId,
    trace: { indicator: line.rows.indicator, part, year: ctx.report.referenceYear },
  });
  return (
    <Typography.Link href={href} title={t('dashboard.rowsLinkHint', { ns: 'shared' })}>
      {children}
    </Typography.Link>
  );
}

/** A numerator or denominator: what it counts, in words, above the amount in its unit. */
function PartCell({
  ctx,
  line,
  part,
}: {
  ctx: CellContext;
  line: ReportLine;
  part: 'numerator' | 'denominator';
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const amount = line[part];
  const unit: IndicatorUnit | null = line.units[part];
  if (unit === null) return <span {...testId(`indicator-${part}-${line.key}`)}>{none}</span>;
  const figuresYear =
    line.figuresYear != null && !line.rows?.parts.includes(part)
      ? t('dashboard.figuresOfYear', { ns: 'shared', year: line.figuresYear })
      : null;
  return (
    <Flex vertical {...testId(`indicator-${part}-${line.key}`)}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {partWords(t, line.key, part)}
        {figuresYear && ` · ${figuresYear}`}
      </Typography.Text>
      {amount === null ? (
        none
      ) : amount > 0 ? (
        <RowsLink ctx={ctx} line={line} part={part}>
          {amountText(t, lang, unit, amount)}
        </RowsLink>
      ) : (
        amountText(t, lang, unit, amount)
      )}
    </Flex>
  );
}

function ExcludedCell({ ctx, line }: { ctx: CellContext; line: ReportLine }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const { rows, units } = line.excluded;
  if (!line.rows?.parts.includes('excluded') || rows === 0)
    return <span {...testId(`indicator-excluded-${line.key}`)}>{none}</span>;
  return (
    <Flex vertical {...testId(`indicator-excluded-${line.key}`)}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {partWords(t, line.key, 'excluded')}
      </Typography.Text>
      <RowsLink ctx={ctx} line={line} part="excluded">
        {t('dashboard.excludedAmount', {
          ns: 'shared',
          rows: formatCount(rows, lang),
          units: formatCount(units, lang),
        })}
      </RowsLink>
    </Flex>
  );
}

function ValueCell({ line, referenceYear }: { line: ReportLine; referenceYear: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  if (line.value === null) {
    const why =
      line.figuresYear === null
        ? t('dashboard.valueNoFigures', { ns: 'shared', year: referenceYear })
        : t('dashboard.valueNoDenominator', { ns: 'shared' });
    return (
      <Flex vertical {...testId(`indicator-value-${line.key}`)}>
        <span>{none}</span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {why}
        </Typography.Text>
      </Flex>
    );
  }
  const reference = line.references[0];
  return (
    <Flex vertical align="start" gap={2}>
      <Typography.Text strong style={{ fontSize: 15 }} {...testId(`indicator-value-${line.key}`)}>
        {amountText(t, lang, line.units.value, line.value)}
      </Typography.Text>
      {reference && line.value !== reference.value && (
        <Tag color={line.value > reference.value ? 'green' : 'orange'} style={{ marginInlineEnd: 0 }}>
          {t(line.value > reference.value ? 'dashboard.above' : 'dashboard.below', { ns: 'shared' })}
        </Tag>
      )}
    </Flex>
  );
}

function ReferenceCell({ line }: { line: ReportLine }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  if (line.references.length === 0) return <span>{none}</span>;
  return (
    <Flex vertical gap={6} {...testId(`indicator-reference-${line.key}`)}>
      {line.references.map((ref: ReferenceValue) => (
        <Flex vertical key={`${ref.year}|${ref.label.en}`}>
          <span>
            {t('indicators.referenceLine', {
              ns: 'shared',
              label: inLang(ref.label, lang),
              value: amountText(t, lang, line.units.value, ref.value),
              year: ref.year,
              source: inLang(ref.source, lang),
            })}
          </span>
          {ref.caveat && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('dashboard.caveat', { ns: 'shared', caveat: inLang(ref.caveat, lang) })}
            </Typography.Text>
          )}
        </Flex>
      ))}
    </Flex>
  );
}

/**
 * Every indicator with its value, what its numerator and denominator count (in words and units),
 * the rows left out for missing data and the published values it compares with. Figures that are
 * register rows link to those rows.
 */
export function IndicatorTable({ enterpriseId, report }: { enterpriseId: number; report: IndicatorReport }) {
  const { t } = useTranslation();
  const ctx: CellContext = { enterpriseId, report };
  const columns: TableColumnsType<ReportLine> = [
    {
      key: 'indicator',
      title: t('indicators.colIndicator', { ns: 'shared' }),
      width: 200,
      render: (_, line) => <Typography.Text strong>{indicatorName(t, line.key)}</Typography.Text>,
    },
    {
      key: 'value',
      title: t('indicators.colValue', { ns: 'shared' }),
      width: 130,
      render: (_, line) => <ValueCell line={line} referenceYear={report.referenceYear} />,
    },
    {
      key: 'numerator',
      title: t('indicators.colNumerator', { ns: 'shared' }),
      width: 170,
      render: (_, line) => <PartCell ctx={ctx} line={line} part="numerator" />,
    },
    {
      key: 'denominator',
      title: t('indicators.colDenominator', { ns: 'shared' }),
      width: 170,
      render: (_, line) => <PartCell ctx={ctx} line={line} part="denominator" />,
    },
    {
      key: 'excluded',
      title: t('indicators.colExcluded', { ns: 'shared' }),
      width: 150,
      render: (_, line) => <ExcludedCell ctx={ctx} line={line} />,
    },
    {
      key: 'reference',
      title: t('dashboard.colReference', { ns: 'shared' }),
      render: (_, line) => <ReferenceCell line={line} />,
    },
  ];
  return (
    <Table<ReportLine>
      size="small"
      rowKey="key"
      columns={columns}
      dataSource={reportLines(report)}
      pagination={false}
      scroll={{ x: 1120 }}
      onRow={(line) => testId(`indicator-row-${line.key}`)}
      data-testid="indicator-table"
    />
  );
}
