import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tag, Tooltip, Typography, type TableColumnsType, type TableProps } from 'antd';
import type { TFunction } from 'i18next';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n/messages';
import type { Opportunity } from '../../shared/opportunities/opportunities-api';
import { currentLanguage } from '../app/language';
import { testId } from '../components/test-id';
import { formatCount } from '../format/figures';
import { paybackOf, shownFigures, type SortKey, type SortState, type Totals } from './proposal-figures';
import {
  categoryText,
  clauseNumbers,
  kwhText,
  paybackText,
  proposalName,
  sourceNames,
  tonnesText,
  wanText,
} from './proposal-text';

const small = { fontSize: 12 } as const;

/** Fixed widths, so the group tables and the totals below them line up column for column. */
export const WIDTHS = {
  select: 40,
  expand: 40,
  equipment: 124,
  kwh: 108,
  tce: 88,
  co2: 92,
  saving: 100,
  investment: 112,
  payback: 100,
  actions: 140,
} as const;

/** A column heading with its unit under it, so every figure in the column is read in that unit. */
export function ColumnTitle({ label, unit }: { label: string; unit?: string }) {
  return (
    <Flex vertical gap={0}>
      <span>{label}</span>
      {unit && (
        <Typography.Text type="secondary" style={{ fontSize: 11, fontWeight: 'normal' }}>
          {unit}
        </Typography.Text>
      )}
    </Flex>
  );
}

type FigureRow = Pick<Opportunity, 'paybackYears' | 'investmentFen'> & {
  retirement?: boolean;
  co2NotCounted?: Opportunity['co2NotCounted'];
  kwh: number;
  tce: number;
  co2Tonnes: number;
  costSavingFen: number;
};

/** The figure columns of the proposals (sortable when given a sort state) and of the totals (not). */
function figureColumns<T extends FigureRow>(
  t: TFunction,
  lang: Lang,
  cellId: (row: T, figure: string) => string,
  sort?: SortState | null,
): TableColumnsType<T> {
  const sortable = (key: SortKey) =>
    sort === undefined ? {} : { sorter: true, sortOrder: sort?.key === key ? sort.order : null };
  const cell = (row: T, figure: string, text: ReactNode) => (
    <span data-testid={cellId(row, figure)}>{text}</span>
  );
  return [
    {
      key: 'kwh',
      title: <ColumnTitle label={t('opportunityUi.colKwh')} unit={t('opportunityUi.unitKwhPerYear')} />,
      width: WIDTHS.kwh,
      align: 'right',
      ...sortable('kwh'),
      render: (_, r) => cell(r, 'kwh', kwhText(lang, r.kwh)),
    },
    {
      key: 'tce',
      title: <ColumnTitle label={t('opportunityUi.colTce')} unit={t('opportunityUi.unitTcePerYear')} />,
      width: WIDTHS.tce,
      align: 'right',
      render: (_, r) => cell(r, 'tce', tonnesText(lang, r.tce)),
    },
    {
      key: 'co2',
      title: <ColumnTitle label={t('opportunityUi.colCo2')} unit={t('opportunityUi.unitCo2PerYear')} />,
      width: WIDTHS.co2,
      align: 'right',
      render: (_, r) => {
        const text = cell(r, 'co2', tonnesText(lang, r.co2Tonnes));
        if (!r.co2NotCounted?.length) return text;
        const sources = sourceNames(lang, r.co2NotCounted).join(t('opportunityUi.listSeparator'));
        return (
          <Tooltip title={t('opportunityUi.co2NotCounted', { sources })}>
            <span style={{ cursor: 'help' }} tabIndex={0}>
              {text}
              {t('opportunityUi.assumedMark')}
            </span>
          </Tooltip>
        );
      },
    },
    {
      key: 'costSavingFen',
      title: <ColumnTitle label={t('opportunityUi.colSaving')} unit={t('opportunityUi.unitWanPerYear')} />,
      width: WIDTHS.saving,
      align: 'right',
      ...sortable('costSavingFen'),
      render: (_, r) => cell(r, 'saving', wanText(lang, r.costSavingFen)),
    },
    {
      key: 'investmentFen',
      title: <ColumnTitle label={t('opportunityUi.colInvestment')} unit={t('opportunityUi.unitWan')} />,
      width: WIDTHS.investment,
      align: 'right',
      ...sortable('investmentFen'),
      render: (_, r) => cell(r, 'investment', wanText(lang, r.investmentFen)),
    },
    {
      key: 'paybackYears',
      title: <ColumnTitle label={t('opportunityUi.colPayback')} unit={t('opportunityUi.unitYears')} />,
      width: WIDTHS.payback,
      align: 'right',
      ...sortable('paybackYears'),
      render: (_, r) => {
        const { why } = paybackOf(r);
        const text = cell(r, 'payback', paybackText(lang, r));
        return why === null ? text : <Tooltip title={t(`opportunityUi.noPayback.${why}`)}>{text}</Tooltip>;
      },
    },
  ];
}

