import { Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Opportunity, OpportunityRow } from '../../shared/opportunities/opportunities-api';
import { currentLanguage } from '../app/language';
import { testId } from '../components/test-id';
import { formatCount, formatQuantity } from '../format/figures';
import { kwhText, missingText, yuanText } from './proposal-text';

const small = { fontSize: 12 } as const;

/** A figure the register did not give, taken from the assumptions: marked, with why on hover. */
function Assumed({ text, assumed }: { text: string; assumed: boolean }) {
  const { t } = useTranslation();
  if (!assumed) return <>{text}</>;
  return (
    <Tooltip title={t('opportunityUi.assumedHint')}>
      <span style={{ borderBottom: '1px dotted #8c8c8c', cursor: 'help' }} tabIndex={0}>
        {text}
        {t('opportunityUi.assumedMark')}
      </span>
    </Tooltip>
  );
}

/**
 * The register rows a proposal concerns, each with what it saves and costs and the figures it was
 * estimated from. A big proposal lists its first rows only and says how many more it has.
 */
export function ProposalRows({ proposal }: { proposal: Opportunity }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const columns: TableColumnsType<OpportunityRow> = [
    {
      key: 'assetCode',
      title: t('opportunityUi.colAssetCode'),
      width: 120,
      render: (_, r) =>
        r.assetCode ?? <Typography.Text type="secondary">{t('opportunityUi.noAssetCode')}</Typography.Text>,
    },
    { key: 'name', title: t('opportunityUi.colName'), dataIndex: 'name', ellipsis: true },
    {
      key: 'quantity',
      title: t('opportunityUi.colQuantity'),
      width: 64,
      align: 'right',
      render: (_, r) => formatQuantity(r.quantity, lang),
    },
    {
      key: 'ratedKw',
      title: t('opportunityUi.colRatedKw'),
      width: 96,
      align: 'right',
      render: (_, r) => (r.inputs.ratedKw === null ? '—' : formatQuantity(r.inputs.ratedKw, lang)),
    },
    {
      key: 'hours',
      title: t('opportunityUi.colHours'),
      width: 110,
      align: 'right',
      render: (_, r) => (
        <Assumed text={formatQuantity(r.inputs.annualHours, lang)} assumed={r.inputs.hoursAssumed} />
      ),
    },
    {
      key: 'load',
      title: t('opportunityUi.colLoad'),
      width: 96,
      align: 'right',
      render: (_, r) => (
        <Assumed text={formatQuantity(r.inputs.loadFactor, lang)} assumed={r.inputs.loadFactorAssumed} />
      ),
    },
    {
      key: 'kwh',
      title: t('opportunityUi.colRowKwh'),
      width: 110,
      align: 'right',
      render: (_, r) => kwhText(lang, r.saved.electricity ?? 0),
    },
    {
      key: 'saving',
      title: t('opportunityUi.colRowSaving'),
      width: 110,
      align: 'right',
      render: (_, r) => yuanText(lang, r.costSavingFen),
    },
    {
      key: 'investment',
      title: t('opportunityUi.colRowInvestment'),
      width: 110,
      align: 'right',
      render: (_, r) => yuanText(lang, r.investmentFen),
    },
    {
      key: 'missing',
      title: t('opportunityUi.colMissing'),
      width: 150,
      render: (_, r) =>
        r.missing.length === 0 ? null : (
          <Typography.Text type="warning" style={small}>
            {r.missing
              .map((m) => t(`opportunityUi.missingShort.${m}`))
              .join(t('opportunityUi.listSeparator'))}
          </Typography.Text>
        ),
    },
  ];
  const more = proposal.rowCount - proposal.rows.length;
  return (
    <>
      <Table<OpportunityRow>
        size="small"
        rowKey="equipmentId"
        columns={columns}
        dataSource={proposal.rows}
        pagination={false}
        tableLayout="fixed"
        data-testid={`opportunity-rows-${proposal.id}`}
        onRow={() => testId('opportunity-row-item')}
      />
      {more > 0 && (
        <Typography.Text type="secondary" style={small} data-testid={`opportunity-rows-more-${proposal.id}`}>
          {t('opportunityUi.rowsMore', {
            more: formatCount(more, lang),
            total: formatCount(proposal.rowCount, lang),
          })}
        </Typography.Text>
      )}
      {proposal.notEstimated.rows > 0 && (
        <Typography.Text type="warning" style={small}>
          {t('opportunityUi.incomplete', {
            rows: formatCount(proposal.notEstimated.rows, lang),
            units: formatCount(proposal.notEstimated.units, lang),
            what: Object.entries(proposal.notEstimated.missing)
              .map(([m, n]) => missingText(t, m as keyof typeof proposal.notEstimated.missing, n))
              .join(t('opportunityUi.listSeparator')),
          })}
        </Typography.Text>
      )}
    </>
  );
}