/** A proposal's row: its figures cut to the shown decimals, as the totals add them. */
type Row = Opportunity & FigureRow;
const rowOf = (o: Opportunity): Row => ({ ...o, ...shownFigures(o) });

function Measure({ proposal, withRule }: { proposal: Opportunity; withRule: boolean }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <Flex vertical gap={2} align="start">
      <Typography.Text strong={!withRule} data-testid={`opportunity-name-${proposal.id}`}>
        {withRule ? proposalName(lang, proposal) : categoryText(lang, proposal)}
      </Typography.Text>
      <Flex gap={4} wrap align="center">
        {proposal.retirement && (
          <Tooltip title={t('opportunityUi.retirementHint')}>
            <Tag
              color="orange"
              style={{ ...small, marginInlineEnd: 0 }}
              data-testid={`opportunity-retirement-${proposal.id}`}
            >
              {t('opportunityUi.retirement')}
            </Tag>
          </Tooltip>
        )}
        <Typography.Text type="secondary" style={small}>
          {clauseNumbers(t, lang, proposal)}
        </Typography.Text>
        {proposal.notEstimated.rows > 0 && (
          <Tooltip
            title={t('opportunityUi.incompleteShort', {
              rows: formatCount(proposal.notEstimated.rows, lang),
            })}
          >
            <Tag color="warning" style={{ ...small, marginInlineEnd: 0 }}>
              {t('opportunityUi.incompleteTag')}
            </Tag>
          </Tooltip>
        )}
        {proposal.overlaps.length > 0 && (
          <Tooltip title={t('opportunityUi.overlapHint', { count: proposal.overlaps.length })}>
            <Tag style={{ ...small, marginInlineEnd: 0 }}>{t('opportunityUi.overlapTag')}</Tag>
          </Tooltip>
        )}
      </Flex>
    </Flex>
  );
}

export interface ProposalTableProps {
  proposals: readonly Opportunity[];
  /** Not grouped by rule: each row names its measure as well as its category. */
  withRule: boolean;
  selected: ReadonlySet<string>;
  onSelect: (ids: ReadonlySet<string>) => void;
  sort: SortState | null;
  onSort: (sort: SortState | null) => void;
  expanded: ReadonlySet<string>;
  onExpand: (id: string, open: boolean) => void;
  onAccept: (o: Opportunity) => void;
  onDismiss: (o: Opportunity) => void;
  detail: (o: Opportunity) => ReactNode;
  testid: string;
}

/**
 * Open proposals with their figures; select several to accept them together, expand one for its
 * detail. Memoised: the page redraws it only when what it shows changes.
 */
export const ProposalTable = memo(function ProposalTable(props: ProposalTableProps) {
  const { proposals, withRule, selected, onSelect, sort, onSort, expanded, onExpand } = props;
  const { t } = useTranslation();
  const lang = currentLanguage();
  const rows = proposals.map(rowOf);
  const mine = new Set(proposals.map((o) => o.id));

  const columns: TableColumnsType<Row> = [
    {
      key: 'measure',
      title: t('opportunityUi.colMeasure'),
      render: (_, o) => <Measure proposal={o} withRule={withRule} />,
    },
    {
      key: 'equipment',
      title: <ColumnTitle label={t('opportunityUi.colEquipment')} unit={t('opportunityUi.unitRowsUnits')} />,
      width: WIDTHS.equipment,
      align: 'right',
      render: (_, o) => (
        <span data-testid={`opportunity-equipment-${o.id}`}>
          {t('opportunityUi.rowsUnits', {
            rows: formatCount(o.rowCount, lang),
            units: formatCount(o.units, lang),
          })}
        </span>
      ),
    },
    ...figureColumns<Row>(t, lang, (o, figure) => `opportunity-${figure}-${o.id}`, sort),
    {
      key: 'actions',
      title: t('common.actions'),
      width: WIDTHS.actions,
      render: (_, o) => (
        <Flex gap={4}>
          <Button
            size="small"
            type="primary"
            ghost
            onClick={() => props.onAccept(o)}
            data-testid={`opportunity-accept-${o.id}`}
          >
            {t('opportunityUi.accept')}
          </Button>
          <Button size="small" onClick={() => props.onDismiss(o)} data-testid={`opportunity-dismiss-${o.id}`}>
            {t('opportunityUi.dismiss')}
          </Button>
        </Flex>
      ),
    },
  ];

  const onChange: TableProps<Row>['onChange'] = (_p, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    onSort(s?.order && s.columnKey ? { key: s.columnKey as SortKey, order: s.order } : null);
  };

  return (
    <Table<Row>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={rows}
      pagination={false}
      tableLayout="fixed"
      onChange={onChange}
      showSorterTooltip={false}
      onRow={(o) => testId(`opportunity-${o.id}`)}
      data-testid={props.testid}
      rowSelection={{
        columnWidth: WIDTHS.select,
        selectedRowKeys: proposals.filter((o) => selected.has(o.id)).map((o) => o.id),
        onChange: (keys) => {
          const next = new Set([...selected].filter((id) => !mine.has(id)));
          for (const k of keys) next.add(String(k));
          onSelect(next);
        },
        getCheckboxProps: (o) => ({
          'aria-label': t('opportunityUi.selectOne', { name: proposalName(lang, o) }),
        }),
      }}
      expandable={{
        columnWidth: WIDTHS.expand,
        expandedRowKeys: proposals.filter((o) => expanded.has(o.id)).map((o) => o.id),
        expandedRowRender: (o) => props.detail(o),
        expandIcon: ({ expanded: open, record }) => (
          <Button
            type="text"
            size="small"
            icon={open ? <DownOutlined /> : <RightOutlined />}
            aria-expanded={open}
            aria-label={t(open ? 'opportunityUi.collapse' : 'opportunityUi.expand')}
            onClick={() => onExpand(record.id, !open)}
            data-testid={`opportunity-expand-${record.id}`}
          />
        ),
      }}
    />
  );
});

/** The totals under the groups: a row of the same columns, the sum of every row listed above it. */
export const TotalsTable = memo(function TotalsTable({ totals }: { totals: Totals }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  type TotalsRow = Totals & { key: 'totals' };
  const columns: TableColumnsType<TotalsRow> = [
    { key: 'lead', width: WIDTHS.select + WIDTHS.expand },
    {
      key: 'measure',
      render: () => (
        <Typography.Text strong>
          {t('opportunityUi.totals', { count: formatCount(totals.proposals, lang) })}
        </Typography.Text>
      ),
    },
    {
      key: 'equipment',
      width: WIDTHS.equipment,
      align: 'right',
      render: () => (
        <span data-testid="opportunity-totals-equipment">
          {t('opportunityUi.rowsUnits', {
            rows: formatCount(totals.rows, lang),
            units: formatCount(totals.units, lang),
          })}
        </span>
      ),
    },
    ...figureColumns<TotalsRow>(t, lang, (_r, figure) => `opportunity-totals-${figure}`),
    { key: 'actions', width: WIDTHS.actions },
  ];
  return (
    <Table<TotalsRow>
      size="small"
      rowKey="key"
      showHeader={false}
      columns={columns}
      dataSource={[{ ...totals, key: 'totals' }]}
      pagination={false}
      tableLayout="fixed"
      style={{ fontWeight: 600 }}
      data-testid="opportunity-totals"
    />
  );
});
